"""A laptop whose store went back in time is stopped at its next sync, before it pushes
anything, by what the server last acknowledged to it; a lost answer is not mistaken for it.

The laptop is a real profile (key slots, SQLCipher store) running the device's own sync
(``services.sync``) against the real server app in-process (``SyncAsgi``), on SQLite."""

from __future__ import annotations

import io
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa

from fieldcase import cli
from fieldcase.cli_commands import Options
from fieldcase.server.db import changes, create_engine, devices
from fieldcase.services import cases, profile
from fieldcase.services import sync as sync_service
from fieldcase.services.session import Session
from fieldcase.storage import audit, sync_state
from fieldcase.storage.keyslots import KdfParams
from fieldcase.sync.errors import SyncError, SyncErrorKind
from fieldcase.sync.protocol import (
    PullRequest,
    PullResponse,
    PushRequest,
    PushResponse,
    decode,
)

from .sync_harness import SyncAsgi, World, make_world

KDF = KdfParams.insecure_for_tests()
PASSPHRASE = "correct horse battery staple"
SERVER = "http://127.0.0.1:8765"
STORE_FILES = ("store.db", "store.db-wal", "store.mark")


@pytest.fixture
def world(sqlite_db_url: str) -> Iterator[World]:
    engine = create_engine(sqlite_db_url)
    try:
        yield make_world(engine, sqlite_db_url)
    finally:
        engine.dispose()


class Laptop:
    """Amina's laptop: a profile enrolled with the world's server."""

    def __init__(self, world: World, folder: Path) -> None:
        self.world, self.folder = world, folder
        self.transport = SyncAsgi(world)
        profile.create_profile(folder, user="amina", passphrase=PASSPHRASE, role="worker",
                               team="lamp", site="LAMP-01", kdf=KDF, now=world.clock)
        with self.session() as session:
            sync_service.enroll(session, SERVER, world.code("amina"), self.transport)

    def session(self) -> _Open:
        return _Open(profile.unlock(self.folder, user="amina", passphrase=PASSPHRASE, kdf=KDF,
                                    now=self.world.clock))

    def sync(self, session: Session, **options: object) -> sync_service.SyncReport:
        return sync_service.sync_now(session, self.transport, sleep=lambda _s: None,
                                     **options)  # type: ignore[arg-type]

    def keep(self, into: Path) -> None:
        """The store's files as they are now (while a session is open: as a crash leaves
        them)."""
        into.mkdir()
        for name in STORE_FILES:
            if (self.folder / name).exists():
                shutil.copy2(self.folder / name, into / name)

    def put_back(self, copy: Path, names: tuple[str, ...] = STORE_FILES) -> None:
        for name in names:
            (self.folder / name).unlink(missing_ok=True)
            if (copy / name).exists():
                shutil.copy2(copy / name, self.folder / name)


class _Open:
    def __init__(self, session: Session) -> None:
        self.session = session

    def __enter__(self) -> Session:
        return self.session

    def __exit__(self, *exc: object) -> None:
        self.session.close()


def case(given: str) -> dict[str, object]:
    return {"person": {"given_name": given, "sex": "female", "age_estimate": 30,
                       "nationality": "ERI"},
            "case": {"site": "LAMP-01", "stage": "transit", "assigned_to": "amina"}}


def server_changes_of(world: World, case_id: str) -> int:
    with world.engine.connect() as conn:
        return int(conn.execute(sa.select(sa.func.count()).select_from(changes).where(
            changes.c.case_id == uuid.UUID(case_id))).scalar_one())


def test_a_store_put_back_with_its_mark_stops_the_next_sync_before_anything_is_pushed(
        world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    laptop = Laptop(world, tmp_path / "laptop")
    with laptop.session() as session:
        cases.create_case(session, case("Qorvan"))
        laptop.sync(session)
    laptop.keep(tmp_path / "older")  # closed: store and mark agree, nothing to see locally
    with laptop.session() as session:
        sent = cases.create_case(session, case("Zelthir")).case_id
        laptop.sync(session)
    laptop.put_back(tmp_path / "older")
    with laptop.session() as session:
        assert session.store_problems == ()
        made_after = cases.create_case(session, case("Amaru")).case_id
        outbox = sync_state.outbox_size(session.store)

    monkeypatch.setenv("FIELDCASE_PASSPHRASE", PASSPHRASE)
    err = io.StringIO()
    code = cli.main(["sync", "--profile", str(laptop.folder), "--user", "amina"],
                    stdout=io.StringIO(), stderr=err,
                    options=Options(kdf=KDF, now=world.clock, transport=laptop.transport,
                                    sleep=lambda _s: None))
    assert code == cli.EXIT_SYNC
    assert "store_rolled_back" in err.getvalue()
    assert "older than what it sent to the server" in err.getvalue()
    assert "safe" not in err.getvalue()  # a retry does not mend this
    assert server_changes_of(world, made_after) == 0  # nothing made on top of it went out
    assert server_changes_of(world, sent) > 0  # the server still holds what it acknowledged
    with laptop.session() as session:
        assert sync_state.outbox_size(session.store) == outbox  # and nothing was lost here
        failed = [e for e in audit.events(session.store.raw) if e.action == "sync.failed"]
        assert failed[0].details == {"kind": "store_rolled_back"}


def test_a_log_lost_after_a_crash_is_caught_by_the_pull(world: World, tmp_path: Path) -> None:
    laptop = Laptop(world, tmp_path / "laptop")
    with laptop.session() as session:
        cases.create_case(session, case("Qorvan"))
        laptop.sync(session)
    with laptop.session() as session:  # then a day's work, synced, and the battery dies
        cases.create_case(session, case("Zelthir"))
        laptop.sync(session)
        laptop.keep(tmp_path / "crashed")
    laptop.put_back(tmp_path / "crashed", ("store.db", "store.mark"))  # the log is gone
    with laptop.session() as session:
        assert sync_state.outbox_size(session.store) == 0 and session.store_problems == ()
        with pytest.raises(SyncError) as stopped:
            laptop.sync(session)
        assert stopped.value.error_kind is SyncErrorKind.STORE_ROLLED_BACK


def test_a_lost_answer_is_not_a_rollback(world: World, tmp_path: Path) -> None:
    """The server applies a push whose answer never arrives; the next sync sends the changes
    one per batch, so the first batch does not hold the server's latest acknowledged change:
    the server applies nothing, the device finds that change in its outbox and goes on."""
    laptop = Laptop(world, tmp_path / "laptop")
    real = laptop.transport

    class LoseAnswers(httpx.BaseTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            answer = real.handle_request(request)
            if request.url.path.endswith("/push"):
                raise httpx.ReadError("the link dropped after the server answered")
            return answer

    with laptop.session() as session:
        cases.create_case(session, case("Before"))
        laptop.sync(session)
        recorded = sync_state.last_acknowledged(session.store)
        made = [cases.create_case(session, case(f"Case{n}")).case_id for n in range(2)]
        laptop.transport = LoseAnswers()  # type: ignore[assignment]
        with pytest.raises(SyncError) as failed:
            laptop.sync(session)
        assert failed.value.error_kind is SyncErrorKind.OFFLINE
        assert sync_state.outbox_size(session.store) == 4
        assert sync_state.last_acknowledged(session.store) == recorded
        laptop.transport = real
        laptop.sync(session, batch_size=1)
        assert sync_state.outbox_size(session.store) == 1  # the refused batch, for next time
        laptop.sync(session, batch_size=1)
        assert sync_state.outbox_size(session.store) == 0
        agreed = sync_state.last_acknowledged(session.store)
    assert all(server_changes_of(world, case_id) == 2 for case_id in made)  # none doubled
    with world.engine.connect() as conn:
        server_side = conn.execute(sa.select(devices.c.last_acknowledged_change)).scalar_one()
    assert str(server_side) == agreed != recorded


def _answer(response: httpx.Response) -> dict[str, object]:
    assert response.status_code == 200, response.text
    body = decode(response.content)  # httpx has inflated it
    assert isinstance(body, dict)
    return body


def test_only_a_device_that_asks_is_told(world: World) -> None:
    """A device of an earlier version sends no "la" and gets none back (its reader refuses
    unknown keys); one that sends "la" gets the server's."""
    device = world.enrol("amina")
    _, made = device.new_case(assigned_to=None)
    for request in (PushRequest(device.id, device.ids(), tuple(made)),
                    PullRequest("", 100)):
        path = "/v1/sync/push" if isinstance(request, PushRequest) else "/v1/sync/pull"
        assert "la" not in _answer(device.send(path, request.to_bytes()))
    told = _answer(device.send("/v1/sync/pull", PullRequest("", 100, "").to_bytes()))
    assert told["la"] == made[-1].change_id
    assert PullResponse.from_json(told).last_acknowledged == made[-1].change_id
    again = _answer(device.send("/v1/sync/push", PushRequest(
        device.id, device.ids(), tuple(made), "").to_bytes()))
    assert PushResponse.from_json(again).accepted == tuple(c.change_id for c in made)
