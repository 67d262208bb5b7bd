"""The case status workflow as an explicit state machine.

    open ──start_assessment──> assessment ──agree_case_plan──> case_plan ──start_services──>
    services;  assessment ──return_case_plan (comment)──> assessment (plan not agreed yet);
    open/assessment/case_plan/services/reopened ──request_closure──>
    closure_requested ──approve_closure──> closed ──reopen──> reopened ──start_assessment /
    start_services──> ...;  closure_requested ──return_closure (comment)──> services

Who: the assigned worker or a supervisor moves the case along and requests closure; only a
supervisor agrees or returns the case plan, approves or returns a closure (returning needs a
comment the worker will read) and reopens. Admins take no workflow action: they do not
handle cases.

This module checks the role and the assignment only. Whether a supervisor belongs to the case's
team is the policy's question: services call :func:`policy.require` first, then
:func:`apply_transition`. Everything is data in :data:`TRANSITIONS`, so tests and the UI (which
buttons to show) read the same table.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from fieldcase.domain.codes import Status
from fieldcase.domain.errors import PermissionDenied, WorkflowError
from fieldcase.domain.policy import Actor, Role


class WorkflowAction(StrEnum):
    START_ASSESSMENT = "start_assessment"
    AGREE_CASE_PLAN = "agree_case_plan"
    RETURN_CASE_PLAN = "return_case_plan"
    START_SERVICES = "start_services"
    REQUEST_CLOSURE = "request_closure"
    APPROVE_CLOSURE = "approve_closure"
    RETURN_CLOSURE = "return_closure"
    REOPEN = "reopen"


@dataclass(frozen=True, slots=True)
class Transition:
    """One action: the statuses it starts from, where it goes, and who may take it."""

    action: WorkflowAction
    sources: frozenset[Status]
    target: Status
    roles: frozenset[Role]
    worker_must_be_assigned: bool = True
    needs_comment: bool = False


_WORKER_OR_SUPERVISOR = frozenset({Role.WORKER, Role.SUPERVISOR})
_SUPERVISOR = frozenset({Role.SUPERVISOR})
_ACTIVE = frozenset(
    {Status.OPEN, Status.ASSESSMENT, Status.CASE_PLAN, Status.SERVICES, Status.REOPENED}
)

TRANSITIONS: Mapping[WorkflowAction, Transition] = MappingProxyType(
    {
        t.action: t
        for t in (
            Transition(
                WorkflowAction.START_ASSESSMENT,
                frozenset({Status.OPEN, Status.REOPENED}),
                Status.ASSESSMENT,
                _WORKER_OR_SUPERVISOR,
            ),
            Transition(
                WorkflowAction.AGREE_CASE_PLAN,
                frozenset({Status.ASSESSMENT}),
                Status.CASE_PLAN,
                _SUPERVISOR,
            ),
            Transition(
                WorkflowAction.RETURN_CASE_PLAN,
                frozenset({Status.ASSESSMENT}),
                Status.ASSESSMENT,
                _SUPERVISOR,
                needs_comment=True,
            ),
            Transition(
                WorkflowAction.START_SERVICES,
                frozenset({Status.CASE_PLAN, Status.REOPENED}),
                Status.SERVICES,
                _WORKER_OR_SUPERVISOR,
            ),
            Transition(
                WorkflowAction.REQUEST_CLOSURE,
                _ACTIVE,
                Status.CLOSURE_REQUESTED,
                _WORKER_OR_SUPERVISOR,
            ),
            Transition(
                WorkflowAction.APPROVE_CLOSURE,
                frozenset({Status.CLOSURE_REQUESTED}),
                Status.CLOSED,
                _SUPERVISOR,
            ),
            Transition(
                WorkflowAction.RETURN_CLOSURE,
                frozenset({Status.CLOSURE_REQUESTED}),
                Status.SERVICES,
                _SUPERVISOR,
                needs_comment=True,
            ),
            Transition(
                WorkflowAction.REOPEN,
                frozenset({Status.CLOSED}),
                Status.REOPENED,
                _SUPERVISOR,
            ),
        )
    }
)
"""Every workflow action; an action not listed from a status is not allowed from it."""


def _roles_text(roles: frozenset[Role]) -> str:
    if roles == _SUPERVISOR:
        return "a supervisor"
    return "the assigned worker or a supervisor"


def apply_transition(
    status: Status,
    action: WorkflowAction,
    actor: Actor,
    *,
    assigned_to: str | None,
    comment: str | None = None,
) -> Status:
    """Return the status after ``action``, or raise PermissionDenied / WorkflowError.

    ``action`` may be given as its string value; an unknown one raises WorkflowError.
    Permission is checked before the status, so a worker is told they may not approve a closure
    rather than that the case is not awaiting approval.
    """
    try:
        transition = TRANSITIONS[WorkflowAction(action)]
    except ValueError:
        known = ", ".join(a.value for a in WorkflowAction)
        raise WorkflowError(
            f"unknown workflow action {action!r}; expected one of: {known}"
        ) from None
    verb = transition.action.value.replace("_", " ")
    if actor.role not in transition.roles:
        raise PermissionDenied(f"only {_roles_text(transition.roles)} may {verb}")
    if (
        actor.role is Role.WORKER
        and transition.worker_must_be_assigned
        and assigned_to != actor.user
    ):
        raise PermissionDenied(f"a worker may only {verb} on a case assigned to them")
    if status not in transition.sources:
        allowed = ", ".join(sorted(s.value for s in transition.sources))
        raise WorkflowError(
            f"cannot {verb} a case whose status is {Status(status).value} (allowed from: {allowed})"
        )
    if transition.needs_comment and (comment is None or not comment.strip()):
        raise WorkflowError(f"{verb} needs a comment saying what is missing")
    return transition.target


def available_actions(
    status: Status, actor: Actor, *, assigned_to: str | None
) -> tuple[WorkflowAction, ...]:
    """The actions ``actor`` could take now (comment aside): what the UI offers as buttons."""
    return tuple(
        t.action
        for t in TRANSITIONS.values()
        if status in t.sources
        and actor.role in t.roles
        and not (
            actor.role is Role.WORKER and t.worker_must_be_assigned and assigned_to != actor.user
        )
    )


def moves_to(
    status: str, target: str, role: Role, *, is_assigned: bool
) -> tuple[WorkflowAction, ...]:
    """The actions that take a case from ``status`` to ``target`` for someone of ``role``
    (``is_assigned``: the case is assigned to them). Empty when no action does: what the
    server checks a pushed status change against, where only the values arrive, not the
    action. A comment an action needs is not checked here."""
    return tuple(
        t.action
        for t in TRANSITIONS.values()
        if status in t.sources
        and t.target == target
        and role in t.roles
        and not (role is Role.WORKER and t.worker_must_be_assigned and not is_assigned)
    )
