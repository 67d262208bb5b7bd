"""Retention on the laptop: closed cases are forgotten here N months after their closure,
once nothing of them is waiting to sync (docs/security.md, "Retention").

N is the organisation policy's ``retention_months_after_closure`` as this device last fetched
it (``services.org_policy.device_policy``); None, or no policy fetched yet, keeps every case.

A case goes when all hold:

- its status is ``closed`` and it was closed on or before ``now`` minus N calendar months
  (the moment of closure is the stamp of its ``status`` field, ``storage.retention``);
- nothing of it is unsynced: no change in the outbox, no open conflict, no refused
  change held, no attachment still to upload. A case held back is listed in the preview
  with the reason, and goes at a later purge once synced.

The purge is a **local forgetting, not an erasure**: it is ``merged_cases.purge_case`` without
a purge mark, exactly what happens when a case leaves the device's scope: row, search terms,
identifiers, drafts (a trigger), hidden versions, sync bookkeeping and the attachments' keys
and encrypted files go; nothing is journaled, so nothing reaches the server, which keeps the
case. The name index is rewritten (``search_index.rewrite``: a contentless FTS5 delete keeps
the tokens until a merge), the freed pages are zeroed (``secure_delete``, a required pragma of
the store) and the WAL is checkpointed after the transaction. One audit event,
``retention.purge``, with the count and the case ids (never a name). The next pull names the
forgotten cases to the server (ids only, ``PullRequest.forgotten``), so one that changes there
later comes back whole (``server.forgotten_cases``); one that does not change never comes back.

Who: any worker or supervisor of the profile, for the cases they may view (``policy``
``VIEW_CASE``); admins, who read no case, get none. Retention applies the organisation's
decision and loses nothing the server does not hold, and a worker's laptop often has no
supervisor signed in; limiting it to viewable cases keeps the preview from listing case
numbers a person may not see. The app offers it to supervisors, with their other tools
(Case > Retention…); the command line to both.

Time: ``now`` is a parameter (default ``session.now()``, the store's injected clock).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Final

from fieldcase.domain import policy
from fieldcase.services.attachments import files
from fieldcase.services.changes import Changes
from fieldcase.services.org_policy import device_policy
from fieldcase.services.session import Session
from fieldcase.storage import merged_cases, search_index
from fieldcase.storage import retention as stored

HELD_UNSYNCED: Final = "unsynced"


@dataclass(frozen=True, slots=True)
class RetainedCase:
    """One closed case past its retention: what a preview shows (no name)."""

    case_id: str
    case_number: str
    closed_on: date
    held: str | None = None  # HELD_UNSYNCED: stays until synced; None: goes at a purge


@dataclass(frozen=True, slots=True)
class RetentionPreview:
    months: int | None  # None: the policy keeps closed cases (nothing goes)
    cutoff: date | None  # cases closed on or before this day are past retention
    cases: tuple[RetainedCase, ...]

    @property
    def going(self) -> tuple[RetainedCase, ...]:
        return tuple(c for c in self.cases if c.held is None)

    @property
    def held(self) -> tuple[RetainedCase, ...]:
        return tuple(c for c in self.cases if c.held is not None)


@dataclass(frozen=True, slots=True)
class PurgeResult:
    purged: tuple[str, ...]  # case numbers
    held: tuple[str, ...]  # case numbers kept because something is unsynced
    case_ids: tuple[str, ...] = ()  # of the purged cases

    @property
    def changes(self) -> Changes:
        """For the app's runner: the lists showing these cases refresh."""
        return Changes(frozenset(self.case_ids))


def retention_months(session: Session) -> int | None:
    """The policy's months after closure, or None (keep) when unset or never fetched."""
    current = device_policy(session)
    return None if current is None else current.retention_months_after_closure


def months_before(day: date, months: int) -> date:
    """The same day ``months`` calendar months earlier (the month's last day when shorter)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover


def preview(session: Session, now: datetime | None = None) -> RetentionPreview:
    """What a purge at ``now`` would remove (and what it would keep for unsynced work)."""
    with session.store.reading():
        return _preview(session, now or session.now())


def _preview(session: Session, now: datetime) -> RetentionPreview:
    months = retention_months(session)
    if months is None:
        return RetentionPreview(None, None, ())
    cutoff = months_before(now.date(), months)
    found = []
    for case in stored.closed_cases(session.store):
        closed_on = case.closed_at.date()
        if closed_on > cutoff or not _may_view(session, case):
            continue
        held = HELD_UNSYNCED if stored.unsynced(session.store, case.case_id) else None
        found.append(RetainedCase(case.case_id, case.case_number, closed_on, held))
    return RetentionPreview(months, cutoff, tuple(found))


def _may_view(session: Session, case: stored.ClosedCase) -> bool:
    context = policy.CaseContext(session.actor.team, case.site, case.assigned_to)
    return policy.decide(session.actor, policy.Action.VIEW_CASE, context).allowed


def purge(session: Session, now: datetime | None = None) -> PurgeResult:
    """Forget on this laptop every case the preview at ``now`` lists as going; see the module
    docstring. Decided again inside the transaction, so a change made since a preview keeps
    its case."""
    attachments = files(session)
    with session.store.atomic():
        found = _preview(session, now or session.now())
        going = found.going
        for case in going:
            merged_cases.purge_case(session.store, case.case_id, None)
        if going:
            search_index.rewrite(session.store.raw)
        stored.remember_forgotten(session.store, [c.case_id for c in going])
        doomed = attachments.reconcile() if going else []
        if going:
            session.store.audit(session.actor.user, "retention.purge", details={
                "count": len(going), "case_ids": [c.case_id for c in going],
                "months": found.months})
    attachments.discard_files(doomed)
    if going:
        session.store.checkpoint()
    return PurgeResult(tuple(c.case_number for c in going),
                       tuple(c.case_number for c in found.held),
                       tuple(c.case_id for c in going))
