"""A case's own history, read from the store's audit log: when, who, what (never values).

The audit log already records every open, edit, workflow move, transfer, attachment and
conflict resolution of a case on this laptop, with ids, actions and counts only
(``storage.audit``). Shown to the person who has the case open, it answers "who looked at this
case, and who changed it" without a second record to keep. Events made on other laptops are
in their own logs (and the server's), not here: the history says what this laptop saw.

Reading it is not audited again: it is part of a case the person already opened (the open was
``case.view``), and it is checked with the same permission (``view_case``).
"""

from __future__ import annotations

from dataclasses import dataclass

from fieldcase.domain import policy
from fieldcase.domain.document import read_stored_document
from fieldcase.services.lease import require_working_lease
from fieldcase.services.session import Session
from fieldcase.storage import audit, cases

HISTORY_LIMIT = 500
"""The newest events shown; an older history is counted as cut, not listed."""

_SAFE_DETAILS = ("records", "conflicts", "count")
"""Details that are counts: shown; every other detail stays in the log."""


@dataclass(frozen=True)
class HistoryEntry:
    """One event: its device time (ISO 8601), the user, the action code (``case.edit``,
    ``case.request_closure``, ``attachment.view``) and its counts."""

    at: str
    user: str
    action: str
    counts: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class CaseHistory:
    entries: tuple[HistoryEntry, ...]  # newest first
    cut: bool  # more events than HISTORY_LIMIT: the oldest are not listed


def case_history(session: Session, case_id: str, *, limit: int = HISTORY_LIMIT) -> CaseHistory:
    """The audit events of one case, newest first, for someone who may view it."""
    require_working_lease(session)
    found = cases.find_case_id(session.store, case_id)
    doc = read_stored_document(cases.load_case(session.store, found),
                               today=session.today()).document
    policy.require(session.actor, policy.Action.VIEW_CASE,
                   policy.device_context(doc, session.actor))
    events = audit.events(session.store.raw, case_id=found, limit=limit + 1)
    entries = tuple(HistoryEntry(e.device_time, e.user, e.action, safe_counts(e.details))
                    for e in events[:limit])
    return CaseHistory(entries, cut=len(events) > limit)


def safe_counts(details: object) -> tuple[tuple[str, int], ...]:
    """The details of an event that are counts (records, conflicts, cases), to be shown."""
    if not isinstance(details, dict):
        return ()
    return tuple((key, details[key]) for key in _SAFE_DETAILS
                 if isinstance(details.get(key), int) and not isinstance(details[key], bool))
