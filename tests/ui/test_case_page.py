"""The editable case page over a real encrypted profile: opened on request, the person edited
and saved with one Save, a field changed under the person's hands kept as a conflict and named
in words, a refused save shown beside its fields with the focus on the first, drafts gathered
from the sections, and tabs reached by keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from fieldcase import bundled
from fieldcase.services import cases
from fieldcase.services import sync as sync_service
from fieldcase.ui.case_page.page import CasePage, merge_partials, touched_paths
from fieldcase.ui.case_page.person import PersonSection
from fieldcase.ui.case_page.tasks import TasksSection
from fieldcase.ui.forms.binder import WARNING_SIGN
from fieldcase.ui.operations import OperationRunner

from .case_page_helpers import WAIT, call, new_case, open_case, save, stored


@pytest.fixture
def page(case_page: CasePage) -> CasePage:
    return case_page


def person(page: CasePage) -> PersonSection:
    found = page.section(PersonSection)
    assert isinstance(found, PersonSection)
    return found


def test_the_page_opens_only_when_asked_and_says_where_the_case_stands(
        qtbot: QtBot, page: CasePage, runner: OperationRunner) -> None:
    case_id = new_case(qtbot, runner)
    assert page.shown is None and "press Enter" in page.shown_text()
    open_case(qtbot, page, runner, case_id)
    text = page.shown_text()
    assert "Selam Tesfay" in text and "Status: Open · Stage: Transit" in text
    assert "Overdue: 1 follow-up — the oldest by 3 days" in text
    assert page.header.overdue_icon.isVisibleTo(page)  # a sign beside the words
    assert "Eritrea" in text and "ERI" not in text.replace("Eritrea", "")  # codes by name
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
        "Overview", "Person", "Consents", "Screening", "Referrals", "Tasks", "Notes",
        "Assistance", "Journey", "Household", "Attachments", "Workflow", "History"]


def test_a_person_edit_is_saved_with_what_was_seen(
        qtbot: QtBot, page: CasePage, runner: OperationRunner) -> None:
    case_id = new_case(qtbot, runner)
    open_case(qtbot, page, runner, case_id)
    form = person(page)
    page.tabs.setCurrentWidget(form)
    form.family.setFocus()
    form.family.selectAll()
    qtbot.keyClicks(form.family, "Tesfaye")
    form.other_names.setPlainText("سلام تسفاي\nSelam Tesfaye")
    form.nationality.setFocus()
    form.nationality.lineEdit().selectAll()
    qtbot.keyClicks(form.nationality.lineEdit(), "Ethiopia")
    form.nationality.picked.emit()
    form.languages.picker.setCurrentIndex(form.languages.picker.findData("ar"))
    qtbot.mouseClick(form.languages.add_button, Qt.MouseButton.LeftButton)
    form.interpreter.setCurrentIndex(form.interpreter.findText("Yes"))
    form.interpreter.activated.emit(form.interpreter.currentIndex())
    form.interview_language.setCurrentIndex(form.interview_language.findData("ti"))
    form.interview_language.picked.emit()
    form.safe_to_contact.setCurrentIndex(form.safe_to_contact.findText("No"))
    form.safe_to_contact.activated.emit(form.safe_to_contact.currentIndex())
    qtbot.keyClicks(form.code_word, "blue river")
    assert page.has_unsaved() and page.unsaved_label.text() == "Unsaved changes"
    assert page.changes() == {"person": {
        "family_name": "Tesfaye", "other_names": ["سلام تسفاي", "Selam Tesfaye"],
        "nationality": "ETH", "languages": ["ti", "ar"], "interpreter_needed": True,
        "interview_language": "ti",
        "contact": {"safe_to_contact": False, "code_word": "blue river"}}}
    save(qtbot, page, runner)
    assert page.message_text() == "Saved."
    saved = stored(qtbot, runner, case_id)["person"]
    assert (saved["family_name"], saved["nationality"], saved["languages"]) == \
        ("Tesfaye", "ETH", ["ti", "ar"])
    assert saved["contact"] == {"phone": "+251 911 234 567", "other": None,
                                "safe_to_contact": False, "code_word": "blue river"}
    qtbot.waitUntil(lambda: not page.has_unsaved() and not runner.busy, timeout=WAIT)
    assert form.family.text() == "Tesfaye" and page.changes() == {}


def test_a_field_changed_while_editing_is_kept_as_a_conflict_and_named(
        qtbot: QtBot, page: CasePage, runner: OperationRunner) -> None:
    case_id = new_case(qtbot, runner)
    open_case(qtbot, page, runner, case_id)
    form = person(page)
    form.family.setFocus()
    form.family.selectAll()
    qtbot.keyClicks(form.family, "Tesfai")
    # another laptop's edit of the same field arrives (as a sync would land it)
    call(qtbot, runner, lambda s: cases.update_case(
        s, case_id, {"person": {"family_name": "Tesfamariam", "given_name": "Salam"}}),
        mutation=True)
    qtbot.waitUntil(lambda: "changed while you were editing" in page.message_text(),
                    timeout=WAIT)
    assert "Family name" in page.message_text()
    assert form.family.text() == "Tesfai"  # the person's words are kept
    assert form.given.text() == "Salam"  # a field they did not touch follows the case
    save(qtbot, page, runner)
    assert page.message_text() == ("This case changed while you were editing: Family name — "
                                   "both values are kept; see Conflicts to choose.")
    conflicts = call(qtbot, runner, lambda s: sync_service.list_conflicts(s, case_id))
    values = {side.value for conflict in conflicts for side in conflict.sides}
    assert {"Tesfai", "Tesfamariam"} <= values
    assert stored(qtbot, runner, case_id)["person"]["given_name"] == "Salam"


def test_a_refused_save_shows_each_problem_beside_its_field_and_focuses_the_first(
        qtbot: QtBot, page: CasePage, runner: OperationRunner) -> None:
    case_id = new_case(qtbot, runner)
    open_case(qtbot, page, runner, case_id)
    tasks = page.section(TasksSection)
    assert isinstance(tasks, TasksSection)
    page.tabs.setCurrentWidget(tasks)
    qtbot.keyClicks(tasks.title_box, "x" * 201)
    form = person(page)
    form.given.setText("")
    form.given.textEdited.emit("")
    page.tabs.setCurrentIndex(0)
    save(qtbot, page, runner)
    assert page.message_text().startswith("Not saved: 2 problems to fix.")
    assert page.tabs.currentWidget() is form
    label = form.binder.binding("person.given_name").problem_label
    assert label.isVisibleTo(page) and label.text() == f"{WARNING_SIGN} Must not be empty."
    assert form.given.hasFocus() or page.focusWidget() is form.given
    assert form.given.accessibleDescription() == "Must not be empty."
    tasks_label = tasks.binder.binding("new.title").problem_label
    assert tasks_label.text().startswith(WARNING_SIGN) and "at most" in tasks_label.text()
    assert stored(qtbot, runner, case_id)["person"]["given_name"] == "Selam"  # nothing saved


def test_the_draft_gathers_the_sections_and_comes_back(
        qtbot: QtBot, page: CasePage, runner: OperationRunner) -> None:
    case_id = new_case(qtbot, runner)
    open_case(qtbot, page, runner, case_id)
    assert page.draft_key() == f"case:{case_id}" and page.draft() == {}
    form = person(page)
    qtbot.keyClicks(form.phone, "9")
    tasks = page.section(TasksSection)
    assert isinstance(tasks, TasksSection)
    qtbot.keyClicks(tasks.title_box, "Visit the clinic")
    draft = page.draft()
    assert draft["sections"]["personSection"] == {
        "person.contact.phone": "+251 911 234 5679"}
    assert draft["sections"]["tasksSection"]["new"]["title"] == "Visit the clinic"
    open_case(qtbot, page, runner, case_id)  # opened again: the edits are gone
    assert not page.has_unsaved()
    page.restore_draft(draft)
    assert form.phone.text() == "+251 911 234 5679"
    assert page.changes()["tasks"][0]["title"] == "Visit the clinic"
    assert page.has_unsaved()


def test_tabs_are_reached_by_keyboard(qtbot: QtBot, page: CasePage,
                                      runner: OperationRunner) -> None:
    open_case(qtbot, page, runner, new_case(qtbot, runner))
    person(page).given.setFocus()
    page.tabs.setCurrentIndex(1)
    qtbot.keyClick(page.focusWidget() or page, Qt.Key.Key_PageDown,
                   Qt.KeyboardModifier.ControlModifier)
    assert page.tabs.currentIndex() == 2
    qtbot.keyClick(page.focusWidget() or page, Qt.Key.Key_PageUp,
                   Qt.KeyboardModifier.ControlModifier)
    assert page.tabs.currentIndex() == 1
    qtbot.keyClick(page.focusWidget() or page, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    assert page.tabs.currentIndex() == 3


def test_lock_empties_the_page(qtbot: QtBot, page: CasePage, runner: OperationRunner) -> None:
    open_case(qtbot, page, runner, new_case(qtbot, runner))
    with qtbot.waitSignal(runner.session_closed, timeout=WAIT):
        runner.close_session()
    assert page.shown is None and "Selam" not in page.shown_text()
    assert page.header.name_label.text() == ""


def test_partials_merge_and_a_refresh_names_only_what_the_person_edits() -> None:
    assert merge_partials([{"person": {"a": 1}}, {"person": {"contact": {"b": 2}}},
                           {"tasks": [{"id": "t1"}]}, {"tasks": [{"title": "x"}]}]) == {
        "person": {"a": 1, "contact": {"b": 2}}, "tasks": [{"id": "t1"}, {"title": "x"}]}
    old = {"person": {"family_name": "A", "given_name": "B"},
           "tasks": [{"id": "t1", "done_on": None, "title": "x"}]}
    new = {"person": {"family_name": "C", "given_name": "B"},
           "tasks": [{"id": "t1", "done_on": None, "title": "y"}]}
    editing = {"person": {"family_name": "Z", "given_name": "Q"},
               "tasks": [{"id": "t1", "done_on": "2026-12-01"}, {"title": "new"}]}
    assert touched_paths(old, new, editing) == ["person.family_name"]


def test_the_code_word_is_closed_to_someone_who_may_not_see_it(
        qtbot: QtBot, sync_runner: object) -> None:
    """Site intake (a worker on an unassigned case) gets the field disabled, with the reason;
    the shown document never holds the word anyway (``policy.redact``)."""
    from datetime import date

    from fieldcase.domain.policy import Actor, Role
    from fieldcase.ui.case_page.section import SectionContext

    form = PersonSection()
    qtbot.addWidget(form)
    document = {"id": "c1", "person": {"given_name": "Selam", "contact": {"phone": None}},
                "case": {"site": "LAMP-01", "assigned_to": None}}
    intake = Actor("yonas", Role.WORKER, "demo", "LAMP-01")
    context = SectionContext(sync_runner, intake, date(2026, 11, 30),  # type: ignore[arg-type]
                             bundled.service_directory())
    form.show_case(document, context)
    assert not form.code_word.isEnabled()
    assert "supervisors see and set the code word" in form.code_word_note.text()
    assigned = {**document, "case": {"site": "LAMP-01", "assigned_to": "yonas"}}
    form.show_case(assigned, context)
    assert form.code_word.isEnabled() and form.code_word_note.isHidden()
