"""Refused changes against a real ``fieldcase-server`` process over real HTTP (one server for
the module, on the embedded database).

Issue 10, "Refused changes": a change the server refuses used to stay on the laptop, which
then showed a value nobody else had (``OTHER-99`` here, ``LAMP-01`` on the server). Now the
laptop takes it back and shows the server's value, lists the refusal with its reason, and
keeps what the person typed until they try again or drop it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.e2e.test_two_laptops import SERVER_PASSPHRASE, Server, case_document, laptop
from tests.server_process import start_server, stop, wait_healthy

from fieldcase.services import cases, refusals
from fieldcase.services import sync as sync_service
from fieldcase.services.session import Session
from fieldcase.storage import cases as stored_cases
from fieldcase.storage import sync_state

LONG_NOTE = "the person said " + "x" * 20_000  # past NOTE_MAX


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    folder = tmp_path_factory.mktemp("refused-server")
    process, port = start_server(folder)
    try:
        wait_healthy(process, port)
        running = Server(f"http://127.0.0.1:{port}", folder, ())
        running.admin("org", "create", "Border Aid")
        running.admin("team", "create", "--org", "Border Aid", "--site", "LAMP-01", "lamp")
        running.admin("team", "create", "--org", "Border Aid", "--site", "OTHER-99", "other")
        for user, role in (("amina", "worker"), ("selam", "supervisor")):
            running.admin("user", "create", "--org", "Border Aid", "--team", "lamp", "--role",
                          role, user, passphrase=SERVER_PASSPHRASE)
        yield running
    finally:
        log = stop(process)
    assert "Traceback" not in log, log


def tamper(session: Session, case_id: str, edit: dict[str, dict[str, object]]) -> None:
    """A plain edit written below the services, as an older or tampered app would journal
    it (the services call a site change a transfer and refuse a note this long)."""
    with session.store.atomic():
        doc = stored_cases.load_case(session.store, case_id)
        for section, values in edit.items():
            if section == "notes":
                doc["notes"] = [*doc["notes"], {"id": session.new_id(), **values}]
            else:
                doc[section] = {**doc[section], **values}
        stored_cases.update_case(session.store, case_id, doc, author=session.actor.user)


def shown(session: Session, case_id: str) -> dict[str, object]:
    return cases.show_case(session, case_id).document



def forged_move(session: Session, case_id: str, site: str) -> None:
    """A direct edit of ``case.site`` (no transfer the receiving site accepts): what the
    retry of a refused change, or a tampered app, sends; the server refuses it."""
    document = cases.show_case(session, case_id).document
    document["case"]["site"] = site
    cases.save_edited_document(session, case_id, document, audit_action="case.edit")

def test_a_workers_site_change_is_refused_taken_back_listed_and_dropped(
        server: Server, tmp_path: Path) -> None:
    worker = laptop(tmp_path / "worker", "amina", "worker", server)
    supervisor = laptop(tmp_path / "supervisor", "selam", "supervisor", server)
    try:
        case_id = cases.create_case(worker, case_document()).case_id
        sync_service.sync_now(worker)
        tamper(worker, case_id, {"case": {"site": "OTHER-99"}})
        assert shown(worker, case_id)["case"]["site"] == "OTHER-99"

        report = sync_service.sync_now(worker)
        assert report.quarantined == 1
        assert shown(worker, case_id)["case"]["site"] == "LAMP-01", "the server's site again"
        (refused,) = refusals.list_refused(worker)
        assert [(w.path, w.value) for w in refused.wanted] == [("case.site", "OTHER-99")]
        assert refused.reason.code == "forbidden" and refused.taken_back
        assert sync_service.sync_status(worker).quarantined == 1
        assert sync_state.outbox_size(worker.store) == 0

        sync_service.sync_now(supervisor)
        assert shown(supervisor, case_id)["case"]["site"] == "LAMP-01"
        cases.update_case(supervisor, case_id, {"case": {"stage": "destination"}})
        sync_service.sync_now(supervisor)
        sync_service.sync_now(worker)
        assert shown(worker, case_id) == shown(supervisor, case_id), "nothing apart"
        assert sync_service.list_conflicts(worker) == []

        refusals.drop_refused(worker, refused.change_id)
        assert refusals.list_refused(worker) == []
        assert sync_service.sync_status(worker).quarantined == 0
        assert sync_service.sync_now(worker).pushed == 0
    finally:
        worker.close()
        supervisor.close()


def test_a_transfer_outside_the_team_is_refused_and_try_again_sends_it_again(
        server: Server, tmp_path: Path) -> None:
    supervisor = laptop(tmp_path / "supervisor", "selam", "supervisor", server)
    try:
        case_id = cases.create_case(supervisor, case_document()).case_id
        sync_service.sync_now(supervisor)
        forged_move(supervisor, case_id, "OTHER-99")
        sync_service.sync_now(supervisor)
        assert shown(supervisor, case_id)["case"]["site"] == "LAMP-01"
        (refused,) = refusals.list_refused(supervisor)
        assert (refused.reason.code, refused.reason.field) == ("site_outside_team", None)

        refusals.retry_refused(supervisor, refused.change_id)
        assert shown(supervisor, case_id)["case"]["site"] == "OTHER-99"  # until it syncs
        report = sync_service.sync_now(supervisor)
        assert (report.pushed, report.quarantined) == (0, 1), "sent again, refused again"
        (again,) = refusals.list_refused(supervisor)
        assert again.change_id != refused.change_id
        assert [(w.path, w.value) for w in again.wanted] == [("case.site", "OTHER-99")]
        assert shown(supervisor, case_id)["case"]["site"] == "LAMP-01"
    finally:
        supervisor.close()


def test_a_tampered_note_and_value_are_refused_taken_back_and_nothing_typed_is_lost(
        server: Server, tmp_path: Path) -> None:
    worker = laptop(tmp_path / "worker", "amina", "worker", server)
    try:
        case_id = cases.create_case(worker, case_document()).case_id
        sync_service.sync_now(worker)
        tamper(worker, case_id, {"notes": {"text": LONG_NOTE, "confidential": False,
                                           "author": "amina",
                                           "written_at": "2026-11-30T08:00:00Z"}})
        tamper(worker, case_id, {"person": {"sex": "robot"}})
        report = sync_service.sync_now(worker)
        assert report.quarantined == 2

        doc = shown(worker, case_id)
        assert doc["notes"] == [] and doc["person"]["sex"] == "male"  # type: ignore[index]
        found = {r.reason.text: r for r in refusals.list_refused(worker)}
        assert set(found) == {"invalid.text.too_long", "invalid.sex.unknown_code"}
        note = found["invalid.text.too_long"]
        assert ("notes.text", LONG_NOTE) in [(w.path, w.value) for w in note.wanted]
        assert note.reason.params == {"max": 20_000}, "the words can quote the limit"
        assert [(w.path, w.value) for w in found["invalid.sex.unknown_code"].wanted] == [
            ("person.sex", "robot")]
        assert sync_service.sync_now(worker).pushed == 0
    finally:
        worker.close()
