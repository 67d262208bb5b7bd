"""A supervisor's desk by keyboard, over a real profile: the review queue (groups with the
service's counts, closed cases out, Enter opening the case), approve and return with a
required comment from the queue and from the case page, and assigning several cases from the
list with one refused and said in words, then undone."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from fieldcase.domain.policy import Role
from fieldcase.services import cases
from fieldcase.services.review_queue import GROUP_ORDER, QueueGroup, review_queue
from fieldcase.services.session import Session
from fieldcase.ui.forms.binder import WARNING_SIGN
from fieldcase.ui.main_window import MainWindow
from fieldcase.ui.operations import OperationRunner
from fieldcase.ui.supervisor.queue import CASE, CASE_ROLE, PERSON, QueueDialog, group_title

from .case_page_helpers import call, new_case, stored

WAIT = 20_000
SHIFT_CTRL = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


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


def moved(qtbot: QtBot, runner: OperationRunner, *moves: str) -> str:
    case_id = new_case(qtbot, runner)
    for move in moves:
        call(qtbot, runner, lambda s, m=move: cases.change_status(s, case_id, m),
             mutation=True)
    return case_id


def open_queue(qtbot: QtBot, window: MainWindow, runner: OperationRunner) -> QueueDialog:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    dialog = window.desk.queue_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.view.queue is not None and not runner.busy, timeout=WAIT)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT)
    return dialog


def headers(dialog: QueueDialog) -> list[str]:
    model = dialog.view.model
    return [str(model.item(row, 0).text()) for row in range(model.rowCount())]


def row_of(dialog: QueueDialog, group: QueueGroup, case_id: str) -> QModelIndex:
    model = dialog.view.model
    header = model.item(GROUP_ORDER.index(group), 0)
    for row in range(header.rowCount()):
        if header.child(row, CASE).data(CASE_ROLE) == case_id:
            return header.child(row, CASE).index()
    raise AssertionError(f"{case_id} not in {group}")


def go_to(qtbot: QtBot, dialog: QueueDialog, index: QModelIndex) -> None:
    """Down from the top of the queue (Home) until ``index`` is the current row: keyboard only."""
    tree = dialog.view.tree
    assert tree.hasFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Home)
    for _ in range(500):
        current = tree.currentIndex()
        if current.siblingAtColumn(CASE) == index:
            return
        qtbot.keyClick(tree, Qt.Key.Key_Down)
    raise AssertionError("row not reached by the arrow keys")


def test_the_queue_shows_the_groups_with_the_services_counts_and_enter_opens_a_case(
        qtbot: QtBot, window: MainWindow, runner: OperationRunner) -> None:
    closing = moved(qtbot, runner, "request_closure")
    closed = moved(qtbot, runner, "request_closure", "approve_closure")
    dialog = open_queue(qtbot, window, runner)
    queue = call(qtbot, runner, review_queue)
    assert headers(dialog) == [group_title(g, queue.counts[g], 14) for g in GROUP_ORDER]
    assert queue.counts[QueueGroup.CLOSURES] >= 1
    listed = {dialog.view.model.data(row_of(dialog, QueueGroup.CLOSURES, closing), CASE_ROLE)}
    assert listed == {closing}
    assert closed not in queue.cases  # closed cases are out unless asked
    tree, closed_box = dialog.view.tree, dialog.view.closed
    assert tree.hasFocus()  # the queue opens with the focus in the tree
    qtbot.keyClick(tree, Qt.Key.Key_Backtab)  # back to "Closed cases too"
    assert closed_box.hasFocus()
    qtbot.keyClick(closed_box, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.view.queue is not None
                    and closed in dialog.view.queue.cases and not runner.busy, timeout=WAIT)
    qtbot.keyClick(closed_box, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.view.queue is not None
                    and closed not in dialog.view.queue.cases and not runner.busy,
                    timeout=WAIT)
    # The name shows on the selected row only; Enter opens the case in the main window.
    index = row_of(dialog, QueueGroup.CLOSURES, closing)
    qtbot.keyClick(closed_box, Qt.Key.Key_Tab)  # from the filters to the queue
    go_to(qtbot, dialog, index)
    assert dialog.view.model.data(index.siblingAtColumn(PERSON)) == "Selam Tesfay"
    qtbot.keyClick(dialog.view.tree, Qt.Key.Key_Down)
    assert dialog.view.model.data(index.siblingAtColumn(PERSON)) == ""
    qtbot.keyClick(dialog.view.tree, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.view.tree, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.detail.shown is not None
                    and window.detail.shown.seen.case_id == closing, timeout=WAIT)
    assert dialog.isVisible()  # Enter opened the case, not the dialog's default button


def test_the_worker_filter_narrows_the_queue(
        qtbot: QtBot, window: MainWindow, runner: OperationRunner) -> None:
    dialog = open_queue(qtbot, window, runner)
    view = dialog.view
    assert view.worker.count() > 3  # anyone, nobody, and the team's workers
    qtbot.keyClick(view.tree, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)  # "&Worker"
    assert view.worker.hasFocus()
    qtbot.keyClick(view.worker, Qt.Key.Key_Down)  # "Nobody (intake)"
    qtbot.waitUntil(lambda: view.queue is not None and not runner.busy
                    and view.chosen().worker == "", timeout=WAIT)
    qtbot.waitUntil(lambda: view.summary.text() != "Loading…", timeout=WAIT)
    assert view.queue is not None
    assert all(case.assigned_to is None for case in view.queue.cases.values())


def test_approve_and_return_with_a_required_comment_from_the_queue_by_keyboard(
        qtbot: QtBot, window: MainWindow, runner: OperationRunner) -> None:
    closing = moved(qtbot, runner, "request_closure")
    planning = moved(qtbot, runner, "start_assessment")
    dialog = open_queue(qtbot, window, runner)
    go_to(qtbot, dialog, row_of(dialog, QueueGroup.CLOSURES, closing))
    qtbot.keyClick(dialog.view.tree, Qt.Key.Key_A, SHIFT_CTRL)
    qtbot.waitUntil(lambda: stored(qtbot, runner, closing)["case"]["status"] == "closed",
                    timeout=WAIT)
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Done: Approve closure"),
                    timeout=WAIT)
    qtbot.waitUntil(lambda: not runner.busy and dialog.view.queue is not None
                    and closing not in dialog.view.queue.cases, timeout=WAIT)

    go_to(qtbot, dialog, row_of(dialog, QueueGroup.CASE_PLANS, planning))
    qtbot.keyClick(dialog.view.tree, Qt.Key.Key_R, SHIFT_CTRL)
    qtbot.waitUntil(lambda: window.desk.return_dialog is not None
                    and window.desk.return_dialog.isVisible(), timeout=WAIT)
    asking = window.desk.return_dialog
    assert asking is not None
    assert asking.windowTitle() == "FieldCase — Return the case plan"
    qtbot.waitUntil(asking.comment.hasFocus, timeout=WAIT)
    qtbot.keyClick(asking.comment, Qt.Key.Key_Tab)  # to the Return button
    qtbot.keyClick(asking.return_button, Qt.Key.Key_Space)
    problem = asking.binder.binding("comment").problem_label
    assert problem.text() == f"{WARNING_SIGN} Required." and asking.isVisible()
    assert asking.comment.hasFocus()
    qtbot.keyClicks(asking.comment, "No plan for school yet.")
    qtbot.keyClick(asking.comment, Qt.Key.Key_Tab)
    qtbot.keyClick(asking.return_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not runner.busy and stored(qtbot, runner, planning)["notes"][-1][
        "text"] == "No plan for school yet.", timeout=WAIT)
    assert stored(qtbot, runner, planning)["case"]["status"] == "assessment"
    qtbot.waitUntil(lambda: "Return the case plan" in dialog.message.text(), timeout=WAIT)


def test_approve_from_the_open_case_is_one_keystroke_in_the_main_window(
        qtbot: QtBot, window: MainWindow, runner: OperationRunner) -> None:
    planning = moved(qtbot, runner, "start_assessment")
    window.open_case(planning)
    qtbot.waitUntil(lambda: window.detail.shown is not None and not runner.busy, timeout=WAIT)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_A, SHIFT_CTRL)
    qtbot.waitUntil(lambda: stored(qtbot, runner, planning)["case"]["status"] == "case_plan",
                    timeout=WAIT)
    qtbot.waitUntil(lambda: window.supervisor_message.isVisible(), timeout=WAIT)
    assert window.supervisor_message.label.text().startswith("Done: Agree case plan")
    qtbot.keyClick(window, Qt.Key.Key_A, SHIFT_CTRL)  # nothing waits any more: said so
    qtbot.waitUntil(lambda: "waits for no approval" in window.supervisor_message.label.text(),
                    timeout=WAIT)


def test_return_a_closure_from_the_open_case_with_its_comment(
        qtbot: QtBot, window: MainWindow, runner: OperationRunner) -> None:
    closing = moved(qtbot, runner, "start_assessment", "agree_case_plan", "start_services",
                    "request_closure")
    window.open_case(closing)
    qtbot.waitUntil(lambda: window.detail.shown is not None and not runner.busy, timeout=WAIT)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_R, SHIFT_CTRL)
    qtbot.waitUntil(lambda: window.desk.return_dialog is not None
                    and window.desk.return_dialog.isVisible(), timeout=WAIT)
    asking = window.desk.return_dialog
    assert asking is not None
    assert asking.windowTitle() == "FieldCase — Return for more work"
    qtbot.waitUntil(asking.comment.hasFocus, timeout=WAIT)
    qtbot.keyClicks(asking.comment, "The housing referral has no answer yet.")
    qtbot.keyClick(asking.comment, Qt.Key.Key_Tab)
    qtbot.keyClick(asking.return_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not runner.busy and stored(qtbot, runner, closing)["case"][
        "status"] == "services", timeout=WAIT)
    assert stored(qtbot, runner, closing)["notes"][-1]["text"] == \
        "The housing referral has no answer yet."
    qtbot.waitUntil(lambda: window.supervisor_message.label.text().startswith(
        "Done: Return for more work"), timeout=WAIT)


def select_rows(window: MainWindow, qtbot: QtBot, count: int) -> list[str]:
    """The first ``count`` rows of the list, by keyboard (Shift+Down)."""
    view = window.case_list
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.currentIndex().row() == 0
    for _ in range(count - 1):
        qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    return list(view.selected_cases())


def test_assign_several_from_the_list_one_refused_in_words_then_undo(
        qtbot: QtBot, window: MainWindow, runner: OperationRunner) -> None:
    qtbot.waitUntil(lambda: window.model.rowCount() > 3 and not runner.busy, timeout=WAIT)
    chosen = select_rows(window, qtbot, 3)
    assert len(chosen) == 3
    before = {case_id: stored(qtbot, runner, case_id)["case"]["assigned_to"]
              for case_id in chosen}
    gone_number = stored(qtbot, runner, chosen[1])["case"]["case_number"]
    window.activateWindow()
    qtbot.keyClick(window.case_list, Qt.Key.Key_G, SHIFT_CTRL)
    qtbot.waitUntil(lambda: window.desk.assign_dialog is not None
                    and window.desk.assign_dialog.isVisible(), timeout=WAIT)
    asking = window.desk.assign_dialog
    assert asking is not None
    people = [asking.person.itemText(i) for i in range(asking.person.count())]
    assert "demo.supervisor" in people and len(people) > 2
    target = next(name for name in people if name.startswith("worker.")
                  and name not in before.values())
    while asking.person.currentText() != target:  # picked by keyboard
        qtbot.keyClick(asking.person, Qt.Key.Key_Down)
    # Meanwhile a sync (here: the supervisor elsewhere) removed one of them from the laptop.
    call(qtbot, runner, lambda s: cases.delete_case(s, chosen[1]), mutation=True)
    qtbot.keyClick(asking.person, Qt.Key.Key_Return)
    expected = (f"2 cases assigned to {target}. 1 not: {gone_number}: it is no longer on "
                f"this laptop.")
    qtbot.waitUntil(lambda: window.supervisor_message.label.text() == expected, timeout=WAIT)
    for case_id in (chosen[0], chosen[2]):
        assert stored(qtbot, runner, case_id)["case"]["assigned_to"] == target
    undo = window.supervisor_message.action_button
    assert undo.isVisible() and undo.text() == "Undo"
    qtbot.keyClick(undo, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.supervisor_message.label.text().startswith(
        "2 cases given back"), timeout=WAIT)
    for case_id in (chosen[0], chosen[2]):
        assert stored(qtbot, runner, case_id)["case"]["assigned_to"] == before[case_id]


def test_a_worker_is_offered_none_of_the_supervisors_actions(
        qtbot: QtBot, runner: OperationRunner, opener: Callable[[], Session]) -> None:
    with qtbot.waitSignal(runner.session_opened, timeout=WAIT):
        runner.open_session(opener)
    assert runner.actor is not None
    worker = replace(runner.actor, role=Role.WORKER)
    shown = MainWindow(runner, worker)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(lambda: shown.working_allowed and not runner.busy, timeout=WAIT)
    for name in ("reviewQueue", "approve", "returnCase", "assign", "auditLog"):
        assert not shown.registry[name].isEnabled(), name
    shown.close()



def test_assign_intake_from_the_queue_and_undo_there(
        qtbot: QtBot, window: MainWindow, runner: OperationRunner) -> None:
    for _ in range(2):  # two cases of intake: nobody is assigned yet
        case_id = new_case(qtbot, runner)
        call(qtbot, runner, lambda s, c=case_id: cases.update_case(
            s, c, {"case": {"assigned_to": None}}), mutation=True)
    dialog = open_queue(qtbot, window, runner)
    assert dialog.view.queue is not None
    intake = dialog.view.queue.keys(QueueGroup.UNASSIGNED)
    assert len(intake) >= 2
    go_to(qtbot, dialog, row_of(dialog, QueueGroup.UNASSIGNED, intake[0]))
    qtbot.keyClick(dialog.view.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert list(dialog.view.selected_cases()) == list(intake[:2])
    qtbot.keyClick(dialog.view.tree, Qt.Key.Key_G, SHIFT_CTRL)
    qtbot.waitUntil(lambda: window.desk.assign_dialog is not None
                    and window.desk.assign_dialog.isVisible(), timeout=WAIT)
    asking = window.desk.assign_dialog
    assert asking is not None
    qtbot.waitUntil(asking.person.hasFocus, timeout=WAIT)
    while not asking.person.currentText().startswith("worker."):
        qtbot.keyClick(asking.person, Qt.Key.Key_Down)
    target = asking.person.currentText()
    qtbot.keyClick(asking.person, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.message.text() == f"2 cases assigned to {target}.",
                    timeout=WAIT)
    for case_id in intake[:2]:
        assert stored(qtbot, runner, case_id)["case"]["assigned_to"] == target
    qtbot.waitUntil(lambda: not runner.busy and dialog.view.queue is not None
                    and intake[0] not in dialog.view.queue.keys(QueueGroup.UNASSIGNED),
                    timeout=WAIT)
    assert dialog.focusWidget() is dialog.view.tree  # back where the person was
    dialog.activateWindow()  # the offscreen platform does not give it back by itself
    qtbot.waitUntil(dialog.view.tree.hasFocus, timeout=WAIT)
    qtbot.keyClick(dialog.view.tree, Qt.Key.Key_Tab)  # the Undo beside what was done
    assert dialog.undo_button.hasFocus()
    qtbot.keyClick(dialog.undo_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.message.text() == "2 cases given back to whom they were "
                    "assigned before.", timeout=WAIT)
    assert not dialog.undo_button.isVisible()
    for case_id in intake[:2]:
        assert stored(qtbot, runner, case_id)["case"]["assigned_to"] is None
