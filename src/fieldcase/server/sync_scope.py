"""Which cases a device holds, so a pull can send a case that enters its scope whole and tell
the device to purge one that left it.

The feed filters entries by the device's scope *now*, so on its own it cannot do either: a case
reassigned to a worker has history from before the worker's cursor, and a case reassigned away
simply stops appearing. So the server keeps, per device, the cases it has been sent
(``device_cases``), and on every pull compares them with the scope:

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
``g``, carried inside the cursor the device sends back. A device applies a pull and stores its
cursor in one local transaction, so a request carrying generation ``r`` proves the device
applied every response up to ``r`` and none after. Rows stamped with a generation above ``r``
were therefore never applied: ``held`` ones are forgotten (the case is sent again), ``leaving``
ones are sent again; ``leaving`` rows at or below ``r`` are done and deleted. A device that
starts over from an empty cursor (generation 0) receives everything again.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Final

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from fieldcase.server.db import device_cases
from fieldcase.server.feed import Scope

MAX_OUT_OF_SCOPE: Final = 5000
"""Most case ids one answer lists in ``oos`` (the wire's limit); the rest follow next pull."""


@dataclass(frozen=True, slots=True)
class ScopeDelta:
    """What this pull must do about scope: ``entering`` cases to send whole (in order, the
    caller sends as many as fit and reports the rest with :func:`mark_held`), ``leaving``
    cases to list in ``oos`` (already recorded), and the generation to stamp."""

    entering: tuple[uuid.UUID, ...]
    leaving: tuple[uuid.UUID, ...]
    generation: int
    returning: bool = False
    """Some ``leaving`` case is in scope (a reset): it is sent whole once the device confirms
    the purge, so the device should pull again at once."""


def reconcile(conn: sa.Connection, org_id: uuid.UUID, device_id: uuid.UUID, scope: Scope,
              confirmed: int, *, refresh: frozenset[uuid.UUID] = frozenset(),
              reset: frozenset[uuid.UUID] = frozenset()) -> ScopeDelta:
    """Compare the device's held cases with ``scope``; ``confirmed`` is the request's generation.

    ``refresh``: cases to send whole again although held (confidential parts came into view);
    ``reset``: cases to list in ``oos`` although in scope (a confidential part left view), so
    they are sent whole again once the device confirms the purge. Records the leaving cases
    (stamped with the new generation); entering cases are recorded by the caller with
    :func:`mark_held` once it knows how many fit in the answer."""
    mine = device_cases.c.device_id == device_id
    conn.execute(sa.delete(device_cases).where(
        mine, device_cases.c.sent_gen > confirmed, device_cases.c.state == "held"))
    conn.execute(sa.delete(device_cases).where(
        mine, device_cases.c.sent_gen <= confirmed, device_cases.c.state == "leaving"))
    in_scope: set[uuid.UUID] = set()
    for row in conn.execute(scope.case_ids(org_id).distinct()):
        case_id = row[0]
        assert isinstance(case_id, uuid.UUID)
        in_scope.add(case_id)
    held: dict[uuid.UUID, str] = {
        row.case_id: row.state
        for row in conn.execute(sa.select(device_cases.c.case_id, device_cases.c.state)
                                .where(mine))}
    resetting = sorted(reset & in_scope)
    # Every remaining "leaving" row is unconfirmed (the confirmed ones were deleted above): list
    # it again, in scope or not, so a device that missed an ``oos`` never keeps what it had.
    still_leaving = sorted(c for c, state in held.items() if state == "leaving")
    newly_leaving = sorted(c for c, state in held.items()
                           if state == "held" and c not in in_scope)
    leaving = list(dict.fromkeys(resetting + still_leaving + newly_leaving))[:MAX_OUT_OF_SCOPE]
    entering = sorted(c for c in in_scope if c not in reset
                      and (c not in held or (c in refresh and held[c] == "held")))
    generation = confirmed + 1 if entering or leaving else confirmed
    _record(conn, device_id, leaving, "leaving", generation)
    return ScopeDelta(tuple(entering), tuple(leaving), generation,
                      returning=any(c in in_scope for c in leaving))


def _record(conn: sa.Connection, device_id: uuid.UUID, case_ids: list[uuid.UUID], state: str,
            generation: int) -> None:
    """Upsert, so two pulls of one device at once cannot trip over each other's rows."""
    if not case_ids:
        return
    insert = (postgresql.insert(device_cases) if conn.dialect.name == "postgresql"
              else sqlite.insert(device_cases))
    conn.execute(insert.on_conflict_do_update(
        index_elements=[device_cases.c.device_id, device_cases.c.case_id],
        set_={"state": insert.excluded.state, "sent_gen": insert.excluded.sent_gen}),
        [{"device_id": device_id, "case_id": c, "state": state, "sent_gen": generation}
         for c in case_ids])


def mark_held(conn: sa.Connection, device_id: uuid.UUID, case_ids: list[uuid.UUID],
              generation: int) -> None:
    """Record that these cases were sent whole in the answer of ``generation``."""
    _record(conn, device_id, case_ids, "held", generation)


def forget_held(conn: sa.Connection, device_id: uuid.UUID, case_ids: list[uuid.UUID]) -> None:
    """Forget that the device holds these cases whole, so the next pull sends them whole (a
    refresh that did not fit in this answer)."""
    if case_ids:
        conn.execute(sa.delete(device_cases).where(device_cases.c.device_id == device_id,
                                                   device_cases.c.case_id.in_(case_ids)))


def mark_pushed(conn: sa.Connection, device_id: uuid.UUID, case_ids: set[str]) -> None:
    """The device holds the cases it pushed changes to (it made them or had them already).

    Recorded with generation 0, which every request has confirmed: the device holds these
    whatever becomes of its pull answers. If such a case is outside its scope at the next
    pull, the device is told to purge it."""
    if not case_ids:
        return
    insert = (postgresql.insert(device_cases) if conn.dialect.name == "postgresql"
              else sqlite.insert(device_cases))
    conn.execute(insert.on_conflict_do_nothing(
        index_elements=[device_cases.c.device_id, device_cases.c.case_id]),
        [{"device_id": device_id, "case_id": uuid.UUID(c), "state": "held", "sent_gen": 0}
         for c in sorted(case_ids)])
