"""The "Sign in to <server>" dialog: the server passphrase, asked when the lease has run out.

Shown by the main window at unlock when the offline lease has expired, and whenever a sync
answers ``sign_in_required``. One sentence says why (offline for N days, the clock set back,
or the server ended the session: ``services.sign_in.prompt``). The sign-in itself runs on the
runner's worker (``services.sign_in.sign_in``) while the dialog shows a busy bar; a wrong
passphrase is said plainly and the person may try again; Cancel closes the dialog and leaves
the window as it was (only Sync and Sign in offered while the lease is expired).

The passphrase box is emptied the moment the attempt starts, uses password echo (Qt then
refuses copy and drag from it), and the passphrase never reaches a title, a message, a log or
the clipboard: it only lives in the closure handed to the worker for that one call.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from fieldcase.services.session import Session
from fieldcase.services.sign_in import SignInPrompt, SignInResult, sign_in
from fieldcase.ui.i18n import Context, fill, translate
from fieldcase.ui.messages import OperationError
from fieldcase.ui.operations import Runner
from fieldcase.ui.widgets import fit_height, frame_dialog

SignInCall = Callable[[Session, str], SignInResult]



class SignInWords(Context):
    """The translation context of the prompt's sentences (see ``i18n.Context``)."""


def prompt_words(prompt: SignInPrompt) -> str:
    """Why a sign-in is asked for now, and which passphrase: from the prompt's ``code`` and
    ``days`` (the service's English ``reason`` is for the command line)."""
    if prompt.code == "offline" and prompt.days is not None:
        return SignInWords.tr("This laptop has not been online for %Ln day(s), so "
                         "the server must check that it is still you. Enter your server "
                         "passphrase: the one your administrator set for you on the server, "
                         "not the one that unlocks this laptop.", None, prompt.days)
    if prompt.code == "first":
        return translate("SignInWords", "You have not signed in to the server on this laptop "
                         "yet. Sign in once, so the changes you make here are sent as yours. "
                         "Enter your server passphrase: the one your administrator set for you "
                         "on the server, not the one that unlocks this laptop.")
    if prompt.code == "clock":
        return translate("SignInWords", "This laptop's clock is behind a time it has already "
                         "seen, so the server must check that it is still you. Enter your "
                         "server passphrase: the one your administrator set for you on the "
                         "server, not the one that unlocks this laptop.")
    return translate("SignInWords", "The server has ended this laptop's session, so it must "
                     "check that it is still you. Enter your server passphrase: the one your "
                     "administrator set for you on the server, not the one that unlocks this "
                     "laptop.")


def default_sign_in(session: Session, passphrase: str) -> SignInResult:
    """The production sign-in: the enrolled server, the real transport."""
    return sign_in(session, passphrase)


class Step(Enum):
    ENTERING = "entering"
    BUSY = "busy"
    DONE = "done"


class SignInFlow:
    """The dialog's state, testable without widgets: entering -> busy -> done, or back to
    entering with the refusal's message."""

    def __init__(self) -> None:
        self.step = Step.ENTERING
        self.message = ""

    def submit(self, passphrase: str) -> str | None:
        if self.step is not Step.ENTERING:
            return None
        if not passphrase:
            self.message = translate("SignInFlow", "Enter your server passphrase.")
            return None
        self.step, self.message = Step.BUSY, ""
        return passphrase

    def failed(self, message: str) -> None:
        self.step, self.message = Step.ENTERING, message

    def succeeded(self) -> None:
        self.step, self.message = Step.DONE, ""


class SignInDialog(QDialog):
    signed_in = Signal(object)  # SignInResult

    def __init__(self, runner: Runner, prompt: SignInPrompt, *,
                 sign_in_call: SignInCall = default_sign_in,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._call = sign_in_call
        self.flow = SignInFlow()
        self.setWindowTitle(self.tr("FieldCase — sign in"))
        self.setObjectName("signInDialog")
        self.setMinimumWidth(440)
        self.setWindowModality(Qt.WindowModality.WindowModal)

        self.passphrase_box = QLineEdit(self)
        self.passphrase_box.setObjectName("serverPassphrase")
        self.passphrase_box.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_box.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        form = QFormLayout()
        form.addRow(self.tr("Server passphrase"), self.passphrase_box)
        self.passphrase_box.setAccessibleName(self.tr("Server passphrase"))
        parts = frame_dialog(self, heading=fill(self.tr("Sign in to %1"), prompt.host),
                             intro=prompt_words(prompt), body=form,
                             accept_text=self.tr("Sign in"), on_accept=self.submit,
                             message_name="signInMessage",
                             reject_text=self.tr("Cancel"))  # the window stays; nothing quits
        self.message_label, self.busy_bar = parts.message_label, parts.busy_bar
        self.sign_in_button, self.cancel_button = parts.accept_button, parts.reject_button
        self._refresh()

    def submit(self) -> None:
        passphrase = self.flow.submit(self.passphrase_box.text())
        self.passphrase_box.clear()
        self._refresh()
        if passphrase is None:
            return
        call = self._call
        self._runner.mutate(lambda session: call(session, passphrase), self._succeeded,
                            self._failed)

    def reject(self) -> None:
        if self.flow.step is not Step.BUSY:  # an attempt under way finishes first
            super().reject()

    def _succeeded(self, result: SignInResult) -> None:
        self.flow.succeeded()
        self._refresh()
        self.signed_in.emit(result)
        self.accept()

    def _failed(self, error: OperationError) -> None:
        self.flow.failed(error.message)
        self._refresh()
        self.passphrase_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def _refresh(self) -> None:
        busy = self.flow.step is Step.BUSY
        self.passphrase_box.setEnabled(not busy)
        self.sign_in_button.setEnabled(self.flow.step is Step.ENTERING)
        self.sign_in_button.setText(self.tr("Signing in…") if busy else self.tr("Sign in"))
        self.cancel_button.setEnabled(not busy)
        self.busy_bar.setVisible(busy)
        self.message_label.setText(self.flow.message)
        self.message_label.setVisible(bool(self.flow.message))
        fit_height(self)
