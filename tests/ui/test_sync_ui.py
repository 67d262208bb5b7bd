"""Sync in the window: Sync now on the worker, progress and Cancel, plain messages for
failures, the periodic sync, the conflicts dialog, the offline lease banner, and a wipe that
sends the app back to its first-run screen.

Profiles are small and real (encrypted, insecure KDF), enrolled with the in-process fake
server of ``tests/sync/fake_server.py`` behind its HTTP contract; one injected clock drives
the profiles and the server.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import QDateTime, QLocale, Qt
from pytestqt.qtbot import QtBot
from tests.sync.fake_server import FakeServer, HttpFront

from fieldcase.services import cases, profile, sign_in
from fieldcase.services import sync as sync_service
from fieldcase.services.session import Session, SessionSteps
from fieldcase.services.sync import SyncHooks
from fieldcase.storage.keyslots import KdfParams
from fieldcase.sync.client import SyncProgress
from fieldcase.sync.engine import SyncReport
from fieldcase.sync.errors import SyncError, SyncErrorKind
from fieldcase.ui.controller import AppController
from fieldcase.ui.main_window import MainWindow
from fieldcase.ui.messages import OperationError, describe
from fieldcase.ui.operations import OperationRunner
from fieldcase.ui.setup_dialog import SetupDialog
from fieldcase.ui.sync_controls import format_age
from fieldcase.ui.unlock_dialog import UnlockDialog

WAIT = 10_000
PASSPHRASE = "copper lantern orchard velvet"
START = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
SERVER = "http://127.0.0.1:8765"
LEFT = Qt.MouseButton.LeftButton
OFFLINE_TEXT = "No connection. Your changes are kept on this laptop; sync again later."


class Clock:
    def __init__(self, moment: datetime = START) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


def document(given: str) -> dict[str, Any]:
    return {
        "person": {"given_name": given, "family_name": "Tesfay", "sex": "female",
                   "age_estimate": 24, "nationality": "ERI", "languages": ["ti"]},
        "case": {"site": "LAMP-01", "stage": "transit", "assigned_to": "amina",
                 "opened_on": "2026-11-29"},
    }


class Laptop:
    """One enrolled profile of the worker ``amina`` on its own folder."""

    def __init__(self, folder: Path, front: HttpFront, clock: Clock, kdf: KdfParams,
                 code: str) -> None:
        self.folder, self.front, self.clock, self.kdf = folder, front, clock, kdf
        profile.create_profile(folder, user="amina", passphrase=PASSPHRASE, role="worker",
                               team="lamp", site="LAMP-01", kdf=kdf, now=clock)
        with self.session() as session:
            sync_service.enroll(session, SERVER, front.issue_code(code, "user-amina"),
                                front.transport())

    def open(self) -> Session:
        return profile.unlock(self.folder, user="amina", passphrase=PASSPHRASE, kdf=self.kdf,
                              now=self.clock)

    def session(self) -> _Open:
        return _Open(self)

    def sync(self, session: Session) -> SyncReport:
        return sync_service.sync_now(session, self.front.transport(), sleep=lambda _s: None)

    def sync_call(self, transport: httpx.BaseTransport | None = None
                  ) -> Callable[[SessionSteps, SyncHooks], SyncReport]:
        def call(steps: SessionSteps, hooks: SyncHooks) -> SyncReport:
            return sync_service.run_sync(steps, hooks, transport or self.front.transport(),
                                         sleep=lambda _s: None)
        return call


class _Open:
    def __init__(self, laptop: Laptop) -> None:
        self._laptop = laptop
        self._session: Session | None = None

    def __enter__(self) -> Session:
        self._session = self._laptop.open()
        return self._session

    def __exit__(self, *exc: object) -> None:
        assert self._session is not None
        self._session.close()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def front(clock: Clock) -> HttpFront:
    return HttpFront(FakeServer(), now=clock)


@pytest.fixture
def laptop(tmp_path: Path, front: HttpFront, clock: Clock, kdf: KdfParams) -> Laptop:
    made = Laptop(tmp_path / "laptop-a", front, clock, kdf, "ABCDE-12340")
    with made.session() as session:
        for given in ("Qorvanex", "Selamawit"):
            cases.create_case(session, document(given))
    return made


@pytest.fixture
def open_window(qtbot: QtBot, runner: OperationRunner
                ) -> Iterator[Callable[..., MainWindow]]:
    windows: list[MainWindow] = []

    def make(laptop: Laptop, **options: Any) -> MainWindow:
        with qtbot.waitSignal(runner.session_opened, timeout=WAIT):
            runner.open_session(laptop.open)
        assert runner.actor is not None
        options.setdefault("sync_call", laptop.sync_call())
        window = MainWindow(runner, runner.actor, **options)
        qtbot.addWidget(window)
        window.show()
        # With a short periodic interval a sync may already be running: only wait for it all
        # to settle when the schedule is the default quarter of an hour.
        settle = "sync_interval" not in options
        qtbot.waitUntil(lambda: window.sync.status is not None
                        and (not settle or not runner.busy), timeout=WAIT)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()


def status_label(window: MainWindow) -> str:
    return window.sync_area.label.text()


def test_sync_now_runs_on_the_worker_and_updates_the_status(
        qtbot: QtBot, open_window: Callable[..., MainWindow], laptop: Laptop,
        front: HttpFront) -> None:
    threads: list[str] = []
    progress: list[object] = []
    real = laptop.sync_call()

    def call(steps: SessionSteps, hooks: SyncHooks) -> SyncReport:
        threads.append(threading.current_thread().name)
        return real(steps, hooks)

    window = open_window(laptop, sync_call=call)
    assert window.model.rowCount() == 2
    assert status_label(window) == "Last sync never · 4 changes to send"
    assert window.registry["sync"].isEnabled()
    window.sync.progress_changed.connect(progress.append)
    with qtbot.waitSignal(window.sync.sync_finished, timeout=WAIT) as finished:
        window.registry["sync"].trigger()
        assert window.sync.running and not window.registry["sync"].isEnabled()
        assert window.sync_area.cancel_button.isVisible()
    assert threads == ["fieldcase-sync"]  # the network part: never the store's thread
    assert finished.args is not None and finished.args[0].pushed == 4
    assert status_label(window) == "Last sync just now · 0 changes to send"
    assert progress and isinstance(progress[-1], SyncProgress)
    assert not window.sync_area.cancel_button.isVisible() and window.registry["sync"].isEnabled()
    assert len(front.server.logged()) == 4


def test_cancel_stops_a_running_sync_and_loses_nothing(
        qtbot: QtBot, open_window: Callable[..., MainWindow], laptop: Laptop) -> None:
    started = threading.Event()

    def slow(_steps: SessionSteps, hooks: SyncHooks) -> SyncReport:
        assert hooks.progress is not None
        hooks.progress(SyncProgress("push", pushed=1, outbox=4))
        started.set()
        hooks.cancel.wait(WAIT / 1000)
        hooks.cancel.check()
        return SyncReport()

    window = open_window(laptop, sync_call=slow)
    failures: list[tuple[object, bool]] = []
    window.sync.sync_failed.connect(lambda error, asked: failures.append((error, asked)))
    window.sync_now()
    qtbot.waitUntil(lambda: status_label(window) == "Sending changes (1 of 4)…", timeout=WAIT)
    assert started.is_set() and window.sync_area.bar.maximum() == 4
    qtbot.mouseClick(window.sync_area.cancel_button, LEFT)
    qtbot.waitUntil(lambda: bool(failures) and not window.sync.running, timeout=WAIT)
    error, asked = failures[0]
    assert isinstance(error, OperationError) and error.kind == "cancelled" and asked
    qtbot.waitUntil(lambda: status_label(window).startswith("Not synced: cancelled"),
                    timeout=WAIT)
    assert "4 changes to send" in status_label(window)
    assert window.sync_message.isHidden()  # a cancel the person asked for is no error


def test_an_offline_sync_says_so_and_keeps_the_list(
        qtbot: QtBot, open_window: Callable[..., MainWindow], laptop: Laptop) -> None:
    def unreachable(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("no route to host", request=request)

    window = open_window(laptop, sync_call=laptop.sync_call(httpx.MockTransport(unreachable)))
    rows = [window.model.row_at(r).case_id for r in range(window.model.rowCount())]
    with qtbot.waitSignal(window.sync.sync_failed, timeout=WAIT):
        window.registry["sync"].trigger()
    assert window.sync_message.isVisible()
    assert window.sync_message.label.text() == OFFLINE_TEXT
    qtbot.waitUntil(lambda: status_label(window).startswith("Not synced: no connection"),
                    timeout=WAIT)
    assert [window.model.row_at(r).case_id for r in range(window.model.rowCount())] == rows


def test_a_clock_error_says_how_far_off_the_clock_is(
        qtbot: QtBot, open_window: Callable[..., MainWindow], laptop: Laptop,
        front: HttpFront) -> None:
    window = open_window(laptop)
    front.now = lambda: START + timedelta(days=3)
    with qtbot.waitSignal(window.sync.sync_failed, timeout=WAIT):
        window.sync_now()
    assert window.sync_message.label.text().startswith(
        "This laptop's clock is 3 days behind the server's.")


def test_the_periodic_sync_fires_and_never_overlaps(
        qtbot: QtBot, open_window: Callable[..., MainWindow], laptop: Laptop) -> None:
    release = threading.Event()
    calls: list[str] = []

    def blocking(_steps: SessionSteps, _hooks: SyncHooks) -> SyncReport:
        calls.append(threading.current_thread().name)
        if len(calls) == 1:
            release.wait(WAIT / 1000)
        return SyncReport()

    window = open_window(laptop, sync_call=blocking, sync_interval=timedelta(milliseconds=20))
    ticks: list[int] = []
    window.sync.periodic.timeout.connect(lambda: ticks.append(1))
    qtbot.waitUntil(lambda: len(calls) == 1, timeout=WAIT)
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=WAIT)
    assert len(calls) == 1 and window.sync.running  # ticks while it runs are skipped
    release.set()
    qtbot.waitUntil(lambda: len(calls) >= 2, timeout=WAIT)
    assert set(calls) == {"fieldcase-sync"}
    window.sync.stop()
    qtbot.waitUntil(lambda: not window.sync.running, timeout=WAIT)


def test_no_periodic_sync_without_enrolment(
        qtbot: QtBot, open_window: Callable[..., MainWindow], laptop: Laptop,
        tmp_path: Path, kdf: KdfParams, clock: Clock) -> None:
    plain = tmp_path / "not-enrolled"
    profile.create_profile(plain, user="amina", passphrase=PASSPHRASE, role="worker",
                           team="lamp", site="LAMP-01", kdf=kdf, now=clock)
    laptop.folder = plain
    calls: list[int] = []

    def counted(*_args: object) -> SyncReport:
        calls.append(1)
        return SyncReport()

    window = open_window(laptop, sync_call=counted, sync_interval=timedelta(milliseconds=20))
    ticks: list[int] = []
    window.sync.periodic.timeout.connect(lambda: ticks.append(1))
    qtbot.waitUntil(lambda: len(ticks) >= 3, timeout=WAIT)
    assert calls == [] and not window.registry["sync"].isEnabled()
    assert status_label(window) == "Not enrolled with a server: cases stay on this laptop"


@pytest.fixture
def conflicted(laptop: Laptop, front: HttpFront, clock: Clock, kdf: KdfParams,
               tmp_path: Path) -> tuple[Laptop, str]:
    """Two laptops of the same worker set one case's stage differently while apart."""
    other = Laptop(tmp_path / "laptop-b", front, clock, kdf, "ABCDE-12341")
    with laptop.session() as a:
        case_id = cases.list_cases(a, cases.CaseFilter()).rows[0].case_id
        laptop.sync(a)
    with other.session() as b:
        other.sync(b)
        cases.update_case(b, case_id, {"case": {"stage": "return"}})
        clock.moment += timedelta(minutes=5)
        other.sync(b)
    with laptop.session() as a:
        cases.update_case(a, case_id, {"case": {"stage": "destination"}})
        laptop.sync(a)
    return laptop, case_id


def test_the_conflicts_view_lists_both_sides_and_resolving_removes_it(
        qtbot: QtBot, open_window: Callable[..., MainWindow],
        conflicted: tuple[Laptop, str], runner: OperationRunner) -> None:
    laptop, case_id = conflicted
    window = open_window(laptop)
    assert window.registry["conflicts"].text() == "&Conflicts (1)"
    assert "1 conflict" in status_label(window)
    window.registry["conflicts"].trigger()
    dialog = window.conflicts_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=WAIT)
    first, second = dialog.model.row_at(0), dialog.model.row_at(1)
    conflict = first.conflict
    assert conflict.case_id == case_id and conflict.field == "stage"
    texts = [[dialog.model.index(r, c).data() for c in range(7)] for r in range(2)]
    assert texts[0][0] == conflict.case_number and texts[1][0] == ""
    assert texts[0][2] == "Stage"
    assert {texts[0][3], texts[1][3]} == {"Destination", "Return"}  # codes by their names
    assert texts[0][4] == texts[1][4] == "amina"
    winner_row = conflict.winner
    assert texts[winner_row][6] == "✓ shown now" and texts[1 - winner_row][6] == ""
    assert texts[winner_row][3] == "Destination"  # the later edit (09:05) shows for now
    shown_at = (first if winner_row == 0 else second).view.at  # 09:05 UTC, in the locale's
    assert texts[winner_row][5] == QLocale().toString(  # format and this laptop's time zone
        QDateTime.fromMSecsSinceEpoch(int(shown_at.timestamp() * 1000)),
        QLocale.FormatType.ShortFormat)
    assert shown_at.hour == 9 and shown_at.minute == 5
    loser = 1 - winner_row
    assert (first if loser == 0 else second).view.value == "return"

    dialog.select_side(loser)
    assert dialog.keep_button.isEnabled()
    with qtbot.waitSignal(runner.changed, timeout=WAIT):
        qtbot.mouseClick(dialog.keep_button, LEFT)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0 and not runner.busy, timeout=WAIT)
    assert dialog.empty_label.isVisibleTo(dialog)
    qtbot.waitUntil(lambda: window.registry["conflicts"].text() == "&Conflicts", timeout=WAIT)
    shown: list[dict[str, Any]] = []
    runner.submit(lambda session: cases.show_case(session, case_id).document, shown.append)
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT)
    assert shown[0]["case"]["stage"] == "return"


def test_an_expired_lease_allows_only_sync_and_sign_in_and_a_sign_in_lifts_it(
        qtbot: QtBot, open_window: Callable[..., MainWindow], laptop: Laptop,
        clock: Clock, runner: OperationRunner, front: HttpFront) -> None:
    with laptop.session() as session:
        laptop.sync(session)
    clock.moment += timedelta(days=15, hours=1)
    window = open_window(laptop, sign_in_call=lambda session, passphrase: sign_in.sign_in(
        session, passphrase, front.transport()))
    assert window.lease_banner.isVisible()
    assert window.lease_banner.label.text() == (
        "This laptop has not been online for 15 days; connect and sign in to the server "
        "before working on cases.")
    assert window.lease_banner.action_button.text() == "Sign in…"
    assert window.model.rowCount() == 0 and not window.working_allowed
    assert not window.search_bar.isEnabled() and not window.registry["conflicts"].isEnabled()
    assert window.registry["sync"].isEnabled()
    assert window.count_label.text() == "Sign in to see cases"
    refused: list[OperationError] = []
    runner.submit(lambda session: cases.list_cases(session, cases.CaseFilter()),
                  on_error=refused.append)
    qtbot.waitUntil(lambda: bool(refused), timeout=WAIT)
    assert refused[0].kind == "lease_expired"

    gate = window.sign_in_gate  # asked at unlock; Cancel leaves everything as it was
    qtbot.waitUntil(lambda: gate.dialog is not None and gate.dialog.isVisible(), timeout=WAIT)
    assert gate.dialog is not None
    qtbot.mouseClick(gate.dialog.cancel_button, LEFT)
    assert not gate.dialog.isVisible() and not window.working_allowed
    failed: list[object] = []
    window.sync.sync_failed.connect(lambda error, _asked: failed.append(error))
    window.sync_now()  # refused before anything is sent, and the dialog comes back
    qtbot.waitUntil(lambda: gate.dialog is not None and gate.dialog.isVisible(), timeout=WAIT)
    assert isinstance(failed[0], OperationError) and failed[0].kind == "sign_in_required"
    assert window.sync_message.label.text() == failed[0].message

    gate.dialog.passphrase_box.setText(front.server_passphrase)
    with qtbot.waitSignal(window.sync.sync_finished, timeout=WAIT):
        qtbot.mouseClick(gate.dialog.sign_in_button, LEFT)
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=WAIT)
    assert window.lease_banner.isHidden() and window.working_allowed
    assert window.search_bar.isEnabled()


def test_a_lease_running_out_shows_a_warning_and_work_goes_on(
        open_window: Callable[..., MainWindow], laptop: Laptop, clock: Clock) -> None:
    with laptop.session() as session:
        laptop.sync(session)
    clock.moment += timedelta(days=12)
    window = open_window(laptop)
    assert window.lease_banner.isVisible() and window.lease_banner.action_button.isHidden()
    assert window.lease_banner.label.text().startswith("Sync within 2 days")
    assert window.model.rowCount() == 2 and window.working_allowed


def test_a_revoked_laptop_is_erased_and_the_app_returns_to_set_up(
        qtbot: QtBot, runner: OperationRunner, tmp_path: Path, kdf: KdfParams) -> None:
    clock = Clock(datetime.now(UTC))  # the controller's unlock reads the real clock
    front = HttpFront(FakeServer(), now=clock)
    laptop = Laptop(tmp_path / "lost", front, clock, kdf, "ABCDE-12349")
    controller = AppController(runner, laptop.folder, kdf=kdf, sync_call=laptop.sync_call())
    try:
        controller.start()
        dialog = controller.gate
        assert isinstance(dialog, UnlockDialog)
        dialog.user_box.setText("amina")
        dialog.passphrase_box.setText(PASSPHRASE)
        dialog.submit()
        qtbot.waitUntil(lambda: controller.window is not None and
                        controller.window.registry["sync"].isEnabled(), timeout=WAIT)
        front.revoked.update(front.devices)
        assert controller.window is not None
        controller.window.sync_now()
        qtbot.waitUntil(lambda: isinstance(controller.gate, SetupDialog), timeout=WAIT)
        qtbot.waitUntil(lambda: runner.actor is None and not runner.busy, timeout=WAIT)
        gate = controller.gate
        assert isinstance(gate, SetupDialog)
        assert "revoked this laptop" in gate.message_label.text()
        assert controller.window is None
        assert not profile.profile_exists(laptop.folder)
    finally:
        controller.close_all()


@pytest.mark.parametrize(("seconds", "text"), [
    (None, "never"), (30, "just now"), (12 * 60, "12 min ago"), (2 * 3600 + 59, "2 h ago"),
    (47 * 3600, "47 h ago"), (3 * 86_400, "3 days ago")])
def test_ages_read_like_a_person_would_say_them(seconds: int | None, text: str) -> None:
    last = None if seconds is None else START - timedelta(seconds=seconds)
    assert format_age(last, START) == text


_EVERY_KIND = [
    (SyncError(SyncErrorKind.OFFLINE, "connect timeout to 10.0.0.7"), "offline", OFFLINE_TEXT),
    (SyncError(SyncErrorKind.AUTH, "session_device_mismatch"), "auth",
     "The server did not accept this laptop's sign-in."),
    (SyncError(SyncErrorKind.SERVER, "HTTP 503 after 5 attempts"), "server",
     "The server had a problem."),
    (SyncError(SyncErrorKind.PROTOCOL, "ch[3].f: unknown key"), "protocol",
     "The server's answer could not be understood."),
    (SyncError(SyncErrorKind.CLOCK, "stale", skew_seconds=-2 * 86_400 - 3600), "clock",
     "This laptop's clock is 2 days 1 hour behind the server's."),
    (SyncError(SyncErrorKind.REVOKED, "wipe ignored (not pinned)", wipe_rejected="pinned"),
     "revoked", "The server says this laptop is revoked, but"),
    (SyncError(SyncErrorKind.REVOKED, "wipe applied", erased=True), "erased",
     "Your organisation revoked this laptop"),
    (SyncError(SyncErrorKind.STORE_ROLLED_BACK, "server 0190... not in the outbox"),
     "store_rolled_back", "This laptop's cases are older than what it already sent"),
]


def test_the_table_above_covers_every_kind_a_sync_can_fail_with() -> None:
    listed = {SyncErrorKind(error.kind) for error, _, _ in _EVERY_KIND}
    assert set(SyncErrorKind) - listed == {SyncErrorKind.CANCELLED}  # status bar only


@pytest.mark.parametrize(("error", "kind", "start"), _EVERY_KIND)
def test_every_sync_failure_kind_has_plain_words(error: SyncError, kind: str,
                                                 start: str) -> None:
    shown = describe(error)
    assert shown.kind == kind and shown.message.startswith(start)
    assert error.message not in shown.message  # internal details stay out of sight


def test_a_conflicting_field_is_named_by_the_label_the_form_shows() -> None:
    from fieldcase.ui.conflicts_view import label_of
    assert label_of("family_name", "person") == "Family name"
    assert label_of("due_on", "task") == "Task due date"
    assert label_of("stage", "case") == "Stage"
    assert label_of("age_band", "person") == "Person"  # no label of its own: its record kind
    assert label_of(None, "task") == "(whole record)"


def test_a_conflicting_or_refused_service_is_named_from_the_directory() -> None:
    from datetime import UTC, datetime

    from fieldcase import bundled
    from fieldcase.services.refusals import Reason, RefusedChange, WantedValue
    from fieldcase.services.sync import ConflictSideView, ConflictView
    from fieldcase.ui.conflicts_view import VALUE, ConflictsModel
    from fieldcase.ui.refused_view import WANTED, RefusedModel

    directory = bundled.service_directory()
    at = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
    sides = tuple(ConflictSideView(f"s{i}", "amina", service, False, at)
                  for i, service in enumerate(("agz-01-shelter", "gone-service")))
    conflict = ConflictView("c1", "field", "case-1", "FC-A-1", "r1", "referral", "service_id",
                            sides, 0)
    conflicts = ConflictsModel()
    conflicts.set_conflicts([conflict], directory)
    assert conflicts.index(0, VALUE).data() == "Example Agadez Transit Shelter"
    assert conflicts.index(1, VALUE).data() == "Service no longer listed (gone-service)"
    refused = RefusedChange("x1", "case-1", "FC-A-1", "consent", "update",
                            (WantedValue("consents[0].service_id", "agz-01-shelter"),),
                            Reason("forbidden", None, {}, "forbidden"), "amina", at, True)
    refusals = RefusedModel()
    refusals.set_refused([refused], directory)
    assert refusals.index(0, WANTED).data() == "Example Agadez Transit Shelter"
