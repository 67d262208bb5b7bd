"""The case list panel: a table view over ``CaseListModel`` and the delegate for names.

The delegate lays each name out in its own direction (``DIRECTION_ROLE``), so an Arabic name
reads right to left, right-aligned in its cell, while a Latin one in the next row stays left
to right: what a browser does for ``dir="auto"``. Without it every cell would take the
window's left-to-right paragraph direction and names mixing scripts would be reordered.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from fieldcase.ui.case_list_model import CASE_ID_ROLE, DIRECTION_ROLE, CaseListModel
from fieldcase.ui.case_rows import NAME


class DirectionalDelegate(QStyledItemDelegate):
    """Sets each cell's layout direction from the model's ``DIRECTION_ROLE``."""

    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        direction = index.data(DIRECTION_ROLE)
        if isinstance(direction, Qt.LayoutDirection):
            option.direction = direction
            option.displayAlignment = (Qt.AlignmentFlag.AlignLeading
                                       | Qt.AlignmentFlag.AlignVCenter)


class CaseListView(QTableView):
    """Emits ``case_selected(case_id)`` when the current row changes."""

    case_selected = Signal(str)

    def __init__(self, model: CaseListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(DirectionalDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setSortingEnabled(False)  # the store sorts; a client-side sort would lie on paging
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        widths = (150, 220, 140, 95, 70, 95)
        for column, width in enumerate(widths):
            if column != NAME:
                self.setColumnWidth(column, width)
        self.setObjectName("caseList")
        self.selectionModel().currentRowChanged.connect(self._current_changed)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        case_id = current.data(CASE_ID_ROLE) if current.isValid() else None
        if isinstance(case_id, str):
            self.case_selected.emit(case_id)
