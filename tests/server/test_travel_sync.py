"""Travel mode across a real server (in process, SQLite and PostgreSQL): after the crossing,
an unlock and a sync bring every case back whole, with its attachment, and the erased store
held no byte naming the person; the server takes the new store's audit log as the device's
chain going on (no break, no gap). The refusals and the key checks: tests/services/test_travel.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from fieldcase.server import audit_log
from fieldcase.server.db import audit_events
from fieldcase.services import attachments, cases, profile, travel
from fieldcase.services import sync as sync_service
from fieldcase.services.session import Session
from fieldcase.storage import audit as stored_audit
from fieldcase.storage.keyslots import KdfParams

from ..security.test_no_plaintext import hits_in
from .sync_harness import SyncAsgi, World, make_world

KDF = KdfParams.insecure_for_tests()
DEVICE_PASSPHRASE = "correct horse battery staple"
NAME = "Qzxcanaryvelt"


@pytest.fixture
def world(engine: sa.Engine, db_url: str) -> Iterator[World]:
    yield make_world(engine, db_url)


def sync(session: Session, world: World) -> sync_service.SyncReport:
    return sync_service.sync_now(session, SyncAsgi(world), sleep=lambda _s: None)


def document() -> dict[str, Any]:
    return {"person": {"given_name": NAME, "family_name": "Tesfay", "sex": "female",
                       "age_estimate": 24, "nationality": "ERI", "languages": ["ti"]},
            "case": {"site": "LAMP-01", "stage": "transit", "assigned_to": "amina",
                     "opened_on": "2026-11-01"}}


def test_after_travel_an_unlock_and_a_sync_bring_every_case_back(world: World,
                                                                 tmp_path: Path) -> None:
    folder = tmp_path / "amina"
    profile.create_profile(folder, user="amina", passphrase=DEVICE_PASSPHRASE, role="worker",
                           team="lamp", site="LAMP-01", kdf=KDF, now=world.clock)
    session = profile.unlock(folder, user="amina", passphrase=DEVICE_PASSPHRASE, kdf=KDF,
                             now=world.clock)
    try:
        sync_service.enroll(session, "http://127.0.0.1:8765", world.code("amina"),
                            SyncAsgi(world))
        case_id = cases.create_case(session, document()).case_id
        attachments.add_attachment(session, case_id, b"scan of a consent form",
                                   "consent_form")
        with pytest.raises(travel.TravelRefused, match="attachment"):
            travel.prepare(session)
        sync(session, world)
        assert travel.status(session).ready
        assert travel.prepare(session).cases_erased == 1
        assert hits_in(folder) == []

        session = profile.unlock(folder, user="amina", passphrase=DEVICE_PASSPHRASE, kdf=KDF,
                                 now=world.clock)
        assert travel.status(session).cases == 0
        report = sync(session, world)
        assert report.pushed == 0
        back = cases.show_case(session, case_id).document
        assert back["person"]["given_name"] == NAME
        sync(session, world)  # the attachment comes after its case
        assert attachments.open_attachment(session, back["attachments"][0]["id"]) == \
            b"scan of a consent form"
    finally:
        session.close()


def test_after_travel_the_server_takes_the_log_as_the_same_chain_going_on(
        world: World, tmp_path: Path) -> None:
    """Events synced, travel prepared, unlock, sync: the server holds the travel.prepare event
    and the unlock after it, right after what it held before and the sync's own record that was
    waiting (carried into the new store), and lists no break."""
    folder = tmp_path / "amina"
    profile.create_profile(folder, user="amina", passphrase=DEVICE_PASSPHRASE, role="worker",
                           team="lamp", site="LAMP-01", kdf=KDF, now=world.clock)
    session = profile.unlock(folder, user="amina", passphrase=DEVICE_PASSPHRASE, kdf=KDF,
                             now=world.clock)
    try:
        sync_service.enroll(session, "http://127.0.0.1:8765", world.code("amina"),
                            SyncAsgi(world))
        case_id = cases.create_case(session, document()).case_id
        sync(session, world)
        cases.show_case(session, case_id)
        with pytest.raises(travel.TravelRefused, match="2 audit event"):
            travel.prepare(session)  # the view (and the sync record before it) not sent yet
        sync(session, world)
        held = stored_audit.sent_mark(session.store.raw)
        travel.prepare(session)

        session = profile.unlock(folder, user="amina", passphrase=DEVICE_PASSPHRASE, kdf=KDF,
                                 now=world.clock)
        sync(session, world)
        assert stored_audit.refused_reason(session.store.raw) is None
        assert cases.show_case(session, case_id).document["person"]["given_name"] == NAME
        sync(session, world)  # the view of the case that came back reaches the server too
    finally:
        session.close()

    with world.engine.connect() as conn:
        assert audit_log.breaks(conn, world.org_id) == []
        seen = audit_log.find(conn, world.org_id, user="amina")
        kept = conn.execute(sa.select(audit_events.c.seq).order_by(audit_events.c.seq))
        seqs = [int(row.seq) for row in kept]
    assert seqs == list(range(1, len(seqs) + 1))  # one chain, no gap
    after = [e.action for e in sorted(seen, key=lambda e: e.seq) if e.seq > held]
    assert after[:3] == ["sync", "travel.prepare", "unlock"] and "case.view" in after
    prepared = next(e for e in seen if e.action == "travel.prepare")
    assert prepared.seq == held + 2 and prepared.details == {"cases_erased": 1}
    assert NAME not in repr(seen)
