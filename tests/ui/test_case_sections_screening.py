"""The Screening section over a real store: the level and its reasons in words follow the
answers as they are given, the child rule shows for a child, keys answer, a new screening is
saved and listed in words, and the level saved is the service's own."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from tests.ui.case_sections_support import ADULT, SITE, USER, Harness

from fieldcase import bundled
from fieldcase.domain.screening import IndicatorQuestion
from fieldcase.ui.case_sections.screening_section import ScreeningSection

CHILD: dict[str, Any] = {
    "person": {"given_name": "Dawit", "sex": "male", "nationality": "ERI", "age_estimate": 14},
    "case": {"site": SITE, "stage": "transit", "assigned_to": USER},
}


def questions_of(instrument_id: str, dimension: str) -> list[IndicatorQuestion]:
    instrument = next(i for i in bundled.instruments() if i.id == instrument_id)
    return [q for q in instrument.questions
            if isinstance(q, IndicatorQuestion) and q.dimension == dimension]


def test_a_child_screening_level_and_reasons_in_words_follow_the_answers(
        qtbot: QtBot, harness: Harness) -> None:
    harness.create(CHILD)
    section = ScreeningSection()
    qtbot.addWidget(section)
    section.show()
    harness.open(section)
    assert section.child_notice.isVisible()
    assert "Child rule (ILO/EC)" in section.child_notice.text()
    assert "coercion or abuse of vulnerability at destination (the means) is not required" \
        in section.child_notice.text()
    assert section.instrument_box.currentData() == "trafficking-child"
    section.new_screening()
    questionnaire = section.questionnaire
    assert questionnaire is not None
    assert section.level_label.text() == "Level: Low"
    assert "questions not answered" in section.reasons_label.text()

    deceit = questions_of("trafficking-child", "deceptive_recruitment")
    strong = next(q for q in deceit if q.strength == "strong")
    with qtbot.waitSignal(section.edited):
        questionnaire.rows[strong.id].buttons[True].click()
    assert section.level_label.text() == "Level: ⚠ High"
    reasons = section.reasons_label.text()
    assert "High: a child with at least one strong indicator." in reasons
    assert f"Deceptive recruitment: not positive — “{strong.label}” (strong)" in reasons
    assert "dr." not in reasons  # never a question id

    for dimension in ("deceptive_recruitment", "exploitative_conditions"):
        for question in questions_of("trafficking-child", dimension):
            if question.id in questionnaire.rows:
                questionnaire.rows[question.id].buttons[True].click()
    assert section.level_label.text() == "Level: ⚠ Critical"
    reasons = section.reasons_label.text()
    assert "Rule met: Children (ILO/EC 2009" in reasons
    assert "Deceptive recruitment: positive" in reasons
    assert "A supervisor will review this case" in reasons

    assert harness.save(section)
    stored = harness.shown.document  # type: ignore[union-attr]
    assert stored["case"]["risk_level"] == "critical"
    assert stored["screenings"][0]["result"]["level"] == "critical"
    row = section.past.topLevelItem(0)
    assert row is not None and row.text(2) == "⚠ Critical"
    assert row.text(3).startswith("Critical: the ILO/EC rule for children is met")
    every = section.past_reasons.text()
    assert "Rule met" in every and "dr." not in every and section.past_reasons.isVisible()
    assert section.questionnaire is None  # the editor closed after the save


def test_an_adult_sees_no_child_rule_and_keys_answer(qtbot: QtBot, harness: Harness) -> None:
    harness.create(ADULT)
    section = ScreeningSection()
    qtbot.addWidget(section)
    section.show()
    harness.open(section)
    assert not section.child_notice.isVisible()
    assert section.instrument_box.currentData() == "trafficking-adult"
    section.new_screening()
    questionnaire = section.questionnaire
    assert questionnaire is not None
    first = next(iter(questionnaire.rows.values()))
    qtbot.keyClick(first.buttons[None], Qt.Key.Key_Y)
    assert first.answer() is True
    qtbot.keyClick(first.buttons[True], Qt.Key.Key_N)
    assert first.answer() is False
    qtbot.keyClick(first.buttons[False], Qt.Key.Key_0)
    assert first.answer() is None
    assert section.changes() == {}  # nothing answered, nothing to save


def test_the_vulnerability_questionnaire_says_its_score_in_words(qtbot: QtBot,
                                                                 harness: Harness) -> None:
    harness.create(ADULT)
    section = ScreeningSection()
    qtbot.addWidget(section)
    section.show()
    harness.open(section)
    section.instrument_box.setCurrentIndex(section.instrument_box.findData("vulnerability"))
    section.new_screening()
    questionnaire = section.questionnaire
    assert questionnaire is not None and questionnaire.instrument.id == "vulnerability"
    next(iter(questionnaire.rows.values())).buttons[True].click()
    assert "Vulnerability score" in section.reasons_label.text()
    state = section.draft()
    assert state["instrument_id"] == "vulnerability" and state["answers"]
    other = ScreeningSection()
    qtbot.addWidget(other)
    harness.open(other)
    other.restore_draft(state)
    assert other.changes()["screenings"][0]["answers"] == state["answers"]


def test_a_questionnaire_is_answered_by_keyboard_alone(qtbot: QtBot, harness: Harness) -> None:
    """Tab goes from question to question (one stop each), the arrow keys move between the
    answers of one, Y answers yes; the live level follows."""
    from PySide6.QtWidgets import QApplication

    harness.create(CHILD)
    section = ScreeningSection()
    qtbot.addWidget(section)
    section.show()
    section.activateWindow()
    qtbot.waitUntil(section.isActiveWindow, timeout=20_000)
    harness.open(section)
    section.new_screening()
    questionnaire = section.questionnaire
    assert questionnaire is not None
    rows = list(questionnaire.rows.values())
    assert QApplication.focusWidget() is rows[0].buttons[None]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    where = [(i, v) for i, r in enumerate(rows) for v, b in r.buttons.items() if b is focused]
    assert where == [(1, None)]  # Tab lands on the answer given so far
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left)
    assert rows[1].answer() is False  # "No", left of "No answer"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Y)
    assert rows[1].answer() is True
    assert section.changes()["screenings"][0]["answers"] == {rows[1].question.id: True}
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # from "Yes": the next one
    assert QApplication.focusWidget() is rows[2].buttons[None]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is rows[1].buttons[True]
