"""The unlock dialog: user name and passphrase, a busy state while Argon2id runs.

The key derivation takes about a second on purpose, so the unlock runs on the runner's worker
and the dialog shows a busy bar meanwhile. A refusal shows the service's message (one message
for wrong user, wrong passphrase and no profile, so it tells an onlooker nothing) and, when
throttled, keeps the button disabled until the wait is over for the name in the user box (a
colleague may type their own name and unlock meanwhile). The passphrase box is emptied on
every attempt, so a passphrase never sits in a widget longer than needed.

A Language box (each language named in itself) shows this screen again in another language,
for a person who cannot read the one the laptop last used (``language_chosen``).

"Forgot your passphrase?" (shown when the app gives a recoverer) opens recovery with the
organisation's key (``dialogs.recovery_dialog``); a recovery that succeeds unlocks the app as
this dialog would.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from fieldcase.ui import profile_calls
from fieldcase.ui.actions import INTERFACE_LANGUAGES, NATIVE_NAME_PROPERTY
from fieldcase.ui.dialogs.recovery_dialog import Recoverer, RecoveryDialog
from fieldcase.ui.i18n import current_language
from fieldcase.ui.messages import OperationError
from fieldcase.ui.operations import Runner
from fieldcase.ui.unlock_flow import Credentials, Step, UnlockFlow
from fieldcase.ui.widgets import fit_height, frame_dialog

if TYPE_CHECKING:
    from fieldcase.domain.policy import Actor
    from fieldcase.services.session import Session
    from fieldcase.ui.service_types import KdfParams

Unlocker = Callable[[Credentials], "Session"]


def profile_unlocker(profile_dir: Path, kdf: KdfParams | None = None) -> Unlocker:
    """The production unlock call; tests pass ``kdf=KdfParams.insecure_for_tests()``."""
    def unlock(credentials: Credentials) -> Session:
        return profile_calls.unlock(profile_dir, user=credentials.user,
                                    passphrase=credentials.passphrase, kdf=kdf)
    return unlock


class UnlockDialog(QDialog):
    unlocked = Signal(object)  # Actor
    language_chosen = Signal(str)  # a language code picked in the Language box

    def __init__(self, runner: Runner, unlocker: Unlocker, *, flow: UnlockFlow | None = None,
                 recoverer: Recoverer | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._unlocker = unlocker
        self._recoverer = recoverer
        self.recovery: RecoveryDialog | None = None
        self.flow = flow or UnlockFlow()
        self.setWindowTitle(self.tr("FieldCase — unlock"))
        self.setObjectName("unlockDialog")
        self.setMinimumWidth(420)

        self.user_box = QLineEdit(self)
        self.user_box.setObjectName("userName")
        self.passphrase_box = QLineEdit(self)
        self.passphrase_box.setObjectName("passphrase")
        self.passphrase_box.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        for text, box in ((self.tr("User name"), self.user_box),
                          (self.tr("Passphrase"), self.passphrase_box)):
            form.addRow(text, box)
            box.setAccessibleName(text)
        self.forgot_button = QPushButton(self.tr("&Forgot your passphrase?"), self)
        self.forgot_button.setObjectName("forgotPassphrase")
        self.forgot_button.setFlat(True)
        self.forgot_button.setAutoDefault(False)  # Enter still unlocks
        self.forgot_button.clicked.connect(self.open_recovery)
        self.forgot_button.setVisible(recoverer is not None)
        form.addRow("", self.forgot_button)
        self.language_box = QComboBox(self)
        self.language_box.setObjectName("interfaceLanguage")
        self.language_box.setProperty(NATIVE_NAME_PROPERTY, True)  # each in its own words
        for code, name in INTERFACE_LANGUAGES:
            self.language_box.addItem(name.replace("&", ""), code)
        showing = self.language_box.findData(current_language().split("_")[0])
        self.language_box.setCurrentIndex(max(showing, 0))
        self.language_box.activated.connect(self._language_picked)
        language_label = self.tr("Language")
        self.language_box.setAccessibleName(language_label)
        form.addRow(language_label, self.language_box)
        parts = frame_dialog(
            self, heading=self.tr("Unlock FieldCase"), body=form, accept_text=self.tr("Unlock"),
            on_accept=self.submit, message_name="unlockMessage",
            intro=self.tr("The cases on this laptop are encrypted. Enter your user name and "
                          "passphrase to open them."))
        self.message_label, self.busy_bar = parts.message_label, parts.busy_bar
        self.unlock_button = parts.accept_button

        self.user_box.textChanged.connect(self._refresh)
        self._wait_timer = QTimer(self)
        self._wait_timer.setInterval(1000)
        self._wait_timer.timeout.connect(self._refresh)
        self._refresh()

    def restart(self) -> None:
        """Show an empty form again (after a lock)."""
        self.flow.restart()
        self.passphrase_box.clear()
        self._refresh()
        self.passphrase_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_recovery(self) -> None:
        if self._recoverer is None or self.flow.step is Step.BUSY:
            return
        if self.recovery is not None:
            self.recovery.deleteLater()
        self.recovery = RecoveryDialog(self._runner, self._recoverer,
                                       user=self.user_box.text().strip(), parent=self)
        self.recovery.unlocked.connect(self._succeeded)
        self.recovery.show()

    def _language_picked(self, index: int) -> None:
        """A person who cannot read this screen's language picks theirs: the app shows this
        screen again in it (the user name typed so far kept). It is not kept until the
        unlock: then the person's own choice, if they made one in the menu, wins."""
        code = str(self.language_box.itemData(index))
        if code != current_language().split("_")[0] and self.flow.step is not Step.BUSY:
            self.language_chosen.emit(code)

    def submit(self) -> None:
        credentials = self.flow.submit(self.user_box.text(), self.passphrase_box.text())
        self.passphrase_box.clear()
        self._refresh()
        if credentials is None:
            return
        unlocker = self._unlocker
        self._runner.open_session(lambda: unlocker(credentials), self._succeeded, self._failed)

    def _succeeded(self, actor: Actor) -> None:
        self.flow.succeeded()
        self._refresh()
        self.unlocked.emit(actor)

    def _failed(self, error: OperationError) -> None:
        self.flow.failed(error.message, error.retry_after_seconds)
        self._refresh()
        self.passphrase_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def _refresh(self) -> None:
        busy = self.flow.step is Step.BUSY
        self.user_box.setEnabled(not busy)
        self.passphrase_box.setEnabled(not busy)
        self.forgot_button.setEnabled(not busy)
        self.language_box.setEnabled(not busy)
        self.unlock_button.setEnabled(self.flow.can_submit_for(self.user_box.text()))
        self.unlock_button.setText(self.tr("Unlocking…") if busy else self.tr("Unlock"))
        self.busy_bar.setVisible(busy)
        self.message_label.setText(self.flow.message)
        self.message_label.setVisible(bool(self.flow.message))
        fit_height(self)
        waiting = self.flow.wait_seconds(self.user_box.text()) > 0 and not busy
        if waiting and not self._wait_timer.isActive():
            self._wait_timer.start()
        elif not waiting:
            self._wait_timer.stop()
