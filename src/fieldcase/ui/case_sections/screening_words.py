"""A screening's level and its reasons in words, in the interface language.

The level is always the domain's: ``screening.score`` with the instrument the answers were
given under, the same call the service makes when the case is saved (never a level from an
input, never a second rule here). The reasons are said again from the same facts: the
level rule that matched (its ``explain``), the ILO/EC dimensions and elements found
(``screening_rules.dimension_findings``, the same tally), the question labels, the weights of a
vulnerability score. The stored English reasons name question ids (``dr.contract``) and are
for the command line; here every question is its label, every dimension its name, in the
interface language when the instrument has a translation file (``InstrumentWords``), in
English otherwise, question by question.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from fieldcase import bundled
from fieldcase.domain.screening import (
    FactorQuestion,
    IndicatorQuestion,
    Instrument,
    Level,
    Question,
    ScreeningContext,
    applicable_questions,
    score,
)
from fieldcase.domain.screening_rules import dimension_findings
from fieldcase.domain.screening_translation import InstrumentTranslation
from fieldcase.domain.screening_types import DimensionRules, Group, WeightedRules
from fieldcase.ui.i18n import QT_TRANSLATE_NOOP, Context, current_language, fill, translate
from fieldcase.ui.names import code_name

STRENGTH_WORDS: Final = {
    "strong": QT_TRANSLATE_NOOP("ScreeningWords", "strong"),
    "medium": QT_TRANSLATE_NOOP("ScreeningWords", "medium"),
    "weak": QT_TRANSLATE_NOOP("ScreeningWords", "weak"),
}


class ScreeningWords(Context):
    """Translation context of this module (plural forms need a class: see ``i18n.Context``)."""


@dataclass(frozen=True)
class Reading:
    """What a screening's answers come to: the level, and why, in words."""

    level: Level
    review: bool
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class InstrumentWords:
    """The words of an instrument in the interface language: each from the translation file
    when it words it, else the English of the instrument (so a question added in English only
    is still asked, in English). The English stays at hand for the interpreter's check."""

    instrument: Instrument
    translation: InstrumentTranslation | None

    @property
    def translated(self) -> bool:
        return self.translation is not None

    @property
    def unreviewed(self) -> bool:
        """A translation no protection lead has checked yet: the app says so."""
        return self.translation is not None and not self.translation.reviewed

    def title(self) -> str:
        return self.translation.title if self.translation else self.instrument.title

    def group(self, group: Group) -> str:
        return self.translation.groups.get(group.id, group.label) if self.translation \
            else group.label

    def has_question(self, question: Question) -> bool:
        return self.translation is not None and question.id in self.translation.questions

    def text(self, question: Question) -> str:
        words = self.translation.questions.get(question.id) if self.translation else None
        return words.text if words else question.text

    def label(self, question: Question) -> str:
        words = self.translation.questions.get(question.id) if self.translation else None
        return words.label if words else question.label

    def note(self, question: Question) -> str | None:
        words = self.translation.questions.get(question.id) if self.translation else None
        return words.note if words and words.note else question.note

    def rule(self, english: str) -> str:
        """A rule sentence (the identification rule, a level's explanation)."""
        return self.translation.rules.get(english, english) if self.translation else english


def instrument_words(instrument: Instrument) -> InstrumentWords:
    """``instrument``'s words in the interface language installed now."""
    return InstrumentWords(instrument,
                           bundled.instrument_translation(instrument, current_language()))


def read_answers(instrument: Instrument, answers: Mapping[str, bool | None],
                 context: ScreeningContext) -> Reading:
    """The level (the domain's score) and the reasons in words for ``answers``."""
    result = score(instrument, answers, context)
    yes = {question_id for question_id, value in answers.items() if value is True}
    if isinstance(instrument.rules, DimensionRules):
        reasons = _dimension_reasons(instrument, instrument.rules, yes, result.reasons)
    else:
        reasons = _weighted_reasons(instrument, instrument.rules, yes)
    reasons.extend(_unanswered(instrument, answers, context, result.level))
    return Reading(result.level, result.review, tuple(reasons))


def child_rule(instrument: Instrument) -> str:
    """The identification rule of a trafficking instrument, in words (the child rule of the
    ILO/EC indicators for the child instrument: no means needed)."""
    if isinstance(instrument.rules, DimensionRules):
        return instrument_words(instrument).rule(instrument.rules.identification_text)
    return ""


def _labels(instrument: Instrument, questions: list[IndicatorQuestion]) -> str:
    words = instrument_words(instrument)
    return "; ".join(fill(ScreeningWords.tr("“%1” (%2)"), words.label(q),
                          translate("ScreeningWords", STRENGTH_WORDS[q.strength]))
                     for q in questions)


def _dimension_reasons(instrument: Instrument, rules: DimensionRules, yes: set[str],
                       english: tuple[str, ...]) -> list[str]:
    words = instrument_words(instrument)
    reasons: list[str] = []
    for rule in rules.levels:
        if english and english[0] == f"Level {rule.level}: {rule.explain}":
            reasons.append(fill(ScreeningWords.tr("%1: %2."), code_name("risk", rule.level),
                                words.rule(rule.explain)))
            break
    if not yes:
        reasons.append(ScreeningWords.tr("No indicator answered yes."))
        return reasons
    findings = dimension_findings(instrument, yes)
    if findings.identified:
        reasons.append(fill(ScreeningWords.tr("Rule met: %1"),
                            words.rule(rules.identification_text)))
    for group in instrument.groups:
        asked = [q for q in instrument.questions
                 if isinstance(q, IndicatorQuestion) and q.dimension == group.id and q.id in yes]
        if not asked:
            continue
        template = ScreeningWords.tr("%1: positive — %2") \
            if group.id in findings.positive_dimensions \
            else ScreeningWords.tr("%1: not positive — %2")
        reasons.append(fill(template, words.group(group),
                            _labels(instrument, asked)))
    return reasons


def _weighted_reasons(instrument: Instrument, rules: WeightedRules, yes: set[str]) -> list[str]:
    factors = [q for q in instrument.questions if isinstance(q, FactorQuestion) and q.id in yes]
    if not factors:
        return [ScreeningWords.tr("No factor answered yes.")]
    words = instrument_words(instrument)
    risk = sum(q.weight for q in factors if q.factor == "risk")
    protective = sum(q.weight for q in factors if q.factor == "protective")
    reasons = [fill(ScreeningWords.tr("Vulnerability score %1: risk factors %2 minus protective "
                                      "factors %3 (medium from %4, high from %5, critical "
                                      "from %6)."),
                    risk - protective, risk, protective, rules.medium, rules.high,
                    rules.critical)]
    for question in factors:
        if question.floor is not None:
            reasons.append(fill(ScreeningWords.tr("“%1” makes the level at least %2."),
                                words.label(question),
                                code_name("risk", question.floor)))
    for group in instrument.groups:
        here = [q for q in factors if q.factor == "risk" and q.determinant == group.id]
        if here:
            reasons.append(fill(ScreeningWords.tr("%1 risk factors: %2"),
                                words.group(group),
                                "; ".join(fill(ScreeningWords.tr("“%1” (+%2)"),
                                               words.label(q), q.weight)
                                          for q in here)))
    shielding = [q for q in factors if q.factor == "protective"]
    if shielding:
        reasons.append(fill(ScreeningWords.tr("Protective factors: %1"),
                            "; ".join(fill(ScreeningWords.tr("“%1” (−%2)"),
                                           words.label(q), q.weight)
                                      for q in shielding)))
    return reasons


def _unanswered(instrument: Instrument, answers: Mapping[str, bool | None],
                context: ScreeningContext, level: Level) -> list[str]:
    """What the questions still open could do to the level (scored both ways by the same
    function, as the domain bounds them)."""
    open_questions = [q for q in applicable_questions(instrument, context)
                      if answers.get(q.id) is None]
    if not open_questions:
        return []
    upper = score(instrument, {**answers, **{q.id: q.raises_risk for q in open_questions}},
                  context).level
    lower = score(instrument, {**answers, **{q.id: not q.raises_risk for q in open_questions}},
                  context).level
    count = len(open_questions)
    if upper == level and lower == level:
        return [ScreeningWords.tr("%Ln question(s) not answered; no answer to them could "
                                  "change the level.", None, count)]
    if lower == level:
        template = ScreeningWords.tr("%Ln question(s) not answered; answering them could raise "
                                     "the level to %1.", None, count)
        return [fill(template, code_name("risk", upper))]
    if upper == level:
        template = ScreeningWords.tr("%Ln question(s) not answered; answering them could lower "
                                     "the level to %1.", None, count)
        return [fill(template, code_name("risk", lower))]
    template = ScreeningWords.tr("%Ln question(s) not answered; depending on the answers the "
                                 "level could be anywhere from %1 to %2.", None, count)
    return [fill(template, code_name("risk", lower), code_name("risk", upper))]
