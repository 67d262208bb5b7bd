"""A laptop shared by a team, against a real ``fieldcase-server`` process over real HTTP, on the
embedded SQLite database and on PostgreSQL (one server per backend for the whole module).

The laptop is set up by a local administrator and enrolled by a supervisor (selam); a worker
(amina) works on it too, and her *local* role was set to supervisor by mistake, so the laptop's
own rules let her reassign and move cases. The server must judge each change for the person
who made it: amina's change is refused as a worker's (``forbidden``) even though a supervisor
enrolled the laptop, and selam's change on the same laptop is accepted. A person who never
signed in (bilal) has their changes kept, and every later change of that case with them, until
they sign in; an ended session or a revoked laptop stops only what it should; a forged or
borrowed session is refused.
"""

from __future__ import annotations

import base64
import os
import re
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from tests.pg import PostgresCluster
from tests.server_process import admin, start_server, stop, wait_healthy

from fieldcase.domain.ids import RAND_BYTES, uuid7
from fieldcase.services import cases, profile, sign_in
from fieldcase.services import sync as sync_service
from fieldcase.services.session import Session
from fieldcase.storage import sync_state
from fieldcase.storage.keyslots import KdfParams
from fieldcase.sync.client import SyncClient
from fieldcase.sync.errors import SyncError
from fieldcase.sync.protocol import PushRequest
from fieldcase.sync.signing import DeviceKey, RequestSigner

KDF = KdfParams.insecure_for_tests()
SERVER_PASSPHRASE = "server side passphrase long"
DEVICE_PASSPHRASE = "device side passphrase long"
CODE = re.compile(r"\b[0-9A-Z]{5}-[0-9A-Z]{5}\b")
SERVER_USERS = (("amina", "worker"), ("bilal", "worker"), ("selam", "supervisor"))
LOCAL_USERS = (("selam", "supervisor"), ("amina", "supervisor"), ("bilal", "worker"))
"""amina is a worker on the server; the laptop was told she supervises."""


@dataclass
class Server:
    url: str
    cwd: Path
    database_args: tuple[str, ...]

    def admin(self, *args: str, passphrase: str | None = None) -> str:
        return admin(self.cwd, *args, *self.database_args, passphrase=passphrase)

    def enrolment_code(self, user: str) -> str:
        found = CODE.search(self.admin("enroll-code", "--user", user))
        assert found, "enroll-code printed no code"
        return found.group(0)


def _serve(root: Path, database_args: tuple[str, ...]) -> Iterator[Server]:
    process, port = start_server(root, *database_args)
    try:
        wait_healthy(process, port)
        running = Server(f"http://127.0.0.1:{port}", root, database_args)
        running.admin("org", "create", "Border Aid")
        running.admin("team", "create", "--org", "Border Aid", "--site", "LAMP-01", "lamp")
        running.admin("team", "create", "--org", "Border Aid", "--site", "OASIS-02", "oasis")
        for user, role in SERVER_USERS:
            running.admin("user", "create", "--org", "Border Aid", "--team", "lamp", "--role",
                          role, user, passphrase=SERVER_PASSPHRASE)
        yield running
    finally:
        log = stop(process)
    assert "Traceback" not in log, log
    for name, _ in SERVER_USERS:  # no person's name in the server's log
        assert name not in log


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def server(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
           ) -> Iterator[Server]:
    root = tmp_path_factory.mktemp(f"shared-{request.param}")
    if request.param == "sqlite":
        yield from _serve(root, ())
        return
    cluster = request.getfixturevalue("pg_cluster")
    assert isinstance(cluster, PostgresCluster)
    name = f"fieldcase_shared_{uuid.uuid4().hex[:8]}"
    try:
        yield from _serve(root, ("--database-url", cluster.create_database(name)))
    finally:
        cluster.drop_database(name)


class Laptop:
    """One shared laptop: a profile with local users, enrolled by selam. One person at a
    time has it open (``as_user``)."""

    def __init__(self, folder: Path, server: Server) -> None:
        self.folder = folder
        profile.create_profile(folder, user="kofi", passphrase=DEVICE_PASSPHRASE, role="admin",
                               team="lamp", site="LAMP-01", kdf=KDF)
        setup = profile.unlock(folder, user="kofi", passphrase=DEVICE_PASSPHRASE, kdf=KDF)
        try:
            for user, role in LOCAL_USERS:
                profile.add_user(setup, name=user, passphrase=f"{DEVICE_PASSPHRASE} {user}",
                                 role=role, team="lamp", site="LAMP-01", kdf=KDF)
        finally:
            setup.close()
        with self.as_user("selam") as selam:
            sync_service.enroll(selam, server.url, server.enrolment_code("selam"))

    def open(self, user: str) -> Session:
        return profile.unlock(self.folder, user=user, passphrase=f"{DEVICE_PASSPHRASE} {user}",
                              kdf=KDF)

    def as_user(self, user: str) -> _Open:
        return _Open(self, user)


class _Open:
    def __init__(self, laptop: Laptop, user: str) -> None:
        self._laptop, self._user = laptop, user

    def __enter__(self) -> Session:
        self._session = self._laptop.open(self._user)
        return self._session

    def __exit__(self, *exc: object) -> None:
        self._session.close()


def case_document(assigned_to: str) -> dict[str, object]:
    return {
        "person": {"given_name": "Canary-Yohannes", "family_name": "Kidane", "sex": "male",
                   "age_estimate": 19, "nationality": "ERI", "languages": ["ti"]},
        "case": {"site": "LAMP-01", "stage": "transit", "assigned_to": assigned_to,
                 "opened_on": "2026-11-20"},
    }


def refusals(session: Session) -> dict[str, str]:
    """Refused change -> reason, from the laptop's quarantine."""
    return {q.change_id: q.reason for q in sync_state.quarantined(session.store)}


def outbox_authors(session: Session) -> list[str]:
    return [str(row[0]) for row in session.store.raw.execute(
        "SELECT author FROM outbox ORDER BY seq")]



def forged_move(session: Session, case_id: str, site: str) -> None:
    """A direct edit of ``case.site`` (no transfer the receiving site accepts): what the
    retry of a refused change, or a tampered app, sends; the server refuses it."""
    document = cases.show_case(session, case_id).document
    document["case"]["site"] = site
    cases.save_edited_document(session, case_id, document, audit_action="case.edit")

def test_each_change_is_judged_for_the_person_who_made_it(server: Server,
                                                          tmp_path: Path) -> None:
    laptop = Laptop(tmp_path / "laptop", server)
    with laptop.as_user("selam") as selam:
        case_id = cases.create_case(selam, case_document("amina")).case_id
        assert sync_service.sync_now(selam).pushed > 0
        assert refusals(selam) == {}

    with laptop.as_user("amina") as amina:
        assert not sync_service.sync_status(amina).signed_in
        sign_in.sign_in(amina, SERVER_PASSPHRASE)
        assert sync_service.sync_status(amina).signed_in
        # The laptop thinks she supervises: it lets her reassign and move the case.
        cases.update_case(amina, case_id, {"case": {"assigned_to": "bilal"}})
        forged_move(amina, case_id, "OASIS-02")
        report = sync_service.sync_now(amina)
        assert report.quarantined == 2 and report.pushed == 0
        # Judged as the worker she is on the server, whoever enrolled the laptop (a
        # supervisor's move to another team's site would be site_outside_team instead).
        assert set(refusals(amina).values()) == {"forbidden"}

    with laptop.as_user("selam") as selam:
        before = set(refusals(selam))
        cases.update_case(selam, case_id, {"case": {"assigned_to": "selam"}})
        report = sync_service.sync_now(selam)
        assert report.pushed == 1 and report.quarantined == 0
        assert set(refusals(selam)) == before
        assert sync_service.sync_status(selam).pending_changes == 0


def test_changes_wait_for_a_person_who_never_signed_in(server: Server, tmp_path: Path) -> None:
    laptop = Laptop(tmp_path / "laptop", server)
    with laptop.as_user("selam") as selam:
        case_id = cases.create_case(selam, case_document("bilal")).case_id
        other_id = cases.create_case(selam, case_document("selam")).case_id
        sync_service.sync_now(selam)

    with laptop.as_user("bilal") as bilal:
        cases.update_case(bilal, case_id, {"person": {"family_name": "Kidane Tesfay"}})
        status = sync_service.sync_status(bilal)
        assert not status.signed_in
        assert status.waiting_for_sign_in == (("bilal", 1),)
        report = sync_service.sync_now(bilal)  # the laptop's session pulls; bilal's waits
        assert report.pushed == 0 and report.quarantined == 0
        assert outbox_authors(bilal) == ["bilal"]

    with laptop.as_user("selam") as selam:
        # Selam's later edit of the same case waits with bilal's (it was made on top of
        # it); his edit of another case goes.
        cases.update_case(selam, case_id, {"case": {"stage": "destination"}})
        cases.update_case(selam, other_id, {"case": {"stage": "destination"}})
        report = sync_service.sync_now(selam)
        assert report.pushed == 1
        assert outbox_authors(selam) == ["bilal", "selam"]
        assert sync_service.sync_status(selam).waiting_for_sign_in == (("bilal", 1),)

    with laptop.as_user("bilal") as bilal:
        sign_in.sign_in(bilal, SERVER_PASSPHRASE)
        report = sync_service.sync_now(bilal)
        assert report.pushed == 2 and report.quarantined == 0
        status = sync_service.sync_status(bilal)
        assert status.pending_changes == 0 and status.waiting_for_sign_in == ()

    # The server holds both: a second laptop of the team sees them.
    second = Laptop(tmp_path / "second", server)
    with second.as_user("selam") as selam:
        sync_service.sync_now(selam)
        shown = cases.show_case(selam, case_id).document
        assert shown["person"]["family_name"] == "Kidane Tesfay"
        assert shown["case"]["stage"] == "destination"


def test_an_ended_session_stops_only_that_person(server: Server, tmp_path: Path) -> None:
    laptop = Laptop(tmp_path / "laptop", server)
    with laptop.as_user("selam") as selam:
        case_id = cases.create_case(selam, case_document("amina")).case_id
        sync_service.sync_now(selam)
        enrolment = sync_state.load_enrolment(selam.store)
        assert enrolment is not None
    with laptop.as_user("amina") as amina:
        sign_in.sign_in(amina, SERVER_PASSPHRASE)
        cases.update_case(amina, case_id, {"person": {"family_name": "Kidane Tesfay"}})
    assert server.admin("session", "end", "--device", enrolment.device_id,
                        "--user", "amina").strip() == "ended"

    with laptop.as_user("selam") as selam:
        cases.create_case(selam, case_document("selam"))
        report = sync_service.sync_now(selam)  # the server refuses amina's session only
        assert report.pushed > 0 and report.quarantined == 0
        assert outbox_authors(selam) == ["amina"]
        assert sync_service.sync_status(selam).waiting_for_sign_in == (("amina", 1),)

    with laptop.as_user("amina") as amina:
        assert sign_in.prompt(amina).code == "first"
        sign_in.sign_in(amina, SERVER_PASSPHRASE)
        assert sync_service.sync_now(amina).pushed == 1
        assert outbox_authors(amina) == []


def test_a_revoked_laptop_ends_every_session_on_it(server: Server, tmp_path: Path) -> None:
    laptop = Laptop(tmp_path / "laptop", server)
    with laptop.as_user("amina") as amina:
        sign_in.sign_in(amina, SERVER_PASSPHRASE)
        enrolment = sync_state.load_enrolment(amina.store)
        assert enrolment is not None
        person_token = sync_state.person_sessions(amina.store, amina.now())["amina"]
    server.admin("device", "revoke", enrolment.device_id)
    with pytest.raises(SyncError) as refused:
        _push_under(server, enrolment, person_token)
    assert refused.value.server_kind == "revoked_device"


def _push_under(server: Server, enrolment: sync_state.StoredEnrolment, token: str,
                key: bytes | None = None, device_id: str | None = None) -> None:
    """An empty push signed by a device key under ``token`` (someone's session)."""
    signer = RequestSigner(DeviceKey(key or enrolment.device_private_key),
                           device_id or enrolment.device_id, token)
    with SyncClient(server.url, signer=signer) as client:
        batch = uuid7(int(time.time() * 1000), os.urandom(RAND_BYTES))
        client.push(PushRequest(device_id or enrolment.device_id, batch, ()))


def test_a_forged_or_borrowed_session_is_refused(server: Server, tmp_path: Path) -> None:
    first, second = Laptop(tmp_path / "first", server), Laptop(tmp_path / "second", server)
    with first.as_user("amina") as amina:
        sign_in.sign_in(amina, SERVER_PASSPHRASE)
        mine = sync_state.load_enrolment(amina.store)
        token = sync_state.person_sessions(amina.store, amina.now())["amina"]
    with second.as_user("selam") as selam:
        theirs = sync_state.load_enrolment(selam.store)
    assert mine is not None and theirs is not None
    _push_under(server, mine, token)  # her own session on her laptop: fine

    # The user id inside the token changed to the supervisor's: the MAC no longer holds.
    raw = bytearray(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
    user_at = 33 + 1 + raw[33] + 1
    raw[user_at] ^= 0x01
    forged = base64.urlsafe_b64encode(bytes(raw)).rstrip(b"=").decode()
    with pytest.raises(SyncError) as refused:
        _push_under(server, mine, forged)
    assert refused.value.server_kind == "invalid_session"

    # Her genuine session, signed by another laptop's key: bound to the first laptop.
    with pytest.raises(SyncError) as refused:
        _push_under(server, mine, token, key=theirs.device_private_key,
                    device_id=theirs.device_id)
    assert refused.value.server_kind == "session_device_mismatch"

    # A newer sign-in replaces the older token everywhere.
    with first.as_user("amina") as amina:
        sign_in.sign_in(amina, SERVER_PASSPHRASE)
    with pytest.raises(SyncError) as refused:
        _push_under(server, mine, token)
    assert refused.value.server_kind == "invalid_session"
