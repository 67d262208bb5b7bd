"""The windowed case list model: the whole list's keys up front, rows by window, changes
applied in place, search through the same model, stale replies dropped.

The store here is a small in-memory stand-in (``FakeList``) that records which rows each
call read, so a test can say "only the named rows were read again".
"""

from __future__ import annotations

from array import array
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field, replace

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from fieldcase.services.case_lists import CaseQuery, Listing, ListRow, SortKey
from fieldcase.services.changes import Changes
from fieldcase.services.session import Session
from fieldcase.ui import case_list_model
from fieldcase.ui.case_list_model import (
    CASE_ID_ROLE,
    DIRECTION_ROLE,
    KEY_ROLE,
    CaseListModel,
)
from fieldcase.ui.case_list_view import CaseListView
from fieldcase.ui.case_rows import DUE, NAME, NUMBER, RISK, STATUS, CaseRow, is_right_to_left
from fieldcase.ui.operations import OperationRunner, SynchronousRunner

from .test_operations import FakeSession, fake_opener

WINDOW = 50


def list_row(key: int, name: str = "", *, status: str = "case_plan", risk_rank: int = -1,
             due: str = "", next_due_on: str | None = None, matched: str = "") -> ListRow:
    return ListRow(key, f"id-{key}", f"FC-TEST-{key:06d}", name or f"Person {key}", status,
                   "transit", risk_rank, False, next_due_on, due,
                   f"{key:012x}-00000000-dev", matched)


@dataclass
class FakeList:
    """A list service over rows kept in memory: the keys are the rows with status other than
    "closed", ordered by their sort value (descending when the query says so)."""

    rows: dict[int, ListRow]
    sort_value: dict[int, int] = field(default_factory=dict)  # a key's sort value, else itself
    row_reads: list[list[int]] = field(default_factory=list)
    refreshes: list[set[str]] = field(default_factory=list)
    key_reads: int = 0

    def keys(self, query: CaseQuery) -> array[int]:
        shown = sorted((k for k, r in self.rows.items() if r.status != "closed"),
                       key=lambda k: self.sort_value.get(k, k), reverse=query.descending)
        return array("q", shown)

    def list_keys(self, _session: Session, query: CaseQuery) -> Listing:
        self.key_reads += 1
        keys = self.keys(query)
        return Listing(keys, sum(1 for k in keys if self.rows[k].due == "overdue"), (),
                       bool(self.rows))

    def list_rows(self, _session: Session, keys: Collection[int]) -> list[ListRow]:
        self.row_reads.append(sorted(keys))
        return [self.rows[k] for k in keys if k in self.rows]

    def refresh(self, session: Session, query: CaseQuery, case_ids: Collection[str]
                ) -> Listing:
        self.refreshes.append(set(case_ids))
        listing = self.list_keys(session, query)
        named = [r for r in self.rows.values() if r.case_id in case_ids and r.key in
                 set(listing.keys)]
        return replace(listing, rows=tuple(named))

    def search(self, _session: Session, text: str) -> Listing:
        hits = [r for r in self.rows.values() if text.lower() in r.display_name.lower()]
        return Listing(array("q", (r.key for r in hits)), 0, tuple(hits), True)


def make_model(runner: SynchronousRunner | OperationRunner, fake: FakeList,
               cache_rows: int = 1000) -> CaseListModel:
    return CaseListModel(runner, window=WINDOW, cache_rows=cache_rows,
                         list_keys=fake.list_keys, list_rows=fake.list_rows,
                         refresh=fake.refresh, search=fake.search)


@pytest.fixture
def fake() -> FakeList:
    return FakeList({k: list_row(k) for k in range(1, 10_001)})


@pytest.fixture
def model(sync_runner: SynchronousRunner, fake: FakeList) -> Iterator[CaseListModel]:
    sync_runner.open_session(fake_opener(FakeSession()))
    listed = make_model(sync_runner, fake)
    listed.set_query(CaseQuery())
    yield listed


def show(qtbot: QtBot, model: CaseListModel, row: int) -> CaseRow:
    """Ask for a row as a view painting it does, and wait for its window."""
    model.index(row, 0).data()
    qtbot.waitUntil(lambda: model.row_at(row) is not None, timeout=2000)
    found = model.row_at(row)
    assert found is not None
    return found


def test_the_whole_list_is_counted_from_the_start_and_read_by_window(
        qtbot: QtBot, model: CaseListModel, fake: FakeList) -> None:
    assert model.rowCount() == 10_000 and fake.key_reads == 1
    assert fake.row_reads == []  # no row read before one is shown
    assert model.index(0, NUMBER).data() == "Loading…"
    assert show(qtbot, model, 0).case_number == "FC-TEST-010000"
    assert fake.row_reads == [list(range(10_000 - 2 * WINDOW + 1, 10_001))]  # and one more


def test_jumping_to_the_end_costs_one_window(qtbot: QtBot, model: CaseListModel,
                                             fake: FakeList) -> None:
    show(qtbot, model, 0)
    fake.row_reads.clear()
    for row in range(9_990, 10_000):  # what a view shows at the end asks for these
        model.index(row, NAME).data()
    qtbot.waitUntil(lambda: model.row_at(9_999) is not None, timeout=2000)
    assert len(fake.row_reads) == 1
    assert len(fake.row_reads[0]) == 2 * WINDOW  # the last window and the one before it
    assert model.index(9_999, NAME).data() == "Person 1"


def test_far_windows_are_dropped(qtbot: QtBot, sync_runner: SynchronousRunner,
                                 fake: FakeList) -> None:
    sync_runner.open_session(fake_opener(FakeSession()))
    model = make_model(sync_runner, fake, cache_rows=3 * WINDOW)
    model.set_query(CaseQuery())
    for row in (0, 2_000, 4_000, 6_000, 8_000):
        show(qtbot, model, row)
    held = sum(1 for row in range(10_000) if model._rows.get(model.key_at(row)))
    assert held <= 3 * WINDOW
    assert show(qtbot, model, 0).case_number == "FC-TEST-010000"  # read again when needed


def test_a_change_updates_the_named_rows_in_place_and_keeps_the_selection(
        qtbot: QtBot, model: CaseListModel, fake: FakeList) -> None:
    for row in range(0, 5):
        show(qtbot, model, row)
    selected = QPersistentModelIndex(model.index(3, NAME))  # key 9997
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    fake.row_reads.clear()
    # 9999 closes (leaves the list), 10001 is new (first, descending), 9998 is renamed.
    fake.rows[9_999] = replace(fake.rows[9_999], status="closed")
    fake.rows[10_001] = list_row(10_001)
    fake.rows[9_998] = replace(fake.rows[9_998], display_name="Renamed")
    sync_runner_changed(model, {"id-9999", "id-10001", "id-9998"})

    assert resets == []
    assert fake.refreshes == [{"id-9999", "id-10001", "id-9998"}]
    assert fake.row_reads == []  # the named rows came with the keys; nothing else re-read
    assert [model.key_at(r) for r in range(4)] == [10_001, 10_000, 9_998, 9_997]
    assert model.index(2, NAME).data() == "Renamed"
    assert model.index(1, NAME).data() == "Person 10000"  # held, not re-read
    assert selected.isValid() and selected.row() == 3
    assert model.index(selected.row(), 0).data(CASE_ID_ROLE) == "id-9997"
    assert model.rowCount() == 10_000


def sync_runner_changed(model: CaseListModel, case_ids: set[str]) -> None:
    model._runner.changed.emit(Changes(frozenset(case_ids), frozenset({"case"})))


def test_a_change_that_names_no_case_re_reads_the_rows_held(
        qtbot: QtBot, model: CaseListModel, fake: FakeList) -> None:
    show(qtbot, model, 0)
    fake.rows[10_000] = replace(fake.rows[10_000], display_name="Changed by a sync")
    model._runner.changed.emit(Changes(record_kinds=frozenset({"sync"})))
    assert model.index(0, NAME).data() == "Changed by a sync"
    model._runner.changed.emit(Changes(users=True))
    assert len(fake.refreshes) == 1  # a change of users is not a change of cases


def test_a_reordering_change_moves_the_selected_row_with_its_case(
        qtbot: QtBot, model: CaseListModel, fake: FakeList) -> None:
    show(qtbot, model, 0)
    selection = QItemSelectionModel(model)
    selection.setCurrentIndex(model.index(2, 0), QItemSelectionModel.SelectionFlag.Select)
    fake.sort_value[9_998] = 20_000  # its sort key changed: it is first now
    sync_runner_changed(model, {"id-9998"})
    assert [model.key_at(r) for r in range(3)] == [9_998, 10_000, 9_999]
    assert selection.currentIndex().row() == 0
    assert selection.currentIndex().data(KEY_ROLE) == 9_998


def test_columns_show_words_an_icon_for_overdue_and_a_bold_risk(
        qtbot: QtBot, sync_runner: SynchronousRunner) -> None:
    fake = FakeList({1: list_row(1, risk_rank=3, due="overdue", next_due_on="2026-11-20"),
                     2: list_row(2, due="today", next_due_on="2026-11-30")})
    sync_runner.open_session(fake_opener(FakeSession()))
    model = make_model(sync_runner, fake)
    model.set_query(CaseQuery())
    show(qtbot, model, 0)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
    assert headers == ["Case number", "Name", "Status", "Stage", "Risk", "Next due",
                       "Last change"]
    late = [model.index(1, c).data() for c in range(6)]
    assert late == ["FC-TEST-000001", "Person 1", "Case plan", "Transit", "Critical",
                    "Overdue · 20/11/2026"]
    assert not model.index(1, DUE).data(Qt.ItemDataRole.DecorationRole).isNull()
    assert model.index(1, RISK).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(0, DUE).data() == "Today · 30/11/2026"
    assert model.index(0, DUE).data(Qt.ItemDataRole.DecorationRole) is None
    assert model.overdue == 1


def test_the_roles_the_list_does_not_draw_are_answered_none_without_reading_a_row(
        qtbot: QtBot, sync_runner: SynchronousRunner) -> None:
    """A painted cell is asked about eight roles; those the list has nothing for (alignment,
    colours, check state...) return at once (``_ROLES_ANSWERED``), and the others answer the
    same whether the role comes as Qt's enum or as the int a view passes."""
    fake = FakeList({1: list_row(1, risk_rank=3, due="overdue", next_due_on="2026-11-20"),
                     2: list_row(2)})
    sync_runner.open_session(fake_opener(FakeSession()))
    model = make_model(sync_runner, fake)
    model.set_query(CaseQuery())
    drawn = {Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.FontRole,
             Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole}
    others = [role for role in Qt.ItemDataRole if role not in drawn
              and role < Qt.ItemDataRole.UserRole]
    assert Qt.ItemDataRole.TextAlignmentRole in others
    for role in others:
        assert model.index(0, RISK).data(role) is None
    assert fake.row_reads == []  # nothing but the drawn roles asks for a row
    show(qtbot, model, 1)
    for column in range(model.columnCount()):
        for role in others:
            assert model.data(model.index(1, column), role) is None
            assert model.data(model.index(1, column), int(role)) is None
    for role in drawn:
        for column in range(model.columnCount()):
            index = model.index(1, column)
            assert model.data(index, role) == model.data(index, int(role)) \
                or role == Qt.ItemDataRole.DecorationRole  # an icon equals no other icon
    assert model.data(model.index(1, RISK), int(Qt.ItemDataRole.FontRole)).bold()
    assert model.data(model.index(1, DUE), int(Qt.ItemDataRole.DecorationRole)) is not None
    assert model.data(model.index(1, DUE), int(Qt.ItemDataRole.ToolTipRole)).startswith(
        "Overdue")


def test_the_delegate_lays_each_cell_out_as_the_model_says_asking_only_about_names(
        qtbot: QtBot, sync_runner: SynchronousRunner) -> None:
    """In a right-to-left interface an Arabic name runs right to left and every other cell
    left to right, as each cell's ``DIRECTION_ROLE`` says; the delegate asks the model only
    for the name column (the rest are known)."""
    fake = FakeList({1: list_row(1, "محمد علي"), 2: list_row(2, "Amina")})
    sync_runner.open_session(fake_opener(FakeSession()))
    model = make_model(sync_runner, fake)
    model.set_query(CaseQuery())
    view = CaseListView(model)
    qtbot.addWidget(view)
    show(qtbot, model, 0)
    delegate = view.itemDelegate()
    assert isinstance(delegate, QStyledItemDelegate)
    directions = {}
    for row in range(2):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            option = QStyleOptionViewItem()
            option.direction = Qt.LayoutDirection.RightToLeft  # the interface's, in Arabic
            delegate.initStyleOption(option, index)
            assert option.direction == index.data(DIRECTION_ROLE), (row, column)
            assert option.displayAlignment == (Qt.AlignmentFlag.AlignLeading
                                               | Qt.AlignmentFlag.AlignVCenter)
            directions[model.data(index), column] = option.direction
    assert directions["محمد علي", NAME] == Qt.LayoutDirection.RightToLeft
    assert directions["Amina", NAME] == Qt.LayoutDirection.LeftToRight
    assert directions["FC-TEST-000001", NUMBER] == Qt.LayoutDirection.LeftToRight


def test_search_hits_come_through_the_same_model_with_their_rows(
        qtbot: QtBot, sync_runner: SynchronousRunner) -> None:
    fake = FakeList({1: list_row(1, "محمد علي", matched="name"),
                     2: list_row(2, "Amina", matched="phone")})
    sync_runner.open_session(fake_opener(FakeSession()))
    model = make_model(sync_runner, fake)
    model.set_query(CaseQuery())
    model.set_search("  amina ")
    assert model.search_text == "amina"
    assert model.rowCount() == 1 and fake.row_reads == []
    assert model.index(0, STATUS).data() == "Case plan · matched on phone number"
    model.set_search("محمد")
    assert model.index(0, NAME).data(DIRECTION_ROLE) == Qt.LayoutDirection.RightToLeft
    assert model.index(0, 0).data(DIRECTION_ROLE) == Qt.LayoutDirection.LeftToRight
    model.sort(NAME, Qt.SortOrder.AscendingOrder)  # remembered for the list; hits stay ranked
    assert model.rowCount() == 1 and model.query.sort is SortKey.NAME
    model.set_search("")
    assert model.rowCount() == 2


def test_sorting_asks_the_store_for_the_list_in_the_new_order(
        qtbot: QtBot, model: CaseListModel, fake: FakeList) -> None:
    model.sort(NUMBER, Qt.SortOrder.AscendingOrder)
    assert model.query.sort is SortKey.CASE_NUMBER and not model.query.descending
    assert model.key_at(0) == 1 and fake.key_reads == 2
    model.sort(NUMBER, Qt.SortOrder.AscendingOrder)
    assert fake.key_reads == 2  # the same order: nothing to ask


def test_a_reply_to_an_earlier_list_is_dropped(qtbot: QtBot, runner: OperationRunner,
                                               fake: FakeList) -> None:
    with qtbot.waitSignal(runner.session_opened):
        runner.open_session(fake_opener(FakeSession()))
    fake.rows[5] = list_row(5, "Mohammed Ali")
    model = make_model(runner, fake)
    model.set_query(CaseQuery())
    model.set_search("mohammed")  # before the first list arrives
    qtbot.waitUntil(lambda: not runner.busy)
    assert model.rowCount() == 1
    assert model.index(0, NAME).data() == "Mohammed Ali"


def test_lock_clears_the_keys_and_rows(qtbot: QtBot, model: CaseListModel,
                                       sync_runner: SynchronousRunner) -> None:
    show(qtbot, model, 0)
    sync_runner.close_session()
    assert model.rowCount() == 0 and model.total == 0
    assert model._rows == {}


def test_a_failed_list_is_reported(sync_runner: SynchronousRunner) -> None:
    def broken(*_args: object) -> Listing:
        raise OSError("disk I/O error")

    sync_runner.open_session(fake_opener(FakeSession()))
    model = CaseListModel(sync_runner, list_keys=broken)
    failures: list[object] = []
    model.load_failed.connect(failures.append)
    model.set_query(CaseQuery())
    assert len(failures) == 1 and not model.loading and model.rowCount() == 0


def test_text_direction_follows_the_first_strong_character() -> None:
    assert is_right_to_left("محمد Ali")
    assert not is_right_to_left("Ali محمد")
    assert not is_right_to_left("ሰላም")  # Ge'ez is written left to right
    assert not is_right_to_left("123")
    assert is_right_to_left("12 فاطمة")
    assert CaseRow.from_row(list_row(4, risk_rank=3)).risk == "critical"
    assert CaseRow.from_row(list_row(4)).changed_ms == 4


def test_an_empty_index_has_no_data(model: CaseListModel) -> None:
    assert model.data(QModelIndex()) is None


def test_a_change_too_scattered_to_apply_row_by_row_resets_and_the_view_keeps_its_place(
        qtbot: QtBot, model: CaseListModel, fake: FakeList,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(case_list_model, "MAX_RUNS", 2)
    view = CaseListView(model)
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    view.verticalScrollBar().setValue(100)
    view.setCurrentIndex(model.index(105, NAME))
    top_key, current_key = model.key_at(100), model.key_at(105)
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    for key in (9_990, 9_980, 9_970):  # three runs above the view's top
        fake.rows[key] = replace(fake.rows[key], status="closed")
    sync_runner_changed(model, {"id-9990", "id-9980", "id-9970"})
    assert resets == [1]
    assert view.currentIndex().data(KEY_ROLE) == current_key
    assert view.currentIndex().row() == 102
    assert model.key_at(view.verticalScrollBar().value()) == top_key
