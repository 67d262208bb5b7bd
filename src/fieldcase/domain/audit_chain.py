"""The audit log's hash chain, shared by the device that writes it and the server that keeps
its copy (docs/security.md, "Audit log").

Each event's hash covers its content and the hash of the event before it, so changing,
removing or reordering an event breaks the chain from that point on. The device checks its
own chain (``storage.audit.verify``); the server checks every batch a device sends against
the head it already holds (:func:`check_batch`), which is what catches a rewrite by someone
who holds the laptop's key: the server's copy does not change with the laptop.

The details are hashed as their canonical JSON (:func:`canonical_details`: keys sorted, no
spaces, UTF-8 kept), so they can travel as a JSON object and be hashed again on arrival.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

GENESIS: Final = "0" * 64
"""The ``prev_hash`` of a log's first event."""


@dataclass(frozen=True)
class ChainedEvent:
    """One event as the chain covers it: ids, action, times and counts, never a name or
    case content (``user`` is the worker's user name on the laptop)."""

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


def canonical_details(details: Mapping[str, Any] | None) -> str:
    return json.dumps(dict(details or {}), ensure_ascii=False, sort_keys=True,
                      separators=(",", ":"))


def event_hash(prev_hash: str, event_id: str, device_time: str, hlc: str, user: str,
               action: str, case_id: str | None, details_json: str) -> str:
    canonical = json.dumps(
        [prev_hash, event_id, device_time, hlc, user, action, case_id, details_json],
        ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def hash_of(event: ChainedEvent) -> str:
    """The hash ``event`` should carry, given its ``prev_hash``."""
    return event_hash(event.prev_hash, event.event_id, event.device_time, event.hlc,
                      event.user, event.action, event.case_id,
                      canonical_details(event.details))


@dataclass(frozen=True)
class BatchCheck:
    """What a batch adds to a chain whose head was (``seq``, ``hash``): ``new``, the events
    that follow on, in order (repeats of events already held are left out); ``problem``, the
    first event that does not fit (nothing from it on is taken), else None."""

    new: tuple[ChainedEvent, ...]
    problem: str | None


def check_batch(head_seq: int, head_hash: str, held: Mapping[int, str],
                events: Sequence[ChainedEvent]) -> BatchCheck:
    """Check ``events`` against the head of the chain already held.

    ``held`` maps the sequence numbers of the batch's events at or below the head to the
    hashes held for them: a repeat (a retry after a lost answer) must carry the same hash,
    else the laptop's log changed after it was sent. A new event must come next (no gap),
    name the previous event's hash, and hash to what it says."""
    new: list[ChainedEvent] = []
    seq, last = head_seq, head_hash
    for event in events:
        if event.seq <= head_seq:
            if held.get(event.seq) != event.hash:
                return BatchCheck(tuple(new), f"event {event.seq} differs from the copy "
                                  "received before")
            continue
        if event.seq != seq + 1:
            return BatchCheck(tuple(new), f"event {seq + 1} is missing")
        if event.prev_hash != last:
            return BatchCheck(tuple(new), f"event {event.seq} does not follow event {seq}")
        if hash_of(event) != event.hash:
            return BatchCheck(tuple(new), f"event {event.seq} was altered")
        new.append(event)
        seq, last = event.seq, event.hash
    return BatchCheck(tuple(new), None)


def cases_named(event: ChainedEvent) -> tuple[str, ...]:
    """The cases an event is about: its own, or the list an export names."""
    if event.case_id:
        return (event.case_id,)
    listed = event.details.get("case_ids")
    return tuple(dict.fromkeys(str(i) for i in listed)) if isinstance(listed, list) else ()
