"""The sync screens for ``render_screens.py``: status area, a sync in progress, an offline
failure, the conflicts dialog, changes waiting for a person's first sign-in (status line and
dialog), and the lease banners (warning, expired, clock set back).

Two laptops of the same worker are enrolled with the in-process fake server
(``tests/sync/fake_server.py``) and made to disagree on one case, so every screen shows real
data from encrypted profiles. One injected clock drives both laptops and the server.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
from PySide6.QtWidgets import QApplication, QWidget
from tests.sync.fake_server import FakeServer, HttpFront

from fieldcase.services import cases, profile
from fieldcase.services import sync as sync_service
from fieldcase.services.demo import add_demo_cases
from fieldcase.services.session import Session, SessionSteps
from fieldcase.services.sync import FilesMoved, SyncHooks
from fieldcase.storage.keyslots import KdfParams
from fieldcase.sync.client import SyncProgress
from fieldcase.sync.engine import SyncReport
from fieldcase.ui.main_window import MainWindow
from fieldcase.ui.operations import OperationRunner, Runner, SynchronousRunner

USER, PASSPHRASE = "demo.supervisor", "copper lantern orchard velvet"
START = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
Save = Callable[[QWidget, Path, str], None]


class Scene:
    def __init__(self, root: Path, kdf: KdfParams) -> None:
        self.kdf = kdf
        self.moment = START
        self.front = HttpFront(FakeServer(), now=self.now)
        self.a, self.b = root / "laptop-a", root / "laptop-b"
        for index, folder in enumerate((self.a, self.b)):
            profile.create_profile(folder, user=USER, passphrase=PASSPHRASE, role="supervisor",
                                   team="demo", site="LAMP-01", kdf=kdf, now=self.now)
            session = self.open(folder)
            code = self.front.issue_code(f"ABCDE-1234{index}", "user-supervisor")
            sync_service.enroll(session, "http://127.0.0.1:8765", code, self.front.transport())
            session.close()

    def now(self) -> datetime:
        return self.moment

    def open(self, folder: Path) -> Session:
        return profile.unlock(folder, user=USER, passphrase=PASSPHRASE, kdf=self.kdf,
                              now=self.now)

    def sync(self, session: Session) -> SyncReport:
        return sync_service.sync_now(session, self.front.transport(), sleep=lambda _s: None)

    def sync_call(self, transport: httpx.BaseTransport | None = None
                  ) -> Callable[[SessionSteps, SyncHooks], SyncReport]:
        def call(steps: SessionSteps, hooks: SyncHooks) -> SyncReport:
            return sync_service.run_sync(steps, hooks, transport or self.front.transport(),
                                         sleep=lambda _s: None)
        return call

    def build(self) -> None:
        """Cases on A, synced to B, one stage edited on both
        while apart, and a few new cases on A not yet sent."""
        session = self.open(self.a)
        add_demo_cases(session, count=40, seed=3)
        mine = cases.list_cases(session, cases.CaseFilter()).rows
        target = mine[0].case_id
        self.sync(session)
        session.close()
        other = self.open(self.b)
        self.sync(other)
        cases.update_case(other, target, {"case": {"stage": "return"}})
        self.moment += timedelta(hours=1, minutes=12)
        self.sync(other)
        other.close()
        session = self.open(self.a)
        cases.update_case(session, target, {"case": {"stage": "destination"}})
        self.sync(session)
        add_demo_cases(session, count=3, seed=4)
        session.close()
        self.moment += timedelta(hours=2, minutes=5)


def _window(runner: Runner, scene: Scene, **options: object) -> MainWindow:
    runner.open_session(lambda: scene.open(scene.a))
    assert runner.actor is not None
    window = MainWindow(runner, runner.actor, **options)  # type: ignore[arg-type]
    window.resize(1280, 760)
    return window


def _offline(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("no route to host", request=request)


def _pump(until: Callable[[], bool], limit: float = 10.0) -> None:
    deadline = time.monotonic() + limit
    while not until() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)


def render_sync_screens(out: Path, root: Path, kdf: KdfParams, save: Save) -> None:
    scene = Scene(root, kdf)
    scene.build()
    runner = SynchronousRunner()
    try:
        window = _window(runner, scene,
                         sync_call=scene.sync_call(httpx.MockTransport(_offline)))
        save(window, out, "sync-status")
        window.sync_now()
        save(window, out, "sync-offline")
        window.show_conflicts()
        assert window.conflicts_dialog is not None
        window.conflicts_dialog.select_side(1)
        save(window.conflicts_dialog, out, "sync-conflicts")
        window.close()
    finally:
        runner.shutdown()
    _render_running(out, scene, save)
    _render_waiting(out, scene, save)
    runner = SynchronousRunner()
    try:
        for days, name in ((12, "sync-lease-warn"), (3, "sync-lease-expired"),
                           (-10, "sync-lease-clock")):
            scene.moment += timedelta(days=days)  # the last one sets the clock back
            window = _window(runner, scene)
            save(window, out, name)
            window.close()
    finally:
        runner.shutdown()


def _render_waiting(out: Path, scene: Scene, save: Save) -> None:
    """A shared laptop: the person at it has no server session of their own, so their unsent
    changes wait (the status line) and the sign-in dialog asks once at unlock."""
    session = scene.open(scene.a)
    kept = session.store.raw.execute("SELECT user_name, token, expires_at FROM user_sessions"
                                     ).fetchall()
    with session.store.atomic():
        session.store.raw.execute("DELETE FROM user_sessions")
    session.close()
    runner = SynchronousRunner()
    try:
        window = _window(runner, scene)
        window.show()
        _pump(lambda: window.sign_in_gate.dialog is not None)
        save(window, out, "sync-waiting-for-sign-in")
        assert window.sign_in_gate.dialog is not None
        save(window.sign_in_gate.dialog, out, "sign-in-first")
        window.close()
    finally:
        runner.shutdown()
    session = scene.open(scene.a)
    with session.store.atomic():
        session.store.raw.executemany("INSERT INTO user_sessions VALUES (?, ?, ?)", kept)
    session.close()


def _render_running(out: Path, scene: Scene, save: Save) -> None:
    """A sync in progress needs the threaded runner: the sync waits on its own thread."""
    release = threading.Event()

    def slow(_steps: SessionSteps, hooks: SyncHooks) -> SyncReport:
        assert hooks.progress is not None and hooks.files is not None
        hooks.progress(SyncProgress("push", pushed=120, outbox=480))
        hooks.files(FilesMoved(1, 3, 2_500_000, 7_000_000))
        release.wait(10)
        hooks.cancel.check()
        return SyncReport()

    runner = OperationRunner()
    try:
        runner.open_session(lambda: scene.open(scene.a))
        _pump(lambda: runner.actor is not None)
        assert runner.actor is not None
        window = MainWindow(runner, runner.actor, sync_call=slow)
        window.resize(1280, 760)
        window.show()
        _pump(lambda: window.model.rowCount() > 0 and not runner.busy)
        window.sync_now()
        _pump(lambda: window.sync_area.label.text().startswith("Sending changes (120")
              and window.sync_area.files_label.isVisible())
        save(window, out, "sync-running")
        window.sync.cancel()
        release.set()
        _pump(lambda: not window.sync.running)
        window.close()
    finally:
        runner.shutdown()
