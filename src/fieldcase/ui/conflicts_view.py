"""The conflicts dialog: every open conflict, both values with who set them and when, and a
way to keep one.

A conflict is a field two laptops changed differently before they synced. Both values are
kept and the case shows a provisional winner ("shown now") until a person picks; the pick is
``services.sync.resolve_conflict``, a change that syncs like any edit. An edit-versus-delete
conflict (one laptop deleted a record the other edited) is settled the same way: picking the
edit keeps the record, picking the deletion deletes it.

One table row per side; the case number and field are written on a conflict's first row only,
so each conflict reads as a group. Loading and resolving both run through the runner; the
list reloads after any change (a resolution here, or a sync that brought or closed
conflicts). Errors (no permission, the case would become invalid) show under the table.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldcase.domain.service_directory import ServiceDirectory
from fieldcase.services.changes import Changes
from fieldcase.services.referrals import service_directory
from fieldcase.services.session import Session
from fieldcase.services.sync import ConflictSideView, ConflictView, list_conflicts, resolve_conflict
from fieldcase.ui.case_page.field_words import record_field_words, record_value_words
from fieldcase.ui.fonts import text_width
from fieldcase.ui.i18n import QT_TRANSLATE_NOOP, translate
from fieldcase.ui.locale_words import moment_words
from fieldcase.ui.messages import OperationError
from fieldcase.ui.names import code_name, service_name
from fieldcase.ui.operations import Runner
from fieldcase.ui.widgets import ERROR_STYLE

AnyIndex = QModelIndex | QPersistentModelIndex
HEADERS = (QT_TRANSLATE_NOOP("ConflictsModel", "Case"),
           QT_TRANSLATE_NOOP("ConflictsModel", "Record"),
           QT_TRANSLATE_NOOP("ConflictsModel", "Field"),
           QT_TRANSLATE_NOOP("ConflictsModel", "Value"),
           QT_TRANSLATE_NOOP("ConflictsModel", "Set by"),
           QT_TRANSLATE_NOOP("ConflictsModel", "When"), "")
CASE, RECORD, FIELD, VALUE, AUTHOR, WHEN, SHOWN = range(len(HEADERS))
SERVICE_FIELD = "service_id"  # a referral's or a consent's service, named from the directory


def label_of(name: str | None, record_kind: str) -> str:
    """A field by the label the form shows (``person``, ``family_name`` -> "Family name", in
    the interface language); a field with no label of its own by its record kind in words
    (never its stored key); a whole-record conflict has no field."""
    if name is None:
        return translate("ConflictsModel", "(whole record)")
    return record_field_words(record_kind, name)


def value_text(conflict: ConflictView, side: ConflictSideView,
               directory: ServiceDirectory | None = None) -> str:
    if side.deleted:
        return translate("ConflictsModel", "(deleted)")
    return value_words(side.value, conflict.record_kind, conflict.field, directory)


def value_words(value: object, record_kind: str | None = None,
                field: str | None = None, directory: ServiceDirectory | None = None) -> str:
    """A stored value as a person reads it: a code of the field's vocabulary by its name
    (``destination`` -> "Destination"), a service of the directory by its name, text as is,
    nothing as "(empty)", anything else (a list, an object) as compact JSON."""
    if field == SERVICE_FIELD and directory is not None and value:
        return service_name(directory, value)
    if record_kind is not None and field is not None:
        named = record_value_words(record_kind, field, value)
        if named is not None:
            return named
    if value is None or value == "":
        return translate("ConflictsModel", "(empty)")
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


@dataclass(frozen=True)
class SideRow:
    conflict: ConflictView
    side: int

    @property
    def first(self) -> bool:
        return self.side == 0

    @property
    def view(self) -> ConflictSideView:
        return self.conflict.sides[self.side]


class ConflictsModel(QAbstractTableModel):
    """One row per side of each open conflict."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[SideRow] = []
        self._directory: ServiceDirectory | None = None
        self._bold = QFont()
        self._bold.setBold(True)

    def set_conflicts(self, conflicts: Sequence[ConflictView],
                      directory: ServiceDirectory | None = None) -> None:
        self.beginResetModel()
        self._rows = [SideRow(c, i) for c in conflicts for i in range(len(c.sides))]
        self._directory = directory
        self.endResetModel()

    def row_at(self, row: int) -> SideRow:
        return self._rows[row]

    @property
    def conflict_count(self) -> int:
        return sum(1 for r in self._rows if r.first)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("ConflictsModel", HEADERS[section]) if HEADERS[section] else ""
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        winner = row.side == row.conflict.winner
        if role == Qt.ItemDataRole.FontRole and winner:
            return self._bold
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column(), winner)
        return None

    def _text(self, row: SideRow, column: int, winner: bool) -> str:
        conflict, side = row.conflict, row.view
        texts = {
            CASE: (conflict.case_number or translate("ConflictsModel", "(not on this laptop)"))
            if row.first else "",
            RECORD: code_name("record_kind", conflict.record_kind) if row.first else "",
            FIELD: label_of(conflict.field, conflict.record_kind) if row.first else "",
            VALUE: value_text(conflict, side, self._directory),
            AUTHOR: side.author,
            WHEN: moment_words(side.at),  # this laptop's time
            SHOWN: translate("ConflictsModel", "✓ shown now") if winner else "",
        }
        return texts[column]


class ConflictsDialog(QDialog):
    """Lists open conflicts and resolves the one whose side is selected."""

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.setWindowTitle(self.tr("FieldCase — conflicts"))
        self.setObjectName("conflictsDialog")
        self.resize(860, 420)
        intro = QLabel(self.tr(
            "These fields were changed differently on two laptops before they synced. Both "
            "values are kept, and the case shows the one marked \u201cshown now\u201d until "
            "someone decides. Select the value that is right and keep it; the choice syncs "
            "to every laptop."), self)
        intro.setWordWrap(True)
        self.model = ConflictsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("conflictTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(VALUE, QHeaderView.ResizeMode.Stretch)
        for column, characters in ((CASE, 16), (RECORD, 10), (FIELD, 14), (AUTHOR, 15),
                                   (WHEN, 19), (SHOWN, 12)):
            self.table.setColumnWidth(column, text_width(self.table, characters))
        self.empty_label = QLabel(self.tr("No open conflicts."), self)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("conflictsMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(ERROR_STYLE)
        self.message_label.hide()
        buttons = QDialogButtonBox(self)
        self.keep_button = QPushButton(self.tr("Keep the selected value"), self)
        self.keep_button.setObjectName("keepValue")
        self.keep_button.setEnabled(False)
        self.keep_button.clicked.connect(self.resolve_selected)
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.message_label)
        layout.addWidget(buttons)
        self.table.selectionModel().currentRowChanged.connect(self._selection_changed)
        runner.changed.connect(self._on_changed)
        runner.session_closed.connect(self.reject)
        self.reload()

    def reload(self) -> None:
        self._runner.submit(_conflicts_and_directory, self._loaded, self._show_error)

    def select_side(self, row: int) -> None:
        self.table.setCurrentIndex(self.model.index(row, VALUE))

    def resolve_selected(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        row = self.model.row_at(index.row())
        conflict_id, side = row.conflict.conflict_id, row.side
        # A field conflict takes the side; an edit-vs-delete one keeps or deletes the record.
        keep = None if row.conflict.kind == "field" else not row.view.deleted

        def resolve(session: Session) -> Changes:
            if keep is None:
                return resolve_conflict(session, conflict_id, side=side)
            return resolve_conflict(session, conflict_id, keep=keep)
        self.keep_button.setEnabled(False)
        self.message_label.hide()
        self._runner.mutate(resolve, lambda _changes: None, self._show_error)

    def _loaded(self, loaded: tuple[list[ConflictView], ServiceDirectory]) -> None:
        self.model.set_conflicts(*loaded)
        empty = self.model.rowCount() == 0
        self.empty_label.setVisible(empty)
        self.table.setVisible(not empty)
        self.keep_button.setEnabled(False)

    def _selection_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.keep_button.setEnabled(current.isValid())

    def _show_error(self, error: OperationError) -> None:
        self.message_label.setText(error.message)
        self.message_label.show()
        self.keep_button.setEnabled(self.table.currentIndex().isValid())

    def _on_changed(self, _changes: object) -> None:
        if self._runner.actor is not None:
            self.reload()


def _conflicts_and_directory(session: Session) -> tuple[list[ConflictView], ServiceDirectory]:
    return list_conflicts(session), service_directory(session)
