"""Two laptops and a real ``fieldcase-server`` process on a loopback port, over real HTTP, on
the embedded SQLite database and on PostgreSQL.

A worker registers a case offline, both laptops sync, each edits the same field differently
while offline and both add a note; after everyone syncs twice both laptops hold the same case,
both notes, and exactly one conflict that a supervisor resolves with a change that syncs.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from tests.pg import PostgresCluster
from tests.server_process import admin, start_server, stop, wait_healthy

from fieldcase.services import cases, profile
from fieldcase.services import sync as sync_service
from fieldcase.services.session import Session
from fieldcase.storage import sync_state
from fieldcase.storage.keyslots import KdfParams
from fieldcase.sync.errors import SyncError

KDF = KdfParams.insecure_for_tests()
SERVER_PASSPHRASE = "server side passphrase long"
DEVICE_PASSPHRASE = "device side passphrase long"
CODE = re.compile(r"\b[0-9A-Z]{5}-[0-9A-Z]{5}\b")


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


@pytest.fixture(params=["sqlite", "postgresql"])
def server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Server]:
    database_args: tuple[str, ...] = ()
    cleanup = None
    if request.param == "postgresql":
        cluster = request.getfixturevalue("pg_cluster")
        assert isinstance(cluster, PostgresCluster)
        name = f"fieldcase_e2e_{uuid.uuid4().hex[:8]}"
        database_args = ("--database-url", cluster.create_database(name))
        cleanup = lambda: cluster.drop_database(name)  # noqa: E731
    process, port = start_server(tmp_path, *database_args)
    try:
        wait_healthy(process, port)
        running = Server(f"http://127.0.0.1:{port}", tmp_path, database_args)
        running.admin("org", "create", "Border Aid")
        running.admin("team", "create", "--org", "Border Aid", "--site", "LAMP-01", "lamp")
        for user, role in (("amina", "worker"), ("selam", "supervisor")):
            running.admin("user", "create", "--org", "Border Aid", "--team", "lamp", "--role",
                          role, user, passphrase=SERVER_PASSPHRASE)
        yield running
    finally:
        log = stop(process)
        if cleanup is not None:
            cleanup()
    assert "Traceback" not in log, log


def laptop(folder: Path, user: str, role: str, server: Server) -> Session:
    profile.create_profile(folder, user=user, passphrase=DEVICE_PASSPHRASE, role=role,
                           team="lamp", site="LAMP-01", kdf=KDF)
    session = profile.unlock(folder, user=user, passphrase=DEVICE_PASSPHRASE, kdf=KDF)
    sync_service.enroll(session, server.url, server.enrolment_code(user))
    return session


def case_document() -> dict[str, object]:
    return {
        "person": {"given_name": "ዮሃንስ", "family_name": "Kidane", "sex": "male",
                   "age_estimate": 19, "nationality": "ERI", "languages": ["ti"]},
        "case": {"site": "LAMP-01", "stage": "transit", "assigned_to": "amina",
                 "opened_on": "2026-11-20"},
    }


def note(author: str, text: str) -> dict[str, object]:
    return {"notes": [{"text": text, "confidential": False, "author": author,
                       "written_at": "2026-11-30T08:00:00Z"}]}


def test_two_laptops_converge_through_a_real_server(server: Server, tmp_path: Path) -> None:
    worker = laptop(tmp_path / "laptop-a", "amina", "worker", server)
    supervisor = laptop(tmp_path / "laptop-b", "selam", "supervisor", server)
    try:
        case_id = cases.create_case(worker, case_document()).case_id
        assert sync_service.sync_now(worker).pushed > 0
        assert sync_service.sync_now(supervisor).pulled > 0
        assert cases.show_case(supervisor, case_id).document["person"]["given_name"] == "ዮሃንስ"

        # Offline on both laptops: the same field set differently, and a note on each.
        cases.update_case(worker, case_id, {"person": {"family_name": "Kidane Tesfay"},
                                            **note("amina", "seen at the port")})
        cases.update_case(supervisor, case_id, {"person": {"family_name": "Kidanemariam"},
                                                **note("selam", "call the shelter")})
        for _ in range(2):
            for session in (worker, supervisor):
                sync_service.sync_now(session)

        shown = [cases.show_case(s, case_id).document for s in (worker, supervisor)]
        assert shown[0] == shown[1], "both laptops hold the same case"
        assert {n["text"] for n in shown[0]["notes"]} == {"seen at the port",
                                                          "call the shelter"}
        conflicts = [sync_service.list_conflicts(s, case_id) for s in (worker, supervisor)]
        assert [len(c) for c in conflicts] == [1, 1]
        assert conflicts[0][0].conflict_id == conflicts[1][0].conflict_id
        assert {side.value for side in conflicts[0][0].sides} == {"Kidane Tesfay",
                                                                  "Kidanemariam"}

        chosen = next(i for i, side in enumerate(conflicts[1][0].sides)
                      if side.value == "Kidane Tesfay")
        sync_service.resolve_conflict(supervisor, conflicts[1][0].conflict_id, side=chosen)
        for session in (supervisor, worker):
            sync_service.sync_now(session)
        assert sync_service.list_conflicts(worker, case_id) == []
        assert sync_service.list_conflicts(supervisor, case_id) == []
        for session in (worker, supervisor):
            person = cases.show_case(session, case_id).document["person"]
            assert person["family_name"] == "Kidane Tesfay"
    finally:
        worker.close()
        supervisor.close()


def test_a_revoked_laptop_erases_itself_at_its_next_contact(server: Server,
                                                           tmp_path: Path) -> None:
    folder = tmp_path / "lost-laptop"
    worker = laptop(folder, "amina", "worker", server)
    try:
        cases.create_case(worker, case_document())
        sync_service.sync_now(worker)
        enrolment = sync_state.load_enrolment(worker.store)
        assert enrolment is not None
        device_id = enrolment.device_id
    finally:
        worker.close()
    server.admin("device", "revoke", device_id)
    worker = profile.unlock(folder, user="amina", passphrase=DEVICE_PASSPHRASE, kdf=KDF)
    with pytest.raises(SyncError) as revoked:
        sync_service.sync_now(worker)
    worker.close()
    assert revoked.value.kind == "revoked"
    assert not profile.profile_exists(folder)
    assert not any(path.exists() for path in profile.database_files(folder))

