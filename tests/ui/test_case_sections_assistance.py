"""The Assistance section over a real store: an entry added and saved, the log in words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from tests.ui.case_sections_support import ADULT, USER, Harness

from fieldcase.ui.case_sections.assistance_section import AssistanceSection


def test_an_entry_added_is_saved_and_shown_in_words(qtbot: QtBot, harness: Harness) -> None:
    harness.create(ADULT)
    section = AssistanceSection()
    qtbot.addWidget(section)
    harness.open(section)
    assert section.changes() == {}
    assert section.empty.isVisible() or not section.isVisible()
    with qtbot.waitSignal(section.edited):
        section.type_box.setCurrentIndex(section.type_box.findData("shelter"))
        section.type_box.activated.emit(section.type_box.currentIndex())
    qtbot.keyClicks(section.details_box, "Two nights, family wing")
    partial = section.changes()["assistance"][0]
    assert partial["type"] == "shelter" and partial["provided_by"] == USER
    assert harness.save(section)
    assert section.changes() == {}  # the editor is empty again
    row = section.log.topLevelItem(0)
    assert row is not None and row.text(1) == "Shelter"
    assert "Two nights" in row.text(3)


def test_a_refused_entry_shows_the_problem_beside_its_field(qtbot: QtBot,
                                                            harness: Harness) -> None:
    harness.create(ADULT)
    section = AssistanceSection()
    qtbot.addWidget(section)
    section.show()
    harness.open(section)
    qtbot.keyClicks(section.details_box, "No type chosen")
    section.by_box.clear()
    assert not harness.save(section)
    assert set(section.binder.problem_paths()) >= {"assistance[0].type",
                                                   "assistance[0].provided_by"}
    label = section.binder.binding("assistance[0].type").problem_label
    assert label.isVisible() and "Required" in label.text()
    assert section.focusWidget() is section.type_box
    assert section.type_box.focusPolicy() != Qt.FocusPolicy.NoFocus


def test_a_draft_comes_back(qtbot: QtBot, harness: Harness) -> None:
    harness.create(ADULT)
    section = AssistanceSection()
    qtbot.addWidget(section)
    harness.open(section)
    qtbot.keyClicks(section.details_box, "Blanket")
    state = section.draft()
    other = AssistanceSection()
    qtbot.addWidget(other)
    harness.open(other)
    other.restore_draft(state)
    assert other.changes() == section.changes()
