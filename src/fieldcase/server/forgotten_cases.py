"""Cases a device forgot by retention, so their next change brings them back whole.

A laptop's retention purge (``services.retention``) is a local forgetting: the server keeps the
case, and its ``device_cases`` row stays ``held``, so the case is not sent back at the next pull
(it is in scope and "held": nothing enters). But a later change to it would reach the laptop
alone, a record without its case. So the laptop names the cases it forgot in its next pull
(``PullRequest.forgotten``); the pull records those it holds here, and when an entry of one
appears in a page the case is *refreshed*: sent whole (``sync_scope.reconcile``'s
``refresh``), and the row goes once it went whole or left the device's scope.

Decision (docs/sync.md, "Retention"): a purged case that changes on the server comes back
to the laptops that forgot it, whole; one that does not change never comes back.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from fieldcase.server.case_scopes import chunks
from fieldcase.server.db import device_cases, device_forgotten


def remember(conn: sa.Connection, device_id: uuid.UUID, case_ids: Iterable[str]) -> None:
    """Record the cases the device says it forgot, among those it holds (others: ignored)."""
    wanted = sorted({uuid.UUID(c) for c in case_ids})
    for part in chunks(wanted):
        held = list(conn.execute(sa.select(device_cases.c.case_id).where(
            device_cases.c.device_id == device_id, device_cases.c.state == "held",
            device_cases.c.case_id.in_(part))).scalars())
        if not held:
            continue
        insert = (postgresql.insert(device_forgotten) if conn.dialect.name == "postgresql"
                  else sqlite.insert(device_forgotten))
        conn.execute(insert.on_conflict_do_nothing(),
                     [{"device_id": device_id, "case_id": c} for c in held])


def among(conn: sa.Connection, device_id: uuid.UUID, case_ids: Iterable[uuid.UUID]
          ) -> set[uuid.UUID]:
    """Which of these cases the device forgot."""
    found: set[uuid.UUID] = set()
    for part in chunks(sorted(set(case_ids))):
        found.update(conn.execute(sa.select(device_forgotten.c.case_id).where(
            device_forgotten.c.device_id == device_id,
            device_forgotten.c.case_id.in_(part))).scalars())
    return found


def settled(conn: sa.Connection, device_id: uuid.UUID, case_ids: Iterable[uuid.UUID]) -> None:
    """Drop the rows of cases sent whole or out of scope: the device holds them again, or
    never will."""
    for part in chunks(sorted(set(case_ids))):
        conn.execute(sa.delete(device_forgotten).where(
            device_forgotten.c.device_id == device_id, device_forgotten.c.case_id.in_(part)))
