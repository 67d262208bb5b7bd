"""The Screening section over a real store: the level and its reasons in words follow the
answers as they are given, the child rule shows for a child, keys answer, a new screening is
saved and listed in words, and the level saved is the service's own."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QGroupBox
from pytestqt.qtbot import QtBot
from tests.ui.case_sections_support import ADULT, SITE, USER, Harness

from fieldcase import bundled
from fieldcase.domain.screening import IndicatorQuestion
from fieldcase.domain.screening_translation import InstrumentTranslation
from fieldcase.domain.screening_types import DimensionRules
from fieldcase.resources import asset_path
from fieldcase.ui.case_sections.screening_section import ScreeningSection
from fieldcase.ui.i18n import install_language

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


@pytest.fixture
def arabic(qapp: QApplication) -> Iterator[None]:
    """The app in Arabic (its catalogue and the instruments' Arabic translation files)."""
    install_language(qapp, "ar")
    yield
    install_language(qapp, "en")


def test_in_arabic_the_questions_and_reasons_are_arabic_and_marked_not_yet_reviewed(
        qtbot: QtBot, harness: Harness, arabic: None) -> None:
    harness.create(CHILD)
    section = ScreeningSection()
    qtbot.addWidget(section)
    section.show()
    harness.open(section)
    translation = bundled.instrument_translation(
        next(i for i in bundled.instruments() if i.id == "trafficking-child"), "ar")
    assert translation is not None and not translation.reviewed
    assert section.instrument_box.currentText() == translation.title
    section.new_screening()
    questionnaire = section.questionnaire
    assert questionnaire is not None
    assert questionnaire.unreviewed.isVisible()
    assert questionnaire.unreviewed.text() == "الترجمة لم تُراجَع بعد — تحقّق منها بالنص الإنجليزي"
    strong = next(q for q in questions_of("trafficking-child", "deceptive_recruitment")
                  if q.strength == "strong")
    row = questionnaire.rows[strong.id]
    assert translation.questions[strong.id].text in row.label.text()
    assert row.label.toolTip() == strong.text  # the English, for the interpreter to check
    assert row.english is not None and not row.english.isVisible()
    # the English text on request, reached by Tab (a check box), shown under every question
    assert questionnaire.show_english.focusPolicy() & Qt.FocusPolicy.TabFocus
    questionnaire.show_english.setChecked(True)
    assert row.english.isVisible() and strong.text in row.english.text()
    assert f"\u2066{strong.text}\u2069" in row.english.text()  # kept left to right
    group = questionnaire.findChild(QGroupBox, "data:group:deceptive_recruitment")
    assert group is not None and group.title() == "التجنيد بالخداع"

    row.buttons[True].click()
    reasons = section.reasons_label.text()
    assert translation.questions[strong.id].label in reasons  # the reason in Arabic
    assert strong.label not in reasons and "Deceptive recruitment" not in reasons
    assert translation.rules[_explain(strong)] in reasons
    # stored answers stay by question id
    assert section.changes()["screenings"][0]["answers"] == {strong.id: True}


def _explain(question: IndicatorQuestion) -> str:
    """The child instrument's explanation of the level one strong indicator gives."""
    instrument = next(i for i in bundled.instruments() if i.id == "trafficking-child")
    assert isinstance(instrument.rules, DimensionRules)
    return next(rule.explain for rule in instrument.rules.levels
                if "strong" in rule.explain)


def test_a_reviewed_translation_drops_the_mark(qtbot: QtBot, harness: Harness, arabic: None,
                                               tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """A temporary copy of the Arabic file, reviewed by a protection lead: no mark, and the
    English text is still at hand."""
    instrument = next(i for i in bundled.instruments() if i.id == "trafficking-adult")
    source = asset_path("screening", "i18n", "trafficking-adult.v1.ar.json")
    data = json.loads(source.read_text(encoding="utf-8"))
    data.update(reviewed_by="Protection lead, Agadez", reviewed_at="2026-12-01")
    copy = tmp_path / source.name
    copy.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    reviewed = InstrumentTranslation.from_dict(
        json.loads(copy.read_text(encoding="utf-8")), instrument)
    monkeypatch.setattr(bundled, "instrument_translation",
                        lambda instrument, language: reviewed
                        if instrument.id == "trafficking-adult" else None)
    harness.create(ADULT)
    section = ScreeningSection()
    qtbot.addWidget(section)
    section.show()
    harness.open(section)
    section.new_screening()
    questionnaire = section.questionnaire
    assert questionnaire is not None and questionnaire.instrument.id == "trafficking-adult"
    assert not questionnaire.unreviewed.isVisible()
    assert questionnaire.show_english.isVisible()
    first = next(iter(questionnaire.rows.values()))
    assert reviewed.questions[first.question.id].text in first.label.text()


def test_a_question_the_translation_lacks_is_asked_in_english(
        qtbot: QtBot, harness: Harness, arabic: None, monkeypatch: pytest.MonkeyPatch) -> None:
    instrument = next(i for i in bundled.instruments() if i.id == "trafficking-adult")
    data = json.loads(asset_path("screening", "i18n", "trafficking-adult.v1.ar.json")
                      .read_text(encoding="utf-8"))
    lacking = instrument.questions[0]
    del data["questions"][lacking.id]
    partial = InstrumentTranslation.from_dict(data, instrument, complete=False)
    monkeypatch.setattr(bundled, "instrument_translation",
                        lambda instrument, language: partial
                        if instrument.id == "trafficking-adult" else None)
    harness.create(ADULT)
    section = ScreeningSection()
    qtbot.addWidget(section)
    section.show()
    harness.open(section)
    section.new_screening()
    questionnaire = section.questionnaire
    assert questionnaire is not None
    row = questionnaire.rows[lacking.id]
    assert lacking.text in row.label.text() and row.english is None
    other = questionnaire.rows[instrument.questions[1].id]
    assert partial.questions[other.question.id].text in other.label.text()


def test_in_english_there_is_no_mark_and_no_english_toggle(qtbot: QtBot,
                                                           harness: Harness) -> None:
    harness.create(ADULT)
    section = ScreeningSection()
    qtbot.addWidget(section)
    section.show()
    harness.open(section)
    section.new_screening()
    questionnaire = section.questionnaire
    assert questionnaire is not None
    assert not questionnaire.unreviewed.isVisible()
    assert not questionnaire.show_english.isVisible()
    assert all(row.english is None for row in questionnaire.rows.values())
