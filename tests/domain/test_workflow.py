"""Table-driven: every role x action x situation (assigned or not, each status)."""

from __future__ import annotations

import pytest

from fieldcase.domain.codes import Status
from fieldcase.domain.errors import PermissionDenied, WorkflowError
from fieldcase.domain.policy import Actor, Role
from fieldcase.domain.workflow import (
    TRANSITIONS,
    WorkflowAction,
    apply_transition,
    available_actions,
    moves_to,
)

A = WorkflowAction
S = Status
WORKER = Actor("wanjiru", Role.WORKER, "team-a", "LAMP-01")
SUPERVISOR = Actor("samir", Role.SUPERVISOR, "team-a", "LAMP-01")
ADMIN = Actor("ada", Role.ADMIN, "team-a", "LAMP-01")

# (action, from, to, who may take it: "worker+supervisor" or "supervisor")
EXPECTED_EDGES = {
    (A.START_ASSESSMENT, S.OPEN, S.ASSESSMENT, "worker+supervisor"),
    (A.START_ASSESSMENT, S.REOPENED, S.ASSESSMENT, "worker+supervisor"),
    (A.AGREE_CASE_PLAN, S.ASSESSMENT, S.CASE_PLAN, "supervisor"),
    (A.START_SERVICES, S.CASE_PLAN, S.SERVICES, "worker+supervisor"),
    (A.START_SERVICES, S.REOPENED, S.SERVICES, "worker+supervisor"),
    (A.REQUEST_CLOSURE, S.OPEN, S.CLOSURE_REQUESTED, "worker+supervisor"),
    (A.REQUEST_CLOSURE, S.ASSESSMENT, S.CLOSURE_REQUESTED, "worker+supervisor"),
    (A.REQUEST_CLOSURE, S.CASE_PLAN, S.CLOSURE_REQUESTED, "worker+supervisor"),
    (A.REQUEST_CLOSURE, S.SERVICES, S.CLOSURE_REQUESTED, "worker+supervisor"),
    (A.REQUEST_CLOSURE, S.REOPENED, S.CLOSURE_REQUESTED, "worker+supervisor"),
    (A.APPROVE_CLOSURE, S.CLOSURE_REQUESTED, S.CLOSED, "supervisor"),
    (A.RETURN_CLOSURE, S.CLOSURE_REQUESTED, S.SERVICES, "supervisor"),
    (A.RETURN_CASE_PLAN, S.ASSESSMENT, S.ASSESSMENT, "supervisor"),
    (A.REOPEN, S.CLOSED, S.REOPENED, "supervisor"),
}


def test_table_is_exactly_the_documented_graph() -> None:
    edges = set()
    for t in TRANSITIONS.values():
        who = "supervisor" if t.roles == {Role.SUPERVISOR} else "worker+supervisor"
        if who == "worker+supervisor":
            assert t.roles == {Role.WORKER, Role.SUPERVISOR}
        edges |= {(t.action, source, t.target, who) for source in t.sources}
    assert edges == EXPECTED_EDGES
    assert set(TRANSITIONS) == set(WorkflowAction)


def _rows() -> list[tuple[Actor, bool, WorkflowAction, Status, Status | type[Exception]]]:
    rows: list[tuple[Actor, bool, WorkflowAction, Status, Status | type[Exception]]] = []
    targets = {(a, s): t for a, s, t, _ in EXPECTED_EDGES}
    who = {a: w for a, _, _, w in EXPECTED_EDGES}
    for actor in (WORKER, SUPERVISOR, ADMIN):
        for assigned in (True, False):
            for action in WorkflowAction:
                for status in Status:
                    expected: Status | type[Exception]
                    role_ok = actor.role is Role.SUPERVISOR or (
                        actor.role is Role.WORKER and who[action] == "worker+supervisor"
                    )
                    if not role_ok or (actor.role is Role.WORKER and not assigned):
                        expected = PermissionDenied
                    elif (action, status) not in targets:
                        expected = WorkflowError
                    else:
                        expected = targets[(action, status)]
                    rows.append((actor, assigned, action, status, expected))
    return rows


@pytest.mark.parametrize(
    ("actor", "assigned", "action", "status", "expected"),
    [
        pytest.param(*row, id=f"{row[0].role}-{'mine' if row[1] else 'other'}-{row[2]}-{row[3]}")
        for row in _rows()
    ],
)
def test_transition_table(
    actor: Actor,
    assigned: bool,
    action: WorkflowAction,
    status: Status,
    expected: Status | type[Exception],
) -> None:
    assigned_to = actor.user if assigned else "someone-else"
    if isinstance(expected, Status):
        result = apply_transition(status, action, actor, assigned_to=assigned_to, comment="why")
        assert result is expected
        assert action in available_actions(status, actor, assigned_to=assigned_to)
    else:
        with pytest.raises(expected):
            apply_transition(status, action, actor, assigned_to=assigned_to, comment="why")
        assert action not in available_actions(status, actor, assigned_to=assigned_to)


@pytest.mark.parametrize("comment", [None, "", "   "])
def test_return_closure_needs_a_comment(comment: str | None) -> None:
    with pytest.raises(WorkflowError, match="needs a comment"):
        apply_transition(
            S.CLOSURE_REQUESTED, A.RETURN_CLOSURE, SUPERVISOR, assigned_to=None, comment=comment
        )


def test_messages_are_clear() -> None:
    with pytest.raises(PermissionDenied, match="only a supervisor may approve closure"):
        apply_transition(S.CLOSURE_REQUESTED, A.APPROVE_CLOSURE, WORKER, assigned_to="wanjiru")
    with pytest.raises(PermissionDenied, match="assigned to them"):
        apply_transition(S.SERVICES, A.REQUEST_CLOSURE, WORKER, assigned_to=None)
    with pytest.raises(WorkflowError, match="status is closed") as info:
        apply_transition(S.CLOSED, A.REQUEST_CLOSURE, SUPERVISOR, assigned_to=None)
    assert info.value.kind == "workflow"


def test_supervisor_needs_no_assignment() -> None:
    assert (
        apply_transition(S.OPEN, A.START_ASSESSMENT, SUPERVISOR, assigned_to=None) is S.ASSESSMENT
    )


def test_full_life_cycle() -> None:
    status = S.OPEN
    steps = [
        (A.START_ASSESSMENT, WORKER, None),
        (A.AGREE_CASE_PLAN, SUPERVISOR, None),
        (A.START_SERVICES, WORKER, None),
        (A.REQUEST_CLOSURE, WORKER, None),
        (A.RETURN_CLOSURE, SUPERVISOR, "referral not completed"),
        (A.REQUEST_CLOSURE, WORKER, None),
        (A.APPROVE_CLOSURE, SUPERVISOR, None),
        (A.REOPEN, SUPERVISOR, None),
        (A.START_SERVICES, WORKER, None),
    ]
    for action, actor, comment in steps:
        status = apply_transition(status, action, actor, assigned_to="wanjiru", comment=comment)
    assert status is S.SERVICES


def test_unknown_action_is_a_workflow_error() -> None:
    with pytest.raises(WorkflowError, match="unknown workflow action 'close'"):
        apply_transition(S.OPEN, "close", SUPERVISOR, assigned_to=None)  # type: ignore[arg-type]
    assert apply_transition(S.OPEN, "start_assessment", SUPERVISOR, assigned_to=None) is (  # type: ignore[arg-type]
        S.ASSESSMENT
    )


def test_moves_to_names_the_actions_that_take_a_status_to_another() -> None:
    """What the server checks a pushed status change against (only values arrive there)."""
    supervisor, worker = Role.SUPERVISOR, Role.WORKER
    assert moves_to("open", "closed", supervisor, is_assigned=False) == ()
    assert moves_to("closure_requested", "closed", supervisor, is_assigned=False) == (
        WorkflowAction.APPROVE_CLOSURE,)
    assert moves_to("closure_requested", "closed", worker, is_assigned=True) == ()
    assert moves_to("open", "assessment", worker, is_assigned=False) == ()
    assert moves_to("open", "assessment", worker, is_assigned=True) == (
        WorkflowAction.START_ASSESSMENT,)
    assert moves_to("closure_requested", "services", supervisor, is_assigned=False) == (
        WorkflowAction.RETURN_CLOSURE,)
