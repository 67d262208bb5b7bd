"""A worker's main flow by keyboard alone (issue 9), over a real encrypted profile.

Search a name nobody has → Enter registers it → the minimum typed, consent ticked → Enter
saves → the new case opens → a screening answered → a referral → a task, each saved with
Ctrl+S. Only key events reach the widgets; the test reads state (the focus, what is stored)
and never calls a widget's method to act. The one exception is the window manager's part:
offscreen has none, so the main window is made active again when the dialog closes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from fieldcase.services.session import Session
from fieldcase.ui.case_page.tasks import TasksSection
from fieldcase.ui.case_sections.referral_section import ReferralSection
from fieldcase.ui.case_sections.screening_section import ScreeningSection
from fieldcase.ui.main_window import MainWindow
from fieldcase.ui.operations import OperationRunner

from .case_page_helpers import WAIT, stored
from .test_main_window import open_session

NAME = "Qorvanex Tilbeh"
CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


@pytest.fixture
def window(qtbot: QtBot, runner: OperationRunner,
           opener: Callable[[], Session]) -> Iterator[MainWindow]:
    actor = open_session(qtbot, runner, opener)
    main = MainWindow(runner, actor)
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    qtbot.waitUntil(lambda: main.model.rowCount() > 0 and not runner.busy
                    and main.isActiveWindow(), timeout=WAIT)
    yield main
    main.idle_watch.stop()


class Keyboard:
    """Keys pressed on whatever has the focus, as a person at the keyboard does."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot

    @staticmethod
    def focus() -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "the focus is lost"
        return widget

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
              ) -> None:
        self.qtbot.keyClick(self.focus(), key, modifier)

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(self.focus(), text)

    def tab_to(self, target: QWidget, limit: int = 80) -> None:
        """Tab until ``target`` (or a part of it, the line edit of a combo box) has the focus."""
        for _ in range(limit):
            if self.focus() is target or target.isAncestorOf(self.focus()):
                return
            self.press(Qt.Key.Key_Tab)
        raise AssertionError(f"Tab never reached {target.objectName() or target}")


def tab_key(index: int) -> Qt.Key:
    """Alt+1…9: the case page's tab at ``index``."""
    assert 0 <= index < 9
    return Qt.Key(Qt.Key.Key_1.value + index)


def saved(qtbot: QtBot, runner: OperationRunner, case_id: str,
          check: Callable[[dict[str, Any]], bool]) -> dict[str, Any]:
    """The stored case once ``check`` holds for it."""
    found: list[dict[str, Any]] = []

    def holds() -> bool:
        if runner.busy:
            return False
        document = stored(qtbot, runner, case_id)
        found[:] = [document]
        return check(document)

    qtbot.waitUntil(holds, timeout=WAIT)
    return found[0]


def test_search_register_screen_refer_and_plan_by_keyboard_alone(
        qtbot: QtBot, window: MainWindow, runner: OperationRunner) -> None:
    keys = Keyboard(qtbot)
    page = window.detail
    # Search a name nobody has: Enter searches, Enter again registers it.
    window.case_list.setFocus()  # where the window starts; everything after is keys
    keys.press(Qt.Key.Key_F, CTRL)
    assert keys.focus() is window.search_bar.search_box
    keys.type(NAME)
    with qtbot.waitSignal(window.model.listed, timeout=WAIT):
        keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.case_list.empty_label.isVisible(), timeout=WAIT)
    keys.press(Qt.Key.Key_Return)
    dialog = window.register_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.given_box, timeout=WAIT)
    assert (dialog.given_box.text(), dialog.family_box.text()) == ("Qorvanex", "Tilbeh")

    # The minimum, then consent to registration, then Enter.
    keys.tab_to(dialog.sex_box)
    keys.type("F")
    keys.press(Qt.Key.Key_Tab)
    assert keys.focus() is dialog.birth_box
    keys.type("1991-07-04")
    keys.tab_to(dialog.nationality_box)
    keys.type("Eritrea")
    registration = next(iter(dialog.consent.boxes.values()))
    keys.tab_to(registration)
    keys.press(Qt.Key.Key_Space)
    assert dialog.consent.registration_given and dialog.phone_box.isEnabled()
    keys.tab_to(dialog.phone_box)
    keys.type("+291 7 123 456")
    with qtbot.waitSignal(dialog.registered, timeout=WAIT) as registered:
        keys.press(Qt.Key.Key_Return)
    case_id = registered.args[0]
    assert not dialog.isVisible()
    window.activateWindow()  # a window manager's part; offscreen has none
    qtbot.waitUntil(lambda: page.case_id == case_id and page.shown is not None
                    and not runner.busy and window.isActiveWindow(), timeout=WAIT)
    document = stored(qtbot, runner, case_id)
    assert document["person"]["given_name"] == "Qorvanex"
    assert document["person"]["nationality"] == "ERI"
    assert document["person"]["sex"] == "female"
    assert [c["purpose"] for c in document["consents"]] == ["registration"]

    # Into the case page by Tab, then to the Screening tab by its Alt+number.
    keys.tab_to(page.tabs)
    screening = page.section(ScreeningSection)
    assert isinstance(screening, ScreeningSection)
    keys.press(tab_key(page.tabs.indexOf(screening)), ALT)
    assert page.tabs.currentWidget() is screening
    keys.tab_to(screening.new_button)
    keys.press(Qt.Key.Key_Space)
    questionnaire = screening.questionnaire
    assert questionnaire is not None
    rows = list(questionnaire.rows.values())
    assert keys.focus() is rows[0].buttons[None]  # the first question, not answered
    keys.press(Qt.Key.Key_Y)
    keys.press(Qt.Key.Key_Tab)
    assert keys.focus() is rows[1].buttons[None]
    keys.press(Qt.Key.Key_Y)
    keys.press(Qt.Key.Key_S, CTRL)
    document = saved(qtbot, runner, case_id, lambda d: bool(d.get("screenings")))
    assert document["screenings"][0]["answers"] == {
        rows[0].question.id: True, rows[1].question.id: True}
    assert page.isAncestorOf(keys.focus())  # the saved questionnaire took its focus away

    # A referral: the service picked with the arrow keys, a reason, Ctrl+S.
    referrals = page.section(ReferralSection)
    assert isinstance(referrals, ReferralSection)
    keys.press(tab_key(page.tabs.indexOf(referrals)), ALT)
    assert page.tabs.currentWidget() is referrals
    keys.tab_to(referrals.service_box)
    keys.press(Qt.Key.Key_Down)
    service = referrals.service_box.currentData()
    assert service
    keys.tab_to(referrals.reason_box)
    keys.type("Needs a doctor for a hand injury.")
    keys.press(Qt.Key.Key_S, CTRL)
    document = saved(qtbot, runner, case_id, lambda d: bool(d.get("referrals")))
    assert [(r["service_id"], r["reason"]) for r in document["referrals"]] == [
        (service, "Needs a doctor for a hand injury.")]

    # A task, due on the day its box shows; Ctrl+S.
    tasks = page.section(TasksSection)
    assert isinstance(tasks, TasksSection)
    keys.press(tab_key(page.tabs.indexOf(tasks)), ALT)
    assert page.tabs.currentWidget() is tasks
    keys.tab_to(tasks.title_box)
    keys.type("Call the clinic about the appointment")
    keys.press(Qt.Key.Key_S, CTRL)
    document = saved(qtbot, runner, case_id, lambda d: bool(d.get("tasks")))
    assert [t["title"] for t in document["tasks"]] == ["Call the clinic about the appointment"]
    assert page.changes() == {}  # everything typed was saved
