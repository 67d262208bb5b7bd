"""The audit log: append-only, hash-chained, inside the encrypted store.

Each event's hash covers its content and the previous event's hash, so changing, removing or
reordering an event breaks the chain from that point on. Triggers refuse UPDATE and DELETE;
the chain is what still catches an attacker who holds the key and drops the triggers. The
head (last sequence number and hash) is kept in ``meta`` in the same transaction, so cutting
events off the end is caught too. What no local check can catch is a rewrite of the whole
chain by someone holding the key: the server's copy (sync) is the anchor for that.

Events carry ids, actions and counts — never names or case content.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

GENESIS = "0" * 64


@dataclass(frozen=True)
class AuditEvent:
    seq: int
    event_id: str
    device_time: str
    hlc: str
    user: str
    action: str
    case_id: str | None
    details: Mapping[str, Any]
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    events: int
    problem: str | None = None


def event_hash(prev_hash: str, event_id: str, device_time: str, hlc: str, user: str,
               action: str, case_id: str | None, details_json: str) -> str:
    canonical = json.dumps(
        [prev_hash, event_id, device_time, hlc, user, action, case_id, details_json],
        ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def append(raw: Any, *, event_id: str, device_time: str, hlc: str, user: str, action: str,
           case_id: str | None = None, details: Mapping[str, Any] | None = None) -> str:
    """Append one event inside the caller's transaction; returns its hash."""
    details_json = json.dumps(dict(details or {}), ensure_ascii=False, sort_keys=True,
                              separators=(",", ":"))
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


def verify(raw: Any) -> ChainReport:
    """Walk the whole chain; report the first event that does not fit."""
    expected_prev = GENESIS
    expected_seq = 1
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
    head_seq, head_hash = _head(raw)
    if (head_seq, head_hash) != (count, expected_prev if count else GENESIS):
        return ChainReport(False, count, "events were removed from the end of the log")
    return ChainReport(True, count)
