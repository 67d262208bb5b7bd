"""The audit log's window by keyboard, over a real profile: Case > Audit log lists the events
newest first (its own opening on top), loads more as the person scrolls, filters by case
number and kind from the keyboard, says an unknown case number beside the box, and Enter on a
row opens the case in the main window. Never a person's name in the table."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from fieldcase.services import cases
from fieldcase.services.audit_view import PAGE_SIZE, AuditKind
from fieldcase.services.session import Session
from fieldcase.ui.forms.binder import WARNING_SIGN
from fieldcase.ui.main_window import MainWindow
from fieldcase.ui.operations import OperationRunner
from fieldcase.ui.supervisor.audit_window import CASE, KIND, WHAT, WHO, AuditDialog

from .case_page_helpers import call, new_case, stored

WAIT = 20_000
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def window(qtbot: QtBot, runner: OperationRunner, opener: Callable[[], Session]
           ) -> Iterator[MainWindow]:
    with qtbot.waitSignal(runner.session_opened, timeout=WAIT):
        runner.open_session(opener)
    assert runner.actor is not None
    shown = MainWindow(runner, runner.actor)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(lambda: shown.sync.status is not None and not runner.busy, timeout=WAIT)
    yield shown
    shown.close()


def open_audit(qtbot: QtBot, window: MainWindow, runner: OperationRunner) -> AuditDialog:
    action = window.registry["auditLog"]
    assert action.isEnabled()  # a supervisor's
    action.trigger()
    dialog = window.desk.audit_dialog
    assert dialog is not None
    settled(qtbot, dialog, runner)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT)
    return dialog


def settled(qtbot: QtBot, dialog: AuditDialog, runner: OperationRunner) -> None:
    qtbot.waitUntil(lambda: dialog.choices is not None and not dialog.model.loading
                    and not runner.busy and dialog.summary.text() != "Loading…",
                    timeout=WAIT)


def column(dialog: AuditDialog, which: int) -> list[str]:
    model = dialog.model
    return [str(model.data(model.index(row, which))) for row in range(model.rowCount())]


def test_the_log_lists_newest_first_and_loads_more_as_the_person_scrolls(
        qtbot: QtBot, window: MainWindow, runner: OperationRunner) -> None:
    case_id = new_case(qtbot, runner)
    call(qtbot, runner, lambda s: [cases.show_case(s, case_id) for _ in range(3 * PAGE_SIZE)])
    dialog = open_audit(qtbot, window, runner)
    assert column(dialog, WHAT)[0] == "Opened the audit log"
    assert column(dialog, WHO)[0].strip("\u2068\u2069") == runner.actor.user
    loaded = dialog.model.rowCount()
    assert loaded == PAGE_SIZE  # one window, not the whole log
    assert dialog.model.cursor is not None
    table = dialog.table
    assert table.hasFocus()
    qtbot.keyClick(table, Qt.Key.Key_End)  # to the end of what is loaded: the next window
    qtbot.waitUntil(lambda: dialog.model.rowCount() > loaded and not runner.busy,
                    timeout=WAIT)
    number = stored(qtbot, runner, case_id)["case"]["case_number"]
    assert "Selam" not in " ".join(column(dialog, CASE) + column(dialog, WHAT))
    assert any(number in text for text in column(dialog, CASE))


def test_filters_by_keyboard_and_enter_opens_the_case(
        qtbot: QtBot, window: MainWindow, runner: OperationRunner) -> None:
    case_id = new_case(qtbot, runner)
    call(qtbot, runner, lambda s: cases.show_case(s, case_id))
    number = stored(qtbot, runner, case_id)["case"]["case_number"]
    dialog = open_audit(qtbot, window, runner)
    qtbot.keyClick(dialog.table, Qt.Key.Key_A, ALT)  # "C&ase number"
    assert dialog.case.hasFocus()
    qtbot.keyClicks(dialog.case, number)
    qtbot.keyClick(dialog.case, Qt.Key.Key_Return)
    settled(qtbot, dialog, runner)
    assert dialog.isVisible()  # Enter filtered; it did not close the window
    assert column(dialog, WHAT) == ["Opened the case", "Registered the person"]
    assert {text.strip("\u2068\u2069") for text in column(dialog, CASE)} == {number}
    qtbot.keyClick(dialog.case, Qt.Key.Key_Tab)  # to the kind
    assert dialog.kind.hasFocus()
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)  # "Viewed"
    settled(qtbot, dialog, runner)
    assert dialog.chosen().kind is AuditKind.VIEWED
    assert column(dialog, KIND) == ["Viewed"]
    for _ in range(3):  # kind, from, to: then the table
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.table.hasFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Home)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.detail.shown is not None
                    and window.detail.shown.seen.case_id == case_id, timeout=WAIT)
    assert dialog.isVisible()


def test_days_by_keyboard_from_any_day_to_today_and_back(
        qtbot: QtBot, window: MainWindow, runner: OperationRunner) -> None:
    dialog = open_audit(qtbot, window, runner)
    everything = dialog.model.rowCount()
    assert dialog.since.text() == "Any day" and dialog.chosen().since is None
    qtbot.keyClick(dialog.table, Qt.Key.Key_F, ALT)  # "&From"
    assert dialog.since.hasFocus()
    qtbot.keyClick(dialog.since, Qt.Key.Key_Up)  # from "Any day" to today
    settled(qtbot, dialog, runner)
    since = dialog.chosen().since
    assert since is not None and since.date() == QDate.currentDate().toPython()
    assert column(dialog, WHAT)[0] == "Opened the audit log"  # today's events
    qtbot.keyClick(dialog.since, Qt.Key.Key_Up)  # tomorrow: nothing yet
    settled(qtbot, dialog, runner)
    assert dialog.model.rowCount() == 0
    assert dialog.summary.text() == "No event matches these filters."
    qtbot.keyClick(dialog.since, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.since, Qt.Key.Key_Delete)  # any day again
    settled(qtbot, dialog, runner)
    assert dialog.chosen().since is None and dialog.model.rowCount() == everything


def test_an_unknown_case_number_is_said_beside_the_box(
        qtbot: QtBot, window: MainWindow, runner: OperationRunner) -> None:
    dialog = open_audit(qtbot, window, runner)
    qtbot.keyClick(dialog.table, Qt.Key.Key_A, ALT)
    qtbot.keyClicks(dialog.case, "FC-NOSUCH-1")
    qtbot.keyClick(dialog.case, Qt.Key.Key_Return)
    label = dialog.binder.binding("case").problem_label
    qtbot.waitUntil(lambda: WARNING_SIGN in label.text(), timeout=WAIT)
    assert dialog.model.rowCount() == 0
    dialog.case.clear()  # the clear button: every event again
    settled(qtbot, dialog, runner)
    assert dialog.model.rowCount() > 0 and not label.text()


def test_each_showing_is_audited_once(
        qtbot: QtBot, window: MainWindow, runner: OperationRunner) -> None:
    def openings(session: Session) -> int:
        row = session.store.raw.execute(
            "SELECT count(*) FROM audit_log WHERE action = 'audit.view'").fetchone()
        return int(row[0])

    dialog = open_audit(qtbot, window, runner)
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)
    settled(qtbot, dialog, runner)
    assert call(qtbot, runner, openings) == 1
    dialog.close()
    open_audit(qtbot, window, runner)
    assert call(qtbot, runner, openings) == 2
