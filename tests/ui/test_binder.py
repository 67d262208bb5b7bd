"""The form binder with real widgets: paths to widgets, drafts, problems beside their fields."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from fieldcase.domain.errors import ValidationError
from fieldcase.ui.forms.binder import WARNING_SIGN, FormBinder, parent_of, pattern_of, split_path
from fieldcase.ui.names import choices


class PersonForm(QWidget):
    """A small form as the editing screens will make them: fields, then the binder."""

    def __init__(self) -> None:
        super().__init__()
        self.given = QLineEdit(self)
        self.sex = QComboBox(self)
        for choice in choices("sex"):
            self.sex.addItem(choice.name, choice.code)
        self.interpreter = QCheckBox("Interpreter needed", self)
        self.consent = QLineEdit(self)
        self.note = QPlainTextEdit(self)
        self.legs = [QLineEdit(self), QLineEdit(self)]  # journey rows' end dates
        self.binder = FormBinder(self)
        layout = QVBoxLayout(self)
        for path, widget in (("person.given_name", self.given), ("person.sex", self.sex),
                             ("person.interpreter_needed", self.interpreter),
                             ("referrals[0].consent_id", self.consent),
                             ("notes[0].text", self.note)):
            binding = self.binder.bind(path, widget)
            layout.addWidget(widget)
            layout.addWidget(binding.problem_label)
        for leg in self.legs:
            layout.addWidget(leg)
        self.binder.bind_each("journey[*].ended_on",
                              lambda i: self.legs[i] if i < len(self.legs) else None)


@pytest.fixture
def form(qtbot: QtBot) -> PersonForm:
    widget = PersonForm()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_paths_are_split_matched_and_climbed() -> None:
    assert split_path("referrals[0].consent_id") == ["referrals", 0, "consent_id"]
    assert pattern_of("journey[12].ended_on") == "journey[*].ended_on"
    assert parent_of("person.contact.phone") == "person.contact"
    assert parent_of("journey[2]") == "journey"
    assert parent_of("person") == ""


def test_a_draft_is_read_from_the_widgets_and_an_empty_box_is_absent(form: PersonForm) -> None:
    form.given.setText("Amina")
    form.sex.setCurrentIndex(form.sex.findData("female"))
    form.interpreter.setChecked(True)
    form.note.setPlainText("   ")
    assert form.binder.read() == {
        "person": {"given_name": "Amina", "sex": "female", "interpreter_needed": True}}
    form.consent.setText("0197c0de-0000-7000-8000-000000000001")
    assert form.binder.read()["referrals"] == [
        {"consent_id": "0197c0de-0000-7000-8000-000000000001"}]


def test_a_document_is_written_into_the_widgets(form: PersonForm) -> None:
    form.binder.write({"person": {"given_name": "Yonas", "sex": "male"},
                       "notes": [{"text": "Arrived on foot."}]})
    assert form.given.text() == "Yonas" and form.sex.currentData() == "male"
    assert form.note.toPlainText() == "Arrived on foot." and form.consent.text() == ""
    assert not form.interpreter.isChecked()
    assert form.binder.read()["notes"] == [{"text": "Arrived on foot."}]


def test_each_problem_shows_beside_its_field_and_the_first_has_the_focus(
        form: PersonForm) -> None:
    problems = [  # the service's order is not the form's: focus follows the form
        ValidationError("notes[0].text", "too_long", "must be at most 4000 characters",
                        {"max": 4000}),
        ValidationError("person.given_name", "required", "is required"),
        ValidationError("journey[1].ended_on", "date_order", "must not be before started_on"),
        ValidationError("case.site", "format", "must be a site code"),
    ]
    unplaced = form.binder.show_problems(problems)
    assert unplaced == [problems[3]]  # no field for it: the form's message line says it
    given = form.binder.binding("person.given_name")
    assert given.problem_label.isVisible()
    assert given.problem_label.text() == f"{WARNING_SIGN} Required."  # a sign, not colour only
    assert form.given.accessibleDescription() == "Required."  # read with the field
    assert form.given.property("invalid") is True
    assert form.binder.binding("notes[0].text").problem_label.text() == \
        f"{WARNING_SIGN} Too long: at most 4000 characters."
    assert form.legs[1].accessibleDescription() == "This date is before the one it follows."
    assert form.legs[0].accessibleDescription() == ""
    assert form.focusWidget() is form.given
    assert form.binder.problem_paths() == ["person.given_name", "notes[0].text"]


def test_a_problem_below_a_bound_field_goes_to_that_field(form: PersonForm) -> None:
    unplaced = form.binder.show_problems(
        [ValidationError("person.sex.code", "unknown_code", "unknown code")])
    assert unplaced == []
    assert form.sex.accessibleDescription() == "Choose one of the values offered."


def test_editing_a_field_clears_its_problem_and_only_its_own(
        qtbot: QtBot, form: PersonForm) -> None:
    form.binder.show_problems([
        ValidationError("person.given_name", "required", "is required"),
        ValidationError("referrals[0].consent_id", "unknown_reference", "names no consent"),
        ValidationError("journey[0].ended_on", "future", "must not be in the future")])
    qtbot.keyClicks(form.given, "A")
    assert not form.binder.binding("person.given_name").problem_label.isVisible()
    assert form.given.accessibleDescription() == "" and form.given.property("invalid") is False
    assert form.binder.problem_paths() == ["referrals[0].consent_id"]
    qtbot.keyClicks(form.legs[0], "2")
    assert form.legs[0].accessibleDescription() == ""


def test_writing_a_document_does_not_clear_the_problems_just_shown(form: PersonForm) -> None:
    form.binder.show_problems([ValidationError("person.given_name", "required", "is required")])
    form.binder.write({"person": {"given_name": ""}})
    assert form.binder.problem_paths() == ["person.given_name"]


def test_a_new_answer_replaces_the_old_problems(form: PersonForm) -> None:
    form.binder.show_problems([ValidationError("person.given_name", "required", "x")])
    form.binder.show_problems([ValidationError("notes[0].text", "empty", "must not be empty")])
    assert form.binder.problem_paths() == ["notes[0].text"]
    assert form.focusWidget() is form.note


def test_a_path_bound_twice_and_a_pattern_without_a_star_are_refused(form: PersonForm) -> None:
    with pytest.raises(ValueError, match="bound twice"):
        form.binder.bind("person.given_name", QLineEdit(form))
    with pytest.raises(ValueError, match=r"no \[\*\]"):
        form.binder.bind_each("journey[0].ended_on", lambda _i: None)
