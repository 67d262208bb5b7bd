"""Synthetic screenings: answers consistent with the person's story, scored by the real rules.

Instruments are read from ``assets/screening`` (this package may do I/O; the domain may not)
and scoring is :func:`fieldcase.domain.screening.score`, so generated results are exactly what
the application would show. Answers are drawn from the person's signals: a document held by a
smuggler makes "someone keeps your documents" likely, detention on a leg makes "detained or
pushed back" likely, and a latent "exploited" trait raises the trafficking indicators together.
Some answers are left unanswered (null), more often for sensitive questions, as in the field.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from fieldcase.domain.document import format_datetime
from fieldcase.domain.screening import (
    FactorQuestion,
    IndicatorQuestion,
    Instrument,
    Question,
    ScreeningContext,
    ScreeningResult,
    applicable_questions,
    needs_supervisor_review,
    score,
    select_instruments,
)
from fieldcase.domain.screening_types import level_rank

# question id -> (signal that makes "yes" likely, chance of yes with it, chance without)
_VULNERABILITY_SIGNALS: dict[str, tuple[str, float, float]] = {
    "ind.child_alone": ("alone_child", 0.97, 0.0),
    "ind.health_needs_care": ("health", 0.9, 0.08),
    "ind.functional_difficulty": ("disability", 0.9, 0.02),
    "ind.pregnant": ("pregnant", 0.95, 0.0),
    "ind.violence_on_journey": ("violence", 0.85, 0.05),
    "ind.no_identity_document": ("no_document", 0.9, 0.05),
    "ind.journey_debt": ("exploited", 0.7, 0.15),
    "ind.journey_debt_child": ("exploited", 0.6, 0.08),
    "ind.distress": ("violence", 0.6, 0.2),
    "ind.unsafe_now": ("exploited", 0.35, 0.05),
    "hh.parent_present": ("with_parent", 0.98, 0.0),
    "hh.trusted_companions": ("with_family", 0.9, 0.25),
    "hh.dependants_alone": ("exploited", 0.3, 0.2),
    "hh.marriage_planned": ("exploited", 0.15, 0.02),
    "str.detained_or_pushed_back": ("detention", 0.9, 0.05),
    "str.extortion_by_officials": ("extortion", 0.6, 0.05),
    "str.fled_conflict_disaster": ("conflict", 0.85, 0.1),
    "com.recruiters_active": ("exploited", 0.5, 0.1),
}
_CONFLICT_NATIONALITIES = ("SYR", "AFG", "SDN", "SOM", "XXA", "MMR", "HTI", "ERI", "IRQ")
"""The case document's limit for one screening reason (``document_parse``)."""
_DOCUMENT_QUESTIONS = ("cd.documents_kept", "cr.documents_taken")


@dataclass(frozen=True, slots=True)
class ScreeningOutcome:
    records: list[dict[str, object]]
    level: str | None
    review: bool
    trafficking_level: str | None


class Screener:
    """Loaded instruments plus caches of the questions that apply per (age band, stage)."""

    def __init__(self, instruments: list[Instrument]) -> None:
        self._instruments = instruments
        self._plans: dict[tuple[str, str], tuple[Instrument, Instrument]] = {}
        self._questions: dict[tuple[str, int, str, str], list[Question]] = {}

    def _pick(self, context: ScreeningContext) -> tuple[Instrument, Instrument]:
        key = (context.age_band, context.stage)
        if key not in self._plans:
            self._plans[key] = select_instruments(self._instruments, context)
        return self._plans[key]

    def _applicable(self, instrument: Instrument, context: ScreeningContext) -> list[Question]:
        key = (instrument.id, instrument.version, context.age_band, context.stage)
        if key not in self._questions:
            self._questions[key] = applicable_questions(instrument, context)
        return self._questions[key]

    def screen(
        self,
        rng: random.Random,
        *,
        context: ScreeningContext,
        signals: dict[str, bool],
        trafficking: bool,
        unaccompanied: bool,
        completed_at: list[datetime],
        new_id: Callable[[], str],
    ) -> ScreeningOutcome:
        """Vulnerability screening always, the trafficking one when ``trafficking`` is set.

        ``completed_at`` gives one time per screening (vulnerability first); ``new_id`` is the
        id maker. The case's risk level is the highest level among the results.
        """
        trafficking_instrument, vulnerability_instrument = self._pick(context)
        chosen = [vulnerability_instrument] + ([trafficking_instrument] if trafficking else [])
        records: list[dict[str, object]] = []
        results: list[ScreeningResult] = []
        for instrument, when in zip(chosen, completed_at, strict=False):
            answers = self._answers(rng, instrument, context, signals)
            result = score(instrument, answers, context)
            shown = result.to_dict()
            results.append(result)
            records.append(
                {
                    "id": new_id(),
                    "instrument_id": instrument.id,
                    "instrument_version": instrument.version,
                    "completed_at": format_datetime(when),
                    "answers": dict(sorted(answers.items())),
                    "result": shown,
                }
            )
        review, _ = needs_supervisor_review(results, is_unaccompanied_child=unaccompanied)
        level = max((r.level for r in results), key=level_rank, default=None)
        t_level = next((r.level for r in results if r.instrument_id != vulnerability_instrument.id),
                       None)
        return ScreeningOutcome(records, level, review, t_level)

    def _answers(
        self,
        rng: random.Random,
        instrument: Instrument,
        context: ScreeningContext,
        signals: dict[str, bool],
    ) -> dict[str, bool | None]:
        exploited = signals.get("exploited", False)
        answers: dict[str, bool | None] = {}
        for question in self._applicable(instrument, context):
            skip = 0.15 if question.sensitive else 0.05
            if rng.random() < skip:
                answers[question.id] = None
                continue
            answers[question.id] = rng.random() < _yes_chance(question, signals, exploited)
        return answers


def _yes_chance(question: Question, signals: dict[str, bool], exploited: bool) -> float:
    if isinstance(question, IndicatorQuestion):
        if question.id in _DOCUMENT_QUESTIONS and signals.get("document_held"):
            return 0.95
        if question.id.startswith("ex.") and signals.get("forced_labour"):
            return 0.6
        if exploited:
            return {"strong": 0.45, "medium": 0.5, "weak": 0.6}[question.strength]
        return {"strong": 0.01, "medium": 0.02, "weak": 0.08}[question.strength]
    mapped = _VULNERABILITY_SIGNALS.get(question.id)
    if mapped is not None:
        signal, with_it, without = mapped
        return with_it if signals.get(signal, False) else without
    if isinstance(question, FactorQuestion) and question.factor == "protective":
        return 0.25 if exploited else 0.45
    return 0.3 if exploited else 0.15


def conflict_origin(nationality: str) -> bool:
    return nationality in _CONFLICT_NATIONALITIES
