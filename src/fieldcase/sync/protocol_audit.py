"""Audit events on the wire: the device's hash-chained log travelling to the server with the
pull request (docs/sync.md, "Audit log").

One event is ``{"q": seq, "i": event id, "t": device time, "h": HLC stamp, "u": user,
"a": action, "c": case id or null, "x": {details}, "p": previous hash, "z": hash}``; the
server hashes ``x`` again in its canonical form (``domain.audit_chain``), so the details travel
as an object rather than as the text the device hashed. Nothing here holds a name of a person
in the records: events carry ids, actions, times and counts.
"""

from __future__ import annotations

import itertools
import re
from typing import Final

from fieldcase.domain.audit_chain import ChainedEvent
from fieldcase.sync.protocol_json import (
    MAX_AUTHOR,
    JsonObject,
    ProtocolError,
    array,
    at,
    obj,
    text,
    token,
    uuid,
)

MAX_AUDIT_EVENTS: Final = 1000
"""Most events one request may carry (a device sends at most ``storage.audit.AUDIT_BATCH``)."""

_HASH_RE: Final = re.compile(r"^[0-9a-f]{64}$")
_TIME_RE: Final = re.compile(r"^\d{4}-\d\d-\d\dT[0-9:.]+(Z|[+-]\d\d:\d\d)$")
_STAMP_RE: Final = re.compile(r"^[0-9a-f]{12}-[0-9a-f]{8}-[A-Za-z0-9._-]{1,64}$")
_MAX_SEQ: Final = 10 ** 15


def event_to_json(event: ChainedEvent) -> JsonObject:
    return {"q": event.seq, "i": event.event_id, "t": event.device_time, "h": event.hlc,
            "u": event.user, "a": event.action, "c": event.case_id,
            "x": dict(event.details), "p": event.prev_hash, "z": event.hash}


def event_from_json(value: object, path: str) -> ChainedEvent:
    o = obj(value, path, ("q", "i", "t", "h", "u", "a", "c", "x", "p", "z"))
    seq = o["q"]
    if not isinstance(seq, int) or isinstance(seq, bool) or not 1 <= seq < _MAX_SEQ:
        raise ProtocolError(at(path, "q"), "must be a positive integer")
    details = o["x"]
    if not isinstance(details, dict):
        raise ProtocolError(at(path, "x"), "must be an object")
    case_id = None if o["c"] is None else uuid(o["c"], at(path, "c"))
    return ChainedEvent(
        seq, uuid(o["i"], at(path, "i")),
        text(o["t"], at(path, "t"), max_len=40, pattern=_TIME_RE),
        text(o["h"], at(path, "h"), max_len=90, pattern=_STAMP_RE),
        text(o["u"], at(path, "u"), max_len=MAX_AUTHOR), token(o["a"], at(path, "a")),
        case_id, details, text(o["p"], at(path, "p"), max_len=64, pattern=_HASH_RE),
        text(o["z"], at(path, "z"), max_len=64, pattern=_HASH_RE))


def events_from_json(value: object, path: str) -> tuple[ChainedEvent, ...]:
    """A batch in order: each event's sequence number one past the one before."""
    events = tuple(event_from_json(v, at(path, i))
                   for i, v in enumerate(array(value, path, MAX_AUDIT_EVENTS)))
    for i, (before, after) in enumerate(itertools.pairwise(events)):
        if after.seq != before.seq + 1:
            raise ProtocolError(at(path, i + 1), "events must be consecutive")
    return events


def refusal_from_json(value: object, path: str) -> str:
    return text(value, path, max_len=200)


__all__ = ["MAX_AUDIT_EVENTS", "event_from_json", "event_to_json", "events_from_json",
           "refusal_from_json"]
