"""The change feed: an append-only log of accepted changes that devices pull with a cursor.

The promise: a device that pulls from cursor C again and again sees every change committed
after C exactly once, in one fixed order, however pushes interleave. The obvious design
(``WHERE seq > :cursor ORDER BY seq`` over a sequence) breaks it on PostgreSQL: sequence
numbers are handed out when a row is *inserted*, not when its transaction *commits*, so a
reader can see row 12 (committed) before row 11 (still in flight), move its cursor to 12 and
never see 11. Measured under 8 concurrent writers: hundreds of skipped rows per thousand.

The position used here is ``(txid, seq)``, where ``txid`` is the writing transaction's
64-bit id (``pg_current_xact_id()``, set by a column default) and a reader only looks at rows
whose ``txid`` is below the *horizon* ``pg_snapshot_xmin(pg_current_snapshot())``, the oldest
transaction still running. Every transaction below the horizon has finished, and every
transaction that can still commit has an id at or above it, so the rows below the horizon are
final: none will ever appear among them. Paging through a final set in ``(txid, seq)`` order
cannot skip. Writers are never serialised; an in-flight transaction only holds the horizon
back (its rows, and everything after it, wait until it ends). See docs/server.md.

On SQLite there is one writer at a time and every transaction takes the write lock up front,
so ``seq`` (an AUTOINCREMENT rowid, ``txid`` = 0) is already commit order and the horizon is
simply the largest ``seq``.

What can go wrong: a transaction left open on the PostgreSQL *cluster* (any database) stalls
every feed until it ends (pulls return nothing new; nothing is lost). Set
``idle_in_transaction_session_timeout`` on the server. Cursors belong to one database: a
cursor from another server database is accepted but meaningless.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ClassVar, Final
from uuid import UUID

import sqlalchemy as sa
from sqlalchemy.dialects import sqlite

from fieldcase.server import pg_bulk
from fieldcase.server.db import case_scopes, changes
from fieldcase.server.sync_state import as_text

CURSOR_PREFIX: Final = "c1"
MAX_PAGE: Final = 10_000


class FeedError(Exception):
    """A feed request that cannot be served; ``kind`` names the problem."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True, order=True)
class Cursor:
    """A position in the feed: everything at or before it has been read."""

    txid: int
    seq: int

    START: ClassVar[Cursor]

    def encode(self) -> str:
        return f"{CURSOR_PREFIX}.{self.txid}.{self.seq}"

    @classmethod
    def decode(cls, text: str | None) -> Cursor:
        """Parse a cursor a client sent back; None or "" is the start of the feed."""
        if not text:
            return cls.START
        parts = text.split(".")
        if len(parts) != 3 or parts[0] != CURSOR_PREFIX or not all(
            p.isascii() and p.isdigit() and len(p) <= 19 for p in parts[1:]
        ):
            raise FeedError("invalid_cursor", "cursor: not a cursor this server issued")
        return cls(int(parts[1]), int(parts[2]))


Cursor.START = Cursor(0, 0)


@dataclass(frozen=True)
class Change:
    """One accepted change, as the feed stores it (the payload is opaque bytes)."""

    change_id: UUID
    case_id: UUID
    record_id: UUID
    kind: str
    op: str
    payload: bytes
    hlc: str
    author: str
    device_id: UUID


@dataclass(frozen=True)
class FeedEntry:
    """A change read back from the feed. ``payload`` is None once the case was erased."""

    position: Cursor
    change_id: UUID
    case_id: UUID
    record_id: UUID
    kind: str
    op: str
    payload: bytes | None
    hlc: str
    author: str
    device_id: UUID
    accepted_at: datetime


@dataclass(frozen=True)
class AppendResult:
    """``accepted`` lists every change id of the batch (new or already stored), in order."""

    accepted: tuple[UUID, ...]
    inserted: tuple[UUID, ...]
    duplicates: tuple[UUID, ...]


@dataclass(frozen=True)
class FeedPage:
    entries: tuple[FeedEntry, ...]
    next_cursor: Cursor
    more: bool  # True: more entries are ready now; False: caught up (pull again later)


@dataclass(frozen=True)
class Scope:
    """Which cases of the organisation a reader may see (the policy lives elsewhere).

    A case is in scope when its scope row (``case_scopes``, one per case) names one of
    ``teams``, or is unassigned at one of ``intake_sites``, or is assigned to ``assigned_to``,
    or waits for a transfer to one of ``pending_sites`` (a supervisor at the receiving site).
    An empty scope sees nothing.
    """

    teams: frozenset[UUID] = field(default_factory=frozenset)
    intake_sites: frozenset[UUID] = field(default_factory=frozenset)
    assigned_to: UUID | None = None
    pending_sites: frozenset[UUID] = field(default_factory=frozenset)

    def _conditions(self) -> list[sa.ColumnElement[bool]]:
        conditions: list[sa.ColumnElement[bool]] = []
        if self.teams:
            conditions.append(case_scopes.c.team_id.in_(sorted(self.teams)))
        if self.intake_sites:
            conditions.append(sa.and_(case_scopes.c.site_id.in_(sorted(self.intake_sites)),
                                      case_scopes.c.assigned_to.is_(None)))
        if self.assigned_to is not None:
            conditions.append(case_scopes.c.assigned_to == self.assigned_to)
        if self.pending_sites:
            conditions.append(case_scopes.c.pending_site_id.in_(sorted(self.pending_sites)))
        return conditions

    def case_ids(self, org_id: UUID) -> sa.Select[UUID] | sa.CompoundSelect[UUID]:
        """Every case in scope, once. A UNION of one indexed look-up per condition: on SQLite
        an OR across different columns would scan the organisation's whole scope table."""
        selects = [sa.select(case_scopes.c.case_id).where(case_scopes.c.org_id == org_id, c)
                   for c in self._conditions()]
        if not selects:
            return sa.select(case_scopes.c.case_id).where(sa.false())
        return selects[0] if len(selects) == 1 else sa.union(*selects)

    def holds(self, org_id: sa.ColumnElement[UUID], case_id: sa.ColumnElement[UUID]
              ) -> sa.ColumnElement[bool]:
        """Whether the case named by these columns (e.g. a feed row's) is in scope: its scope
        row, found by primary key, meets a condition. One indexed look-up per row.

        A scalar sub-query rather than EXISTS: PostgreSQL turns an EXISTS into a join and, by
        its estimates, may build the set of every case in scope first, which is what a pull
        that reads a few rows (or none) must not pay for."""
        return sa.select(sa.literal(1)).where(
            case_scopes.c.org_id == org_id, case_scopes.c.case_id == case_id,
            sa.or_(sa.false(), *self._conditions())).scalar_subquery().is_not(None)

    def admits(self, team_id: UUID | None, site_id: UUID | None,
               assigned_to: UUID | None, pending_site_id: UUID | None = None) -> bool:
        """The same test in Python, on a scope row already read."""
        return ((team_id is not None and team_id in self.teams)
                or (pending_site_id is not None and pending_site_id in self.pending_sites)
                or (site_id is not None and site_id in self.intake_sites
                    and assigned_to is None)
                or (assigned_to is not None and assigned_to == self.assigned_to))


def append(conn: sa.Connection, org_id: UUID, batch: Iterable[Change],
           *, now: datetime) -> AppendResult:
    """Store ``batch`` inside the caller's transaction; idempotent by ``change_id``.

    A change id already stored for this organisation is a no-op reported as accepted (a
    client whose acknowledgement was lost pushes it again). A change id stored for another
    organisation raises ``FeedError("change_id_taken")``: the batch must be rolled back.
    Concurrent pushes of the same id are safe: the unique constraint makes the second wait for
    the first and then do nothing.
    """
    unique: dict[UUID, Change] = {}
    for change in batch:
        unique.setdefault(change.change_id, change)
    if not unique:
        return AppendResult((), (), ())
    rows = [_row(org_id, change, now) for change in unique.values()]
    if conn.dialect.name == "postgresql":  # one fixed statement, arrays for columns (pg_bulk)
        inserted = set(pg_bulk.insert_rows(conn, changes, rows,
                                           conflict="ON CONFLICT (change_id) DO NOTHING",
                                           returning="change_id"))
    else:
        statement = sqlite.insert(changes).on_conflict_do_nothing(
            index_elements=[changes.c.change_id]).returning(changes.c.change_id)
        inserted = {row.change_id for row in conn.execute(statement, rows)}
    duplicates = [cid for cid in unique if cid not in inserted]
    if duplicates:
        _check_same_org(conn, org_id, duplicates)
    return AppendResult(
        accepted=tuple(unique),
        inserted=tuple(cid for cid in unique if cid in inserted),
        duplicates=tuple(duplicates),
    )


def _row(org_id: UUID, change: Change, now: datetime) -> dict[str, object]:
    return {
        "change_id": change.change_id, "org_id": org_id, "case_id": change.case_id,
        "record_id": change.record_id, "kind": change.kind, "op": change.op,
        "payload": change.payload, "hlc": change.hlc, "author": change.author,
        "device_id": change.device_id, "accepted_at": now,
    }


def _check_same_org(conn: sa.Connection, org_id: UUID, change_ids: Sequence[UUID]) -> None:
    foreign = conn.execute(
        sa.select(sa.func.count()).select_from(changes).where(
            pg_bulk.any_of(changes.c.change_id, change_ids, conn), changes.c.org_id != org_id)
    ).scalar_one()
    if foreign:
        raise FeedError("change_id_taken", "change_id: already used by another organisation")


def pg_snapshot_xmin() -> sa.ColumnElement[int]:
    """PostgreSQL's oldest transaction still running, as the statement's snapshot sees it."""
    return sa.literal_column("pg_snapshot_xmin(pg_current_snapshot())::text::bigint",
                             sa.BigInteger)


def horizon_column(conn: sa.Connection) -> sa.ColumnElement[int]:
    """The horizon as a column, so a statement that reads something else can bring it along
    (a pull's first statement); :func:`horizon_from` turns the value into a cursor."""
    if conn.dialect.name == "postgresql":
        return pg_snapshot_xmin()
    return sa.select(sa.func.coalesce(sa.func.max(changes.c.seq), 0)).scalar_subquery()


def horizon_from(conn: sa.Connection, value: int) -> Cursor:
    return Cursor(int(value), 0) if conn.dialect.name == "postgresql" else Cursor(0, int(value))


def horizon(conn: sa.Connection) -> Cursor:
    """A position before which the feed is final: no row will ever appear there.

    Reading from a snapshot of ``records`` and then the feed from this cursor misses nothing
    (a change may arrive twice, which clients ignore by change id).
    """
    return horizon_from(conn, conn.execute(sa.select(horizon_column(conn))).scalar_one())


def _check_limit(limit: int) -> None:
    if not 1 <= limit <= MAX_PAGE:
        raise FeedError("invalid_limit", f"limit: must be between 1 and {MAX_PAGE}")


def _nothing_between(cursor: Cursor, final: Cursor) -> bool:
    """No row can be after ``cursor`` and below ``final`` (the bounds of :func:`_page_query`
    on either back end): the page is empty without a query. On SQLite, where ``final`` is the
    newest row's position, this is every pull of a device that is up to date."""
    return cursor >= final


def _page_query(conn: sa.Connection, columns: Sequence[Any],
                org_id: UUID, cursor: Cursor, limit: int, scope: Scope | None,
                final: Cursor) -> sa.Select[tuple[object, ...]]:
    """The rows after ``cursor`` and below ``final`` in scope, in feed order, one more than
    ``limit`` (to tell whether there are more); the callers have checked ``limit``."""
    query = sa.select(*columns).where(changes.c.org_id == org_id)
    if conn.dialect.name == "postgresql":
        position = sa.tuple_(changes.c.txid, changes.c.seq)
        query = query.where(position > sa.tuple_(sa.literal(cursor.txid, sa.BigInteger),
                                                 sa.literal(cursor.seq, sa.BigInteger)),
                            changes.c.txid < final.txid)
    else:
        # Every SQLite row has txid 0. Spelled as equality plus a range, not as a row value:
        # SQLite bounds an index range by a row value's first column only, so ``(txid, seq) >
        # (0, s)`` walked the organisation's whole feed on every pull (15 ms at 100,000 rows).
        query = query.where(changes.c.txid == cursor.txid, changes.c.seq > cursor.seq,
                            changes.c.seq <= final.seq)
    if scope is not None:
        query = query.where(scope.holds(changes.c.org_id, changes.c.case_id))
    return query.order_by(changes.c.txid, changes.c.seq).limit(limit + 1)


def read(conn: sa.Connection, org_id: UUID, cursor: Cursor, *, limit: int = 500,
         scope: Scope | None = None, final: Cursor | None = None) -> FeedPage:
    """Up to ``limit`` entries after ``cursor``, in feed order, and the cursor to send next.

    ``scope`` None means the whole organisation (server-side jobs); devices always pass one.
    Entries outside the scope are passed over, and the cursor still moves past them.
    ``final`` is a :func:`horizon` the caller took earlier in this transaction (a pull takes
    it with its first statement); None takes one now. An older horizon is as safe, only less
    fresh: rows below it were final when it was taken and stay so.
    """
    if final is None:
        final = horizon(conn)  # taken first: rows below it are final in later snapshots too
    _check_limit(limit)
    if _nothing_between(cursor, final):
        return FeedPage((), cursor, more=False)
    rows = conn.execute(_page_query(conn, [changes], org_id, cursor, limit, scope, final)
                        ).all()
    entries = tuple(_entry(row) for row in rows[:limit])
    if len(rows) > limit:
        return FeedPage(entries, entries[-1].position, more=True)
    return FeedPage(entries, max(cursor, final), more=False)


@dataclass(frozen=True, slots=True)
class PulledEntry:
    """What a device's pull uses of a feed row (:meth:`PullPage.entries`)."""

    position: Cursor
    case_id: UUID
    record_id: UUID
    kind: str
    op: str
    payload: bytes | None
    device_id: UUID


@dataclass(frozen=True, slots=True)
class PullPage:
    """A page of the feed as a device's pull reads it: every row's position and case, and the
    rest of a row made into an entry only for the cases the pull asks for.

    Why: a case that enters the device's scope is sent whole, so its rows in the page are
    dropped, and on a first sync (or travel mode) that is every row of every page. Built as
    ``FeedEntry`` each row cost four ``uuid.UUID`` and a datetime (5,000 rows a page, ~30 % of
    the server's time of an initial pull). Rows are read with their ids as text
    (``sync_state.raw_id``), and each distinct case id is made a ``uuid.UUID`` once."""

    rows: tuple[tuple[Any, ...], ...]
    """(txid, seq, case id, record id, kind, op, payload, device id), ids as read raw."""
    cases: Mapping[str, UUID]
    """Each case id of the page, raw as in ``rows``, and as an id."""
    next_cursor: Cursor
    more: bool

    @property
    def case_ids(self) -> frozenset[UUID]:
        return frozenset(self.cases.values())

    def entries(self, case_ids: Collection[UUID]) -> tuple[PulledEntry, ...]:
        """The page's rows of these cases, in feed order."""
        wanted = {raw: case_id for raw, case_id in self.cases.items() if case_id in case_ids}
        if not wanted:
            return ()
        return tuple(PulledEntry(Cursor(txid, seq), wanted[case], UUID(record), kind, op,
                                 None if payload is None else bytes(payload), UUID(device))
                     for txid, seq, case, record, kind, op, payload, device in self.rows
                     if case in wanted)


_PULLED: Final = (changes.c.txid, changes.c.seq, as_text(changes.c.case_id),
                  as_text(changes.c.record_id), changes.c.kind, changes.c.op, changes.c.payload,
                  as_text(changes.c.device_id))


def read_for_pull(conn: sa.Connection, org_id: UUID, cursor: Cursor, *, limit: int,
                  scope: Scope, final: Cursor) -> PullPage:
    """Like :func:`read` (same rows, same next cursor), as a :class:`PullPage`."""
    _check_limit(limit)
    if _nothing_between(cursor, final):
        return PullPage((), {}, cursor, more=False)
    rows = conn.execute(_page_query(conn, _PULLED, org_id, cursor, limit, scope, final)).all()
    page: tuple[tuple[Any, ...], ...] = tuple(tuple(row) for row in rows[:limit])
    cases: dict[str, UUID] = {}
    for row in page:
        if row[2] not in cases:
            cases[row[2]] = UUID(row[2])
    if len(rows) > limit:
        return PullPage(page, cases, Cursor(page[-1][0], page[-1][1]), more=True)
    return PullPage(page, cases, max(cursor, final), more=False)


def _entry(row: sa.Row[tuple[object, ...]]) -> FeedEntry:
    m = row._mapping
    return FeedEntry(
        position=Cursor(m["txid"], m["seq"]), change_id=m["change_id"], case_id=m["case_id"],
        record_id=m["record_id"], kind=m["kind"], op=m["op"], payload=m["payload"],
        hlc=m["hlc"], author=m["author"], device_id=m["device_id"],
        accepted_at=m["accepted_at"],
    )


def erase_case(conn: sa.Connection, org_id: UUID, case_id: UUID,
               *, keep: Iterable[UUID] = ()) -> int:
    """Blank the payload of every logged change of a case (an erasure purge); returns count.

    The rows stay, so positions and idempotency by change id keep working, but no readable
    copy of the content is left in the log. ``keep`` names changes to spare (the purge change
    itself, which must still travel to the devices).
    """
    statement = sa.update(changes).where(
        changes.c.org_id == org_id, changes.c.case_id == case_id,
        changes.c.payload.is_not(None),
    )
    spared = list(keep)
    if spared:
        statement = statement.where(changes.c.change_id.not_in(spared))
    return conn.execute(statement.values(payload=None)).rowcount
