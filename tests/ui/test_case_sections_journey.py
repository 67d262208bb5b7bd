"""The Journey section over a real store: a leg added, a leg corrected, the timeline by stage."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from tests.ui.case_sections_support import ADULT, Harness, pick

from fieldcase.ui.case_sections.journey_section import JourneySection


def test_a_leg_added_shows_under_its_stage_with_country_and_incidents_in_words(
        qtbot: QtBot, harness: Harness) -> None:
    harness.create(ADULT)
    section = JourneySection()
    qtbot.addWidget(section)
    harness.open(section)
    assert section.changes() == {}
    pick(section.stage_box, "transit")
    pick(section.country_box, "LBY")
    qtbot.keyClicks(section.place_box, "Kufra")
    pick(section.means_box, "truck")
    section.incidents.boxes["extortion"].click()
    leg = section.changes()["journey"][0]
    assert leg["country"] == "LBY" and leg["incidents"] == ["extortion"]
    assert "ended_on" not in leg  # "still there"
    assert harness.save(section)
    group = section.timeline.topLevelItem(0)
    assert group is not None and group.text(0).startswith("Transit")
    row = group.child(0)
    assert row.text(1) == "Libya" and "Kufra" in row.text(0)
    assert row.text(3) == "Truck" and row.text(4) == "Extortion"
    assert row.text(2).startswith("since ")


def test_a_leg_corrected_sends_only_what_changed(qtbot: QtBot, harness: Harness) -> None:
    harness.create({**ADULT, "journey": [{"stage": "origin", "country": "ERI",
                                          "started_on": "2024-11-02", "means": "foot"}]})
    section = JourneySection()
    qtbot.addWidget(section)
    harness.open(section)
    group = section.timeline.topLevelItem(0)
    assert group is not None
    section.timeline.setCurrentItem(group.child(0))
    section.edit_button.click()
    section.end_box.setDate(section.start_box.date().addDays(18))
    leg = section.changes()["journey"][0]
    assert set(leg) == {"id", "ended_on"} and leg["ended_on"] == "2024-11-20"
    assert harness.save(section)
    row = section.timeline.topLevelItem(0).child(0)  # type: ignore[union-attr]
    assert row.text(2) == "2024-11-02 to 2024-11-20"


def test_an_end_before_the_start_is_shown_beside_the_end(qtbot: QtBot, harness: Harness) -> None:
    harness.create(ADULT)
    section = JourneySection()
    qtbot.addWidget(section)
    harness.open(section)
    pick(section.country_box, "EGY")
    section.end_box.setDate(section.start_box.date().addDays(-3))
    assert not harness.save(section)
    assert section.binder.problem_paths() == ["journey[0].ended_on"]


def test_a_refresh_while_typing_keeps_the_leg_being_typed(qtbot: QtBot, harness: Harness) -> None:
    harness.create(ADULT)
    section = JourneySection()
    qtbot.addWidget(section)
    shown = harness.open(section)
    pick(section.country_box, "TUN")
    qtbot.keyClicks(section.place_box, "Sfax")
    typed = section.changes()
    changed = {**shown.document, "journey": [{"id": "0195a0b2-7c00-7000-8000-000000000004",
                                             "stage": "origin", "country": "ERI",
                                             "started_on": "2024-11-02", "means": "foot"}]}
    assert harness.context() is not None
    section.show_case(changed, harness.context())  # a sync changed the case meanwhile
    assert section.changes() == typed
    assert section.timeline.topLevelItem(0) is not None  # the list follows the case
