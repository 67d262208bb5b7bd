"""The operation runner: every service call runs on the one thread that owns the session.

Why one thread: SQLCipher connections belong to the thread that opened them, and the design
wants exactly one writer; and Argon2id (unlock) or a page query must never freeze the window.
So the UI never holds a ``Session``. It hands the runner a function ``fn(session) -> result``;
the runner calls it on its worker and delivers the result, or an ``OperationError``, back on
the GUI thread, to the callbacks given with the call (the Anki ``CollectionOp`` pattern).

- ``open_session(opener)``: run ``opener()`` (create/unlock/demo) on the worker; the worker
  keeps the session it returns. Only the ``Actor`` comes back to the GUI.
- ``submit(fn)``: a read. ``mutate(fn)``: a write whose result carries ``Changes``
  (``CaseSaved.changes`` or a ``Changes``), broadcast on ``changed`` so each view decides
  whether to refresh.
- ``close_session()``: lock. Results of calls made before the lock are dropped, so a page
  query that finishes after the lock never paints a case on the unlock screen.
- ``shutdown()``: close the session and join the worker; call it before the app exits.

``OperationRunner`` is the threaded one; ``SynchronousRunner`` runs everything at once on the
caller's thread (Picard's ``FakeThreadPool``) so unit tests need no event loop.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

from PySide6.QtCore import QObject, Qt, Signal

from fieldcase.domain.policy import Actor
from fieldcase.services.changes import Changes
from fieldcase.services.session import Session
from fieldcase.ui.messages import OperationError, SessionClosed, describe

log = logging.getLogger(__name__)

T = TypeVar("T")
OnError = Callable[[OperationError], None]
JobKind = Literal["open", "call", "close"]


@dataclass(frozen=True)
class _Job:
    kind: JobKind
    fn: Callable[..., Any] | None
    on_done: Callable[[Any], None] | None
    on_error: OnError | None
    mutation: bool
    generation: int


@dataclass(frozen=True)
class _Outcome:
    value: Any = None
    error: OperationError | None = None


class Runner(QObject):
    """What views depend on. This base runs each call synchronously; ``OperationRunner``
    overrides ``_dispatch`` and ``shutdown`` to run them on its worker thread instead."""

    changed = Signal(object)  # Changes, after a successful mutation
    failed = Signal(object)  # OperationError of a call that gave no on_error
    busy_changed = Signal(bool)
    session_opened = Signal(object)  # Actor
    session_closed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session: Session | None = None  # touched only on the worker
        self._generation = 0
        self._pending = 0
        self._actor: Actor | None = None
        self._stopped = False

    # --- the API views call (GUI thread) -------------------------------------------------
    @property
    def actor(self) -> Actor | None:
        """Who is signed in, or None while locked (GUI-side view of the session)."""
        return self._actor

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def open_session(self, opener: Callable[[], Session],
                     on_done: Callable[[Actor], None] | None = None,
                     on_error: OnError | None = None) -> None:
        self._enqueue(_Job("open", opener, on_done, on_error, False, self._generation))

    def submit(self, fn: Callable[[Session], T], on_done: Callable[[T], None] | None = None,
               on_error: OnError | None = None) -> None:
        self._enqueue(_Job("call", fn, on_done, on_error, False, self._generation))

    def mutate(self, fn: Callable[[Session], T], on_done: Callable[[T], None] | None = None,
               on_error: OnError | None = None) -> None:
        self._enqueue(_Job("call", fn, on_done, on_error, True, self._generation))

    def close_session(self, on_done: Callable[[None], None] | None = None) -> None:
        """Lock: results of earlier calls are dropped; the session closes on the worker."""
        self._generation += 1
        self._enqueue(_Job("close", None, on_done, None, False, self._generation))

    def shutdown(self) -> None:
        """Close the session and refuse further calls (the threaded runner also joins)."""
        if self._stopped:
            return
        self._close_on_worker()
        self._stopped = True
        self._actor = None

    # --- shared machinery ------------------------------------------------------------------
    def _enqueue(self, job: _Job) -> None:
        if self._stopped:
            return
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self._dispatch(job)

    def _dispatch(self, job: _Job) -> None:
        """Run at once on the caller's thread; the threaded runner queues instead."""
        self._finish(job, self._execute(job))

    def _execute(self, job: _Job) -> _Outcome:
        """Run one job; on the worker thread. Never raises."""
        try:
            if job.kind == "close":
                self._close_on_worker()
                return _Outcome()
            if job.kind == "open":
                self._close_on_worker()
                assert job.fn is not None
                session: Session = job.fn()
                self._session = session
                return _Outcome(session.actor)
            if self._session is None:
                raise SessionClosed()
            assert job.fn is not None
            return _Outcome(job.fn(self._session))
        except Exception as error:
            return _Outcome(error=describe(error))

    def _close_on_worker(self) -> None:
        session, self._session = self._session, None
        if session is not None:
            session.close()

    def _finish(self, job: _Job, outcome: _Outcome) -> None:
        """Deliver one outcome; on the GUI thread."""
        self._pending -= 1
        try:
            if self._stopped or job.generation != self._generation:
                return  # locked or shut down since the call was made
            if outcome.error is not None:
                self._deliver_error(job, outcome.error)
                return
            self._note_session_state(job, outcome.value)
            if job.mutation:
                changes = outcome.value if isinstance(outcome.value, Changes) \
                    else getattr(outcome.value, "changes", None)
                if isinstance(changes, Changes) and changes:
                    self.changed.emit(changes)
            if job.on_done is not None:
                job.on_done(outcome.value)
        finally:
            if self._pending == 0 and not self._stopped:
                self.busy_changed.emit(False)

    def _deliver_error(self, job: _Job, error: OperationError) -> None:
        if job.kind == "open":
            self._actor = None
        if job.on_error is not None:
            job.on_error(error)
        else:
            self.failed.emit(error)

    def _note_session_state(self, job: _Job, value: Any) -> None:
        if job.kind == "open":
            self._actor = value
            self.session_opened.emit(value)
        elif job.kind == "close":
            self._actor = None
            self.session_closed.emit()


class OperationRunner(Runner):
    """One worker thread, one queue, one session. Results come back as queued signals."""

    _delivered = Signal(object, object)  # _Job, _Outcome: worker -> GUI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._stopping = threading.Event()
        self._delivered.connect(self._finish, Qt.ConnectionType.QueuedConnection)
        # A Python thread rather than a QThread: it shows up in threading.enumerate(), so the
        # test guard can prove it was joined, and nothing Qt runs on it.
        self._thread = threading.Thread(target=self._work, name="fieldcase-store-worker",
                                        daemon=True)
        self._thread.start()

    def _dispatch(self, job: _Job) -> None:
        self._jobs.put(job)

    def _work(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None or self._stopping.is_set():
                break
            self._delivered.emit(job, self._execute(job))
        try:
            self._close_on_worker()
        except Exception as error:  # the app is exiting: nothing more to do than say so
            log.error("closing the store at shutdown failed: %s", type(error).__name__)

    def shutdown(self) -> None:
        """Skip queued work, close the session on the worker and wait for it to end."""
        if self._stopped:
            return
        self._stopped = True
        self._stopping.set()
        self._jobs.put(None)
        self._thread.join()
        self._actor = None


class SynchronousRunner(Runner):
    """Runs each call at once on the calling thread, for unit tests and scripts: the base
    behaviour under a name that says so. Never use it in the app (it blocks the GUI)."""
