"""The two questions a supervisor's action asks: what is missing (return), and to whom
(assign). Both are small dialogs reached by keyboard alone: the box or the picker has the
focus, Enter confirms, Esc cancels, every control is named as it reads.

**Return** asks for a comment and refuses an empty one beside the box (the form binder, the
rule ``required``): the worker reads it as a note on the case, so "returned" without a reason
is never sent. **Assign** picks a team member by name from the people this laptop knows
(``services.review_queue.team_people``); typing the first letters of a name moves to it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from fieldcase.domain.errors import ValidationError
from fieldcase.ui.dialogs.rows import plain
from fieldcase.ui.forms.binder import FormBinder
from fieldcase.ui.i18n import Context, fill
from fieldcase.ui.names import code_name

COMMENT = "comment"


class SupervisorWords(Context):
    """The translation context of the plural sentences of the supervisor's screens."""


class ReturnDialog(QDialog):
    """"Return the case plan" / "Return for more work" with a required comment."""

    def __init__(self, case_number: str, action: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("returnDialog")
        words = code_name("workflow_action", action)
        self.setWindowTitle(fill(self.tr("FieldCase — %1"), words))
        self.binder = FormBinder(self)
        intro = QLabel(fill(self.tr("%1: %2. The worker reads your comment as a note on the "
                                    "case."), words, case_number), self)
        intro.setWordWrap(True)
        self.comment = QPlainTextEdit(self)
        self.comment.setObjectName("returnComment")
        self.comment.setTabChangesFocus(True)
        label = QLabel(self.tr("&What is missing?"), self)
        label.setBuddy(self.comment)
        self.comment.setAccessibleName(plain(label.text()))
        binding = self.binder.bind(COMMENT, self.comment)
        self.buttons = QDialogButtonBox(self)
        self.return_button = self.buttons.addButton(self.tr("Return to the worker"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.return_button.setObjectName("returnButton")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(label)
        layout.addWidget(self.comment, 1)
        layout.addWidget(binding.problem_label)
        layout.addWidget(self.buttons)
        self.resize(480, 260)
        self.comment.setFocus(Qt.FocusReason.OtherFocusReason)

    def text(self) -> str:
        return self.comment.toPlainText().strip()

    def _confirm(self) -> None:
        if not self.text():
            self.binder.show_problems([ValidationError(COMMENT, "required",
                                                       "a comment is needed")])
            return
        self.accept()


class AssignDialog(QDialog):
    """"Assign 12 cases to:" and a team member picked by name."""

    def __init__(self, count: int, people: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assignDialog")
        self.setWindowTitle(self.tr("FieldCase — assign cases"))
        self.person = QComboBox(self)
        self.person.setObjectName("assignPerson")
        for name in people:
            self.person.addItem(name, name)
        label = QLabel(SupervisorWords.tr("&Assign %Ln case(s) to:", None, count), self)
        label.setBuddy(self.person)
        self.person.setAccessibleName(plain(label.text()))
        note = QLabel(self.tr("Each case is changed on its own and syncs; a case that cannot "
                              "be assigned is named with the reason, and the others go."), self)
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.assign_button = self.buttons.addButton(self.tr("Assign"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.assign_button.setObjectName("assignButton")
        self.assign_button.setEnabled(bool(people))
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.person)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.resize(420, 160)
        self.person.setFocus(Qt.FocusReason.OtherFocusReason)

    def chosen(self) -> str | None:
        value = self.person.currentData()
        return value if isinstance(value, str) else None
