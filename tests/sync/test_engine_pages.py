"""Pull pages through the engine: cases new to the device go through the batched writer and
end up exactly as through the general path, and a no-op round writes nothing."""

from __future__ import annotations

import functools
import gc
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from fieldcase.collector import fewer_collections
from fieldcase.services import cases, profile
from fieldcase.services.session import Session
from fieldcase.storage import merged_cases, new_cases, sync_state
from fieldcase.storage.keyslots import KdfParams
from fieldcase.sync import engine as engine_module
from fieldcase.sync.engine import SyncEngine
from fieldcase.sync.steps import Inline

from .fake_server import FakeServer

TEST_KDF = KdfParams.insecure_for_tests()
PASSPHRASE = "correct horse battery staple"
NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
NAMES = ("Qorvanex", "Mohammed", "Selam", "Hiwet")


def now() -> datetime:
    return NOW


@pytest.fixture
def devices(tmp_path: Path) -> Iterator[list[Session]]:
    sessions: list[Session] = []
    for name in ("amina", "berhane", "chaltu"):
        folder = tmp_path / name
        profile.create_profile(folder, user=name, passphrase=PASSPHRASE, role="supervisor",
                               team="lamp", site="LAMP-01", kdf=TEST_KDF, now=now)
        sessions.append(profile.unlock(folder, user=name, passphrase=PASSPHRASE, kdf=TEST_KDF,
                                       now=now))
    yield sessions
    for session in sessions:
        session.close()


@pytest.fixture
def server() -> FakeServer:
    return FakeServer()


def document(given: str, number: int) -> dict[str, Any]:
    return {
        "person": {"given_name": given, "family_name": "Tesfay", "sex": "female",
                   "age_estimate": 24, "nationality": "ERI", "languages": ["ti"],
                   "contact": {"phone": f"+251 911 234 56{number}"}},
        "case": {"site": "LAMP-01", "stage": "transit", "assigned_to": "amina",
                 "opened_on": "2026-11-29"},
        "notes": [{"text": "met at the port", "confidential": False, "author": "amina",
                   "written_at": "2026-11-29T10:00:00Z"}],
    }


def engine(session: Session, server: FakeServer, **options: Any) -> SyncEngine:
    return SyncEngine(Inline(session.store), server, device_id=f"dev-{session.actor.user}",
                      **options)


def push_the_named_cases(author: Session, server: FakeServer) -> None:
    for number, name in enumerate(NAMES):
        cases.create_case(author, document(name, number))
    engine(author, server).run()


def content(session: Session) -> dict[str, Any]:
    raw = session.store.raw
    return {
        "cases": raw.execute("""SELECT rowid, id, case_number, person_id, display_name, site,
                                    status, stage, assigned_to, risk_rank, review,
                                    next_due_on, updated_hlc, doc, stamps
                                FROM cases ORDER BY rowid""").fetchall(),
        "identifiers": raw.execute("SELECT * FROM identifiers ORDER BY 1, 2, 3").fetchall(),
        "conflicts": raw.execute("SELECT * FROM conflicts ORDER BY 1").fetchall(),
        "hidden": raw.execute("SELECT * FROM hidden_cases ORDER BY 1").fetchall(),
        "search": {name: [hit.case_id for hit in cases.search_cases(session, name)]
                   for name in (*NAMES, "0911234561")},
    }


def test_pages_split_mid_case_store_the_same_with_and_without_the_batch(
        devices: list[Session], server: FakeServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """Pages of three changes split cases: a case first arrives incomplete (hidden, general
    path), then whole; others arrive whole and new (batched). Both devices must agree."""
    author, batched, reference = devices
    push_the_named_cases(author, server)
    written: list[str] = []
    real_insert = new_cases._insert

    def insert(store: Any, pending: Any) -> None:
        written.extend(new.doc["id"] for new in pending)
        real_insert(store, pending)

    monkeypatch.setattr(new_cases, "_insert", insert)
    engine(batched, server, pull_limit=3).run()
    monkeypatch.setattr(engine_module, "PageWriter",
                        functools.partial(new_cases.PageWriter, batch=False))
    engine(reference, server, pull_limit=3).run()
    assert written  # some cases did take the batch
    assert content(batched) == content(reference)
    assert len(content(batched)["cases"]) == len(NAMES)
    assert all(content(batched)["search"].values())


def test_a_round_with_nothing_to_do_writes_nothing(devices: list[Session],
                                                   server: FakeServer) -> None:
    author, device, _ = devices
    cases.create_case(author, document("Qorvanex", 1))
    engine(author, server).run()
    engine(device, server).run()
    cursor = sync_state.pull_cursor(device.store)
    before = device.store.raw.total_changes
    report = engine(device, server).exchange()
    assert device.store.raw.total_changes == before
    assert (report.pushed, report.pulled, report.conflicts) == (0, 0, 0)
    assert sync_state.pull_cursor(device.store) == cursor
    assert server.pulls[-1].cursor == cursor


def test_exchange_leaves_the_successful_sync_to_the_caller_and_run_records_it(
        devices: list[Session], server: FakeServer) -> None:
    _, device, _ = devices
    engine(device, server).exchange()
    assert sync_state.last_successful_sync(device.store) is None
    engine(device, server).run()
    assert sync_state.last_successful_sync(device.store) == NOW


def test_the_report_counts_open_conflicts(devices: list[Session], server: FakeServer) -> None:
    author, device, _ = devices
    case_id = cases.create_case(author, document("Qorvanex", 1)).case_id
    engine(author, server).run()
    engine(device, server).run()
    cases.update_case(author, case_id, {"case": {"stage": "destination"}})
    cases.update_case(device, case_id, {"case": {"stage": "return"}})
    engine(author, server).run()
    report = engine(device, server).run()
    assert report.conflicts == len(sync_state.open_conflicts(device.store)) == 1
    assert merged_cases.load_state(device.store, case_id).records


def test_pages_are_applied_with_rarer_collections_and_the_threshold_comes_back(
        devices: list[Session], server: FakeServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """A pull's decoded pages made the headless device (command line, benchmark) collect every
    700 containers: a quarter of its CPU in an initial pull (fieldcase.collector)."""
    author, device, _ = devices
    push_the_named_cases(author, server)
    seen: list[int] = []
    real_apply = engine_module.apply_page

    def apply(store: Any, page: Any) -> Any:
        seen.append(gc.get_threshold()[0])
        return real_apply(store, page)

    monkeypatch.setattr(engine_module, "apply_page", apply)
    before = gc.get_threshold()
    assert before[0] < fewer_collections.THRESHOLD
    engine(device, server, pull_limit=3).run()
    assert len(seen) > 1 and set(seen) == {fewer_collections.THRESHOLD}
    assert gc.get_threshold() == before
