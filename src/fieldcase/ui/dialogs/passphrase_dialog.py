"""File > Change passphrase…: the current passphrase, the new one twice.

The policy's problems show beside their fields (form binder) before the slow part; the change
runs on the runner's worker behind a busy bar (``profile.change_passphrase``: Argon2id twice,
about two seconds), re-wraps the person's own key slot only, and is audited. A wrong current
passphrase counts as a failed unlock of that name (the service says so beside the field), so
guessing here is no faster than at the unlock screen. The current passphrase is emptied the
moment an attempt starts, the new one once it is accepted (as at set-up). When it is done, the
dialog says so and offers only Close.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from fieldcase.domain.policy import Actor
from fieldcase.services import profile
from fieldcase.services.session import Session
from fieldcase.ui.dialogs.new_passphrase import (
    NewPassphraseFields,
    suggest_in_interface_language,
)
from fieldcase.ui.dialogs.passphrase_flow import ChangeForm, FormFlow, change_problems
from fieldcase.ui.dialogs.rows import add_field, form_grid, line_edit
from fieldcase.ui.forms.binder import FormBinder
from fieldcase.ui.messages import OperationError
from fieldcase.ui.operations import Runner
from fieldcase.ui.problems import problem_text
from fieldcase.ui.unlock_flow import Step
from fieldcase.ui.widgets import fit_height, frame_dialog

ChangeCall = Callable[[Session, ChangeForm], None]


def default_change(session: Session, form: ChangeForm) -> None:
    profile.change_passphrase(session, current=form.current, new=form.passphrase)


class ChangePassphraseDialog(QDialog):
    def __init__(self, runner: Runner, actor: Actor, *, change: ChangeCall = default_change,
                 suggest: Callable[[], str] = suggest_in_interface_language,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._change = change
        self.flow: FormFlow[ChangeForm] = FormFlow(
            lambda form: change_problems(form, user=actor.user, site=actor.site))
        self.setWindowTitle(self.tr("FieldCase — change passphrase"))
        self.setObjectName("changePassphraseDialog")
        self.setMinimumWidth(520)
        self.setWindowModality(Qt.WindowModality.WindowModal)

        self.binder = FormBinder(self)
        grid = form_grid()
        self.current_box = line_edit(self, "currentPassphrase", secret=True)
        row = add_field(grid, 0, self.binder, "current_passphrase",
                        self.tr("&Current passphrase"), self.current_box)
        self.new_passphrase = NewPassphraseFields(self, grid, row, self.binder, suggest=suggest)
        parts = frame_dialog(
            self, heading=self.tr("Change your passphrase"), body=grid,
            accept_text=self.tr("Change passphrase"), on_accept=self.submit,
            message_name="changePassphraseMessage", reject_text=self.tr("Cancel"),
            intro=self.tr("The new passphrase opens this laptop from the next unlock on; the "
                          "old one no longer does. A few random words you can remember work "
                          "well. Your server passphrase does not change."))
        self.message_label, self.busy_bar = parts.message_label, parts.busy_bar
        self.change_button, self.cancel_button = parts.accept_button, parts.reject_button
        self._refresh()
        self.current_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def form(self) -> ChangeForm:
        return ChangeForm(self.current_box.text(),
                          *(box.text() for box in self.new_passphrase.boxes))

    def submit(self) -> None:
        if self.flow.step is Step.DONE:
            self.accept()  # the button says Close now
            return
        form = self.flow.submit(self.form())
        if form is not None:
            self.current_box.clear()
        self._show_problems()
        if form is None:
            return
        change = self._change
        self._runner.mutate(lambda session: change(session, form), self._succeeded,
                            self._failed)

    def reject(self) -> None:
        if self.flow.step is not Step.BUSY:  # a change under way finishes first
            self.current_box.clear()
            self.new_passphrase.clear()
            super().reject()

    def _succeeded(self, _result: object) -> None:
        self.flow.succeeded()
        self.new_passphrase.clear()
        self._refresh()
        self.change_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _failed(self, error: OperationError) -> None:
        self.flow.failed(error)
        self._show_problems()

    def _show_problems(self) -> None:
        self._refresh()
        unplaced = self.binder.show_problems(self.flow.problems)
        if unplaced:
            self.flow.message = " ".join(problem_text(problem) for problem in unplaced)
            self._refresh()
        fit_height(self)  # problem lines appeared or went

    def _refresh(self) -> None:
        step = self.flow.step
        busy, done = step is Step.BUSY, step is Step.DONE
        for widget in (self.current_box, *self.new_passphrase.widgets()):
            widget.setEnabled(step is Step.ENTERING)
        self.change_button.setEnabled(not busy)
        self.change_button.setText(self.tr("Changing…") if busy else self.tr("Close") if done
                                   else self.tr("Change passphrase"))
        self.cancel_button.setVisible(not done)
        self.cancel_button.setEnabled(not busy)
        self.busy_bar.setVisible(busy)
        text = self.tr("Your passphrase is changed. Use the new one the next time you "
                       "unlock.") if done else self.flow.message
        self.message_label.setText(text)
        if done:
            self.message_label.setStyleSheet("")  # news, not an error
        self.message_label.setVisible(bool(text))
        fit_height(self)
