"""The case page's lists of records over a real profile: a consent given (the service asked
for exactly when the purpose is a referral) and withdrawn; a task added and marked done, an
overdue one said in words with an icon; a note added as confidential and marked so."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from fieldcase.ui.case_page.consents import ConsentsSection
from fieldcase.ui.case_page.notes import NotesSection
from fieldcase.ui.case_page.page import CasePage
from fieldcase.ui.case_page.tasks import STATE, TasksSection
from fieldcase.ui.forms.binder import WARNING_SIGN
from fieldcase.ui.operations import OperationRunner

from .case_page_helpers import WAIT, call, new_case, open_case, save, stored
from .conftest import USER


def _rows(tree: object, column: int) -> list[str]:
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]  # type: ignore[attr-defined]
    return [item.text(column) for item in items]


def test_a_consent_is_given_for_a_service_and_withdrawn(
        qtbot: QtBot, case_page: CasePage, runner: OperationRunner) -> None:
    case_id = new_case(qtbot, runner)
    open_case(qtbot, case_page, runner, case_id)
    section = case_page.section(ConsentsSection)
    assert isinstance(section, ConsentsSection)
    case_page.tabs.setCurrentWidget(section)
    assert _rows(section.tree, 0) == ["Registration"]
    assert not section.service_box.isEnabled()  # only a referral names a service
    section.purpose_box.setCurrentIndex(section.purpose_box.findData("referral"))
    section.purpose_box.activated.emit(section.purpose_box.currentIndex())
    assert section.service_box.isEnabled()
    save(qtbot, case_page, runner)  # no service picked: refused beside the Service box
    label = section.binder.binding("new.service_id").problem_label
    assert label.isVisibleTo(case_page) and label.text().startswith(WARNING_SIGN)
    qtbot.keyClicks(section.service_box.lineEdit(), "Agadez Transit Shelter")
    section.service_box.picked.emit()
    service = section.service_box.code()
    assert service is not None
    save(qtbot, case_page, runner)
    assert case_page.message_text() == "Saved."
    consents = stored(qtbot, runner, case_id)["consents"]
    assert [(c["purpose"], c["service_id"]) for c in consents][-1] == ("referral", service)
    qtbot.waitUntil(lambda: section.tree.topLevelItemCount() == 2, timeout=WAIT)
    assert "Agadez Transit Shelter" in _rows(section.tree, 1)[1]

    section.tree.setCurrentItem(section.tree.topLevelItem(1))
    qtbot.mouseClick(section.withdraw_button, Qt.MouseButton.LeftButton)
    assert "(not saved yet)" in _rows(section.tree, 4)[1]
    assert section.withdraw_button.text() == "&Keep the consent"
    save(qtbot, case_page, runner)
    today = call(qtbot, runner, lambda s: s.today())
    assert stored(qtbot, runner, case_id)["consents"][-1]["withdrawn_on"] == today.isoformat()
    qtbot.waitUntil(lambda: "Withdrawn on" in _rows(section.tree, 4)[1], timeout=WAIT)


def test_an_overdue_task_is_said_in_words_and_a_task_is_added_and_done(
        qtbot: QtBot, case_page: CasePage, runner: OperationRunner) -> None:
    case_id = new_case(qtbot, runner)
    open_case(qtbot, case_page, runner, case_id)
    section = case_page.section(TasksSection)
    assert isinstance(section, TasksSection)
    case_page.tabs.setCurrentWidget(section)
    assert _rows(section.tree, STATE) == ["Overdue by 3 days", "Due in 2 days"]
    overdue = section.tree.topLevelItem(0)
    assert overdue is not None and not overdue.icon(STATE).isNull()
    assert overdue.font(STATE).bold()
    assert section.who_box.text() == USER  # a new task goes to the case's worker
    qtbot.keyClicks(section.title_box, "Visit the clinic")
    section.due_box.setDate(section.due_box.date().addDays(5))
    section.tree.setCurrentItem(overdue)
    qtbot.mouseClick(section.done_button, Qt.MouseButton.LeftButton)
    assert _rows(section.tree, STATE)[-1].endswith("(not saved yet)")
    save(qtbot, case_page, runner)
    tasks = {t["title"]: t for t in stored(qtbot, runner, case_id)["tasks"]}
    today = call(qtbot, runner, lambda s: s.today())
    assert tasks["Call the shelter back"]["done_on"] == today.isoformat()
    assert tasks["Visit the clinic"]["due_on"] == (today + timedelta(days=5)).isoformat()
    assert tasks["Visit the clinic"]["assigned_to"] == USER
    qtbot.waitUntil(lambda: section.tree.topLevelItemCount() == 3 and not runner.busy,
                    timeout=WAIT)
    assert "Overdue" not in case_page.header.text()
    assert section.title_box.text() == ""  # the form is ready for the next one


def test_a_confidential_note_is_added_and_marked(
        qtbot: QtBot, case_page: CasePage, runner: OperationRunner) -> None:
    case_id = new_case(qtbot, runner)
    open_case(qtbot, case_page, runner, case_id)
    section = case_page.section(NotesSection)
    assert isinstance(section, NotesSection)
    case_page.tabs.setCurrentWidget(section)
    section.text_box.setFocus()
    section.text_box.insertPlainText("وصلت اليوم مع أختها")  # typed through an input method
    qtbot.mouseClick(section.confidential_box, Qt.MouseButton.LeftButton)
    assert case_page.has_unsaved()
    save(qtbot, case_page, runner)
    notes = stored(qtbot, runner, case_id)["notes"]
    assert (notes[-1]["text"], notes[-1]["confidential"], notes[-1]["author"]) == \
        ("وصلت اليوم مع أختها", True, USER)
    qtbot.waitUntil(lambda: "Confidential" in section.list.toPlainText(), timeout=WAIT)
    html = section.list.toHtml()
    assert "rtl" in html  # the Arabic note keeps its own direction
    assert section.text_box.toPlainText() == "" and not case_page.has_unsaved()


def test_an_emptied_note_box_adds_no_note(
        qtbot: QtBot, case_page: CasePage, runner: OperationRunner) -> None:
    open_case(qtbot, case_page, runner, new_case(qtbot, runner))
    section = case_page.section(NotesSection)
    assert isinstance(section, NotesSection)
    qtbot.keyClicks(section.text_box, "x")
    section.text_box.clear()
    assert case_page.changes() == {}


