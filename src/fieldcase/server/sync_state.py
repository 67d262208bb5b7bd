"""The server's merged state: ``domain.merge.CaseState`` in the ``records`` table, and conflicts.

One row per record holds its whole merge state in the ``fields`` JSON column (every field's
heads with value, stamp and author, the stamps it superseded, live deletes, the purge mark),
because the merge needs all of it to stay order-free and idempotent; the winner values alone
would not do (the encoding: ``server.record_codec``). A purged record keeps only its purge
mark. A purged case keeps one row (the case record's id) holding the case's purge mark, so
later changes to it are absorbed, and its scope columns, so it is still authorized like before.

Scope columns (``team_id``, ``site_id``, ``assigned_to``) are copied onto every record of a
case: :class:`CaseScope`. Conflicts are mirrored into ``conflicts`` (open ones with their
values; closed ones keep only stamps and authors; purged ones are deleted), so supervisors'
queues and pulls can read them without loading case states.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Final

import sqlalchemy as sa
from sqlalchemy.dialects import sqlite

from fieldcase.domain.codes import AttachmentKind
from fieldcase.domain.merge import (
    CaseState,
    Change,
    Conflict,
    PurgeMark,
    RecordState,
)
from fieldcase.domain.merge_view import record_status
from fieldcase.server import pg_bulk, pg_locks
from fieldcase.server.db import case_scopes, conflicts, device_cases, records
from fieldcase.server.record_codec import mark_from_json, record_from_json, record_to_json
from fieldcase.sync.protocol_json import conflict_from_json, conflict_to_json

__all__ = ["BatchCases", "CaseScope", "CaseVisibility", "StoredCase", "as_text",
           "canonical_id", "case_visibility",
           "confidential_records", "is_confidential", "load_cases", "load_for_batch",
           "open_conflicts", "raw_id", "record_conflict_changes", "store_cases",
           "stored_cases"]


@dataclass(frozen=True, slots=True)
class CaseScope:
    """Who may see a case: its team, its site, the user it is assigned to (server ids)."""

    team_id: uuid.UUID | None
    site_id: uuid.UUID | None
    assigned_to: uuid.UUID | None
    pending_site_id: uuid.UUID | None = None
    """The site a proposed transfer waits at: its supervisors see the case (not its
    confidential parts) until they accept or decline (``case.transfer``)."""


@dataclass(frozen=True, slots=True)
class CaseVisibility:
    """What a pull needs to decide which of a case's records a device may receive: the case's
    scope (for ``domain.policy``) and the ids of its confidential parts."""

    scope: CaseScope
    confidential: frozenset[uuid.UUID]


# -- confidential parts ------------------------------------------------------------------------

CONFIDENTIAL_FIELDS: Final = {"note": "confidential", "attachment": "kind"}
"""The field that decides whether a record of this kind is a confidential part (identity
documents always are). A change setting it can move a record into or out of view."""


def _is_confidential(kind: str, heads: list[object]) -> bool:
    """``heads``: every head value of the kind's deciding field. Conservative: a conflict in
    which any side makes the record confidential makes it confidential."""
    if kind == "identity_document":
        return True
    if kind == "note":
        return any(value not in (False, None) for value in heads)
    if kind == "attachment":
        return AttachmentKind.DOCUMENT_SCAN.value in heads
    return False


def is_confidential(record: RecordState) -> bool:
    """Whether ``record`` is a confidential part (``domain.policy``: confidential notes,
    identity documents, document scans). A purged record has nothing left to hide."""
    if record.purged is not None:
        return False
    name = CONFIDENTIAL_FIELDS.get(record.kind)
    field = record.fields.get(name) if name is not None else None
    return _is_confidential(record.kind, [v.value for v in field.heads] if field else [])


def confidential_records(state: CaseState) -> frozenset[str]:
    """The ids of the case's records that only viewers of confidential parts may see."""
    return frozenset(rid for rid, record in state.records.items() if is_confidential(record))


def _deciding_heads() -> sa.ColumnElement[object]:
    """The head values of the field that decides whether a record is confidential, read by
    JSON path in SQL (NULL for the other kinds): the record's merge state stays in the
    database, so a case's hundreds of notes cost a few bytes each, not their whole state."""
    fields = records.c.fields
    return sa.case(*((records.c.kind == kind, fields[("f", name, "h")])
                     for kind, name in CONFIDENTIAL_FIELDS.items()), else_=sa.null())


_MAY_BE_CONFIDENTIAL: Final = ("identity_document", *CONFIDENTIAL_FIELDS)
"""The record kinds :func:`_hides` can answer yes for."""


def _hides(kind: str, heads: object, purge: object) -> bool:
    """Whether a row read with :func:`_deciding_heads` and its purge mark is confidential."""
    if purge is not None or (kind != "identity_document" and kind not in CONFIDENTIAL_FIELDS):
        return False
    values = [head[2] for head in heads] if isinstance(heads, list) else []
    return _is_confidential(kind, values)


def case_visibility(conn: sa.Connection, org_id: uuid.UUID, case_ids: Iterable[uuid.UUID],
                    *, held_by: uuid.UUID | None = None) -> dict[uuid.UUID, CaseVisibility]:
    """The scope and confidential record ids of each stored case (absent ones are left out);
    with ``held_by``, only of the cases that device holds (its ``held`` rows in
    ``device_cases``), in the same query.

    One statement: the scope from the case's ``case_scopes`` row (the values ``store_cases``
    copies onto each record, which the feed's scope filter reads too), joined to the rows of
    only the kinds that can be confidential, and of their merge state only what decides it
    (:func:`_deciding_heads`); read without locking (a pull's view). A held case with twenty
    records and one note costs one row, not twenty, each with its ids converted."""
    wanted = sorted(set(case_ids))
    if not wanted:
        return {}
    scopes: dict[uuid.UUID, CaseScope] = {}
    hidden: dict[uuid.UUID, set[uuid.UUID]] = {}
    parts = sa.and_(records.c.org_id == case_scopes.c.org_id,
                    records.c.case_id == case_scopes.c.case_id,
                    records.c.kind.in_(_MAY_BE_CONFIDENTIAL))
    source = case_scopes.outerjoin(records, parts)
    if held_by is not None:
        source = source.join(device_cases, sa.and_(
            device_cases.c.device_id == held_by, device_cases.c.case_id == case_scopes.c.case_id,
            device_cases.c.state == "held"))
    query = (sa.select(case_scopes.c.case_id, case_scopes.c.team_id, case_scopes.c.site_id,
                       case_scopes.c.assigned_to, case_scopes.c.pending_site_id,
                       records.c.record_id, records.c.kind, _deciding_heads().label("heads"),
                       records.c.fields[("p",)].label("purge"))
             .select_from(source)
             .where(case_scopes.c.org_id == org_id, case_scopes.c.case_id.in_(wanted)))
    for row in conn.execute(query):
        if row.case_id not in scopes:
            scopes[row.case_id] = CaseScope(row.team_id, row.site_id, row.assigned_to,
                                            row.pending_site_id)
        if row.kind is not None and _hides(row.kind, row.heads, row.purge):
            hidden.setdefault(row.case_id, set()).add(row.record_id)
    return {case_id: CaseVisibility(scope, frozenset(hidden.get(case_id, ())))
            for case_id, scope in scopes.items()}


@dataclass(frozen=True, slots=True)
class StoredCase:
    """A case's records as stored, to send it whole (:func:`stored_cases`)."""

    visibility: CaseVisibility
    records: tuple[tuple[str, str, Mapping[str, object]], ...]
    """(record id as the database returns it, kind, merge state as ``record_codec`` stores
    it), not decoded: the id is canonical text on PostgreSQL, 32 hex digits on SQLite
    (:func:`canonical_id`)."""
    purged: bool
    """The case is erased: its one row holds the purge mark, no record."""


def raw_id(conn: sa.Connection, value: uuid.UUID) -> str:
    """An id as :func:`stored_cases` and its like read it, without a ``uuid.UUID`` made per
    row (the driver's conversion of five id columns a row was a third of a pull's time)."""
    return str(value) if conn.dialect.name == "postgresql" else value.hex


def canonical_id(raw: str) -> str:
    """The canonical text of an id read raw (:func:`raw_id`)."""
    if len(raw) == 32:
        return f"{raw[:8]}-{raw[8:12]}-{raw[12:16]}-{raw[16:20]}-{raw[20:]}"
    return raw


def as_text(column: sa.ColumnElement[uuid.UUID]) -> sa.ColumnElement[str]:
    """An id column read raw (no ``uuid.UUID`` per row): see :func:`raw_id`. A cast in SQL,
    as psycopg would otherwise make a ``uuid.UUID`` of a PostgreSQL ``uuid`` itself."""
    return sa.cast(column, sa.String)


def stored_cases(conn: sa.Connection, org_id: uuid.UUID, case_ids: Iterable[uuid.UUID]
                 ) -> dict[uuid.UUID, StoredCase]:
    """Every record of each stored case (absent ones are left out), in one query, with the
    case's visibility: its scope from ``case_scopes`` (one row a case, not five id columns
    on every record row) and its confidential parts from the same record rows. What a pull
    needs to send cases that enter a device's scope as their merged state
    (``sync.protocol_state``). The states are handed on as the driver read them (JSON),
    never decoded into merge objects; ids are read raw (:func:`raw_id`)."""
    wanted = sorted(set(case_ids))
    if not wanted:
        return {}
    scopes = {row.case_id: CaseScope(row.team_id, row.site_id, row.assigned_to,
                                     row.pending_site_id)
              for row in conn.execute(sa.select(
                  case_scopes.c.case_id, case_scopes.c.team_id, case_scopes.c.site_id,
                  case_scopes.c.assigned_to, case_scopes.c.pending_site_id).where(
                  case_scopes.c.org_id == org_id,
                  pg_bulk.any_of(case_scopes.c.case_id, wanted, conn)))}
    case_of = {raw_id(conn, case_id): case_id for case_id in wanted}
    hidden: dict[uuid.UUID, set[uuid.UUID]] = {}
    found: dict[uuid.UUID, list[tuple[str, str, Mapping[str, object]]]] = {}
    purged: set[uuid.UUID] = set()
    for case_key, record_key, kind, state in conn.execute(sa.select(
            as_text(records.c.case_id), as_text(records.c.record_id), records.c.kind,
            records.c.fields).where(records.c.org_id == org_id,
                                    pg_bulk.any_of(records.c.case_id, wanted, conn))):
        case_id = case_of[case_key]
        if "cp" in state:
            purged.add(case_id)
            continue
        name = CONFIDENTIAL_FIELDS.get(kind)
        heads = state.get("f", {}).get(name, {}).get("h") if name is not None else None
        if _hides(kind, heads, state.get("p")):
            hidden.setdefault(case_id, set()).add(uuid.UUID(record_key))
        found.setdefault(case_id, []).append((record_key, kind, state))
    return {case_id: StoredCase(CaseVisibility(scopes[case_id],
                                               frozenset(hidden.get(case_id, ()))),
                                tuple(found.get(case_id, ())), case_id in purged)
            for case_id in wanted if case_id in scopes and (case_id in found
                                                           or case_id in purged)}


# -- records -----------------------------------------------------------------------------------

def lock_cases(conn: sa.Connection, case_ids: list[uuid.UUID]) -> None:
    """Serialise pushes that touch the same case until this transaction ends.

    Two pushes merging into one case must not both read the old state and then each write
    their own result (the second would drop the first's changes from ``records``). On
    PostgreSQL a transaction-level advisory lock per case does it, also for a case with no row
    yet (``pg_locks``: one sorted statement, so two pushes cannot deadlock). SQLite needs
    nothing: every transaction holds the write lock.
    """
    pg_locks.lock(conn, pg_locks.CASES,
                  (int.from_bytes(c.bytes[-4:], "big", signed=True) for c in case_ids))


def load_cases(conn: sa.Connection, org_id: uuid.UUID, case_ids: Iterable[str]
               ) -> tuple[dict[str, CaseState], dict[str, CaseScope]]:
    """The stored state and scope of each case that exists (absent ones are new), locked for
    the rest of the transaction (:func:`lock_cases`)."""
    loaded = _load(conn, org_id, case_ids)
    return loaded.states, loaded.scopes


@dataclass(frozen=True, slots=True)
class BatchCases:
    """What a push needs of the cases its batch touches (:func:`load_for_batch`)."""

    states: dict[str, CaseState]
    """Each existing case with its case record and the records the batch changes, or with
    every record when the batch purges the whole case."""
    scopes: dict[str, CaseScope]
    confidential: dict[str, frozenset[str]]
    """Each existing case's confidential part ids (:func:`confidential_records`), from all
    of its records."""


def load_for_batch(conn: sa.Connection, org_id: uuid.UUID, batch: Iterable[Change]
                   ) -> BatchCases:
    """The touched cases, locked like :func:`load_cases`, with only what the merge reads.

    The merge of a record change reads and writes that record alone (``domain.merge``), so
    only the case records and the records the batch changes are read whole and decoded into
    merge states; a whole-case purge reads the whole case (every conflict of the case
    closes). Of the other records (a long-lived case gathers hundreds of notes) only the
    heads of the field that decides confidentiality and the purge mark are read, by JSON
    path in SQL, so a small push does not grow with the size of the case."""
    touched: set[uuid.UUID] = set()
    whole: set[uuid.UUID] = set()
    cases: set[uuid.UUID] = set()
    for change in batch:
        case_uuid = uuid.UUID(change.case_id)
        cases.add(case_uuid)
        touched.update((case_uuid, uuid.UUID(change.record_id)))
        if change.purges_case:
            whole.add(case_uuid)
    case_ids = sorted(cases)
    if not case_ids:
        return BatchCases({}, {}, {})
    lock_cases(conn, case_ids)
    fields = records.c.fields
    needed = sa.or_(pg_bulk.any_of(records.c.record_id, touched, conn),
                    pg_bulk.any_of(records.c.case_id, whole, conn))
    rows = conn.execute(sa.select(
        records.c.case_id, records.c.record_id, records.c.kind, records.c.team_id,
        records.c.site_id, records.c.assigned_to, records.c.pending_site_id,
        sa.case((needed, fields)).label("whole"),
        fields[("p",)].label("purge"), _deciding_heads().label("heads"),
    ).where(records.c.org_id == org_id, pg_bulk.any_of(records.c.case_id, case_ids, conn)))
    states: dict[str, dict[str, RecordState]] = {}
    purged: dict[str, PurgeMark] = {}
    scopes: dict[str, CaseScope] = {}
    hidden: dict[str, set[str]] = {}
    for row in rows:
        case_id, record_id, kind = str(row.case_id), str(row.record_id), row.kind
        scopes.setdefault(case_id, CaseScope(row.team_id, row.site_id, row.assigned_to,
                                             row.pending_site_id))
        data = row.whole
        if data is not None and "cp" in data:
            purged[case_id] = mark_from_json(data["cp"])
            continue
        if _hides(kind, row.heads, row.purge):
            hidden.setdefault(case_id, set()).add(record_id)
        if data is not None:
            states.setdefault(case_id, {})[record_id] = record_from_json(
                record_id, case_id, kind, data)
    return BatchCases(
        {case_id: CaseState(case_id, states.get(case_id, {}), purged.get(case_id))
         for case_id in scopes},
        scopes, {case_id: frozenset(hidden.get(case_id, ())) for case_id in scopes})


def _load(conn: sa.Connection, org_id: uuid.UUID, case_ids: Iterable[str]) -> BatchCases:
    """Every record of each case decoded (``confidential`` left empty)."""
    ids = sorted({uuid.UUID(c) for c in case_ids})
    states: dict[str, dict[str, RecordState]] = {}
    purged: dict[str, PurgeMark] = {}
    scopes: dict[str, CaseScope] = {}
    if not ids:
        return BatchCases({}, {}, {})
    lock_cases(conn, ids)
    rows = conn.execute(sa.select(records).where(
        records.c.org_id == org_id, pg_bulk.any_of(records.c.case_id, ids, conn)))
    for row in rows:
        m = row._mapping
        case_id, record_id = str(m["case_id"]), str(m["record_id"])
        scopes.setdefault(case_id, CaseScope(m["team_id"], m["site_id"], m["assigned_to"],
                                             m["pending_site_id"]))
        data = m["fields"]
        if "cp" in data:
            purged[case_id] = mark_from_json(data["cp"])
            continue
        states.setdefault(case_id, {})[record_id] = record_from_json(
            record_id, case_id, m["kind"], data)
    cases = {case_id: CaseState(case_id, states.get(case_id, {}), purged.get(case_id))
             for case_id in scopes}
    return BatchCases(cases, scopes, {})


_REWRITTEN: Final = ("fields", "deleted", "team_id", "site_id", "assigned_to",
                     "pending_site_id", "updated_at")
"""What an upsert of a record that exists replaces (its id, organisation, case and kind stay)."""
_PG_UPSERT_CONFLICT: Final = "ON CONFLICT (record_id) DO UPDATE SET " + ", ".join(
    f"{name} = excluded.{name}" for name in _REWRITTEN)


def _upsert(conn: sa.Connection, rows: list[dict[str, object]]) -> None:
    if not rows:
        return
    if conn.dialect.name == "postgresql":  # one fixed statement, arrays for columns (pg_bulk)
        pg_bulk.insert_rows(conn, records, rows, conflict=_PG_UPSERT_CONFLICT)
        return
    insert = sqlite.insert(records)
    conn.execute(insert.on_conflict_do_update(
        index_elements=[records.c.record_id],
        set_={name: insert.excluded[name] for name in _REWRITTEN}), rows)


def store_cases(conn: sa.Connection, org_id: uuid.UUID, before: Mapping[str, CaseState],
                after: Mapping[str, CaseState], scopes: Mapping[str, CaseScope],
                *, stored: Mapping[str, CaseScope], now: datetime) -> None:
    """Write the records that changed from ``before`` to ``after``, and every case's scope.

    A purged case's rows are replaced by its purge mark; a purged record's row keeps only its
    mark. Records untouched by the batch are the same objects in both states and not rewritten.
    ``stored`` is each existing case's scope as loaded (:func:`load_for_batch`): the scope
    columns of a case's other records are rewritten only when its scope differs from it, so an
    ordinary edit costs no statement per case.
    """
    rows: list[dict[str, object]] = []
    for case_id, case in after.items():
        scope = scopes[case_id]
        old = before.get(case_id)
        common = {"org_id": org_id, "case_id": uuid.UUID(case_id), "team_id": scope.team_id,
                  "site_id": scope.site_id, "assigned_to": scope.assigned_to,
                  "pending_site_id": scope.pending_site_id, "updated_at": now}
        if case.purged is not None:
            if old is None or old.purged != case.purged:
                conn.execute(sa.delete(records).where(records.c.org_id == org_id,
                                                      records.c.case_id == uuid.UUID(case_id)))
                rows.append({**common, "record_id": uuid.UUID(case_id), "kind": "case",
                             "deleted": True, "fields": {
                                 "cp": [case.purged.stamp.encode(), case.purged.author]}})
            continue
        for record_id, record in case.records.items():
            if old is not None and old.records.get(record_id) is record:
                continue
            rows.append({**common, "record_id": uuid.UUID(record_id), "kind": record.kind,
                         "fields": record_to_json(record),
                         "deleted": record_status(record) in ("deleted", "purged")})
        if old is not None and stored.get(case_id) != scope:
            conn.execute(sa.update(records).where(
                records.c.org_id == org_id, records.c.case_id == uuid.UUID(case_id),
                sa.or_(records.c.team_id.is_distinct_from(scope.team_id),
                       records.c.site_id.is_distinct_from(scope.site_id),
                       records.c.assigned_to.is_distinct_from(scope.assigned_to),
                       records.c.pending_site_id.is_distinct_from(scope.pending_site_id)),
            ).values(team_id=scope.team_id, site_id=scope.site_id,
                     assigned_to=scope.assigned_to, pending_site_id=scope.pending_site_id))
    _upsert(conn, rows)


# -- conflicts ---------------------------------------------------------------------------------

def _conflict_uuid(conflict: Conflict) -> uuid.UUID:
    return uuid.UUID(hex=conflict.conflict_id)


def record_conflict_changes(conn: sa.Connection, org_id: uuid.UUID,
                            opened: Iterable[Conflict], closed: Iterable[Conflict],
                            erased: Iterable[tuple[str, str | None]], *, now: datetime,
                            resolved_by: uuid.UUID) -> None:
    """Mirror a batch's conflicts: insert ``opened``, mark ``closed`` resolved (dropping their
    values), then delete every conflict of the ``erased`` (case id, record id or None for the
    whole case)."""
    for conflict in closed:
        summary = conflict_to_json(conflict)
        summary["v"] = [[s.stamp.encode(), s.author] for s in conflict.sides]  # no values
        conn.execute(sa.update(conflicts).where(conflicts.c.id == _conflict_uuid(conflict))
                     .values(status="resolved", resolved_at=now, resolved_by=resolved_by,
                             detail=summary))
    for conflict in opened:
        conn.execute(sa.delete(conflicts).where(conflicts.c.id == _conflict_uuid(conflict)))
        conn.execute(sa.insert(conflicts).values(
            id=_conflict_uuid(conflict), org_id=org_id, case_id=uuid.UUID(conflict.case_id),
            record_id=uuid.UUID(conflict.record_id), field=conflict.field or "",
            detail=conflict_to_json(conflict), status="open", created_at=now))
    for case_id, record_id in erased:
        statement = sa.delete(conflicts).where(conflicts.c.org_id == org_id,
                                               conflicts.c.case_id == uuid.UUID(case_id))
        if record_id is not None:
            statement = statement.where(conflicts.c.record_id == uuid.UUID(record_id))
        conn.execute(statement)


def open_conflicts(conn: sa.Connection, org_id: uuid.UUID, case_ids: Iterable[str]
                   ) -> tuple[Conflict, ...]:
    """The open conflicts of these cases, in a stable order."""
    wanted = sorted({uuid.UUID(c) for c in case_ids})
    if not wanted:
        return ()
    rows = conn.execute(sa.select(conflicts.c.detail).where(
        conflicts.c.org_id == org_id, conflicts.c.case_id.in_(wanted),
        conflicts.c.status == "open").order_by(conflicts.c.case_id, conflicts.c.id))
    return tuple(conflict_from_json(row.detail, "conflict") for row in rows)
