"""The devices' audit logs on the server (SQLite and PostgreSQL): kept once per (device,
sequence), a broken chain refused and reported, each device writing only its own log, and the
admin's question "who saw this person's record" answered across laptops."""

from __future__ import annotations

import dataclasses
import io
import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from fieldcase.domain.audit_chain import GENESIS, ChainedEvent, hash_of
from fieldcase.server import admin, audit_log
from fieldcase.server.cli import Context, main
from fieldcase.server.db import audit_event_cases, audit_events
from fieldcase.services import cases, export, profile
from fieldcase.services import sync as sync_service
from fieldcase.services.session import Session
from fieldcase.storage.keyslots import KdfParams
from fieldcase.sync.protocol import PullRequest, PullResponse

from .sync_harness import Device, SyncAsgi, World, make_world

KDF = KdfParams.insecure_for_tests()
DEVICE_PASSPHRASE = "correct horse battery staple"
NAME = "Qzxauditcanary"
CASE = "019a0000-0000-7000-8000-0000000000c1"


@pytest.fixture
def world(engine: sa.Engine, db_url: str) -> Iterator[World]:
    yield make_world(engine, db_url)


def chain(count: int, *, start: int = 1, prev: str = GENESIS,
          action: str = "case.view") -> list[ChainedEvent]:
    made: list[ChainedEvent] = []
    for seq in range(start, start + count):
        draft = ChainedEvent(seq, f"019a0000-0000-7000-8000-{seq:012d}",
                             f"2026-11-30T09:{seq % 60:02d}:00+00:00",
                             "0193a1b2c3d4-00000001-dev-1", "amina", action, CASE,
                             {"tab": 1}, prev, "")
        made.append(dataclasses.replace(draft, hash=hash_of(draft)))
        prev = made[-1].hash
    return made


def hand_in(device: Device, events: list[ChainedEvent]) -> PullResponse:
    body = PullRequest(device.cursor, 500, audit=tuple(events)).to_bytes()
    response = device.send("/v1/sync/pull", body)
    assert response.status_code == 200, response.text
    return PullResponse.from_bytes(response.content, compressed=False)


def stored(world: World, device: Device) -> list[tuple[int, str]]:
    with world.engine.connect() as conn:
        return [(int(r.seq), str(r.hash)) for r in conn.execute(
            sa.select(audit_events.c.seq, audit_events.c.hash)
            .where(audit_events.c.device_id == uuid.UUID(device.id))
            .order_by(audit_events.c.seq))]


def test_events_are_kept_once_and_a_repeat_is_ignored(world: World) -> None:
    device = world.enrol("amina")
    events = chain(3)
    assert hand_in(device, events[:2]).audit_held == 2
    answer = hand_in(device, events)  # the first two again: a retry after a lost answer
    assert (answer.audit_held, answer.audit_refused) == (3, None)
    assert hand_in(device, events).audit_held == 3
    assert stored(world, device) == [(e.seq, e.hash) for e in events]
    with world.engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(audit_event_cases)
                            ).scalar_one() == 3


def test_a_pull_without_events_is_answered_as_before(world: World) -> None:
    device = world.enrol("amina")
    answer = device.pull()
    assert (answer.audit_held, answer.audit_refused) == (None, None)


def test_a_broken_chain_is_refused_from_the_break_on_and_reported(world: World) -> None:
    device = world.enrol("amina")
    events = chain(4)
    hand_in(device, events[:2])
    edited = dataclasses.replace(events[3], action="case.edit")  # its hash no longer fits
    answer = hand_in(device, [events[2], edited])
    assert answer.audit_held == 3 and answer.audit_refused == "event 4 was altered"
    rewritten = dataclasses.replace(events[0], details={"tab": 2})
    answer = hand_in(device, [dataclasses.replace(rewritten, hash=hash_of(rewritten))])
    assert answer.audit_refused == "event 1 differs from the copy received before"
    assert stored(world, device) == [(e.seq, e.hash) for e in events[:3]]
    with world.engine.connect() as conn:
        found = audit_log.breaks(conn, world.org_id)
    assert [(b.device_id, b.held, b.problem, b.enrolled_for) for b in found] == [
        (uuid.UUID(device.id), 3, "event 4 was altered", "amina")]  # the first break stays


def test_a_device_writes_only_its_own_log(world: World) -> None:
    mine, theirs = world.enrol("amina"), world.enrol("bilal")
    events = chain(2)
    hand_in(mine, events)
    follow_on = chain(1, start=3, prev=events[-1].hash)  # would extend amina's log
    answer = hand_in(theirs, follow_on)
    assert answer.audit_held == 0 and answer.audit_refused == "event 1 is missing"
    assert stored(world, mine) == [(e.seq, e.hash) for e in events]
    assert stored(world, theirs) == []
    hand_in(theirs, events)  # the same events under another device stay that device's
    with world.engine.connect() as conn:
        devices = {e.device_id for e in audit_log.find(conn, world.org_id,
                                                       case_id=uuid.UUID(CASE))}
    assert devices == {uuid.UUID(mine.id), uuid.UUID(theirs.id)}


def laptop(world: World, folder: Path, user: str, role: str) -> Session:
    profile.create_profile(folder, user=user, passphrase=DEVICE_PASSPHRASE, role=role,
                           team="lamp", site="LAMP-01", kdf=KDF, now=world.clock)
    session = profile.unlock(folder, user=user, passphrase=DEVICE_PASSPHRASE, kdf=KDF,
                             now=world.clock)
    sync_service.enroll(session, "http://127.0.0.1:8765", world.code(user), SyncAsgi(world))
    return session


def sync(session: Session, world: World) -> None:
    sync_service.sync_now(session, SyncAsgi(world), sleep=lambda _s: None)


def document() -> dict[str, Any]:
    return {"person": {"given_name": NAME, "family_name": "Tesfay", "sex": "female",
                       "age_estimate": 24, "nationality": "ERI", "languages": ["ti"]},
            "case": {"site": "LAMP-01", "stage": "transit", "assigned_to": "amina",
                     "opened_on": "2026-11-01"}}


def test_who_saw_a_record_across_two_laptops_exports_included(
        world: World, db_url: str, tmp_path: Path) -> None:
    worker = laptop(world, tmp_path / "amina", "amina", "worker")
    supervisor = laptop(world, tmp_path / "sara", "sara", "supervisor")
    try:
        case_id = cases.create_case(worker, document()).case_id
        sync(worker, world)
        sync(supervisor, world)
        world.clock.advance(minutes=5)
        cases.update_case(supervisor, case_id, {"case": {"stage": "destination"}})
        export.export_cases(supervisor, export.ExportSelection(), io.StringIO().write)
        world.clock.advance(minutes=5)
        cases.show_case(worker, case_id)
        sync(worker, world)
        sync(supervisor, world)
    finally:
        worker.close()
        supervisor.close()
    with world.engine.connect() as conn:
        found = audit_log.find(conn, world.org_id, case_id=uuid.UUID(case_id))
        since = audit_log.find(conn, world.org_id, user="amina",
                               since=world.clock.at)
    seen = [(e.user, e.action) for e in found]
    assert ("amina", "case.create") in seen and ("amina", "case.view") in seen
    assert ("sara", "case.edit") in seen and ("sara", "case.export") in seen
    assert len({e.device_id for e in found}) == 2
    assert [e.action for e in since] == ["case.view"]
    with world.engine.connect() as conn:
        kept = [tuple(r) for r in conn.execute(sa.select(audit_events))]
    assert NAME not in repr(kept) and "Tesfay" not in repr(kept)  # ids and counts only
    out = io.StringIO()
    assert main(["audit", "--case", case_id, "--database-url", db_url, "--json"],
                Context(stdout=out, stderr=io.StringIO())) == 0
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert {(line["user"], line["action"]) for line in lines} == set(seen)
    assert NAME not in out.getvalue()


def run_cli(db_url: str, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["audit", *args, "--database-url", db_url], Context(stdout=out, stderr=err))
    return code, out.getvalue(), err.getvalue()


def test_the_command_lists_a_user_a_case_and_the_broken_chains_in_words(
        world: World, db_url: str) -> None:
    device = world.enrol("amina")
    events = chain(3)
    hand_in(device, events[:2])
    hand_in(device, [events[2], dataclasses.replace(events[2], seq=4, prev_hash=events[2].hash)])
    code, out, _ = run_cli(db_url, "--user", "amina", "--since", "2026-11-30T09:02")
    assert code == 0
    assert out.splitlines() == [
        f"2026-11-30T09:0{minute}:00+00:00  amina  case.view  case {CASE}  device "
        f"{device.id} (Site laptop)" for minute in (2, 3)] + ["2 event(s)"]
    assert run_cli(db_url, "--case", CASE)[1].endswith("3 event(s)\n")
    code, out, _ = run_cli(db_url, "--breaks")
    assert code == 0 and "held up to event 3  event 4 was altered" in out
    assert "enrolled for amina" in out


def test_the_command_refuses_what_it_cannot_answer(world: World, db_url: str) -> None:
    assert run_cli(db_url, "--case", "not-an-id")[0] == 4
    assert run_cli(db_url, "--org", "Nobody", "--user", "amina")[0] == 4
    assert run_cli(db_url)[0] == 2  # --case, --user or --breaks
    with world.engine.begin() as conn:
        admin.create_org(conn, "Second Org", now=world.clock())
    code, _, err = run_cli(db_url, "--user", "amina")
    assert code == 4 and "--org" in err
    assert run_cli(db_url, "--org", "Border Aid", "--user", "amina")[0] == 0
