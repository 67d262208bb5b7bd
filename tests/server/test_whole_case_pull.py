"""A case entering a laptop's scope arrives as its merged state and leaves the laptop exactly as
its history would have (the real server app in-process, SQLite and PostgreSQL; real encrypted
stores through ``services.sync``).

Two laptops of the same worker sync the same organisation: one takes entering cases whole
(``PullRequest.whole``, what the engine asks for), the other as histories (the engine with
``whole_cases=False``, what it did before). The cases hold what makes a merge state more than
its values: field conflicts, an edit racing a delete, a resolved conflict, an erased record and
an erased case, notes edited several times, confidential parts the worker is not sent while the
case waits at intake and is sent once it is assigned to them. Both stores must hold the same
``CaseState`` for every case and the same rows in every table the pull writes; then later
changes (a new conflict on a field that already had one, a delete, an edit of a conflicted
field, a reassignment that brings confidential parts into view) must merge the same on both.
"""

from __future__ import annotations

import functools
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from fieldcase.domain.merge import (
    Change,
    case_conflicts,
    delete_change,
    purge_change,
    resolve_field,
)
from fieldcase.services import profile, sync_round
from fieldcase.services import sync as sync_service
from fieldcase.services.session import Session
from fieldcase.storage import merged_cases, search_index
from fieldcase.storage.keyslots import KdfParams
from fieldcase.sync.engine import SyncEngine
from fieldcase.sync.protocol import PullRequest

from .sync_harness import Device, SyncAsgi, World, make_world

PASSPHRASE = "correct horse battery staple"
SERVER = "http://127.0.0.1:8765"
PREFIX = "5A4A0001"
NAMES = ["Qorvanex", "Semhar", "Tesfay", "Amina", "Yonas", "Hiwet"]

TABLES = {
    "cases": """SELECT id, case_number, review, person_id, display_name, site, status, stage,
                  assigned_to, risk_rank, next_due_on, updated_hlc, doc, stamps
                FROM cases ORDER BY id""",
    "identifiers": """SELECT i.kind, i.value, c.id FROM identifiers i
                      JOIN cases c ON c.rowid = i.case_rowid ORDER BY 1, 2, 3""",
    "conflicts": "SELECT * FROM conflicts ORDER BY 1",
    "hidden": "SELECT * FROM hidden_cases ORDER BY 1",
    "purged": "SELECT * FROM purged_cases ORDER BY 1",
    "attachment queue": "SELECT * FROM attachment_scan ORDER BY 1",
    "tombstones": "SELECT * FROM tombstones ORDER BY 1",
    "outbox": "SELECT count(*) FROM outbox",
}


class Requests(SyncAsgi):
    """The in-process server, keeping the pull requests it was sent."""

    def __init__(self, world: World) -> None:
        super().__init__(world)
        self.pulls: list[PullRequest] = []

    def handle_request(self, request: Any) -> Any:
        if request.url.path == "/v1/sync/pull":
            self.pulls.append(PullRequest.from_bytes(request.read()))
        return super().handle_request(request)


@pytest.fixture
def world(engine: sa.Engine, db_url: str) -> Iterator[World]:
    yield make_world(engine, db_url)


class Laptop:
    def __init__(self, world: World, folder: Path, user: str, *, whole: bool) -> None:
        kdf = KdfParams.insecure_for_tests()
        profile.create_profile(folder, user=user, passphrase=PASSPHRASE, role="worker",
                               team="lamp", site="LAMP-01", kdf=kdf, now=world.clock)
        self.session: Session = profile.unlock(folder, user=user, passphrase=PASSPHRASE,
                                               kdf=kdf, now=world.clock)
        self.transport = Requests(world)
        self.whole = whole
        sync_service.enroll(self.session, SERVER, world.code(user), self.transport)

    def sync(self, **options: int) -> None:
        engine = functools.partial(SyncEngine, whole_cases=self.whole)
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(sync_round, "SyncEngine", engine)
            sync_service.sync_now(self.session, self.transport, sleep=lambda _s: None,
                                  **options)

    def content(self) -> dict[str, Any]:
        raw = self.session.store.raw
        found: dict[str, Any] = {name: raw.execute(sql).fetchall()
                                 for name, sql in TABLES.items()}
        ids = dict(raw.execute("SELECT rowid, id FROM cases").fetchall())
        found["search"] = {name: sorted(search_index.search(raw, name), key=lambda h: h.case_id)
                           for name in [*NAMES, "Canary-Doc"]}
        found["search rows"] = sorted(ids[r] for (r,) in raw.execute(
            "SELECT rowid FROM case_search"))
        found["states"] = {case_id: merged_cases.load_state(self.session.store, case_id)
                           for case_id in self.case_ids()}
        return found

    def case_ids(self) -> list[str]:
        raw = self.session.store.raw
        return sorted({row[0] for row in raw.execute(
            "SELECT id FROM cases UNION SELECT case_id FROM hidden_cases "
            "UNION SELECT case_id FROM purged_cases")})


@pytest.fixture
def laptops(world: World, tmp_path: Path) -> Iterator[tuple[Laptop, Laptop]]:
    pair = (Laptop(world, tmp_path / "whole", "bilal", whole=True),
            Laptop(world, tmp_path / "history", "bilal", whole=False))
    try:
        yield pair
    finally:
        for laptop in pair:
            laptop.session.close()


def same(a: dict[str, Any], b: dict[str, Any]) -> None:
    """Equal content, or the first difference in each table named."""
    differences = {}
    for name in a.keys() | b.keys():
        left, right = a.get(name), b.get(name)
        if left == right:
            continue
        if isinstance(left, dict) and isinstance(right, dict):
            key = next(k for k in left | right if left.get(k) != right.get(k))
            differences[name] = (key, left.get(key), right.get(key))
            if name == "states" and left.get(key) and right.get(key):
                mine, theirs = left[key].records, right[key].records
                differences[name] = (key, [(rid, mine.get(rid), theirs.get(rid))
                                           for rid in mine | theirs
                                           if mine.get(rid) != theirs.get(rid)])
        else:
            differences[name] = next(((x, y) for x, y in zip(left or (), right or (), strict=False)
                                      if x != y), (len(left or ()), len(right or ())))
    assert not differences, differences


def accepted(device: Device, changes: list[Change]) -> None:
    answer = device.push(changes)
    assert not answer.rejected, answer.rejected


def seed(world: World, sara: Device, sara2: Device, count: int) -> list[str]:
    """``count`` cases at LAMP-01 with histories that leave more than values in the state."""
    rng = random.Random(11)
    made: list[str] = []
    for n in range(count):
        assigned = rng.choice([None, None, "bilal", "amina"])
        case_id, changes = sara.new_case(assigned_to=assigned, given_name=rng.choice(NAMES),
                                         case_number=f"FC-{PREFIX}-{n + 1:06d}")
        person = changes[1].record_id
        changes.append(sara.make(case_id, "identity_document", {"number": "Canary-Doc"}))
        secret = sara.note(case_id, "Canary-Secret", confidential=True)
        plain = sara.note(case_id, "Arrived at the shelter", confidential=False)
        task = sara.make(case_id, "task")
        changes += [secret, plain, task, sara.make(case_id, "attachment",
                                                   {"kind": rng.choice(["photo",
                                                                        "document_scan"])})]
        for _ in range(rng.randint(0, 3)):  # notes rewritten: superseded stamps
            changes.append(sara.edit(case_id, plain.record_id, "note",
                                     {"text": f"Called back {rng.randint(1, 99)}"}))
        accepted(sara, changes)
        made.append(case_id)
        if n % 3 == 0:  # a field conflict, left open or resolved
            sara2.pull_all()
            mine = sara.edit(case_id, person, "person", {"given_name": "Semhar"})
            theirs = sara2.edit(case_id, person, "person", {"given_name": "Semira"})
            accepted(sara, [mine])
            accepted(sara2, [theirs])
            if n % 2 == 0:
                sara.pull_all()
                conflict = next(c for c in case_conflicts(sara.cases[case_id])
                                if c.field == "given_name")
                resolution = resolve_field(conflict, "Semhar", change_id=sara.ids(),
                                           stamp=sara.stamp(), author="sara")
                sara.apply([resolution])
                accepted(sara, [resolution])
        if n % 4 == 1:  # a delete racing an edit of the task
            sara2.pull_all()
            deleted = delete_change(sara.cases[case_id].records[task.record_id],
                                    change_id=sara.ids(), stamp=sara.stamp(), author="sara")
            sara.apply([deleted])
            accepted(sara, [deleted])
            accepted(sara2, [sara2.edit(case_id, task.record_id, "task", {"title": "visit"})])
        if n % 5 == 2:  # an erased note
            accepted(sara, [purge_change(change_id=sara.ids(), case_id=case_id,
                                         record_id=plain.record_id, kind="note",
                                         stamp=sara.stamp(), author="sara")])
        if n % 7 == 3:  # an erased case
            accepted(sara, [sara.purge(case_id)])
        world.clock.advance(seconds=1)
    return made


def test_a_case_sent_as_its_state_is_stored_as_its_history_would_have_been(
        world: World, laptops: tuple[Laptop, Laptop]) -> None:
    whole, history = laptops
    sara = world.enrol("sara", prefix=PREFIX)
    sara2 = world.enrol("sara", label="Second laptop")
    made = seed(world, sara, sara2, 24)

    whole.sync(pull_limit=40)  # several pages, a page boundary inside the cases
    history.sync(pull_limit=40)
    assert all(p.whole for p in whole.transport.pulls)
    assert not any(p.whole for p in history.transport.pulls)
    first = whole.content()
    same(first, history.content())
    states = first["states"]
    # the comparison is not vacuous: the worker holds intake cases without their secrets and
    # their own with them, conflicts, an erased note and erased cases
    assert first["conflicts"] and first["purged"] and first["hidden"] == []
    documents = {case_id for kind, _, case_id in first["identifiers"] if kind == "document"}
    shown = {row[0] for row in first["cases"]}
    assert documents and documents < shown  # the identity document only where assigned
    assert any(r.purged is not None for s in states.values() for r in s.records.values())

    # later changes merge the same way into both
    sara.pull_all()
    sara2.pull_all()
    later: list[Change] = []
    for case_id in made[:12]:
        case = sara.cases.get(case_id)
        if case is None or case.purged is not None:
            continue
        person = next(r for r in case.records.values() if r.kind == "person")
        later.append(sara.edit(case_id, person.record_id, "person", {"given_name": "Hiwet"}))
        later.append(sara.edit(case_id, case_id, "case", {"assigned_to": "bilal"}))
    accepted(sara, later)
    rival = [sara2.edit(c.case_id, c.record_id, "person", {"given_name": "Yonas"})
             for c in later[:4] if c.kind == "person"]
    accepted(sara2, rival)
    whole.sync()
    history.sync()
    again = whole.content()
    same(again, history.content())
    assert again != first


def test_a_server_sends_histories_to_a_device_that_does_not_ask_for_states(
        world: World, laptops: tuple[Laptop, Laptop]) -> None:
    """A device of an earlier version never meets ``w``: its requests do not carry it."""
    _, history = laptops
    sara = world.enrol("sara")
    case_id, changes = sara.new_case(assigned_to="bilal")
    accepted(sara, changes)
    bilal = world.enrol("bilal")
    answer = bilal.pull()
    assert answer.whole == () and {c.case_id for c in answer.entries} == {case_id}
    history.sync()
    assert history.case_ids() == [case_id]


def test_whole_cases_take_less_on_the_wire_than_their_histories(world: World) -> None:
    sara = world.enrol("sara", prefix=PREFIX)
    sara2 = world.enrol("sara", label="Second laptop")
    seed(world, sara, sara2, 12)
    sizes = {}
    for whole in (True, False):
        bilal = world.enrol("bilal")
        body = PullRequest("", 5000, whole=whole).to_bytes()
        response = bilal.send("/v1/sync/pull", body)
        assert response.status_code == 200
        sizes[whole] = response.num_bytes_downloaded  # zstd, as sent
    assert sizes[True] < sizes[False]
