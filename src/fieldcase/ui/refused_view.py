"""The refused changes dialog: every change the server did not accept, with the reason in
words, and a way to fix, try again or drop each.

After a refusal this laptop shows the case as the server holds it again (the change was taken
back, ``storage.refusals``), and what the person typed waits here. One row per refused change:
the case number, the field, the value the person wanted, why the server refused it (the
reason's code in words, ``ui/problems.refusal_text``) and when. The buttons act on the
selected row:

- **Fix…** opens the case in the main window (``open_case``), to change what the reason names;
- **Try again** applies the wanted value again as a new edit (``retry_refused``): after a
  supervisor made it possible, or after the case was put right; refused like any save, and
  then said under the table;
- **Drop…** forgets the wanted value, after the person confirms (``drop_refused``, audited).

Loading and every action run through the runner; the list reloads after any change (a sync
that brought new refusals, a retry, a drop).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldcase.domain.service_directory import ServiceDirectory
from fieldcase.services.referrals import service_directory
from fieldcase.services.refusals import (
    RefusedChange,
    WantedValue,
    drop_refused,
    list_refused,
    retry_refused,
)
from fieldcase.services.session import Session
from fieldcase.ui.conflicts_view import label_of, value_words
from fieldcase.ui.fonts import text_width
from fieldcase.ui.i18n import QT_TRANSLATE_NOOP, fill, translate
from fieldcase.ui.locale_words import moment_words
from fieldcase.ui.messages import OperationError
from fieldcase.ui.names import code_name
from fieldcase.ui.operations import Runner
from fieldcase.ui.problems import refusal_text
from fieldcase.ui.widgets import ERROR_STYLE, enter_activates

AnyIndex = QModelIndex | QPersistentModelIndex
HEADERS = (QT_TRANSLATE_NOOP("RefusedModel", "Case"),
           QT_TRANSLATE_NOOP("RefusedModel", "Field"),
           QT_TRANSLATE_NOOP("RefusedModel", "Wanted value"),
           QT_TRANSLATE_NOOP("RefusedModel", "Why the server refused it"),
           QT_TRANSLATE_NOOP("RefusedModel", "Refused"))
CASE, FIELD, WANTED, REASON, WHEN = range(len(HEADERS))
_SHOWN_AT_MOST = 3  # fields of a whole refused record written in one cell
_CELL_CHARACTERS = 80  # a long wanted text (a note) is cut in its cell, whole in the tip
_TIP_CHARACTERS = 600


def _name(value: WantedValue) -> str:
    return value.path.rsplit(".", 1)[-1]


def main_values(refused: RefusedChange) -> tuple[WantedValue, ...]:
    """The wanted values a row shows: the one the reason names, the only one, or (a new
    record refused whole) every one."""
    named = [w for w in refused.wanted if _name(w) == refused.reason.field]
    if named:
        return tuple(named)
    return refused.wanted


def field_text(refused: RefusedChange) -> str:
    kind = code_name("record_kind", refused.record_kind)
    shown = main_values(refused)
    if refused.op == "delete":
        return fill(translate("RefusedModel", "%1 (removed)"), kind)
    if len(shown) == 1:
        return fill(translate("RefusedModel", "%1: %2"), kind,
                    label_of(_name(shown[0]), refused.record_kind))
    return kind


def wanted_text(refused: RefusedChange, directory: ServiceDirectory | None = None) -> str:
    shown = main_values(refused)
    if refused.op == "delete":
        return translate("RefusedModel", "(remove it)")
    if len(shown) == 1:
        return value_words(shown[0].value, refused.record_kind, _name(shown[0]), directory)
    parts = [fill(translate("RefusedModel", "%1: %2"), label_of(_name(w), refused.record_kind),
                  value_words(w.value, refused.record_kind, _name(w), directory))
             for w in shown[:_SHOWN_AT_MOST]]
    return "; ".join(parts) + ("; …" if len(shown) > _SHOWN_AT_MOST else "")


def reason_text(refused: RefusedChange) -> str:
    words = refusal_text(refused.reason.code, refused.reason.params)
    if not refused.taken_back:
        words = fill(translate("RefusedModel", "%1 This laptop still shows it."), words)
    return words


def _cut(text: str, at_most: int) -> str:
    return text if len(text) <= at_most else text[:at_most - 1].rstrip() + "…"


class RefusedModel(QAbstractTableModel):
    """One row per refused change."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RefusedChange] = []
        self._directory: ServiceDirectory | None = None

    def set_refused(self, refused: Sequence[RefusedChange],
                    directory: ServiceDirectory | None = None) -> None:
        self.beginResetModel()
        self._rows = list(refused)
        self._directory = directory
        self.endResetModel()

    def row_at(self, row: int) -> RefusedChange:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("RefusedModel", HEADERS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        text = self._text(self._rows[index.row()], index.column())
        if index.column() != WANTED:
            return text
        display = role == Qt.ItemDataRole.DisplayRole
        return _cut(text, _CELL_CHARACTERS if display else _TIP_CHARACTERS)

    def _text(self, refused: RefusedChange, column: int) -> str:
        if column == CASE:
            return refused.case_number or translate("RefusedModel", "(not on this laptop)")
        if column == FIELD:
            return field_text(refused)
        if column == WANTED:
            return wanted_text(refused, self._directory)
        if column == REASON:
            return reason_text(refused)
        return moment_words(refused.refused_at)  # this laptop's time



class RefusedDialog(QDialog):
    """Lists refused changes; Fix opens the case, Try again re-applies, Drop forgets."""

    open_case = Signal(str)

    def __init__(self, runner: Runner, parent: QWidget | None = None, *,
                 confirm_drop: Callable[[QWidget], bool] | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.confirm_drop = confirm_drop or _ask_before_dropping
        self.setWindowTitle(self.tr("FieldCase — refused changes"))
        self.setObjectName("refusedDialog")
        self.resize(900, 420)
        intro = QLabel(self.tr(
            "The server did not accept these changes. This laptop shows those cases as the "
            "server has them again, and what was typed is kept here. Open the case to fix it, "
            "try the change again once it is allowed, or drop it."), self)
        intro.setWordWrap(True)
        self.model = RefusedModel(self)
        self.table = QTableView(self)
        enter_activates(self.table)
        self.table.setObjectName("refusedTable")
        self.table.setAccessibleName(self.tr("Refused changes"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        for column, characters in ((CASE, 21), (FIELD, 16), (WANTED, 25), (WHEN, 16)):
            self.table.setColumnWidth(column, text_width(self.table, characters))
        self.empty_label = QLabel(self.tr("No refused changes."), self)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("refusedMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(ERROR_STYLE)
        self.message_label.hide()
        buttons = QDialogButtonBox(self)
        self.fix_button = self._button(self.tr("&Fix…"), self.tr("Fix…"), "fixRefused",
                                       self.tr("Open the case to change it"), self.fix_selected)
        self.retry_button = self._button(self.tr("&Try again"), self.tr("Try again"),
                                         "retryRefused",
                                         self.tr("Apply the wanted value again; it is sent at "
                                                 "the next sync"), self.retry_selected)
        self.drop_button = self._button(self.tr("&Drop…"), self.tr("Drop…"), "dropRefused",
                                        self.tr("Forget the wanted value"), self.drop_selected)
        for button in (self.fix_button, self.retry_button, self.drop_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(close.text().replace("&", ""))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.message_label)
        layout.addWidget(buttons)
        self.setTabOrder(self.table, self.fix_button)
        self.setTabOrder(self.fix_button, self.retry_button)
        self.setTabOrder(self.retry_button, self.drop_button)
        self.setTabOrder(self.drop_button, close)
        self.table.selectionModel().currentRowChanged.connect(self._selection_changed)
        self.table.activated.connect(lambda _index: self.fix_selected())
        runner.changed.connect(self._on_changed)
        runner.session_closed.connect(self.reject)
        self._enable(None)
        self.reload()

    def _button(self, text: str, name: str, object_name: str, tip: str,
                slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(object_name)
        button.setAccessibleName(name)
        button.setToolTip(tip)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def reload(self) -> None:
        self._runner.submit(_refused_and_directory, self._loaded, self._show_error)

    def select_row(self, row: int) -> None:
        self.table.setCurrentIndex(self.model.index(row, CASE))

    def selected(self) -> RefusedChange | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def fix_selected(self) -> None:
        refused = self.selected()
        if refused is not None and refused.case_number is not None:
            self.open_case.emit(refused.case_id)

    def retry_selected(self) -> None:
        refused = self.selected()
        if refused is None:
            return
        change_id = refused.change_id
        self._busy()
        self._runner.mutate(lambda session: retry_refused(session, change_id),
                            lambda _saved: None, self._show_error)

    def drop_selected(self) -> None:
        refused = self.selected()
        if refused is None or not self.confirm_drop(self):
            return
        change_id = refused.change_id
        self._busy()
        self._runner.mutate(lambda session: drop_refused(session, change_id),
                            lambda _changes: None, self._show_error)

    def _busy(self) -> None:
        self.message_label.hide()
        self._enable(None)

    def _loaded(self, loaded: tuple[list[RefusedChange], ServiceDirectory]) -> None:
        self.model.set_refused(*loaded)
        empty = self.model.rowCount() == 0
        self.empty_label.setVisible(empty)
        self.table.setVisible(not empty)
        if not empty:
            self.select_row(0)
        self._enable(self.selected())

    def _selection_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._enable(self.selected())

    def _enable(self, refused: RefusedChange | None) -> None:
        self.fix_button.setEnabled(refused is not None and refused.case_number is not None)
        self.retry_button.setEnabled(refused is not None)
        self.drop_button.setEnabled(refused is not None)

    def _show_error(self, error: OperationError) -> None:
        self.message_label.setText(error.message)
        self.message_label.show()
        self._enable(self.selected())

    def _on_changed(self, _changes: object) -> None:
        if self._runner.actor is not None:
            self.reload()


def _ask_before_dropping(parent: QWidget) -> bool:
    answer = QMessageBox.question(
        parent, translate("RefusedDialog", "Drop this change?"),
        translate("RefusedDialog", "What was typed for this change is deleted from this "
                                   "laptop. The case stays as the server has it."),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def _refused_and_directory(session: Session) -> tuple[list[RefusedChange], ServiceDirectory]:
    return list_refused(session), service_directory(session)
