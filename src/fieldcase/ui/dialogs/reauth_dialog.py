"""Before a print or an export: "Type your passphrase again".

Whoever stands at an unlocked laptop is not always who unlocked it, and a printout or a file
is the one way case data leaves the encrypted store for good. So every print and export of
the app (case summary, referral letter, dashboard PNG and CSV) opens this dialog first, after
the person chose the file or the printer and before anything is written. The check and the
audit of the output run in one call on the runner's worker
(``printouts.authorised_output``): a wrong passphrase counts as a failed unlock of the name
(the unlock backoff applies), is said beside the field, and neither audits nor writes
anything; a right one audits the output and then hands its ``PrintMark`` to ``then``, which
writes the file or prints. The box is emptied the moment an attempt starts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from fieldcase.services.printouts import PrintMark, authorised_output
from fieldcase.services.session import Session
from fieldcase.ui.dialogs.rows import add_field, form_grid, line_edit
from fieldcase.ui.forms.binder import FormBinder
from fieldcase.ui.messages import OperationError
from fieldcase.ui.operations import Runner
from fieldcase.ui.problems import problem_text
from fieldcase.ui.widgets import fit_height, frame_dialog

Record = Callable[[Session], PrintMark]


class ReauthDialog(QDialog):
    """The passphrase again, then ``record`` (the output's audit) on the worker."""

    def __init__(self, runner: Runner, what: str, record: Record,
                 then: Callable[[PrintMark], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._record = record
        self._then = then
        self.busy = False
        self.mark: PrintMark | None = None
        self.setWindowTitle(self.tr("FieldCase — confirm it is you"))
        self.setObjectName("reauthDialog")
        self.setMinimumWidth(460)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.binder = FormBinder(self)
        grid = form_grid()
        self.passphrase_box = line_edit(self, "reauthPassphrase", secret=True)
        add_field(grid, 0, self.binder, "passphrase", self.tr("&Passphrase"),
                  self.passphrase_box)
        parts = frame_dialog(
            self, heading=what, body=grid, accept_text=self.tr("Continue"),
            on_accept=self.submit, message_name="reauthMessage",
            reject_text=self.tr("Cancel"),
            intro=self.tr("Case data is about to leave this laptop. Type your passphrase "
                          "again to confirm it is you; it is recorded in the audit log."))
        self.message_label, self.busy_bar = parts.message_label, parts.busy_bar
        self.continue_button, self.cancel_button = parts.accept_button, parts.reject_button
        self._refresh("")
        self.passphrase_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> None:
        if self.busy:
            return
        passphrase = self.passphrase_box.text()
        self.passphrase_box.clear()
        self.binder.clear_problems()
        if not passphrase:
            self._refresh(self.tr("Type your passphrase."))
            return
        record = self._record
        self.busy = True
        self._refresh("")
        self._runner.mutate(lambda session: authorised_output(session, passphrase, record),
                            self._accepted, self._refused)

    def reject(self) -> None:
        if not self.busy:
            self.passphrase_box.clear()
            super().reject()

    def _accepted(self, mark: Any) -> None:
        self.busy = False
        self.mark = mark
        self.accept()
        self._then(mark)

    def _refused(self, error: OperationError) -> None:
        self.busy = False
        unplaced = self.binder.show_problems(list(error.problems))
        words = " ".join(problem_text(problem) for problem in unplaced) if unplaced \
            else "" if error.problems else error.message
        self._refresh(words)
        self.passphrase_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def _refresh(self, message: str) -> None:
        self.passphrase_box.setEnabled(not self.busy)
        self.continue_button.setEnabled(not self.busy)
        self.cancel_button.setEnabled(not self.busy)
        self.busy_bar.setVisible(self.busy)
        self.message_label.setText(message)
        self.message_label.setVisible(bool(message))
        fit_height(self)


def confirm_then(parent: QWidget, runner: Runner, what: str, record: Record,
                 then: Callable[[PrintMark], None]) -> ReauthDialog:
    """Open the dialog over ``parent`` (window-modal, not blocking) and return it."""
    dialog = ReauthDialog(runner, what, record, then, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
