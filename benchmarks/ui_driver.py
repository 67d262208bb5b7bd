"""The GUI half of ``benchmarks/ui.py``: the real app driven in this process, and timed.

Everything goes through the objects a worker's key presses reach: ``AppController`` shows the
unlock dialog, its boxes are filled and ``submit`` pressed; the main window comes from the
controller; Ctrl+End, Enter and typing in the search box are ``QTest`` key events sent to the
list and the box. Nothing is called behind the UI's back except to *look* (is the condition
met yet?) and to ``repaint()`` at the end of a measurement.

A ``Heartbeat`` (a 5 ms precise ``QTimer`` on the GUI thread) records every gap between two
of its ticks, labelled with the phase that was running; a gap is how long the GUI thread could
not answer. ``gui_stall_max`` is the longest gap while scrolling, searching and syncing.
"""

from __future__ import annotations

import cProfile
import os
import pstats
import resource
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from benchmarks.ui import HEARTBEAT_MS, KEY_REPEAT_MS, POLL_MS, progress, summary
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QObject,
    Qt,
    QTimer,
    SignalInstance,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from fieldcase.services import profile
from fieldcase.storage.keys import ProfileKeys
from fieldcase.ui.app import application, gui_thread_collector
from fieldcase.ui.case_list_model import CASE_ID_ROLE
from fieldcase.ui.controller import AppController
from fieldcase.ui.fonts import install_fonts
from fieldcase.ui.i18n import install_language
from fieldcase.ui.main_window import MainWindow
from fieldcase.ui.operations import OperationRunner
from fieldcase.ui.unlock_dialog import UnlockDialog

STALL_PHASES = ("scroll", "search", "sync")
# "calls": cProfile of the GUI thread while syncing; "unlock": the same from the unlock's
# submit to the painted list, last unlock only; "stacks": where the other threads are when the
# heartbeat is late (all on stderr)
DIAGNOSE = "FIELDCASE_UI_BENCH_DIAGNOSE"
SWITCH_INTERVAL = "FIELDCASE_UI_BENCH_SWITCH_INTERVAL"  # seconds; the app's: foreground


class Heartbeat(QObject):
    """Gaps between ticks of a 5 ms timer, by phase (seconds)."""

    def __init__(self) -> None:
        super().__init__()
        self.phase = "start"
        self.gaps: dict[str, list[float]] = {}
        self._last = time.perf_counter()
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(HEARTBEAT_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._last = time.perf_counter()
        self._timer.start()

    def enter(self, phase: str) -> None:
        self._tick()
        self.phase = phase

    @property
    def last(self) -> float:
        return self._last

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.setdefault(self.phase, []).append(now - self._last)
        self._last = now

    def report(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for phase, gaps in self.gaps.items():
            ordered = sorted(gaps)
            out[phase] = {"ticks": len(gaps), "max_ms": round(ordered[-1] * 1000, 1),
                          "p99_ms": round(ordered[int(0.99 * (len(ordered) - 1))] * 1000, 1),
                          "over_50ms": sum(1 for g in gaps if g > 0.050)}
        return out

    def stall_max(self, phases: Iterable[str]) -> float:
        return max((max(self.gaps[p]) for p in phases if self.gaps.get(p)), default=0.0)


def print_profile(profiler: cProfile.Profile) -> None:
    stats = pstats.Stats(profiler, stream=sys.stderr)
    stats.sort_stats("cumulative").print_stats(25)
    stats.sort_stats("tottime").print_stats(15)


class StallSampler:
    """Diagnostic (``FIELDCASE_UI_BENCH_DIAGNOSE=stacks``): a thread that wakes every 10 ms and,
    when the heartbeat has not ticked for 40 ms, notes where every other thread is. It needs
    the GIL too, so it often wakes only when the thread that held it lets go: that thread's
    top frames then show what it was doing."""

    def __init__(self, heartbeat: Heartbeat) -> None:
        self._heartbeat = heartbeat
        self.samples: list[tuple[float, str]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="stall-sampler", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        me = threading.get_ident()
        names = {}
        while not self._stop.wait(0.010):
            late = time.perf_counter() - self._heartbeat.last
            if late < 0.040:
                continue
            names = {t.ident: t.name for t in threading.enumerate()}
            stacks = []
            for ident, frame in sys._current_frames().items():
                if ident == me:
                    continue
                lines = traceback.format_stack(frame, limit=14)
                stacks.append(f"  [{names.get(ident, ident)}]\n" + "".join(lines))
            self.samples.append((late, "\n".join(stacks)))

    def report(self, top: int = 12) -> None:
        for late, stacks in sorted(self.samples, key=lambda s: s[0], reverse=True)[:top]:
            print(f"--- heartbeat {late * 1000:.0f} ms late ---\n{stacks}", file=sys.stderr)


def wait_for(condition: Callable[[], bool], signals: Iterable[SignalInstance] = (),
             timeout_s: float = 120.0) -> float:
    """Run the event loop until ``condition()`` holds (checked every 2 ms and just after each
    of ``signals``); returns ``perf_counter()`` when it was seen."""
    if condition():
        return time.perf_counter()
    loop = QEventLoop()
    seen: list[float] = []

    def check() -> None:
        if not seen and condition():
            seen.append(time.perf_counter())
            loop.quit()

    def soon(*_args: object) -> None:
        QTimer.singleShot(0, check)  # after the views have handled the same signal

    poll = QTimer()
    poll.setTimerType(Qt.TimerType.PreciseTimer)
    poll.setInterval(POLL_MS)
    poll.timeout.connect(check)
    connected = list(signals)
    for signal in connected:
        signal.connect(soon)
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    deadline.start(int(timeout_s * 1000))
    poll.start()
    loop.exec()
    poll.stop()
    deadline.stop()
    for signal in connected:
        signal.disconnect(soon)
    if not seen:
        raise TimeoutError(f"not seen within {timeout_s} s")
    return seen[0]


def painted(widget: QWidget) -> float:
    """Paint ``widget`` (and its children) now, let pending events run; the time after."""
    widget.repaint()
    QCoreApplication.processEvents()
    return time.perf_counter()


def pause(ms: int) -> None:
    """Let the event loop run for ``ms`` (as a person between two key presses)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def type_text(widget: QWidget, text: str) -> None:
    """One key press and release per character, carrying the character as its text (as an
    input method delivers Arabic or Ge'ez letters; ``QTest.keyClicks`` takes ASCII only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, char))


def heap_parts_mb() -> dict[str, float]:
    """Resident memory by kind of mapping (``/proc/self/smaps``): the main heap (``[heap]``,
    the GUI thread's malloc arena), other anonymous mappings (the other malloc arenas,
    Python's object arenas, large allocations), files; and Python's allocated blocks."""
    parts = {"main_heap": 0, "other_anonymous": 0, "files": 0}
    kind = "files"
    for line in Path("/proc/self/smaps").read_text().splitlines():
        fields = line.split()
        if "-" in fields[0] and len(fields) >= 5 and not fields[0].endswith(":"):
            name = fields[5] if len(fields) > 5 else ""
            kind = ("main_heap" if name == "[heap]" else
                    "other_anonymous" if not name or name.startswith("[") else "files")
        elif fields[0] == "Rss:":
            parts[kind] += int(fields[1])
    out = {name: round(kib / 1024, 1) for name, kib in parts.items()}
    out["python_blocks_k"] = round(sys.getallocatedblocks() / 1000, 1)
    return out


def rss_mb(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return round(int(line.split()[1]) / 1024, 1)
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


class GuiBench:
    def __init__(self, profile_dir: Path, user: str, passphrase: str, *, repeats: int,
                 searches: Iterable[str], sync_cases: int = 0) -> None:
        self.sync_cases = sync_cases  # on the server for this device to pull (0: no sync)
        self.profile_dir, self.user, self.passphrase = profile_dir, user, passphrase
        self.repeats = repeats
        self.searches = tuple(searches)
        self.app = application()
        if os.environ.get(SWITCH_INTERVAL):  # an experiment: another interval than the app's
            sys.setswitchinterval(float(os.environ[SWITCH_INTERVAL]))
        install_fonts(self.app)
        install_language(self.app, "en")
        self.heartbeat = Heartbeat()
        self.samples: dict[str, list[float]] = {}
        self.extra: dict[str, Any] = {}
        self.opened_at = 0.0

    def add(self, name: str, seconds: float) -> None:
        self.samples.setdefault(name, []).append(seconds)

    # --- the whole run ---------------------------------------------------------------------
    def run(self) -> dict[str, Any]:
        kdf = self.time_kdf()
        runner = OperationRunner()
        runner.session_opened.connect(self._session_opened)
        controller = AppController(runner, self.profile_dir)
        collector = gui_thread_collector(application(), controller)  # as run_app
        self.heartbeat.start()
        try:
            controller.start()
            for index in range(self.repeats):
                window = self.unlock(controller, runner)
                if index < self.repeats - 1:
                    self.heartbeat.enter("lock")
                    controller.lock()
                    wait_for(lambda: isinstance(controller.gate, UnlockDialog)
                             and runner.actor is None)
            progress(f"unlock to painted list: {self._p50('unlock_to_painted_list')}")
            self.extra["listed"] = window.model.total
            self.top_to_end(window)
            self.open_case(window)
            self.search(window)
            self.scroll(window)
            self.extra["registration"] = self.registration_form(window)
            sync = self.sync(window) if self.sync_cases else "not measured (--no-sync)"
            self.heartbeat.enter("end")
            metrics = {name: summary(values) for name, values in self.samples.items()}
            if isinstance(self.extra["registration"], str):
                metrics["registration_form_open"] = self.extra["registration"]
            stall = self.heartbeat.stall_max(STALL_PHASES)
            metrics["gui_stall_max"] = {"n": 1, "p50": round(stall * 1000, 1),
                                        "p95": round(stall * 1000, 1),
                                        "max": round(stall * 1000, 1),
                                        "phases": [p for p in STALL_PHASES
                                                   if self.heartbeat.gaps.get(p)]}
            return {"metrics": metrics, "kdf": kdf, "listed": self.extra["listed"],
                    "stalls_by_phase": self.heartbeat.report(),
                    "gil_switch_interval_s": sys.getswitchinterval(),
                    "sync": sync,
                    "rss_mb": rss_mb("VmRSS"), "peak_rss_mb": rss_mb("VmHWM"),
                    # private memory (heaps, the store's page cache) against mapped files
                    # (libraries, fonts, ICU data): docs/performance.md, "resident memory"
                    "rss_parts_mb": {"anonymous": rss_mb("RssAnon"),
                                     "files": rss_mb("RssFile"), **heap_parts_mb()}}
        finally:
            controller.close_all()
            runner.shutdown()
            collector.stop()

    def _p50(self, name: str) -> str:
        return summary(self.samples.get(name, ())).get("p50", "-").__str__() + " ms"

    # --- unlock ----------------------------------------------------------------------------
    def time_kdf(self) -> dict[str, float]:
        """The key derivation on its own, as the app's unlock runs it: the calibration the
        app does once per process, then one unlock of the key slot (Argon2id + unwrap)."""
        started = time.perf_counter()
        policy = profile._calibrated()
        calibrated = time.perf_counter()
        keys = ProfileKeys(database_files=profile.database_files, kdf_policy=policy)
        keys.unlock(self.profile_dir, self.user, self.passphrase)
        done = time.perf_counter()
        return {"calibrate_s": round(calibrated - started, 3),
                "key_slot_unlock_s": round(done - calibrated, 3),
                "memory_kib": policy.memory_kib, "iterations": policy.iterations}

    def _session_opened(self, _actor: object) -> None:
        self.opened_at = time.perf_counter()

    def unlock(self, controller: AppController, runner: OperationRunner) -> MainWindow:
        self.heartbeat.enter("unlock")
        dialog = controller.gate
        assert isinstance(dialog, UnlockDialog)
        wait_for(dialog.isVisible)
        dialog.user_box.setText(self.user)
        dialog.passphrase_box.setText(self.passphrase)
        profiler = cProfile.Profile() if os.environ.get(DIAGNOSE) == "unlock" else None
        if profiler is not None:
            profiler.enable()
        submitted = time.perf_counter()
        dialog.submit()
        wait_for(lambda: controller.window is not None, [runner.session_opened])
        window = controller.window
        assert window is not None
        seen = wait_for(lambda: self.rows_shown(window),
                        [window.model.listed, window.model.dataChanged])
        done = painted(window)
        if profiler is not None:
            profiler.disable()
            print_profile(profiler)
        self.add("session_open", self.opened_at - submitted)
        self.add("unlock_to_painted_list", done - self.opened_at)
        self.add("unlock_to_painted_list_seen", seen - self.opened_at)
        return window

    @staticmethod
    def rows_shown(window: MainWindow) -> bool:
        """The list holds rows and every row in its viewport has been read."""
        model, view = window.model, window.case_list
        if model.loading or model.rowCount() == 0:
            return False
        first = max(view.rowAt(0), 0)
        last = view.rowAt(view.viewport().height() - 1)
        last = model.rowCount() - 1 if last < 0 else last
        return all(model.index(row, 0).data(CASE_ID_ROLE) is not None
                   for row in range(first, last + 1))

    def settled(self, window: MainWindow) -> None:
        wait_for(lambda: self.rows_shown(window),
                 [window.model.listed, window.model.dataChanged])

    # --- the list ----------------------------------------------------------------------------
    def top_to_end(self, window: MainWindow) -> None:
        """Ctrl+End on a list whose far rows were never read (the list is asked for again
        before each round, which drops every row held)."""
        view, model = window.case_list, window.model
        view.setFocus()
        for _ in range(self.repeats):
            self.heartbeat.enter("reload")  # asking for the list again is not scrolling
            model.reload()
            self.settled(window)
            QTest.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
            self.settled(window)
            self.heartbeat.enter("scroll")
            started = time.perf_counter()
            QTest.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
            wait_for(lambda: view.currentIndex().row() == model.rowCount() - 1
                     and self.rows_shown(window), [model.dataChanged])
            self.add("top_to_end", painted(window.list_panel) - started)
            started = time.perf_counter()
            QTest.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
            wait_for(lambda: view.currentIndex().row() == 0 and self.rows_shown(window),
                     [model.dataChanged])
            self.add("end_to_top_warm", painted(window.list_panel) - started)
        progress(f"top to end: {self._p50('top_to_end')}")

    def open_case(self, window: MainWindow) -> None:
        """Enter on a row (a different one each time) to the case panel painted."""
        self.heartbeat.enter("open")
        view, model, detail = window.case_list, window.model, window.detail
        for index in range(max(self.repeats, 5)):
            row = (index * 3) % max(1, min(model.rowCount(), 20))
            view.setCurrentIndex(model.index(row, 0))
            case_id = model.index(row, 0).data(CASE_ID_ROLE)
            started = time.perf_counter()
            QTest.keyClick(view, Qt.Key.Key_Return)
            wait_for(lambda: detail.shown is not None
                     and detail.shown.seen.case_id == case_id)  # noqa: B023
            self.add("open_case", painted(detail) - started)
        progress(f"open a case: {self._p50('open_case')}")

    def search(self, window: MainWindow) -> None:
        """Type a query in the search box; the search starts after the box's typing pause.
        Timed from the search issued (``search_requested``) to the hits painted, and from the
        last keystroke (the pause included)."""
        self.heartbeat.enter("search")
        box, model = window.search_bar.search_box, window.model
        issued: list[float] = []
        window.search_bar.search_requested.connect(
            lambda _text: issued.append(time.perf_counter()))
        hits: dict[str, int] = {}
        for _ in range(self.repeats):
            for text in self.searches:
                box.clear()  # back to the list
                self.settled(window)
                issued.clear()
                box.setFocus()
                type_text(box, text)
                typed = time.perf_counter()
                wait_for(lambda: bool(issued) and model.search_text == text  # noqa: B023
                         and not model.loading
                         and (model.rowCount() == 0 or self.rows_shown(window)),
                         [model.listed, model.dataChanged])
                done = painted(window.list_panel)
                self.add("search_painted", done - issued[0])
                self.add("search_pause", issued[0] - typed)
                self.add("search_keystroke_to_painted", done - typed)
                hits[text] = model.rowCount()
        self.extra["search_hits"] = hits
        box.clear()
        self.settled(window)
        progress(f"search painted: {self._p50('search_painted')}")

    def scroll(self, window: MainWindow) -> None:
        """PageDown held (about 30 presses a second) for two seconds, then the scrollbar
        dragged to ten places: only the heartbeat is read."""
        self.heartbeat.enter("scroll")
        view = window.case_list
        view.setFocus()
        QTest.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
        for _ in range(60):
            QTest.keyClick(view, Qt.Key.Key_PageDown)
            pause(KEY_REPEAT_MS)
        bar = view.verticalScrollBar()
        for step in range(10):
            bar.setValue(bar.maximum() * ((step * 7) % 10) // 10)
            pause(4 * KEY_REPEAT_MS)
        self.settled(window)

    # --- sync ------------------------------------------------------------------------------
    def sync(self, window: MainWindow) -> dict[str, Any]:
        """Sync now (F5's action) against the loopback server, which holds ``sync_cases`` new
        cases for this device; meanwhile PageDown every 100 ms, as a person keeps working.
        The heartbeat runs on until the list's refreshes after the sync have landed."""
        self.heartbeat.enter("sync")
        diagnose = os.environ.get(DIAGNOSE, "")
        profiler = cProfile.Profile() if diagnose == "calls" else None
        view, model = window.case_list, window.model
        wait_for(lambda: window.action_state.enrolled, timeout_s=30)
        outcome: list[str] = []
        window.sync.sync_finished.connect(lambda _report: outcome.append("ok"))
        window.sync.sync_failed.connect(
            lambda error, _asked: outcome.append(f"failed: {getattr(error, 'kind', error)}"))
        listed = model.total
        view.setFocus()
        QTest.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
        started = time.perf_counter()
        sampler = StallSampler(self.heartbeat) if diagnose == "stacks" else None
        if sampler is not None:
            sampler.start()
        if profiler is not None:
            profiler.enable()
        window.registry["sync"].trigger()
        presses = 0
        deadline = started + 900
        while not outcome and time.perf_counter() < deadline:
            QTest.keyClick(view, Qt.Key.Key_PageDown)
            presses += 1
            pause(100)
        seconds = time.perf_counter() - started
        pause(1000)  # the refreshes the last pages asked for
        self.settled(window)
        if profiler is not None:
            profiler.disable()
            print_profile(profiler)
        if sampler is not None:
            sampler.stop()
            sampler.report()
        progress(f"sync: {outcome[:1]} in {seconds:.1f} s, "
                 f"{self.heartbeat.stall_max(['sync']) * 1000:.0f} ms longest stall")
        return {"outcome": outcome[0] if outcome else "timed out", "seconds": round(seconds, 2),
                "cases_on_server": self.sync_cases, "listed_before": listed,
                "listed_after": model.total, "page_down_presses": presses}

    # --- registration ----------------------------------------------------------------------
    def registration_form(self, window: MainWindow) -> str | None:
        """Timed if ``fieldcase.ui.register`` exists (another branch) and the window offers
        its action; otherwise why not."""
        try:
            import fieldcase.ui.register  # noqa: F401
        except ImportError:
            return "absent (no fieldcase.ui.register)"
        if "newPerson" not in window.registry:
            return "fieldcase.ui.register exists but the window has no newPerson handler"
        self.heartbeat.enter("register")
        for _ in range(self.repeats):
            started = time.perf_counter()
            window.registry["newPerson"].trigger()
            try:
                wait_for(lambda: self._registration_widget() is not None, timeout_s=10)
            except TimeoutError:
                return "newPerson triggered, but no visible widget of fieldcase.ui.register"
            form = self._registration_widget()
            assert form is not None
            self.add("registration_form_open", painted(form) - started)
            form.close()
            pause(50)
        return None

    @staticmethod
    def _registration_widget() -> QWidget | None:
        def ours(widget: QWidget | None) -> bool:
            return widget is not None and \
                type(widget).__module__.startswith("fieldcase.ui.register")

        for widget in QApplication.allWidgets():
            if ours(widget) and widget.isVisible():
                while ours(widget.parentWidget()):
                    widget = widget.parentWidget()
                return widget
        return None
