"""An instrument's words in another language: parsed and checked against the instrument.

The questions are what a worker (or an interpreter) reads aloud, so a translation file
(``assets/screening/i18n/<id>.v<version>.<language>.json``) is held to its instrument as
strictly as the instrument is held to its schema: it names the exact instrument id and version
it translates, it may name no question, dimension or determinant the instrument lacks, and a
complete translation gives every question its ``text`` and ``label`` (and ``note`` where the
English has one). Only the words change: answers stay stored by question id, and the level is
scored from the English instrument, so a translation can never change a result.

A translation is a draft until a protection lead has checked it against the English and
filled ``reviewed_by`` and ``reviewed_at``; until then the app says so beside the questions.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from fieldcase.domain.screening_fields import Fields
from fieldcase.domain.screening_instrument import Instrument
from fieldcase.domain.screening_types import DimensionRules, InstrumentDefinitionError

_REQUIRED = ("instrument", "version", "language", "reviewed_by", "reviewed_at", "title",
             "description", "questions")
_OPTIONAL = ("dimensions", "determinants", "rules")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(?:_[A-Z]{2})?$")


@dataclass(frozen=True, slots=True)
class QuestionWords:
    """One question in the translation's language: read aloud (``text``), given as a reason
    (``label``), and the worker's note where the English has one."""

    text: str
    label: str
    note: str | None = None


@dataclass(frozen=True, slots=True)
class InstrumentTranslation:
    """The words of one instrument version in one language, and who reviewed them."""

    instrument_id: str
    version: int
    language: str
    reviewed_by: str | None
    reviewed_at: date | None
    title: str
    description: str
    groups: Mapping[str, str]
    questions: Mapping[str, QuestionWords]
    rules: Mapping[str, str]  # English rule text -> its words here (identification, levels)

    @property
    def reviewed(self) -> bool:
        """True once a protection lead has checked the translation against the English."""
        return self.reviewed_by is not None and self.reviewed_at is not None

    def missing(self, instrument: Instrument) -> tuple[str, ...]:
        """Question ids of ``instrument`` this translation does not word (shown in English)."""
        return tuple(q.id for q in instrument.questions if q.id not in self.questions)

    @classmethod
    def from_dict(cls, data: Mapping[str, object], instrument: Instrument,
                  complete: bool = True) -> InstrumentTranslation:
        """Parse a translation file of ``instrument``.

        Raises InstrumentDefinitionError naming the key path for a file of another instrument
        or version, an unknown key, a question or group the instrument lacks, a note the
        English has not, a review half filled in, and (``complete``) a question, group or
        note left out. The app loads with ``complete=False`` so a question added in English
        only is read in English; the tests load every bundled file complete.
        """
        top = Fields(data, "")
        top.only(_REQUIRED, _OPTIONAL)
        if top.text("instrument") != instrument.id:
            raise InstrumentDefinitionError(
                "instrument", f"translates {top.text('instrument')!r}, not {instrument.id!r}")
        if top.integer("version", 1) != instrument.version:
            raise InstrumentDefinitionError(
                "version", f"translates version {top.integer('version', 1)}, "
                           f"not {instrument.version}")
        language = top.text("language")
        if not _LANGUAGE.match(language) or language == "en":
            raise InstrumentDefinitionError("language", f"{language!r} is not a language code "
                                                        "other than en (ar, fr, es, ar_EG...)")
        reviewed_by, reviewed_at = _review(data)
        return cls(
            instrument_id=instrument.id,
            version=instrument.version,
            language=language,
            reviewed_by=reviewed_by,
            reviewed_at=reviewed_at,
            title=top.text("title"),
            description=top.text("description"),
            groups=_groups(top, instrument, complete),
            questions=_questions(top, instrument, complete),
            rules=_rules(top, instrument, complete),
        )


def _review(data: Mapping[str, object]) -> tuple[str | None, date | None]:
    by, at = data.get("reviewed_by"), data.get("reviewed_at")
    if by is None and at is None:
        return None, None
    if not isinstance(by, str) or not by.strip():
        raise InstrumentDefinitionError("reviewed_by", "must name the reviewer when "
                                                       "reviewed_at is set")
    if not isinstance(at, str):
        raise InstrumentDefinitionError("reviewed_at", "must be the review date (YYYY-MM-DD) "
                                                       "when reviewed_by is set")
    try:
        return by, date.fromisoformat(at)
    except ValueError as error:
        raise InstrumentDefinitionError("reviewed_at", "must be a date YYYY-MM-DD") from error


def _groups(top: Fields, instrument: Instrument, complete: bool) -> dict[str, str]:
    key = "dimensions" if instrument.kind == "trafficking" else "determinants"
    wrong = "determinants" if key == "dimensions" else "dimensions"
    if top.has(wrong):
        raise InstrumentDefinitionError(wrong, f"unknown key for a {instrument.kind} instrument")
    if not top.has(key):
        if complete:
            raise InstrumentDefinitionError(key, "is required")
        return {}
    words = top.obj(key)
    known = [g.id for g in instrument.groups]
    words.only(known if complete else (), known)
    return {group_id: words.text(group_id) for group_id in known if words.has(group_id)}


def _questions(top: Fields, instrument: Instrument,
               complete: bool) -> dict[str, QuestionWords]:
    words = top.obj("questions")
    known = {q.id: q for q in instrument.questions}
    words.only(known if complete else (), known)
    parsed: dict[str, QuestionWords] = {}
    for question_id, question in known.items():
        if not words.has(question_id):
            continue
        item = words.obj(question_id)
        item.only(("text", "label", *(("note",) if complete and question.note else ())),
                  ("note",) if question.note else ())
        parsed[question_id] = QuestionWords(item.text("text"), item.text("label"),
                                            item.optional_text("note"))
    return parsed


def _rules(top: Fields, instrument: Instrument, complete: bool) -> dict[str, str]:
    """The rule sentences the app shows (a trafficking instrument's identification rule and
    the explanation of each level, a list in the instrument's order), keyed by their English
    text for the look-up."""
    if not isinstance(instrument.rules, DimensionRules):
        if top.has("rules"):
            raise InstrumentDefinitionError("rules", "only a trafficking instrument has rule "
                                                     "sentences to translate")
        return {}
    if not top.has("rules"):
        if complete:
            raise InstrumentDefinitionError("rules", "is required")
        return {}
    rules = top.obj("rules")
    rules.only(("identification", "levels") if complete else (), ("identification", "levels"))
    english = [rule.explain for rule in instrument.rules.levels]
    parsed: dict[str, str] = {}
    if rules.has("identification"):
        parsed[instrument.rules.identification_text] = rules.text("identification")
    if rules.has("levels"):
        levels = rules.items("levels")
        if len(levels) != len(english):
            raise InstrumentDefinitionError(rules.at("levels"), f"must word the instrument's "
                                                                f"{len(english)} levels in order")
        for index, (source, words) in enumerate(zip(english, levels, strict=True)):
            if not isinstance(words, str) or not words.strip():
                raise InstrumentDefinitionError(f"{rules.at('levels')}[{index}]",
                                                "must be a non-empty string")
            parsed[source] = words
    return parsed
