"""The Tasks tab: follow-ups with their due date, overdue said in words with a warning icon
(never colour alone), who does each; a new task (title, due date, who) and "Mark done".

Overdue is judged by the session's today (``SectionContext.today``), as the list and the Due
view judge it. Marking done sets ``done_on`` to today and waits for Save like every edit.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStyle,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldcase.ui.case_page.parts import (
    EDIT_ROLE,
    date_box,
    date_words,
    iso,
    isolate,
    record_tree,
    set_day,
)
from fieldcase.ui.case_page.record_section import NEW, RecordSection
from fieldcase.ui.case_page.section import SectionContext
from fieldcase.ui.dialogs.rows import add_field, form_grid
from fieldcase.ui.i18n import Context, fill, translate

DUE, TITLE, WHO, STATE = range(4)


class TaskWords(Context):
    """The translation context of the tab's plural sentences (see ``i18n.Context``)."""


def due_words(due_on: object, done_on: object, today: date) -> tuple[str, bool]:
    """The state of a task in words, and whether it is overdue."""
    if done_on:
        return fill(translate("TaskWords", "Done on %1"), date_words(done_on)), False
    try:
        days = (date.fromisoformat(str(due_on)[:10]) - today).days
    except ValueError:
        return translate("TaskWords", "Open"), False
    if days < 0:
        return TaskWords.tr("Overdue by %Ln day(s)", None, -days), True
    if days == 0:
        return translate("TaskWords", "Due today"), False
    return TaskWords.tr("Due in %Ln day(s)", None, days), False


class TasksSection(RecordSection):
    key = "tasks"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tasksSection")
        self.tree = record_tree(self, "taskList", [
            self.tr("Due"), self.tr("Task"), self.tr("Assigned to"), self.tr("State")])
        self.tree.setAccessibleName(self.tr("Tasks"))
        self.done_button = QPushButton(self.tr("&Mark done"), self)
        self.done_button.setObjectName("markDone")
        self.done_button.setAccessibleName(self.tr("Mark done"))
        self.done_button.clicked.connect(self._toggle_done)
        self.tree.currentItemChanged.connect(lambda *_: self._update_button())

        group = QGroupBox(self.tr("New task"), self)
        self.title_box = QLineEdit(group)
        self.title_box.setObjectName("taskTitle")
        self.due_box = date_box(group, "taskDue")
        self.who_box = QLineEdit(group)
        self.who_box.setObjectName("taskAssignedTo")
        grid = form_grid()
        row = add_field(grid, 0, self.binder, f"{NEW}.title", self.tr("&Title"), self.title_box)
        row = add_field(grid, row, self.binder, f"{NEW}.due_on", self.tr("D&ue on"),
                        self.due_box)
        add_field(grid, row, self.binder, f"{NEW}.assigned_to", self.tr("Assi&gned to"),
                  self.who_box)
        group.setLayout(grid)
        self.title_box.textEdited.connect(self.start_new)
        self.due_box.dateChanged.connect(self.start_new)
        self.who_box.textEdited.connect(self.start_new)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        column = QVBoxLayout(self)
        column.addWidget(self.tree, 1)
        column.addLayout(buttons)
        column.addWidget(self.message)
        column.addWidget(group)

    def title(self) -> str:
        return self.tr("Tasks")

    def new_record(self) -> dict[str, Any]:
        return {"title": self.title_box.text().strip() or None,
                "due_on": self.due_box.date().toString("yyyy-MM-dd"),
                "assigned_to": self.who_box.text().strip() or None}

    def reset_form(self, context: SectionContext) -> None:
        self.title_box.clear()
        set_day(self.due_box, context.today)
        case = self._document.get("case") or {}
        self.who_box.setText(str(case.get("assigned_to") or context.actor.user))

    def fill_rows(self) -> None:
        context = self.context
        if context is None:
            return
        current = self._current_id()
        self.tree.clear()
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        ordered = sorted(self.records(), key=lambda t: (
            bool(t.get("done_on") or self.pending(t.get("id")).get("done_on")),
            str(t.get("due_on"))))
        for task in ordered:
            waiting = self.pending(task.get("id"))
            shown = {**task, **waiting}
            words, overdue = due_words(shown.get("due_on"), shown.get("done_on"), context.today)
            if waiting:
                words = fill(self.tr("%1 (not saved yet)"), words)
            item = QTreeWidgetItem([date_words(shown.get("due_on")), isolate(shown.get("title")),
                                    isolate(shown.get("assigned_to")), words])
            item.setData(0, EDIT_ROLE, task.get("id"))
            if overdue:
                item.setIcon(STATE, warning)
                font = item.font(STATE)
                font.setBold(True)
                item.setFont(STATE, font)
            self.tree.addTopLevelItem(item)
            if task.get("id") == current:
                self.tree.setCurrentItem(item)
        for column in range(self.tree.columnCount()):
            self.tree.resizeColumnToContents(column)
        self._update_button()

    def _current_id(self) -> str | None:
        item = self.tree.currentItem()
        return None if item is None else str(item.data(0, EDIT_ROLE))

    def _current_task(self) -> dict[str, Any] | None:
        current = self._current_id()
        return next((t for t in self.records() if t.get("id") == current), None)

    def _update_button(self) -> None:
        task = self._current_task()
        waiting = task is not None and bool(self.pending(task.get("id")).get("done_on"))
        self.done_button.setText(self.tr("&Not done after all") if waiting
                                 else self.tr("&Mark done"))
        self.done_button.setAccessibleName(self.done_button.text().replace("&", ""))
        self.done_button.setEnabled(task is not None and (waiting or not task.get("done_on")))

    def _toggle_done(self) -> None:
        task, context = self._current_task(), self.context
        if task is None or context is None:
            return
        record_id = str(task.get("id"))
        waiting = self.pending(record_id)
        self.set_pending(record_id, None if waiting.get("done_on")
                         else {"done_on": iso(context.today)})
        self.tree.setFocus()
