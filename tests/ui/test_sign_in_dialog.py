"""The "Sign in to <server>" dialog, driven with pytest-qt on the threaded runner.

Like the other UI sync tests, the laptop is a real encrypted profile enrolled with the
in-process fake server behind its HTTP contract (``tests/sync/fake_server.py``), which checks
the device signature and the server passphrase; the service itself is tested against a real
server process in ``tests/services/test_sign_in.py``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot
from tests.sync.fake_server import FakeServer, HttpFront
from tests.ui.test_sync_ui import LEFT, WAIT, Clock, Laptop

from fieldcase.services import sign_in
from fieldcase.services.session import Session
from fieldcase.services.sign_in import SignInPrompt, SignInResult
from fieldcase.storage import sync_state
from fieldcase.storage.keyslots import KdfParams
from fieldcase.ui.main_window import MainWindow
from fieldcase.ui.operations import OperationRunner
from fieldcase.ui.sign_in_dialog import SignInDialog, SignInFlow, Step

WRONG = "a guess that is not the server passphrase"


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def front(clock: Clock) -> HttpFront:
    return HttpFront(FakeServer(), now=clock)


@pytest.fixture
def laptop(tmp_path: Path, front: HttpFront, clock: Clock, kdf: KdfParams) -> Laptop:
    made = Laptop(tmp_path / "laptop", front, clock, kdf, "ABCDE-12341")
    with made.session() as session:
        made.sync(session)
    return made


def sign_in_call(front: HttpFront, threads: list[str] | None = None
                 ) -> Callable[[Session, str], SignInResult]:
    def call(session: Session, passphrase: str) -> SignInResult:
        if threads is not None:
            threads.append(threading.current_thread().name)
        return sign_in.sign_in(session, passphrase, front.transport())
    return call


@pytest.fixture
def window(qtbot: QtBot, runner: OperationRunner, laptop: Laptop, front: HttpFront,
           clock: Clock) -> Iterator[Callable[..., MainWindow]]:
    made: list[MainWindow] = []

    def make(**options: Any) -> MainWindow:
        with qtbot.waitSignal(runner.session_opened, timeout=WAIT):
            runner.open_session(laptop.open)
        assert runner.actor is not None
        options.setdefault("sign_in_call", sign_in_call(front))
        shown = MainWindow(runner, runner.actor, sync_call=laptop.sync_call(), **options)
        qtbot.addWidget(shown)
        shown.show()
        qtbot.waitUntil(lambda: shown.sync.status is not None and not runner.busy,
                        timeout=WAIT)
        made.append(shown)
        return shown

    yield make
    for shown in made:
        shown.close()


def asked(qtbot: QtBot, shown: MainWindow) -> SignInDialog:
    gate = shown.sign_in_gate
    qtbot.waitUntil(lambda: gate.dialog is not None and gate.dialog.isVisible(), timeout=WAIT)
    assert gate.dialog is not None
    return gate.dialog


def test_the_flow_needs_a_passphrase_and_goes_busy_then_done() -> None:
    flow = SignInFlow()
    assert flow.submit("") is None and flow.message == "Enter your server passphrase."
    assert flow.submit("x") == "x" and flow.step is Step.BUSY
    assert flow.submit("again") is None  # one attempt at a time
    flow.failed("wrong")
    assert (flow.step, flow.message) == (Step.ENTERING, "wrong")
    flow.succeeded()
    assert flow.step is Step.DONE


def test_at_unlock_an_expired_lease_asks_and_a_wrong_passphrase_may_be_retried(
        qtbot: QtBot, window: Callable[..., MainWindow], clock: Clock, front: HttpFront,
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    threads: list[str] = []
    clock.moment += timedelta(days=15, hours=1)
    shown = window(sign_in_call=sign_in_call(front, threads))
    dialog = asked(qtbot, shown)
    assert dialog.windowTitle() == "FieldCase — sign in"
    heading = dialog.findChildren(type(dialog.message_label))[0].text()
    assert heading == "Sign in to 127.0.0.1"
    intro = dialog.findChildren(type(dialog.message_label))[1].text()
    assert intro.startswith("This laptop has not been online for 15 days, so the server must "
                            "check that it is still you.")
    assert dialog.passphrase_box.echoMode() is QLineEdit.EchoMode.Password

    dialog.passphrase_box.setText(WRONG)
    qtbot.mouseClick(dialog.sign_in_button, LEFT)
    assert dialog.passphrase_box.text() == ""  # emptied as the attempt starts
    qtbot.waitUntil(lambda: dialog.message_label.isVisible(), timeout=WAIT)
    assert dialog.message_label.text().startswith("That is not your server passphrase.")
    assert dialog.sign_in_button.isEnabled() and dialog.isVisible()
    assert not shown.working_allowed

    dialog.passphrase_box.setText(front.server_passphrase)
    with qtbot.waitSignal(shown.sync.sync_finished, timeout=WAIT):
        qtbot.mouseClick(dialog.sign_in_button, LEFT)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: shown.working_allowed and shown.model.rowCount() == 0
                    and not shown.lease_banner.isVisible(), timeout=WAIT)
    assert threads == ["fieldcase-store-worker"] * 2
    paths = [r.url.raw_path for r in front.requests]
    assert paths.count(b"/v1/auth/sign-in") == 2
    assert b"/v1/sync/pull" in paths[len(paths) - paths[::-1].index(b"/v1/auth/sign-in"):]
    clipboard = QApplication.clipboard().text()
    for secret in (WRONG, front.server_passphrase):
        assert secret not in caplog.text and secret not in clipboard
        assert secret not in shown.windowTitle() and secret not in dialog.windowTitle()


def test_cancel_leaves_the_expired_lease_and_the_banner_asks_again(
        qtbot: QtBot, window: Callable[..., MainWindow], clock: Clock, front: HttpFront
        ) -> None:
    clock.moment += timedelta(days=20)
    shown = window()
    first = asked(qtbot, shown)
    qtbot.mouseClick(first.cancel_button, LEFT)
    assert not first.isVisible()
    assert shown.lease_banner.isVisible() and not shown.working_allowed
    assert shown.registry["sync"].isEnabled() and not shown.search_bar.isEnabled()
    shown.sync.sync_now(asked=False)  # a background sync after Cancel does not nag
    qtbot.waitUntil(lambda: not shown.sync.running, timeout=WAIT)
    assert shown.sync.last_error is not None
    assert shown.sync.last_error.kind == "sign_in_required"
    assert not first.isVisible()
    qtbot.mouseClick(shown.lease_banner.action_button, LEFT)
    again = asked(qtbot, shown)
    assert again.passphrase_box.text() == "" and not again.message_label.isVisible()


def test_a_clock_set_back_is_the_reason_given(qtbot: QtBot, window: Callable[..., MainWindow],
                                              laptop: Laptop, clock: Clock) -> None:
    clock.moment += timedelta(days=5)
    laptop.open().close()  # records day 5 as seen
    clock.moment -= timedelta(days=3)
    dialog = asked(qtbot, window())
    intro = dialog.findChildren(type(dialog.message_label))[1].text()
    assert intro.startswith("This laptop's clock is behind a time it has already seen, so")


def test_a_session_the_server_ended_asks_for_a_sign_in_while_the_lease_is_fine(
        qtbot: QtBot, window: Callable[..., MainWindow], laptop: Laptop, front: HttpFront
        ) -> None:
    shown = window()
    assert shown.working_allowed and shown.sign_in_gate.dialog is None
    with laptop.session() as session:
        stored = sync_state.load_enrolment(session.store)
    assert stored is not None
    front.expired_sessions.add(stored.session_token)
    shown.sync_now()
    dialog = asked(qtbot, shown)
    intro = dialog.findChildren(type(dialog.message_label))[1].text()
    assert intro.startswith("The server has ended this laptop's session, so")
    dialog.passphrase_box.setText(front.server_passphrase)
    with qtbot.waitSignal(shown.sync.sync_finished, timeout=WAIT):
        qtbot.mouseClick(dialog.sign_in_button, LEFT)
    assert shown.sync.last_error is None


def test_the_dialog_alone_names_its_host_and_reason(qtbot: QtBot,
                                                    runner: OperationRunner) -> None:
    dialog = SignInDialog(runner, SignInPrompt("cases.example.org", "Because.", "session"))
    qtbot.addWidget(dialog)
    dialog.show()
    texts = [label.text() for label in dialog.findChildren(type(dialog.message_label))]
    assert "Sign in to cases.example.org" in texts
    assert "The server has ended this laptop's session, so it must check that it is still you. " \
        "Enter your server passphrase: the one your administrator set for you on the server, " \
        "not the one that unlocks this laptop." in texts
    assert dialog.cancel_button.text() == "Cancel"
    dialog.submit()  # nothing typed: no call, a message
    assert dialog.message_label.text() == "Enter your server passphrase."
    assert not runner.busy
