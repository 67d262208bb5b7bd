"""Digits by locale, one rule everywhere (issue 12; docs/ui.md, "Digits and dates").

What the app counts or dates follows the interface locale (Arabic: Arabic-Indic digits); what a
person typed (case numbers, phone numbers) stays as typed. The same date is written the same
way in the case list, the Due follow-ups window and the case page; counts in plural messages
and in ``fill`` follow the locale too; and no source string brings back Qt's Latin-only ``%n``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from fieldcase.services.session import Session
from fieldcase.ui.case_page.tasks import TasksSection
from fieldcase.ui.case_rows import DUE, NUMBER
from fieldcase.ui.i18n import fill, install_language
from fieldcase.ui.lists.due_view import CASE, DUE_ON, WHAT
from fieldcase.ui.locale_words import day_words, moment_words, number_words
from fieldcase.ui.main_window import MainWindow
from fieldcase.ui.messages import Messages
from fieldcase.ui.operations import OperationRunner

from .case_page_helpers import open_case
from .test_due_view import WAIT, registered, rows_of, text

ROOT = Path(__file__).resolve().parents[2]
ARABIC_INDIC = re.compile("[\u0660-\u0669]")
LATIN_DIGIT = re.compile("[0-9]")
ISOLATES = str.maketrans("", "", "\u2068\u2069")


def plain(words: str) -> str:
    return words.translate(ISOLATES)


@pytest.fixture
def arabic(qapp: QApplication) -> Iterator[None]:
    install_language(qapp, "ar")
    yield
    install_language(qapp, "en")


@pytest.fixture
def window(qtbot: QtBot, arabic: None, runner: OperationRunner,
           opener: Callable[[], Session]) -> Iterator[MainWindow]:
    """The main window in Arabic (built after the language, as the app builds it)."""
    with qtbot.waitSignal(runner.session_opened, timeout=WAIT):
        runner.open_session(opener)
    assert runner.actor is not None
    shown = MainWindow(runner, runner.actor)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(lambda: shown.sync.status is not None and not runner.busy, timeout=WAIT)
    yield shown
    shown.idle_watch.stop()
    shown.close()


def test_a_date_is_written_the_same_way_in_the_list_the_due_window_and_the_case_page(
        qtbot: QtBot, window: MainWindow, runner: OperationRunner) -> None:
    case = registered(qtbot, runner)
    day = case["today"] - timedelta(days=3)
    expected = QLocale().toString(QDate(day.year, day.month, day.day),
                                  QLocale.FormatType.ShortFormat)
    assert ARABIC_INDIC.search(expected) and not LATIN_DIGIT.search(expected)
    assert day_words(day) == day_words(day.isoformat()) == expected

    window.search_bar.search_box.setText(case["number"])
    window.search_bar.search_box.returnPressed.emit()
    model = window.model
    qtbot.waitUntil(lambda: model.rowCount() == 1 and not runner.busy, timeout=WAIT)
    model.index(0, NUMBER).data()
    qtbot.waitUntil(lambda: model.row_at(0) is not None, timeout=WAIT)
    in_list = plain(str(model.index(0, DUE).data()))
    assert expected in in_list and not LATIN_DIGIT.search(in_list)
    assert model.index(0, NUMBER).data() == case["number"]  # as typed, in Latin digits
    assert LATIN_DIGIT.search(case["number"])

    window.registry["due"].trigger()
    dialog = window.due_dialog
    assert dialog is not None
    view = dialog.view
    qtbot.waitUntil(lambda: view.listed is not None and not runner.busy, timeout=WAIT)
    late = next(i for i in rows_of(view, 0) if text(view, i, CASE) == case["number"]
                and text(view, i, WHAT) == "Call the shelter back")
    assert plain(text(view, late, DUE_ON)) == expected
    heading = text(view, view.model.index(0, 0), WHAT)  # "Overdue (N)": N in the locale
    assert ARABIC_INDIC.search(heading) and not LATIN_DIGIT.search(heading)
    dialog.close()

    page = window.detail
    open_case(qtbot, page, runner, case["id"])
    tasks = page.section(TasksSection)
    page.tabs.setCurrentWidget(tasks)
    shown = [plain(tasks.tree.topLevelItem(i).text(0))
             for i in range(tasks.tree.topLevelItemCount())]
    assert expected in shown


def test_counts_follow_the_locale_and_identifiers_stay_as_typed(arabic: None) -> None:
    assert "٣" in Messages.tr("%Ln day(s)", None, 3)
    assert not LATIN_DIGIT.search(Messages.tr("%Ln day(s)", None, 12))
    assert fill("%1 / %2", 1234, "FC-LAMP-000123") == f"{number_words(1234)} / FC-LAMP-000123"
    assert not LATIN_DIGIT.search(number_words(1234))
    assert fill("%1", True) == "True"  # not a count
    assert not LATIN_DIGIT.search(moment_words("2026-11-24T10:05:00Z"))


def test_latin_digit_arabic_locales_get_latin_digits(qapp: QApplication) -> None:
    """The locale data decides, not the app: Tunisia and Morocco write Latin digits."""
    install_language(qapp, "ar_TN")
    try:
        assert day_words("2026-11-24").replace("\u200f", "") == "24/11/2026"
    finally:
        install_language(qapp, "en")


def test_no_message_uses_latin_only_percent_n() -> None:
    """Qt writes ``%n`` in Latin digits whatever the locale; ``%Ln`` follows it."""
    sources = sorted(path for path in (ROOT / "src" / "fieldcase").rglob("*.py")
                     if path.name != "locale_words.py")  # it states the rule
    catalogues = sorted((ROOT / "assets" / "i18n").glob("fieldcase_*.ts"))
    offenders = [str(path.relative_to(ROOT)) for path in [*sources, *catalogues]
                 if "%n" in path.read_text(encoding="utf-8")]
    assert not offenders
