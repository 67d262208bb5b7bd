"""Unlock and first-run set-up: the state machines alone, then the dialogs over a profile."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from fieldcase.domain.errors import ValidationError
from fieldcase.services import profile
from fieldcase.services.profile import profile_exists
from fieldcase.storage.connection import open_connection_count
from fieldcase.storage.keyslots import KdfParams
from fieldcase.ui.operations import OperationRunner
from fieldcase.ui.setup_dialog import SetupDialog, profile_creator
from fieldcase.ui.unlock_dialog import UnlockDialog, profile_unlocker
from fieldcase.ui.unlock_flow import Credentials, SetupFlow, SetupForm, Step, UnlockFlow

from .conftest import PASSPHRASE, USER

WAIT = 10_000
GOOD_FORM = SetupForm(" amina.h ", "worker", "team-a", "LAMP-01", PASSPHRASE, PASSPHRASE)


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_unlock_flow_asks_for_both_fields_then_goes_busy() -> None:
    flow = UnlockFlow(Clock())
    assert flow.submit("  ", "x") is None and flow.message == "Enter your user name."
    assert flow.submit("amina", "") is None and flow.message == "Enter your passphrase."
    assert flow.submit(" amina ", "secret words") == Credentials("amina", "secret words")
    assert flow.step is Step.BUSY and not flow.can_submit
    assert flow.submit("amina", "again") is None  # one attempt at a time
    flow.succeeded()
    assert flow.step is Step.DONE


def test_unlock_flow_waits_out_the_backoff() -> None:
    clock = Clock()
    flow = UnlockFlow(clock)
    flow.submit("amina", "wrong")
    flow.failed("wrong user name or passphrase", retry_after_seconds=30)
    assert flow.step is Step.ENTERING and not flow.can_submit
    assert flow.submit("amina", "right") is None
    assert flow.message == "Too many failed attempts. Try again in 30 seconds."
    clock.now += 30
    assert flow.can_submit
    assert flow.submit("amina", "right") is not None


def test_one_names_wait_does_not_hold_up_a_colleague() -> None:
    clock = Clock()
    flow = UnlockFlow(clock)
    flow.submit("Amina", "wrong")
    flow.failed("wrong user name or passphrase", retry_after_seconds=30)
    assert not flow.can_submit_for(" amina ")  # the same name, however it is typed
    assert flow.can_submit_for("yonas")
    assert flow.submit("yonas", "his passphrase") == Credentials("yonas", "his passphrase")
    flow.failed("wrong user name or passphrase")
    assert flow.submit("AMINA", "right") is None
    assert flow.message == "Too many failed attempts. Try again in 30 seconds."


def test_the_unlock_button_follows_the_name_typed(
        qtbot: QtBot, runner: OperationRunner, profile_dir: Path, kdf: KdfParams) -> None:
    clock = Clock()
    dialog = UnlockDialog(runner, profile_unlocker(profile_dir, kdf), flow=UnlockFlow(clock))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.user_box.setText("amina")
    dialog.flow.submit("amina", "wrong")
    dialog.flow.failed("too many failed attempts; try again in 30 s", 30)
    dialog.user_box.setText("amina ")
    assert not dialog.unlock_button.isEnabled()
    dialog.user_box.setText(USER)
    assert dialog.unlock_button.isEnabled()
    clock.now += 30
    dialog.user_box.setText("amina")
    assert dialog.unlock_button.isEnabled()


def test_setup_flow_reports_every_problem_by_field() -> None:
    def refuse(passphrase: str, *, user: str, site: str) -> None:
        if len(passphrase) < 15:
            raise ValidationError("passphrase", "too_short", "passphrase refused: too short")

    flow = SetupFlow(refuse)
    bad = SetupForm("", "chief", " ", "LAMP-01", "short", "other")
    assert flow.submit(bad) is None
    assert [(p.path, p.rule) for p in flow.problems] == [
        ("user", "required"), ("team", "required"), ("role", "unknown_code"),
        ("passphrase", "too_short"), ("confirmation", "confirmation_mismatch")]
    cleaned = flow.submit(GOOD_FORM)
    assert cleaned is not None and cleaned.user == "amina.h" and flow.step is Step.BUSY


def test_setup_flow_uses_the_services_passphrase_policy() -> None:
    flow = SetupFlow()
    problems = flow.validate(SetupForm("amina", "worker", "t", "LAMP-01", "password",
                                       "password"))
    assert [(p.path, p.rule) for p in problems] == [("passphrase", "too_short")]
    assert flow.validate(GOOD_FORM) == ()


def test_a_wrong_passphrase_shows_the_message_and_nothing_else(
        qtbot: QtBot, runner: OperationRunner, profile_dir: Path, kdf: KdfParams) -> None:
    dialog = UnlockDialog(runner, profile_unlocker(profile_dir, kdf))
    qtbot.addWidget(dialog)
    dialog.show()
    unlocked: list[object] = []
    dialog.unlocked.connect(unlocked.append)
    assert dialog.passphrase_box.echoMode() == QLineEdit.EchoMode.Password
    dialog.user_box.setText(USER)
    dialog.passphrase_box.setText("not the passphrase")
    dialog.unlock_button.click()
    assert dialog.passphrase_box.text() == ""  # never kept in the widget
    assert not dialog.unlock_button.isEnabled() and dialog.busy_bar.isVisibleTo(dialog)
    qtbot.waitUntil(lambda: dialog.flow.step is Step.ENTERING, timeout=WAIT)
    assert dialog.message_label.text() == "Wrong user name or passphrase."
    assert unlocked == [] and runner.actor is None
    assert open_connection_count() == 0
    assert dialog.user_box.text() == USER and not dialog.busy_bar.isVisibleTo(dialog)


def test_the_right_passphrase_unlocks(qtbot: QtBot, runner: OperationRunner,
                                      profile_dir: Path, kdf: KdfParams) -> None:
    dialog = UnlockDialog(runner, profile_unlocker(profile_dir, kdf))
    qtbot.addWidget(dialog)
    dialog.user_box.setText(USER)
    dialog.passphrase_box.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.unlocked, timeout=WAIT) as unlocked:
        dialog.submit()
    assert unlocked.args[0].user == USER
    assert dialog.message_label.text() == ""


def test_first_run_creates_the_profile_and_opens_it(
        qtbot: QtBot, runner: OperationRunner, tmp_path: Path, kdf: KdfParams) -> None:
    folder = tmp_path / "new-profile"
    assert not profile_exists(folder)
    dialog = SetupDialog(runner, profile_creator(folder, kdf))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.create_button.click()
    assert dialog.binder.binding("user").problem_label.text() == "\u26a0 Required."
    assert dialog.focusWidget() is dialog.fields["user"]  # the first problem has the focus
    assert dialog.flow.step is Step.ENTERING
    dialog.fields["user"].setText("amina.h")
    dialog.fields["team"].setText("team-a")
    dialog.fields["site"].setText("LAMP-01")
    dialog.suggest_passphrase()
    suggestion = dialog.fields["passphrase"].text()
    assert len(suggestion) >= 15 and dialog.fields["confirmation"].text() == suggestion
    assert dialog.fields["passphrase"].echoMode() == QLineEdit.EchoMode.Normal
    with qtbot.waitSignal(dialog.unlocked, timeout=WAIT) as unlocked:
        dialog.create_button.click()
    assert unlocked.args[0].user == "amina.h" and unlocked.args[0].role.value == "worker"
    assert profile_exists(folder)
    assert dialog.fields["passphrase"].text() == ""
    runner.close_session()
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT)
    session = profile.unlock(folder, user="amina.h", passphrase=suggestion, kdf=kdf)
    session.close()
