"""The case list model: keyset pages through the runner, search hits, stale replies dropped."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from fieldcase.services.session import Session
from fieldcase.storage.case_list import CaseFilter, CaseSummary, Cursor, Page
from fieldcase.storage.search_index import SearchHit
from fieldcase.ui.case_list_model import CASE_ID_ROLE, DIRECTION_ROLE, CaseListModel
from fieldcase.ui.case_rows import NAME, RISK, STATUS, CaseRow, is_right_to_left
from fieldcase.ui.operations import OperationRunner, SynchronousRunner

from .test_operations import FakeSession, fake_opener


def summary(n: int, name: str = "") -> CaseSummary:
    return CaseSummary(f"id-{n}", f"FC-TEST-{n:06d}", name or f"Person {n}", "LAMP-01",
                       "case_plan", "transit", None, n % 5 - 1, n % 7 == 0, None, f"hlc-{n}")


@dataclass
class FakePages:
    """A list service over ``total`` rows; the cursor is the index of the next row."""

    total: int
    requests: list[tuple[CaseFilter, Cursor | None, int]]

    def __call__(self, _session: Session, case_filter: CaseFilter, cursor: Cursor | None,
                 limit: int) -> Page:
        self.requests.append((case_filter, cursor, limit))
        start = cursor.values[0] if cursor else 0
        rows = tuple(summary(n) for n in range(start, min(start + limit, self.total)))
        more = start + limit < self.total
        return Page(rows, Cursor((start + limit,)) if more else None)


def fake_search(_session: Session, text: str, limit: int) -> list[SearchHit]:
    hit = SearchHit("id-7", "FC-TEST-000007", "محمد علي", "LAMP-01", "open", "transit", None,
                    2, True, None, "hlc-7", matched="name")
    return [hit][:limit] if text else []


def make_model(runner: SynchronousRunner, total: int, page_size: int = 10
               ) -> tuple[CaseListModel, FakePages]:
    pages = FakePages(total, [])
    runner.open_session(fake_opener(FakeSession()))
    return CaseListModel(runner, page_size=page_size, list_page=pages, search=fake_search), pages


def test_pages_load_on_fetch_more_until_the_list_is_exhausted(
        sync_runner: SynchronousRunner) -> None:
    model, pages = make_model(sync_runner, total=25)
    model.set_filter(CaseFilter(site="LAMP-01"))
    assert model.rowCount() == 10
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 25
    assert not model.canFetchMore(QModelIndex())
    assert [cursor for _filter, cursor, _limit in pages.requests] == \
        [None, Cursor((10,)), Cursor((20,))]
    assert {f for f, _c, _l in pages.requests} == {CaseFilter(site="LAMP-01")}
    assert len({model.index(r, 0).data(CASE_ID_ROLE) for r in range(25)}) == 25


def test_columns_show_words_not_codes(sync_runner: SynchronousRunner) -> None:
    model, _pages = make_model(sync_runner, total=5)
    model.set_filter(CaseFilter())
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert headers == ["Case number", "Name", "Status", "Stage", "Risk", "Next due"]
    row = [model.index(3, c).data() for c in range(6)]
    assert row == ["FC-TEST-000003", "Person 3", "case plan", "transit", "high", ""]
    assert model.index(0, RISK).data() == ""  # rank -1: not screened
    assert model.index(3, RISK).data(Qt.ItemDataRole.FontRole).bold()


def test_search_replaces_the_list_and_an_empty_search_brings_it_back(
        sync_runner: SynchronousRunner) -> None:
    model, _pages = make_model(sync_runner, total=25)
    model.set_filter(CaseFilter())
    model.set_search("  mohammed ")
    assert model.search_text == "mohammed"
    assert model.rowCount() == 1
    assert not model.canFetchMore(QModelIndex())
    assert model.index(0, STATUS).data() == "open"
    assert model.index(0, NAME).data(DIRECTION_ROLE) == Qt.LayoutDirection.RightToLeft
    assert model.index(0, 0).data(DIRECTION_ROLE) == Qt.LayoutDirection.LeftToRight
    model.set_search("")
    assert model.rowCount() == 10


def test_a_reply_to_an_earlier_query_is_dropped(qtbot: QtBot,
                                                runner: OperationRunner) -> None:
    pages = FakePages(100, [])
    with qtbot.waitSignal(runner.session_opened):
        runner.open_session(fake_opener(FakeSession()))
    model = CaseListModel(runner, page_size=10, list_page=pages, search=fake_search)
    model.set_filter(CaseFilter())
    model.set_search("mohammed")  # before the first page arrives
    qtbot.waitUntil(lambda: not runner.busy)
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "FC-TEST-000007"


def test_lock_clears_the_rows(sync_runner: SynchronousRunner) -> None:
    model, _pages = make_model(sync_runner, total=25)
    model.set_filter(CaseFilter())
    sync_runner.close_session()
    assert model.rowCount() == 0
    assert not model.canFetchMore(QModelIndex())


def test_a_failed_page_is_reported_and_not_retried(sync_runner: SynchronousRunner) -> None:
    def broken(*_args: object) -> Page:
        raise OSError("disk I/O error")

    sync_runner.open_session(fake_opener(FakeSession()))
    model = CaseListModel(sync_runner, list_page=broken, search=fake_search)
    failures: list[object] = []
    model.load_failed.connect(failures.append)
    model.set_filter(CaseFilter())
    assert len(failures) == 1
    assert not model.canFetchMore(QModelIndex()) and not model.loading


def test_text_direction_follows_the_first_strong_character() -> None:
    assert is_right_to_left("محمد Ali")
    assert not is_right_to_left("Ali محمد")
    assert not is_right_to_left("ሰላም")  # Ge'ez is written left to right
    assert not is_right_to_left("123")
    assert is_right_to_left("12 فاطمة")
    assert CaseRow.from_summary(summary(4)).risk == "critical"


def test_pages_over_a_real_profile(qtbot: QtBot, runner: OperationRunner,
                                   opener: Callable[[], Session]) -> None:
    with qtbot.waitSignal(runner.session_opened, timeout=10_000):
        runner.open_session(opener)
    model = CaseListModel(runner, page_size=50)
    with qtbot.waitSignal(model.page_loaded, timeout=10_000) as first:
        model.set_filter(CaseFilter())
    assert first.args == [50] and model.rowCount() == 50
    while model.canFetchMore(QModelIndex()):
        with qtbot.waitSignal(model.page_loaded, timeout=10_000):
            model.fetchMore(QModelIndex())
    case_ids = {model.index(r, 0).data(CASE_ID_ROLE) for r in range(model.rowCount())}
    assert model.rowCount() == 300 and len(case_ids) == 300
    with qtbot.waitSignal(model.page_loaded, timeout=10_000):
        model.set_filter(CaseFilter(review_only=True))
    assert 0 < model.rowCount() <= 50
