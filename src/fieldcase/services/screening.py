"""Scoring screenings when a case is saved, and routing the case to a supervisor.

Every new or changed screening (and one stored without a result) is scored here from its
answers and the instrument id and version it was answered with; a result given with it is
never used (``domain.document_computed`` reports it as ignored). So a child whose answers meet
the ILO/EC rule is ``critical`` whatever the input said. The case's risk level is always the
worst latest result per instrument (none without a screening), never an input. A screening
newly scored high or critical (new, or its level changed), or a case newly flagged as an
unaccompanied child, adds the ``supervisor_review`` flag. Only new events add the flag: once
a supervisor has cleared it, saving the case again does not put it back. A screening that
cannot be scored (an unknown instrument or question) is a ValidationError naming it.
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
    """``doc`` with its new and changed screenings scored, its risk level and its review
    flag following from them. ``previous``: the stored case an update started from."""
    context = screening.ScreeningContext(age=age_on(doc, today), stage=doc.case.stage.value)
    before = {s.id: s for s in previous.screenings} if previous is not None else {}
    routed: list[screening.ScreeningResult] = []
    screenings: list[Screening] = []
    for index, item in enumerate(doc.screenings):
        old = before.get(item.id) if item.id is not None else None
        if old is None or old != item or item.result is None:
            result = _score(item, index, context)
            level = RiskLevel(result.level)
            if old is None or old.result is None or old.result.level is not level:
                routed.append(result)
            item = dataclasses.replace(item, result=ScreeningResult(
                level, tuple(result.reasons), result.review))
        screenings.append(item)
    was_unaccompanied = previous is not None and Flag.UNACCOMPANIED_CHILD in previous.case.flags
    newly_unaccompanied = Flag.UNACCOMPANIED_CHILD in doc.case.flags and not was_unaccompanied
    review, _reasons = screening.needs_supervisor_review(
        routed, is_unaccompanied_child=newly_unaccompanied)
    case = dataclasses.replace(doc.case, risk_level=_worst_latest(screenings))
    if review and Flag.SUPERVISOR_REVIEW not in case.flags:
        case = dataclasses.replace(case, flags=(*case.flags, Flag.SUPERVISOR_REVIEW))
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
