"""Case > Due follow-ups: what is overdue, due today and due in the next seven days.

One tree, three groups with their counts ("Overdue (3)"); each row says what is due (the task
title), when in words ("4 days overdue", with a warning icon: never colour alone), the date in
the interface language's format, the case number, and for a supervisor whose follow-up it is.
Enter (or a double-click) opens the case; arrow keys only move.

**Names.** A person's name is shown on the selected row only, and a screen reader hears it
there. A list of names beside what is due for each ("Accompany to the clinic",
"Follow up on the report") says more about each person than the case list does, on a screen
a colleague or a visitor at the desk can read; the case number and the task are what a worker
scans for, and the name is one arrow key away when they need it. Protection officers ask for
the same of paper registers: the minimum in view.

The list is read on the runner's worker (``services.due.due_tasks``), again whenever a saved
change arrives while the view is shown; the selected follow-up stays selected.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QStyle,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from fieldcase.domain.policy import Role
from fieldcase.services.due import GROUP_ORDER, WEEK_DAYS, DueGroup, DueList, DueTask, due_tasks
from fieldcase.ui.i18n import Context, fill, translate
from fieldcase.ui.locale_words import day_words
from fieldcase.ui.messages import OperationError
from fieldcase.ui.operations import Runner
from fieldcase.ui.widgets import enter_activates

TASK_ROLE = Qt.ItemDataRole.UserRole + 1  # (case_id, task_id) on a row's first cell
NAME_ROLE = Qt.ItemDataRole.UserRole + 2  # the person's name, shown when the row is current
WHAT, WHEN, DUE_ON, CASE, PERSON, OWNER = range(6)


class DueWords(Context):
    """The translation context of the view's plural sentences (see ``i18n.Context``)."""


def group_title(group: DueGroup, count: int) -> str:
    if group is DueGroup.OVERDUE:
        return DueWords.tr("Overdue (%Ln)", None, count)
    if group is DueGroup.TODAY:
        return DueWords.tr("Due today (%Ln)", None, count)
    return fill(DueWords.tr("Due in the next %1 days (%Ln)", None, count), WEEK_DAYS)


def when_words(task: DueTask) -> str:
    """How far the day is, in words: the icon beside it is a second sign, not the only one."""
    if task.days < 0:
        return DueWords.tr("%Ln day(s) overdue", None, -task.days)
    if task.days == 0:
        return translate("DueWords", "Today")
    if task.days == 1:
        return translate("DueWords", "Tomorrow")
    return DueWords.tr("In %Ln day(s)", None, task.days)



class DueView(QWidget):
    open_case = Signal(str)  # case id
    loaded = Signal()

    def __init__(self, runner: Runner, *, show_owner: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._token = 0
        self._current_key: tuple[str, str] | None = None
        self.listed: DueList | None = None
        self.setObjectName("dueView")
        self.summary = QLabel(self)
        self.summary.setObjectName("dueSummary")
        self.summary.setWordWrap(True)
        self.model = QStandardItemModel(0, 6, self)
        self.model.setHorizontalHeaderLabels([
            self.tr("What is due"), self.tr("When"), self.tr("Due on"), self.tr("Case"),
            self.tr("Person"), self.tr("For")])
        self.tree = QTreeView(self)
        enter_activates(self.tree)
        self.tree.setObjectName("dueTree")
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Follow-ups due"))
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setColumnHidden(OWNER, not show_owner)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        # The name column is empty until a row is chosen: room for a name all the same.
        header.resizeSection(PERSON, self.fontMetrics().horizontalAdvance("M") * 12)
        self.tree.activated.connect(self._activated)
        self.tree.selectionModel().currentRowChanged.connect(self._current_changed)
        self.note = QLabel(self.tr("A person's name shows on the selected row only. Enter "
                                   "opens the case."), self)
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.note)
        runner.changed.connect(self._on_changed)

    def reload(self) -> None:
        self._token += 1
        token = self._token
        self.summary.setText(self.tr("Loading…"))
        self._runner.submit(due_tasks, lambda listed: self._arrived(token, listed),
                            lambda error: self._failed(token, error))

    def task_at(self, index: QModelIndex) -> tuple[str, str] | None:
        key = self.model.data(index.siblingAtColumn(WHAT), TASK_ROLE)
        return (str(key[0]), str(key[1])) if key else None

    # --- inside ----------------------------------------------------------------------------
    def _on_changed(self, _changes: object) -> None:
        if self.isVisible():
            self.reload()

    def _arrived(self, token: int, listed: DueList) -> None:
        if token != self._token:
            return  # an older reply: the person asked again since
        self.listed = listed
        keep = self._current_key
        self.model.removeRows(0, self.model.rowCount())
        current = QModelIndex()
        for group in GROUP_ORDER:
            tasks = listed.group(group)
            header = QStandardItem(group_title(group, len(tasks)))
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            if group is DueGroup.OVERDUE and tasks:
                header.setIcon(self.style().standardIcon(
                    QStyle.StandardPixmap.SP_MessageBoxWarning))
            self.model.appendRow([header, *(self._blank() for _ in range(5))])
            self.tree.setFirstColumnSpanned(header.row(), QModelIndex(), True)
            for task in tasks:
                header.appendRow(self._row(task))
                if (task.case_id, task.task_id) == keep:
                    current = header.child(header.rowCount() - 1).index()
        self.tree.expandAll()
        for column in (WHEN, DUE_ON, CASE, OWNER):
            self.tree.resizeColumnToContents(column)
        self.summary.setText(self._summary(listed))
        if current.isValid():
            self.tree.setCurrentIndex(current)
        self.loaded.emit()

    @staticmethod
    def _blank() -> QStandardItem:
        item = QStandardItem()
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        return item

    def _row(self, task: DueTask) -> list[QStandardItem]:
        what = QStandardItem(task.title)
        what.setData((task.case_id, task.task_id), TASK_ROLE)
        what.setData(task.display_name, NAME_ROLE)
        when = QStandardItem(when_words(task))
        if task.group is DueGroup.OVERDUE:
            when.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
        due_on = QStandardItem(day_words(task.due_on))
        items = [what, when, due_on, QStandardItem(task.case_number), QStandardItem(""),
                 QStandardItem(task.owner or "")]
        for item in items:
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        return items

    def _summary(self, listed: DueList) -> str:
        if not listed.tasks:
            return fill(self.tr("Nothing is due in the next %1 days, and nothing is overdue. "
                                "Follow-ups are the tasks of a case's plan."), WEEK_DAYS)
        parts = [DueWords.tr("%Ln overdue", None, len(listed.group(DueGroup.OVERDUE))),
                 DueWords.tr("%Ln due today", None, len(listed.group(DueGroup.TODAY))),
                 fill(DueWords.tr("%Ln in the next %1 days", None,
                                  len(listed.group(DueGroup.WEEK))), WEEK_DAYS)]
        text = fill(translate("DueWords", "%1 · %2 · %3"), *parts)
        if listed.unlisted_cases:
            text += " " + DueWords.tr("The follow-ups of %Ln more case(s) are due but not "
                                      "listed: the earliest come first.", None,
                                      listed.unlisted_cases)
        return text

    def _failed(self, token: int, error: OperationError) -> None:
        if token == self._token:
            self.summary.setText(error.message)

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        """The name shows on the current row only."""
        if previous.isValid():
            self.model.setData(previous.siblingAtColumn(PERSON), "")
        key = self.task_at(current) if current.isValid() else None
        self._current_key = key
        if key is not None:
            name = self.model.data(current.siblingAtColumn(WHAT), NAME_ROLE)
            self.model.setData(current.siblingAtColumn(PERSON), name)

    def _activated(self, index: QModelIndex) -> None:
        key = self.task_at(index)
        if key is not None:
            self.open_case.emit(key[0])


class DueDialog(QDialog):
    """The Due view in a window of its own, beside the main window: it stays open while the
    person opens one case after another. Esc or Close closes it."""

    def __init__(self, runner: Runner, role: Role, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("FieldCase — follow-ups due"))
        self.setObjectName("dueDialog")
        self.resize(960, 520)
        self.view = DueView(runner, show_owner=role is not Role.WORKER, parent=self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)

    def show_and_load(self) -> None:
        self.show()
        self.raise_()
        self.activateWindow()
        self.view.tree.setFocus(Qt.FocusReason.OtherFocusReason)
        self.view.reload()
