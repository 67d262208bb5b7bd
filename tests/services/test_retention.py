"""Retention on the laptop with an injected clock: closed, synced cases go N months after
their closure, and only those; the purge leaves no copy in the store's files, is not a
deletion the server hears of, and a later pull does not bring the case back unless it changes.

The server is the merge-only fake of ``tests/sync/fake_server.py`` (its feed is what the
laptops pull); the policy is stored on the device as a sync stores it
(``storage.org_policy.save``; its way from the server is tested in test_org_policy.py and
tests/server/test_policy_api.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from fieldcase.domain.org_policy import OrgPolicy, PublishedPolicy
from fieldcase.domain.policy import Actor, Role
from fieldcase.services import attachments, cases, drafts, profile, retention
from fieldcase.services import sync as sync_service
from fieldcase.services.session import Session
from fieldcase.storage import org_policy as stored_policy
from fieldcase.storage.keys import KeyPurpose, subkey
from fieldcase.storage.keyslots import KdfParams
from fieldcase.storage.store import DATABASE_FILE

from ..security.sqlcipher_pages import database_pages, wal_pages
from ..security.test_no_plaintext import _needles
from ..sync.fake_server import FakeServer, HttpFront

KDF = KdfParams.insecure_for_tests()
PASSPHRASE = "correct horse battery staple"
SERVER = "http://127.0.0.1:8765"
CLOSED_AT = datetime(2025, 10, 1, 9, 0, tzinfo=UTC)
GONE_NAME = "Qzxcanaryvelt"  # a canary of tests/security/test_no_plaintext.py


@dataclass
class Clock:
    moment: datetime = CLOSED_AT

    def __call__(self) -> datetime:
        return self.moment


@dataclass
class World:
    clock: Clock
    front: HttpFront
    a: Session  # the laptop that retains
    b: Session  # a colleague's laptop: edits that reach the server
    folder: Path


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    clock = Clock()
    front = HttpFront(FakeServer(), now=clock)
    sessions = []
    for index, name in enumerate(("amina", "berhane")):
        folder = tmp_path / name
        profile.create_profile(folder, user=name, passphrase=PASSPHRASE, role="supervisor",
                               team="lamp", site="LAMP-01", kdf=KDF, now=clock)
        session = profile.unlock(folder, user=name, passphrase=PASSPHRASE, kdf=KDF, now=clock)
        code = front.issue_code(f"ABCDE-1234{index}", f"user-{index}")
        sync_service.enroll(session, SERVER, code, front.transport())
        sessions.append(session)
    yield World(clock, front, sessions[0], sessions[1], tmp_path / "amina")
    for session in sessions:
        session.close()


def keep_for(session: Session, months: int | None) -> None:
    published = PublishedPolicy(OrgPolicy(retention_months_after_closure=months), 1,
                                datetime(2025, 1, 1, tzinfo=UTC))
    with session.store.atomic():
        stored_policy.save(session.store, published, session.now())


def document(given: str) -> dict[str, Any]:
    return {
        "person": {"given_name": given, "family_name": "Tesfay", "sex": "female",
                   "age_estimate": 24, "nationality": "ERI", "languages": ["ti"]},
        "case": {"site": "LAMP-01", "stage": "transit", "assigned_to": "amina",
                 "opened_on": "2025-06-01"},
    }


def closed_case(session: Session, given: str) -> str:
    case_id = cases.create_case(session, document(given)).case_id
    cases.change_status(session, case_id, "request_closure")
    cases.change_status(session, case_id, "approve_closure")
    return case_id


def sync(session: Session, world: World) -> sync_service.SyncReport:
    return sync_service.sync_now(session, world.front.transport(), sleep=lambda _s: None)


THIRTEEN_MONTHS_ON = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
ELEVEN_MONTHS_ON = datetime(2026, 9, 2, 9, 0, tzinfo=UTC)


def held_here(session: Session, case_id: str) -> bool:
    return session.store.raw.execute("SELECT 1 FROM cases WHERE id = ?",
                                     (case_id,)).fetchone() is not None


def test_no_policy_or_keep_purges_nothing(world: World) -> None:
    closed_case(world.a, "Hewan")
    sync(world.a, world)
    world.clock.moment = datetime(2028, 1, 1, tzinfo=UTC)  # the store's own clock this time
    assert retention.preview(world.a).cases == ()
    keep_for(world.a, None)
    assert retention.purge(world.a) == retention.PurgeResult((), ())


def test_only_closed_synced_cases_past_retention_go(world: World) -> None:
    keep_for(world.a, 12)
    old = closed_case(world.a, GONE_NAME)
    unsynced = closed_case(world.a, "Selam")
    open_case = cases.create_case(world.a, document("Meron")).case_id
    sync(world.a, world)
    cases.update_case(world.a, unsynced, {"person": {"family_name": "Kidane"}})  # not synced
    number = {c: cases.show_case(world.a, c).document["case"]["case_number"]
              for c in (old, unsynced)}

    assert retention.preview(world.a, ELEVEN_MONTHS_ON).cases == ()  # closed 11 months ago
    assert retention.purge(world.a, ELEVEN_MONTHS_ON) == retention.PurgeResult((), ())
    shown = retention.preview(world.a, THIRTEEN_MONTHS_ON)
    assert shown.months == 12
    assert [(c.case_number, c.closed_on, c.held) for c in shown.cases] == [
        (number[old], CLOSED_AT.date(), None),
        (number[unsynced], CLOSED_AT.date(), retention.HELD_UNSYNCED)]
    assert held_here(world.a, old)  # a preview changes nothing

    result = retention.purge(world.a, THIRTEEN_MONTHS_ON)
    assert result == retention.PurgeResult((number[old],), (number[unsynced],), (old,))
    assert result.changes.case_ids == {old}
    assert not held_here(world.a, old)
    assert all(held_here(world.a, c) for c in (unsynced, open_case))
    event = world.a.store.raw.execute(
        "SELECT details FROM audit_log WHERE action = 'retention.purge'").fetchall()
    assert len(event) == 1 and old in event[0][0] and GONE_NAME not in event[0][0]
    assert cases.search_cases(world.a, GONE_NAME) == []
    assert retention.purge(world.a, THIRTEEN_MONTHS_ON).purged == ()  # nothing left to purge

    assert sync(world.a, world).pushed == 1  # the unsynced change goes; the case then goes too
    assert retention.purge(world.a, THIRTEEN_MONTHS_ON).purged == (number[unsynced],)


def test_a_draft_of_the_case_goes_with_it(world: World) -> None:
    keep_for(world.a, 12)
    case_id = closed_case(world.a, GONE_NAME)
    sync(world.a, world)
    drafts.save_draft(world.a, f"case:{case_id}", {"typed": GONE_NAME})
    assert retention.purge(world.a, THIRTEEN_MONTHS_ON).purged != ()
    assert world.a.store.raw.execute("SELECT count(*) FROM drafts").fetchone()[0] == 0


def test_the_purge_leaves_no_copy_in_the_store_files(world: World) -> None:
    """The positive control first: before the purge the name is in the decrypted pages (so
    the scan can see it); after, in no page of the database (free pages included) nor the WAL,
    nor in any file of the profile folder as stored."""
    keep_for(world.a, 12)
    cases.create_case(world.a, document("Ycanarynote"))  # stays: the index is not emptied
    case_id = closed_case(world.a, GONE_NAME)
    cases.create_case(world.a, document("Meronita"))
    sync(world.a, world)
    key = subkey(world.a.data_key, KeyPurpose.DATABASE)
    world.a.store.checkpoint()
    assert _hits(world, key), "the scan must see the name while the case is here"
    assert world.a.store.raw.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert retention.purge(world.a, THIRTEEN_MONTHS_ON).purged != ()
    wal = world.folder / f"{DATABASE_FILE}-wal"
    assert not wal.exists() or wal.stat().st_size == 0  # checkpointed (TRUNCATE)
    assert not [hit for hit in _hits(world, key) if "anaryvelt" in hit]
    assert [hit for hit in _hits(world, key) if "ycanarynote" in hit]  # the others stay
    assert [h.display_name for h in cases.search_cases(world.a, "Ycanarynote")] == [
        "Ycanarynote Tesfay"]
    for (table,) in world.a.store.raw.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'case_search%' AND name NOT LIKE 'sqlite_%'").fetchall():
        for row in world.a.store.raw.execute(f"SELECT * FROM {table}"):
            assert GONE_NAME not in repr(row), table
    for path in world.folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert not [n for n in _needles() if n in data], path.name
    assert case_id not in {str(r[0]) for r in world.a.store.raw.execute(
        "SELECT case_id FROM attachment_files")}


def _hits(world: World, key: bytes) -> list[str]:
    database = world.folder / DATABASE_FILE
    pages = [*database_pages(database, key),
             *wal_pages(world.folder / f"{DATABASE_FILE}-wal", key)]
    return [f"page {i}: {n!r}" for i, page in enumerate(pages) for n in _needles()
            if n in page]


def test_the_purge_is_not_a_deletion_and_a_later_pull_does_not_bring_it_back(
        world: World) -> None:
    keep_for(world.a, 12)
    case_id = closed_case(world.a, GONE_NAME)
    sync(world.a, world)
    sync(world.b, world)
    pushed_before = len(world.front.server.pushes)
    assert retention.purge(world.a, THIRTEEN_MONTHS_ON).purged != ()
    report = sync(world.a, world)
    assert report.pushed == 0 and len(world.front.server.pushes) == pushed_before
    assert case_id in world.front.server.cases  # the server keeps the case
    assert world.front.server.cases[case_id].purged is None
    assert not held_here(world.a, case_id)  # the next pull does not bring it back
    sync(world.b, world)
    assert held_here(world.b, case_id)  # nor does any other laptop lose it



def test_a_case_whose_scan_is_not_uploaded_stays(world: World) -> None:
    keep_for(world.a, 12)
    case_id = closed_case(world.a, GONE_NAME)
    sync(world.a, world)
    attachments.add_attachment(world.a, case_id, b"scan of a consent form", "consent_form")
    with world.a.store.atomic():  # the case's change went; its file has not
        world.a.store.raw.execute("DELETE FROM outbox")
    assert [c.held for c in retention.preview(world.a, THIRTEEN_MONTHS_ON).cases] == [
        retention.HELD_UNSYNCED]


def test_an_open_conflict_or_a_refused_change_holds_its_case(world: World) -> None:
    keep_for(world.a, 12)
    conflicted = closed_case(world.a, GONE_NAME)
    refused = closed_case(world.a, "Selam")
    gone = closed_case(world.a, "Hewan")
    sync(world.a, world)
    sync(world.b, world)
    cases.update_case(world.a, conflicted, {"person": {"family_name": "Kidane"}})
    cases.update_case(world.b, conflicted, {"person": {"family_name": "Haile"}})
    sync(world.b, world)
    world.front.server.reject = lambda change: "forbidden" \
        if change.case_id == refused else None
    cases.update_case(world.a, refused, {"person": {"family_name": "Tekle"}})
    report = sync(world.a, world)
    assert report.conflicts == 1 and report.quarantined == 1
    assert world.a.store.raw.execute("SELECT count(*) FROM outbox").fetchone()[0] == 0
    held = {c.case_id: c.held for c in retention.preview(world.a, THIRTEEN_MONTHS_ON).cases}
    assert held == {conflicted: retention.HELD_UNSYNCED, refused: retention.HELD_UNSYNCED,
                    gone: None}
    assert len(retention.purge(world.a, THIRTEEN_MONTHS_ON).purged) == 1
    assert held_here(world.a, conflicted) and held_here(world.a, refused)


def test_only_cases_the_person_may_view_and_none_for_an_admin(world: World) -> None:
    keep_for(world.a, 12)
    mine = closed_case(world.a, GONE_NAME)
    sync(world.a, world)
    worker = replace(world.a, actor=Actor("dawit", Role.WORKER, "lamp", "LAMP-01"))
    admin = replace(world.a, actor=Actor("root", Role.ADMIN, "lamp", "LAMP-01"))
    assert retention.preview(worker, THIRTEEN_MONTHS_ON).cases == ()  # amina's, not dawit's
    assert retention.purge(admin, THIRTEEN_MONTHS_ON).purged == ()
    assert [c.case_id for c in retention.preview(world.a, THIRTEEN_MONTHS_ON).cases] == [mine]
