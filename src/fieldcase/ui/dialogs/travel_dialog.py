"""File > Prepare for travel…: before a border crossing, erase every case from this laptop
(``services.travel``), and say plainly what happens and what comes back.

The dialog first reads the travel status (counts only, never a name). While anything is
unsynced it lists what (changes to send, open conflicts, refused changes, attachments not
uploaded, audit events the server has not acknowledged) and offers only Close; otherwise it
says what the erase does and asks once. When the erase is done the session is already closed,
so the dialog emits ``prepared`` and the window locks: the next unlock opens the emptied
laptop, and a sync brings the cases back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from fieldcase.services import travel
from fieldcase.ui.messages import OperationError
from fieldcase.ui.operations import Runner
from fieldcase.ui.widgets import fit_height, frame_dialog


class TravelDialog(QDialog):
    prepared = Signal()  # the cases are erased and the session closed: lock now

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._status: travel.TravelStatus | None = None
        self._busy = False
        self.setWindowTitle(self.tr("FieldCase — prepare for travel"))
        self.setObjectName("travelDialog")
        self.setMinimumWidth(520)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        body = QVBoxLayout()
        self.status_label = QLabel(self)
        self.status_label.setObjectName("travelStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        body.addWidget(self.status_label)
        parts = frame_dialog(
            self, heading=self.tr("Prepare for travel"), body=body,
            accept_text=self.tr("Erase cases for travel"), on_accept=self.submit,
            message_name="travelMessage", reject_text=self.tr("Cancel"),
            intro=self.tr("Before a border crossing, this laptop can keep no case at all. Once "
                          "everything is synced, every case, search entry and attachment is "
                          "erased with new keys, so what was here cannot be read again. "
                          "Your passphrase still opens FieldCase; after the crossing, unlock "
                          "and sync to download the cases again."))
        self.message_label, self.busy_bar = parts.message_label, parts.busy_bar
        self.erase_button, self.cancel_button = parts.accept_button, parts.reject_button
        self.erase_button.setAccessibleName(self.erase_button.text())
        self.message_label.hide()
        self.busy_bar.hide()
        self.erase_button.setEnabled(False)
        self.status_label.setText(self.tr("Checking what is synced…"))
        self.status_label.setAccessibleName(self.tr("Travel status"))
        self.refresh()

    def refresh(self) -> None:
        self._runner.submit(travel.status, self.show_status, self._failed)

    def show_status(self, status: travel.TravelStatus) -> None:
        self._status = status
        self.status_label.setText(self.status_words(status))
        self.erase_button.setEnabled(status.ready and not self._busy)
        if status.ready:
            self.erase_button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)
        fit_height(self)

    def status_words(self, status: travel.TravelStatus) -> str:
        if not status.enrolled:
            return self.tr("This laptop is not enrolled with a server, so its cases could not "
                           "be downloaded again after the crossing. Nothing can be erased.")
        if status.ready:
            return self.tr("Everything is synced. %Ln case(s) on this laptop will be erased. "
                           "FieldCase locks when it is done.", None, status.cases)
        lines = [self.tr("Not everything is synced yet:")]
        if status.outbox:
            lines.append("• " + self.tr("%Ln change(s) to send", None, status.outbox))
        if status.conflicts:
            lines.append("• " + self.tr("%Ln open conflict(s) to resolve", None,
                                        status.conflicts))
        if status.refusals:
            lines.append("• " + self.tr("%Ln refused change(s) held", None, status.refusals))
        if status.attachments:
            lines.append("• " + self.tr("%Ln attachment(s) not uploaded", None,
                                        status.attachments))
        if status.audit:
            lines.append("• " + self.tr("%Ln audit event(s) not sent", None, status.audit))
        lines.append(self.tr("Sync, and deal with what waits, then prepare again. Nothing "
                             "was erased."))
        return "\n".join(lines)

    def submit(self) -> None:
        if self._status is None or not self._status.ready or self._busy:
            return
        self._busy = True
        self.erase_button.setEnabled(False)
        self.cancel_button.setEnabled(False)
        self.busy_bar.show()
        self._runner.mutate(travel.prepare, self._done, self._refused)

    def reject(self) -> None:
        if not self._busy:
            super().reject()

    def _done(self, _result: object) -> None:
        self._busy = False
        self.busy_bar.hide()
        self.accept()
        self.prepared.emit()

    def _refused(self, error: OperationError) -> None:
        """Something became unsynced since the check (a sync in the background brought a
        conflict, say): nothing was erased; show the new status."""
        self._busy = False
        self.busy_bar.hide()
        self.cancel_button.setEnabled(True)
        if error.kind != travel.TravelRefused.kind:  # a refusal: the new status says why
            self._failed(error)
        self.refresh()

    def _failed(self, error: OperationError) -> None:
        self.message_label.setText(error.message)
        self.message_label.setVisible(bool(error.message))
        fit_height(self)
