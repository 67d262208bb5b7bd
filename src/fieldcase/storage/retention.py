"""What retention reads in the store: closed cases with the moment of their closure, and
whether anything of a case has not reached the server yet.

The moment of closure is the stamp of the case record's ``status`` field (the HLC of the edit
that set ``closed``, by whichever device approved the closure): the document keeps no closure
date of its own, and the stamp travels with the field, so every device agrees on it. Its wall
time is the approving device's clock, which the server checks at every sync.

"Nothing unsynced" means no row of the case in any table that holds work on its way to or back
from the server: the outbox (changes not yet acknowledged), open conflicts, refused changes
held for the person, and attachments still to upload. Reads only;
the forgetting itself is ``merged_cases.purge_case`` (the same as a case leaving scope).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Final

from fieldcase.domain.records import flatten
from fieldcase.storage import record_state
from fieldcase.storage.store import Store

UNSYNCED_TABLES: Final = ("outbox", "conflicts", "refusals")


@dataclass(frozen=True, slots=True)
class ClosedCase:
    """A closed case on this device: no name, only what a retention preview shows."""

    case_id: str
    case_number: str
    closed_at: datetime  # UTC
    site: str  # with assigned_to: the case's policy context (services.case_context)
    assigned_to: str | None


def closed_cases(store: Store) -> list[ClosedCase]:
    """Every case whose status is ``closed``, with the moment it was closed, oldest first."""
    rows = store.raw.execute(
        "SELECT id, case_number, site, assigned_to, doc, stamps FROM cases "
        "WHERE status = 'closed' ORDER BY case_number").fetchall()
    found = []
    for case_id, number, site, assigned_to, doc_text, stamps_text in rows:
        doc = json.loads(doc_text)
        state = record_state.decode_case(case_id, flatten(doc), json.loads(stamps_text))
        record = state.records.get(case_id)
        field = None if record is None else record.fields.get("status")
        winner = None if field is None else field.winner
        if winner is None:
            continue
        closed_at = datetime.fromtimestamp(winner.stamp.wall_ms / 1000, UTC)
        found.append(ClosedCase(str(case_id), str(number), closed_at, str(site),
                                None if assigned_to is None else str(assigned_to)))
    return sorted(found, key=lambda c: (c.closed_at, c.case_number))


def unsynced(store: Store, case_id: str) -> bool:
    """Whether anything of the case has not reached the server (see the module docstring)."""
    for table in UNSYNCED_TABLES:
        if store.raw.execute(f"SELECT 1 FROM {table} WHERE case_id = ? LIMIT 1",  # noqa: S608
                             (case_id,)).fetchone() is not None:
            return True
    return store.raw.execute(
        "SELECT 1 FROM attachment_files WHERE case_id = ? AND state = 'pending_upload' "
        "LIMIT 1", (case_id,)).fetchone() is not None


def unsynced_totals(store: Store) -> dict[str, int]:
    """The same four kinds of unsynced work as ``unsynced``, counted over every case:
    ``outbox``, ``conflicts``, ``refusals`` and ``attachments`` (still to upload). Travel mode
    (``services.travel``) refuses while any is above zero."""
    totals = {table: int(store.raw.execute(f"SELECT count(*) FROM {table}")  # noqa: S608
                         .fetchone()[0]) for table in UNSYNCED_TABLES}
    totals["attachments"] = int(store.raw.execute(
        "SELECT count(*) FROM attachment_files WHERE state = 'pending_upload'").fetchone()[0])
    return totals


# -- cases forgotten here, until the server is told -----------------------------------------------

FORGOTTEN_KEY: Final = "retention_forgotten"
"""A ``meta`` row: the ids of cases purged by retention that the next pull names to the server
(``PullRequest.forgotten``), a JSON list; no migration needed. Ids only, inside the store."""


def forgotten(store: Store) -> list[str]:
    """The case ids purged here that the server has not been told of yet, oldest first."""
    text = store.meta(FORGOTTEN_KEY)
    return [] if text is None else [str(c) for c in json.loads(text)]


def remember_forgotten(store: Store, case_ids: list[str]) -> None:
    """Add purged cases to tell the server of; call inside ``atomic()``."""
    known = forgotten(store)
    store.set_meta(FORGOTTEN_KEY, json.dumps([*known, *(c for c in case_ids if c not in known)]))


def told(store: Store, case_ids: tuple[str, ...]) -> None:
    """The server recorded these (its answer came): stop naming them."""
    with store.atomic():
        left = [c for c in forgotten(store) if c not in set(case_ids)]
        store.set_meta(FORGOTTEN_KEY, json.dumps(left))
