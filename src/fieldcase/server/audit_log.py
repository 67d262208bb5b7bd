"""The devices' audit logs on the server: received with the sync, checked, and asked "who saw
this person's record" (docs/security.md, "Audit log").

**Receiving** (:func:`receive`, in the pull's transaction, after ``sync_pull.pull`` has locked
the device's row so its requests take turns): the events of a pull request's ``au`` are the
laptop's own log, stored under the device that *signed* the request (a device can only add to
its own log; the body names no device). Keyed by (device, sequence): an event held already is
ignored when its hash is the same (a retry after a lost answer). Each new event must follow
the head held for the device (``domain.audit_chain.check_batch``): the next sequence number,
the previous event's hash, and a hash that matches its content.

**A broken chain** (a gap, an edit, an event that differs from the copy received before: a
laptop's log rewritten, or a store put back from an older copy): the events before the
problem are kept, nothing from it on; the first break is recorded with its time in
``device_audit_heads`` (``fieldcase-server audit --breaks`` lists them), logged without
content, and the answer says why (``ax``). The device keeps its log and sends it again at its
next sync, and is refused at the same point until an admin looks (and, if the laptop is not
to be trusted, revokes it); its case sync goes on meanwhile, so casework is never held
hostage to an audit question.

**Asking** (:func:`find`): an organisation's events about one case — exports that listed it
included (``audit_event_cases``) — or by one user, since a moment, oldest first, with the
device that recorded each. Events hold ids, actions, times and counts, never a person's name.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final

import sqlalchemy as sa

from fieldcase.domain.audit_chain import (
    GENESIS,
    ChainedEvent,
    canonical_details,
    cases_named,
    check_batch,
)
from fieldcase.server.db import (
    audit_event_cases,
    audit_events,
    device_audit_heads,
    devices,
    users,
)
from fieldcase.server.sync_store import DeviceUser

log = logging.getLogger(__name__)

FIND_LIMIT: Final = 10_000
"""Most events one query lists (narrow it with ``since``)."""


@dataclass(frozen=True)
class Received:
    """The last event held from the device after a batch, and why the rest was refused."""

    held: int
    refused: str | None


def receive(conn: sa.Connection, user: DeviceUser, events: Sequence[ChainedEvent],
            now: datetime) -> Received:
    """Check and keep a device's batch; see the module docstring."""
    device_id = user.device_id
    head = conn.execute(sa.select(device_audit_heads.c.head_seq, device_audit_heads.c.head_hash,
                                  device_audit_heads.c.broken_at)
                        .where(device_audit_heads.c.device_id == device_id)).first()
    head_seq, head_hash = (int(head.head_seq), str(head.head_hash)) if head else (0, GENESIS)
    repeats = [e.seq for e in events if e.seq <= head_seq]
    held = {} if not repeats else {int(r.seq): str(r.hash) for r in conn.execute(
        sa.select(audit_events.c.seq, audit_events.c.hash)
        .where(audit_events.c.device_id == device_id,
               audit_events.c.seq.between(min(repeats), max(repeats))))}
    checked = check_batch(head_seq, head_hash, held, events)
    if checked.new:
        _store(conn, user, checked.new, now)
        last = checked.new[-1]
        head_seq, head_hash = last.seq, last.hash
        values = {"head_seq": head_seq, "head_hash": head_hash}
        if head is None:
            conn.execute(sa.insert(device_audit_heads).values(
                device_id=device_id, org_id=user.org_id, **values))
        else:
            conn.execute(sa.update(device_audit_heads)
                         .where(device_audit_heads.c.device_id == device_id).values(**values))
    if checked.problem is not None:
        _record_break(conn, user, head is not None or bool(checked.new),
                      head is not None and head.broken_at is not None, head_seq, head_hash,
                      checked.problem, now)
    return Received(head_seq, checked.problem)


def _store(conn: sa.Connection, user: DeviceUser, events: Sequence[ChainedEvent],
           now: datetime) -> None:
    conn.execute(sa.insert(audit_events), [{
        "device_id": user.device_id, "seq": e.seq, "org_id": user.org_id,
        "event_id": uuid.UUID(e.event_id), "user_name": e.user, "action": e.action,
        "case_id": uuid.UUID(e.case_id) if e.case_id else None,
        "device_time": e.device_time, "occurred_at": _moment(e.device_time), "hlc": e.hlc,
        "details": canonical_details(e.details), "prev_hash": e.prev_hash, "hash": e.hash,
        "received_at": now} for e in events])
    named = [{"org_id": user.org_id, "case_id": uuid.UUID(case_id),
              "device_id": user.device_id, "seq": e.seq}
             for e in events for case_id in cases_named(e) if _is_uuid(case_id)]
    if named:
        conn.execute(sa.insert(audit_event_cases), named)


def _record_break(conn: sa.Connection, user: DeviceUser, has_head: bool, known: bool,
                  head_seq: int, head_hash: str, problem: str, now: datetime) -> None:
    log.warning("audit chain of device %s refused after event %d: %s", user.device_id,
                head_seq, problem)
    if known:  # the first break is the one to look at
        return
    if has_head:
        conn.execute(sa.update(device_audit_heads)
                     .where(device_audit_heads.c.device_id == user.device_id)
                     .values(broken_at=now, problem=problem[:200]))
    else:
        conn.execute(sa.insert(device_audit_heads).values(
            device_id=user.device_id, org_id=user.org_id, head_seq=head_seq,
            head_hash=head_hash, broken_at=now, problem=problem[:200]))


def _moment(device_time: str) -> datetime:
    """The laptop's time as a UTC moment (its text was checked on the wire)."""
    try:
        moment = datetime.fromisoformat(device_time)
    except ValueError:
        return datetime.fromtimestamp(0, tz=UTC)  # still kept: the hash covers the text
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _is_uuid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True


# -- asking ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class AuditEntry:
    """One event as the admin query lists it: when (the laptop's clock), who (the user name
    on the laptop), on which device, what, about which case, with its counts."""

    occurred_at: datetime
    user: str
    device_id: uuid.UUID
    device_name: str | None
    action: str
    case_id: uuid.UUID | None
    details: dict[str, Any]
    seq: int

    def to_json(self) -> dict[str, object]:
        return {"at": self.occurred_at.isoformat(), "user": self.user,
                "device": str(self.device_id), "device_name": self.device_name,
                "action": self.action, "case_id": str(self.case_id) if self.case_id else None,
                "details": self.details, "seq": self.seq}


def find(conn: sa.Connection, org_id: uuid.UUID, *, case_id: uuid.UUID | None = None,
         user: str | None = None, since: datetime | None = None,
         limit: int = FIND_LIMIT) -> list[AuditEntry]:
    """An organisation's events about ``case_id`` (exports that listed it included) and/or
    by ``user``, at or after ``since``, oldest first."""
    e = audit_events
    query = sa.select(e, devices.c.name.label("device_name")).join(
        devices, devices.c.id == e.c.device_id).where(e.c.org_id == org_id)
    if case_id is not None:
        named = audit_event_cases
        query = query.join(named, sa.and_(named.c.device_id == e.c.device_id,
                                          named.c.seq == e.c.seq)).where(
            named.c.org_id == org_id, named.c.case_id == case_id)
    if user is not None:
        query = query.where(e.c.user_name == user)
    if since is not None:
        query = query.where(e.c.occurred_at >= since)
    rows = conn.execute(query.order_by(e.c.occurred_at, e.c.device_id, e.c.seq).limit(limit))
    return [AuditEntry(r.occurred_at, r.user_name, r.device_id, r.device_name, r.action,
                       r.case_id, json.loads(r.details), int(r.seq)) for r in rows]


@dataclass(frozen=True)
class ChainBreak:
    """A device whose log did not fit: the last event held, when and why it broke, and the
    user the device was enrolled for."""

    device_id: uuid.UUID
    device_name: str | None
    enrolled_for: str
    held: int
    broken_at: datetime
    problem: str

    def to_json(self) -> dict[str, object]:
        return {"device": str(self.device_id), "device_name": self.device_name,
                "enrolled_for": self.enrolled_for, "held": self.held,
                "broken_at": self.broken_at.isoformat(), "problem": self.problem}


def breaks(conn: sa.Connection, org_id: uuid.UUID) -> list[ChainBreak]:
    h = device_audit_heads
    rows = conn.execute(
        sa.select(h, devices.c.name.label("device_name"), users.c.name.label("user_name"))
        .join(devices, devices.c.id == h.c.device_id).join(users, users.c.id == devices.c.user_id)
        .where(h.c.org_id == org_id, h.c.broken_at.is_not(None)).order_by(h.c.broken_at))
    return [ChainBreak(r.device_id, r.device_name, r.user_name, int(r.head_seq), r.broken_at,
                       str(r.problem)) for r in rows]
