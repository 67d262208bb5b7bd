"""Retention across a real server (in process, SQLite and PostgreSQL): the organisation's
months reach the laptop with its policy; a purge there is not a deletion the server hears
of; the case does not come back while unchanged, and comes back whole when it changes."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from fieldcase.server import admin
from fieldcase.server.db import changes, device_forgotten
from fieldcase.services import attachments, cases, profile, retention
from fieldcase.services import sync as sync_service
from fieldcase.services.session import Session
from fieldcase.storage import retention as stored_retention
from fieldcase.storage.keyslots import KdfParams

from .sync_harness import SyncAsgi, World, make_world

KDF = KdfParams.insecure_for_tests()
DEVICE_PASSPHRASE = "correct horse battery staple"
NAME = "Qzxcanaryvelt"


@pytest.fixture
def world(engine: sa.Engine, db_url: str) -> Iterator[World]:
    yield make_world(engine, db_url)


def laptop(world: World, folder: Path, user: str, role: str) -> Session:
    profile.create_profile(folder, user=user, passphrase=DEVICE_PASSPHRASE, role=role,
                           team="lamp", site="LAMP-01", kdf=KDF, now=world.clock)
    session = profile.unlock(folder, user=user, passphrase=DEVICE_PASSPHRASE, kdf=KDF,
                             now=world.clock)
    sync_service.enroll(session, "http://127.0.0.1:8765", world.code(user), SyncAsgi(world))
    return session


def sync(session: Session, world: World) -> sync_service.SyncReport:
    return sync_service.sync_now(session, SyncAsgi(world), sleep=lambda _s: None)


def document() -> dict[str, Any]:
    return {"person": {"given_name": NAME, "family_name": "Tesfay", "sex": "female",
                       "age_estimate": 24, "nationality": "ERI", "languages": ["ti"]},
            "case": {"site": "LAMP-01", "stage": "transit", "assigned_to": "amina",
                     "opened_on": "2026-11-01"}}


def test_a_purged_case_stays_on_the_server_and_comes_back_whole_only_when_it_changes(
        world: World, tmp_path: Path) -> None:
    with world.engine.begin() as conn:
        admin.set_org_policy(conn, world.org_id, {"retention_months_after_closure": 12},
                             now=world.clock())
    supervisor = laptop(world, tmp_path / "sara", "sara", "supervisor")
    worker = laptop(world, tmp_path / "amina", "amina", "worker")
    try:
        assert retention.retention_months(supervisor) == 12  # came with the policy
        case_id = cases.create_case(supervisor, document()).case_id
        attachments.add_attachment(supervisor, case_id, b"scan of a consent form",
                                   "consent_form")
        cases.change_status(supervisor, case_id, "request_closure")
        cases.change_status(supervisor, case_id, "approve_closure")
        later = world.clock() + timedelta(days=400)
        assert retention.preview(supervisor, later).held != ()  # the scan is not uploaded
        sync(supervisor, world)
        sync(worker, world)
        logged = _logged(world, case_id)
        files = tmp_path / "sara" / "attachments"
        assert len(list(files.iterdir())) == 1

        assert retention.purge(supervisor, later).purged != ()
        assert list(files.iterdir()) == []  # the encrypted file went with its key
        assert stored_retention.forgotten(supervisor.store) == [case_id]
        report = sync(supervisor, world)
        assert report.pushed == 0 and _logged(world, case_id) == logged  # not a deletion
        assert stored_retention.forgotten(supervisor.store) == []  # the server was told
        assert _forgotten_rows(world) == 1
        sync(supervisor, world)
        assert _shown(supervisor, case_id) is None  # unchanged: it does not come back
        assert _shown(worker, case_id) is not None  # the other laptop keeps it

        cases.update_case(worker, case_id, {"notes": [{
            "text": "called back from the shelter", "confidential": False,
            "author": "amina", "written_at": "2026-11-30T10:00:00Z"}]})
        sync(worker, world)
        sync(supervisor, world)
        back = _shown(supervisor, case_id)
        assert back is not None and back["person"]["given_name"] == NAME  # whole, not a note
        assert [n["text"] for n in back["notes"]] == ["called back from the shelter"]
        assert _forgotten_rows(world) == 0
        sync(supervisor, world)
        assert attachments.open_attachment(supervisor, back["attachments"][0]["id"]) == \
            b"scan of a consent form"  # fetched again with the case
    finally:
        supervisor.close()
        worker.close()


def _logged(world: World, case_id: str) -> int:
    with world.engine.connect() as conn:
        return int(conn.execute(sa.select(sa.func.count()).select_from(changes).where(
            changes.c.case_id == uuid.UUID(case_id))).scalar_one())


def _forgotten_rows(world: World) -> int:
    with world.engine.connect() as conn:
        return int(conn.execute(sa.select(sa.func.count()).select_from(device_forgotten)
                                ).scalar_one())


def _shown(session: Session, case_id: str) -> dict[str, Any] | None:
    row = session.store.raw.execute("SELECT 1 FROM cases WHERE id = ?", (case_id,)).fetchone()
    return None if row is None else dict(cases.show_case(session, case_id).document)
