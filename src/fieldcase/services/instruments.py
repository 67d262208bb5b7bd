"""Load the screening instruments bundled with the application.

Reading files is I/O, so it lives here and not in ``fieldcase.domain``: this module reads the
JSON files under ``assets/screening`` and hands the parsed objects to
``Instrument.from_dict``, which checks them. A malformed bundled file raises
InstrumentDefinitionError naming the file and the key path, at start-up rather than in the
middle of an interview.
"""

from __future__ import annotations

from typing import Final

from fieldcase.domain.screening import Instrument, InstrumentDefinitionError
from fieldcase.resources import load_json

BUNDLED_INSTRUMENT_FILES: Final[tuple[str, ...]] = (
    "trafficking-adult.v1.json",
    "trafficking-child.v1.json",
    "vulnerability.v1.json",
)


def load_bundled_instruments() -> tuple[Instrument, ...]:
    """Every bundled instrument version, checked; old versions stay loadable for re-scoring."""
    instruments: list[Instrument] = []
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
        instruments.append(instrument)
    return tuple(instruments)
