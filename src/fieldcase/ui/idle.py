"""Auto-lock on idle: a laptop left open at a border post must not stay unlocked.

``IdleWatch`` watches the input events (keys, clicks, wheel, mouse moves) of the application's
top-level windows and emits ``idle`` once no input has arrived for the timeout. The main window
connects it to Lock. The timeout is injected so tests use a few milliseconds; the default is
the security policy's five minutes, replaced by the organisation's ``auto_lock_minutes`` once
the main window has read the policy the device fetched (``set_timeout``).

Input reaches a widget through its top-level window (the platform hands it to the window,
which passes it on), so the watch filters the windows, not the whole application: a filter on
the application is called, in Python, for every event of every object (each paint, timer and
layout request), and each call waits for the GIL behind the store worker while a sync applies
its pages. At 100,000 cases, filtering the windows instead took unlock to a painted list from
425-482 to 292-339 ms and the longest stall while syncing from 86-121 to 56-77 ms
(docs/performance.md). A window opened later (a dialog) is watched from when any window
takes the focus.

What can go wrong: input to a window of another application does not count (the user is not
using FieldCase then, so locking is right); a window that never took the focus and was not
there at ``start`` is not watched, so input there alone (a mouse moved over it) locks sooner,
never later; a long-running operation without input still locks, which closes its session
and drops its result, by design. Events sent straight to a widget (as ``QTest`` does with a
widget) bypass the window and do not count: tests send input through the window.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QWindow

DEFAULT_IDLE_LOCK = timedelta(minutes=5)

_ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.InputMethod,
})


class IdleWatch(QObject):
    """Emits ``idle`` after ``timeout`` without user input, while started."""

    idle = Signal()

    def __init__(self, timeout: timedelta = DEFAULT_IDLE_LOCK,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        if timeout <= timedelta(0):
            raise ValueError("the idle timeout must be positive")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(1, int(timeout.total_seconds() * 1000)))
        self._timer.timeout.connect(self._expired)
        self._watching = False

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    @property
    def timeout(self) -> timedelta:
        return timedelta(milliseconds=self._timer.interval())

    def set_timeout(self, timeout: timedelta) -> None:
        """Change the timeout (the organisation's policy, once read); a running countdown
        starts again from now with the new length. The same length again changes nothing."""
        if timeout <= timedelta(0):
            raise ValueError("the idle timeout must be positive")
        milliseconds = max(1, int(timeout.total_seconds() * 1000))
        if milliseconds == self._timer.interval():
            return  # the same policy read again must not postpone the lock
        self._timer.setInterval(milliseconds)
        if self._timer.isActive():
            self._timer.start()

    def start(self) -> None:
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication) and not self._watching:
            self._watch_windows()
            app.focusWindowChanged.connect(self._focus_moved)
            self._watching = True
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication) and self._watching:
            app.focusWindowChanged.disconnect(self._focus_moved)
            for window in QGuiApplication.topLevelWindows():
                window.removeEventFilter(self)
        self._watching = False

    def _watch_windows(self) -> None:
        for window in QGuiApplication.topLevelWindows():
            window.installEventFilter(self)  # once per window: Qt drops a repeated filter

    def _focus_moved(self, _window: QWindow | None) -> None:
        """A window took the focus, perhaps a new one: watch it too. Not input itself (a
        dialog a sync opens must not postpone the lock)."""
        self._watch_windows()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start()  # restart the countdown
        return False

    def _expired(self) -> None:
        self.stop()
        self.idle.emit()
