"""The audit log for a supervisor: who viewed, changed, exported, printed which case, when.

The log (``storage.audit``) already holds every such event of this laptop, with ids, actions
and counts only. This reads it for the viewer, newest first, filtered by user, by case (its
id or number), by kind (``AuditKind``) and by a time range, one window at a time: a log
grows with every open and save, so the viewer asks for ``PAGE_SIZE`` events and passes the
cursor of the last one to get the next.

Each event is a ``case_history.HistoryEntry`` (when, who, action, counts) so the window says
it in the same words as a case's History tab. A case is named by its case number (looked up
in the store; an erased case has none and is counted as gone), never by the person's name:
the log holds no name and the viewer adds none.

**Who**: a supervisor (``policy.Action.VIEW_AUDIT``); anyone else is refused with a
``ValidationError`` (rule ``supervisor_only``) the window shows in words. This laptop holds its
team's cases only (sync keeps it so), so the whole log is the supervisor's scope.

**Audited**: ``open_audit_log`` writes one ``audit.view`` event per opening of the viewer
(no details: not the filters, not what was read); paging and filtering within that opening
are not audited again (as a case's History tab is not).

Across laptops: the log reaches the server with the sync (``sync.engine``, "Audit"), where
``fieldcase-server audit --case`` answers "who saw this person's record" (docs/security.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Final

from fieldcase.domain import policy
from fieldcase.domain.errors import ValidationError
from fieldcase.domain.workflow import WorkflowAction
from fieldcase.services.case_history import HistoryEntry, safe_counts
from fieldcase.services.case_summary import AUDIT_ACTION as SUMMARY_ACTION
from fieldcase.services.export import AUDIT_ACTION as EXPORT_ACTION
from fieldcase.services.lease import require_working_lease
from fieldcase.services.printouts import DASHBOARD_ACTION
from fieldcase.services.session import Session
from fieldcase.services.subject_access import AUDIT_ACTION as SUBJECT_ACCESS_ACTION
from fieldcase.storage import audit, cases
from fieldcase.storage.errors import NotFound

PAGE_SIZE: Final = 200
"""Events per window: a screenful several times over, little for the store to read."""

AUDIT_VIEW_ACTION: Final = "audit.view"
SHOWN_NUMBERS: Final = 3
"""Case numbers named on one row (an export of 40 cases says three and "37 more")."""


class AuditKind(StrEnum):
    VIEWED = "viewed"
    CHANGED = "changed"
    EXPORTED = "exported"
    PRINTED = "printed"
    UNLOCKED = "unlocked"
    OTHER = "other"


KIND_ACTIONS: Final[dict[AuditKind, tuple[str, ...]]] = {
    AuditKind.VIEWED: ("case.view", "attachment.view"),
    AuditKind.CHANGED: (
        "case.create", "case.edit", "case.transfer", "case.transfer_withdraw",
        "case.transfer_accept", "case.transfer_decline", "case.escalate",
        "case.escalation_clear", "case.record_delete", "case.delete",
        "case.retry_refused", "attachment.add", "attachment.remove", "conflict.resolve",
        "refusal.drop", *(f"case.{a.value}" for a in WorkflowAction)),
    AuditKind.EXPORTED: (EXPORT_ACTION, SUBJECT_ACCESS_ACTION, "report.htcds", "report.hxl",
                         DASHBOARD_ACTION),
    AuditKind.PRINTED: ("referral.print", SUMMARY_ACTION),
    AuditKind.UNLOCKED: ("unlock",),
}
"""The actions of each kind; ``OTHER`` is every action none of these names."""

_KIND_OF: Final = {action: kind for kind, actions in KIND_ACTIONS.items() for action in actions}
_NAMED: Final = tuple(_KIND_OF)


def kind_of(action: str) -> AuditKind:
    return _KIND_OF.get(action, AuditKind.OTHER)


@dataclass(frozen=True)
class AuditFilter:
    """``user``: one user's events; ``case``: a case id or number; ``kind``: one kind;
    ``since`` (inclusive) and ``until`` (exclusive): moments, timezone-aware."""

    user: str | None = None
    case: str | None = None
    kind: AuditKind | None = None
    since: datetime | None = None
    until: datetime | None = None


@dataclass(frozen=True)
class AuditRow:
    """One event as the viewer lists it. ``case_id``: the one case the event is about when
    it is still on this laptop (Enter opens it), else None. ``case_numbers``: the numbers of
    the cases it names that are still here (at most ``SHOWN_NUMBERS``); ``more_cases``: how
    many more it names (erased, or beyond those shown)."""

    seq: int
    entry: HistoryEntry
    kind: AuditKind
    case_id: str | None
    case_numbers: tuple[str, ...]
    more_cases: int


@dataclass(frozen=True)
class AuditPage:
    rows: tuple[AuditRow, ...]  # newest first
    cursor: int | None  # pass it for the next window; None: the log has no more


@dataclass(frozen=True)
class AuditChoices:
    """What the viewer's filters offer: everyone the log names."""

    users: tuple[str, ...]


def open_audit_log(session: Session) -> AuditChoices:
    """Open the viewer: check the permission, audit the opening (no details), and return
    the filters' choices."""
    _require_supervisor(session)
    with session.store.atomic():
        session.store.audit(session.actor.user, AUDIT_VIEW_ACTION)
    return AuditChoices(tuple(audit.users(session.store.raw)))


def audit_page(session: Session, chosen: AuditFilter = AuditFilter(), cursor: int | None = None,
               *, limit: int = PAGE_SIZE) -> AuditPage:
    """One window of the events passing ``chosen``, newest first, after ``cursor``."""
    _require_supervisor(session)
    case_id = _case_id(session, chosen.case) if chosen.case else None
    kind = chosen.kind
    events = audit.page(
        session.store.raw, before_seq=cursor, user=chosen.user, case_id=case_id,
        actions=KIND_ACTIONS[kind] if kind is not None and kind is not AuditKind.OTHER else None,
        not_actions=_NAMED if kind is AuditKind.OTHER else (),
        since=_utc(chosen.since), until=_utc(chosen.until), limit=limit + 1)
    shown = events[:limit]
    numbers = cases.case_numbers(session.store, [i for e in shown for i in _cases_of(e)])
    rows = tuple(_row(event, numbers) for event in shown)
    return AuditPage(rows, shown[-1].seq if len(events) > limit else None)


def _require_supervisor(session: Session) -> None:
    require_working_lease(session)
    decision = policy.decide(session.actor, policy.Action.VIEW_AUDIT)
    if not decision.allowed:
        raise ValidationError("", "supervisor_only", decision.reason)


def _case_id(session: Session, reference: str) -> str:
    """The id of the case typed (its number or id); an id no longer here (an erased case)
    still finds its events."""
    typed = reference.strip()
    try:
        return cases.find_case_id(session.store, typed)
    except NotFound:
        if audit.page(session.store.raw, case_id=typed, limit=1):
            return typed
        raise ValidationError("case", "unknown_case",
                              "no case with that number or id is in the audit log") from None


def _utc(moment: datetime | None) -> str | None:
    return None if moment is None else moment.astimezone(UTC).isoformat()


def _cases_of(event: audit.AuditEvent) -> list[str]:
    """The cases an event names: its own, or an export's list."""
    if event.case_id:
        return [event.case_id]
    listed = event.details.get("case_ids") if isinstance(event.details, dict) else None
    return [str(i) for i in listed] if isinstance(listed, list) else []


def _row(event: audit.AuditEvent, numbers: dict[str, str]) -> AuditRow:
    named: Sequence[str] = _cases_of(event)
    here = [numbers[i] for i in named if i in numbers]
    single = named[0] if len(named) == 1 and named[0] in numbers else None
    entry = HistoryEntry(event.device_time, event.user, event.action, safe_counts(event.details))
    return AuditRow(event.seq, entry, kind_of(event.action), single,
                    tuple(here[:SHOWN_NUMBERS]), len(named) - min(len(here), SHOWN_NUMBERS))
