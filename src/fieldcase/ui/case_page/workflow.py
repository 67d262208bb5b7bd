"""The Workflow tab: where the case stands, and the moves this person may make now as buttons
in words (``domain.workflow.available_actions``), with a reason box where a move asks for one.

A move is not a field edit: it calls ``services.cases.change_status`` at once through the
runner (the reason becomes a note, as the service writes it), and the page refreshes from the
runner's ``changed``. The buttons are worked out from the shown document and the person
working; the service checks the same rules again, and a refusal is shown in words here.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldcase.domain.codes import Status
from fieldcase.domain.errors import ValidationError
from fieldcase.domain.workflow import TRANSITIONS, WorkflowAction, available_actions
from fieldcase.services.cases import CaseSaved, change_status
from fieldcase.ui.case_page.section import CaseSection, SectionContext
from fieldcase.ui.dialogs.rows import plain
from fieldcase.ui.fonts import lines_height
from fieldcase.ui.forms.binder import FormBinder
from fieldcase.ui.i18n import fill
from fieldcase.ui.messages import OperationError
from fieldcase.ui.names import code_name
from fieldcase.ui.widgets import ERROR_STYLE

REASON = "comment"


class WorkflowSection(CaseSection):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workflowSection")
        self._document: dict[str, Any] = {}
        self._context: SectionContext | None = None
        self._filling = False
        self.binder = FormBinder(self)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("workflowStatus")
        self.status_label.setWordWrap(True)
        self.none_label = QLabel(self)
        self.none_label.setObjectName("workflowNone")
        self.none_label.setWordWrap(True)
        self.buttons_box = QGroupBox(self.tr("What you can do now"), self)
        self._buttons = QHBoxLayout(self.buttons_box)
        self.action_buttons: dict[str, QPushButton] = {}
        self.reason_box = QPlainTextEdit(self)
        self.reason_box.setObjectName("workflowReason")
        self.reason_box.setTabChangesFocus(True)
        self.reason_box.setMaximumHeight(lines_height(self.reason_box, 4.5))
        self.reason_label = QLabel(self.tr("&Reason"), self)
        self.reason_label.setBuddy(self.reason_box)
        self.reason_box.setAccessibleName(plain(self.reason_label.text()))
        self.reason_hint = QLabel(self)
        self.reason_hint.setWordWrap(True)
        reason = self.binder.bind(REASON, self.reason_box)
        self.message = QLabel(self)
        self.message.setObjectName("workflowMessage")
        self.message.setWordWrap(True)
        column = QVBoxLayout(self)
        column.addWidget(self.status_label)
        column.addWidget(self.buttons_box)
        column.addWidget(self.none_label)
        column.addWidget(self.reason_label)
        column.addWidget(self.reason_box)
        column.addWidget(reason.problem_label)
        column.addWidget(self.reason_hint)
        column.addWidget(self.message)
        column.addStretch(1)
        self.reason_box.textChanged.connect(self._typed)

    def title(self) -> str:
        return self.tr("Workflow")

    # --- the contract ------------------------------------------------------------------------
    def show_case(self, document: dict[str, Any], context: SectionContext) -> None:
        same_case = self._context is not None and document.get("id") == self._document.get("id")
        self._document, self._context = document, context
        if not same_case:
            self._filling = True
            self.reason_box.clear()
            self._filling = False
            self.message.clear()
            self.binder.clear_problems()
        case = document.get("case") or {}
        self.status_label.setText(fill(self.tr("This case is: %1"),
                                       code_name("status", case.get("status"))))
        self._make_buttons(self._actions())

    def changes(self) -> dict[str, Any]:
        return {}  # a move is made at once, never saved with the fields

    def show_problems(self, problems: list[ValidationError]) -> list[ValidationError]:
        return problems

    def draft(self) -> dict[str, Any]:
        text = self.reason_box.toPlainText()
        return {"reason": text} if text.strip() else {}

    def restore_draft(self, state: dict[str, Any]) -> None:
        reason = state.get("reason")
        if isinstance(reason, str):
            self.reason_box.setPlainText(reason)

    def clear_edits(self) -> None:
        """The reason belongs to a move, not to Save: it stays until a move uses it."""

    # --- inside ------------------------------------------------------------------------------
    def _actions(self) -> tuple[WorkflowAction, ...]:
        context = self._context
        if context is None:
            return ()
        case = self._document.get("case") or {}
        try:
            status = Status(str(case.get("status")))
        except ValueError:
            return ()
        return available_actions(status, context.actor, assigned_to=case.get("assigned_to"))

    def _make_buttons(self, actions: tuple[WorkflowAction, ...]) -> None:
        while self._buttons.count():
            item = self._buttons.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.action_buttons = {}
        for action in actions:
            words = code_name("workflow_action", action.value)
            button = QPushButton(words, self.buttons_box)
            button.setObjectName(f"workflow:{action.value}")
            button.setAccessibleName(words)
            button.clicked.connect(partial(self._act, action))
            self._buttons.addWidget(button)
            self.action_buttons[action.value] = button
        self._buttons.addStretch(1)
        self.buttons_box.setVisible(bool(actions))
        self.none_label.setText("" if actions else self.tr(
            "There is nothing you can do to move this case on now; a supervisor may."))
        self.none_label.setVisible(not actions)
        asking = [code_name("workflow_action", a.value) for a in actions
                  if TRANSITIONS[a].needs_comment]
        self.reason_hint.setText(fill(self.tr("A reason is needed for: %1. It is kept as a "
                                              "note on the case."), ", ".join(asking))
                                 if asking else self.tr("A reason you give is kept as a note "
                                                        "on the case."))
        has_actions = bool(actions)
        for widget in (self.reason_label, self.reason_box, self.reason_hint):
            widget.setVisible(has_actions)

    def _act(self, action: WorkflowAction) -> None:
        context, case_id = self._context, self._document.get("id")
        if context is None or not case_id:
            return
        reason = self.reason_box.toPlainText().strip() or None
        if TRANSITIONS[action].needs_comment and reason is None:
            self.binder.show_problems([ValidationError(REASON, "required", "a reason is needed")])
            return
        self.binder.clear_problems()
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Working…"))
        for button in self.action_buttons.values():
            button.setEnabled(False)
        context.runner.mutate(
            lambda session: change_status(session, str(case_id), action.value, reason),
            partial(self._moved, action), self._refused)

    def _moved(self, action: WorkflowAction, _saved: CaseSaved) -> None:
        self._filling = True
        self.reason_box.clear()
        self._filling = False
        self.message.setStyleSheet("")
        self.message.setText(fill(self.tr("Done: %1."), code_name("workflow_action",
                                                                  action.value)))

    def _refused(self, error: OperationError) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(error.message)
        for button in self.action_buttons.values():
            button.setEnabled(True)

    def _typed(self) -> None:
        if not self._filling:
            self.edited.emit()
