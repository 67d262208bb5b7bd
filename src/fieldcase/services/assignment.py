"""Assign and reassign cases, one or many at once: a supervisor's everyday move.

Each case is its own ``update_case`` of ``case.assigned_to`` (so the same permission,
``ASSIGN_CASE``, the same rules and the same journal entry that syncs, and the server
authorizes it as the person who made it). A batch runs as one call on the worker: the cases
one after the other, each in its own transaction, so one refusal (a case a sync removed
meanwhile, a person who may not assign) never stops or undoes the others. The result says
which went and why each other one did not, as a code the window puts into words.

Undo: the result keeps each assigned case's previous assignee; :func:`undo_assignment` gives
them back (a case someone reassigned again since is left alone and reported), so a batch
sent to the wrong person is one step to take back, never a hunt through the list.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from fieldcase.domain.errors import PermissionDenied, ValidationError, ValidationErrors
from fieldcase.services.cases import update_case
from fieldcase.services.changes import Changes
from fieldcase.services.lease import require_working_lease
from fieldcase.services.session import Session
from fieldcase.storage import review_queue
from fieldcase.storage.errors import NotFound

__all__ = ["AssignRefusal", "Assignment", "assign_cases", "undo_assignment"]


@dataclass(frozen=True)
class AssignRefusal:
    """A case not assigned: ``reason`` is ``not_allowed`` (the policy's reason in
    ``detail``), ``gone`` (no longer on this laptop), ``changed`` (undo: reassigned again
    since) or ``invalid`` (the case breaks a rule the save checks; ``detail`` names it)."""

    case_id: str
    case_number: str | None
    reason: str
    detail: str = ""


@dataclass(frozen=True)
class Assignment:
    """What a batch did: the cases assigned to ``person`` (``None``: left unassigned),
    their previous assignees (for undo), and the refusals."""

    person: str | None
    assigned: tuple[str, ...] = ()
    previous: Mapping[str, str | None] = field(default_factory=dict)
    refused: tuple[AssignRefusal, ...] = ()
    changes: Changes = field(default_factory=Changes)
    unchanged: int = 0  # cases already assigned to that person: nothing to do


def _assign_one(session: Session, case_id: str, person: str | None,
                expected: str | type[object] | None) -> tuple[str | None, Changes] | AssignRefusal:
    """Assign one case; ``expected`` is the assignee it must still have (undo), or
    ``object`` for "whoever". The case's previous assignee and the changes, or a refusal."""
    found = review_queue.case_assignee(session.store.raw, case_id)
    if found is None:
        return AssignRefusal(case_id, None, "gone")
    number, before = found
    try:
        if expected is not object and before != expected:
            return AssignRefusal(case_id, number, "changed")
        if before == person:
            return before, Changes()
        saved = update_case(session, case_id, {"case": {"assigned_to": person}})
    except NotFound:
        return AssignRefusal(case_id, number, "gone")
    except PermissionDenied as error:
        return AssignRefusal(case_id, number, "not_allowed", str(error))
    except (ValidationError, ValidationErrors) as error:
        first = error.errors[0] if isinstance(error, ValidationErrors) else error
        return AssignRefusal(case_id, number, "invalid", first.rule)
    return before, saved.changes


def assign_cases(session: Session, case_ids: Iterable[str], person: str | None
                 ) -> Assignment:
    """Assign every case of ``case_ids`` to ``person`` (``None``: back to the site's intake).
    Refused as a whole only while the offline lease has expired."""
    require_working_lease(session)
    return _batch(session, person, ((case_id, object) for case_id in dict.fromkeys(case_ids)))


def undo_assignment(session: Session, done: Assignment) -> Assignment:
    """Give each case ``done`` assigned back to its previous assignee, unless someone
    assigned it again since (``changed``). The result's ``previous`` undoes the undo."""
    require_working_lease(session)
    steps: list[tuple[str, str | type[object] | None]] = []
    result = Assignment(None)
    for case_id in done.assigned:
        steps.append((case_id, done.person))
    # Each case goes back to its own previous assignee: one batch per previous person.
    by_person: dict[str | None, list[tuple[str, str | type[object] | None]]] = {}
    for case_id, expected in steps:
        by_person.setdefault(done.previous.get(case_id), []).append((case_id, expected))
    for previous, group in by_person.items():
        part = _batch(session, previous, group)
        result = Assignment(None, result.assigned + part.assigned,
                            {**result.previous, **part.previous},
                            result.refused + part.refused, result.changes | part.changes,
                            result.unchanged + part.unchanged)
    return result


def _batch(session: Session, person: str | None,
           steps: Iterable[tuple[str, str | type[object] | None]]) -> Assignment:
    assigned: list[str] = []
    previous: dict[str, str | None] = {}
    refused: list[AssignRefusal] = []
    changes = Changes()
    unchanged = 0
    for case_id, expected in steps:
        outcome = _assign_one(session, case_id, person, expected)
        if isinstance(outcome, AssignRefusal):
            refused.append(outcome)
            continue
        before, changed = outcome
        if not changed:
            unchanged += 1
            continue
        assigned.append(case_id)
        previous[case_id] = before
        changes = changes | changed
    return Assignment(person, tuple(assigned), previous, tuple(refused), changes, unchanged)
