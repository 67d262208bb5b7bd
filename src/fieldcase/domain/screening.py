"""Screening for trafficking indicators and vulnerability: choosing, asking, scoring, reviewing.

The instruments are data (``assets/screening/*.json``, loaded by
``fieldcase.bundled``); this module is the pure logic around them. A screening
result supports a worker's judgement and routes the case to a supervisor; it never decides
that someone is or is not a victim of trafficking. See ``docs/screening.md``.

What can go wrong, and how it surfaces:
- an answer for a question the instrument does not have: UnknownQuestionError naming the id;
- answers recorded with another instrument id or version: VersionMismatchError (re-score old
  screenings with the instrument version they were answered with: ``find_instrument``);
- an unanswered question is never read as "no": when answering it could change the level, the
  result says so in its reasons.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from fieldcase.domain.screening_instrument import Instrument
from fieldcase.domain.screening_rules import evaluate
from fieldcase.domain.screening_types import (
    FactorQuestion,
    IndicatorQuestion,
    InstrumentDefinitionError,
    InstrumentNotFoundError,
    InvalidAnswerError,
    Level,
    Question,
    ScreeningContext,
    ScreeningContextError,
    ScreeningError,
    ScreeningResult,
    UnknownQuestionError,
    VersionMismatchError,
    level_rank,
)

__all__ = [
    "FactorQuestion",
    "IndicatorQuestion",
    "Instrument",
    "InstrumentDefinitionError",
    "InstrumentNotFoundError",
    "InvalidAnswerError",
    "Level",
    "Question",
    "ScreeningContext",
    "ScreeningContextError",
    "ScreeningError",
    "ScreeningResult",
    "UnknownQuestionError",
    "VersionMismatchError",
    "applicable_questions",
    "find_instrument",
    "needs_supervisor_review",
    "score",
    "select_instruments",
]

_REVIEW_LEVELS: frozenset[Level] = frozenset({"high", "critical"})
_LISTED_UNANSWERED = 8  # ids named in the "unanswered" reason; the rest are counted


def applicable_questions(instrument: Instrument, context: ScreeningContext) -> list[Question]:
    """The questions to ask this person, in the instrument's order.

    A question applies when the person's age band (child below 18 or age unknown, else adult)
    and the case's stage of migration are both among those the question lists. Questions about
    work and control at destination, for example, are not asked of someone still at origin.
    """
    return [q for q in instrument.questions if q.applies_to(context)]


def select_instruments(
    instruments: Iterable[Instrument], context: ScreeningContext
) -> tuple[Instrument, Instrument]:
    """The trafficking instrument for the person's age band, and the vulnerability instrument.

    The newest version of each is chosen. When the age is unknown the child instrument is used:
    international guidance (the presumption of minority, e.g. EU Directive 2011/36/EU art.
    13(2) and UNICEF/UNHCR guidance on age assessment) says to treat a person whose age is
    uncertain as a child until shown otherwise, and the child rule (no means element needed)
    is the more protective one, so an adult screened as a possible child loses nothing while a
    child screened as an adult could be missed.

    Raises InstrumentNotFoundError when either instrument is missing.
    """
    available = list(instruments)
    band = context.age_band
    trafficking = _newest(
        [i for i in available if i.kind == "trafficking" and i.population == band],
        f"trafficking instrument for population {band!r}",
    )
    vulnerability = _newest(
        [i for i in available if i.kind == "vulnerability" and i.population in (band, "all")],
        f"vulnerability instrument for population {band!r}",
    )
    return trafficking, vulnerability


def find_instrument(
    instruments: Iterable[Instrument], instrument_id: str, version: int
) -> Instrument:
    """The instrument with exactly this id and version (to re-score a stored screening)."""
    for instrument in instruments:
        if instrument.id == instrument_id and instrument.version == version:
            return instrument
    raise InstrumentNotFoundError(
        "instrument_version", f"no instrument {instrument_id!r} version {version} is loaded"
    )


def _newest(candidates: Sequence[Instrument], what: str) -> Instrument:
    if not candidates:
        raise InstrumentNotFoundError("instrument_id", f"no {what} is loaded")
    return max(candidates, key=lambda i: i.version)


def score(
    instrument: Instrument,
    answers: Mapping[str, bool | None],
    context: ScreeningContext,
    *,
    instrument_id: str | None = None,
    instrument_version: int | None = None,
) -> ScreeningResult:
    """Score ``answers`` (question id -> yes, no, or None for unanswered) with ``instrument``.

    ``instrument_id`` / ``instrument_version`` are those stored with the screening the answers
    come from; when given they must match the instrument, so answers never get scored against
    questions or a rule they were not asked under.

    Every "yes" counts, also for a question that does not apply in ``context`` (a worker may
    record something the person volunteered). Unanswered questions that apply in ``context`` are
    scored both ways; when that could change the level, a reason names them.
    """
    _check_version(instrument, instrument_id, instrument_version)
    yes = _validated_yes(instrument, answers)
    level, reasons = evaluate(instrument, yes)
    unanswered = [q for q in applicable_questions(instrument, context) if answers.get(q.id) is None]
    if unanswered:
        upper, _ = evaluate(instrument, yes | {q.id for q in unanswered if q.raises_risk})
        lower, _ = evaluate(instrument, yes | {q.id for q in unanswered if not q.raises_risk})
        if upper != level or lower != level:
            reasons.append(_unanswered_reason(unanswered, level, lower, upper))
    return ScreeningResult(
        level=level,
        reasons=tuple(reasons),
        review=level in _REVIEW_LEVELS,
        instrument_id=instrument.id,
        instrument_version=instrument.version,
    )


def _check_version(
    instrument: Instrument, instrument_id: str | None, instrument_version: int | None
) -> None:
    if instrument_id is not None and instrument_id != instrument.id:
        raise VersionMismatchError(
            "instrument_id",
            f"answers were recorded with {instrument_id!r}, not {instrument.id!r}",
        )
    if instrument_version is not None and instrument_version != instrument.version:
        raise VersionMismatchError(
            "instrument_version",
            f"answers were recorded with {instrument.id!r} version {instrument_version}, "
            f"not version {instrument.version}",
        )


def _validated_yes(instrument: Instrument, answers: Mapping[str, bool | None]) -> set[str]:
    known = {q.id for q in instrument.questions}
    yes: set[str] = set()
    for question_id, value in answers.items():
        if question_id not in known:
            raise UnknownQuestionError(
                str(question_id),
                f"is not a question of {instrument.id!r} version {instrument.version}",
            )
        if value is not None and not isinstance(value, bool):
            raise InvalidAnswerError(question_id, "an answer must be true, false or null")
        if value is True:
            yes.add(question_id)
    return yes


def _unanswered_reason(
    unanswered: Sequence[Question], level: Level, lower: Level, upper: Level
) -> str:
    count = len(unanswered)
    noun = "question" if count == 1 else "questions"
    ids = ", ".join(q.id for q in unanswered[:_LISTED_UNANSWERED])
    if count > _LISTED_UNANSWERED:
        ids += f" and {count - _LISTED_UNANSWERED} more"
    if lower == level:
        span = f"answering them could raise the level to {upper}"
    elif upper == level:
        span = f"answering them could lower the level to {lower}"
    else:
        span = f"depending on the answers the level could be anywhere from {lower} to {upper}"
    return f"{count} {noun} unanswered ({ids}); {span}"


def needs_supervisor_review(
    results: Iterable[ScreeningResult], *, is_unaccompanied_child: bool
) -> tuple[bool, tuple[str, ...]]:
    """Whether a supervisor must review the case now, and why.

    True for any high or critical screening result, and for every unaccompanied child
    whatever the screening says: a child alone is at risk by that fact, and decisions about the
    child's best interests are not left to one worker.
    """
    reasons = [
        f"{r.instrument_id} v{r.instrument_version}: level {r.level}"
        for r in sorted(results, key=lambda r: -level_rank(r.level))
        if r.level in _REVIEW_LEVELS
    ]
    if is_unaccompanied_child:
        reasons.append("unaccompanied child")
    return bool(reasons), tuple(reasons)
