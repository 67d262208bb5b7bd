"""Sync > Enrol this laptop…, by keyboard, against the real server app in-process: the code
typed as read out, the server key's fingerprint compared before anything is kept, the first
sync, and the refusals in words beside their fields."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from tests.asgi_server import FINGERPRINT, SyncAsgi, server_world
from tests.server.sync_harness import World

from fieldcase.services import profile
from fieldcase.services import sync as sync_service
from fieldcase.services.enrolment import EnrolmentInfo, EnrolmentOffer
from fieldcase.services.session import Session, SessionSteps
from fieldcase.services.sync import SyncHooks
from fieldcase.storage.keyslots import KdfParams
from fieldcase.sync.engine import SyncReport
from fieldcase.ui.dialogs.enrol_dialog import EnrolDialog
from fieldcase.ui.dialogs.enrol_flow import EnrolFlow, EnrolStep
from fieldcase.ui.main_window import MainWindow
from fieldcase.ui.messages import OperationError
from fieldcase.ui.operations import OperationRunner

WAIT = 20_000
SERVER = "http://127.0.0.1:8765"
PASSPHRASE = "copper lantern orchard velvet"


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    with server_world(tmp_path) as made:
        made.clock.at = datetime.now(UTC)  # the laptop's clock is the real one
        yield made


@pytest.fixture
def transport(world: World) -> SyncAsgi:
    return SyncAsgi(world)


@pytest.fixture
def laptop(tmp_path: Path, kdf: KdfParams) -> Callable[[], Session]:
    """A new laptop of worker amina (the server's amina, team lamp at LAMP-01)."""
    folder = tmp_path / "laptop"
    profile.create_profile(folder, user="amina", passphrase=PASSPHRASE, role="worker",
                           team="lamp", site="LAMP-01", kdf=kdf)
    return lambda: profile.unlock(folder, user="amina", passphrase=PASSPHRASE, kdf=kdf)


@pytest.fixture
def window(qtbot: QtBot, runner: OperationRunner, laptop: Callable[[], Session],
           transport: SyncAsgi) -> Iterator[MainWindow]:
    synced: list[str] = []

    def sync_call(steps: SessionSteps, hooks: SyncHooks) -> SyncReport:
        synced.append(threading.current_thread().name)
        return sync_service.run_sync(steps, hooks, transport, sleep=lambda _s: None)

    with qtbot.waitSignal(runner.session_opened, timeout=WAIT):
        runner.open_session(laptop)
    assert runner.actor is not None
    shown = MainWindow(runner, runner.actor, sync_call=sync_call)
    shown.synced = synced  # type: ignore[attr-defined]
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(lambda: shown.sync.status is not None and not runner.busy, timeout=WAIT)
    yield shown
    shown.close()


def opened(qtbot: QtBot, window: MainWindow, transport: SyncAsgi) -> EnrolDialog:
    action = window.registry["enrol"]
    assert action.isEnabled() and action.text() == "&Enrol this laptop…"
    action.trigger()
    dialog = window.enrol_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    dialog.activateWindow()  # what the window manager does for a new dialog
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT)
    dialog.transport = transport
    return dialog


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    assert widget.hasFocus(), f"focus is on {QApplication.focusWidget()}"
    qtbot.keyClicks(widget, text)


def press(qtbot: QtBot, key: Qt.Key, widget: QWidget | None = None) -> None:
    target = widget or QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key)


def test_the_flow_goes_through_the_fingerprint_before_anything_is_kept() -> None:
    flow = EnrolFlow()
    assert flow.submit(" ", "") is None
    assert [p.path for p in flow.problems] == ["server", "code"]
    request = flow.submit(" https://cases.example.org ", "abcde 12345")
    assert request is not None and request.server_url == "https://cases.example.org"
    assert flow.step is EnrolStep.CONTACTING and flow.busy
    assert flow.confirm() is None  # nothing to confirm before the server answered
    offer = EnrolmentOffer("id", "https://cases.example.org", FINGERPRINT)
    flow.offered(offer)
    assert flow.step is EnrolStep.CONFIRMING and not flow.busy
    assert flow.confirm() is offer and flow.step is EnrolStep.SAVING
    flow.failed(OperationError("storage_full", "full"))
    assert (flow.step, flow.offer, flow.message) == (EnrolStep.ENTERING, None, "full")
    flow.submit("https://cases.example.org", "abcde 12345")
    flow.offered(offer)
    assert flow.refuse() is offer and flow.step is EnrolStep.REFUSED
    assert flow.confirm() is None


def test_enrol_by_keyboard_compare_the_fingerprint_then_the_first_sync_runs(
        qtbot: QtBot, window: MainWindow, world: World, transport: SyncAsgi,
        runner: OperationRunner) -> None:
    dialog = opened(qtbot, window, transport)
    assert dialog.windowTitle() == "FieldCase — enrol this laptop"
    type_into(qtbot, dialog.address_box, SERVER)
    press(qtbot, Qt.Key.Key_Tab)
    code = world.code("amina")
    type_into(qtbot, dialog.code_box, code.lower().replace("-", " "))  # as read out
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.flow.step is EnrolStep.CONFIRMING, timeout=WAIT)
    assert dialog.fingerprint_label.text() == FINGERPRINT
    assert dialog.server_label.text() == "The server at 127.0.0.1 showed this key fingerprint:"
    assert dialog.fingerprint_label.hasFocus()
    assert window.sync.status is not None and not window.sync.status.enrolled

    press(qtbot, Qt.Key.Key_Return)  # no default button here: Enter says nothing
    assert dialog.flow.step is EnrolStep.CONFIRMING
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.mismatch_button
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.accept_button
    assert dialog.accept_button.text() == "They &match: enrol"
    with qtbot.waitSignal(dialog.enrolled, timeout=WAIT) as enrolled:
        press(qtbot, Qt.Key.Key_Space)
    info = enrolled.args[0]
    assert isinstance(info, EnrolmentInfo) and info.server_fingerprint == FINGERPRINT
    assert "had this key" not in dialog.result_label.text()
    assert dialog.result_label.text().startswith("This laptop is enrolled.")

    qtbot.waitUntil(lambda: bool(window.synced) and not window.sync.running  # type: ignore[attr-defined]
                    and window.sync.status is not None and window.sync.status.enrolled,
                    timeout=WAIT)
    assert window.synced == ["fieldcase-sync"]  # type: ignore[attr-defined]  # off the store thread
    assert not window.registry["enrol"].isEnabled()  # only while not enrolled
    assert window.registry["sync"].isEnabled()
    assert any(path.endswith("/pull") for path in transport.requests)  # a real sync
    press(qtbot, Qt.Key.Key_Return)  # Close
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)


def enrolled_now(runner: OperationRunner, qtbot: QtBot) -> list[str]:
    """The device's audit trail of enrolment, and whether it is enrolled, read on the worker."""
    found: list[Any] = []
    runner.submit(lambda session: (
        sync_service.sync_status(session).enrolled,
        [row[0] for row in session.store.raw.execute(
            "SELECT details FROM audit_log WHERE action LIKE 'device.enrol%' ORDER BY seq")]),
        found.append)
    qtbot.waitUntil(lambda: bool(found), timeout=WAIT)
    enrolled, details = found[0]
    return ["enrolled", *details] if enrolled else list(details)


def test_a_fingerprint_that_does_not_match_keeps_nothing(
        qtbot: QtBot, window: MainWindow, world: World, transport: SyncAsgi,
        runner: OperationRunner) -> None:
    dialog = opened(qtbot, window, transport)
    type_into(qtbot, dialog.address_box, SERVER)
    press(qtbot, Qt.Key.Key_Tab)
    type_into(qtbot, dialog.code_box, world.code("amina"))
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.flow.step is EnrolStep.CONFIRMING, timeout=WAIT)
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Space, dialog.mismatch_button)
    assert dialog.flow.step is EnrolStep.REFUSED
    assert dialog.result_label.text().startswith("Nothing was kept. Tell your administrator")
    assert not dialog.cancel_button.isVisible() and dialog.accept_button.text() == "Close"
    details = enrolled_now(runner, qtbot)
    assert len(details) == 1 and "fingerprint_mismatch" in details[0]  # and not enrolled


def test_escape_at_the_fingerprint_drops_the_answer(
        qtbot: QtBot, window: MainWindow, world: World, transport: SyncAsgi,
        runner: OperationRunner) -> None:
    dialog = opened(qtbot, window, transport)
    type_into(qtbot, dialog.address_box, SERVER)
    press(qtbot, Qt.Key.Key_Tab)
    type_into(qtbot, dialog.code_box, world.code("amina"))
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.flow.step is EnrolStep.CONFIRMING, timeout=WAIT)
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    details = enrolled_now(runner, qtbot)
    assert len(details) == 1 and "cancelled" in details[0]


@pytest.mark.parametrize(("address", "code", "field", "words"), [
    ("http://cases.example.org", "ABCDE-12345", "server",
     "The address must start with https:// so nothing is sent in clear."),
    ("cases.example.org", "ABCDE-12345", "server",
     "Enter the server's address, starting with https://"),
    (SERVER, "ABC-12", "code", "A code is ten letters and digits, like ABCDE-12345."),
    (SERVER, "ZZZZZ-99999", "code",
     "The server does not know this code. Check it with your administrator."),
    (SERVER, "", "code", "Required."),
])
def test_a_refusal_is_said_beside_its_field_and_the_person_may_try_again(
        qtbot: QtBot, window: MainWindow, transport: SyncAsgi, address: str, code: str,
        field: str, words: str) -> None:
    dialog = opened(qtbot, window, transport)
    type_into(qtbot, dialog.address_box, address)
    press(qtbot, Qt.Key.Key_Tab)
    if code:
        type_into(qtbot, dialog.code_box, code)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.flow.step is EnrolStep.ENTERING and bool(
        dialog.binder.problem_paths()), timeout=WAIT)
    assert dialog.binder.problem_paths() == [field]
    binding = dialog.binder.binding(field)
    assert binding.problem_label.text() == f"\u26a0 {words}"
    assert binding.widget.accessibleDescription() == words
    assert binding.widget.hasFocus()
    assert dialog.message_label.text() == "Please correct the fields marked above."
    assert dialog.address_box.isEnabled() and dialog.accept_button.text() == "&Enrol"


def test_the_dialog_is_not_offered_in_a_demo(qtbot: QtBot, runner: OperationRunner,
                                             opener: Callable[[], Session]) -> None:
    with qtbot.waitSignal(runner.session_opened, timeout=WAIT):
        runner.open_session(opener)
    assert runner.actor is not None
    shown = MainWindow(runner, runner.actor, demo=True)
    qtbot.addWidget(shown)
    assert "enrol" not in shown.registry and "changePassphrase" not in shown.registry
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT)
    shown.close()
