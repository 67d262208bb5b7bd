"""The audit log's hash chain as the server checks a device's batch against the head it holds."""

from __future__ import annotations

import dataclasses
import json

from fieldcase.domain.audit_chain import (
    GENESIS,
    ChainedEvent,
    canonical_details,
    cases_named,
    check_batch,
    event_hash,
    hash_of,
)

CASE = "019a0000-0000-7000-8000-000000000001"


def chain(count: int, *, start: int = 1, prev: str = GENESIS) -> list[ChainedEvent]:
    events: list[ChainedEvent] = []
    for seq in range(start, start + count):
        draft = ChainedEvent(seq, f"019a0000-0000-7000-8000-{seq:012d}",
                             "2026-11-30T09:00:00+00:00", f"0000000000{seq:02d}-00000000-dev",
                             "amina", "case.view", CASE, {"count": seq}, prev, "")
        event = dataclasses.replace(draft, hash=hash_of(draft))
        events.append(event)
        prev = event.hash
    return events


def test_a_batch_that_follows_the_head_is_taken_whole() -> None:
    events = chain(3)
    checked = check_batch(0, GENESIS, {}, events)
    assert checked.problem is None and checked.new == tuple(events)


def test_a_repeat_with_the_same_hash_is_ignored_and_what_follows_is_taken() -> None:
    events = chain(4)
    held = {e.seq: e.hash for e in events[:2]}
    checked = check_batch(2, events[1].hash, held, events)
    assert checked.problem is None and checked.new == tuple(events[2:])


def test_a_repeat_that_differs_from_the_copy_held_is_a_broken_chain() -> None:
    events = chain(2)
    rewritten = chain(2, prev=GENESIS)
    rewritten[1] = dataclasses.replace(rewritten[1], details={"count": 99})
    rewritten[1] = dataclasses.replace(rewritten[1], hash=hash_of(rewritten[1]))
    checked = check_batch(2, events[1].hash, {e.seq: e.hash for e in events}, rewritten)
    assert checked.new == () and checked.problem == "event 2 differs from the copy received before"


def test_a_gap_an_edit_and_a_wrong_link_are_each_refused_after_the_good_events() -> None:
    events = chain(4)
    gap = check_batch(0, GENESIS, {}, [events[0], events[2]])
    assert gap.new == (events[0],) and gap.problem == "event 2 is missing"
    edited = dataclasses.replace(events[1], action="case.edit")  # hash left as it was
    altered = check_batch(0, GENESIS, {}, [events[0], edited])
    assert altered.new == (events[0],) and altered.problem == "event 2 was altered"
    relinked = dataclasses.replace(events[0], prev_hash="f" * 64)
    wrong = check_batch(0, GENESIS, {}, [relinked])
    assert wrong.new == () and wrong.problem == "event 1 does not follow event 0"


def test_the_details_hash_the_same_after_a_trip_through_json() -> None:
    details = {"z": 1, "case_ids": [CASE], "complete": True, "ratio": 0.1, "w": "ዮ"}
    text = canonical_details(details)
    assert canonical_details(json.loads(json.dumps(details))) == text
    assert event_hash(GENESIS, "i", "t", "h", "u", "a", None, text) == event_hash(
        GENESIS, "i", "t", "h", "u", "a", None, canonical_details(json.loads(text)))


def test_an_export_names_every_case_it_listed() -> None:
    export = dataclasses.replace(chain(1)[0], case_id=None,
                                 details={"case_ids": [CASE, CASE, "other"]})
    assert cases_named(export) == (CASE, "other")
    assert cases_named(chain(1)[0]) == (CASE,)
