"""The case list panel: a table view over ``CaseListModel``, its empty state and its keys.

Nothing about a person is shown until a person asks: moving through the rows with the arrow
keys only selects (each open is audited and shows a person's case); Enter or a double-click
opens the selected case (``case_opened``). Tab leaves the list rather than walking its cells.
Clicking a column header sorts the whole list in the store.

When a change is applied in place the view keeps its place: the row at the top stays at the
top and the selected row stays selected, wherever they moved (a row that left the list takes
its selection with it). An empty list says what to do: register someone (a search that
found no one offers to register what was typed: ``register_requested``), or clear the
filters.

The delegate lays each name out in its own direction (``DIRECTION_ROLE``), so an Arabic name
reads right to left, right-aligned in its cell, while a Latin one in the next row stays left
to right: what a browser does for ``dir="auto"``.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from fieldcase.foreground import painting
from fieldcase.ui.case_list_model import CASE_ID_ROLE, DIRECTION_ROLE, KEY_ROLE, CaseListModel
from fieldcase.ui.case_rows import COLUMN_SORTS, NAME, NATURALLY_DESCENDING, NUMBER
from fieldcase.ui.fonts import text_width

_OPEN_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter})


class DirectionalDelegate(QStyledItemDelegate):
    """Sets each cell's layout direction from the model's ``DIRECTION_ROLE``. Only a name
    runs right to left; the other cells are left to right without asking the model (one
    Python call less per painted cell, on the GUI thread)."""

    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        direction = index.data(DIRECTION_ROLE) if index.column() == NAME \
            else Qt.LayoutDirection.LeftToRight
        if isinstance(direction, Qt.LayoutDirection):
            option.direction = direction
            option.displayAlignment = (Qt.AlignmentFlag.AlignLeading
                                       | Qt.AlignmentFlag.AlignVCenter)


# The whole case number and room for a name come first; what does not fit scrolls. In
# characters of the list's font (``fonts.text_width``), so the columns grow with the font.
COLUMN_CHARACTERS = (20, 21, 18, 11, 8, 20, 11)


class CaseListView(QTableView):
    """``case_opened(case_id)`` when a person asks to open the selected case;
    ``clear_filters_requested`` from the empty state's link."""

    case_opened = Signal(str)
    clear_filters_requested = Signal()
    register_requested = Signal(str)  # from a search's empty state: what was searched for

    def __init__(self, model: CaseListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._anchor: int | None = None  # the key of the row at the top before a refresh
        self._current: int | None = None  # the key of the current row before a refresh
        # Whether filters narrow the list (the panel with the filter row says so): an empty
        # list then offers to clear them.
        self.filters_active: Callable[[], bool] = lambda: False
        self.setModel(model)
        self.setItemDelegate(DirectionalDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several rows (Shift+arrows, Ctrl+Space, Ctrl+click) for a supervisor's "Assign to…";
        # arrow keys alone still select the one current row, and only Enter opens it.
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.setTabKeyNavigation(False)  # Tab leaves the list
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setAccessibleName(self.tr("Cases"))
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        self._size_to_font()
        self._show_sort_indicator()
        header.sectionClicked.connect(self._header_clicked)
        self.setObjectName("caseList")
        self.doubleClicked.connect(self._open)
        self.empty_label = QLabel(self.viewport())
        self.empty_label.setObjectName("emptyList")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.empty_label.linkActivated.connect(self._link)
        self.empty_label.hide()
        model.about_to_refresh.connect(self._remember_place)
        model.refreshed.connect(self._restore_place)
        model.listed.connect(self._update_empty_state)
        model.listed.connect(self._show_sort_indicator)
        model.counts_changed.connect(self._update_empty_state)
        model.modelReset.connect(self._update_empty_state)
        model.loading_changed.connect(self._update_empty_state)

    # --- opening -----------------------------------------------------------------------------
    def _size_to_font(self) -> None:
        """Rows a line of the font tall and columns so many characters wide, so a larger
        system font gives taller rows and wider columns instead of clipped text."""
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        for column, characters in enumerate(COLUMN_CHARACTERS):
            self.setColumnWidth(column, text_width(self, characters))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._size_to_font()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _OPEN_KEYS and self.currentIndex().isValid():
            self._open(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)

    def _open(self, index: QModelIndex) -> None:
        case_id = index.siblingAtColumn(0).data(CASE_ID_ROLE) if index.isValid() else None
        if isinstance(case_id, str):
            self.case_opened.emit(case_id)

    def selected_case_id(self) -> str | None:
        index = self.currentIndex()
        case_id = index.data(CASE_ID_ROLE) if index.isValid() else None
        return case_id if isinstance(case_id, str) else None

    def selected_cases(self) -> dict[str, str]:
        """Every selected row's case id and case number, in list order (the rows the model
        holds): the number names a case an action could not act on, even once it is gone."""
        rows = sorted(self.selectionModel().selectedRows(NUMBER), key=lambda index: index.row())
        found = ((index.data(CASE_ID_ROLE), index.data()) for index in rows)
        return {case_id: str(number) for case_id, number in found if isinstance(case_id, str)}

    # --- sorting -----------------------------------------------------------------------------
    def _header_clicked(self, column: int) -> None:
        """First click: the column's natural order; the next click reverses it."""
        if not 0 <= column < len(COLUMN_SORTS):
            return
        sort = COLUMN_SORTS[column]
        query = self._model.query
        descending = (not query.descending if query.sort is sort
                      else sort in NATURALLY_DESCENDING)
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self._model.sort(column, order)
        self._show_sort_indicator()

    def _show_sort_indicator(self, *_args: object) -> None:
        """The list's order on its header; none for search hits, which are by relevance."""
        query, header = self._model.query, self.horizontalHeader()
        order = Qt.SortOrder.DescendingOrder if query.descending else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(COLUMN_SORTS.index(query.sort), order)
        header.setSortIndicatorShown(not self._model.search_text)

    # --- keeping the place through a refresh -----------------------------------------------
    def _remember_place(self) -> None:
        top = self.indexAt(self.viewport().rect().topLeft())
        self._anchor = top.data(KEY_ROLE) if top.isValid() else None
        current = self.currentIndex()
        self._current = current.data(KEY_ROLE) if current.isValid() else None

    def _restore_place(self) -> None:
        model = self._model
        current = self.currentIndex()
        if self._current is not None and current.data(KEY_ROLE) != self._current:
            row = model.row_of_key(self._current)
            if row is not None:
                self.setCurrentIndex(model.index(row, max(current.column(), 0)))
        if self._anchor is not None:
            row = model.row_of_key(self._anchor)
            if row is not None:
                self.updateGeometries()
                self.verticalScrollBar().setValue(row)
        self._anchor = self._current = None

    # --- the empty state ---------------------------------------------------------------------
    def _update_empty_state(self, *_args: object) -> None:
        model = self._model
        if model.rowCount() or model.loading:
            self.empty_label.hide()
            return
        if model.search_text:
            text = self.tr("No one found for “{text}”. Check the spelling, or search by "
                           "phone or document number.").format(text=escape(model.search_text))
            text += "<br><br>" + self.tr(
                '<a href="register">Register “{text}” as a new person</a> (press Enter in '
                'the search box, or Ctrl+N)').format(text=escape(model.search_text))
        elif not model.any_case:
            text = self.tr("No cases yet. Press Ctrl+N to register a person.")
        elif self.filters_active():
            text = self.tr('Nothing matches these filters — <a href="clear">clear filters</a>')
        else:
            text = self.tr("No cases in this list.")
        self.empty_label.setText(text)
        self.empty_label.setAccessibleName(self.empty_label.text())
        self._place_empty_label()
        self.empty_label.show()

    def _place_empty_label(self) -> None:
        rect = self.viewport().rect().adjusted(24, 24, -24, -24)
        self.empty_label.setGeometry(rect.x(), rect.y(), rect.width(), min(rect.height(), 120))

    def paintEvent(self, event: QPaintEvent) -> None:
        """The rows ask Python for every cell: a sync's store worker steps aside meanwhile
        (``fieldcase.foreground``), so the paint does not wait for the GIL cell by cell."""
        with painting():
            super().paintEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_empty_label()

    def _link(self, target: str) -> None:
        if target == "clear":
            self.clear_filters_requested.emit()
        elif target == "register" and self._model.search_text:
            self.register_requested.emit(self._model.search_text)
