"""The device's sync round against an in-process server made only of the merge (no HTTP).

Two real profiles (key slots + SQLCipher store, test KDF cost) edit, delete, resolve and sync
through :class:`FakeServer`; what each shows afterwards is read through the services, as a
worker would see it.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from fieldcase.domain.hlc import Stamp
from fieldcase.domain.merge import edit_change, purge_change
from fieldcase.services import cases, profile
from fieldcase.services import sync as sync_service
from fieldcase.services.session import Session
from fieldcase.storage import sync_state
from fieldcase.storage.keyslots import KdfParams
from fieldcase.sync import engine as engine_module
from fieldcase.sync.engine import SyncEngine, SyncReport
from fieldcase.sync.errors import SyncError
from fieldcase.sync.steps import Inline

from .fake_server import FakeServer

TEST_KDF = KdfParams.insecure_for_tests()
PASSPHRASE = "correct horse battery staple"
NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def now() -> datetime:
    return NOW


@pytest.fixture
def devices(tmp_path: Path) -> Iterator[tuple[Session, Session]]:
    sessions: list[Session] = []
    for name in ("amina", "berhane"):
        folder = tmp_path / name
        profile.create_profile(folder, user=name, passphrase=PASSPHRASE, role="supervisor",
                               team="lamp", site="LAMP-01", kdf=TEST_KDF, now=now)
        sessions.append(profile.unlock(folder, user=name, passphrase=PASSPHRASE, kdf=TEST_KDF,
                                       now=now))
    yield sessions[0], sessions[1]
    for session in sessions:
        session.close()


@pytest.fixture
def server() -> FakeServer:
    return FakeServer()


def sync(session: Session, server: FakeServer, **options: Any) -> SyncReport:
    return SyncEngine(Inline(session.store), server, device_id=f"dev-{session.actor.user}",
                      **options).run()


def document(given: str = "Selam", **case: Any) -> dict[str, Any]:
    return {
        "person": {"given_name": given, "family_name": "Tesfay", "sex": "female",
                   "age_estimate": 24, "nationality": "ERI", "languages": ["ti"]},
        "case": {"site": "LAMP-01", "stage": "transit", "assigned_to": "amina",
                 "opened_on": "2026-11-29", **case},
        "tasks": [{"title": "call back", "due_on": "2026-12-03"}],
        "notes": [{"text": "met at the port", "confidential": False, "author": "amina",
                   "written_at": "2026-11-29T10:00:00Z"}],
    }


def shown(session: Session, case_id: str) -> dict[str, Any]:
    return cases.show_case(session, case_id).document


def shared_case(a: Session, b: Session, server: FakeServer) -> str:
    case_id = cases.create_case(a, document()).case_id
    sync(a, server)
    sync(b, server)
    return case_id


def test_a_case_created_on_one_device_arrives_whole_on_the_other(
        devices: tuple[Session, Session], server: FakeServer) -> None:
    a, b = devices
    case_id = cases.create_case(a, document("Qorvanex")).case_id
    report = sync(a, server)
    assert report.pushed == 4 and sync_state.outbox_size(a.store) == 0  # person, case, task, note
    report = sync(b, server)
    assert report.pulled == 4
    assert shown(b, case_id) == shown(a, case_id)
    assert [hit.case_id for hit in cases.search_cases(b, "Qorvanex")] == [case_id]
    assert sync_state.last_successful_sync(b.store) == NOW


def test_edits_on_both_sides_converge_without_conflict(devices: tuple[Session, Session],
                                                       server: FakeServer) -> None:
    a, b = devices
    case_id = shared_case(a, b, server)
    cases.update_case(a, case_id, {"person": {"family_name": "Tesfaye"}})
    cases.update_case(b, case_id, {"case": {"stage": "destination"}})
    sync(a, server)
    sync(b, server)
    sync(a, server)
    for session in devices:
        doc = shown(session, case_id)
        assert (doc["person"]["family_name"], doc["case"]["stage"]) == ("Tesfaye", "destination")
        assert sync_service.list_conflicts(session) == []
    assert shown(a, case_id) == shown(b, case_id)


def test_a_concurrent_same_field_edit_gives_exactly_one_conflict_on_both(
        devices: tuple[Session, Session], server: FakeServer) -> None:
    a, b = devices
    case_id = shared_case(a, b, server)
    cases.update_case(a, case_id, {"person": {"family_name": "Tesfaye"}})
    cases.update_case(b, case_id, {"person": {"family_name": "Tesfai"}})
    sync(a, server)
    assert sync(b, server).conflicts == 1
    assert sync(a, server).conflicts == 1
    seen = [sync_service.list_conflicts(session) for session in devices]
    assert len(seen[0]) == len(seen[1]) == 1
    conflict = seen[0][0]
    assert conflict == seen[1][0]
    assert conflict.field == "family_name" and conflict.kind == "field"
    assert {s.value for s in conflict.sides} == {"Tesfaye", "Tesfai"}
    assert {s.author for s in conflict.sides} == {"amina", "berhane"}
    assert shown(a, case_id) == shown(b, case_id)  # the same provisional winner everywhere
    review = [row.case_id for row in cases.list_cases(a, cases.CaseFilter(review_only=True)).rows]
    assert review == [case_id]  # flagged for the supervisor's queue


def test_a_resolution_syncs_and_closes_the_conflict_everywhere(
        devices: tuple[Session, Session], server: FakeServer) -> None:
    a, b = devices
    case_id = shared_case(a, b, server)
    cases.update_case(a, case_id, {"person": {"family_name": "Tesfaye"}})
    cases.update_case(b, case_id, {"person": {"family_name": "Tesfai"}})
    sync(a, server)
    sync(b, server)
    sync(a, server)
    conflict = sync_service.list_conflicts(b)[0]
    side = next(i for i, s in enumerate(conflict.sides) if s.value == "Tesfai")
    sync_service.resolve_conflict(b, conflict.conflict_id, side=side)
    assert sync_service.list_conflicts(b) == []
    sync(b, server)
    assert sync(a, server).conflicts == 0
    for session in devices:
        assert shown(session, case_id)["person"]["family_name"] == "Tesfai"
        assert sync_service.list_conflicts(session) == []
    assert cases.list_cases(a, cases.CaseFilter(review_only=True)).rows == ()


def test_a_delete_against_a_later_edit_gives_an_edit_vs_delete_conflict(
        devices: tuple[Session, Session], server: FakeServer) -> None:
    a, b = devices
    case_id = shared_case(a, b, server)
    task_id = shown(a, case_id)["tasks"][0]["id"]
    cases.delete_record(a, case_id, task_id)
    cases.update_case(b, case_id, {"tasks": [{"id": task_id, "title": "visit instead"}]})
    sync(a, server)
    sync(b, server)
    sync(a, server)
    for session in devices:
        (conflict,) = sync_service.list_conflicts(session)
        assert conflict.kind == "edit_vs_delete" and conflict.record_id == task_id
        assert sorted(s.deleted for s in conflict.sides) == [False, True]
        assert [t["title"] for t in shown(session, case_id)["tasks"]] == ["visit instead"]
    conflict_id = sync_service.list_conflicts(a)[0].conflict_id
    sync_service.resolve_conflict(a, conflict_id, keep=False)
    sync(a, server)
    sync(b, server)
    for session in devices:
        assert sync_service.list_conflicts(session) == []
        assert shown(session, case_id)["tasks"] == []


def test_a_local_edit_made_during_a_sync_is_never_overwritten(
        devices: tuple[Session, Session], server: FakeServer) -> None:
    a, b = devices
    case_id = shared_case(a, b, server)
    cases.update_case(b, case_id, {"person": {"family_name": "FromB"}})
    sync(b, server)

    def edit_meanwhile(_request: object) -> None:  # between A's push and its pull
        server.before_pull = None
        cases.update_case(a, case_id, {"person": {"family_name": "FromA"}})

    server.before_pull = edit_meanwhile
    sync(a, server)
    (conflict,) = sync_service.list_conflicts(a)
    assert {s.value for s in conflict.sides} == {"FromA", "FromB"}
    assert sync_state.outbox_size(a.store) == 1  # A's edit waits for the next round
    sync(a, server)
    sync(b, server)
    assert [c.conflict_id for c in sync_service.list_conflicts(b)] == [conflict.conflict_id]


def test_a_refused_change_is_quarantined_and_never_blocks_the_rest(
        devices: tuple[Session, Session], server: FakeServer) -> None:
    a, b = devices
    server.reject = lambda change: "forbidden" if change.kind == "task" else None
    case_id = cases.create_case(a, document()).case_id
    report = sync(a, server, batch_size=2)
    assert (report.pushed, report.quarantined) == (3, 1)
    assert sync_state.outbox_size(a.store) == 0
    (held,) = sync_state.quarantined(a.store)
    assert (held.kind, held.reason, held.case_id) == ("task", "forbidden", case_id)
    assert len(server.pushes) == 2
    sync(a, server)
    assert len(server.pushes) == 2  # a quarantined change is not sent again
    sync(b, server)
    assert shown(b, case_id)["tasks"] == []


def test_killed_between_acknowledgement_and_bookkeeping_repushes_without_duplicates(
        devices: tuple[Session, Session], server: FakeServer,
        monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = devices
    case_id = cases.create_case(a, document()).case_id
    real = sync_state.acknowledge

    def acknowledge_then_die(store: Any, change_ids: Any) -> int:
        real(store, change_ids)
        raise KeyboardInterrupt  # the process dies before its transaction commits

    monkeypatch.setattr(engine_module.sync_state, "acknowledge", acknowledge_then_die)
    with pytest.raises(KeyboardInterrupt):
        sync(a, server)
    assert sync_state.outbox_size(a.store) == 4  # rolled back: still to send
    assert len(server.logged()) == 4  # but the server has them
    monkeypatch.setattr(engine_module.sync_state, "acknowledge", real)
    report = sync(a, server)
    assert report.pushed == 4 and sync_state.outbox_size(a.store) == 0
    assert len(server.logged()) == 4 and len(set(server.logged())) == 4
    sync(b, server)
    assert len(cases.list_cases(b, cases.CaseFilter()).rows) == 1
    assert shown(b, case_id) == shown(a, case_id)


def test_a_pull_failing_midway_resumes_from_the_last_applied_page(
        devices: tuple[Session, Session], server: FakeServer) -> None:
    a, b = devices
    first = cases.create_case(a, document("One")).case_id
    second = cases.create_case(a, document("Two")).case_id
    sync(a, server)
    calls = 0

    def fail_on_third(_request: object) -> None:
        nonlocal calls
        calls += 1
        if calls == 3:
            raise SyncError(engine_module.SyncErrorKind.OFFLINE, "link dropped")

    server.before_pull = fail_on_third
    with pytest.raises(SyncError):
        sync(b, server, pull_limit=3)
    assert sync_state.pull_cursor(b.store) == "p6"  # two pages applied and committed
    assert sync_state.last_successful_sync(b.store) is None
    server.before_pull = None
    sync(b, server, pull_limit=3)
    assert server.pulls[-2].cursor == "p6"  # resumed, not restarted
    for case_id in (first, second):
        assert shown(b, case_id) == shown(a, case_id)


def test_purges_and_cases_leaving_scope_are_erased_from_the_device(
        devices: tuple[Session, Session], server: FakeServer) -> None:
    a, b = devices
    erased = cases.create_case(a, document("Qorvanex")).case_id
    moved = cases.create_case(a, document("Tilbeh")).case_id
    sync(a, server)
    sync(b, server)
    cases.update_case(b, erased, {"person": {"family_name": "Unsent"}})  # will be dropped
    stamp = Stamp(int(NOW.timestamp() * 1000) + 5, 0, "dpo-device")
    server.inject(purge_change(change_id=a.new_id(), case_id=erased, record_id=erased,
                               kind="case", stamp=stamp, author="dpo"))
    server.out_of_scope = [moved]
    report = SyncEngine(Inline(b.store), server, device_id="dev-b").run()
    assert report.purged == 2
    assert cases.list_cases(b, cases.CaseFilter()).rows == ()
    assert cases.search_cases(b, "Qorvanex") == [] and cases.search_cases(b, "Tilbeh") == []
    for case_id in (erased, moved):
        for table in ("cases", "outbox", "hidden_cases", "conflicts"):
            column = "id" if table == "cases" else "case_id"
            assert b.store.raw.execute(f"SELECT count(*) FROM {table} WHERE {column} = ?",
                                       (case_id,)).fetchone()[0] == 0
    sync(a, server)
    assert [row.case_id for row in cases.list_cases(a, cases.CaseFilter()).rows] == [moved]


def test_a_remote_stamp_days_ahead_is_merged_without_dragging_this_clock(
        devices: tuple[Session, Session], server: FakeServer) -> None:
    """A colleague's laptop had its clock three days ahead when it edited: its change still
    arrives, but this laptop's clock stays where it is (it was checked by the server)."""
    a, b = devices
    case_id = shared_case(a, b, server)
    person_id = shown(a, case_id)["person"]["id"]
    ahead = NOW + timedelta(days=3)
    server.inject(edit_change(None, {"family_name": "Later"}, change_id=a.new_id(),
                              case_id=case_id, record_id=person_id, kind="person",
                              stamp=Stamp(int(ahead.timestamp() * 1000), 0, "fast"),
                              author="someone"))
    cursor = sync_state.pull_cursor(b.store)
    sync(b, server)
    assert sync_state.pull_cursor(b.store) != cursor
    assert b.store.clock.last.wall_ms < int((NOW + timedelta(days=1)).timestamp() * 1000)
    assert shown(b, case_id)["person"]["family_name"] in {"Later", "Tesfay"}


def test_the_person_s_newer_fields_travel_to_the_other_device(
        devices: tuple[Session, Session], server: FakeServer) -> None:
    a, b = devices
    case_id = shared_case(a, b, server)
    cases.update_case(a, case_id, {"person": {
        "interpreter_needed": True, "interview_language": "ti",
        "contact": {"safe_to_contact": False, "code_word": "blue river"}}})
    sync(a, server)
    sync(b, server)
    person = shown(b, case_id)["person"]
    assert (person["interpreter_needed"], person["interview_language"]) == (True, "ti")
    assert person["contact"]["code_word"] == "blue river"
    assert shown(b, case_id) == shown(a, case_id)
