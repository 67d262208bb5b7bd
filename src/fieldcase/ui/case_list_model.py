"""The case list as a table model over keyset pages, loaded through the operation runner.

The model never holds more than the pages the user scrolled through, and it never blocks:
``fetchMore`` asks the runner for the next page after the last cursor, and the rows are
appended when the page arrives on the GUI thread. Views call ``canFetchMore``/``fetchMore``
themselves as the user scrolls (Qt's lazy-population protocol), so 100k cases cost what the
visible rows cost.

Two modes: a filtered list (``set_filter``: My cases, Site, Review queue) paged by cursor,
and a search (``set_search``) whose hits arrive as one page. A reply to an earlier query is
recognised by its token and dropped, so typing fast or switching filter never mixes rows of
two queries. On lock the rows are cleared so no name stays on screen or in memory.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from fieldcase.services import cases as case_services
from fieldcase.services.session import Session
from fieldcase.ui.case_rows import COLUMNS, NAME, RISK, CaseRow, HitLike, is_right_to_left
from fieldcase.ui.messages import OperationError
from fieldcase.ui.operations import Runner
from fieldcase.ui.service_types import CaseFilter, Cursor, Page

ListPage = Callable[[Session, CaseFilter, Cursor | None, int], Page]
SearchCases = Callable[[Session, str, int], Sequence[HitLike]]
AnyIndex = QModelIndex | QPersistentModelIndex

PAGE_SIZE = 50
SEARCH_LIMIT = 100
DIRECTION_ROLE = int(Qt.ItemDataRole.UserRole) + 1
CASE_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 2
_URGENT_RISKS = frozenset({"high", "critical"})


def _list_page(session: Session, case_filter: CaseFilter, cursor: Cursor | None,
               limit: int) -> Page:
    return case_services.list_cases(session, case_filter, cursor, limit)


def _search(session: Session, text: str, limit: int) -> Sequence[HitLike]:
    return case_services.search_cases(session, text, limit=limit)


class CaseListModel(QAbstractTableModel):
    loading_changed = Signal(bool)
    page_loaded = Signal(int)  # how many rows the page added
    load_failed = Signal(object)  # OperationError

    def __init__(self, runner: Runner, *, page_size: int = PAGE_SIZE,
                 list_page: ListPage = _list_page, search: SearchCases = _search,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._page_size = page_size
        self._list_page = list_page
        self._search = search
        self._rows: list[CaseRow] = []
        self._filter = CaseFilter()
        self._search_text = ""
        self._cursor: Cursor | None = None
        self._exhausted = True
        self._loading = False
        self._token = 0
        self._bold = QFont()
        self._bold.setBold(True)
        runner.changed.connect(self._on_changed)
        runner.session_closed.connect(self.clear)

    # --- queries ---------------------------------------------------------------------------
    @property
    def case_filter(self) -> CaseFilter:
        return self._filter

    @property
    def search_text(self) -> str:
        return self._search_text

    @property
    def loading(self) -> bool:
        return self._loading

    def set_filter(self, case_filter: CaseFilter) -> None:
        """Show the filtered list from its first page (and leave search mode)."""
        self._filter = case_filter
        self._search_text = ""
        self.reload()

    def set_search(self, text: str) -> None:
        """Show the search hits for ``text``; an empty text goes back to the list."""
        self._search_text = text.strip()
        self.reload()

    def reload(self) -> None:
        self._reset()
        self._request()

    def clear(self) -> None:
        """Drop every row (on lock) without asking for new ones."""
        self._reset()
        self._exhausted = True

    def _reset(self) -> None:
        self._token += 1
        self.beginResetModel()
        self._rows = []
        self._cursor = None
        self._exhausted = False
        self.endResetModel()
        self._set_loading(False)

    def _request(self) -> None:
        if self._loading or self._exhausted:
            return
        self._set_loading(True)
        token = self._token
        on_error = partial(self._failed, token)
        if self._search_text:
            text, limit, search = self._search_text, SEARCH_LIMIT, self._search
            self._runner.submit(lambda session: list(search(session, text, limit)),
                                partial(self._hits_arrived, token), on_error)
        else:
            case_filter, cursor, size = self._filter, self._cursor, self._page_size
            list_page = self._list_page
            self._runner.submit(lambda session: list_page(session, case_filter, cursor, size),
                                partial(self._page_arrived, token), on_error)

    def _page_arrived(self, token: int, page: Page) -> None:
        if token != self._token:
            return
        self._cursor = page.next_cursor
        self._append([CaseRow.from_summary(summary) for summary in page.rows],
                     exhausted=page.next_cursor is None)

    def _hits_arrived(self, token: int, hits: list[HitLike]) -> None:
        if token != self._token:
            return
        self._append([CaseRow.from_hit(hit) for hit in hits], exhausted=True)

    def _append(self, rows: list[CaseRow], *, exhausted: bool) -> None:
        self._exhausted = exhausted
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self._set_loading(False)
        self.page_loaded.emit(len(rows))

    def _failed(self, token: int, error: OperationError) -> None:
        if token != self._token:
            return
        self._exhausted = True  # do not retry in a loop; the user can reload
        self._set_loading(False)
        self.load_failed.emit(error)

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    def _on_changed(self, changes: object) -> None:
        """A mutation reorders the newest-first list: reload from the top."""
        if self._runner.actor is not None:
            self.reload()

    # --- lazy population -------------------------------------------------------------------
    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if not parent.isValid():
            self._request()

    # --- table model -----------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def row_at(self, row: int) -> CaseRow:
        return self._rows[row]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cell(column)
        if role == CASE_ID_ROLE:
            return row.case_id
        if role == DIRECTION_ROLE:
            rtl = column == NAME and is_right_to_left(row.display_name)
            return Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        if role == Qt.ItemDataRole.FontRole and column == RISK and row.risk in _URGENT_RISKS:
            return self._bold
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(COLUMNS)):
            return COLUMNS[section]
        return None
