"""File > Change passphrase…, by keyboard, on the threaded runner over a real profile: the
policy beside the fields before the slow part, a wrong current passphrase beside its field
(and counted), the change on the worker, audited, and the new passphrase opening the laptop."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from fieldcase.services import profile
from fieldcase.services.session import Session
from fieldcase.storage.keyslots import KdfParams
from fieldcase.ui.dialogs.passphrase_dialog import ChangePassphraseDialog, default_change
from fieldcase.ui.dialogs.passphrase_flow import ChangeForm, FormFlow, change_problems
from fieldcase.ui.main_window import MainWindow
from fieldcase.ui.messages import OperationError
from fieldcase.ui.operations import OperationRunner
from fieldcase.ui.unlock_flow import Step

from .conftest import PASSPHRASE, USER

WAIT = 20_000
NEW = "seven quiet rivers cross the plain"


@pytest.fixture
def window(qtbot: QtBot, runner: OperationRunner, opener: Callable[[], Session]
           ) -> Iterator[MainWindow]:
    with qtbot.waitSignal(runner.session_opened, timeout=WAIT):
        runner.open_session(opener)
    assert runner.actor is not None
    shown = MainWindow(runner, runner.actor)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(lambda: shown.sync.status is not None and not runner.busy, timeout=WAIT)
    yield shown
    shown.close()


def press(qtbot: QtBot, key: Qt.Key) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key)


def type_here(qtbot: QtBot, widget: QWidget, text: str) -> None:
    assert widget.hasFocus(), f"focus is on {QApplication.focusWidget()}"
    qtbot.keyClicks(widget, text)


def opened(qtbot: QtBot, window: MainWindow) -> ChangePassphraseDialog:
    action = window.registry["changePassphrase"]
    assert action.text() == "C&hange passphrase…" and action.isEnabled()
    file_menu = window.menuBar().actions()[0].menu()
    assert action in file_menu.actions()
    action.trigger()
    dialog = window.passphrase_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    dialog.activateWindow()  # what the window manager does for a new dialog
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT)
    return dialog


def fill(qtbot: QtBot, dialog: ChangePassphraseDialog, current: str, new: str,
         again: str | None = None) -> None:
    dialog.current_box.setFocus()
    type_here(qtbot, dialog.current_box, current)
    press(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, dialog.new_passphrase.passphrase_box, new)
    press(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, dialog.new_passphrase.confirmation_box, new if again is None else again)


def test_the_form_is_checked_before_the_slow_part() -> None:
    flow: FormFlow[ChangeForm] = FormFlow(
        lambda form: change_problems(form, user="amina", site="LAMP-01"))
    assert flow.submit(ChangeForm("", "amina LAMP-01", "other")) is None
    assert [(p.path, p.rule) for p in flow.problems] == [
        ("current_passphrase", "required"), ("passphrase", "context_word"),
        ("confirmation", "confirmation_mismatch")]
    assert flow.submit(ChangeForm(NEW, NEW, NEW)) is None
    assert [(p.path, p.rule) for p in flow.problems] == [("passphrase", "unchanged")]
    assert flow.submit(ChangeForm(PASSPHRASE, NEW, NEW)) is not None
    flow.failed(OperationError("locked", "Unlock refused.", retry_after_seconds=29.6))
    assert flow.message == "Too many wrong passphrases. Try again in 30 seconds."


def test_change_by_keyboard_a_wrong_current_one_first_then_the_new_one_opens_the_laptop(
        qtbot: QtBot, window: MainWindow, runner: OperationRunner, profile_dir: Path,
        kdf: KdfParams) -> None:
    threads: list[str] = []

    def change(session: Session, form: ChangeForm) -> None:
        threads.append(threading.current_thread().name)
        default_change(session, form)

    dialog = opened(qtbot, window)
    dialog._change = change  # the production call, watched for the thread it runs on
    assert dialog.current_box.hasFocus()
    fill(qtbot, dialog, "not my passphrase at all", NEW)
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.current_box.text() == ""  # emptied the moment it was sent
    qtbot.waitUntil(lambda: dialog.flow.step is Step.ENTERING, timeout=WAIT)
    binding = dialog.binder.binding("current_passphrase")
    assert binding.problem_label.text() == "\u26a0 This is not your current passphrase."
    assert dialog.current_box.hasFocus()
    assert dialog.new_passphrase.passphrase_box.text() == NEW  # kept for the next try

    type_here(qtbot, dialog.current_box, PASSPHRASE)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.flow.step is Step.DONE, timeout=WAIT)
    assert threads == ["fieldcase-store-worker"] * 2
    assert dialog.message_label.text() == ("Your passphrase is changed. Use the new one the "
                                           "next time you unlock.")
    assert dialog.change_button.text() == "Close" and not dialog.cancel_button.isVisible()
    assert all(box.text() == "" for box in dialog.new_passphrase.boxes)
    press(qtbot, Qt.Key.Key_Return)
    assert not dialog.isVisible()

    actions: list[list[str]] = []
    runner.submit(lambda session: [row[0] for row in session.store.raw.execute(
        "SELECT action FROM audit_log ORDER BY seq")], actions.append)
    qtbot.waitUntil(lambda: bool(actions), timeout=WAIT)
    assert actions[0][-1] == "passphrase.change"
    profile.unlock(profile_dir, user=USER, passphrase=NEW, kdf=kdf).close()
    with pytest.raises(profile.ProfileLocked):
        profile.unlock(profile_dir, user=USER, passphrase=PASSPHRASE, kdf=kdf)


def test_the_policy_is_said_beside_the_fields_before_anything_runs(
        qtbot: QtBot, window: MainWindow, runner: OperationRunner) -> None:
    dialog = opened(qtbot, window)
    fill(qtbot, dialog, PASSPHRASE, "password", again="passw0rd")
    press(qtbot, Qt.Key.Key_Return)
    assert not runner.busy and dialog.flow.step is Step.ENTERING
    assert dialog.binder.problem_paths() == ["passphrase", "confirmation"]
    words = dialog.binder.binding("passphrase").problem_label.text()
    assert words.startswith("\u26a0 ") and dialog.new_passphrase.passphrase_box.hasFocus()
    assert dialog.new_passphrase.passphrase_box.accessibleDescription() == words[2:]
    assert dialog.current_box.text() == PASSPHRASE  # nothing was sent


def test_a_suggestion_fills_both_boxes_and_shows_them(
        qtbot: QtBot, runner: OperationRunner, opener: Callable[[], Session]) -> None:
    with qtbot.waitSignal(runner.session_opened, timeout=WAIT):
        runner.open_session(opener)
    assert runner.actor is not None
    dialog = ChangePassphraseDialog(runner, runner.actor,
                                    suggest=lambda: "lantern orbit seven river copper plain")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT)
    dialog.new_passphrase.suggest_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert [box.text() for box in dialog.new_passphrase.boxes] == [
        "lantern orbit seven river copper plain"] * 2
    assert dialog.new_passphrase.show_box.isChecked()
    assert dialog.new_passphrase.passphrase_box.displayText() == \
        "lantern orbit seven river copper plain"
    press(qtbot, Qt.Key.Key_Escape)
    assert all(box.text() == "" for box in dialog.new_passphrase.boxes)
