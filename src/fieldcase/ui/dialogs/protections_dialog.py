"""File > Duress and quick wipe…: the person switches on the two emergency protections
(``services.protections``), within what the organisation's policy decides.

- **Duress passphrase**: the person's own passphrase (proved, as for a passphrase change), the
  duress passphrase twice. Set / Remove. Typed at the unlock screen, it erases the laptop and
  the screen answers as to a wrong passphrase.
- **Quick wipe**: a check box; when on, File > Quick wipe (its shortcut in ``ui.actions``)
  erases the laptop after one confirmation.

Where the policy decides (``on``: required, ``off``: forbidden), the dialog says so and the
control that would go against it is disabled. Problems show beside their fields (form binder).
The passphrases are emptied the moment an attempt starts. ``changed`` tells the window the
quick wipe's state, so its action follows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldcase.domain.errors import ValidationError
from fieldcase.services import protections
from fieldcase.services.session import Session
from fieldcase.ui.dialogs.rows import add_field, form_grid, line_edit
from fieldcase.ui.forms.binder import FormBinder
from fieldcase.ui.messages import OperationError
from fieldcase.ui.operations import Runner
from fieldcase.ui.problems import problem_text
from fieldcase.ui.widgets import fit_height, frame_dialog


class ProtectionsDialog(QDialog):
    changed = Signal(object)  # protections.Protections, after any change

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.state: protections.Protections | None = None
        self.setWindowTitle(self.tr("FieldCase — duress and quick wipe"))
        self.setObjectName("protectionsDialog")
        self.setMinimumWidth(560)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.binder = FormBinder(self)

        body = QVBoxLayout()
        body.addWidget(self._heading(self.tr("Duress passphrase")))
        self.duress_state = self._words("duressState")
        body.addWidget(self.duress_state)
        grid = form_grid()
        self.current_box = line_edit(self, "currentPassphrase", secret=True)
        self.duress_box = line_edit(self, "duressPassphrase", secret=True)
        self.repeat_box = line_edit(self, "duressRepeat", secret=True)
        row = add_field(grid, 0, self.binder, "current_passphrase",
                        self.tr("Your &passphrase"), self.current_box)
        row = add_field(grid, row, self.binder, "duress", self.tr("&Duress passphrase"),
                        self.duress_box)
        add_field(grid, row, self.binder, "duress_repeat", self.tr("&Repeat it"),
                  self.repeat_box)
        body.addLayout(grid)
        buttons = QHBoxLayout()
        self.set_button = QPushButton(self.tr("&Set duress passphrase"), self)
        self.set_button.setObjectName("setDuress")
        self.remove_button = QPushButton(self.tr("Re&move it"), self)
        self.remove_button.setObjectName("removeDuress")
        for button in (self.set_button, self.remove_button):
            button.setAccessibleName(button.text().replace("&", ""))
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        body.addLayout(buttons)

        body.addWidget(self._heading(self.tr("Quick wipe")))
        self.wipe_box = QCheckBox(self.tr("&Offer Quick wipe in the File menu"),
                                  self)
        self.wipe_box.setObjectName("quickWipeSwitch")
        self.wipe_box.setAccessibleName(self.wipe_box.text().replace("&", ""))
        body.addWidget(self.wipe_box)
        self.wipe_state = self._words("quickWipeState")
        body.addWidget(self.wipe_state)

        parts = frame_dialog(
            self, heading=self.tr("Duress and quick wipe"), body=body,
            accept_text=self.tr("Close"), on_accept=self.accept,
            message_name="protectionsMessage", reject_text=self.tr("Cancel"),
            intro=self.tr("Two ways to erase this laptop in an emergency. Whatever was not "
                          "synced is lost; what was synced comes back after you set the "
                          "laptop up again and sync."))
        self.message_label, self.busy_bar = parts.message_label, parts.busy_bar
        parts.reject_button.hide()
        self.message_label.hide()
        self.busy_bar.hide()
        self.set_button.clicked.connect(self.set_duress)
        self.remove_button.clicked.connect(self.remove_duress)
        self.wipe_box.toggled.connect(self.switch_quick_wipe)
        self._enable(False)
        self._runner.submit(protections.status, self.show_state, self._failed)

    def _heading(self, text: str) -> QLabel:
        """A section's title in bold, as plain text (a translation is never read as markup)."""
        label = QLabel(text, self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def _words(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def _enable(self, ready: bool) -> None:
        state = self.state
        duress_open = ready and state is not None and state.duress_rule != "off"
        for widget in (self.current_box, self.duress_box, self.repeat_box, self.set_button):
            widget.setEnabled(duress_open)
        self.remove_button.setEnabled(ready and state is not None and state.duress_set
                                      and state.duress_rule == "user")
        self.wipe_box.setEnabled(ready and state is not None and state.quick_wipe_rule == "user")

    def show_state(self, state: protections.Protections) -> None:
        self.state = state
        self.duress_state.setText(self.duress_words(state))
        self.wipe_state.setText(self.wipe_words(state))
        self.wipe_box.blockSignals(True)
        self.wipe_box.setChecked(state.quick_wipe_on)
        self.wipe_box.blockSignals(False)
        self._enable(True)
        fit_height(self)
        self.changed.emit(state)

    def duress_words(self, state: protections.Protections) -> str:
        rule = {
            "on": self.tr("Your organisation requires a duress passphrase."),
            "off": self.tr("Your organisation does not allow a duress passphrase."),
            "user": self.tr("You decide whether to have one."),
        }[state.duress_rule]
        if state.duress_rule == "off":
            now = ""
        elif state.duress_set:
            now = self.tr("You have one. Typed at the unlock screen instead of your "
                          "passphrase, it erases this laptop, and the screen answers as to a "
                          "wrong passphrase.")
        else:
            now = self.tr("You have none yet. Choose one you can type under pressure, "
                          "different from your passphrase.")
        return f"{rule} {now}".strip()

    def wipe_words(self, state: protections.Protections) -> str:
        return {
            "on": self.tr("Your organisation keeps quick wipe on."),
            "off": self.tr("Your organisation does not allow quick wipe."),
            "user": self.tr("When on, File > Quick wipe erases this laptop at once, after one "
                            "confirmation."),
        }[state.quick_wipe_rule]

    def set_duress(self) -> None:
        current, duress, repeat = (box.text() for box in (self.current_box, self.duress_box,
                                                          self.repeat_box))
        self.current_box.clear()
        if duress != repeat:
            self._show_problems((ValidationError("duress_repeat", "confirmation_mismatch",
                                                 "the two entries differ"),))
            return
        self._busy()

        def call(session: Session) -> protections.Protections:
            protections.set_duress_passphrase(session, passphrase=current, duress=duress)
            return protections.status(session)
        self._runner.mutate(call, self._done, self._failed)

    def remove_duress(self) -> None:
        self._busy()

        def call(session: Session) -> protections.Protections:
            protections.remove_duress_passphrase(session)
            return protections.status(session)
        self._runner.mutate(call, self._done, self._failed)

    def switch_quick_wipe(self, on: bool) -> None:
        self._busy()

        def call(session: Session) -> protections.Protections:
            protections.set_quick_wipe(session, on)
            return protections.status(session)
        self._runner.mutate(call, self._done, self._failed)

    def _busy(self) -> None:
        self._show_problems(())
        self._enable(False)
        self.busy_bar.show()

    def _done(self, state: protections.Protections) -> None:
        self.busy_bar.hide()
        self.duress_box.clear()
        self.repeat_box.clear()
        self.show_state(state)

    def _failed(self, error: OperationError) -> None:
        self.busy_bar.hide()
        self._enable(self.state is not None)
        if self.state is not None:
            self.show_state(self.state)  # a refused switch goes back
        if error.problems:
            self._show_problems(error.problems)
        else:
            self.message_label.setText(error.message)
            self.message_label.setVisible(bool(error.message))
        fit_height(self)

    def _show_problems(self, problems: tuple[ValidationError, ...]) -> None:
        self.message_label.hide()
        unplaced = self.binder.show_problems(problems)
        if unplaced:
            self.message_label.setText(" ".join(problem_text(p) for p in unplaced))
            self.message_label.show()
        fit_height(self)
