"""A case's history from the audit log: its own events only, newest first, no values."""

from __future__ import annotations

from fieldcase.services import case_history, cases
from fieldcase.services.session import Session

from .conftest import new_case


def test_the_history_lists_this_case_s_events_without_values(session: Session) -> None:
    saved = cases.create_case(session, new_case())
    other = cases.create_case(session, new_case(given="Other"))
    cases.show_case(session, saved.case_id)
    cases.update_case(session, saved.case_id, {"person": {"family_name": "Canary-History"}})
    cases.change_status(session, saved.case_id, "start_assessment")
    cases.show_case(session, other.case_id)
    history = case_history.case_history(session, saved.case_id)
    assert [e.action for e in history.entries] == [
        "case.start_assessment", "case.edit", "case.view", "case.create"]
    assert {e.user for e in history.entries} == {"amina"}
    assert history.entries[1].counts == (("records", 1),)
    assert "Canary-History" not in repr(history)
    assert not history.cut


def test_a_long_history_says_it_was_cut(session: Session) -> None:
    saved = cases.create_case(session, new_case())
    for _ in range(3):
        cases.show_case(session, saved.case_id)
    history = case_history.case_history(session, saved.case_id, limit=2)
    assert len(history.entries) == 2 and history.cut
