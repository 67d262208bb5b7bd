"""The main window over a real (encrypted, synthetic) profile, on the offscreen platform."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from fieldcase.domain.policy import Actor
from fieldcase.services.session import Session
from fieldcase.storage.connection import open_connection_count
from fieldcase.ui.case_list_model import CASE_ID_ROLE
from fieldcase.ui.case_rows import NAME, CaseRow
from fieldcase.ui.idle import IdleWatch
from fieldcase.ui.main_window import MainWindow
from fieldcase.ui.operations import OperationRunner
from fieldcase.ui.search_bar import ListChoice, SearchBar

WAIT = 10_000


def open_session(qtbot: QtBot, runner: OperationRunner, opener: Callable[[], Session]) -> Actor:
    with qtbot.waitSignal(runner.session_opened, timeout=WAIT):
        runner.open_session(opener)
    assert runner.actor is not None
    return runner.actor


@pytest.fixture
def window(qtbot: QtBot, runner: OperationRunner,
           opener: Callable[[], Session]) -> Iterator[MainWindow]:
    actor = open_session(qtbot, runner, opener)
    main = MainWindow(runner, actor)
    qtbot.addWidget(main)
    main.lock_requested.connect(runner.close_session)
    main.show()
    qtbot.waitUntil(lambda: main.model.rowCount() > 0 and not runner.busy, timeout=WAIT)
    yield main
    main.idle_watch.stop()


def row(qtbot: QtBot, window: MainWindow, position: int) -> CaseRow:
    """The row at ``position`` once its window has been read."""
    window.model.index(position, 0).data()
    qtbot.waitUntil(lambda: window.model.row_at(position) is not None, timeout=WAIT)
    found = window.model.row_at(position)
    assert found is not None
    return found


def names_in(qtbot: QtBot, window: MainWindow) -> list[str]:
    return [row(qtbot, window, r).display_name for r in range(window.model.rowCount())]


def test_a_supervisor_starts_on_every_case_of_the_laptop(window: MainWindow) -> None:
    assert window.search_bar.choice is ListChoice.ALL
    assert window.model.rowCount() > 0
    count = window.model.rowCount()
    assert window.count_label.text() == f"{count} cases · {window.model.overdue} overdue"


def test_searching_narrows_the_list(qtbot: QtBot, window: MainWindow,
                                    runner: OperationRunner) -> None:
    before = window.model.rowCount()
    target = row(qtbot, window, 0)
    with qtbot.waitSignal(window.model.listed, timeout=WAIT):
        qtbot.keyClicks(window.search_bar.search_box, target.case_number)
        qtbot.keyClick(window.search_bar.search_box, Qt.Key.Key_Return)
    assert window.model.rowCount() == 1
    assert row(qtbot, window, 0).case_id == target.case_id
    with qtbot.waitSignal(window.model.listed, timeout=WAIT):
        window.search_bar.search_box.setText(target.display_name.split()[0])
        qtbot.keyClick(window.search_bar.search_box, Qt.Key.Key_Return)
    found = [row(qtbot, window, r).case_id for r in range(window.model.rowCount())]
    assert target.case_id in found
    assert window.count_label.text() == f"{len(found)} found"
    with qtbot.waitSignal(window.model.listed, timeout=WAIT):
        window.search_bar.search_box.selectAll()
        qtbot.keyClick(window.search_bar.search_box, Qt.Key.Key_Delete)
    assert window.model.rowCount() == before


def test_the_filter_switches_lists(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.model.listed, timeout=WAIT):
        window.search_bar.filter_box.setCurrentIndex(
            list(ListChoice).index(ListChoice.REVIEW_QUEUE))
    assert window.model.query.review_only
    assert all(row(qtbot, window, r).review for r in range(window.model.rowCount()))


def test_enter_on_a_selected_row_opens_the_case(qtbot: QtBot, window: MainWindow) -> None:
    third = row(qtbot, window, 2)
    window.case_list.setCurrentIndex(window.model.index(2, NAME))
    qtbot.keyClick(window.case_list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: third.case_number in window.detail.shown_text(), timeout=WAIT)
    text = window.detail.shown_text()
    for heading in ("Person", "Case", "Journey", "Latest screening"):
        assert heading in text
    assert third.display_name in text
    assert window.detail.case_id == window.model.index(2, 0).data(CASE_ID_ROLE)


def test_the_window_title_never_names_a_person(qtbot: QtBot, window: MainWindow) -> None:
    first = row(qtbot, window, 0)
    window.detail.show_case(first.case_id)
    qtbot.waitUntil(lambda: first.case_number in window.detail.shown_text(), timeout=WAIT)
    title = window.windowTitle()
    assert title == "FieldCase — LAMP-01"
    for name in names_in(qtbot, window):
        assert all(part not in title for part in name.split() if len(part) > 2)


def test_lock_closes_the_session_and_empties_the_panels(
        qtbot: QtBot, window: MainWindow, runner: OperationRunner) -> None:
    window.detail.show_case(row(qtbot, window, 0).case_id)
    qtbot.waitUntil(lambda: window.detail.shown is not None and not runner.busy,
                    timeout=WAIT)
    assert open_connection_count() == 1
    with qtbot.waitSignal(runner.session_closed, timeout=WAIT):
        window.registry["lock"].trigger()
    assert open_connection_count() == 0
    assert runner.actor is None
    assert window.model.rowCount() == 0
    assert window.detail.case_id is None


def test_auto_lock_fires_after_the_injected_idle_timeout(
        qtbot: QtBot, runner: OperationRunner, opener: Callable[[], Session]) -> None:
    actor = open_session(qtbot, runner, opener)
    main = MainWindow(runner, actor, idle_timeout=timedelta(milliseconds=50))
    qtbot.addWidget(main)
    main.lock_requested.connect(runner.close_session)
    with qtbot.waitSignal(runner.session_closed, timeout=WAIT):
        main.show()
    assert open_connection_count() == 0
    assert not main.idle_watch.active


def test_the_idle_watch_stays_quiet_once_stopped(qtbot: QtBot) -> None:
    watch = IdleWatch(timedelta(milliseconds=20))
    watch.start()
    assert watch.active
    watch.stop()
    with qtbot.assertNotEmitted(watch.idle, wait=100):
        pass
    with pytest.raises(ValueError, match="positive"):
        IdleWatch(timedelta(0))


def test_the_search_box_waits_for_a_pause_and_clearing_returns_to_the_list(
        qtbot: QtBot) -> None:
    bar = SearchBar(debounce_ms=10)
    qtbot.addWidget(bar)
    requests: list[str] = []
    bar.search_requested.connect(requests.append)
    with qtbot.waitSignal(bar.search_requested):
        qtbot.keyClicks(bar.search_box, "amina")
    assert requests == ["amina"]  # one search for five keystrokes
    bar.search_box.clear()  # what the clear button does
    assert requests == ["amina", ""]
    bar.search_box.clear()
    assert requests == ["amina", ""]  # already showing the list: nothing to ask for
    with qtbot.waitSignal(bar.filter_chosen) as chosen:
        bar.filter_box.setCurrentIndex(list(ListChoice).index(ListChoice.MY_CASES))
    assert chosen.args == [ListChoice.MY_CASES]
