"""Case > Audit log: who viewed, changed, exported, printed which case on this laptop, when.

A supervisor's window over ``services.audit_view``. Above the table, filters: the user
(everyone the log names), the case number (typed; Enter applies it), the kind (viewed,
changed, exported, printed, unlocked, other) and a range of days (from, to: "Any day" until
one is chosen: Up or Down starts at today, Delete on the whole text goes back to any day).
Each filter applies as soon as it changes. The table lists the events
newest first: when, who, the kind, what in the words of a case's History tab
(``case_page.history.action_words``) and the case number(s) — never a person's name: the log
holds none and the window adds none.

The log can be large, so it is read in windows (``PAGE_SIZE`` events): the next one is asked
for when the person scrolls (or moves the current row) to the end of what is loaded.

Keys: Tab through the filters to the table; arrows move; Enter (or a double-click) on a row
opens its case in the main window, as the review queue does (an event naming no case, or a
case no longer on this laptop, says so instead). Opening the window is audited once
(``open_audit_log``); filtering and scrolling are not.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from fieldcase.services.audit_view import (
    AuditChoices,
    AuditFilter,
    AuditKind,
    AuditPage,
    AuditRow,
    audit_page,
    open_audit_log,
)
from fieldcase.ui.case_page.history import action_words, when_words
from fieldcase.ui.case_page.parts import DateBox, isolate
from fieldcase.ui.dialogs.rows import plain
from fieldcase.ui.forms.binder import FormBinder
from fieldcase.ui.i18n import QT_TRANSLATE_NOOP, Context, fill, translate
from fieldcase.ui.messages import OperationError
from fieldcase.ui.operations import Runner
from fieldcase.ui.widgets import enter_activates

WHEN, WHO, KIND, WHAT, CASE = range(5)
_TOP = QModelIndex()
FIRST_DAY = QDate(2000, 1, 1)  # a date box at this day means "any day"

KIND_WORDS = {
    AuditKind.VIEWED: QT_TRANSLATE_NOOP("AuditWords", "Viewed"),
    AuditKind.CHANGED: QT_TRANSLATE_NOOP("AuditWords", "Changed"),
    AuditKind.EXPORTED: QT_TRANSLATE_NOOP("AuditWords", "Exported"),
    AuditKind.PRINTED: QT_TRANSLATE_NOOP("AuditWords", "Printed"),
    AuditKind.UNLOCKED: QT_TRANSLATE_NOOP("AuditWords", "Unlocked"),
    AuditKind.OTHER: QT_TRANSLATE_NOOP("AuditWords", "Other"),
}


class AuditWords(Context):
    """The translation context of the audit window's words (see ``i18n.Context``)."""


def kind_words(kind: AuditKind) -> str:
    return translate("AuditWords", KIND_WORDS[kind])


def case_words(row: AuditRow) -> str:
    """The case numbers an event names ("FC-1, FC-2, FC-3 and 37 more")."""
    numbers = ", ".join(isolate(n) for n in row.case_numbers)
    if not row.more_cases:
        return numbers
    if numbers:
        return fill(AuditWords.tr("%1 and %Ln more", None, row.more_cases), numbers)
    return AuditWords.tr("%Ln case(s) no longer on this laptop", None, row.more_cases)


class AnyDayBox(DateBox):
    """A day, or "Any day" (the box at ``FIRST_DAY``). Up or Down from "Any day" goes to
    today, not to 2 January 2000; Delete or Backspace on the whole text goes back to it."""

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        if self.date() == FIRST_DAY:
            return QAbstractSpinBox.StepEnabledFlag.StepUpEnabled \
                | QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        return super().stepEnabled()

    def stepBy(self, steps: int) -> None:
        if self.date() == FIRST_DAY:
            self.setDate(QDate.currentDate())
            return
        super().stepBy(steps)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) \
                and self.lineEdit().selectedText() == self.lineEdit().text():
            self.setDate(FIRST_DAY)
            return
        super().keyPressEvent(event)


class AuditModel(QAbstractTableModel):
    """The events loaded so far, and the cursor of the next window (None: no more)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[AuditRow] = []
        self.cursor: int | None = None
        self.loading = False
        self._headers = [translate("AuditWords", "When"), translate("AuditWords", "Who"),
                         translate("AuditWords", "Kind"), translate("AuditWords", "What"),
                         translate("AuditWords", "Case")]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _TOP) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _TOP) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole and column == CASE:
            return case_words(row)  # every number, when the column is too narrow for them
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == WHEN:
            return when_words(row.entry.at)
        if column == WHO:
            return isolate(row.entry.user)
        if column == KIND:
            return kind_words(row.kind)
        if column == WHAT:
            return action_words(row.entry)
        return case_words(row)

    def wants_more(self) -> bool:
        return self.cursor is not None and not self.loading

    def restart(self) -> None:
        self.beginResetModel()
        self.rows, self.cursor, self.loading = [], None, True
        self.endResetModel()

    def append(self, page: AuditPage) -> None:
        self.loading = False
        self.cursor = page.cursor
        if page.rows:
            start = len(self.rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page.rows) - 1)
            self.rows.extend(page.rows)
            self.endInsertRows()


class AuditDialog(QDialog):
    """The audit log in a window of its own beside the main one."""

    open_case = Signal(str)  # case id
    loaded = Signal()  # a window of events arrived (tests wait on it)

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._token = 0
        self.choices: AuditChoices | None = None
        self.setObjectName("auditDialog")
        self.setWindowTitle(self.tr("FieldCase — audit log"))
        self.resize(1040, 620)
        self.binder = FormBinder(self)
        self.user = QComboBox(self)
        self.user.setObjectName("auditUser")
        self.user.addItem(self.tr("Anyone"), None)
        self.case = QLineEdit(self)
        self.case.setObjectName("auditCase")
        self.case.setPlaceholderText(self.tr("Case number"))
        self.case.setClearButtonEnabled(True)
        case_binding = self.binder.bind("case", self.case)
        self.kind = QComboBox(self)
        self.kind.setObjectName("auditKind")
        self.kind.addItem(self.tr("Every kind"), None)
        for kind in AuditKind:
            self.kind.addItem(kind_words(kind), kind.value)
        self.since = self._day_box("auditSince")
        self.until = self._day_box("auditUntil")
        grid = QGridLayout()
        for column, (text, widget) in enumerate((
                (self.tr("&User"), self.user), (self.tr("C&ase number"), self.case),
                (self.tr("&Kind"), self.kind), (self.tr("&From"), self.since),
                (self.tr("&To"), self.until))):
            label = QLabel(text, self)
            label.setBuddy(widget)
            widget.setAccessibleName(plain(text))
            grid.addWidget(label, 0, column)
            grid.addWidget(widget, 1, column)
        grid.addWidget(case_binding.problem_label, 2, 1, 1, 4)
        grid.setColumnStretch(1, 1)
        self.summary = QLabel(self)
        self.summary.setObjectName("auditSummary")
        self.summary.setWordWrap(True)
        self.model = AuditModel(self)
        self.table = QTreeView(self)
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Audit log"))
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setAllColumnsShowFocus(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(CASE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((WHEN, 150), (WHO, 130), (KIND, 100), (WHAT, 380)):
            header.resizeSection(column, width)
        enter_activates(self.table)
        self.table.activated.connect(self._activated)
        # The next window when the person reaches the end of what is loaded (scrolling, End,
        # Page Down, arrows). Not Qt's fetchMore: a tree view asks for it while laying out,
        # before the person scrolled anywhere, and would read the whole log.
        self.table.verticalScrollBar().valueChanged.connect(self._maybe_more)
        self.table.selectionModel().currentRowChanged.connect(self._maybe_more)
        self.note = QLabel(self.tr("What was done on this laptop, newest first: case numbers, "
                                   "never names. Enter opens the case. Opening this window is "
                                   "recorded in the log too."), self)
        self.note.setObjectName("auditNote")
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        for button in buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)  # Enter belongs to the case box and the table
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        for first, second in ((self.user, self.case), (self.case, self.kind),
                              (self.kind, self.since), (self.since, self.until),
                              (self.until, self.table)):
            self.setTabOrder(first, second)
        self.user.currentIndexChanged.connect(self.reload)
        self.kind.currentIndexChanged.connect(self.reload)
        self.since.dateChanged.connect(self.reload)
        self.until.dateChanged.connect(self.reload)
        self.case.returnPressed.connect(self.reload)
        self.case.textChanged.connect(self._case_cleared)

    def _day_box(self, name: str) -> QDateEdit:
        box = AnyDayBox(self)
        box.setObjectName(name)
        box.setCalendarPopup(True)
        box.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        box.setMinimumDate(FIRST_DAY)
        box.setSpecialValueText(self.tr("Any day"))
        box.setDate(FIRST_DAY)
        return box

    # --- what the person asked -----------------------------------------------------------
    def chosen(self) -> AuditFilter:
        user, kind = self.user.currentData(), self.kind.currentData()
        return AuditFilter(user=user if isinstance(user, str) else None,
                           case=self.case.text().strip() or None,
                           kind=AuditKind(kind) if isinstance(kind, str) else None,
                           since=_start_of(self.since), until=_end_of(self.until))

    def show_and_load(self) -> None:
        """Show the window and open the log (audited once per showing)."""
        self.show()
        self.raise_()
        self.activateWindow()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.summary.setText(self.tr("Loading…"))
        self._runner.submit(open_audit_log, self._opened, self._refused)

    def reload(self) -> None:
        if self.choices is None:
            return  # not open yet: the opening loads the first window
        self.binder.clear_problems()
        self._token += 1
        token, chosen = self._token, self.chosen()
        self.model.restart()
        self.summary.setText(self.tr("Loading…"))
        self._runner.submit(lambda session: audit_page(session, chosen),
                            lambda page: self._arrived(token, page),
                            lambda error: self._failed(token, error))

    # --- inside ----------------------------------------------------------------------------
    def _opened(self, choices: AuditChoices) -> None:
        self.choices = choices
        kept = self.user.currentData()
        self.user.blockSignals(True)
        self.user.clear()
        self.user.addItem(self.tr("Anyone"), None)
        for name in choices.users:
            self.user.addItem(name, name)
        self.user.setCurrentIndex(max(self.user.findData(kept), 0) if kept else 0)
        self.user.blockSignals(False)
        self.reload()

    def _refused(self, error: OperationError) -> None:
        self.summary.setText(error.message)

    def _maybe_more(self, *_args: object) -> None:
        bar = self.table.verticalScrollBar()
        current = self.table.currentIndex()
        at_end = bar.value() >= bar.maximum() or (
            current.isValid() and current.row() == self.model.rowCount() - 1)
        if at_end and self.model.wants_more():
            self._load_more()

    def _load_more(self) -> None:
        self.model.loading = True
        token, chosen, cursor = self._token, self.chosen(), self.model.cursor
        self._runner.submit(lambda session: audit_page(session, chosen, cursor),
                            lambda page: self._arrived(token, page),
                            lambda error: self._failed(token, error))

    def _arrived(self, token: int, page: AuditPage) -> None:
        if token != self._token:
            return  # an older reply: the person asked again since
        self.model.append(page)
        shown = len(self.model.rows)
        if not shown:
            self.summary.setText(self.tr("No event matches these filters."))
        elif page.cursor is None:
            self.summary.setText(AuditWords.tr("%Ln event(s).", None, shown))
        else:
            self.summary.setText(AuditWords.tr(
                "The newest %Ln event(s); more load as you scroll down.", None, shown))
        if not self.table.currentIndex().isValid() and shown:
            self.table.setCurrentIndex(self.model.index(0, 0))
        self.loaded.emit()

    def _failed(self, token: int, error: OperationError) -> None:
        if token != self._token:
            return
        self.model.loading = False
        if error.problems:
            self.binder.show_problems(error.problems)
            self.summary.setText("")
        else:
            self.summary.setText(error.message)
        self.loaded.emit()

    def _case_cleared(self, text: str) -> None:
        """Emptying the case box (its clear button) shows every case again at once."""
        if not text and self.choices is not None:
            self.reload()

    def _activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        row = self.model.rows[index.row()]
        if row.case_id:
            self.open_case.emit(row.case_id)
        elif row.case_numbers:
            self.summary.setText(self.tr("This event names several cases: open one from the "
                                         "case list."))
        elif row.more_cases:
            self.summary.setText(self.tr("This case is no longer on this laptop."))
        else:
            self.summary.setText(self.tr("This event is not about one case."))


def _day(box: QDateEdit) -> date | None:
    chosen = box.date()
    return None if chosen == FIRST_DAY else date(chosen.year(), chosen.month(), chosen.day())


def _start_of(box: QDateEdit) -> datetime | None:
    day = _day(box)
    return None if day is None else datetime.combine(day, time()).astimezone()


def _end_of(box: QDateEdit) -> datetime | None:
    day = _day(box)
    return None if day is None else datetime.combine(day + timedelta(days=1), time()).astimezone()
