"""The case page by keyboard alone, in the main window: Enter opens the selected case, Tab
walks from the list into the page, Ctrl+PgDown reaches the Person tab, Tab reaches its
fields (each named as its label says), and Ctrl+S saves. And right to left: the page follows
an Arabic interface, while a Latin name keeps its own direction."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from fieldcase.services.session import Session
from fieldcase.ui.case_list_model import CASE_ID_ROLE
from fieldcase.ui.case_page.person import PersonSection
from fieldcase.ui.case_rows import NAME
from fieldcase.ui.main_window import MainWindow
from fieldcase.ui.operations import OperationRunner

from .case_page_helpers import WAIT, stored
from .test_main_window import open_session


@pytest.fixture
def window(qtbot: QtBot, runner: OperationRunner,
           opener: Callable[[], Session]) -> Iterator[MainWindow]:
    actor = open_session(qtbot, runner, opener)
    main = MainWindow(runner, actor)
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    qtbot.waitUntil(lambda: main.model.rowCount() > 0 and not runner.busy, timeout=WAIT)
    yield main
    main.idle_watch.stop()


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def tab_until(qtbot: QtBot, wanted: Callable[[QWidget | None], bool], limit: int = 60) -> None:
    for _ in range(limit):
        if wanted(focused()):
            return
        widget = focused()
        assert widget is not None
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached it; last: {focused()!r}")


def test_a_whole_edit_by_keyboard_alone(qtbot: QtBot, window: MainWindow,
                                        runner: OperationRunner) -> None:
    page = window.detail
    view = window.case_list
    view.setFocus()
    view.setCurrentIndex(window.model.index(0, NAME))
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert page.case_id is None  # selecting shows nothing about a person
    assert not window.registry["save"].isEnabled()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.shown is not None and not runner.busy, timeout=WAIT)
    case_id = str(window.model.index(1, 0).data(CASE_ID_ROLE))
    assert page.case_id == case_id and window.registry["save"].isEnabled()
    tab_until(qtbot, lambda w: w is page.tabs.tabBar())
    qtbot.keyClick(page.tabs.tabBar(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    form = page.tabs.currentWidget()
    assert isinstance(form, PersonSection)
    seen: list[str] = []

    def collect(widget: QWidget | None) -> bool:
        if widget is not None and widget.accessibleName():
            seen.append(widget.accessibleName())
        return widget is form.family
    tab_until(qtbot, collect)
    assert seen[-2:] == ["Given name", "Family name"]
    form.family.selectAll()
    qtbot.keyClicks(form.family, "Keyboard")
    qtbot.keyClick(form.family, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.message_text() == "Saved." and not runner.busy, timeout=WAIT)
    assert stored(qtbot, runner, case_id)["person"]["family_name"] == "Keyboard"
    tab_until(qtbot, lambda w: w is page.save_button)  # the Save button is on the way too


def test_the_page_follows_an_arabic_interface_and_a_name_keeps_its_direction(
        qtbot: QtBot, qapp: QApplication, runner: OperationRunner,
        opener: Callable[[], Session]) -> None:
    from fieldcase.ui.case_page.page import CasePage
    from fieldcase.ui.case_page.parts import FSI, PDI
    from fieldcase.ui.i18n import install_language

    from .case_page_helpers import new_case, open_case
    open_session(qtbot, runner, opener)
    install_language(qapp, "ar")
    try:
        page = CasePage(runner)
        qtbot.addWidget(page)
        page.show()
        open_case(qtbot, page, runner, new_case(qtbot, runner))
        assert page.layoutDirection() is Qt.LayoutDirection.RightToLeft
        assert page.tabs.tabBar().layoutDirection() is Qt.LayoutDirection.RightToLeft
        assert page.header.name_label.text() == f"{FSI}Selam Tesfay{PDI}"
        form = page.section(PersonSection)
        assert isinstance(form, PersonSection)
        assert form.nationality.currentText() == "إريتريا"  # Eritrea, by its Arabic name
    finally:
        install_language(qapp, "en")
