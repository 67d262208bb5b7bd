"""When the main window asks for an online sign-in, and what happens after one.

- **At unlock**: the first sync status that shows an expired lease opens the sign-in dialog
  once (``services.lease``: an expired lease allows nothing but a sign-in), and so does one
  that shows the person at an enrolled laptop holds no server session of their own yet (a
  shared laptop: until they sign in, their changes wait on the laptop). Cancel leaves them
  working; the status line says how many changes wait.
- **When a sync answers** ``sign_in_required`` (the lease ran out while the app was open, or
  the server ended the session): the dialog opens for a sync the person asked for, and for a
  background sync only until the person has cancelled the dialog once in this session, so the
  periodic sync never nags every quarter of an hour.
- **On demand**: the red lease banner's "Sign in…" button (``open``).
- **After a sign-in**: a sync runs straight away (asked, so a failure is shown), whose status
  lifts the banner and loads the list. Cancel changes nothing: the window stays as it was.

The prompt (host and reason) is read on the worker like every service call; the dialog runs
the sign-in there too. Nothing here holds the passphrase.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from fieldcase.domain.lease import LeaseStatus
from fieldcase.services.sign_in import SignInPrompt, prompt
from fieldcase.services.sync import SyncStatus
from fieldcase.ui.messages import OperationError
from fieldcase.ui.operations import Runner
from fieldcase.ui.sign_in_dialog import SignInCall, SignInDialog, default_sign_in
from fieldcase.ui.sync_controls import SyncControls

SIGN_IN_REQUIRED = "sign_in_required"


class SignInGate(QObject):
    signed_in = Signal(object)  # SignInResult
    prompt_failed = Signal(object)  # OperationError: the prompt could not be read

    def __init__(self, runner: Runner, sync: SyncControls, window: QWidget, *,
                 sign_in_call: SignInCall = default_sign_in) -> None:
        super().__init__(window)
        self._runner = runner
        self._sync = sync
        self._window = window
        self._call = sign_in_call
        self._asked_at_unlock = False
        self._declined = False
        self._opening = False
        self.dialog: SignInDialog | None = None
        sync.status_changed.connect(self._on_status)
        sync.sync_failed.connect(self._on_sync_failed)

    def open(self) -> None:
        """Show the dialog (or bring it forward); the prompt is read on the worker first."""
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            return
        if self._opening or self._runner.actor is None:
            return
        self._opening = True
        self._runner.submit(prompt, self._show, self._prompt_unreadable)

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.close()

    def _show(self, found: SignInPrompt) -> None:
        self._opening = False
        dialog = SignInDialog(self._runner, found, sign_in_call=self._call, parent=self._window)
        dialog.signed_in.connect(self._signed_in)
        dialog.rejected.connect(self._on_cancel)
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.show()

    def _prompt_unreadable(self, error: OperationError) -> None:
        self._opening = False
        self.prompt_failed.emit(error)

    def _signed_in(self, result: object) -> None:
        self.signed_in.emit(result)
        if not self._sync.sync_now():
            self._sync.refresh_status()

    def _on_cancel(self) -> None:
        self._declined = True

    def _on_status(self, status: object) -> None:
        if not isinstance(status, SyncStatus) or self._asked_at_unlock:
            return
        expired = status.lease is not None and status.lease.status is LeaseStatus.EXPIRED
        if expired or (status.enrolled and not status.signed_in):
            self._asked_at_unlock = True
            self.open()

    def _on_sync_failed(self, error: object, asked: bool) -> None:
        if isinstance(error, OperationError) and error.kind == SIGN_IN_REQUIRED \
                and (asked or not self._declined):
            self.open()
