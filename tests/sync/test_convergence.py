"""Convergence: N devices and a server, in memory, through every delivery fault.

The "server" and "devices" here are built only from the merge functions and the wire models:
every request and response is encoded to compressed bytes and parsed back. Devices edit
people, cases and tasks, append notes, delete tasks and notes, erase whole cases, go offline,
run clocks days off, and sync through a network that drops requests, drops responses after
the server committed, duplicates requests and delays them past later ones.

After the network quiesces and everyone syncs twice (push then pull), the test checks:
- every device and the server hold identical state for every case, and outboxes are empty;
- the conflicts are exactly those an independent oracle predicts from the history (which
  device had seen which change when it acted), one per field, nothing more;
- no edit was lost: each is current, kept in a conflict, or was overwritten or deleted by
  someone who had seen it; and the server log holds each change once.
"""

from __future__ import annotations

import itertools
import json
import random
from dataclasses import dataclass, field

from hypothesis import given, settings
from hypothesis import strategies as st

from fieldcase.domain.hlc import HybridLogicalClock
from fieldcase.domain.ids import IdFactory
from fieldcase.domain.merge import (
    APPEND_ONLY_KINDS,
    CaseState,
    Change,
    Conflict,
    apply_batch,
    case_conflicts,
    delete_change,
    edit_change,
    purge_change,
    record_view,
)
from fieldcase.sync.protocol import (
    PullRequest,
    PullResponse,
    PushRequest,
    PushResponse,
)

DAY_MS = 86_400_000
START_MS = 1_750_000_000_000
VALUES = {  # small pools, so equal concurrent values happen too
    "person": {"given_name": ["Amina", "Aminah", "Semhar"], "sex": ["female", "unknown"],
               "age_estimate": [17, 18, 30], "contact": [{"phone": "+1555"}, {"phone": None}]},
    "case": {"risk_level": ["low", "high", "critical"], "assigned_to": ["w1", "w2", None],
             "flags": [[], ["pregnant"], ["supervisor_review"]]},
    "task": {"title": ["call back", "visit"], "done_on": [None, "2025-06-01"]},
}


class Server:
    """Accepts pushes into merged state and a feed; a purge redacts the feed."""

    def __init__(self) -> None:
        self.cases: dict[str, CaseState] = {}
        self.feed: list[Change | None] = []
        self.seen: set[str] = set()

    def push(self, body: bytes) -> bytes:
        request = PushRequest.from_bytes(body)
        touched = {c.case_id for c in request.changes}
        result = apply_batch({k: v for k, v in self.cases.items() if k in touched},
                             request.changes, seen=self.seen)
        self.cases.update(result.cases)
        self.seen.update(result.acknowledged)
        for change in result.applied:
            if change.op == "purge":
                self._redact(change)
            self.feed.append(change)
        return PushResponse(result.acknowledged, result.rejected, result.opened).to_bytes()

    def _redact(self, purge: Change) -> None:
        for i, entry in enumerate(self.feed):
            if entry is not None and entry.op != "purge" and entry.case_id == purge.case_id and (
                    purge.purges_case or entry.record_id == purge.record_id):
                self.feed[i] = None

    def pull(self, body: bytes) -> bytes:
        request = PullRequest.from_bytes(body)
        position = int(request.cursor[1:]) if request.cursor else 0
        page: list[Change] = []
        while position < len(self.feed) and len(page) < request.limit:
            entry = self.feed[position]
            position += 1
            if entry is not None:
                page.append(entry)
        cases = sorted({c.case_id for c in page})
        conflicts = [c for cid in cases for c in case_conflicts(self.cases[cid])]
        return PullResponse(tuple(c for c in page if c.op != "purge"),
                            tuple(c for c in page if c.op == "purge"), tuple(conflicts),
                            f"p{position}", position < len(self.feed)).to_bytes()


@dataclass
class Device:
    node: str
    clock: HybridLogicalClock
    ids: IdFactory
    cases: dict[str, CaseState] = field(default_factory=dict)
    applied: set[str] = field(default_factory=set)
    known: set[str] = field(default_factory=set)  # for the oracle: what this device has seen
    outbox: list[Change] = field(default_factory=list)
    quarantine: list[tuple[Change, str]] = field(default_factory=list)
    cursor: str = ""
    online: bool = True

    def apply(self, changes: tuple[Change, ...] | list[Change]) -> None:
        touched = {c.case_id for c in changes}
        result = apply_batch({k: v for k, v in self.cases.items() if k in touched}, changes,
                             seen=self.applied)
        assert result.rejected == ()
        self.cases.update(result.cases)
        self.applied.update(result.acknowledged)
        self.known.update(c.change_id for c in changes)
        for change in changes:
            if change.stamp.node != self.node:
                self.clock.observe(change.stamp)

    def make(self, change: Change, history: dict[str, tuple[Change, frozenset[str]]]) -> None:
        history[change.change_id] = (change, frozenset(self.known))
        self.apply([change])
        self.outbox.append(change)

    def push_body(self, rng: random.Random) -> bytes | None:
        if not self.outbox:
            return None
        batch = rng.sample(self.outbox, k=min(len(self.outbox), rng.randint(1, 4)))
        return PushRequest(self.node, self.ids.new(), tuple(batch)).to_bytes()

    def on_push_response(self, body: bytes) -> None:
        response = PushResponse.from_bytes(body)
        done = set(response.accepted)
        reasons = {r.change_id: r.reason for r in response.rejected}
        self.quarantine += [(c, reasons[c.change_id]) for c in self.outbox
                            if c.change_id in reasons]
        self.outbox = [c for c in self.outbox
                       if c.change_id not in done and c.change_id not in reasons]

    def pull_body(self, limit: int) -> bytes:
        return PullRequest(self.cursor, limit).to_bytes()

    def on_pull_response(self, body: bytes) -> bool:
        response = PullResponse.from_bytes(body)
        self.apply((*response.purges, *response.entries))
        self.cursor = response.next_cursor
        return response.more


ACTIONS = ["edit"] * 6 + ["note", "delete", "delete", "purge", "create", "offline", "push",
                          "push", "pull", "pull", "deliver"]


class World:
    def __init__(self, offsets: list[int], seed: int) -> None:
        self.rng = random.Random(seed)
        self.now = START_MS
        self.server = Server()
        self.delayed: list[bytes] = []
        self.history: dict[str, tuple[Change, frozenset[str]]] = {}
        self.devices = [self._device(i, offset) for i, offset in enumerate(offsets)]

    def _device(self, index: int, offset: int) -> Device:
        def wall() -> int:
            return self.now + offset
        ids = IdFactory(wall, random.Random(index).randbytes)
        return Device(f"dev{index}", HybridLogicalClock(f"dev{index}", wall,
                                                        max_drift_ms=7 * DAY_MS), ids)

    def create_case(self, device: Device) -> None:
        case_id, author = device.ids.new(), f"user-{device.node}"
        records = [(case_id, "case"), (device.ids.new(), "person"), (device.ids.new(), "task")]
        stamp = device.clock.now()
        for record_id, kind in records:
            values = {name: pool[0] for name, pool in VALUES[kind].items()}
            device.make(edit_change(None, values, change_id=device.ids.new(), case_id=case_id,
                                    record_id=record_id, kind=kind, stamp=stamp, author=author),
                        self.history)

    def _live(self, device: Device, kinds: tuple[str, ...]) -> list[tuple[str, str, str]]:
        return [(cid, rid, r.kind) for cid, case in sorted(device.cases.items())
                for rid, r in sorted(case.records.items())
                if r.kind in kinds and record_view(r).status == "live"]

    def step(self, action: str, index: int, a: int, b: int) -> None:
        self.now += 1 + a * 1000
        device = self.devices[index % len(self.devices)]
        author = f"user-{device.node}"
        if action == "edit" and (targets := self._live(device, ("person", "case", "task"))):
            case_id, record_id, kind = targets[a % len(targets)]
            pool = VALUES[kind]
            names = sorted(pool)[b % len(pool):][:1 + b % 2] or sorted(pool)[:1]
            values = {n: pool[n][(a + b) % len(pool[n])] for n in names}
            state = device.cases[case_id].records[record_id]
            device.make(edit_change(state, values, change_id=device.ids.new(), case_id=case_id,
                                    record_id=record_id, kind=kind, stamp=device.clock.now(),
                                    author=author), self.history)
        elif action == "note" and (cases := self._live(device, ("case",))):
            case_id = cases[a % len(cases)][0]
            device.make(edit_change(None, {"text": f"note {a}", "confidential": b % 2 == 0},
                                    change_id=device.ids.new(), case_id=case_id,
                                    record_id=device.ids.new(), kind="note",
                                    stamp=device.clock.now(), author=author), self.history)
        elif action == "delete" and (targets := self._live(device, ("task", "note"))):
            case_id, record_id, _ = targets[a % len(targets)]
            state = device.cases[case_id].records[record_id]
            device.make(delete_change(state, change_id=device.ids.new(),
                                      stamp=device.clock.now(), author=author), self.history)
        elif action == "purge" and b % 3 == 0 and (cases := self._live(device, ("case",))):
            case_id = cases[a % len(cases)][0]
            device.make(purge_change(change_id=device.ids.new(), case_id=case_id,
                                     record_id=case_id, kind="case", stamp=device.clock.now(),
                                     author="dpo"), self.history)
        elif action == "create" and b % 4 == 0:
            self.create_case(device)
        elif action == "offline":
            device.online = not device.online
        elif action == "push" and device.online:
            self.push(device, fate=a % 6)
        elif action == "pull" and device.online:
            self.pull(device, fate=a % 5, limit=1 + b % 4)
        elif action == "deliver" and self.delayed:
            self.server.push(self.delayed.pop(a % len(self.delayed)))  # its answer is lost

    def push(self, device: Device, fate: int) -> None:
        body = device.push_body(self.rng)
        if body is None or fate == 2:  # nothing to send, or the request is dropped
            return
        if fate == 5:
            self.delayed.append(body)
            return
        response = self.server.push(body)
        if fate == 4:
            response = self.server.push(body)  # duplicated on the way
        if fate != 3:  # 3: the server committed, the answer was dropped
            device.on_push_response(response)

    def pull(self, device: Device, fate: int, limit: int) -> None:
        if fate == 2:
            return
        response = self.server.pull(device.pull_body(limit))
        if fate == 4:
            response = self.server.pull(device.pull_body(limit))
        if fate != 3:
            device.on_pull_response(response)

    def settle(self) -> None:
        """The network heals: late requests land, then everyone syncs twice."""
        while self.delayed:
            self.server.push(self.delayed.pop())
        for _ in range(2):
            for device in self.rng.sample(self.devices, k=len(self.devices)):
                device.online = True
                while device.outbox:
                    self.push(device, fate=0)
                while device.on_pull_response(self.server.pull(device.pull_body(3))):
                    pass


# The oracle: expected outcome from the history alone --------------------------------------


def expected_outcome(history: dict[str, tuple[Change, frozenset[str]]]
                     ) -> tuple[set[str], dict[tuple[str, str | None], frozenset[str]]]:
    """(records expected deleted, {(record, field or None): change ids on the conflict}).

    A change supersedes, for each field it sets, every change setting that field which its
    device had seen; what nobody superseded are the heads. Different head values make a
    field conflict. A delete covers what its device had seen; heads not covered by a live
    delete make an edit-vs-delete conflict, else the record is deleted."""
    purged = {c.case_id for c, _ in history.values() if c.purges_case}
    by_record: dict[str, list[tuple[Change, frozenset[str]]]] = {}
    for change, seen in history.values():
        if change.case_id not in purged:
            by_record.setdefault(change.record_id, []).append((change, seen))
    deleted: set[str] = set()
    conflicts: dict[tuple[str, str | None], frozenset[str]] = {}
    for record_id, items in by_record.items():
        edits = [(c, s) for c, s in items if c.op == "upsert"]
        deletes = [(c, s) for c, s in items if c.op == "delete"]
        live_deletes = [(c, s) for c, s in deletes
                        if not any(c.change_id in s2 for c2, s2 in deletes if c2 is not c)]
        covered = frozenset().union(*(s for _, s in live_deletes))
        append_only = items[0][0].kind in APPEND_ONLY_KINDS
        heads: dict[str, list[Change]] = {}
        for name in {n for c, _ in edits for n in c.fields}:
            setting = [(c, s) for c, s in edits if name in c.fields]
            heads[name] = [c for c, _ in setting
                           if not any(c.change_id in s2 for c2, s2 in setting if c2 is not c)]
        uncovered = {c.change_id for hs in heads.values() for c in hs
                     if c.change_id not in covered}
        if live_deletes and (append_only or not uncovered):
            deleted.add(record_id)
            continue
        if append_only:
            continue
        for name, hs in heads.items():
            if len({json.dumps(c.fields[name].value, sort_keys=True) for c in hs}) > 1:
                conflicts[(record_id, name)] = frozenset(c.change_id for c in hs)
        if live_deletes:
            conflicts[(record_id, None)] = frozenset(
                {c.change_id for c, _ in live_deletes} | uncovered)
    return deleted, conflicts


def actual_conflicts(cases: dict[str, CaseState], by_stamp: dict[tuple[str, str], str]
                     ) -> dict[tuple[str, str | None], frozenset[str]]:
    found: dict[tuple[str, str | None], frozenset[str]] = {}
    for case in cases.values():
        for conflict in case_conflicts(case):
            key = (conflict.record_id, conflict.field)
            assert key not in found, "two conflicts for one field"
            found[key] = frozenset(by_stamp[(conflict.record_id, s.stamp.encode())]
                                   for s in conflict.sides)
    return found


def check_nothing_lost(world: World, deleted: set[str]) -> None:
    """Every edit is current, kept in a conflict, or was seen by whoever replaced it."""
    purged = {cid for cid, case in world.server.cases.items() if case.purged is not None}
    history = world.history
    for change, _ in history.values():
        if change.op != "upsert" or change.case_id in purged or change.record_id in deleted:
            continue
        record = world.server.cases[change.case_id].records[change.record_id]
        if record.purged is not None:
            continue
        conflicts: dict[str | None, Conflict] = {
            c.field: c for c in case_conflicts(world.server.cases[change.case_id])
            if c.record_id == change.record_id}
        for name, edit in change.fields.items():
            overwritten = any(
                name in other.fields and change.change_id in seen
                for other, seen in history.values()
                if other.op == "upsert" and other.record_id == change.record_id)
            current = record_view(record).values.get(name)
            kept = name in conflicts and any(
                s.stamp == change.stamp for s in conflicts[name].sides)
            assert overwritten or kept or current == edit.value, "an edit was lost silently"


@settings(max_examples=200, deadline=None)
@given(
    offsets=st.lists(st.sampled_from([-3 * DAY_MS, -5000, 0, 2 * DAY_MS, 3 * DAY_MS]),
                     min_size=2, max_size=4),
    creators=st.lists(st.integers(0, 3), min_size=1, max_size=3),
    steps=st.lists(st.tuples(st.sampled_from(ACTIONS), st.integers(0, 3),
                             st.integers(0, 999), st.integers(0, 999)),
                   min_size=20, max_size=80),
    seed=st.integers(0, 2**16),
)
def test_devices_and_server_converge_without_losing_or_duplicating_anything(
    offsets: list[int], creators: list[int], steps: list[tuple[str, int, int, int]], seed: int
) -> None:
    world = World(offsets, seed)
    for creator in creators:
        world.create_case(world.devices[creator % len(world.devices)])
    world.settle()  # the cases were on every device before the offline period began
    for action, index, a, b in steps:
        world.step(action, index, a, b)
    world.settle()

    server = world.server
    for device in world.devices:
        assert device.outbox == [] and device.quarantine == []
        assert device.cases == server.cases, f"{device.node} differs from the server"
    logged = [c.change_id for c in server.feed if c is not None]
    assert len(logged) == len(set(logged)), "a change was logged twice"
    assert server.seen == set(world.history), "an acknowledged or made change is missing"

    by_stamp = {(c.record_id, c.stamp.encode()): cid for cid, (c, _) in world.history.items()}
    deleted, expected = expected_outcome(world.history)
    assert actual_conflicts(server.cases, by_stamp) == expected
    for case in server.cases.values():
        for record_id, record in case.records.items():
            assert (record_view(record).status == "deleted") == (record_id in deleted)
    check_nothing_lost(world, deleted)


def test_the_simulation_does_produce_conflicts_and_resurrections() -> None:
    """Guard against a harness too gentle to test anything: a fixed story with two devices
    editing the same field offline and one deleting a task another edits."""
    world = World([0, 3 * DAY_MS], seed=1)
    world.create_case(world.devices[0])
    world.settle()
    one, two = world.devices
    world.step("edit", 0, 0, 2)
    world.step("edit", 1, 0, 1)  # same record, different value, not yet seen
    task = next(rid for rid, r in one.cases[next(iter(one.cases))].records.items()
                if r.kind == "task")
    case_id = next(iter(one.cases))
    one.make(delete_change(one.cases[case_id].records[task], change_id=one.ids.new(),
                           stamp=one.clock.now(), author="u1"), world.history)
    two.make(edit_change(two.cases[case_id].records[task], {"title": "visit"},
                         change_id=two.ids.new(), case_id=case_id, record_id=task, kind="task",
                         stamp=two.clock.now(), author="u2"), world.history)
    world.settle()
    kinds = sorted(c.conflict_kind for c in case_conflicts(world.server.cases[case_id]))
    assert kinds == ["edit_vs_delete", "field"]
    assert one.cases == two.cases == world.server.cases
    assert list(itertools.chain(one.quarantine, two.quarantine)) == []
