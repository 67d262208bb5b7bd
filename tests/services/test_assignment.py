"""Assigning many cases at once: each is its own update of ``case.assigned_to`` (journaled,
audited, authorized as the person who made it); one refusal stops nothing else; a worker
cannot assign; an undo gives each case back to its previous assignee."""

from __future__ import annotations

from fieldcase.services import cases
from fieldcase.services.assignment import assign_cases, undo_assignment
from fieldcase.services.session import Session

from .test_review_queue import add, team  # noqa: F401  (the fixture)


def assignee(session: Session, case_id: str) -> str | None:
    value = cases.show_case(session, case_id).document["case"]["assigned_to"]
    return None if value is None else str(value)


def test_a_batch_assigns_each_case_and_says_why_one_did_not_go(
        team: dict[str, Session]) -> None:  # noqa: F811
    amina = team["amina"]
    first = add(amina, "First", case={"assigned_to": "bilal"})
    second = add(amina, "Second", case={"assigned_to": None})
    gone = add(amina, "Gone", case={"assigned_to": "bilal"})
    already = add(amina, "Already", case={"assigned_to": "chen"})
    cases.delete_case(amina, gone)
    outbox_before = amina.store.raw.execute("SELECT count(*) FROM outbox").fetchone()[0]
    done = assign_cases(amina, [first, second, gone, already], "chen")
    assert done.assigned == (first, second) and done.unchanged == 1
    assert [(r.case_id, r.reason) for r in done.refused] == [(gone, "gone")]
    assert done.previous == {first: "bilal", second: None}
    assert done.changes.case_ids == {first, second}
    assert assignee(amina, first) == assignee(amina, second) == "chen"
    outbox_after = amina.store.raw.execute("SELECT count(*) FROM outbox").fetchone()[0]
    assert outbox_after == outbox_before + 2  # one change each, to sync
    edits = amina.store.raw.execute(
        "SELECT count(*) FROM audit_log WHERE action = 'case.edit' AND case_id IN (?, ?)",
        (first, second)).fetchone()[0]
    assert edits == 2


def test_a_worker_cannot_assign_and_nothing_changes(team: dict[str, Session]) -> None:  # noqa: F811
    amina, bilal = team["amina"], team["bilal"]
    own = add(amina, "Own", case={"assigned_to": "bilal"})
    intake = add(amina, "Intake", case={"assigned_to": None})
    done = assign_cases(bilal, [own, intake], "bilal")
    assert done.assigned == ()
    assert {r.reason for r in done.refused} == {"not_allowed"}
    assert all("supervisor" in r.detail for r in done.refused)
    assert assignee(amina, own) == "bilal" and assignee(amina, intake) is None


def test_undo_gives_each_case_back_unless_someone_moved_it_since(
        team: dict[str, Session]) -> None:  # noqa: F811
    amina = team["amina"]
    one = add(amina, "One", case={"assigned_to": "bilal"})
    two = add(amina, "Two", case={"assigned_to": None})
    three = add(amina, "Three", case={"assigned_to": "bilal"})
    done = assign_cases(amina, [one, two, three], "chen")
    assign_cases(amina, [three], "amina")  # someone else's decision since: left alone
    undone = undo_assignment(amina, done)
    assert sorted(undone.assigned) == sorted([one, two])
    assert [(r.case_id, r.reason) for r in undone.refused] == [(three, "changed")]
    assert assignee(amina, one) == "bilal" and assignee(amina, two) is None
    assert assignee(amina, three) == "amina"

