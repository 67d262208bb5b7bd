"""Which cases a device holds, so a pull can send a case that enters its scope whole and tell
the device to purge one that left it, at a cost that follows what changed, not the scope.

The feed filters entries by the device's scope *now*, so on its own it cannot do either: a case
reassigned to a worker has history from before the worker's cursor, and a case reassigned away
simply stops appearing. So the server keeps, per device, the cases it has been sent
(``device_cases``) and compares them with the scope (``case_scopes``):

- in scope, not held: **entering**. The pull sends the case's whole history from the feed
  (``backfill``; duplicates of entries the device has are harmless, merges are idempotent) and
  records the case as ``held``;
- held, out of scope: **leaving**. The pull lists the case in ``oos`` and records it as
  ``leaving``; the device purges its local copy.

Confidential parts (``server.sync_pull``): a case whose confidential parts came into the
device's view is *refreshed* (sent whole again although held); one where a part the device may
hold left its view is *reset*: listed in ``oos`` although in scope, and, being in scope with no
``held`` row once the device confirmed the purge, sent whole (without the part) next pull.

Lost responses. Each pull that sends a backfill or an ``oos`` list gets a new *generation*
``g`` (one more than the highest this device was ever issued, so two answers never share
one), carried inside the cursor the device sends back. A device applies a pull and stores its
cursor in one local transaction, so a request carrying generation ``r`` proves the device
applied the answer of ``r``, and (each request carrying the last answer it applied) none
issued after it. Rows stamped above ``r`` were never applied: ``held`` ones are forgotten (the
case is sent again), ``leaving`` ones are sent again; ``leaving`` rows at or below ``r`` are
done and deleted. A device that starts over from an empty cursor (generation 0) receives
everything again; so does one whose generation this server never issued.

Cost (``device_scopes``, one row per device). A **full** reconcile reads every case in scope
and every row the device holds: O(scope). It runs when the device has no state yet, when the
request's generation is not the one the last answer carried (a lost or replayed answer), when
the user's role, team or site changed since the last pull (a re-scope: cases out of the new
scope are purged), and after an answer that could not say everything (entering cases left for
the next page, an ``oos`` list cut at :data:`MAX_OUT_OF_SCOPE`, a reset case to send again).
Otherwise the device's rows are known to match its scope for every case whose scope did not
change since the stored horizon (``case_scopes.horizon``, taken before the scope rows were
read), so the pull reconciles only the cases named in ``scope_changes`` since then plus the
refresh/reset cases: nothing at all, not one row written, when those are empty.

Two pulls of one device at once: the request's device look-up locks the device's row
(``sync_store.DeviceFinder``, PostgreSQL ``FOR NO KEY UPDATE``; SQLite holds the write lock
already), so the second waits for the first to commit, and :func:`begin`, a later statement,
then sees its rows and its state: a replay of the same cursor is then a lost answer,
reconciled in full.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Final

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from fieldcase.server import case_scopes, feed
from fieldcase.server.db import (
    device_cases,
    device_forgotten,
    device_scopes,
    devices,
    services,
)
from fieldcase.server.sync_store import DeviceUser

MAX_OUT_OF_SCOPE: Final = 5000
"""Most case ids one answer lists in ``oos`` (the wire's limit); the rest follow next pull."""
UNSENT: Final = 2 ** 62
"""Generation of a ``leaving`` row not yet listed to the device (cut from a full ``oos``): above
any generation a cursor can carry, so no request confirms it before it was sent."""


@dataclass(frozen=True, slots=True)
class ScopeKey:
    """What the user's scope and view depend on (the device's user never changes)."""

    role: str
    team_id: uuid.UUID | None
    site_id: uuid.UUID | None

    @classmethod
    def of(cls, user: DeviceUser) -> ScopeKey:
        return cls(user.role.value, user.team_id, user.site_id)


@dataclass(frozen=True, slots=True)
class DeviceScope:
    """A device's reconcile state as the last pull left it."""

    expected: int
    """The generation the last answer carried: a request with it lost nothing."""
    issued: int
    """The highest generation ever issued to the device."""
    horizon: int | None
    """The scope-change horizon its rows match the scope at; None: reconcile in full."""
    leaving: bool
    """Some ``leaving`` rows may wait for the device's confirmation."""
    key: ScopeKey


@dataclass(frozen=True, slots=True)
class ScopeDelta:
    """What this pull must do about scope: ``entering`` cases to send whole (in order, the
    caller sends as many as fit and reports them with :func:`settle`), ``leaving`` cases to
    list in ``oos`` (already recorded), and the generation to stamp."""

    entering: tuple[uuid.UUID, ...]
    leaving: tuple[uuid.UUID, ...]
    generation: int
    returning: bool = False
    """Some ``leaving`` case is in scope (a reset): it is sent whole once the device confirms
    the purge, so the device should pull again at once."""
    full: bool = False
    """This pull reconciled the whole scope (observable by tests; nothing depends on it)."""
    issued: int = 0
    horizon: int | None = None
    """The horizon the device's rows match the scope at once every entering case is sent;
    None when this answer leaves something for a full reconcile next pull."""


@dataclass(frozen=True, slots=True)
class PullStart:
    """What a pull reads first, in one statement: the device's state and both horizons."""

    state: DeviceScope | None
    """None: the device was never reconciled."""
    feed_horizon: feed.Cursor
    """The feed's horizon (``feed.horizon``), for ``feed.read``."""
    scope_horizon: int
    """The scope-change horizon (``case_scopes.horizon``), taken before any scope row is
    read, for :func:`reconcile`."""
    forgets: bool = False
    """The device forgot some case it holds by retention (``forgotten_cases``): only then
    does a pull look for them among its entries."""
    directory_version: int = 0
    """The organisation's service directory version (``service_directory``; 0: none), which
    the last page tells the device: read here so a no-op pull costs no extra statement."""


_BEGIN: dict[str, sa.Select[tuple[object, ...]]] = {}


def _begin_statement(conn: sa.Connection) -> sa.Select[tuple[object, ...]]:
    """:func:`begin`'s statement, built once per back end with the device and organisation
    as parameters (as ``sync_store`` builds its statements: one built per pull cost more of a
    no-op pull's CPU than running it)."""
    statement = _BEGIN.get(conn.dialect.name)
    if statement is None:
        statement = _BEGIN[conn.dialect.name] = (
            sa.select(device_scopes, feed.horizon_column(conn).label("feed_horizon"),
                      case_scopes.horizon_column(conn).label("scope_horizon"),
                      sa.exists().where(device_forgotten.c.device_id == devices.c.id)
                      .label("forgets"),
                      sa.select(sa.func.coalesce(sa.func.max(services.c.version), 0))
                      .where(services.c.org_id == sa.bindparam("org", type_=sa.Uuid))
                      .scalar_subquery().label("directory_version"))
            .select_from(devices.outerjoin(device_scopes,
                                           device_scopes.c.device_id == devices.c.id))
            .where(devices.c.id == sa.bindparam("device", type_=sa.Uuid)))
    return statement


def begin(conn: sa.Connection, device_id: uuid.UUID, org_id: uuid.UUID) -> PullStart:
    """The device's state and the horizons, in one statement (on PostgreSQL both horizons are
    the same snapshot's oldest running transaction).

    The caller must already hold the device's row lock (``sync_store.DeviceFinder(lock=True)``,
    which ``signed_call.run_signed`` uses): two pulls of one device then take turns, and this
    statement, started after the lock was granted, sees what the pull it waited for recorded.
    Read in the statement that waits for the lock, the state would be the one from before the
    wait (PostgreSQL re-reads only the locked row, not the rows joined to it)."""
    row = conn.execute(_begin_statement(conn), {"device": device_id, "org": org_id}).one()
    state = None
    if row.expected_gen is not None:
        state = DeviceScope(row.expected_gen, row.issued_gen, row.horizon, row.leaving,
                            ScopeKey(row.role, row.team_id, row.site_id))
    return PullStart(state, feed.horizon_from(conn, row.feed_horizon), int(row.scope_horizon),
                     bool(row.forgets), int(row.directory_version))


def held_cases(conn: sa.Connection, device_id: uuid.UUID) -> list[uuid.UUID]:
    """The cases the device holds (not those it was told to purge). O(held): for re-scopes."""
    return list(conn.execute(sa.select(device_cases.c.case_id).where(
        device_cases.c.device_id == device_id, device_cases.c.state == "held")).scalars())


def reconcile(conn: sa.Connection, user: DeviceUser, start: PullStart, confirmed: int, *,
              refresh: frozenset[uuid.UUID] = frozenset(),
              reset: frozenset[uuid.UUID] = frozenset()) -> ScopeDelta:
    """Compare the device's held cases with its user's scope; ``confirmed`` is the request's
    generation, ``start`` what :func:`begin` returned.

    ``refresh``: cases to send whole again although held (confidential parts came into view);
    ``reset``: cases to list in ``oos`` although in scope (a confidential part left view), so
    they are sent whole again once the device confirms the purge. Records the leaving cases
    (stamped with the new generation); entering cases are recorded by the caller with
    :func:`settle` once it knows how many fit in the answer."""
    state, mark = start.state, start.scope_horizon  # the horizon: before any scope row is read
    if state is not None and confirmed > state.issued:
        confirmed = 0  # not a generation this server issued: start over
    if (state is None or state.horizon is None or confirmed != state.expected
            or state.key != ScopeKey.of(user)):
        return _full(conn, user, state, confirmed, mark, refresh, reset)
    mine = device_cases.c.device_id == user.device_id
    if state.leaving:  # every row is at or below ``confirmed``: the purges are done
        conn.execute(sa.delete(device_cases).where(mine, device_cases.c.state == "leaving"))
    wanted = case_scopes.changed_since(conn, user.org_id, state.horizon) | refresh | reset
    if not wanted:
        return ScopeDelta((), (), confirmed, issued=state.issued, horizon=state.horizon)
    scope = user.scope
    in_scope = {case_id for case_id, s in case_scopes.scope_of(conn, user.org_id, wanted).items()
                if scope.admits(s.team_id, s.site_id, s.assigned_to, s.pending_site_id)}
    held: dict[uuid.UUID, str] = {}
    for part in case_scopes.chunks(sorted(wanted)):
        held.update((row.case_id, row.state) for row in conn.execute(
            sa.select(device_cases.c.case_id, device_cases.c.state)
            .where(mine, device_cases.c.case_id.in_(part))))
    return _delta(conn, user.device_id, state.issued, confirmed, mark, in_scope, held,
                  refresh, reset, full=False)


def _full(conn: sa.Connection, user: DeviceUser, state: DeviceScope | None, confirmed: int,
          mark: int, refresh: frozenset[uuid.UUID], reset: frozenset[uuid.UUID]
          ) -> ScopeDelta:
    mine = device_cases.c.device_id == user.device_id
    conn.execute(sa.delete(device_cases).where(
        mine, device_cases.c.sent_gen > confirmed, device_cases.c.state == "held"))
    conn.execute(sa.delete(device_cases).where(
        mine, device_cases.c.sent_gen <= confirmed, device_cases.c.state == "leaving"))
    in_scope = {case_id for (case_id,) in conn.execute(user.scope.case_ids(user.org_id))}
    held: dict[uuid.UUID, str] = {row.case_id: row.state for row in conn.execute(
        sa.select(device_cases.c.case_id, device_cases.c.state).where(mine))}
    issued = state.issued if state is not None else confirmed
    return _delta(conn, user.device_id, issued, confirmed, mark, in_scope, held, refresh,
                  reset, full=True)


def _delta(conn: sa.Connection, device_id: uuid.UUID, issued: int, confirmed: int, mark: int,
           in_scope: set[uuid.UUID], held: dict[uuid.UUID, str],
           refresh: frozenset[uuid.UUID], reset: frozenset[uuid.UUID], *, full: bool
           ) -> ScopeDelta:
    """The entering and leaving cases among ``in_scope`` and ``held`` (the whole scope, or the
    cases that may have changed), and the leaving ones recorded."""
    resetting = sorted(reset & in_scope)
    # Every remaining "leaving" row is unconfirmed (the confirmed ones were deleted): list it
    # again, in scope or not, so a device that missed an ``oos`` never keeps what it had.
    still_leaving = sorted(c for c, state in held.items() if state == "leaving")
    newly_leaving = sorted(c for c, state in held.items()
                           if state == "held" and c not in in_scope)
    candidates = list(dict.fromkeys(resetting + still_leaving + newly_leaving))
    leaving = candidates[:MAX_OUT_OF_SCOPE]
    entering = sorted(c for c in in_scope if c not in reset
                      and (c not in held or (c in refresh and held[c] == "held")))
    generation = issued + 1 if entering or leaving else confirmed
    _record(conn, device_id, leaving, "leaving", generation)
    _record(conn, device_id, [c for c in candidates[MAX_OUT_OF_SCOPE:]
                              if held.get(c) == "leaving"], "leaving", UNSENT)
    returning = any(c in in_scope for c in leaving)
    cut = len(candidates) > len(leaving)
    return ScopeDelta(tuple(entering), tuple(leaving), generation, returning=returning,
                      full=full, issued=max(issued, generation),
                      horizon=None if returning or cut else mark)


def settle(conn: sa.Connection, user: DeviceUser, state: DeviceScope | None,
           delta: ScopeDelta, sent: list[uuid.UUID]) -> None:
    """Record that ``sent`` (a prefix of ``delta.entering``) went whole in this answer, and
    the device's new state; writes nothing when neither changed (a no-op pull).

    ``leaving`` rows exist afterwards only if this answer listed some: a narrowed reconcile
    deleted them all first (all confirmed), a full one relisted every unconfirmed one."""
    _record(conn, user.device_id, sent, "held", delta.generation)
    after = DeviceScope(delta.generation, delta.issued,
                        delta.horizon if len(sent) == len(delta.entering) else None,
                        bool(delta.leaving), ScopeKey.of(user))
    if after == state:
        return
    values = {"expected_gen": after.expected, "issued_gen": after.issued,
              "horizon": after.horizon, "leaving": after.leaving, "role": after.key.role,
              "team_id": after.key.team_id, "site_id": after.key.site_id}
    insert = (postgresql.insert(device_scopes) if conn.dialect.name == "postgresql"
              else sqlite.insert(device_scopes))
    conn.execute(insert.values(device_id=user.device_id, **values).on_conflict_do_update(
        index_elements=[device_scopes.c.device_id], set_=values))


def _record(conn: sa.Connection, device_id: uuid.UUID, case_ids: list[uuid.UUID], state: str,
            generation: int) -> None:
    """Upsert, so a push's :func:`mark_pushed` and a pull cannot trip over each other."""
    if not case_ids:
        return
    insert = (postgresql.insert(device_cases) if conn.dialect.name == "postgresql"
              else sqlite.insert(device_cases))
    conn.execute(insert.on_conflict_do_update(
        index_elements=[device_cases.c.device_id, device_cases.c.case_id],
        set_={"state": insert.excluded.state, "sent_gen": insert.excluded.sent_gen}),
        [{"device_id": device_id, "case_id": c, "state": state, "sent_gen": generation}
         for c in case_ids])


def forget_held(conn: sa.Connection, device_id: uuid.UUID, case_ids: list[uuid.UUID]) -> None:
    """Forget that the device holds these cases whole, so the next pull sends them whole (a
    refresh that did not fit in this answer; the next pull reconciles in full)."""
    for part in case_scopes.chunks(case_ids):
        conn.execute(sa.delete(device_cases).where(device_cases.c.device_id == device_id,
                                                   device_cases.c.case_id.in_(part)))


def start_over(conn: sa.Connection, device_id: uuid.UUID) -> None:
    """Forget everything the device was sent or pushed and its scope state: it holds no case
    (travel mode erased its store), so the pull that follows reconciles in full and sends
    every case in scope whole. Runs under the device's row lock, like every pull."""
    conn.execute(sa.delete(device_cases).where(device_cases.c.device_id == device_id))
    conn.execute(sa.delete(device_scopes).where(device_scopes.c.device_id == device_id))


def mark_pushed(conn: sa.Connection, device_id: uuid.UUID, case_ids: set[str]) -> None:
    """The device holds the cases it pushed changes to (it made them or had them already).

    Recorded with generation 0, which every request has confirmed: the device holds these
    whatever becomes of its pull answers. Such a case is in the device's scope (the push was
    authorized) unless the push changed its scope, which ``scope_changes`` logs: either way the
    next pull that must purge it finds it."""
    if not case_ids:
        return
    insert = (postgresql.insert(device_cases) if conn.dialect.name == "postgresql"
              else sqlite.insert(device_cases))
    conn.execute(insert.on_conflict_do_nothing(
        index_elements=[device_cases.c.device_id, device_cases.c.case_id]),
        [{"device_id": device_id, "case_id": uuid.UUID(c), "state": "held", "sent_gen": 0}
         for c in sorted(case_ids)])
