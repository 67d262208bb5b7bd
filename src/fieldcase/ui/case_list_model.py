"""The case list as a windowed table model over the ordered keys of the whole list.

A new list (a filter, a sort, a search) asks the store once for the keys of every matching
case, in order (``list_keys``: rowids only, one indexed query, with the rows of the first two
windows), so the row count and the scrollbar are true from the start. Rows are read by
window: when the view asks for a row the model does not hold, the window around it and its
neighbours are fetched in one call (``list_rows``), and a jump to the end costs one window.
At most ``cache_rows`` rows are held, least recently shown dropped first, so far windows
leave memory.

A change (the runner's ``changed``) is read, not reloaded: the keys are read again together
with the rows of the cases it names (``refresh_listing``), and the difference is applied in
place (``key_diff``): a row that no longer matches leaves, a new matching row appears in its
sorted place, a changed row is re-read, and the view keeps its selection and the row at its
top (``about_to_refresh``/``refreshed``). A change that names no case (a sync that cannot
say) re-reads the rows held. Changes that come while a refresh runs are merged into the next.

A search's hits (``search_listing``) come through the same model, rows included, in order of
relevance. A reply to an earlier list is recognised by its token and dropped. On lock every
row and key is dropped, so no name stays on screen or in memory.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Callable, Collection, Iterable
from dataclasses import replace
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from fieldcase.services import case_lists
from fieldcase.services.changes import Changes
from fieldcase.services.session import Session
from fieldcase.ui.case_rows import (
    CHANGED,
    COLUMN_SORTS,
    DUE,
    NAME,
    NUMBER,
    RISK,
    STAGE,
    STATUS,
    CaseRow,
    is_right_to_left,
)
from fieldcase.ui.key_diff import KeyDiff, diff_keys
from fieldcase.ui.locale_words import day_words, moment_words
from fieldcase.ui.messages import OperationError
from fieldcase.ui.names import code_name
from fieldcase.ui.operations import Runner
from fieldcase.ui.service_types import CaseQuery, Listing, ListRow

ListKeys = Callable[[Session, CaseQuery], Listing]
ListRows = Callable[[Session, Collection[int]], list[ListRow]]
Refresh = Callable[[Session, CaseQuery, Collection[str]], Listing]
Search = Callable[[Session, str], Listing]
AnyIndex = QModelIndex | QPersistentModelIndex

WINDOW = 100  # rows per window
CACHE_ROWS = 2000  # rows held at most
MAX_RUNS = 200  # a refresh with more scattered changes is shown as one reset
DIRECTION_ROLE = int(Qt.ItemDataRole.UserRole) + 1
CASE_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 2
KEY_ROLE = int(Qt.ItemDataRole.UserRole) + 3
_URGENT_RISKS = frozenset({"high", "critical"})
# The roles as plain ints: ``data`` runs about eight times for every painted cell (the
# delegate asks for each role it draws), on the GUI thread, and each call has to win the GIL
# from the store worker; an enum looked up and compared per call made that slower.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_TOOL_TIP = int(Qt.ItemDataRole.ToolTipRole)
_ROLES_ANSWERED = frozenset({_DISPLAY, _FONT, _DECORATION, _TOOL_TIP, DIRECTION_ROLE,
                             CASE_ID_ROLE, KEY_ROLE})


def _list_keys(session: Session, query: CaseQuery) -> Listing:
    return case_lists.list_keys(session, query, first_rows=2 * WINDOW)


def _list_rows(session: Session, keys: Collection[int]) -> list[ListRow]:
    return case_lists.list_rows(session, keys)


def _refresh(session: Session, query: CaseQuery, case_ids: Collection[str]) -> Listing:
    return case_lists.refresh_listing(session, query, case_ids)


def _search(session: Session, text: str) -> Listing:
    return case_lists.search_listing(session, text)


class CaseListModel(QAbstractTableModel):
    loading_changed = Signal(bool)
    listed = Signal()  # a new list is shown (its counts are known)
    counts_changed = Signal()
    about_to_refresh = Signal()  # rows are about to change in place
    refreshed = Signal()
    load_failed = Signal(object)  # OperationError

    def __init__(self, runner: Runner, *, window: int = WINDOW, cache_rows: int = CACHE_ROWS,
                 list_keys: ListKeys = _list_keys, list_rows: ListRows = _list_rows,
                 refresh: Refresh = _refresh, search: Search = _search,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._window = window
        self._cache_rows = max(cache_rows, 3 * window)
        self._list_keys, self._list_rows = list_keys, list_rows
        self._refresh_call, self._search = refresh, search
        self._query = CaseQuery()
        self._search_text = ""
        self._keys: array[int] = array("q")
        self._rows: OrderedDict[int, CaseRow] = OrderedDict()
        self._asked: set[int] = set()  # keys whose rows are on their way or not shown
        self._wanted: set[int] = set()  # windows the view asked for since the last fetch
        self._overdue = 0
        self._any_case = True
        self._loading = False
        self._token = 0
        self._refreshing = False
        self._pending: set[str] | None = None  # case ids for the next refresh
        self._pending_all = False  # the next refresh re-reads every row held
        self._fetch_timer = QTimer(self)
        self._fetch_timer.setSingleShot(True)
        self._fetch_timer.setInterval(0)
        self._fetch_timer.timeout.connect(self._fetch_windows)
        self._bold = QFont()
        self._bold.setBold(True)
        self._warning: QIcon | None = None
        runner.changed.connect(self._on_changed)
        runner.session_closed.connect(self.clear)

    # --- what is listed --------------------------------------------------------------------
    @property
    def query(self) -> CaseQuery:
        return self._query

    @property
    def search_text(self) -> str:
        return self._search_text

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def total(self) -> int:
        return len(self._keys)

    @property
    def overdue(self) -> int:
        return self._overdue

    @property
    def any_case(self) -> bool:
        """False when the user has no case at all (an empty list is then "nothing yet")."""
        return self._any_case

    def set_query(self, query: CaseQuery) -> None:
        """Show the list ``query`` describes (and leave search mode)."""
        self._query = query
        self._search_text = ""
        self.reload()

    def set_search(self, text: str) -> None:
        """Show the search hits for ``text``; an empty text goes back to the list."""
        self._search_text = text.strip()
        self.reload()

    def reload(self) -> None:
        """Ask for the list again. The rows shown stay until it arrives (no blank flash
        between two lists); replies to anything asked before are dropped from now on."""
        self._token += 1
        self._refreshing = False
        self._pending, self._pending_all = None, False
        self._asked.clear()
        self._set_loading(True)
        token = self._token
        if self._search_text:
            text, search = self._search_text, self._search
            call: Callable[[Session], Listing] = lambda session: search(session, text)  # noqa: E731
        else:
            query, list_keys = self._query, self._list_keys
            call = lambda session: list_keys(session, query)  # noqa: E731
        self._runner.submit(call, partial(self._listed, token), partial(self._failed, token))

    def clear(self) -> None:
        """Drop every key and row (on lock) without asking for new ones."""
        self._reset(())
        self._set_loading(False)

    def _reset(self, keys: Iterable[int]) -> None:
        self._token += 1
        self.beginResetModel()
        self._keys = array("q", keys)
        self._rows.clear()
        self._asked.clear()
        self._wanted.clear()
        self._overdue = 0
        self._any_case = True
        self._refreshing = False
        self._pending, self._pending_all = None, False
        self.endResetModel()

    def _listed(self, token: int, listing: Listing) -> None:
        if token != self._token:
            return
        self._reset(listing.keys)
        self._overdue, self._any_case = listing.overdue, listing.any_case
        self._store_rows(listing.rows)
        self._set_loading(False)
        self.listed.emit()
        self.counts_changed.emit()

    def _failed(self, token: int, error: OperationError) -> None:
        if token != self._token:
            return
        self._refreshing = False
        self._set_loading(False)
        self.load_failed.emit(error)

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    # --- windows of rows -------------------------------------------------------------------
    def row_at(self, row: int) -> CaseRow | None:
        """The row at ``row`` if it has been read (None while its window is on its way)."""
        key = self._keys[row]
        found = self._rows.get(key)
        if found is None:
            self._want(row)
        else:
            self._rows.move_to_end(key)
        return found

    def key_at(self, row: int) -> int:
        return self._keys[row]

    def row_of_key(self, key: int) -> int | None:
        try:
            return self._keys.index(key)
        except ValueError:
            return None

    def _want(self, row: int) -> None:
        if self._keys[row] in self._asked:
            return
        self._wanted.add(row // self._window)
        if not self._fetch_timer.isActive():
            self._fetch_timer.start()

    def _fetch_windows(self) -> None:
        """Fetch the windows the view asked for and one on each side, in one call."""
        if not self._wanted or self._runner.actor is None:
            self._wanted.clear()
            return
        last = (len(self._keys) - 1) // self._window
        windows = {n for w in self._wanted for n in (w - 1, w, w + 1) if 0 <= n <= last}
        self._wanted.clear()
        keys = [key for w in sorted(windows)
                for key in self._keys[w * self._window:(w + 1) * self._window]
                if key not in self._rows and key not in self._asked]
        if not keys:
            return
        self._asked.update(keys)
        token, list_rows = self._token, self._list_rows
        self._runner.submit(lambda session: list_rows(session, keys),
                            partial(self._rows_arrived, token, keys),
                            partial(self._failed, token))

    def _rows_arrived(self, token: int, keys: list[int], rows: list[ListRow]) -> None:
        if token != self._token:
            return
        self._store_rows(rows)
        self._asked.difference_update(row.key for row in rows)
        # Keys with no row stay "asked": gone or out of sight until the next refresh.
        if self._keys:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._keys) - 1,
                                                               len(COLUMN_SORTS) - 1))

    def _store_rows(self, rows: Iterable[ListRow]) -> None:
        for row in rows:
            self._rows[row.key] = CaseRow.from_row(row)
            self._rows.move_to_end(row.key)
        while len(self._rows) > self._cache_rows:
            self._rows.popitem(last=False)

    # --- changes, read in place ------------------------------------------------------------
    def _on_changed(self, changes: object) -> None:
        if self._runner.actor is None or not isinstance(changes, Changes):
            return
        if not changes.case_ids and not changes.record_kinds:
            return  # users, not cases
        if self._loading:
            # The list on its way reads the change: the worker runs calls in order, so a
            # change announced while the list is asked for was made before it is read.
            return
        if changes.case_ids:
            self._pending = (self._pending or set()) | set(changes.case_ids)
        else:
            self._pending_all = True
        if not self._refreshing:
            self._start_refresh()

    def _start_refresh(self) -> None:
        named = self._pending or set()
        every_row = self._pending_all
        self._pending, self._pending_all = None, False
        if every_row:  # re-read the rows shown last, drop the others
            shown = list(self._rows)[-3 * self._window:]
            named |= {self._rows[key].case_id for key in shown}
            for key in list(self._rows)[:-3 * self._window]:
                del self._rows[key]
        self._refreshing = True
        token, old = self._token, self._keys
        text, search, query, refresh = (self._search_text, self._search, self._query,
                                        self._refresh_call)
        # The keys that may have moved: the named cases' (a case gone from the store is
        # known here only if its row is held). None: anything may have moved.
        held = {key for key, row in self._rows.items() if row.case_id in named}
        hinted = not every_row

        def call(session: Session) -> tuple[Listing, KeyDiff]:
            listing = search(session, text) if text else refresh(session, query, named)
            moved = held | listing.named_keys if hinted else set()
            return listing, diff_keys(old, listing.keys, moved)

        self._runner.submit(call, partial(self._refresh_arrived, token, old, named),
                            partial(self._failed, token))

    def _refresh_arrived(self, token: int, old: array[int], named: set[str],
                         reply: tuple[Listing, KeyDiff]) -> None:
        if token != self._token or old is not self._keys:
            return
        listing, diff = reply
        stale = [key for key, row in self._rows.items() if row.case_id in named]
        for key in stale:
            del self._rows[key]
        self._asked.clear()
        self._store_rows(listing.rows)
        self.about_to_refresh.emit()
        if diff.runs > MAX_RUNS:  # the rows held stay; the view restores its place
            self.beginResetModel()
            self._keys = array("q", listing.keys)
            self.endResetModel()
        else:
            self._apply(diff, listing.keys)
        self._overdue, self._any_case = listing.overdue, listing.any_case
        self.refreshed.emit()
        self.counts_changed.emit()
        if self._keys:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._keys) - 1,
                                                               len(COLUMN_SORTS) - 1))
        self._refreshing = False
        if self._pending is not None or self._pending_all:
            self._start_refresh()

    def _apply(self, diff: KeyDiff, new: array[int]) -> None:
        keys = array("q", self._keys)  # a copy: a call on the worker may hold the old one
        self._keys = keys
        root = QModelIndex()
        for first, last in diff.removed:
            self.beginRemoveRows(root, first, last)
            for key in keys[first:last + 1]:
                self._rows.pop(key, None)
            del keys[first:last + 1]
            self.endRemoveRows()
        if diff.reordered:
            self.layoutAboutToBeChanged.emit()
            moved = [(index, keys[index.row()]) for index in self.persistentIndexList()]
            keys[:] = diff.kept
            for index, key in moved:
                self.changePersistentIndex(index, self.index(keys.index(key), index.column()))
            self.layoutChanged.emit()
        for key, after in diff.moves:
            source = keys.index(key)
            before = 0 if after is None else keys.index(after) + 1  # in the numbering now
            if before in (source, source + 1):
                continue  # already there
            self.beginMoveRows(root, source, source, root, before)
            del keys[source]
            keys.insert(before - 1 if before > source else before, key)
            self.endMoveRows()
        for first, last in diff.inserted:
            self.beginInsertRows(root, first, last)
            keys[first:first] = new[first:last + 1]
            self.endInsertRows()

    # --- sorting -----------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the list by a column (the store sorts; search hits keep their relevance)."""
        if not 0 <= column < len(COLUMN_SORTS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        query = replace(self._query, sort=COLUMN_SORTS[column], descending=descending)
        if query == self._query:
            return
        self._query = query
        if not self._search_text:
            self.reload()

    # --- table model -----------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMN_SORTS)

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        if role not in _ROLES_ANSWERED or not index.isValid():
            return None  # most of the delegate's questions (alignment, colours, check state)
        number = index.row()
        if not 0 <= number < len(self._keys):
            return None
        if role == KEY_ROLE:
            return self._keys[number]
        row = self.row_at(number)
        column = index.column()
        if row is None:
            return self.tr("Loading…") if role == _DISPLAY and column == NUMBER else None
        if role == _DISPLAY:
            return self._cell(row, column)
        if role == CASE_ID_ROLE:
            return row.case_id
        if role == DIRECTION_ROLE:
            rtl = column == NAME and is_right_to_left(row.display_name)
            return Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        if role == _FONT and ((column == RISK and row.risk in _URGENT_RISKS)
                              or (column == DUE and row.due == "overdue")):
            return self._bold
        if role == _DECORATION and column == DUE and row.due == "overdue":
            return self._warning_icon()
        if role == _TOOL_TIP and column == CHANGED and row.changed_ms:
            return moment_words(self._changed_at(row))
        if role == _TOOL_TIP and column == DUE and row.due == "overdue":
            return self.tr("Overdue: the earliest open task was due on {date}").format(
                date=day_words(row.next_due))
        return None

    def _cell(self, row: CaseRow, column: int) -> str:
        if column == NUMBER:
            return row.case_number
        if column == NAME:
            return row.display_name
        if column == STATUS:
            if row.matched:
                return self.tr("{status} · matched on {what}").format(
                    status=code_name("status", row.status), what=self._matched(row.matched))
            return code_name("status", row.status)
        if column == STAGE:
            return code_name("stage", row.stage)
        if column == RISK:
            return code_name("risk", row.risk)
        if column == DUE:
            return self._due(row)
        if column == CHANGED and row.changed_ms:
            return day_words(self._changed_at(row).toLocalTime().date())
        return ""

    @staticmethod
    def _changed_at(row: CaseRow) -> QDateTime:
        return QDateTime.fromMSecsSinceEpoch(row.changed_ms)

    def _due(self, row: CaseRow) -> str:
        if row.due == "overdue":
            return self.tr("Overdue · {date}").format(date=day_words(row.next_due))
        if row.due == "today":
            return self.tr("Today · {date}").format(date=day_words(row.next_due))
        return day_words(row.next_due)

    def _matched(self, matched: str) -> str:
        return {"case_number": self.tr("case number"), "phone": self.tr("phone number"),
                "document": self.tr("document number")}.get(matched, self.tr("name"))

    def _warning_icon(self) -> QIcon:
        if self._warning is None:
            style = QApplication.style()
            self._warning = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._warning

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(COLUMN_SORTS)):
            return self.headers()[section]
        return None

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Case number"), self.tr("Name"), self.tr("Status"), self.tr("Stage"),
                self.tr("Risk"), self.tr("Next due"), self.tr("Last change"))
