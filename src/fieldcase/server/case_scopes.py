"""One scope row per case (``case_scopes``) and the log of scope changes (``scope_changes``).

Why: the scope columns (team, site, assignee) are copied onto each of a case's ~20 records, so
"which cases are in this device's scope" over ``records`` read every record of the
organisation on every pull. ``case_scopes`` holds them once per case, indexed for each scope
condition; the feed asks it "is this entry's case in scope" by primary key.

``scope_changes`` lets a pull do nothing about scope when nothing scope-related changed: every
push that creates a case or changes a case's scope appends the case id, positioned like the
feed (``server.feed``): on PostgreSQL by the writing transaction's id (``pg_current_xact_id()``,
a column default, so concurrent pushes share no counter row and never wait for each other
here), on SQLite by ``seq`` (one writer at a time: commit order). :func:`horizon` is taken
before a device's scope rows are read; every change that read could not see is logged at or
after it (PostgreSQL: its transaction was running or not yet started when the snapshot was
taken, so its id is at least the snapshot's ``xmin``), so :func:`changed_since` that horizon
names every case the read may have missed. It may also name cases the read did see (a
transaction that had already committed above ``xmin``): reconciling those again is harmless.

What can go wrong: a push that writes ``records`` scope columns without calling
:func:`record_case_scopes` leaves ``case_scopes`` stale, and pulls follow the stale scope. The
only writer of scopes is ``sync_push.push`` (after ``sync_state.store_cases``); migration 0004
backfilled the rows of cases stored before this table existed.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import cache
from typing import Final, TypeVar

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from fieldcase.server.db import case_scopes, scope_changes
from fieldcase.server.feed import pg_snapshot_xmin
from fieldcase.server.sync_state import CaseScope

CHUNK: Final = 500
"""Most ids one ``IN (...)`` list carries (SQLite's bound-parameter limit, plan size)."""

_T = TypeVar("_T")


def chunks(items: Sequence[_T], size: int = CHUNK) -> Iterator[Sequence[_T]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def record_case_scopes(conn: sa.Connection, org_id: uuid.UUID,
                       before: Mapping[str, CaseScope], after: Mapping[str, CaseScope]) -> None:
    """Write the scope rows of the cases whose scope is new or changed from ``before`` (the
    stored scopes ``sync_state.load_cases`` returned) to ``after`` (what ``store_cases`` just
    wrote), and log each of them in ``scope_changes``, inside the push's transaction.

    Cases whose scope did not change cost nothing: a push of ordinary edits writes no row."""
    changed = sorted((uuid.UUID(case_id), scope) for case_id, scope in after.items()
                     if before.get(case_id) != scope)
    if not changed:
        return
    rows = [{"org_id": org_id, "case_id": case_id, "team_id": scope.team_id,
             "site_id": scope.site_id, "assigned_to": scope.assigned_to,
             "pending_site_id": scope.pending_site_id}
            for case_id, scope in changed]
    insert = (postgresql.insert(case_scopes) if conn.dialect.name == "postgresql"
              else sqlite.insert(case_scopes))
    conn.execute(insert.on_conflict_do_update(
        index_elements=[case_scopes.c.org_id, case_scopes.c.case_id],
        set_={name: insert.excluded[name]
              for name in ("team_id", "site_id", "assigned_to", "pending_site_id")}),
        rows)
    conn.execute(sa.insert(scope_changes),
                 [{"org_id": org_id, "case_id": case_id} for case_id, _ in changed])


def horizon_column(conn: sa.Connection) -> sa.ColumnElement[int]:
    """The horizon as a column, so a pull's first statement can bring it along."""
    if conn.dialect.name == "postgresql":
        return pg_snapshot_xmin()
    return sa.select(sa.func.coalesce(sa.func.max(scope_changes.c.seq), 0)).scalar_subquery()


def horizon(conn: sa.Connection) -> int:
    """A position at or below which no scope change will ever appear that is not visible to
    a read made after this call (see the module docstring)."""
    return int(conn.execute(sa.select(horizon_column(conn))).scalar_one())


def changed_since(conn: sa.Connection, org_id: uuid.UUID, since: int) -> set[uuid.UUID]:
    """The organisation's cases whose scope was created or changed at or after ``since``, a
    value :func:`horizon` returned (PostgreSQL: ``txid >= since``; SQLite: ``seq > since``)."""
    statement = _changed_since_statement(conn.dialect.name == "postgresql")
    return set(conn.execute(statement, {"org": org_id, "since": since}).scalars())


@cache
def _changed_since_statement(postgres: bool) -> sa.Select[uuid.UUID]:
    """Built once, with its values as parameters: every pull runs it (``sync_scope``)."""
    since = sa.bindparam("since", type_=sa.BigInteger)
    where = scope_changes.c.txid >= since if postgres else scope_changes.c.seq > since
    return sa.select(scope_changes.c.case_id).where(
        scope_changes.c.org_id == sa.bindparam("org", type_=sa.Uuid), where)


def scope_of(conn: sa.Connection, org_id: uuid.UUID, case_ids: Iterable[uuid.UUID]
             ) -> dict[uuid.UUID, CaseScope]:
    """The stored scope row of each of these cases (absent ones are left out)."""
    wanted = sorted(set(case_ids))
    found: dict[uuid.UUID, CaseScope] = {}
    for part in chunks(wanted):
        for row in conn.execute(sa.select(case_scopes).where(
                case_scopes.c.org_id == org_id, case_scopes.c.case_id.in_(part))):
            found[row.case_id] = CaseScope(row.team_id, row.site_id, row.assigned_to,
                                           row.pending_site_id)
    return found
