"""Case > Review queue: what needs a supervisor now, in groups with their counts.

One tree over ``services.review_queue``: a group per rule ("Closures to approve (2)"), even
when empty (a zero is news too), each case under every group it belongs to, worst risk first.
Columns: case number, the person (on the selected row only, as in the Due view: a list of
names beside "separated child" or "critical" says too much on a screen others can see),
status and risk in words, the worker, the site, and what makes it wait ("Due 20/11/2026",
"Sent 02/11/2026"). Above it: filters by worker (anyone, nobody, a name) and site, and
"Closed cases too" (off: closed cases are out of the queue).

Keys: Enter (or a double-click) opens the case in the main window; arrow keys only move;
Shift+arrows or Ctrl+Space select several for "Assign to…". The supervisor's actions
(approve, return, assign, accept or decline a transfer, clear an escalation:
``ui/actions.py``) are the main window's own ``QAction``s, added to this window too, so their
shortcuts work here and act on the queue's selection. "Transfers to accept" lists another
team's cases waiting for this supervisor's site; "Escalated to a supervisor" the team's cases
someone raised.

The queue is read on the worker, again when a change arrives while it is shown; the selected
case stays selected.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from fieldcase.services.review_queue import (
    GROUP_ORDER,
    UNASSIGNED,
    QueueCase,
    QueueFilter,
    QueueGroup,
    ReviewQueue,
    review_queue,
)
from fieldcase.ui.dialogs.rows import plain
from fieldcase.ui.i18n import fill, translate
from fieldcase.ui.locale_words import day_words, number_words
from fieldcase.ui.messages import OperationError
from fieldcase.ui.names import code_name
from fieldcase.ui.operations import Runner
from fieldcase.ui.supervisor.dialogs import SupervisorWords
from fieldcase.ui.widgets import enter_activates

CASE_ROLE = Qt.ItemDataRole.UserRole + 1  # the case id, on a row's first cell
NAME_ROLE = Qt.ItemDataRole.UserRole + 2  # the person's name, shown when the row is current
CASE, PERSON, STATUS, RISK, WORKER, SITE, WHY = range(7)
_WARNING_GROUPS = frozenset({QueueGroup.NEW_HIGH_RISK, QueueGroup.OVERDUE,
                             QueueGroup.REFUSED, QueueGroup.REFERRALS, QueueGroup.ESCALATED,
                             QueueGroup.TRANSFERS})


def group_title(group: QueueGroup, count: int, answer_days: int) -> str:
    """A group's heading with its count ("Closures to approve (3)")."""
    if group is QueueGroup.NEW_HIGH_RISK:
        text = translate("QueueView", "New high-risk and critical cases (%1)")
    elif group is QueueGroup.CHILDREN:
        text = translate("QueueView", "Unaccompanied or separated children (%1)")
    elif group is QueueGroup.CASE_PLANS:
        text = translate("QueueView", "Case plans to agree (%1)")
    elif group is QueueGroup.CLOSURES:
        text = translate("QueueView", "Closures to approve (%1)")
    elif group is QueueGroup.OVERDUE:
        text = translate("QueueView", "Overdue follow-ups (%1)")
    elif group is QueueGroup.UNASSIGNED:
        text = translate("QueueView", "Unassigned intake (%1)")
    elif group is QueueGroup.CONFLICTS:
        text = translate("QueueView", "Open conflicts (%1)")
    elif group is QueueGroup.REFUSED:
        text = translate("QueueView", "Changes the server refused (%1)")
    elif group is QueueGroup.ESCALATED:
        text = translate("QueueView", "Escalated to a supervisor (%1)")
    elif group is QueueGroup.TRANSFERS:
        text = translate("QueueView", "Transfers to accept (%1)")
    else:
        return fill(SupervisorWords.tr("Referrals with no answer after %Ln day(s) (%1)", None,
                                       answer_days), number_words(count))
    return fill(text, number_words(count))


def _date(text: str) -> str:
    return day_words(text)


def why_words(group: QueueGroup, case: QueueCase) -> str:
    """What makes the case wait in this group, when a date says it."""
    if group is QueueGroup.OVERDUE and case.next_due_on:
        return fill(translate("QueueView", "Due %1"), _date(case.next_due_on))
    if group is QueueGroup.REFERRALS and case.oldest_sent_referral:
        return fill(translate("QueueView", "Sent %1"), _date(case.oldest_sent_referral))
    if group is QueueGroup.TRANSFERS and case.transfer_to:
        return fill(translate("QueueView", "From %1"), case.site)
    if case.transfer_to:
        return fill(translate("QueueView", "Transfer to %1 waits"), case.transfer_to)
    return ""



class QueueView(QWidget):
    open_case = Signal(str)  # case id
    loaded = Signal()

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._token = 0
        self._current_id: str | None = None
        self.queue: ReviewQueue | None = None
        self.setObjectName("queueView")
        self.worker = QComboBox(self)
        self.worker.setObjectName("queueWorker")
        self.site = QComboBox(self)
        self.site.setObjectName("queueSite")
        worker_label = QLabel(self.tr("&Worker"), self)
        worker_label.setBuddy(self.worker)
        self.worker.setAccessibleName(plain(worker_label.text()))
        site_label = QLabel(self.tr("S&ite"), self)
        site_label.setBuddy(self.site)
        self.site.setAccessibleName(plain(site_label.text()))
        self.closed = QCheckBox(self.tr("&Closed cases too"), self)
        self.closed.setObjectName("queueClosed")
        self.closed.setAccessibleName(plain(self.closed.text()))
        self._fill_choices((), ())
        filters = QHBoxLayout()
        for widget in (worker_label, self.worker, site_label, self.site, self.closed):
            filters.addWidget(widget)
        filters.addStretch(1)
        self.summary = QLabel(self)
        self.summary.setObjectName("queueSummary")
        self.summary.setWordWrap(True)
        self.model = QStandardItemModel(0, 7, self)
        self.model.setHorizontalHeaderLabels([
            self.tr("Case"), self.tr("Person"), self.tr("Status"), self.tr("Risk"),
            self.tr("Worker"), self.tr("Site"), self.tr("Date")])
        self.tree = QTreeView(self)
        enter_activates(self.tree)
        self.tree.setObjectName("queueTree")
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Review queue"))
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(PERSON, QHeaderView.ResizeMode.Stretch)
        self.tree.activated.connect(self._activated)
        self.tree.selectionModel().currentRowChanged.connect(self._current_changed)
        self.note = QLabel(self.tr("A person's name shows on the selected row only. Enter "
                                   "opens the case; Shift+arrows select several."), self)
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.note)
        self.worker.currentIndexChanged.connect(self.reload)
        self.site.currentIndexChanged.connect(self.reload)
        self.closed.toggled.connect(self.reload)
        runner.changed.connect(self._on_changed)
        self.setTabOrder(self.worker, self.site)
        self.setTabOrder(self.site, self.closed)
        self.setTabOrder(self.closed, self.tree)

    # --- what the actions act on ------------------------------------------------------------
    def current_case(self) -> QueueCase | None:
        if self.queue is None or self._current_id is None:
            return None
        return self.queue.cases.get(self._current_id)

    def selected_cases(self) -> dict[str, str]:
        """The selected cases' ids and numbers, each once, in the order shown (a case is in
        several groups)."""
        rows = self.tree.selectionModel().selectedRows(CASE)
        ordered = sorted(rows, key=lambda i: (i.parent().row(), i.row()))
        found = ((self.model.data(i, CASE_ROLE), self.model.data(i)) for i in ordered)
        return {str(case_id): str(number) for case_id, number in found if case_id}

    def chosen(self) -> QueueFilter:
        worker, site = self.worker.currentData(), self.site.currentData()
        return QueueFilter(worker=worker if isinstance(worker, str) else None,
                           site=site if isinstance(site, str) else None,
                           include_closed=self.closed.isChecked())

    def reload(self) -> None:
        self._token += 1
        token, chosen = self._token, self.chosen()
        self.summary.setText(self.tr("Loading…"))
        self._runner.submit(lambda session: review_queue(session, chosen),
                            lambda queue: self._arrived(token, queue),
                            lambda error: self._failed(token, error))

    # --- inside ------------------------------------------------------------------------------
    def _fill_choices(self, workers: Sequence[str], sites: Sequence[str]) -> None:
        """The filters offer what the whole scope holds; the choice made stays."""
        for box, first, values, extra in (
                (self.worker, self.tr("Anyone"), workers,
                 [(self.tr("Nobody (intake)"), UNASSIGNED)]),
                (self.site, self.tr("Every site"), sites, [])):
            kept = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(first, None)
            for text, value in extra:
                box.addItem(text, value)
            for value in values:
                box.addItem(value, value)
            index = box.findData(kept) if kept is not None else 0
            box.setCurrentIndex(max(index, 0))
            box.blockSignals(False)

    def _on_changed(self, _changes: object) -> None:
        if self.isVisible():
            self.reload()

    def _arrived(self, token: int, queue: ReviewQueue) -> None:
        if token != self._token:
            return  # an older reply: the person asked again since
        self.queue = queue
        self._fill_choices(queue.workers, queue.sites)
        keep = self._current_id
        self.model.removeRows(0, self.model.rowCount())
        current = QModelIndex()
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for group in GROUP_ORDER:
            listed = queue.groups[group]
            header = QStandardItem(group_title(group, queue.counts[group], queue.answer_days))
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            if group in _WARNING_GROUPS and queue.counts[group]:
                header.setIcon(warning)
            self.model.appendRow([header, *(self._blank() for _ in range(6))])
            self.tree.setFirstColumnSpanned(header.row(), QModelIndex(), True)
            for case in listed:
                header.appendRow(self._row(group, case))
                if case.case_id == keep and not current.isValid():
                    current = header.child(header.rowCount() - 1).index()
        self.tree.expandAll()
        for column in (CASE, STATUS, RISK, WORKER, SITE, WHY):
            self.tree.resizeColumnToContents(column)
        self.summary.setText(self._summary(queue))
        if current.isValid():
            self.tree.setCurrentIndex(current)
        else:
            self._current_id = None
        self.loaded.emit()

    @staticmethod
    def _blank() -> QStandardItem:
        item = QStandardItem()
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        return item

    def _row(self, group: QueueGroup, case: QueueCase) -> list[QStandardItem]:
        number = QStandardItem(case.case_number)
        number.setData(case.case_id, CASE_ROLE)
        number.setData(case.display_name, NAME_ROLE)
        risk = QStandardItem(code_name("risk", case.risk_level) if case.risk_level
                             else self.tr("Not screened"))
        if case.risk_level in ("high", "critical"):
            risk.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
        items = [number, QStandardItem(""), QStandardItem(code_name("status", case.status)),
                 risk, QStandardItem(case.assigned_to or self.tr("Nobody")),
                 QStandardItem(case.site), QStandardItem(why_words(group, case))]
        for item in items:
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        return items

    def _summary(self, queue: ReviewQueue) -> str:
        waiting = len(queue.cases)
        if not waiting and not any(queue.counts.values()):
            return self.tr("Nothing waits for a supervisor in this queue.")
        text = SupervisorWords.tr("%Ln case(s) wait for a supervisor.", None, waiting)
        if not self.closed.isChecked():
            text += " " + self.tr("Closed cases are not shown.")
        return text

    def _failed(self, token: int, error: OperationError) -> None:
        if token == self._token:
            self.summary.setText(error.message)

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        """The name shows on the current row only."""
        if previous.isValid():
            self.model.setData(previous.siblingAtColumn(PERSON), "")
        case_id = self.model.data(current.siblingAtColumn(CASE), CASE_ROLE) \
            if current.isValid() else None
        self._current_id = str(case_id) if case_id else None
        if case_id:
            name = self.model.data(current.siblingAtColumn(CASE), NAME_ROLE)
            self.model.setData(current.siblingAtColumn(PERSON), name)

    def _activated(self, index: QModelIndex) -> None:
        case_id = self.model.data(index.siblingAtColumn(CASE), CASE_ROLE)
        if case_id:
            self.open_case.emit(str(case_id))


class QueueDialog(QDialog):
    """The queue in a window of its own beside the main one (it stays open while the
    supervisor opens, approves and assigns one case after another). ``actions``: the main
    window's approve / return / assign actions, as buttons and shortcuts here too."""

    def __init__(self, runner: Runner, actions: Sequence[QAction],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("FieldCase — review queue"))
        self.setObjectName("queueDialog")
        self.resize(1040, 620)
        self.view = QueueView(runner, self)
        self.message = QLabel(self)
        self.message.setObjectName("queueMessage")
        self.message.setWordWrap(True)
        # Undo of an assignment made from here, beside what it did (the main window has one too).
        self.undo_button = QPushButton(self.tr("Undo"), self)
        self.undo_button.setObjectName("queueUndo")
        self.undo_button.setAccessibleName(self.undo_button.text())
        self.undo_button.setAutoDefault(False)
        self.undo_button.hide()
        said = QHBoxLayout()
        said.addWidget(self.message, 1)
        said.addWidget(self.undo_button)
        row = QHBoxLayout()
        self.action_buttons: dict[str, QPushButton] = {}
        for action in actions:
            self.addAction(action)  # its shortcut works while this window is active
            button = self._button_for(action)
            row.addWidget(button)
            self.action_buttons[action.objectName()] = button
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(said)
        layout.addLayout(row)

    def _button_for(self, action: QAction) -> QPushButton:
        """A button that reads as the menu entry with its shortcut ("Return… (Ctrl+Shift+R)"),
        enabled as the action is. Not the dialog's default: Enter belongs to the queue."""
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        words = plain(action.text())
        text = fill(self.tr("%1 (%2)"), words, keys) if keys else words
        button = QPushButton(text, self)
        button.setObjectName(f"{action.objectName()}Button")
        button.setAutoDefault(False)
        button.setToolTip(action.toolTip())
        button.setAccessibleName(text)
        button.setEnabled(action.isEnabled())
        action.changed.connect(lambda: button.setEnabled(action.isEnabled()))
        button.clicked.connect(action.trigger)
        return button

    def show_and_load(self) -> None:
        self.show()
        self.raise_()
        self.activateWindow()
        self.view.tree.setFocus(Qt.FocusReason.OtherFocusReason)
        self.view.reload()
