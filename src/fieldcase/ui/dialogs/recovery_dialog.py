""""Forgot your passphrase?": a new passphrase with the organisation's recovery key.

Opened from the unlock dialog. The person gives their user name, the recovery key (its file,
chosen with "Choose the key file…", or its text pasted into the hidden box) and a new
passphrase twice, with the policy and "Suggest a passphrase" as at set-up. Recovery and then
the unlock with the new passphrase run on the runner's worker behind a busy bar
(``profile_recoverer``: two key derivations), and the app opens as after an unlock.

The key is a secret that opens every laptop of the organisation: it is never shown (the box
uses password echo, a chosen file's text goes straight into it), and the box is emptied the
moment the attempt starts (the new passphrase stays until it is accepted, as at set-up, so a
refusal of the key does not make the person type it again). A file is read on the GUI thread, but
at most ``MAX_KEY_TEXT`` bytes of it (a key file is about 500), so choosing a large file by
mistake cannot freeze the window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QPushButton, QWidget

from fieldcase.domain.errors import ValidationError
from fieldcase.ui import profile_calls
from fieldcase.ui.dialogs.new_passphrase import (
    NewPassphraseFields,
    suggest_in_interface_language,
)
from fieldcase.ui.dialogs.passphrase_flow import FormFlow, RecoveryForm, recovery_problems
from fieldcase.ui.dialogs.rows import add_field, form_grid, line_edit
from fieldcase.ui.forms.binder import FormBinder
from fieldcase.ui.i18n import translate
from fieldcase.ui.messages import OperationError
from fieldcase.ui.operations import Runner
from fieldcase.ui.problems import problem_text
from fieldcase.ui.unlock_flow import Step
from fieldcase.ui.widgets import fit_height, frame_dialog

if TYPE_CHECKING:
    from fieldcase.domain.policy import Actor
    from fieldcase.services.session import Session
    from fieldcase.ui.service_types import KdfParams

Recoverer = Callable[[RecoveryForm], "Session"]
ChooseFile = Callable[[QWidget], str]  # the chosen path, or "" when cancelled


def profile_recoverer(profile_dir: Path, kdf: KdfParams | None = None) -> Recoverer:
    """Recover, then unlock with the new passphrase, both on the worker."""
    def recover(form: RecoveryForm) -> Session:
        return profile_calls.recover_and_unlock(profile_dir, recovery_key=form.recovery_key,
                                                user=form.user, passphrase=form.passphrase,
                                                kdf=kdf)
    return recover


def choose_key_file(parent: QWidget) -> str:
    path, _filter = QFileDialog.getOpenFileName(
        parent, translate("RecoveryDialog", "Choose the recovery key file"), "",
        translate("RecoveryDialog", "Recovery key (*.pem *.key *.txt);;All files (*)"))
    return path


class RecoveryDialog(QDialog):
    unlocked = Signal(object)  # Actor

    def __init__(self, runner: Runner, recoverer: Recoverer, *, user: str = "",
                 suggest: Callable[[], str] = suggest_in_interface_language,
                 choose_file: ChooseFile = choose_key_file,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._recoverer = recoverer
        self._choose_file = choose_file
        self.flow: FormFlow[RecoveryForm] = FormFlow(recovery_problems)
        self.setWindowTitle(self.tr("FieldCase — recover access"))
        self.setObjectName("recoveryDialog")
        self.setMinimumWidth(540)
        self.setWindowModality(Qt.WindowModality.WindowModal)

        self.binder = FormBinder(self)
        grid = form_grid()
        self.user_box = line_edit(self, "recoveryUser")
        self.user_box.setText(user)
        self.key_box = line_edit(self, "recoveryKey", secret=True)
        self.key_box.setPlaceholderText(self.tr("paste the key's text, or choose its file"))
        row = add_field(grid, 0, self.binder, "user", self.tr("&User name"), self.user_box)
        row = add_field(grid, row, self.binder, "recovery_key",
                        self.tr("Organisation &recovery key"), self.key_box)
        self.file_button = QPushButton(self.tr("Choose the key &file…"), self)
        self.file_button.setObjectName("chooseKeyFile")
        self.file_button.setAutoDefault(False)
        self.file_button.clicked.connect(self.choose_file)
        grid.addWidget(self.file_button, row, 1)
        self.new_passphrase = NewPassphraseFields(self, grid, row + 1, self.binder,
                                                  suggest=suggest)
        parts = frame_dialog(
            self, heading=self.tr("Recover access with the organisation's key"), body=grid,
            accept_text=self.tr("Recover and unlock"), on_accept=self.submit,
            message_name="recoveryMessage", reject_text=self.tr("Cancel"),
            intro=self.tr("Your organisation's data-protection officer keeps a recovery key "
                          "for forgotten passphrases. With it, choose a new passphrase: your "
                          "cases stay as they are. The key opens every laptop of the "
                          "organisation, so it is never shown here."))
        self.message_label, self.busy_bar = parts.message_label, parts.busy_bar
        self.recover_button, self.cancel_button = parts.accept_button, parts.reject_button
        self._refresh()
        (self.key_box if user else self.user_box).setFocus(Qt.FocusReason.OtherFocusReason)

    def form(self) -> RecoveryForm:
        return RecoveryForm(self.user_box.text(), self.key_box.text(),
                            *(box.text() for box in self.new_passphrase.boxes))

    def choose_file(self) -> None:
        path = self._choose_file(self)
        if not path:
            return
        try:
            self.key_box.setText(profile_calls.read_key_text(path))
        except OSError:
            self.key_box.clear()
            self.binder.show_problems([ValidationError("recovery_key", "unreadable_file",
                                                       "the file could not be read")])
            return
        self.binder.clear_problem("recovery_key")
        self.new_passphrase.passphrase_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> None:
        form = self.flow.submit(self.form())
        if form is not None:
            self.key_box.clear()  # the most secret of all: gone the moment it is sent
        self._show_problems()
        if form is None:
            return
        recoverer = self._recoverer
        self._runner.open_session(lambda: recoverer(form), self._succeeded, self._failed)

    def reject(self) -> None:
        if self.flow.step is not Step.BUSY:  # a recovery under way finishes first
            self.key_box.clear()
            self.new_passphrase.clear()
            super().reject()

    def _succeeded(self, actor: Actor) -> None:
        self.flow.succeeded()
        self.new_passphrase.clear()
        self._refresh()
        self.unlocked.emit(actor)
        self.accept()

    def _failed(self, error: OperationError) -> None:
        self.flow.failed(error)
        self._show_problems()

    def _show_problems(self) -> None:
        self._refresh()  # fields enabled again before focus can move to one
        unplaced = self.binder.show_problems(self.flow.problems)
        if unplaced:
            self.flow.message = " ".join(problem_text(problem) for problem in unplaced)
            self._refresh()
        fit_height(self)  # problem lines appeared or went

    def _refresh(self) -> None:
        busy = self.flow.step is Step.BUSY
        for widget in (self.user_box, self.key_box, self.file_button,
                       *self.new_passphrase.widgets()):
            widget.setEnabled(not busy)
        self.recover_button.setEnabled(self.flow.step is Step.ENTERING)
        self.recover_button.setText(self.tr("Recovering…") if busy
                                    else self.tr("Recover and unlock"))
        self.cancel_button.setEnabled(not busy)
        self.busy_bar.setVisible(busy)
        self.message_label.setText(self.flow.message)
        self.message_label.setVisible(bool(self.flow.message))
        fit_height(self)
