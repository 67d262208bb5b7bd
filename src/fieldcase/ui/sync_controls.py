"""Sync from the window: "Sync now", a periodic background sync, Cancel, polled progress.

The UI only *asks* for a sync (the Anki way): the sync itself is
``services.sync.run_sync``, started with ``runner.start_task`` on a sync thread of its own.
Its HTTP requests run there; each read or write of the store is a short step the runner
queues on its store thread, so opening or saving a case waits at most one such step, never
a request (docs/ui.md, rule 5). What the UI adds:

- **Cancel**: each run gets its own ``CancelToken``; ``cancel()`` sets it from the GUI thread
  and the sync stops at its next check with the ``cancelled`` kind. Nothing is lost.
- **Progress, polled**: the sync reports progress on its thread into a locked box — the push
  and pull, and the attachment files on their own line (files and bytes) — and a GUI timer
  reads the box a few times a second. No Qt object is touched on the sync thread.
- **What changed, as it lands**: each applied page (and each push answer with refusals)
  names the cases it touched; the runner emits ``changed`` with ``Changes(case_ids=...)``
  right away, so the views refresh those rows while a long pull runs.
- **Periodic sync**: every ``interval`` (15 minutes by default; the organisation's
  ``sync_interval_minutes`` once the main window has read it, ``set_interval``) while the
  device is enrolled; a tick that comes while a sync runs is skipped, never queued.
- **Status**: after each sync (or any change) one ``sync_status`` read refreshes the counts
  and the lease. A failed *background* sync is reported quietly in the status area; only a
  sync the person asked for shows its failure as a message.
- **Lock and close**: ``stop()`` cancels the run; the runner refuses its further steps and
  closes the session only once the sync thread has ended.
- **Memory given back**: when a run ends, however it ends, the sync thread returns the free
  pages of the C heaps to the system (``malloc_arenas.give_back_freed_memory``, without the
  GIL): what the pulled pages, their answers and SQLite's work on them freed would otherwise
  stay resident until the next sync (issue 9).

A genuine wipe (the device was revoked) erased the profile: ``erased`` tells the app
controller to go back to the first-run screen.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, QTimer, Signal

from fieldcase.services.session import SessionSteps
from fieldcase.services.sync import (
    CancelToken,
    FilesMoved,
    SyncHooks,
    SyncProgress,
    SyncReport,
    SyncStatus,
    run_sync,
    sync_status,
)
from fieldcase.ui.i18n import Context, translate
from fieldcase.ui.malloc_arenas import give_back_freed_memory
from fieldcase.ui.messages import OperationError
from fieldcase.ui.operations import Runner, TaskSteps

SyncCall = Callable[[SessionSteps, SyncHooks], SyncReport]
Trim = Callable[[], object]

DEFAULT_SYNC_INTERVAL = timedelta(minutes=15)
POLL_MS = 200


def default_sync(steps: SessionSteps, hooks: SyncHooks) -> SyncReport:
    """The production sync: the enrolled server, the real transport."""
    return run_sync(steps, hooks)


class SyncWords(Context):
    """The translation context of the sync area's sentences (see ``i18n.Context``)."""


def format_age(last: datetime | None, now: datetime) -> str:
    """"just now", "12 min ago", "2 h ago", "3 days ago", or "never"."""
    if last is None:
        return translate("SyncWords", "never")
    seconds = max(0, int((now - last).total_seconds()))
    if seconds < 60:
        return translate("SyncWords", "just now")
    if seconds < 3600:
        return SyncWords.tr("%Ln min ago", None, seconds // 60)
    if seconds < 48 * 3600:
        return SyncWords.tr("%Ln h ago", None, seconds // 3600)
    return SyncWords.tr("%Ln day(s) ago", None, seconds // 86_400)


@dataclass(frozen=True)
class SyncOutcome:
    """What a sync run hands back to the GUI thread."""

    report: SyncReport
    status: SyncStatus


class _ProgressBox:
    """The latest progress of each kind, written on the sync thread, read by the GUI's poll
    timer."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._latest: SyncProgress | None = None
        self._files: FilesMoved | None = None

    def put(self, progress: SyncProgress) -> None:
        with self._lock:
            self._latest = progress

    def put_files(self, moved: FilesMoved) -> None:
        with self._lock:
            self._files = moved

    def take(self) -> tuple[SyncProgress | None, FilesMoved | None]:
        with self._lock:
            latest, self._latest = self._latest, None
            files, self._files = self._files, None
            return latest, files


def _run(steps: TaskSteps, call: SyncCall, token: CancelToken, box: _ProgressBox,
         trim: Trim) -> SyncOutcome:
    """On the sync thread: the sync, then a fresh status read (a step) for the counts and
    the lease; whatever happened, the heaps' free pages go back to the system."""
    try:
        report = call(steps, SyncHooks(token, box.put, box.put_files, steps.announce))
        return SyncOutcome(report, steps.run(sync_status))
    finally:
        trim()


class SyncControls(QObject):
    status_changed = Signal(object)  # SyncStatus
    running_changed = Signal(bool)
    progress_changed = Signal(object)  # SyncProgress
    files_progress_changed = Signal(object)  # FilesMoved
    sync_failed = Signal(object, bool)  # OperationError, whether the person asked for it
    sync_finished = Signal(object)  # SyncReport
    erased = Signal(object)  # OperationError: the profile is gone; back to first run

    def __init__(self, runner: Runner, *, sync_call: SyncCall = default_sync,
                 interval: timedelta = DEFAULT_SYNC_INTERVAL,
                 monotonic: Callable[[], float] = time.monotonic,
                 trim: Trim = give_back_freed_memory,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._sync_call = sync_call
        self._trim = trim
        self._monotonic = monotonic
        self._status: SyncStatus | None = None
        self._status_received = 0.0
        self._token: CancelToken | None = None
        self._box = _ProgressBox()
        self.last_error: OperationError | None = None
        self.periodic = QTimer(self)
        self.periodic.setInterval(max(1, int(interval.total_seconds() * 1000)))
        self.periodic.timeout.connect(self._periodic_tick)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._poll_progress)
        runner.changed.connect(self._on_changed)

    # --- state the views read --------------------------------------------------------------
    @property
    def status(self) -> SyncStatus | None:
        return self._status

    @property
    def running(self) -> bool:
        return self._token is not None

    def now_estimate(self) -> datetime | None:
        """The session clock now, estimated from the last status read plus the time elapsed
        since (so "2 h ago" keeps counting without another read)."""
        if self._status is None:
            return None
        elapsed = self._monotonic() - self._status_received
        return self._status.checked_at + timedelta(seconds=max(0.0, elapsed))

    # --- actions ---------------------------------------------------------------------------
    def refresh_status(self, on_done: Callable[[SyncStatus], None] | None = None,
                       on_error: Callable[[OperationError], None] | None = None) -> None:
        def done(status: SyncStatus) -> None:
            self._set_status(status)
            if on_done is not None:
                on_done(status)
        self._runner.submit(sync_status, done, on_error or self._status_failed)

    def sync_now(self, *, asked: bool = True) -> bool:
        """Start a sync on a sync thread; False if one is already running or nobody is
        signed in."""
        if self.running or self._runner.actor is None:
            return False
        token, box, call, trim = CancelToken(), _ProgressBox(), self._sync_call, self._trim
        self._token, self._box = token, box
        self.last_error = None
        self.running_changed.emit(True)
        self._poll.start()
        self._runner.start_task(lambda steps: _run(steps, call, token, box, trim),
                                self._finished, lambda error: self._failed(error, asked))
        return True

    def cancel(self) -> None:
        if self._token is not None:
            self._token.cancel()

    def set_interval(self, interval: timedelta) -> None:
        """Change the periodic sync's interval (the organisation's policy, once read); a
        running schedule counts the new interval from now; the same interval changes nothing."""
        milliseconds = max(1, int(interval.total_seconds() * 1000))
        if milliseconds != self.periodic.interval():
            self.periodic.setInterval(milliseconds)

    def start_periodic(self) -> None:
        """Begin the background schedule (only runs syncs while the device is enrolled)."""
        self.periodic.start()

    def stop(self) -> None:
        """Stop the schedule and cancel a running sync (lock, window closing); the runner
        waits for the sync thread to end before it closes the session."""
        self.periodic.stop()
        self.cancel()

    # --- results (GUI thread) --------------------------------------------------------------
    def _periodic_tick(self) -> None:
        if self._status is not None and self._status.enrolled and not self.running:
            self.sync_now(asked=False)

    def _finished(self, outcome: SyncOutcome) -> None:
        self._end_run()
        self._set_status(outcome.status)
        self.sync_finished.emit(outcome.report)

    def _failed(self, error: OperationError, asked: bool) -> None:
        self._end_run()
        self.last_error = error
        if error.kind == "erased":
            self.stop()
            self.erased.emit(error)
            return
        self.sync_failed.emit(error, asked)
        self.refresh_status()  # the outbox and the lease as they are now

    def _end_run(self) -> None:
        self._poll.stop()
        self._poll_progress()
        self._token = None
        self.running_changed.emit(False)

    def _poll_progress(self) -> None:
        progress, files = self._box.take()
        if progress is not None:
            self.progress_changed.emit(progress)
        if files is not None:
            self.files_progress_changed.emit(files)

    def _set_status(self, status: SyncStatus) -> None:
        self._status = status
        self._status_received = self._monotonic()
        self.status_changed.emit(status)

    def _status_failed(self, error: OperationError) -> None:
        self.last_error = error

    def _on_changed(self, changes: object) -> None:
        """An edit adds to the outbox, a resolution closes a conflict: re-read the counts
        (a sync brings its own status)."""
        if not self.running and self._runner.actor is not None:
            self.refresh_status()
