"""The network never holds the store: a sync runs on a thread of its own, and the store thread
serves a person's calls between its short steps.

The laptop here is enrolled with the in-process fake server put on a real loopback port by
``tests/sync/slow_server.py``, which holds every request until the test releases it: a server
that answers slowly, observed by events rather than timings. The window uses its production
sync (``default_sync``, the real HTTP client), so what is tested is what the app runs.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from tests.sync.fake_server import FakeServer, HttpFront
from tests.sync.slow_server import SlowServer

from fieldcase.services import cases, profile
from fieldcase.services import sync as sync_service
from fieldcase.services.changes import Changes
from fieldcase.services.session import Session, SessionSteps
from fieldcase.services.sync import FilesMoved, SyncHooks
from fieldcase.storage.connection import open_connection_count
from fieldcase.storage.keyslots import KdfParams
from fieldcase.sync.engine import SyncReport
from fieldcase.ui.main_window import MainWindow
from fieldcase.ui.operations import OperationRunner

WAIT = 10_000
PASSPHRASE = "copper lantern orchard velvet"
START = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def document(given: str) -> dict[str, Any]:
    return {
        "person": {"given_name": given, "family_name": "Tesfay", "sex": "female",
                   "age_estimate": 24, "nationality": "ERI", "languages": ["ti"]},
        "case": {"site": "LAMP-01", "stage": "transit", "assigned_to": "amina",
                 "opened_on": "2026-11-29"},
    }


class Laptop:
    """A worker's profile enrolled (through the in-process transport) at ``server_url``."""

    def __init__(self, folder: Path, front: HttpFront, kdf: KdfParams, server_url: str,
                 code: str, names: tuple[str, ...] = ("Qorvanex", "Selamawit")) -> None:
        self.folder, self.front, self.kdf = folder, front, kdf
        profile.create_profile(folder, user="amina", passphrase=PASSPHRASE, role="worker",
                               team="lamp", site="LAMP-01", kdf=kdf, now=self.now)
        session = self.open()
        try:
            sync_service.enroll(session, server_url, front.issue_code(code, "user-amina"),
                                front.transport())
            self.case_ids = [cases.create_case(session, document(name)).case_id
                             for name in names]
        finally:
            session.close()

    @staticmethod
    def now() -> datetime:
        return START

    def open(self) -> Session:
        return profile.unlock(self.folder, user="amina", passphrase=PASSPHRASE, kdf=self.kdf,
                              now=self.now)


@pytest.fixture
def front() -> HttpFront:
    return HttpFront(FakeServer(), now=Laptop.now)


@pytest.fixture
def slow(front: HttpFront) -> Iterator[SlowServer]:
    with SlowServer(front) as server:
        yield server


@pytest.fixture
def open_window(qtbot: QtBot, runner: OperationRunner) -> Iterator[Callable[..., MainWindow]]:
    windows: list[MainWindow] = []

    def make(laptop: Laptop, **options: Any) -> MainWindow:
        with qtbot.waitSignal(runner.session_opened, timeout=WAIT):
            runner.open_session(laptop.open)
        assert runner.actor is not None
        window = MainWindow(runner, runner.actor, **options)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.sync.status is not None and not runner.busy
                        and window.model.rowCount() > 0, timeout=WAIT)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()


def test_opening_listing_and_saving_a_case_never_wait_for_a_slow_server(
        qtbot: QtBot, runner: OperationRunner, open_window: Callable[..., MainWindow],
        front: HttpFront, slow: SlowServer, tmp_path: Path, kdf: KdfParams) -> None:
    laptop = Laptop(tmp_path / "laptop", front, kdf, slow.url, "ABCDE-12340")
    window = open_window(laptop)  # the production sync: real HTTP to the slow server
    events: list[str] = []
    window.sync.sync_finished.connect(lambda _report: events.append("sync finished"))
    window.sync_now()
    qtbot.waitUntil(slow.arrived.is_set, timeout=WAIT)
    events.append("request pending")
    first, second = laptop.case_ids
    runner.submit(lambda session: cases.show_case(session, first),
                  lambda _doc: events.append("opened"))
    runner.submit(lambda session: cases.list_cases(session, cases.CaseFilter()),
                  lambda _page: events.append("listed"))
    runner.mutate(lambda session: cases.update_case(session, second,
                                                    {"case": {"stage": "destination"}}),
                  lambda _saved: events.append("saved"))
    qtbot.waitUntil(lambda: len(events) == 4, timeout=WAIT)
    assert events == ["request pending", "opened", "listed", "saved"]
    assert slow.answered == [] and window.sync.running  # the request is still unanswered
    slow.release.set()
    qtbot.waitUntil(lambda: "sync finished" in events, timeout=WAIT)
    assert events[-1] == "sync finished"
    assert len(front.server.logged()) >= 4  # the held push went through once released


def test_a_lock_during_a_request_ends_the_sync_thread_before_the_store_closes(
        qtbot: QtBot, runner: OperationRunner, open_window: Callable[..., MainWindow],
        front: HttpFront, slow: SlowServer, tmp_path: Path, kdf: KdfParams) -> None:
    laptop = Laptop(tmp_path / "laptop", front, kdf, slow.url, "ABCDE-12340")
    window = open_window(laptop)
    window.sync_now()
    qtbot.waitUntil(slow.arrived.is_set, timeout=WAIT)  # the push is at the server
    sync_threads_at_close: list[list[str]] = []
    runner.session_closed.connect(lambda: sync_threads_at_close.append(
        [t.name for t in threading.enumerate() if t.name == "fieldcase-sync"]))
    window.request_lock()  # stops the schedule and cancels the sync
    runner.close_session()  # what the app controller does on lock_requested
    slow.release.set()  # the server answers after the lock
    qtbot.waitUntil(lambda: bool(sync_threads_at_close), timeout=WAIT)
    assert sync_threads_at_close == [[]]
    assert open_connection_count() == 0 and runner.actor is None
    assert len(front.server.logged()) == 4  # the server took the push...
    session = laptop.open()
    try:  # ...but nothing was written after the lock: the changes are simply sent again
        assert sync_service.sync_status(session).pending_changes == 4
    finally:
        session.close()


def test_each_applied_page_names_its_cases_while_the_sync_runs(
        qtbot: QtBot, open_window: Callable[..., MainWindow], runner: OperationRunner,
        front: HttpFront, tmp_path: Path, kdf: KdfParams) -> None:
    colleague = Laptop(tmp_path / "colleague", front, kdf, "http://127.0.0.1:8765",
                       "ABCDE-12341", names=("Hiwet", "Tilbeh", "Mebrat"))
    session = colleague.open()
    try:
        sync_service.sync_now(session, front.transport(), sleep=lambda _s: None)
    finally:
        session.close()
    laptop = Laptop(tmp_path / "laptop", front, kdf, "http://127.0.0.1:8765", "ABCDE-12340")

    def small_pages(steps: SessionSteps, hooks: SyncHooks) -> SyncReport:
        return sync_service.run_sync(steps, hooks, front.transport(), sleep=lambda _s: None,
                                     pull_limit=2)

    window = open_window(laptop, sync_call=small_pages)
    heard: list[tuple[Changes, bool]] = []
    runner.changed.connect(lambda changes: heard.append((changes, window.sync.running)))
    with qtbot.waitSignal(window.sync.sync_finished, timeout=WAIT):
        window.sync_now()
    assert len(heard) >= 2 and all(running for _, running in heard)
    assert all(changes.case_ids and not changes.record_kinds and not changes.users
               for changes, _ in heard)  # named cases, never "reload everything"
    assert frozenset().union(*(c.case_ids for c, _ in heard)) == frozenset(colleague.case_ids)


def test_attachment_files_have_their_own_progress_line(
        qtbot: QtBot, open_window: Callable[..., MainWindow], front: HttpFront,
        tmp_path: Path, kdf: KdfParams) -> None:
    laptop = Laptop(tmp_path / "laptop", front, kdf, "http://127.0.0.1:8765", "ABCDE-12340")
    reported, release = threading.Event(), threading.Event()

    def moving_files(_steps: SessionSteps, hooks: SyncHooks) -> SyncReport:
        assert hooks.files is not None
        hooks.files(FilesMoved(1, 3, 2_500_000, 7_000_000))
        reported.set()
        release.wait(WAIT / 1000)
        return SyncReport()

    window = open_window(laptop, sync_call=moving_files)
    area = window.sync_area
    assert not area.files_label.isVisible()
    window.sync_now()
    qtbot.waitUntil(lambda: area.files_label.isVisible(), timeout=WAIT)
    assert area.files_label.text() == "Files: 1 of 3 · 2.5 MB of 7.0 MB"
    assert area.files_bar.isVisible() and area.files_bar.value() == 357  # of 1000
    with qtbot.waitSignal(window.sync.sync_finished, timeout=WAIT):
        release.set()
    assert not area.files_label.isVisible() and not area.files_bar.isVisible()
