"""Text scales with the system font size (issue 12, accessibility).

A person with poor sight sets a larger font on the desktop; the platform theme hands it to Qt
as the application font, and ``install_fonts`` keeps its size. Each screen is built twice over
a real encrypted profile, at the default size and at 1.5 times it, and compared: the unlock
screen, the main window's list rows and columns, the case page's labels and the review
queue's rows grow with the font, and no visible label or button shows less than its text needs
(its size hint against its geometry). No pixel-exact sizes: only proportions and fits.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from fieldcase.services.session import Session
from fieldcase.storage.keyslots import KdfParams
from fieldcase.ui.case_page.header import CaseHeader
from fieldcase.ui.case_rows import NUMBER
from fieldcase.ui.fonts import (
    UI_FAMILY,
    UI_POINT_SIZE,
    install_fonts,
    load_bundled_fonts,
    ui_font,
)
from fieldcase.ui.main_window import MainWindow
from fieldcase.ui.operations import OperationRunner, SynchronousRunner
from fieldcase.ui.unlock_dialog import UnlockDialog, profile_unlocker

from .case_page_helpers import WAIT, new_case, open_case
from .test_main_window import open_session

SCALE = 1.5
GROWN = 1.25  # at least this much larger at 1.5 times the font (margins do not grow)


@contextmanager
def application_font(qapp: QApplication, factor: float) -> Iterator[None]:
    """The app's font (Noto Sans) at ``factor`` times the size the screens were drawn at, as
    a desktop set to a larger font gives it; the test's font is put back after."""
    before = QFont(qapp.font())
    load_bundled_fonts()
    qapp.setFont(ui_font(UI_POINT_SIZE * factor))
    try:
        yield
    finally:
        qapp.setFont(before)


def cut_short(window: QWidget) -> list[str]:
    """Every visible label or button whose geometry is smaller than its text needs: a
    wrapped label shorter than its height for its width, any other narrower or shorter than
    its size hint."""
    found: list[str] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, QLabel | QAbstractButton):
            continue
        if isinstance(widget, QLabel) and not widget.text():
            continue
        if isinstance(widget, QAbstractButton) and not widget.text():
            continue
        name = f"{type(widget).__name__} {widget.objectName() or widget.text()[:40]!r}"
        if isinstance(widget, QLabel) and widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height() + 1:
                found.append(f"{name}: {widget.height()} high, needs {needed}")
            continue
        hint = widget.sizeHint()
        if hint.width() > widget.width() + 1 or hint.height() > widget.height() + 1:
            found.append(f"{name}: {widget.width()}x{widget.height()}, needs "
                         f"{hint.width()}x{hint.height()}")
    return found


def test_the_app_keeps_the_size_the_desktop_set(qapp: QApplication) -> None:
    """The platform's application font is the person's choice: the bundled family replaces
    its family, never its size (and never below the size the screens were drawn at)."""
    before = QFont(qapp.font())
    try:
        qapp.setFont(QFont("Sans Serif", 15))
        assert install_fonts(qapp).ok
        assert qapp.font().family() == UI_FAMILY
        assert qapp.font().pointSizeF() == pytest.approx(15)
        qapp.setFont(QFont("Sans Serif", 7))
        install_fonts(qapp)
        assert qapp.font().pointSizeF() == pytest.approx(UI_POINT_SIZE)
    finally:
        qapp.setFont(before)


@dataclass(frozen=True)
class UnlockSizes:
    hint_height: int
    box_height: int


def unlock_sizes(qtbot: QtBot, runner: SynchronousRunner, profile_dir: Path,
                 kdf: KdfParams) -> tuple[UnlockSizes, list[str]]:
    dialog = UnlockDialog(runner, profile_unlocker(profile_dir, kdf))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    sizes = UnlockSizes(dialog.sizeHint().height(), dialog.passphrase_box.height())
    problems = cut_short(dialog)
    dialog.close()
    return sizes, problems


def test_the_unlock_screen_grows_with_the_font(
        qtbot: QtBot, qapp: QApplication, sync_runner: SynchronousRunner, profile_dir: Path,
        kdf: KdfParams) -> None:
    with application_font(qapp, 1.0):
        normal, _ = unlock_sizes(qtbot, sync_runner, profile_dir, kdf)
    with application_font(qapp, SCALE):
        large, problems = unlock_sizes(qtbot, sync_runner, profile_dir, kdf)
    assert large.hint_height >= normal.hint_height * GROWN
    assert large.box_height >= normal.box_height * GROWN
    assert not problems, "\n".join(problems)


@dataclass(frozen=True)
class WindowSizes:
    row_height: int
    number_width: int
    name_height: int
    queue_row_height: int


@pytest.fixture
def build_window(qtbot: QtBot, runner: OperationRunner,
                 opener: Callable[[], Session]) -> Iterator[Callable[[], MainWindow]]:
    """A main window over the one session, built when asked (after the font is set)."""
    open_session(qtbot, runner, opener)
    built: list[MainWindow] = []

    def build() -> MainWindow:
        assert runner.actor is not None
        main = MainWindow(runner, runner.actor)
        qtbot.addWidget(main)
        main.show()
        qtbot.waitUntil(lambda: main.model.rowCount() > 0 and not runner.busy, timeout=WAIT)
        built.append(main)
        return main

    yield build
    for main in built:
        main.idle_watch.stop()


def measure_window(qtbot: QtBot, window: MainWindow, runner: OperationRunner,
                   case_id: str) -> tuple[WindowSizes, list[str]]:
    """The list's rows and case-number column, the case page's name, the review queue's
    rows; and what is cut short in the list, on each tab of the case page and in the queue."""
    problems: list[str] = []
    view = window.case_list
    view.model().index(0, NUMBER).data()
    qtbot.waitUntil(lambda: window.model.row_at(0) is not None, timeout=WAIT)
    first = window.model.row_at(0)
    assert first is not None
    needed = view.fontMetrics().horizontalAdvance(first.case_number) + 8
    if needed > view.columnWidth(NUMBER):
        problems.append(f"case list: {first.case_number} needs {needed}, the column is "
                        f"{view.columnWidth(NUMBER)} wide")
    problems += [f"list: {problem}" for problem in cut_short(window.list_panel)]
    page = window.detail
    open_case(qtbot, page, runner, case_id)
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        problems += [f"case page, {page.tabs.tabText(index)}: {problem}"
                     for problem in cut_short(page)]
    header = page.findChild(CaseHeader)
    assert header is not None
    name_height = header.name_label.height()
    window.activateWindow()
    window.show_queue()
    queue = window.desk.queue_dialog
    assert queue is not None
    qtbot.waitUntil(lambda: queue.view.queue is not None and not runner.busy, timeout=WAIT)
    tree = queue.view.tree
    group = tree.model().index(0, 0)
    tree.expand(group)
    first_case = tree.model().index(0, 0, group)
    assert first_case.isValid()
    queue_row = tree.visualRect(first_case).height()
    problems += [f"review queue: {problem}" for problem in cut_short(queue)]
    queue.close()
    sizes = WindowSizes(view.rowHeight(0), view.columnWidth(NUMBER), name_height, queue_row)
    return sizes, problems


def test_the_main_window_the_case_page_and_the_queue_grow_with_the_font(
        qtbot: QtBot, qapp: QApplication, runner: OperationRunner,
        build_window: Callable[[], MainWindow]) -> None:
    with application_font(qapp, 1.0):
        window = build_window()
        case_id = new_case(qtbot, runner)
        normal, _ = measure_window(qtbot, window, runner, case_id)
        window.close()
    with application_font(qapp, SCALE):
        window = build_window()
        window.resize(1600, 900)  # a larger font wants a larger window, as a person would
        large, problems = measure_window(qtbot, window, runner, case_id)
        window.close()
    assert large.row_height >= normal.row_height * GROWN
    assert large.number_width >= normal.number_width * GROWN
    assert large.name_height >= normal.name_height * GROWN
    assert large.queue_row_height >= normal.queue_row_height * GROWN
    assert not problems, "\n".join(problems)


def test_the_list_follows_a_font_changed_while_it_is_open(
        qtbot: QtBot, qapp: QApplication, build_window: Callable[[], MainWindow]) -> None:
    """The rows and columns are measured in the list's font, again when the font changes."""
    with application_font(qapp, 1.0):
        window = build_window()
        row, column = window.case_list.rowHeight(0), window.case_list.columnWidth(NUMBER)
        qapp.setFont(ui_font(UI_POINT_SIZE * SCALE))
        qtbot.waitUntil(lambda: window.case_list.rowHeight(0) >= row * GROWN, timeout=WAIT)
        assert window.case_list.columnWidth(NUMBER) >= column * GROWN
        window.close()


def test_headings_are_relative_to_the_application_font(qapp: QApplication) -> None:
    """The case name is half again the application font, bold, at any size."""
    with application_font(qapp, SCALE):
        header = CaseHeader()
        font = header.name_label.font()
        assert font.pointSizeF() == pytest.approx(UI_POINT_SIZE * SCALE * 1.5)
        assert font.bold()
        assert header.name_label.styleSheet() == ""
        header.deleteLater()



def _ink_at_line_ends(label: QLabel) -> bool:
    """Whether the label's left pixel column holds text, right to left where lines end: a
    wrapped line drawn wider than the label runs into (and is cut at) that edge."""
    image = label.grab().toImage()
    return any(image.pixelColor(0, y).lightness() < 128 for y in range(image.height()))


@pytest.mark.parametrize("points", [12, 14, 16])  # 14 and 16 ran past the edge
def test_an_arabic_explanation_wraps_inside_its_window(qapp: QApplication,
                                                       points: int) -> None:
    from fieldcase.ui.i18n import install_language
    before = QFont(qapp.font())
    load_bundled_fonts()
    qapp.setFont(ui_font(points))
    install_language(qapp, "ar")
    try:
        dialog = UnlockDialog(SynchronousRunner(), lambda *_: None)  # type: ignore[arg-type]
        dialog.show()
        QApplication.processEvents()
        intro, = [label for label in dialog.findChildren(QLabel)
                  if label.wordWrap() and label.text().startswith("الحالات")]
        assert intro.height() >= intro.heightForWidth(intro.width())  # two lines at least
        assert not _ink_at_line_ends(intro)
        dialog.close()
    finally:
        install_language(qapp, "en")
        qapp.setFont(before)
