"""The audit log: append-only, hash-chained, inside the encrypted store.

Each event's hash covers its content and the previous event's hash, so changing, removing or
reordering an event breaks the chain from that point on. Triggers refuse UPDATE and DELETE;
the chain is what still catches an attacker who holds the key and drops the triggers. The
head (last sequence number and hash) is kept in ``meta`` in the same transaction, so cutting
events off the end is caught too. What no local check can catch is a rewrite of the whole
chain by someone holding the key: the server's copy (sync) is the anchor for that.

Events carry ids, actions and counts — never names or case content.

The sync sends the events to the server in order (:func:`unsent`), and the server's answer
moves the high-water mark (:func:`mark_sent`, ``meta.audit_sent``): the last event the server
holds. The mark only saves bytes: the server keys events by (device, sequence) and ignores a
repeat, so an event sent again after a lost answer is harmless.

**An anchored log** (travel mode, ``storage.fresh_store``): the store that replaces an erased
one does not start a new chain; it continues the device's chain as the server holds it
(:func:`continuation`, :func:`restore`). Its ``meta.audit_anchor`` (:func:`anchor`) is the
server's acknowledged head (sequence number and hash, :func:`acknowledged_head`); the events
the server has yet to receive (only a sync's own records and unlocks: :func:`waiting`) are
carried over as they are, the new store's own events follow, and :func:`verify` walks the
chain from the anchor. The events up to the anchor are on the server only. Someone holding the key
could move the anchor past events they removed; they could as well rewrite the whole chain,
and in both cases the server, whose copy does not move with the laptop, refuses what follows.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from fieldcase.domain.audit_chain import GENESIS, ChainedEvent, canonical_details, event_hash

__all__ = ["CARRIED_ACTIONS", "GENESIS", "AuditEvent", "ChainReport", "Continuation",
           "acknowledged_head", "anchor", "append", "continuation", "event_hash", "events",
           "mark_sent", "page", "refused_reason", "restore", "sent_mark", "unsent", "users",
           "verify", "waiting"]

AuditEvent = ChainedEvent
"""One event as stored: the chain's own type (``domain.audit_chain``)."""


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    events: int
    problem: str | None = None


def append(raw: Any, *, event_id: str, device_time: str, hlc: str, user: str, action: str,
           case_id: str | None = None, details: Mapping[str, Any] | None = None) -> str:
    """Append one event inside the caller's transaction; returns its hash."""
    details_json = canonical_details(details)
    seq, prev_hash = _head(raw)
    digest = event_hash(prev_hash, event_id, device_time, hlc, user, action, case_id,
                        details_json)
    raw.execute(
        """INSERT INTO audit_log (seq, event_id, device_time, hlc, user, action, case_id,
               details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (seq + 1, event_id, device_time, hlc, user, action, case_id, details_json, prev_hash,
         digest))
    raw.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('audit_head', ?)",
                (f"{seq + 1}:{digest}",))
    return digest


def _head(raw: Any) -> tuple[int, str]:
    row = raw.execute("SELECT value FROM meta WHERE key = 'audit_head'").fetchone()
    if row is None:
        return 0, GENESIS
    seq, digest = str(row[0]).split(":", 1)
    return int(seq), digest


def events(raw: Any, *, case_id: str | None = None, limit: int = 1000) -> list[AuditEvent]:
    where, params = ("WHERE case_id = ?", (case_id,)) if case_id else ("", ())
    rows = raw.execute(
        f"SELECT seq, event_id, device_time, hlc, user, action, case_id, details, prev_hash, "  # noqa: S608
        f"hash FROM audit_log {where} ORDER BY seq DESC LIMIT ?", (*params, limit)).fetchall()
    return [AuditEvent(r[0], r[1], r[2], r[3], r[4], r[5], r[6], json.loads(r[7]), r[8], r[9])
            for r in rows]


def page(raw: Any, *, before_seq: int | None = None, user: str | None = None,
         case_id: str | None = None, actions: tuple[str, ...] | None = None,
         not_actions: tuple[str, ...] = (), since: str | None = None,
         until: str | None = None, limit: int = 100) -> list[AuditEvent]:
    """One window of the log, newest first, for a reader that pages through a large one:
    the events before ``before_seq`` (the last one of the previous window) that pass every
    filter. ``case_id`` matches an event about that case and an export that names it among
    its ``case_ids``; ``actions`` keeps only those, ``not_actions`` leaves those out;
    ``since`` and ``until`` bound ``device_time`` (ISO 8601 in UTC: since inclusive, until
    exclusive)."""
    where: list[str] = []
    params: list[Any] = []
    if before_seq is not None:
        where.append("seq < ?")
        params.append(before_seq)
    if user is not None:
        where.append("user = ?")
        params.append(user)
    if case_id is not None:
        where.append("(case_id = ? OR (case_id IS NULL AND EXISTS (SELECT 1 FROM "
                     "json_each(audit_log.details, '$.case_ids') WHERE value = ?)))")
        params += [case_id, case_id]
    if actions is not None:
        where.append(f"action IN ({', '.join('?' * len(actions)) or 'NULL'})")
        params += actions
    if not_actions:
        where.append(f"action NOT IN ({', '.join('?' * len(not_actions))})")
        params += not_actions
    if since is not None:
        where.append("device_time >= ?")
        params.append(since)
    if until is not None:
        where.append("device_time < ?")
        params.append(until)
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    rows = raw.execute(
        f"SELECT seq, event_id, device_time, hlc, user, action, case_id, details, prev_hash, "  # noqa: S608
        f"hash FROM audit_log {clause} ORDER BY seq DESC LIMIT ?", (*params, limit)).fetchall()
    return [AuditEvent(r[0], r[1], r[2], r[3], r[4], r[5], r[6], json.loads(r[7]), r[8], r[9])
            for r in rows]


def users(raw: Any) -> list[str]:
    """Everyone the log names, in order (the viewer's user filter)."""
    return [str(r[0]) for r in raw.execute("SELECT DISTINCT user FROM audit_log ORDER BY user")]


ANCHOR_KEY: Final = "audit_anchor"


def anchor(raw: Any) -> tuple[int, str]:
    """Where this store's log starts: (0, ``GENESIS``) for a log of its own from the first
    event, else the device's chain head the server held when the store was made (travel
    mode: see the module docstring)."""
    row = raw.execute("SELECT value FROM meta WHERE key = ?", (ANCHOR_KEY,)).fetchone()
    if row is None:
        return 0, GENESIS
    seq, digest = str(row[0]).split(":", 1)
    return int(seq), digest


def verify(raw: Any) -> ChainReport:
    """Walk the whole chain from its start (the anchor, if any); report the first event that
    does not fit."""
    start_seq, expected_prev = anchor(raw)
    expected_seq = start_seq + 1
    count = 0
    for row in raw.execute(
            "SELECT seq, event_id, device_time, hlc, user, action, case_id, details, "
            "prev_hash, hash FROM audit_log ORDER BY seq"):
        seq, event_id, device_time, hlc, user, action, case_id, details, prev, digest = row
        if seq != expected_seq:
            return ChainReport(False, count, f"event {expected_seq} is missing")
        if prev != expected_prev:
            return ChainReport(False, count, f"event {seq} does not follow event {seq - 1}")
        if event_hash(prev, event_id, device_time, hlc, user, action, case_id,
                      details) != digest:
            return ChainReport(False, count, f"event {seq} was altered")
        expected_prev, expected_seq, count = digest, expected_seq + 1, count + 1
    if _head(raw) != (start_seq + count, expected_prev):
        return ChainReport(False, count, "events were removed from the end of the log")
    return ChainReport(True, count)


AUDIT_BATCH: Final = 500
"""Most events one sync request carries."""
AUDIT_BATCH_BYTES: Final = 512 * 1024
"""About the most details text one request carries (an export's event lists every case
it wrote, so one event can be large; a batch holds at least one event)."""


def sent_mark(raw: Any) -> int:
    """The last event the server said it holds (0: none)."""
    row = raw.execute("SELECT value FROM meta WHERE key = 'audit_sent'").fetchone()
    return 0 if row is None else int(str(row[0]).split(":", 1)[0])


ROUTINE_ACTIONS: Final = ("sync", "sync.failed")
"""A sync's own record of itself: it waits for the next other event rather than travel
alone, so a no-op sync carries no audit bytes (the chain still reaches the server whole)."""


def unsent(raw: Any, *, after: int | None = None, limit: int = AUDIT_BATCH,
           max_bytes: int = AUDIT_BATCH_BYTES) -> list[AuditEvent]:
    """The next events to send, oldest first: after ``after`` (default: the mark), at most
    ``limit`` of them and about ``max_bytes`` of details; none while only a sync's own
    records wait (``ROUTINE_ACTIONS``)."""
    start = sent_mark(raw) if after is None else after
    if _head(raw)[0] <= start or raw.execute(
            f"SELECT 1 FROM audit_log WHERE seq > ? AND action NOT IN "  # noqa: S608
            f"({', '.join('?' * len(ROUTINE_ACTIONS))}) LIMIT 1",
            (start, *ROUTINE_ACTIONS)).fetchone() is None:
        return []
    found: list[AuditEvent] = []
    size = 0
    for r in raw.execute(
            "SELECT seq, event_id, device_time, hlc, user, action, case_id, details, "
            "prev_hash, hash FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?",
            (start, limit)):
        size += len(r[7])
        if found and size > max_bytes:
            break
        found.append(AuditEvent(r[0], r[1], r[2], r[3], r[4], r[5], r[6], json.loads(r[7]),
                                r[8], r[9]))
    return found


CARRIED_ACTIONS: Final = (*ROUTINE_ACTIONS, "unlock")
"""Events that may still wait for the server when travel mode starts, if they come after every
other unsent event and name no case: a sync's own records (they wait for the next other event
by design) and the unlocks before the preparation (each command of the command line is an
unlock of its own). They are carried into the new store as they are (:func:`continuation`)."""


def waiting(raw: Any) -> int:
    """How many events the server has not acknowledged, leaving out the run at the end of the
    log that travel mode carries over (``CARRIED_ACTIONS``, no case named); every event after
    the mark counts once the server refused one (an admin is to look first)."""
    start = sent_mark(raw)
    if refused_reason(raw) is not None:
        return _head(raw)[0] - start
    row = raw.execute(
        f"SELECT max(seq) FROM audit_log WHERE seq > ? AND (case_id IS NOT NULL OR "  # noqa: S608
        f"action NOT IN ({', '.join('?' * len(CARRIED_ACTIONS))}))",
        (start, *CARRIED_ACTIONS)).fetchone()
    return 0 if row is None or row[0] is None else int(row[0]) - start


def acknowledged_head(raw: Any) -> tuple[int, str]:
    """The last event the server holds from this device, as (sequence number, hash); (0,
    ``GENESIS``) when it holds none."""
    seq = sent_mark(raw)
    if seq == 0:
        return 0, GENESIS
    row = raw.execute("SELECT hash FROM audit_log WHERE seq = ?", (seq,)).fetchone()
    if row is not None:
        return seq, str(row[0])
    start = anchor(raw)
    if start[0] == seq:  # nothing acknowledged since this store was made
        return start
    raise ValueError(f"audit event {seq} (the server's mark) is not in the log")


@dataclass(frozen=True)
class Continuation:
    """What a new store's log starts from to continue this device's chain (travel mode): the
    ``meta`` rows (the anchor: the server's acknowledged head; the log's head; the mark) and
    the events after the mark, as stored (same sequence numbers and hashes)."""

    meta: tuple[tuple[str, str], ...]
    events: tuple[tuple[Any, ...], ...]


def continuation(raw: Any) -> Continuation:
    """The chain as the server holds it, and the events it has yet to receive, for a new store
    (see the module docstring). Only when :func:`waiting` is 0: the events carried over are a
    sync's own records and unlocks, naming no case. With nothing acknowledged, no anchor: the
    new log starts the chain from the first event, as the server expects."""
    if waiting(raw):
        raise ValueError("audit events the server lacks would leave with the old store")
    seq, digest = acknowledged_head(raw)
    events = tuple(tuple(row) for row in raw.execute(
        "SELECT seq, event_id, device_time, hlc, user, action, case_id, details, prev_hash, "
        "hash FROM audit_log WHERE seq > ? ORDER BY seq", (seq,)))
    head = (events[-1][0], events[-1][9]) if events else (seq, digest)
    meta = ((ANCHOR_KEY, f"{seq}:{digest}"), ("audit_sent", str(seq))) if seq else ()
    if head[0]:
        meta = (*meta, ("audit_head", f"{head[0]}:{head[1]}"))
    return Continuation(meta, events)


def restore(raw: Any, start: Continuation) -> None:
    """Start this (new, empty) store's log from ``start``, inside the caller's transaction,
    before its first event of its own."""
    raw.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", start.meta)
    raw.executemany(
        "INSERT INTO audit_log (seq, event_id, device_time, hlc, user, action, case_id, "
        "details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", start.events)


def mark_sent(raw: Any, seq: int, refused: str | None = None) -> None:
    """Record what the server holds (inside the caller's transaction), and why it refused
    the rest if it did (a broken chain: kept for the self-test and support, never resent
    in the same round). A mark past this log's head (a store put back from an older copy)
    is recorded as the head: the server refuses what follows, which is the point."""
    seq = min(seq, _head(raw)[0])
    value = f"{seq}:{refused}" if refused else str(seq)
    raw.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('audit_sent', ?)", (value,))


def refused_reason(raw: Any) -> str | None:
    """Why the server last refused this log's events (None: it did not)."""
    row = raw.execute("SELECT value FROM meta WHERE key = 'audit_sent'").fetchone()
    parts = str(row[0]).split(":", 1) if row is not None else []
    return parts[1] if len(parts) == 2 else None
