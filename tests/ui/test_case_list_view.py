"""The case list in the window over a real profile: opening only on request, keyboard, views
that read what changed (rows in place, the place kept, the open case refreshed without a
second "viewed" event), filters, counts and the empty states."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from fieldcase.services import cases, profile
from fieldcase.services.changes import Changes
from fieldcase.services.session import Session
from fieldcase.storage.keyslots import KdfParams
from fieldcase.ui.case_list_model import CASE_ID_ROLE, KEY_ROLE
from fieldcase.ui.case_rows import NAME, CaseRow
from fieldcase.ui.main_window import MainWindow
from fieldcase.ui.operations import OperationRunner
from fieldcase.ui.search_bar import ListChoice

from .test_main_window import open_session

WAIT = 10_000


@pytest.fixture
def window(qtbot: QtBot, runner: OperationRunner,
           opener: Callable[[], Session]) -> Iterator[MainWindow]:
    actor = open_session(qtbot, runner, opener)
    main = MainWindow(runner, actor)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: main.model.rowCount() > 0 and not runner.busy, timeout=WAIT)
    yield main
    main.idle_watch.stop()


def row(qtbot: QtBot, window: MainWindow, position: int) -> CaseRow:
    window.model.index(position, 0).data()
    qtbot.waitUntil(lambda: window.model.row_at(position) is not None, timeout=WAIT)
    found = window.model.row_at(position)
    assert found is not None
    return found


def call(qtbot: QtBot, runner: OperationRunner, fn: Callable[[Session], Any], *,
         mutation: bool = False) -> Any:
    """Run ``fn`` on the worker like the app does, and wait for its result."""
    results: list[Any] = []
    (runner.mutate if mutation else runner.submit)(fn, results.append)
    qtbot.waitUntil(lambda: bool(results) and not runner.busy, timeout=WAIT)
    return results[0]


def views_of(qtbot: QtBot, runner: OperationRunner, case_id: str) -> int:
    return int(call(qtbot, runner, lambda s: s.store.raw.execute(
        "SELECT count(*) FROM audit_log WHERE action = 'case.view' AND case_id = ?",
        (case_id,)).fetchone()[0]))


def test_arrow_keys_select_without_opening_and_enter_or_a_double_click_opens(
        qtbot: QtBot, window: MainWindow, runner: OperationRunner) -> None:
    view = window.case_list
    view.setFocus()
    view.setCurrentIndex(window.model.index(0, NAME))
    second = row(qtbot, window, 1)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.wait(50)
    assert view.selected_case_id() == second.case_id
    assert window.detail.case_id is None and not runner.busy
    assert views_of(qtbot, runner, second.case_id) == 0
    qtbot.keyClick(view, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: window.detail.shown is not None, timeout=WAIT)
    assert window.detail.case_id == second.case_id
    assert views_of(qtbot, runner, second.case_id) == 1
    third = row(qtbot, window, 2)
    rect = view.visualRect(window.model.index(2, NAME))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.detail.case_id == third.case_id
                    and window.detail.shown is not None, timeout=WAIT)


def test_tab_leaves_the_list(qtbot: QtBot, window: MainWindow) -> None:
    view = window.case_list
    view.setFocus()
    view.setCurrentIndex(window.model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert not view.hasFocus()
    assert view.currentIndex().row() == 0 and view.currentIndex().column() == 0


def test_a_saved_edit_moves_its_row_in_place_and_the_view_keeps_its_place(
        qtbot: QtBot, window: MainWindow, runner: OperationRunner) -> None:
    model, view = window.model, window.case_list
    view.verticalScrollBar().setValue(40)
    top_key = model.index(40, 0).data(KEY_ROLE)
    view.setCurrentIndex(model.index(45, NAME))
    selected_key = view.currentIndex().data(KEY_ROLE)
    moving = row(qtbot, window, 150)
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))

    with qtbot.waitSignal(model.refreshed, timeout=WAIT):
        call(qtbot, runner, lambda s: cases.update_case(
            s, moving.case_id, {"person": {"family_name": "Renamed"}}), mutation=True)

    assert resets == []
    assert row(qtbot, window, 0).case_id == moving.case_id  # newest change first
    assert row(qtbot, window, 0).display_name.endswith("Renamed")
    assert view.currentIndex().data(KEY_ROLE) == selected_key
    assert view.currentIndex().row() == 46  # one row entered above it
    assert model.index(view.verticalScrollBar().value(), 0).data(KEY_ROLE) == top_key
    assert window.detail.case_id is None  # nothing opened by the change


def test_the_open_case_refreshes_without_a_second_view_event(
        qtbot: QtBot, window: MainWindow, runner: OperationRunner) -> None:
    first = row(qtbot, window, 0)
    window.detail.show_case(first.case_id)
    qtbot.waitUntil(lambda: window.detail.shown is not None and not runner.busy, timeout=WAIT)
    assert views_of(qtbot, runner, first.case_id) == 1
    call(qtbot, runner, lambda s: cases.update_case(
        s, first.case_id, {"person": {"family_name": "Okonkwo-Refreshed"}}), mutation=True)
    qtbot.waitUntil(lambda: "Okonkwo-Refreshed" in window.detail.shown_text(), timeout=WAIT)
    assert views_of(qtbot, runner, first.case_id) == 1
    other = row(qtbot, window, 5)
    call(qtbot, runner, lambda s: cases.update_case(
        s, other.case_id, {"person": {"family_name": "Someone-Else"}}), mutation=True)
    assert "Someone-Else" not in window.detail.shown_text()


def test_a_row_that_stops_matching_leaves_and_a_new_case_appears(
        qtbot: QtBot, window: MainWindow, runner: OperationRunner) -> None:
    model = window.model
    before = model.rowCount()
    leaving = row(qtbot, window, 3)
    with qtbot.waitSignal(model.refreshed, timeout=WAIT):
        call(qtbot, runner, lambda s: _close(s, leaving.case_id), mutation=True)
    assert model.rowCount() == before - 1
    assert leaving.case_id not in {row(qtbot, window, r).case_id for r in range(5)}
    document = {"person": {"given_name": "Nadia", "family_name": "Haile", "sex": "female",
                           "age_estimate": 30, "nationality": "ERI"},
                "case": {"site": "LAMP-01", "stage": "transit", "opened_on": "2026-11-29"}}
    with qtbot.waitSignal(model.refreshed, timeout=WAIT):
        saved = call(qtbot, runner, lambda s: cases.create_case(s, document), mutation=True)
    assert model.rowCount() == before
    assert row(qtbot, window, 0).case_id == saved.case_id


def _close(session: Session, case_id: str) -> Any:
    """Close a case the shortest way a supervisor can (it leaves the open list)."""
    if cases.show_case(session, case_id).document["case"]["status"] != "closure_requested":
        cases.change_status(session, case_id, "request_closure")
    return cases.change_status(session, case_id, "approve_closure")


def test_a_change_emitted_without_a_mutation_is_read_too(
        qtbot: QtBot, window: MainWindow, runner: OperationRunner) -> None:
    """A sync's report names the cases it touched and the runner emits them."""
    first = row(qtbot, window, 0)
    call(qtbot, runner, lambda s: cases.update_case(
        s, first.case_id, {"person": {"family_name": "Pulled"}}))  # not announced
    assert not row(qtbot, window, 0).display_name.endswith("Pulled")
    with qtbot.waitSignal(window.model.refreshed, timeout=WAIT):
        runner.changed.emit(Changes(frozenset({first.case_id}), frozenset({"sync"})))
    assert row(qtbot, window, 0).display_name.endswith("Pulled")


def test_counts_filters_and_an_empty_list_that_offers_to_clear_them(
        qtbot: QtBot, window: MainWindow) -> None:
    model, filters = window.model, window.list_panel.filters
    listed = model.rowCount()
    assert window.count_label.text() == f"{listed} cases · {model.overdue} overdue"
    with qtbot.waitSignal(model.listed, timeout=WAIT):
        filters.status.setCurrentIndex(filters.status.count() - 1)  # closed ones too
    assert model.rowCount() > listed and model.query.include_closed
    with qtbot.waitSignal(model.listed, timeout=WAIT):
        filters.due.setCurrentIndex(filters.due.findText("Overdue"))
    assert all(row(qtbot, window, r).due == "overdue" for r in range(model.rowCount()))
    assert model.rowCount() == model.overdue
    with qtbot.waitSignal(model.listed, timeout=WAIT):
        filters.stage.setCurrentIndex(1)
    with qtbot.waitSignal(model.listed, timeout=WAIT):
        filters.flag.setCurrentIndex(filters.flag.findText("stateless"))
    with qtbot.waitSignal(model.listed, timeout=WAIT):
        filters.assigned.setCurrentIndex(filters.assigned.findText("Me"))
    assert model.rowCount() == 0
    label = window.case_list.empty_label
    assert label.isVisible() and "Nothing matches these filters" in label.text()
    with qtbot.waitSignal(model.listed, timeout=WAIT):
        label.linkActivated.emit("clear")
    assert not filters.active and model.rowCount() == listed and not label.isVisible()


def test_a_search_that_finds_no_one_says_so(qtbot: QtBot, window: MainWindow) -> None:
    box: QLineEdit = window.search_bar.search_box
    with qtbot.waitSignal(window.model.listed, timeout=WAIT):
        box.setText("Zzyzx Qwrtp")
        qtbot.keyClick(box, Qt.Key.Key_Return)
    assert window.model.rowCount() == 0
    assert "No one found for “Zzyzx Qwrtp”" in window.case_list.empty_label.text()
    assert window.count_label.text() == "0 found"
    assert not window.case_list.horizontalHeader().isSortIndicatorShown()  # by relevance


def test_the_review_queue_leaves_closed_cases_out_unless_asked(
        qtbot: QtBot, window: MainWindow, runner: OperationRunner) -> None:
    with qtbot.waitSignal(window.model.listed, timeout=WAIT):
        window.search_bar.filter_box.setCurrentIndex(
            list(ListChoice).index(ListChoice.REVIEW_QUEUE))
    open_queue = {row(qtbot, window, r).case_id for r in range(window.model.rowCount())}
    assert all(row(qtbot, window, r).status != "closed" for r in range(len(open_queue)))
    filters = window.list_panel.filters
    with qtbot.waitSignal(window.model.listed, timeout=WAIT):
        filters.status.setCurrentIndex(filters.status.findText("Closed"))
    closed = [row(qtbot, window, r) for r in range(window.model.rowCount())]
    assert closed and all(r.status == "closed" and r.review for r in closed)


def test_a_profile_with_no_cases_says_how_to_register_one(
        qtbot: QtBot, runner: OperationRunner, tmp_path: Path, kdf: KdfParams) -> None:
    folder = tmp_path / "empty"
    profile.create_profile(folder, user="amina", passphrase="tin cedar harbour lantern",
                           role="worker", team="lamp", site="LAMP-01", kdf=kdf)
    actor = open_session(qtbot, runner, lambda: profile.unlock(
        folder, user="amina", passphrase="tin cedar harbour lantern", kdf=kdf))
    main = MainWindow(runner, actor)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: main.case_list.empty_label.isVisible(), timeout=WAIT)
    assert main.case_list.empty_label.text() == \
        "No cases yet. Press Ctrl+N to register a person."
    assert main.count_label.text() == "0 cases · 0 overdue"
    main.idle_watch.stop()
    assert main.model.index(0, 0).data(CASE_ID_ROLE) is None
