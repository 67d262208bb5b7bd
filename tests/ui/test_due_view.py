"""Case > Due follow-ups, by keyboard, over a real profile: an overdue task in "Due" said in
words with an icon, the groups with their counts, a name only on the selected row, Enter
opening the case, and a saved change read again with the selection kept."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from fieldcase.domain.policy import Role
from fieldcase.services import cases, profile
from fieldcase.services.demo import DEMO_SITE
from fieldcase.services.session import Session
from fieldcase.storage.keyslots import KdfParams
from fieldcase.ui.lists.due_view import (
    CASE,
    DUE_ON,
    OWNER,
    PERSON,
    TASK_ROLE,
    WHAT,
    WHEN,
    DueDialog,
    DueView,
)
from fieldcase.ui.main_window import MainWindow
from fieldcase.ui.operations import OperationRunner

from .conftest import USER

WAIT = 20_000
GIVEN, FAMILY = "Qorvanex", "Tesfay"


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


def registered(qtbot: QtBot, runner: OperationRunner) -> dict[str, Any]:
    """A case with a follow-up three days overdue and one due today, dated on the worker."""
    def create(session: Session) -> dict[str, Any]:
        today = session.today()
        document = {
            "person": {"given_name": GIVEN, "family_name": FAMILY, "sex": "female",
                       "age_estimate": 24, "nationality": "ERI", "languages": ["ti"]},
            "case": {"site": DEMO_SITE, "stage": "transit", "assigned_to": USER,
                     "opened_on": (today - timedelta(days=10)).isoformat()},
            "tasks": [{"title": "Call the shelter back",
                       "due_on": (today - timedelta(days=3)).isoformat()},
                      {"title": "Accompany to the clinic", "due_on": today.isoformat()}]}
        saved = cases.create_case(session, document)
        return {"id": saved.case_id, "number": saved.case_number, "today": today,
                "doc": cases.show_case(session, saved.case_id).document}
    found: list[dict[str, Any]] = []
    runner.mutate(create, found.append)
    qtbot.waitUntil(lambda: bool(found), timeout=WAIT)
    return found[0]


def opened(qtbot: QtBot, window: MainWindow) -> DueView:
    action = window.registry["due"]
    assert action.text() == "&Due follow-ups" and action.isEnabled()
    assert action in window.menuBar().actions()[1].menu().actions()  # the Case menu
    action.trigger()
    dialog = window.due_dialog
    assert dialog is not None and dialog.windowTitle() == "FieldCase — follow-ups due"
    view = dialog.view
    qtbot.waitUntil(lambda: view.listed is not None, timeout=WAIT)
    return view


def rows_of(view: DueView, group: int) -> list[QModelIndex]:
    parent = view.model.index(group, 0)
    return [view.model.index(row, 0, parent) for row in range(view.model.rowCount(parent))]


def text(view: DueView, index: QModelIndex, column: int) -> str:
    return str(view.model.data(index.siblingAtColumn(column)) or "")


def row_for(view: DueView, group: int, title: str) -> QModelIndex:
    return next(i for i in rows_of(view, group) if text(view, i, WHAT) == title)


def test_an_overdue_task_is_in_due_in_words_with_an_icon_and_enter_opens_its_case(
        qtbot: QtBot, window: MainWindow, runner: OperationRunner) -> None:
    case = registered(qtbot, runner)
    view = opened(qtbot, window)
    overdue, today, week = (len(rows_of(view, group)) for group in range(3))
    headers = [text(view, view.model.index(row, 0), WHAT) for row in range(3)]
    assert headers == [f"Overdue ({overdue})", f"Due today ({today})",
                       f"Due in the next 7 days ({week})"]
    assert not view.model.item(0).icon().isNull()  # the overdue group is marked twice over
    assert view.summary.text().startswith(f"{overdue} overdue · {today} due today · ")

    late = row_for(view, 0, "Call the shelter back")
    assert text(view, late, WHEN) == "3 days overdue"
    assert not view.model.itemFromIndex(late.siblingAtColumn(WHEN)).icon().isNull()
    day = case["today"] - timedelta(days=3)
    assert text(view, late, DUE_ON) == QLocale().toString(
        QLocale().toDate(day.isoformat(), "yyyy-MM-dd"), QLocale.FormatType.ShortFormat)
    assert text(view, late, CASE) == case["number"]
    assert text(view, row_for(view, 1, "Accompany to the clinic"), WHEN) == "Today"
    shown_names = [text(view, i, PERSON) for g in range(3) for i in rows_of(view, g)]
    assert set(shown_names) == {""}  # no name until a row is chosen
    assert GIVEN not in " ".join(text(view, i, c) for g in range(3) for i in rows_of(view, g)
                                 for c in range(6))

    view.tree.setFocus()
    view.tree.setCurrentIndex(late)
    assert text(view, late, PERSON) == f"{GIVEN} {FAMILY}"
    above = view.tree.indexAbove(late)
    assert view.task_at(above) is not None  # the demo cases have older overdue follow-ups
    qtbot.keyClick(view.tree, Qt.Key.Key_Up)
    assert text(view, late, PERSON) == ""  # the name follows the selection, nowhere else
    assert text(view, above, PERSON) not in ("", f"{GIVEN} {FAMILY}")
    qtbot.keyClick(view.tree, Qt.Key.Key_Down)
    assert view.tree.currentIndex() == late and text(view, above, PERSON) == ""
    with qtbot.waitSignal(view.open_case, timeout=WAIT) as chosen:
        qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    assert chosen.args == [case["id"]]
    assert window.due_dialog is not None and window.due_dialog.isVisible()  # Enter stopped
    qtbot.waitUntil(lambda: window.detail.case_id == case["id"], timeout=WAIT)


def test_a_saved_change_is_read_again_and_the_selection_kept(
        qtbot: QtBot, window: MainWindow, runner: OperationRunner) -> None:
    case = registered(qtbot, runner)
    view = opened(qtbot, window)
    overdue_before = len(rows_of(view, 0))
    clinic = row_for(view, 1, "Accompany to the clinic")
    view.tree.setCurrentIndex(clinic)
    key = view.task_at(clinic)

    def mark_done(session: Session) -> object:
        tasks = case["doc"]["tasks"]
        done = [{**tasks[0], "done_on": session.today().isoformat()}, tasks[1]]
        return cases.update_case(session, case["id"], {"tasks": done})

    with qtbot.waitSignal(view.loaded, timeout=WAIT):
        runner.mutate(mark_done)
    assert len(rows_of(view, 0)) == overdue_before - 1
    assert all(text(view, i, WHAT) != "Call the shelter back" or text(view, i, CASE)
               != case["number"] for i in rows_of(view, 0))
    current = view.tree.currentIndex()
    assert view.task_at(current) == key
    assert text(view, current, PERSON) == f"{GIVEN} {FAMILY}"


def test_the_owner_column_is_a_supervisors_and_esc_closes(
        qtbot: QtBot, runner: OperationRunner, opener: Callable[[], Session]) -> None:
    with qtbot.waitSignal(runner.session_opened, timeout=WAIT):
        runner.open_session(opener)
    for role, hidden in ((Role.WORKER, True), (Role.SUPERVISOR, False)):
        dialog = DueDialog(runner, role)
        qtbot.addWidget(dialog)
        assert dialog.view.tree.isColumnHidden(OWNER) is hidden
    dialog.show_and_load()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.view.listed is not None and dialog.isActiveWindow(),
                    timeout=WAIT)
    assert QApplication.focusWidget() is dialog.view.tree
    qtbot.keyClick(dialog.view.tree, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_view_says_so_when_nothing_is_due(qtbot: QtBot, runner: OperationRunner,
                                              tmp_path: Path, kdf: KdfParams) -> None:
    folder = tmp_path / "empty"
    profile.create_profile(folder, user="amina", passphrase="copper lantern orchard velvet",
                           role="worker", team="lamp", site="LAMP-01", kdf=kdf)
    with qtbot.waitSignal(runner.session_opened, timeout=WAIT):
        runner.open_session(lambda: profile.unlock(
            folder, user="amina", passphrase="copper lantern orchard velvet", kdf=kdf))
    view = DueView(runner)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=WAIT):
        view.reload()
    assert view.summary.text() == ("Nothing is due in the next 7 days, and nothing is "
                                   "overdue. Follow-ups are the tasks of a case's plan.")
    assert [text(view, view.model.index(r, 0), WHAT) for r in range(3)] == [
        "Overdue (0)", "Due today (0)", "Due in the next 7 days (0)"]
    assert view.model.data(view.model.index(0, 0), TASK_ROLE) is None
