"""Travel mode on one laptop (the merge-only fake server of ``tests/sync/fake_server.py``):
refused while anything is unsynced, and afterwards no case name in any byte of the profile,
the old key opens nothing, every user still unlocks, and a sync brings the cases back.
The same across a real server, on SQLite and PostgreSQL: tests/server/test_travel_sync.py."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from fieldcase.services import attachments, cases, profile, travel
from fieldcase.services import sync as sync_service
from fieldcase.services.session import Session
from fieldcase.storage import audit as stored_audit
from fieldcase.storage.errors import WrongKey
from fieldcase.storage.keys import KeyPurpose, subkey
from fieldcase.storage.keyslots import KdfParams
from fieldcase.storage.store import DATABASE_FILE, Store

from ..security.sqlcipher_pages import database_pages
from ..security.test_no_plaintext import _needles
from ..sync.fake_server import FakeServer, HttpFront

KDF = KdfParams.insecure_for_tests()
PASSPHRASE = "correct horse battery staple"
SERVER = "http://127.0.0.1:8765"
NAME = "Qzxcanaryvelt"  # a canary of tests/security/test_no_plaintext.py


def clock() -> datetime:
    return datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


@dataclass
class World:
    front: HttpFront
    session: Session
    folder: Path


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    front = HttpFront(FakeServer(), now=clock)
    folder = tmp_path / "amina"
    profile.create_profile(folder, user="amina", passphrase=PASSPHRASE, role="worker",
                           team="lamp", site="LAMP-01", kdf=KDF, now=clock)
    session = profile.unlock(folder, user="amina", passphrase=PASSPHRASE, kdf=KDF, now=clock)
    sync_service.enroll(session, SERVER, front.issue_code("ABCDE-12340", "user-0"),
                        front.transport())
    state = World(front, session, folder)
    yield state
    state.session.close()


def document(given: str) -> dict[str, Any]:
    return {"person": {"given_name": given, "family_name": "Tesfay", "sex": "female",
                       "age_estimate": 24, "nationality": "ERI", "languages": ["ti"]},
            "case": {"site": "LAMP-01", "stage": "transit", "assigned_to": "amina",
                     "opened_on": "2026-10-01"}}


def sync(world: World) -> sync_service.SyncReport:
    return sync_service.sync_now(world.session, world.front.transport(), sleep=lambda _s: None)


def unlock(world: World) -> Session:
    return profile.unlock(world.folder, user="amina", passphrase=PASSPHRASE, kdf=KDF,
                          now=clock)


def test_refused_while_a_change_is_unsynced_and_nothing_is_changed(world: World) -> None:
    case_id = cases.create_case(world.session, document(NAME)).case_id
    attachments.add_attachment(world.session, case_id, b"scan of a passport", "consent_form")
    found = travel.status(world.session)
    assert found.cases == 1 and not found.ready
    assert found.unsynced == {"outbox": found.outbox, "attachments": 1,
                              "audit": found.audit}
    with pytest.raises(travel.TravelRefused) as refused:
        travel.prepare(world.session)
    assert "change(s) to send" in str(refused.value)
    assert "1 attachment(s) not uploaded" in str(refused.value)
    assert NAME not in str(refused.value)
    assert cases.show_case(world.session, case_id).document["person"]["given_name"] == NAME

    with world.session.store.atomic():  # the fake server takes no files: as if uploaded
        world.session.store.raw.execute("UPDATE attachment_files SET state = 'ready'")
    sync(world)
    assert travel.status(world.session).ready
    cases.update_case(world.session, case_id, {"person": {"family_name": "Kidane"}})
    with pytest.raises(travel.TravelRefused, match="1 change"):
        travel.prepare(world.session)


def test_refused_while_the_server_lacks_an_audit_event_but_not_a_sync_record_or_unlock(
        world: World) -> None:
    """A view after the last sync is audited: the server must hold it before the log that
    recorded it is erased. A sync's own record and an unlock at the end of the log do not
    count (storage.audit.waiting): they are carried into the new store."""
    case_id = cases.create_case(world.session, document(NAME)).case_id
    sync(world)
    world.session.close()
    world.session = unlock(world)
    actions = [e.action for e in stored_audit.events(world.session.store.raw, limit=2)]
    assert actions == ["unlock", "sync"] and travel.status(world.session).ready
    cases.show_case(world.session, case_id)
    found = travel.status(world.session)
    assert found.unsynced == {"audit": 3}  # the sync's record, the unlock, then the view
    with pytest.raises(travel.TravelRefused, match="3 audit event"):
        travel.prepare(world.session)
    sync(world)
    assert travel.status(world.session).ready


def test_after_travel_the_log_continues_the_chain_the_server_holds(world: World) -> None:
    """The new store's log starts from the last event the server acknowledged, with the
    sync's own record that was waiting carried over as it was, so the server takes the events
    after the crossing as the same chain."""
    cases.create_case(world.session, document(NAME))
    sync(world)
    held = world.front.server.audit[-1]
    raw = world.session.store.raw
    assert stored_audit.sent_mark(raw) == held.seq
    waiting = stored_audit.events(raw, limit=1)[0]
    assert (waiting.seq, waiting.action) == (held.seq + 1, "sync")  # not sent yet

    travel.prepare(world.session)
    world.session = unlock(world)
    raw = world.session.store.raw
    assert stored_audit.anchor(raw) == (held.seq, held.hash)
    first, prepared = sorted(stored_audit.events(raw), key=lambda e: e.seq)[:2]
    assert first == waiting
    assert (prepared.seq, prepared.prev_hash, prepared.action) == (
        held.seq + 2, waiting.hash, "travel.prepare")
    assert stored_audit.verify(raw).ok
    assert travel.status(world.session).audit > 0  # the preparation and the unlock
    sync(world)
    assert stored_audit.refused_reason(world.session.store.raw) is None
    taken = [e.action for e in world.front.server.audit[held.seq:]]
    assert taken[:3] == ["sync", "travel.prepare", "unlock"]
    assert [e.seq for e in world.front.server.audit] == list(
        range(1, len(world.front.server.audit) + 1))
    assert travel.status(world.session).ready


def test_an_unenrolled_laptop_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "solo"
    profile.create_profile(folder, user="amina", passphrase=PASSPHRASE, role="worker",
                           team="lamp", site="LAMP-01", kdf=KDF)
    session = profile.unlock(folder, user="amina", passphrase=PASSPHRASE, kdf=KDF)
    try:
        with pytest.raises(travel.TravelRefused, match="enrolled"):
            travel.prepare(session)
    finally:
        session.close()


def test_after_prepare_no_byte_names_a_person_and_the_old_key_opens_nothing(
        world: World) -> None:
    case_id = cases.create_case(world.session, document(NAME)).case_id
    attachments.add_attachment(world.session, case_id, NAME.encode() * 20, "consent_form")
    with world.session.store.atomic():  # the fake server takes no files: as if uploaded
        world.session.store.raw.execute("UPDATE attachment_files SET state = 'ready'")
    sync(world)
    old_key = subkey(world.session.data_key, KeyPurpose.DATABASE)
    world.session.store.checkpoint()
    before = [n for page in database_pages(world.folder / DATABASE_FILE, old_key)
              for n in _needles() if n in page]
    assert before, "the scan must see the name while the case is here"
    copy = (world.folder / DATABASE_FILE).read_bytes()

    result = travel.prepare(world.session)

    assert result.cases_erased == 1
    for path in world.folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert not [n for n in _needles() if n in data], path.name
            assert data != copy
    assert not (world.folder / "attachments").exists() or not any(
        (world.folder / "attachments").iterdir())
    with pytest.raises(WrongKey):  # the new store is under a new key
        Store.open(world.folder, old_key, create=False).close()
    stale = world.folder / "stale"
    stale.mkdir()
    (stale / DATABASE_FILE).write_bytes(copy)  # a copy taken before: its key is in no slot
    world.session = unlock(world)
    new_key = subkey(world.session.data_key, KeyPurpose.DATABASE)
    assert new_key != old_key
    with pytest.raises(WrongKey):
        Store.open(stale, new_key, create=False).close()
    assert [n for page in database_pages(world.folder / DATABASE_FILE, new_key)
            for n in _needles() if n in page] == []
    assert travel.status(world.session).cases == 0
    events = [e.action for e in stored_audit.events(world.session.store.raw)]
    assert "travel.prepare" in events and "case.create" not in events


def test_after_the_crossing_an_unlock_and_a_sync_bring_the_cases_back(world: World) -> None:
    case_id = cases.create_case(world.session, document(NAME)).case_id
    number = cases.show_case(world.session, case_id).document["case"]["case_number"]
    sync(world)
    travel.prepare(world.session)
    world.session = unlock(world)
    assert cases.search_cases(world.session, NAME) == []
    sync(world)
    shown = cases.show_case(world.session, case_id).document
    assert shown["person"]["given_name"] == NAME and shown["case"]["case_number"] == number
    assert [h.display_name for h in cases.search_cases(world.session, NAME)] == [
        f"{NAME} Tesfay"]
    other = cases.create_case(world.session, document("Selam")).case_id  # numbers go on
    assert cases.show_case(world.session, other).document["case"]["case_number"] != number


def test_a_preparation_cut_after_the_new_key_loses_nothing(world: World) -> None:
    """A crash after the key slots took the new key, before the new store was in place: the
    next unlock re-keys the old store to the new key (as after an interrupted user removal),
    every case is still there, and travel mode can simply be prepared again."""
    case_id = cases.create_case(world.session, document(NAME)).case_id
    sync(world)
    keys = profile.key_slots(world.session)
    dek = world.session.data_key
    world.session.close()
    keys.rekey_all(world.folder, dek)  # step 2 of prepare, then the "crash"
    world.session = unlock(world)
    assert cases.show_case(world.session, case_id).document["person"]["given_name"] == NAME
    sync(world)  # the unlock and the view are audited: the server must hold them first
    assert travel.prepare(world.session).cases_erased == 1
    world.session = unlock(world)
    assert travel.status(world.session).cases == 0
