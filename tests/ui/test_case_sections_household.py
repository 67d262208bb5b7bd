"""The Household section over a real store: links by name and by case number, and an
unaccompanied child shown with their guardian (or the lack of one) in words."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot
from tests.ui.case_sections_support import (
    ADULT,
    SITE,
    USER,
    Harness,
    pick,
)

from fieldcase.ui.case_sections.household_section import HouseholdSection

CHILD: dict[str, Any] = {
    "person": {"given_name": "Dawit", "sex": "male", "nationality": "ERI", "age_estimate": 14},
    "case": {"site": SITE, "stage": "transit", "assigned_to": USER,
             "flags": ["unaccompanied_child"]},
}


def test_an_unaccompanied_child_without_a_guardian_says_so_then_names_the_guardian(
        qtbot: QtBot, harness: Harness) -> None:
    harness.create(CHILD)
    section = HouseholdSection()
    qtbot.addWidget(section)
    section.show()
    harness.open(section)
    notice = section.child_notice
    assert notice.isVisible()
    assert "Unaccompanied" in notice.text() and "No guardian recorded" in notice.text()
    pick(section.relationship_box, "guardian")
    qtbot.keyClicks(section.name_box, "Hagos Tesfay")
    assert section.changes() == {"household": [{"relationship": "guardian",
                                                "name": "Hagos Tesfay"}]}
    assert harness.save(section)
    assert "Guardian: \u2068Hagos Tesfay\u2069" in notice.text()
    row = section.members.topLevelItem(0)
    assert row is not None and row.text(0) == "Guardian"


def test_a_member_linked_by_case_number_is_shown_by_that_number(qtbot: QtBot,
                                                               harness: Harness) -> None:
    harness.create(ADULT)
    other_number: list[str] = []
    from fieldcase.services.cases import create_case
    harness.runner.mutate(lambda session: create_case(session, CHILD),
                          lambda saved: other_number.append(saved.case_number))
    section = HouseholdSection()
    qtbot.addWidget(section)
    section.show()
    harness.open(section)
    assert not section.child_notice.isVisible()
    pick(section.relationship_box, "child")
    qtbot.keyClicks(section.case_box, "FC-NOSUCH-000999")
    section.find_button.click()
    assert section.binder.problem_paths() == ["household[0].related_case_id"]
    section.case_box.clear()
    qtbot.keyClicks(section.case_box, other_number[0])
    section.find_button.click()
    assert section.binder.problem_paths() == []
    assert other_number[0] in section.linked_label.text()
    assert harness.save(section)
    row = section.members.topLevelItem(0)
    assert row is not None and row.text(0) == "Child" and other_number[0] in row.text(1)


def test_a_draft_of_a_link_comes_back(qtbot: QtBot, harness: Harness) -> None:
    harness.create(CHILD)
    section = HouseholdSection()
    qtbot.addWidget(section)
    harness.open(section)
    pick(section.relationship_box, "sibling")
    qtbot.keyClicks(section.name_box, "Yonas")
    state = section.draft()
    other = HouseholdSection()
    qtbot.addWidget(other)
    harness.open(other)
    other.restore_draft(state)
    assert other.changes() == section.changes() == {
        "household": [{"relationship": "sibling", "name": "Yonas"}]}
