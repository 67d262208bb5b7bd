"""Household links between cases: a member who has a case of their own is linked by its id.

A worker links by the case number they can read off the other file; the window shows a linked
member by that number. Both reads check that this user may view the other case: a number of a
case outside the user's remit is neither found nor shown (the link itself, made by a colleague
who may, stays in the document).
"""

from __future__ import annotations

from collections.abc import Iterable

from fieldcase.domain import policy
from fieldcase.domain.document import read_stored_document
from fieldcase.domain.errors import ValidationError
from fieldcase.services.lease import require_working_lease
from fieldcase.services.session import Session
from fieldcase.storage import cases
from fieldcase.storage.errors import NotFound

__all__ = ["find_case_to_link", "linked_case_numbers"]


def _number_if_visible(session: Session, case_id: str) -> str | None:
    try:
        found = cases.find_case_id(session.store, case_id)
    except NotFound:
        return None
    doc = read_stored_document(cases.load_case(session.store, found),
                               today=session.today()).document
    context = policy.device_context(doc, session.actor)
    if not policy.decide(session.actor, policy.Action.VIEW_CASE, context).allowed:
        return None
    return doc.case.case_number


def linked_case_numbers(session: Session, case_ids: Iterable[str]) -> dict[str, str]:
    """The case number of each linked case this user may view (others are left out)."""
    require_working_lease(session)
    numbers: dict[str, str] = {}
    for case_id in set(case_ids):
        number = _number_if_visible(session, case_id)
        if number:
            numbers[case_id] = number
    return numbers


def find_case_to_link(session: Session, case_number: str) -> tuple[str, str]:
    """The id and number of the case a worker typed the number of, to link a household
    member to it; ``unknown_case`` when this device holds none this user may view."""
    require_working_lease(session)
    try:
        case_id = cases.find_case_id(session.store, case_number.strip())
    except NotFound:
        case_id = ""
    number = _number_if_visible(session, case_id) if case_id else None
    if not number:
        raise ValidationError("household[0].related_case_id", "unknown_case",
                              "no case with that number that you may open")
    return case_id, number
