""""Erase this person's record…": the confirmation before an erasure (``services.erasure``).

An erasure cannot be undone and reaches every device, so the dialog says what goes and where,
names the case by its number (never the person's name: the dialog may be seen over a
shoulder), requires a reason (kept in the audit log) and the passphrase again: whoever stands
at an unlocked laptop is not always who unlocked it. The check, the passphrase and the
erasure run in one call on the runner's worker (``erasure.erase_confirmed``); a refused rule
is said beside its field (``FormBinder``), a wrong passphrase counts as a failed unlock. The
passphrase box is emptied the moment an attempt starts.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QWidget

from fieldcase.services.erasure import erase_confirmed
from fieldcase.ui.dialogs.rows import add_field, form_grid, line_edit
from fieldcase.ui.forms.binder import FormBinder
from fieldcase.ui.i18n import fill
from fieldcase.ui.messages import OperationError
from fieldcase.ui.operations import Runner
from fieldcase.ui.problems import problem_text
from fieldcase.ui.widgets import fit_height, frame_dialog


class EraseDialog(QDialog):
    """The reason and the passphrase, then the erasure on the worker."""

    erased = Signal(object)  # erasure.ErasureResult

    def __init__(self, runner: Runner, case_id: str, case_number: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._case_id = case_id
        self.busy = False
        self.setWindowTitle(self.tr("FieldCase — erase a record"))
        self.setObjectName("eraseDialog")
        self.setMinimumWidth(520)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.binder = FormBinder(self)
        grid = form_grid()
        self.reason_box = line_edit(self, "eraseReason")
        self.reason_box.setMaxLength(500)
        self.passphrase_box = line_edit(self, "erasePassphrase", secret=True)
        row = add_field(grid, 0, self.binder, "reason", self.tr("&Reason"), self.reason_box)
        add_field(grid, row, self.binder, "passphrase", self.tr("Your &passphrase"),
                  self.passphrase_box)
        parts = frame_dialog(
            self, heading=fill(self.tr("Erase case %1"), case_number), body=grid,
            accept_text=self.tr("&Erase"), on_accept=self.submit,
            message_name="eraseMessage", reject_text=self.tr("Cancel"),
            intro=fill(self.tr(
                "Everything about this person in case %1 is erased from this laptop now, "
                "and from the server and every other laptop at their next sync: details, "
                "notes, attachments, history. It cannot be undone. The audit log keeps the "
                "case number and your reason. Type your passphrase again to confirm it is "
                "you."), case_number))
        self.message_label, self.busy_bar = parts.message_label, parts.busy_bar
        self.erase_button, self.cancel_button = parts.accept_button, parts.reject_button
        self.erase_button.setObjectName("eraseConfirm")
        self.erase_button.setAccessibleName(self.tr("Erase"))
        self.cancel_button.setDefault(True)  # Enter alone never erases
        self.erase_button.setDefault(False)
        self.setTabOrder(self.reason_box, self.passphrase_box)
        self.setTabOrder(self.passphrase_box, self.erase_button)
        self.setTabOrder(self.erase_button, self.cancel_button)
        self._refresh("")
        self.reason_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> None:
        if self.busy:
            return
        reason, passphrase = self.reason_box.text(), self.passphrase_box.text()
        self.passphrase_box.clear()
        self.binder.clear_problems()
        case_id = self._case_id
        self.busy = True
        self._refresh("")
        self._runner.mutate(lambda session: erase_confirmed(session, case_id, reason,
                                                            passphrase),
                            self._done, self._refused)

    def reject(self) -> None:
        if not self.busy:
            self.passphrase_box.clear()
            super().reject()

    def _done(self, result: Any) -> None:
        self.busy = False
        self.accept()
        self.erased.emit(result)

    def _refused(self, error: OperationError) -> None:
        self.busy = False
        unplaced = self.binder.show_problems(list(error.problems))
        words = " ".join(problem_text(problem) for problem in unplaced) if unplaced \
            else "" if error.problems else error.message
        self._refresh(words)

    def _refresh(self, message: str) -> None:
        for widget in (self.reason_box, self.passphrase_box, self.erase_button,
                       self.cancel_button):
            widget.setEnabled(not self.busy)
        self.busy_bar.setVisible(self.busy)
        self.message_label.setText(message)
        self.message_label.setVisible(bool(message))
        fit_height(self)
