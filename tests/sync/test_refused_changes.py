"""A change the server refuses is taken back: the laptop shows again what the server holds,
and the values the person wanted wait in the refusals with the reason, to try again or drop.

Two real profiles against the in-process :class:`FakeServer` (the merge, no HTTP); the real
server over HTTP is in ``tests/e2e/test_refused_e2e.py``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldcase.domain.merge import Change
from fieldcase.services import cases, profile, refusals
from fieldcase.services import sync as sync_service
from fieldcase.services.session import Session
from fieldcase.storage import cases as stored_cases
from fieldcase.storage import merged_cases, sync_state

from .fake_server import FakeServer
from .test_engine import PASSPHRASE, TEST_KDF, document, now, shown, sync


@pytest.fixture
def devices(tmp_path: Path) -> Iterator[tuple[Session, Session]]:
    sessions: list[Session] = []
    for name in ("amina", "berhane"):
        profile.create_profile(tmp_path / name, user=name, passphrase=PASSPHRASE,
                               role="supervisor", team="lamp", site="LAMP-01", kdf=TEST_KDF,
                               now=now)
        sessions.append(profile.unlock(tmp_path / name, user=name, passphrase=PASSPHRASE,
                                       kdf=TEST_KDF, now=now))
    yield sessions[0], sessions[1]
    for session in sessions:
        session.close()


@pytest.fixture
def server() -> FakeServer:
    return FakeServer()


def refuse_site(change: Change) -> str | None:
    return "case.site.transfer_not_allowed" if "site" in change.fields and any(
        edit.bases for edit in change.fields.values()) else None


def shared(a: Session, b: Session, server: FakeServer) -> str:
    case_id = cases.create_case(a, document()).case_id
    sync(a, server)
    sync(b, server)
    return case_id


def move_to(session: Session, case_id: str, site: str) -> None:
    """A plain field edit of the site, below the service (which calls it a transfer): what
    an older app, or a tampered one, puts in the outbox."""
    with session.store.atomic():
        doc = stored_cases.load_case(session.store, case_id)
        doc["case"]["site"] = site
        stored_cases.update_case(session.store, case_id, doc, author=session.actor.user)


def test_a_refused_site_change_is_taken_back_and_kept_with_its_reason(
        devices: tuple[Session, Session], server: FakeServer) -> None:
    a, b = devices
    case_id = shared(a, b, server)
    server.reject = refuse_site
    move_to(a, case_id, "OTHER-99")
    assert shown(a, case_id)["case"]["site"] == "OTHER-99"
    report = sync(a, server)
    assert report.quarantined == 1 and case_id in report.case_ids
    assert shown(a, case_id)["case"]["site"] == "LAMP-01", "the laptop shows the server's site"
    assert sync_state.outbox_size(a.store) == 0
    (refused,) = refusals.list_refused(a)
    assert (refused.case_id, refused.record_kind, refused.taken_back) == (case_id, "case", True)
    assert [(w.path, w.value) for w in refused.wanted] == [("case.site", "OTHER-99")]
    assert (refused.reason.code, refused.reason.field) == ("transfer_not_allowed", "site")
    assert sync_service.sync_status(a).quarantined == 1
    assert sync_service.list_conflicts(a) == []


def test_after_a_take_back_a_colleagues_edit_merges_without_a_conflict(
        devices: tuple[Session, Session], server: FakeServer) -> None:
    """The stamps are right: the server's version is the field's head again, so an edit
    based on it replaces it here as on the server."""
    a, b = devices
    case_id = shared(a, b, server)
    server.reject = refuse_site
    move_to(a, case_id, "OTHER-99")
    sync(a, server)
    server.reject = None
    move_to(b, case_id, "LAMP-02")
    sync(b, server)
    sync(a, server)
    assert shown(a, case_id)["case"]["site"] == "LAMP-02"
    assert sync_service.list_conflicts(a) == []
    assert shown(a, case_id) == shown(b, case_id)


def test_a_later_unsent_edit_of_the_same_field_is_rebased_on_the_servers_value(
        devices: tuple[Session, Session], server: FakeServer) -> None:
    """An edit made after the refused one (still in the outbox when the refusal came) named
    the refused version as its base; it is sent naming what the server holds instead, so it
    replaces it there rather than opening a conflict with a version nobody has."""
    a, b = devices
    case_id = shared(a, b, server)
    move_to(a, case_id, "OTHER-99")
    move_to(a, case_id, "LAMP-02")
    server.reject = lambda change: "case.site.transfer_not_allowed" \
        if any(e.value == "OTHER-99" for e in change.fields.values()) else None
    sync(a, server, batch_size=1)
    sync(b, server)
    for session in devices:
        assert shown(session, case_id)["case"]["site"] == "LAMP-02"
        assert sync_service.list_conflicts(session) == []


def test_two_refused_edits_of_one_field_are_taken_back_newest_first(
        devices: tuple[Session, Session], server: FakeServer) -> None:
    a, b = devices
    case_id = shared(a, b, server)
    move_to(a, case_id, "OTHER-98")
    move_to(a, case_id, "OTHER-99")
    server.reject = lambda change: "case.site.transfer_not_allowed" \
        if "site" in change.fields and change.record_id == case_id and any(
            e.bases for e in change.fields.values()) else None
    sync(a, server)
    assert shown(a, case_id)["case"]["site"] == "LAMP-01"
    wanted = sorted(r.wanted[0].value for r in refusals.list_refused(a))
    assert wanted == ["OTHER-98", "OTHER-99"]


def test_a_refused_new_note_is_taken_back_and_its_text_kept(
        devices: tuple[Session, Session], server: FakeServer) -> None:
    a, b = devices
    case_id = shared(a, b, server)
    server.reject = lambda change: "invalid.text.too_long" if change.kind == "note" else None
    cases.update_case(a, case_id, {"notes": [{
        "text": "the words the worker typed", "confidential": False, "author": "amina",
        "written_at": "2026-11-30T08:00:00Z"}]})
    sync(a, server)
    assert [n["text"] for n in shown(a, case_id)["notes"]] == ["met at the port"]
    (refused,) = refusals.list_refused(a)
    assert ("notes.text", "the words the worker typed") in [(w.path, w.value)
                                                             for w in refused.wanted]
    assert refused.reason.code == "too_long"


def test_try_again_re_sends_the_wanted_value_as_a_new_edit(
        devices: tuple[Session, Session], server: FakeServer) -> None:
    a, b = devices
    case_id = shared(a, b, server)
    server.reject = refuse_site
    move_to(a, case_id, "LAMP-02")
    sync(a, server)
    server.reject = None  # say the supervisor made the transfer allowed
    (refused,) = refusals.list_refused(a)
    refusals.retry_refused(a, refused.change_id)
    assert refusals.list_refused(a) == []
    assert shown(a, case_id)["case"]["site"] == "LAMP-02"
    assert sync(a, server).pushed == 1
    sync(b, server)
    assert shown(b, case_id)["case"]["site"] == "LAMP-02"


def test_drop_forgets_the_refused_change_and_is_audited(
        devices: tuple[Session, Session], server: FakeServer) -> None:
    a, b = devices
    case_id = shared(a, b, server)
    server.reject = refuse_site
    move_to(a, case_id, "OTHER-99")
    sync(a, server)
    (refused,) = refusals.list_refused(a)
    refusals.drop_refused(a, refused.change_id)
    assert refusals.list_refused(a) == []
    assert sync_service.sync_status(a).quarantined == 0
    actions = [row[0] for row in a.store.raw.execute(
        "SELECT action FROM audit_log WHERE action = 'refusal.drop'")]
    assert actions == ["refusal.drop"]
    assert shown(a, case_id)["case"]["site"] == "LAMP-01"


def test_a_refused_new_case_stays_on_the_laptop_listed_as_refused(
        devices: tuple[Session, Session], server: FakeServer) -> None:
    a, _ = devices
    server.reject = lambda change: "forbidden" if change.kind == "case" else None
    case_id = cases.create_case(a, document()).case_id
    sync(a, server)
    assert shown(a, case_id)["case"]["site"] == "LAMP-01"
    (refused,) = refusals.list_refused(a)
    assert (refused.reason.code, refused.taken_back) == ("forbidden", False)


def test_a_change_journaled_before_previous_values_were_kept_is_not_taken_back(
        devices: tuple[Session, Session], server: FakeServer) -> None:
    a, b = devices
    case_id = shared(a, b, server)
    move_to(a, case_id, "OTHER-99")
    with a.store.atomic():
        a.store.raw.execute("UPDATE outbox SET previous = NULL")
    server.reject = refuse_site
    sync(a, server)
    assert shown(a, case_id)["case"]["site"] == "OTHER-99"
    (refused,) = refusals.list_refused(a)
    assert not refused.taken_back
    assert merged_cases.load_state(a.store, case_id).records  # the case is intact


def test_the_wanted_text_of_a_refused_note_is_never_on_disk_in_clear(
        devices: tuple[Session, Session], server: FakeServer, tmp_path: Path) -> None:
    a, b = devices
    case_id = shared(a, b, server)
    canary = "Qzvlorrefusedcanary"
    server.reject = lambda change: "invalid.text.too_long" if change.kind == "note" else None
    cases.update_case(a, case_id, {"notes": [{
        "text": f"{canary} said the agent kept her passport", "confidential": False,
        "author": "amina", "written_at": "2026-11-30T08:00:00Z"}]})
    sync(a, server)
    assert any(canary in str(w.value) for r in refusals.list_refused(a) for w in r.wanted)
    a.store.checkpoint()
    files = [path for path in (tmp_path / "amina").rglob("*") if path.is_file()]
    assert files
    for path in files:
        assert canary.encode() not in path.read_bytes(), path.name
