"""Codes shown by their names, in the interface language: the one place every view asks.

    country_name("KHM")            -> "Cambodia" / "كمبوديا"
    language_name("prs")           -> "Dari"
    code_name("status", "case_plan") -> "Case plan"
    choices("flag")                -> [Choice("Disability", "disability"), ...] sorted by name
    question_text("trafficking-adult", "dr.contract") -> the question as asked aloud
    service_name(directory, "agz-01-shelter") -> "Example Agadez Transit Shelter"

Countries and languages come from CLDR, the Unicode Consortium's locale data, through Babel
(see the README's dependency list for why Babel rather than pycountry): ISO 3166 alpha-3 codes
reach CLDR's two-letter territories through CLDR's own alias table, and the ISO 639-3 codes CLDR
lacks fall back to its language aliases, then to ``code_names.LANGUAGES_NOT_IN_CLDR``. The
ICAO specials (``XXA`` stateless, ``XXB`` refugee, ``XXX`` unknown) and the case document's own
codes are in ``code_names`` and go through Qt's translation like every other label.

What can go wrong: an unknown code (a newer device synced one this build does not know, or a
damaged record) is shown as the code itself, never as an empty cell and never as an error; an
interface language CLDR does not know shows CLDR's English names.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.core import get_global
from PySide6.QtCore import QCollator, QLocale

from fieldcase import bundled
from fieldcase.domain.codes import LANGUAGE_CODES, NATIONALITY_CODES
from fieldcase.domain.screening import Instrument
from fieldcase.domain.service_directory import ServiceDirectory
from fieldcase.ui.code_names import CODE_WORDS, LANGUAGES_NOT_IN_CLDR, SPECIAL_NATIONALITIES
from fieldcase.ui.i18n import SOURCE_LANGUAGE, current_language, translate

KINDS: tuple[str, ...] = tuple(CODE_WORDS)


@dataclass(frozen=True)
class Choice:
    """One entry of a picker: what it says, and the code it stands for."""

    name: str
    code: str


# --- the case document's codes -----------------------------------------------------------------

def code_name(kind: str, code: object) -> str:
    """The words for a code of ``kind`` (one of ``KINDS``); "" for no code."""
    if code is None or code == "":
        return ""
    words = CODE_WORDS[kind].get(str(code)) if kind in CODE_WORDS else None
    return translate(f"codes/{kind}", words) if words else str(code)


def code_names(kind: str, codes: Sequence[object]) -> list[str]:
    return [code_name(kind, code) for code in codes if code]


def choices(kind: str) -> list[Choice]:
    """Every code of ``kind``, sorted by its name in the interface language."""
    if kind not in CODE_WORDS:
        raise KeyError(f"no code kind {kind!r}; known: {', '.join(KINDS)}")
    return _sorted([Choice(code_name(kind, code), code) for code in CODE_WORDS[kind]])


# --- countries and languages (CLDR) ------------------------------------------------------------

def country_name(code: object) -> str:
    """A country (ISO 3166 alpha-3) or an ICAO special nationality, by its name."""
    if code is None or code == "":
        return ""
    text = str(code)
    if text in SPECIAL_NATIONALITIES:
        return translate("codes/nationality", SPECIAL_NATIONALITIES[text])
    territory = _alpha2(text) if text in NATIONALITY_CODES else None
    if territory is None:
        return text
    return str(_locale(current_language()).territories.get(territory)
               or _english().territories.get(territory, text))


def language_name(code: object) -> str:
    """A language (ISO 639-1, or one of the ISO 639-3 extras) by its name."""
    if code is None or code == "":
        return ""
    text = str(code)
    for locale in (_locale(current_language()), _english()):
        name = _cldr_language(locale, text)
        if name:
            return name
    own = LANGUAGES_NOT_IN_CLDR.get(text)
    return translate("codes/language", own) if own else text


def country_choices(*, nationality: bool = True) -> list[Choice]:
    """Countries by name; with ``nationality`` also the ICAO specials (stateless...)."""
    specials = tuple(Choice(country_name(code), code) for code in sorted(SPECIAL_NATIONALITIES)) \
        if nationality else ()
    return list(_country_choices(current_language(), specials))


def language_choices() -> list[Choice]:
    translated = tuple(translate("codes/language", own) for own in LANGUAGES_NOT_IN_CLDR.values())
    return list(_language_choices(current_language(), translated))


@cache
def _country_choices(_language: str, specials: tuple[Choice, ...]) -> tuple[Choice, ...]:
    """Keyed by the specials' names too: they come from Qt's translators, which can change
    while the language stays (a new catalogue installed), and a cached English name must not
    outlive them."""
    countries = [Choice(country_name(code), code)
                 for code in NATIONALITY_CODES - SPECIAL_NATIONALITIES.keys()]
    return tuple(_sorted(countries + list(specials)))


@cache
def _language_choices(_language: str, _translated: tuple[str, ...]) -> tuple[Choice, ...]:
    """Keyed by the translated names of the languages CLDR lacks, as countries are."""
    return tuple(_sorted([Choice(language_name(code), code) for code in LANGUAGE_CODES]))


@cache
def _locale(language: str) -> Locale:
    """CLDR's data for ``language``; for a regional code (``ar_EG``) the language's own (the
    bundle keeps the interface languages, not their regional variants), else English."""
    for code in (language, language.split("_")[0]):
        try:
            return Locale.parse(code)
        except (UnknownLocaleError, ValueError):
            continue
    return _english()


def _english() -> Locale:
    return Locale.parse(SOURCE_LANGUAGE)


@cache
def _alpha2(alpha3: str) -> str | None:
    replacement = get_global("territory_aliases").get(alpha3)
    return replacement[0] if replacement else None


def _cldr_language(locale: Locale, code: str) -> str | None:
    name = locale.languages.get(code)
    if name:
        return str(name)
    alias = get_global("language_aliases").get(code)
    return str(locale.languages[alias]) if alias and alias in locale.languages else None


def _sorted(items: list[Choice]) -> list[Choice]:
    """Sorted as a reader of the interface language expects (Qt's collation, not code
    points: "Élan" next to "Elan", Arabic in its alphabet's order)."""
    collator = QCollator(QLocale(current_language()))
    return sorted(items, key=lambda choice: collator.sortKey(choice.name))


# --- instruments and the service directory -----------------------------------------------------

@cache
def _instruments() -> dict[str, Instrument]:
    """The newest version of each bundled instrument (read once; small files)."""
    newest: dict[str, Instrument] = {}
    for instrument in bundled.instruments():
        if instrument.id not in newest or instrument.version > newest[instrument.id].version:
            newest[instrument.id] = instrument
    return newest


def _question(instrument_id: str, question_id: str) -> tuple[str, str] | None:
    """The question's text and label in the interface language: from the instrument's
    translation file (``bundled.instrument_translation``) when it words the question, else
    the English of the instrument."""
    instrument = _instruments().get(instrument_id)
    if instrument is None:
        return None
    found = instrument.question(question_id)
    if found is None:
        return None
    translation = bundled.instrument_translation(instrument, current_language())
    words = translation.questions.get(question_id) if translation is not None else None
    return (words.text, words.label) if words is not None else (found.text, found.label)


def question_text(instrument_id: str, question_id: str) -> str:
    """The question as the worker reads it aloud, in the interface language where the
    instrument is translated; the id itself if the instrument has no such question."""
    found = _question(instrument_id, question_id)
    return found[0] if found else question_id


def question_label(instrument_id: str, question_id: str) -> str:
    """The short words for a question when it is a reason ("deceived about the job")."""
    found = _question(instrument_id, question_id)
    return found[1] if found else question_id


def instrument_title(instrument_id: str) -> str:
    instrument = _instruments().get(instrument_id)
    if instrument is None:
        return instrument_id
    translation = bundled.instrument_translation(instrument, current_language())
    return translation.title if translation is not None else instrument.title


def service_name(directory: ServiceDirectory | None, service_id: object) -> str:
    """A service of the directory by its name (an organisation's own name, not translated);
    a referral to a service no longer listed says so, with its id."""
    if service_id is None or service_id == "":
        return ""
    service = directory.get(str(service_id)) if directory is not None else None
    if service is not None:
        return service.name
    return translate("names", "Service no longer listed (%1)").replace("%1", str(service_id))
