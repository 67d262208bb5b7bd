""""Forgot your passphrase?" at unlock, by keyboard, over a real profile set up with the
organisation's recovery key: the key pasted or taken from its file, a new passphrase with the
policy beside the fields, then the app opens as after an unlock."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from fieldcase.domain.errors import ValidationError
from fieldcase.domain.policy import Actor
from fieldcase.services import profile, recovery
from fieldcase.storage.keyslots import BACKUP_FILE_NAME, KEYSLOT_FILE_NAME, KdfParams
from fieldcase.ui.dialogs.passphrase_flow import FormFlow, RecoveryForm, recovery_problems
from fieldcase.ui.dialogs.recovery_dialog import RecoveryDialog, profile_recoverer
from fieldcase.ui.messages import OperationError
from fieldcase.ui.operations import OperationRunner
from fieldcase.ui.setup_dialog import SetupDialog, profile_creator
from fieldcase.ui.unlock_dialog import UnlockDialog, profile_unlocker
from fieldcase.ui.unlock_flow import Step

WAIT = 20_000
FORGOTTEN = "copper lantern orchard velvet"
NEW = "seven quiet rivers cross the plain"


@pytest.fixture(scope="module")
def organisation() -> recovery.RecoveryKeyPair:
    return recovery.generate_key_pair()


@pytest.fixture
def folder(tmp_path: Path, kdf: KdfParams, organisation: recovery.RecoveryKeyPair) -> Path:
    made = tmp_path / "profile"
    profile.create_profile(made, user="amina", passphrase=FORGOTTEN, role="worker",
                           team="lamp", site="LAMP-01", kdf=kdf,
                           recovery_public_key=recovery.read_public_key(organisation.public_hex))
    return made


def key_files(folder: Path) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in (KEYSLOT_FILE_NAME, BACKUP_FILE_NAME)}


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier =
          Qt.KeyboardModifier.NoModifier) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key, modifier)


def type_here(qtbot: QtBot, widget: QWidget, text: str) -> None:
    assert widget.hasFocus(), f"focus is on {QApplication.focusWidget()}"
    qtbot.keyClicks(widget, text)


def activated(qtbot: QtBot, widget: QWidget) -> None:
    widget.activateWindow()  # what the window manager does for a new window
    qtbot.waitUntil(widget.isActiveWindow, timeout=WAIT)


def test_the_form_is_checked_before_the_slow_part() -> None:
    flow: FormFlow[RecoveryForm] = FormFlow(recovery_problems)
    assert flow.submit(RecoveryForm(" ", "", "short", "shorter")) is None
    assert [(p.path, p.rule) for p in flow.problems] == [
        ("user", "required"), ("recovery_key", "required"), ("passphrase", "too_short"),
        ("confirmation", "confirmation_mismatch")]
    assert flow.message == "Please correct the fields marked above."
    assert flow.submit(RecoveryForm("amina", "key", NEW, NEW)) is not None
    assert flow.step is Step.BUSY
    problem = ValidationError("recovery_key", "wrong_recovery_key", "…")
    flow.failed(OperationError("validation", "words", problems=(problem,)))
    assert flow.step is Step.ENTERING and flow.problems == (problem,)
    shown = repr(RecoveryForm("amina", "secret key text", NEW, NEW))
    assert "secret key text" not in shown and NEW not in shown  # out of logs and tracebacks


def test_forgot_at_unlock_paste_the_key_choose_a_new_passphrase_and_the_app_opens(
        qtbot: QtBot, runner: OperationRunner, folder: Path, kdf: KdfParams,
        organisation: recovery.RecoveryKeyPair) -> None:
    unlock = UnlockDialog(runner, profile_unlocker(folder, kdf),
                          recoverer=profile_recoverer(folder, kdf))
    qtbot.addWidget(unlock)
    unlock.show()
    activated(qtbot, unlock)
    unlock.user_box.setFocus()
    type_here(qtbot, unlock.user_box, "amina")
    assert unlock.forgot_button.isVisible()
    unlock.forgot_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    dialog = unlock.recovery
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    activated(qtbot, dialog)
    assert dialog.user_box.text() == "amina"  # carried over from the unlock screen
    assert dialog.key_box.hasFocus()
    assert dialog.key_box.echoMode() is QLineEdit.EchoMode.Password  # never shown
    QApplication.clipboard().setText(organisation.file_text.replace("\n", " "))
    qtbot.keySequence(dialog.key_box, QKeySequence.StandardKey.Paste)
    QApplication.clipboard().clear()
    assert dialog.key_box.text().strip().startswith("# FieldCase organisation recovery key")
    press(qtbot, Qt.Key.Key_Tab)  # the file button
    press(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, dialog.new_passphrase.passphrase_box, NEW)
    press(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, dialog.new_passphrase.confirmation_box, NEW)
    with qtbot.waitSignal(unlock.unlocked, timeout=WAIT) as opened:
        press(qtbot, Qt.Key.Key_Return)
        assert dialog.key_box.text() == ""  # emptied the moment it was sent
    actor = opened.args[0]
    assert isinstance(actor, Actor) and actor.user == "amina"
    assert not dialog.isVisible()
    actions: list[list[str]] = []
    runner.submit(lambda session: [row[0] for row in session.store.raw.execute(
        "SELECT action FROM audit_log ORDER BY seq")], actions.append)
    qtbot.waitUntil(lambda: bool(actions), timeout=WAIT)
    assert actions[0][-2:] == ["profile.recover", "unlock"]
    with pytest.raises(profile.ProfileLocked):  # the forgotten one no longer opens it
        profile.unlock(folder, user="amina", passphrase=FORGOTTEN, kdf=kdf)


def make_dialog(qtbot: QtBot, runner: OperationRunner, folder: Path, kdf: KdfParams,
                choose_file: Callable[[QWidget], str] = lambda _parent: "") -> RecoveryDialog:
    dialog = RecoveryDialog(runner, profile_recoverer(folder, kdf), user="amina",
                            choose_file=choose_file)
    qtbot.addWidget(dialog)
    dialog.show()
    activated(qtbot, dialog)
    return dialog


def fill_new_passphrase(qtbot: QtBot, dialog: RecoveryDialog, text: str = NEW) -> None:
    dialog.new_passphrase.passphrase_box.setFocus()
    type_here(qtbot, dialog.new_passphrase.passphrase_box, text)
    press(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, dialog.new_passphrase.confirmation_box, text)


def test_the_key_file_is_chosen_and_read_without_being_shown(
        qtbot: QtBot, runner: OperationRunner, folder: Path, kdf: KdfParams,
        organisation: recovery.RecoveryKeyPair, tmp_path: Path) -> None:
    key_file = tmp_path / "org-recovery.pem"
    recovery.write_key_file(key_file, organisation)
    dialog = make_dialog(qtbot, runner, folder, kdf, choose_file=lambda _parent: str(key_file))
    dialog.file_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert dialog.key_box.text() == organisation.file_text
    assert dialog.key_box.displayText() != organisation.file_text  # dots, not the key
    assert dialog.new_passphrase.passphrase_box.hasFocus()  # on to the next thing to type
    fill_new_passphrase(qtbot, dialog)
    with qtbot.waitSignal(dialog.unlocked, timeout=WAIT):
        press(qtbot, Qt.Key.Key_Return)


def test_an_unreadable_file_is_said_beside_the_key(
        qtbot: QtBot, runner: OperationRunner, folder: Path, kdf: KdfParams,
        tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, runner, folder, kdf,
                         choose_file=lambda _parent: str(tmp_path / "gone.pem"))
    dialog.file_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    binding = dialog.binder.binding("recovery_key")
    assert binding.problem_label.text() == "\u26a0 This file could not be read."
    assert dialog.key_box.hasFocus()


@pytest.mark.parametrize(("key", "user", "new", "field", "words"), [
    ("other", "amina", NEW, "recovery_key",
     "This key does not open this laptop: it is another organisation's key, or the laptop "
     "was set up without one."),
    ("garbage", "amina", NEW, "recovery_key",
     "This is not an organisation recovery key. Choose the key's file, or paste all of its "
     "text."),
    ("own", "nobody", NEW, "user", "This laptop has no user of that name."),
    ("own", "amina", "amina LAMP-01 amina", "passphrase",
     "Do not build it from your user name, the site or the product name."),
    ("own", "amina", "short", "passphrase",
     "Use at least 12 characters; several words are easiest."),
])
def test_a_refusal_is_said_beside_its_field_and_nothing_is_written(
        qtbot: QtBot, runner: OperationRunner, folder: Path, kdf: KdfParams,
        organisation: recovery.RecoveryKeyPair, key: str, user: str, new: str, field: str,
        words: str) -> None:
    text = {"own": organisation.file_text, "other": recovery.generate_key_pair().file_text,
            "garbage": "the key is in the safe"}[key]
    before = key_files(folder)
    dialog = make_dialog(qtbot, runner, folder, kdf)
    dialog.user_box.setText(user)
    dialog.key_box.setText(text)
    fill_new_passphrase(qtbot, dialog, new)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.flow.step is Step.ENTERING and bool(
        dialog.binder.problem_paths()), timeout=WAIT)
    assert dialog.binder.problem_paths() == [field]
    binding = dialog.binder.binding(field)
    assert binding.problem_label.text() == f"\u26a0 {words}"
    assert binding.widget.hasFocus()
    assert dialog.isVisible() and not runner.busy
    assert key_files(folder) == before
    if field != "passphrase":  # a refused key: the typed passphrase stays for the next try
        assert dialog.new_passphrase.passphrase_box.text() == new


def test_cancel_empties_the_secrets(qtbot: QtBot, runner: OperationRunner, folder: Path,
                                    kdf: KdfParams) -> None:
    dialog = make_dialog(qtbot, runner, folder, kdf)
    dialog.key_box.setText("pasted key text")
    fill_new_passphrase(qtbot, dialog)
    press(qtbot, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.key_box.text() == "" and dialog.new_passphrase.passphrase_box.text() == ""


def test_the_link_is_absent_without_a_recoverer(qtbot: QtBot, runner: OperationRunner,
                                                folder: Path, kdf: KdfParams) -> None:
    unlock = UnlockDialog(runner, profile_unlocker(folder, kdf))
    qtbot.addWidget(unlock)
    unlock.show()
    assert not unlock.forgot_button.isVisible()
    unlock.open_recovery()
    assert unlock.recovery is None


def test_set_up_in_the_app_takes_the_organisations_public_key_and_refuses_the_private_one(
        qtbot: QtBot, runner: OperationRunner, tmp_path: Path, kdf: KdfParams,
        organisation: recovery.RecoveryKeyPair) -> None:
    folder = tmp_path / "new"
    setup = SetupDialog(runner, profile_creator(folder, kdf))
    qtbot.addWidget(setup)
    setup.show()
    for name, value in (("user", "amina"), ("team", "lamp"), ("site", "LAMP-01"),
                        ("passphrase", FORGOTTEN), ("confirmation", FORGOTTEN),
                        ("recovery_key", organisation.file_text)):
        setup.fields[name].setText(value)
    setup.submit()
    assert setup.binder.problem_paths() == ["recovery_key"]
    assert setup.binder.binding("recovery_key").problem_label.text() == (
        "\u26a0 This is the private recovery key. Give the public key; keep the private one "
        "offline.")
    assert not folder.exists()
    setup.fields["recovery_key"].setText(organisation.public_hex)
    with qtbot.waitSignal(setup.unlocked, timeout=WAIT):
        setup.submit()
    runner.close_session()
    profile.recover(folder, recovery_key=organisation.file_text, user="amina",
                    new_passphrase=NEW, kdf=kdf)
    profile.unlock(folder, user="amina", passphrase=NEW, kdf=kdf).close()
