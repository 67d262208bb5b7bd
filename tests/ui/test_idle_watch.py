"""The auto-lock's idle watch sees the person's input through every window, dialogs opened
later included, and nothing else (``ui.idle``): it filters the top-level windows, where the
platform delivers input, not every event of the application."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from fieldcase.ui.idle import IdleWatch

TIMEOUT = timedelta(seconds=2)  # a stall of the test process under this would fail it
WAIT = 10_000


def shown(qtbot: QtBot) -> QWidget:
    widget = QLineEdit()
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def watch() -> Iterator[IdleWatch]:
    made = IdleWatch(TIMEOUT)
    yield made
    made.stop()


def keep_typing(qtbot: QtBot, widget: QWidget, watch: IdleWatch, seconds: float) -> list[int]:
    """Keys through the widget's window every 100 ms, then mouse moves; each emitted idle."""
    fired: list[int] = []
    watch.idle.connect(lambda: fired.append(1))
    window = widget.windowHandle()
    assert window is not None
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QTest.keyClick(window, Qt.Key.Key_A)
        qtbot.wait(50)
        QTest.mouseMove(window, QPoint(5, 5))
        qtbot.wait(50)
    return fired


def test_typing_in_the_window_postpones_the_lock(qtbot: QtBot, watch: IdleWatch) -> None:
    widget = shown(qtbot)
    watch.start()
    assert keep_typing(qtbot, widget, watch, 2 * TIMEOUT.total_seconds()) == []
    with qtbot.waitSignal(watch.idle, timeout=WAIT):  # and without input it locks
        pass


def test_a_dialog_opened_later_is_watched_once_it_takes_the_focus(
        qtbot: QtBot, watch: IdleWatch) -> None:
    shown(qtbot)
    watch.start()
    dialog = shown(qtbot)  # after start: a new top-level window
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is dialog.windowHandle(),
                    timeout=WAIT)
    assert keep_typing(qtbot, dialog, watch, 2 * TIMEOUT.total_seconds()) == []


def test_what_is_not_input_does_not_postpone_it(qtbot: QtBot, watch: IdleWatch) -> None:
    widget = shown(qtbot)
    watch.start()
    with qtbot.waitSignal(watch.idle, timeout=WAIT):
        while watch.active:  # repaints, timers and focus changes, as a busy app makes
            widget.update()
            widget.clearFocus()
            widget.setFocus()
            qtbot.wait(20)


def test_a_stopped_watch_filters_no_window(qtbot: QtBot, watch: IdleWatch) -> None:
    widget = shown(qtbot)
    watch.start()
    watch.stop()
    watch.start()  # again: still one filter per window, removed by one stop
    watch.stop()
    with qtbot.assertNotEmitted(watch.idle, wait=2 * int(TIMEOUT.total_seconds() * 1000)):
        keep_typing(qtbot, widget, watch, 0.3)


class CountingWatch(IdleWatch):
    def __init__(self) -> None:
        super().__init__(TIMEOUT)
        self.filtered: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        self.filtered.append(type(watched).__name__)
        return super().eventFilter(watched, event)


def test_the_widgets_own_events_never_reach_the_watch(qtbot: QtBot) -> None:
    """Only windows are filtered: a widget's repaints, timers and layout requests do not call
    Python for the watch (each call waited for the GIL behind a sync's work)."""
    widget = shown(qtbot)
    watch = CountingWatch()
    watch.start()
    try:
        for _ in range(5):
            widget.update()
            qtbot.wait(20)
        keep_typing(qtbot, widget, watch, 0.2)
        assert watch.filtered and set(watch.filtered) == {"QWindow"}
    finally:
        watch.stop()
