"""The Workflow and History tabs over a real profile: the moves this person may make, in
words, a reason asked for where the workflow needs one, the move made through the service;
the case's own history from the audit log, in words and without values."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from fieldcase.services import cases
from fieldcase.ui.case_page.history import HistorySection
from fieldcase.ui.case_page.page import CasePage
from fieldcase.ui.case_page.person import PersonSection
from fieldcase.ui.case_page.workflow import WorkflowSection
from fieldcase.ui.forms.binder import WARNING_SIGN
from fieldcase.ui.operations import OperationRunner

from .case_page_helpers import WAIT, call, new_case, open_case, save, stored


def test_a_workflow_move_needing_a_reason_asks_for_it_then_is_made(
        qtbot: QtBot, case_page: CasePage, runner: OperationRunner) -> None:
    case_id = new_case(qtbot, runner)
    call(qtbot, runner, lambda s: cases.change_status(s, case_id, "request_closure"),
         mutation=True)
    open_case(qtbot, case_page, runner, case_id)
    section = case_page.section(WorkflowSection)
    assert isinstance(section, WorkflowSection)
    case_page.tabs.setCurrentWidget(section)
    assert section.status_label.text() == "This case is: Closure requested"
    assert sorted(b.text() for b in section.action_buttons.values()) == [
        "Approve closure", "Return for more work"]
    back = section.action_buttons["return_closure"]
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    label = section.binder.binding("comment").problem_label
    assert label.isVisibleTo(case_page) and label.text() == f"{WARNING_SIGN} Required."
    assert stored(qtbot, runner, case_id)["case"]["status"] == "closure_requested"
    section.reason_box.setPlainText("The referral to the clinic is not done yet.")
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.message.text() == "Done: Return for more work.",
                    timeout=WAIT)
    document = stored(qtbot, runner, case_id)
    assert document["case"]["status"] == "services"
    assert document["notes"][-1]["text"] == "The referral to the clinic is not done yet."
    qtbot.waitUntil(lambda: "Receiving services" in case_page.header.text()
                    and not runner.busy, timeout=WAIT)
    assert section.status_label.text() == "This case is: Receiving services"
    assert "Request closure" in [b.text() for b in section.action_buttons.values()]


def test_the_history_shows_the_view_and_the_edit_in_words(
        qtbot: QtBot, case_page: CasePage, runner: OperationRunner) -> None:
    case_id = new_case(qtbot, runner)
    open_case(qtbot, case_page, runner, case_id)
    form = case_page.section(PersonSection)
    assert isinstance(form, PersonSection)
    qtbot.keyClicks(form.family, "e")
    save(qtbot, case_page, runner)
    history = case_page.section(HistorySection)
    assert isinstance(history, HistorySection)
    qtbot.waitUntil(lambda: len(history.rows()) == 3 and not runner.busy, timeout=WAIT)
    assert history.rows() == ["Changed the case (1 record)", "Opened the case",
                              "Registered the person"]
    who = history.tree.topLevelItem(0)
    assert who is not None and "demo.supervisor" in who.text(1)
    assert all("Tesfaye" not in history.tree.topLevelItem(i).text(c)  # type: ignore[union-attr]
               for i in range(3) for c in range(3))
