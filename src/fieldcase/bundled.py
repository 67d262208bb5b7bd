"""The reference data bundled with FieldCase: the screening instruments and the service directory.

The device (``services``) and the server both judge documents by this data: the device scores
a screening and checks a referral's service before it saves a case, and the server checks the
same when a device pushes them (``server/push_rules.py``), so both read it from here, the one
copy. Reading files is I/O, so it lives outside the pure ``domain``; each file is read and
checked once per process, at first use. A malformed file raises the domain's own error
(``InstrumentDefinitionError``, ``ServiceDirectoryError``) naming the file and the key path,
at start-up rather than in the middle of an interview.
"""

from __future__ import annotations

from functools import cache
from typing import Final

from fieldcase.domain.screening import Instrument, InstrumentDefinitionError
from fieldcase.domain.screening_translation import InstrumentTranslation
from fieldcase.domain.service_directory import ServiceDirectory
from fieldcase.resources import asset_path, load_json

BUNDLED_INSTRUMENT_FILES: Final[tuple[str, ...]] = (
    "trafficking-adult.v1.json",
    "trafficking-child.v1.json",
    "vulnerability.v1.json",
)
SERVICE_DIRECTORY_FILE: Final = ("services", "directory.json")


@cache
def instruments() -> tuple[Instrument, ...]:
    """Every bundled instrument version, checked; old versions stay loadable for re-scoring."""
    loaded: list[Instrument] = []
    for file_name in BUNDLED_INSTRUMENT_FILES:
        data = load_json("screening", file_name)
        if not isinstance(data, dict):
            raise InstrumentDefinitionError(file_name, "must hold a JSON object")
        try:
            instrument = Instrument.from_dict(data)
        except InstrumentDefinitionError as error:
            raise InstrumentDefinitionError(f"{file_name}: {error.field}", error.message) from error
        expected = f"{instrument.id}.v{instrument.version}.json"
        if file_name != expected:
            raise InstrumentDefinitionError(file_name, f"file name must be {expected}")
        loaded.append(instrument)
    return tuple(loaded)


TRANSLATION_FOLDER: Final = ("screening", "i18n")


def translation_file(instrument: Instrument, language: str) -> str:
    """``trafficking-adult.v1.ar.json``: the file wording ``instrument`` in ``language``."""
    return f"{instrument.id}.v{instrument.version}.{language}.json"


def instrument_translation(instrument: Instrument,
                           language: str) -> InstrumentTranslation | None:
    """The words of ``instrument`` in ``language`` (``ar_EG`` falls back to ``ar``), or None
    when there is no translation (the English is shown). Loaded leniently: a question the
    file lacks is shown in English (tests/domain hold every bundled file complete)."""
    return _translation(instrument.id, instrument.version, language)


@cache
def _translation(instrument_id: str, version: int, language: str) -> InstrumentTranslation | None:
    instrument = next(i for i in instruments()
                      if i.id == instrument_id and i.version == version)
    head = language.split("_")[0]
    for code in dict.fromkeys((language, head)):
        name = translation_file(instrument, code)
        if code == "en" or not asset_path(*TRANSLATION_FOLDER, name).is_file():
            continue
        data = load_json(*TRANSLATION_FOLDER, name)
        if not isinstance(data, dict):
            raise InstrumentDefinitionError(name, "must hold a JSON object")
        try:
            return InstrumentTranslation.from_dict(data, instrument, complete=False)
        except InstrumentDefinitionError as error:
            raise InstrumentDefinitionError(f"{name}: {error.field}", error.message) from error
    return None


@cache
def service_directory() -> ServiceDirectory:
    """The bundled service directory (``assets/services/directory.json``), checked."""
    return ServiceDirectory.from_dict(load_json(*SERVICE_DIRECTORY_FILE))


@cache
def service_ids() -> frozenset[str]:
    """The ids a referral may name (``domain.referral_rules``)."""
    return frozenset(service.id for service in service_directory().services)
