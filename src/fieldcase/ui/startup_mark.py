"""When the first screen is painted, for measuring a start from outside the process.

A frozen bundle cannot be given code to time itself, so ``FIELDCASE_STARTUP_MARK=FILE`` asks
the app to write, once, the moment (``time.monotonic()``: CLOCK_MONOTONIC, one clock for every
process of the machine) its first screen (the unlock, first-run or demo screen) has had its
first paint processed. ``benchmarks/bundle_start.py`` reads the clock before it starts the
bundle and the file after; the packaging test waits for it as proof the screen came up.

The file holds a number and nothing else; without the variable nothing is installed.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

MARK_ENV = "FIELDCASE_STARTUP_MARK"


class FirstPaintMark(QObject):
    """Writes the moment after the first paint event of a top-level window is processed."""

    def __init__(self, app: QApplication, path: Path) -> None:
        super().__init__(app)
        self._app, self._path = app, path
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget) \
                and watched.isWindow():
            self._app.removeEventFilter(self)
            QTimer.singleShot(0, self._write)  # once the paint has been processed
        return False

    def _write(self) -> None:
        self._path.write_text(repr(time.monotonic()), encoding="ascii")


def install_startup_mark(app: QApplication) -> FirstPaintMark | None:
    """A mark if ``FIELDCASE_STARTUP_MARK`` names a file, else nothing."""
    target = os.environ.get(MARK_ENV)
    return FirstPaintMark(app, Path(target)) if target else None
