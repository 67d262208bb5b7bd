"""Scoring screenings when a case is saved, and routing the case to a supervisor.

A screening saved without a result is scored here with the instrument id and version it was
answered with. The case's risk level becomes the worst latest result per instrument, and a
newly scored high or critical result, or a case newly flagged as an unaccompanied child, adds
the ``supervisor_review`` flag. Only new events add the flag: once a supervisor has cleared
it, saving the case again does not put it back.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from fieldcase import bundled
from fieldcase.domain import screening
from fieldcase.domain.codes import Flag, RiskLevel
from fieldcase.domain.document_model import CaseDocument, Screening, ScreeningResult, age_on
from fieldcase.domain.errors import ValidationError


def _score(item: Screening, index: int, context: screening.ScreeningContext
           ) -> screening.ScreeningResult:
    try:
        instrument = screening.find_instrument(bundled.instruments(), item.instrument_id,
                                               item.instrument_version)
        return screening.score(instrument, dict(item.answers), context,
                               instrument_id=item.instrument_id,
                               instrument_version=item.instrument_version)
    except screening.ScreeningError as error:
        raise ValidationError(f"screenings[{index}].{error.field}", error.kind,
                              error.message) from error


def apply_screening(doc: CaseDocument, *, today: date,
                    previous: CaseDocument | None = None) -> CaseDocument:
    context = screening.ScreeningContext(age=age_on(doc, today), stage=doc.case.stage.value)
    scored: list[screening.ScreeningResult] = []
    screenings: list[Screening] = []
    for index, item in enumerate(doc.screenings):
        if item.result is None:
            result = _score(item, index, context)
            scored.append(result)
            item = dataclasses.replace(item, result=ScreeningResult(
                RiskLevel(result.level), tuple(result.reasons), result.review))
        screenings.append(item)
    was_unaccompanied = previous is not None and Flag.UNACCOMPANIED_CHILD in previous.case.flags
    newly_unaccompanied = Flag.UNACCOMPANIED_CHILD in doc.case.flags and not was_unaccompanied
    review, _reasons = screening.needs_supervisor_review(
        scored, is_unaccompanied_child=newly_unaccompanied)
    case = doc.case
    if scored:
        case = dataclasses.replace(case, risk_level=_worst_latest(screenings))
    if review and Flag.SUPERVISOR_REVIEW not in case.flags:
        case = dataclasses.replace(case, flags=(*case.flags, Flag.SUPERVISOR_REVIEW))
    if not scored and case is doc.case:
        return doc
    return dataclasses.replace(doc, screenings=tuple(screenings), case=case)


def _worst_latest(screenings: list[Screening]) -> RiskLevel | None:
    latest: dict[str, Screening] = {}
    for item in screenings:
        kept = latest.get(item.instrument_id)
        if kept is None or item.completed_at >= kept.completed_at:
            latest[item.instrument_id] = item
    levels = [item.result.level for item in latest.values() if item.result is not None]
    if not levels:
        return None
    return max(levels, key=list(RiskLevel).index)  # RiskLevel lists low to critical
