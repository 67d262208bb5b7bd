"""A transfer waits for the receiving site, through a real ``fieldcase-server`` process, on the
embedded SQLite database and on PostgreSQL (issue 11).

Two supervisors' laptops: selam supervises team ``lamp`` at LAMP-01, yonas team ``port`` at
PORT-01. Selam proposes moving a case to PORT-01: after both sync, the case is still at LAMP-01
on both laptops (yonas holds it without its confidential note, and may not edit it); yonas
accepts, and after both sync it is at PORT-01, unassigned, yonas's team's, gone from selam's
laptop. The decline path: the case stays with selam, who reads yonas's reason, and leaves
yonas's laptop. A forged site edit by the sender is refused by the server.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.e2e.test_two_laptops import (
    DEVICE_PASSPHRASE,
    KDF,
    SERVER_PASSPHRASE,
    Server,
    case_document,
)
from tests.pg import PostgresCluster
from tests.server_process import start_server, stop, wait_healthy

from fieldcase.domain.errors import PermissionDenied
from fieldcase.services import cases, profile, transfers
from fieldcase.services import sync as sync_service
from fieldcase.services.refusals import refused_count
from fieldcase.services.session import Session
from fieldcase.storage.errors import NotFound

TEAMS = {"lamp": "LAMP-01", "port": "PORT-01"}


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def server(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
           ) -> Iterator[Server]:
    """One server per database for the module: two teams at two sites, a supervisor and a
    worker at LAMP-01, a supervisor at PORT-01."""
    folder = tmp_path_factory.mktemp(f"server-{request.param}")
    database_args: tuple[str, ...] = ()
    cleanup = None
    if request.param == "postgresql":
        cluster = request.getfixturevalue("pg_cluster")
        assert isinstance(cluster, PostgresCluster)
        name = f"fieldcase_e2e_{uuid.uuid4().hex[:8]}"
        database_args = ("--database-url", cluster.create_database(name))
        cleanup = lambda: cluster.drop_database(name)  # noqa: E731
    process, port = start_server(folder, *database_args)
    try:
        wait_healthy(process, port)
        running = Server(f"http://127.0.0.1:{port}", folder, database_args)
        running.admin("org", "create", "Border Aid")
        for team, site in TEAMS.items():
            running.admin("team", "create", "--org", "Border Aid", "--site", site, team)
        for user, role, team in (("amina", "worker", "lamp"), ("selam", "supervisor", "lamp"),
                                 ("yonas", "supervisor", "port")):
            running.admin("user", "create", "--org", "Border Aid", "--team", team, "--role",
                          role, user, passphrase=SERVER_PASSPHRASE)
        yield running
    finally:
        log = stop(process)
        if cleanup is not None:
            cleanup()
    assert "Traceback" not in log, log


def laptop(folder: Path, user: str, team: str, server: Server) -> Session:
    profile.create_profile(folder, user=user, passphrase=DEVICE_PASSPHRASE, role="supervisor",
                           team=team, site=TEAMS[team], kdf=KDF)
    session = profile.unlock(folder, user=user, passphrase=DEVICE_PASSPHRASE, kdf=KDF)
    sync_service.enroll(session, server.url, server.enrolment_code(user))
    return session


def sync_both(*laptops: Session) -> None:
    for session in (*laptops, *laptops):  # twice: a push, then what others pushed
        sync_service.sync_now(session)


def held(session: Session, case_id: str) -> bool:
    try:
        cases.show_case(session, case_id)
    except NotFound:
        return False
    return True


def new_case(sender: Session) -> str:
    document = case_document()
    document["notes"] = [{"text": "confidential: recruiter's phone", "confidential": True,
                          "author": "selam", "written_at": "2026-11-30T08:00:00Z"}]
    return cases.create_case(sender, document).case_id


def site_of(session: Session, case_id: str) -> str:
    site = cases.show_case(session, case_id).document["case"]["site"]
    assert isinstance(site, str)
    return site


def test_a_transfer_moves_the_case_only_once_the_receiving_supervisor_accepts(
        server: Server, tmp_path: Path) -> None:
    sender = laptop(tmp_path / "lamp", "selam", "lamp", server)
    receiver = laptop(tmp_path / "port", "yonas", "port", server)
    try:
        case_id = new_case(sender)
        sync_both(sender, receiver)
        assert not held(receiver, case_id)  # another team's case: never sent

        transfers.propose_transfer(sender, case_id, "PORT-01", "family at the port")
        sync_both(sender, receiver)
        assert site_of(sender, case_id) == "LAMP-01"
        assert site_of(receiver, case_id) == "LAMP-01"
        shown = cases.show_case(receiver, case_id).document
        assert shown["case"]["transfer"]["to_site"] == "PORT-01"
        assert shown["case"]["assigned_to"] == "amina"
        assert shown["notes"] == []  # the confidential note stays with the sending team
        with pytest.raises(PermissionDenied):
            cases.update_case(receiver, case_id, {"case": {"stage": "return"}})

        transfers.accept_transfer(receiver, case_id)
        sync_both(receiver, sender)
        moved = cases.show_case(receiver, case_id).document
        assert moved["case"]["site"] == "PORT-01" and moved["case"]["assigned_to"] is None
        assert "transfer" not in moved["case"]
        assert [n["text"] for n in moved["notes"]] == ["confidential: recruiter's phone"]
        assert not held(sender, case_id)  # the case left the sending team's scope
        cases.update_case(receiver, case_id, {"case": {"stage": "return"}})  # theirs now
        sync_both(receiver)
        assert refused_count(sender) == 0 and refused_count(receiver) == 0
    finally:
        sender.close()
        receiver.close()


def test_a_declined_transfer_leaves_the_case_with_the_sender_who_reads_why(
        server: Server, tmp_path: Path) -> None:
    sender = laptop(tmp_path / "lamp", "selam", "lamp", server)
    receiver = laptop(tmp_path / "port", "yonas", "port", server)
    try:
        case_id = new_case(sender)
        transfers.propose_transfer(sender, case_id, "PORT-01")
        sync_both(sender, receiver)
        transfers.decline_transfer(receiver, case_id, "no Tigrinya interpreter this month")
        sync_both(receiver, sender)
        case = cases.show_case(sender, case_id).document["case"]
        assert case["site"] == "LAMP-01" and "transfer" not in case
        assert case["transfer_declined"]["reason"] == "no Tigrinya interpreter this month"
        assert case["transfer_declined"]["declined_by"] == "yonas"
        assert not held(receiver, case_id)  # nothing waits for PORT-01 any more
        assert refused_count(sender) == 0 and refused_count(receiver) == 0
    finally:
        sender.close()
        receiver.close()


def test_a_forged_site_edit_by_the_sender_is_refused(server: Server, tmp_path: Path) -> None:
    sender = laptop(tmp_path / "lamp", "selam", "lamp", server)
    try:
        case_id = new_case(sender)
        sync_both(sender)
        document = cases.show_case(sender, case_id).document
        document["case"]["site"] = "PORT-01"
        cases.save_edited_document(sender, case_id, document, audit_action="case.edit")
        sync_both(sender)
        assert refused_count(sender) == 1
    finally:
        sender.close()
