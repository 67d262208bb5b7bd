"""The refused changes dialog in the window: the Sync menu's "Refused changes (N)", each
refusal with its reason in words, Fix opens the case, Try again says why it is refused again,
Drop forgets it; keyboard reachable, every control named as it reads.

A small real profile of the worker ``amina`` behind the fake server's HTTP contract
(``tests/ui/test_sync_ui.py``), whose server refuses a site change as a worker's.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from tests.sync.fake_server import HttpFront
from tests.ui.a11y_audit import audit
from tests.ui.test_sync_ui import (  # noqa: F401  (fixtures)
    WAIT,
    Clock,
    Laptop,
    clock,
    front,
    laptop,
    open_window,
    status_label,
)

from fieldcase.domain.merge import Change
from fieldcase.services import cases
from fieldcase.storage import cases as stored_cases
from fieldcase.sync.engine import SyncReport
from fieldcase.ui.main_window import MainWindow
from fieldcase.ui.operations import OperationRunner
from fieldcase.ui.refused_view import RefusedDialog


def refuse_site(change: Change) -> str | None:
    moved = "site" in change.fields and any(e.bases for e in change.fields.values())
    return "forbidden" if moved else None


@pytest.fixture
def refused(laptop: Laptop, front: HttpFront) -> tuple[Laptop, str]:  # noqa: F811
    """A case moved to another site by a plain edit (an older app), refused by the server."""
    front.server.reject = refuse_site
    with laptop.session() as session:
        laptop.sync(session)
        case_id = cases.list_cases(session, cases.CaseFilter()).rows[0].case_id
        with session.store.atomic():
            doc = stored_cases.load_case(session.store, case_id)
            doc["case"]["site"] = "OTHER-99"
            stored_cases.update_case(session.store, case_id, doc, author="amina")
        report: SyncReport = laptop.sync(session)
        assert report.quarantined == 1
    return laptop, case_id


def open_dialog(qtbot: QtBot, window: MainWindow) -> RefusedDialog:
    window.registry["refused"].trigger()
    dialog = window.refused_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=WAIT)
    return dialog


def test_the_refused_change_is_listed_with_its_reason_in_words(
        qtbot: QtBot, open_window: Callable[..., MainWindow],  # noqa: F811
        refused: tuple[Laptop, str]) -> None:
    owner, case_id = refused
    window = open_window(owner)
    assert window.registry["refused"].text() == "&Refused changes (1)"
    assert window.registry["refused"].isEnabled()
    assert "1 refused by the server" in status_label(window)
    dialog = open_dialog(qtbot, window)
    texts = [dialog.model.index(0, column).data() for column in range(5)]
    assert texts[0].startswith("FC-")
    assert texts[1] == "Case: Site"
    assert texts[2] == "OTHER-99"
    assert texts[3] == ("You may not make this change on the server: it needs a supervisor "
                        "of the case's team.")
    assert dialog.model.row_at(0).case_id == case_id


def test_fix_opens_the_case_in_the_window(
        qtbot: QtBot, open_window: Callable[..., MainWindow],  # noqa: F811
        refused: tuple[Laptop, str]) -> None:
    owner, case_id = refused
    window = open_window(owner)
    dialog = open_dialog(qtbot, window)
    assert dialog.fix_button.isEnabled()
    with qtbot.waitSignal(dialog.open_case, timeout=WAIT) as opened:
        qtbot.mouseClick(dialog.fix_button, Qt.MouseButton.LeftButton)
    assert opened.args == [case_id]
    dialog.table.setFocus()
    with qtbot.waitSignal(dialog.open_case, timeout=WAIT):
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert dialog.isVisible(), "Enter on a row opens its case, not the dialog's Close"
    shown: list[Any] = []
    qtbot.waitUntil(lambda: window.detail._case_id == case_id, timeout=WAIT)
    window._runner.submit(lambda s: cases.show_case(s, case_id).document, shown.append)
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT)
    assert shown[0]["case"]["site"] == "LAMP-01", "the case shows the server's site"


def test_try_again_is_refused_in_words_and_the_refusal_stays(
        qtbot: QtBot, open_window: Callable[..., MainWindow],  # noqa: F811
        refused: tuple[Laptop, str], runner: OperationRunner) -> None:
    owner, _ = refused
    window = open_window(owner)
    dialog = open_dialog(qtbot, window)
    qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message_label.isVisibleTo(dialog), timeout=WAIT)
    assert dialog.message_label.text()  # a worker may not move a case: a transfer
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT)
    assert dialog.model.rowCount() == 1 and dialog.retry_button.isEnabled()


def test_drop_asks_first_then_forgets_the_change(
        qtbot: QtBot, open_window: Callable[..., MainWindow],  # noqa: F811
        refused: tuple[Laptop, str], runner: OperationRunner) -> None:
    owner, _ = refused
    window = open_window(owner)
    dialog = open_dialog(qtbot, window)
    answers = [False, True]
    dialog.confirm_drop = lambda _parent: answers.pop(0)
    qtbot.mouseClick(dialog.drop_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 1 and answers == [True], "No keeps it"
    with qtbot.waitSignal(runner.changed, timeout=WAIT):
        qtbot.mouseClick(dialog.drop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0 and not runner.busy, timeout=WAIT)
    assert dialog.empty_label.isVisibleTo(dialog)
    qtbot.waitUntil(lambda: window.registry["refused"].text() == "&Refused changes",
                    timeout=WAIT)
    assert not window.registry["refused"].isEnabled()


def test_every_control_is_reached_by_tab_and_named_as_it_reads(
        qtbot: QtBot, open_window: Callable[..., MainWindow],  # noqa: F811
        refused: tuple[Laptop, str]) -> None:
    owner, _ = refused
    window = open_window(owner)
    dialog = open_dialog(qtbot, window)
    dialog.activateWindow()
    dialog.table.setFocus()
    reached = [dialog.table.objectName()]
    for _ in range(4):
        dialog.focusNextChild()
        widget = dialog.focusWidget()
        assert widget is not None
        reached.append(widget.objectName() or widget.accessibleName())
    assert reached == ["refusedTable", "fixRefused", "retryRefused", "dropRefused", "Close"]
    assert dialog.table.accessibleName() == "Refused changes"
    for button in dialog.findChildren(QPushButton):
        assert button.accessibleName() == button.text().replace("&", "")


def test_no_refusal_leaves_the_action_off(
        qtbot: QtBot, open_window: Callable[..., MainWindow],  # noqa: F811
        laptop: Laptop, clock: Clock) -> None:  # noqa: F811
    window = open_window(laptop)
    assert window.registry["refused"].text() == "&Refused changes"
    assert not window.registry["refused"].isEnabled()


def test_the_dialog_with_a_refusal_passes_the_audit(
        qtbot: QtBot, open_window: Callable[..., MainWindow],  # noqa: F811
        refused: tuple[Laptop, str]) -> None:
    """Every control named as it reads, reached by Tab in reading order, Tab coming back
    round to the list (tests/ui/a11y_audit.py), with a refusal selected: its buttons on."""
    owner, _ = refused
    window = open_window(owner)
    dialog = open_dialog(qtbot, window)
    dialog.table.selectRow(0)
    assert dialog.fix_button.isEnabled() and dialog.drop_button.isEnabled()
    assert audit(qtbot, dialog) == []
