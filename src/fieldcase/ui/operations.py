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
- ``start_task(task)``: work that waits on something other than the store (a sync waits on
  the network) runs on a thread of its own, ``task(steps)``, and reaches the session only
  through ``steps.run(fn)``: each ``fn(session)`` a short job queued on the worker like any
  call, so a person's call waits behind at most one of them, never behind a request.
  ``steps.announce(changes)`` emits ``changed`` on the GUI thread while the task runs.
- ``close_session()``: lock. Results of calls made before the lock are dropped, so a page
  query that finishes after the lock never paints a case on the unlock screen. A running task
  gets no more steps (``SessionClosed``), and the session closes only once it has ended:
  cancel it first (``SyncControls.stop``), or the close waits for its request to finish.
- ``shutdown()``: close the session and join the worker and any task; call it before the app
  exits.

``OperationRunner`` is the threaded one; ``SynchronousRunner`` runs everything at once on the
caller's thread (Picard's ``FakeThreadPool``) so unit tests need no event loop.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from PySide6.QtCore import QObject, Qt, Signal

from fieldcase.services.changes import Changes
from fieldcase.ui.messages import OperationError, SessionClosed, describe
from fieldcase.ui.tasks import InlineSteps, Step, Task, TaskSteps

if TYPE_CHECKING:
    from fieldcase.domain.policy import Actor
    from fieldcase.services.session import Session

__all__ = ["OperationRunner", "Runner", "SynchronousRunner", "TaskSteps"]

log = logging.getLogger(__name__)

T = TypeVar("T")
OnError = Callable[[OperationError], None]
JobKind = Literal["open", "call", "close", "task"]


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

    def start_task(self, task: Callable[[TaskSteps], T],
                   on_done: Callable[[T], None] | None = None,
                   on_error: OnError | None = None) -> None:
        """Run ``task`` off the worker (see the module's docstring); its result or error comes
        back on the GUI thread like any call's. This base runs it at once, inline."""
        self._enqueue(_Job("task", task, on_done, on_error, False, self._generation))

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
        """Run one job; on the worker thread (a task: on its own). Never raises."""
        try:
            if job.kind == "task":
                assert job.fn is not None
                return _Outcome(job.fn(self._task_steps(job)))
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

    def _task_steps(self, job: _Job) -> TaskSteps:
        return InlineSteps(self._session_for_step, self.changed.emit)

    def _session_for_step(self) -> Session:
        if self._session is None:
            raise SessionClosed()
        return self._session

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
    """One worker thread, one queue, one session. Results come back as queued signals.
    Tasks (``start_task``) run on threads of their own and queue their steps here."""

    _delivered = Signal(object, object)  # _Job, _Outcome: worker -> GUI thread
    _announced = Signal(object, int)  # Changes, generation: task thread -> GUI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: queue.SimpleQueue[_Job | Step | None] = queue.SimpleQueue()
        self._stopping = threading.Event()
        # Guards the queue against the moment a lock, an unlock or the shutdown is asked for:
        # a task's step is queued before that job, and so runs first, or is refused.
        self._lock = threading.Lock()
        self._tasks: list[Task] = []
        self._delivered.connect(self._finish, Qt.ConnectionType.QueuedConnection)
        self._announced.connect(self._announce, Qt.ConnectionType.QueuedConnection)
        # A Python thread rather than a QThread: it shows up in threading.enumerate(), so the
        # test guard can prove it was joined, and nothing Qt runs on it.
        self._thread = threading.Thread(target=self._work, name="fieldcase-store-worker",
                                        daemon=True)
        self._thread.start()

    def _dispatch(self, job: _Job) -> None:
        with self._lock:
            if job.kind in ("open", "close"):
                self._close_tasks()
            if job.kind != "task":
                self._jobs.put(job)
                return
            self._tasks = [t for t in self._tasks if t.thread is not None and t.thread.is_alive()]
            task = Task(job.generation, self._queue_step, self._announced.emit)
            task.thread = threading.Thread(target=self._run_task, args=(job, task),
                                           name="fieldcase-sync", daemon=True)
            self._tasks.append(task)
            task.thread.start()

    def _task_steps(self, job: _Job) -> TaskSteps:
        raise AssertionError("a task's steps are bound when its thread starts")

    def _run_task(self, job: _Job, task: Task) -> None:
        """On the task's own thread."""
        try:
            assert job.fn is not None
            outcome = _Outcome(job.fn(task))
        except Exception as error:
            outcome = _Outcome(error=describe(error))
        self._delivered.emit(job, outcome)

    def _queue_step(self, step: Step) -> None:
        """On a task's thread: queue a step, or refuse it once the session is closing."""
        with self._lock:
            if step.task.closed or self._stopping.is_set():
                raise SessionClosed()
            self._jobs.put(step)

    def _close_tasks(self) -> None:
        """Under the lock: no task may queue another step."""
        for task in self._tasks:
            task.closed = True

    def _run_step(self, step: Step) -> None:
        """On the worker. Whatever happens, the future is settled: the task waits on it."""
        if step.task.closed or self._session is None:
            step.future.set_exception(SessionClosed())
            return
        try:
            step.future.set_result(step.fn(self._session))
        except BaseException as error:  # handed to the waiting task as it is
            step.future.set_exception(error)

    def _announce(self, changes: object, generation: int) -> None:
        """On the GUI thread: a task's changes, unless the session was locked since."""
        if not self._stopped and generation == self._generation and \
                isinstance(changes, Changes) and changes:
            self.changed.emit(changes)

    def _work(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None or self._stopping.is_set():
                if isinstance(job, Step):
                    job.future.set_exception(SessionClosed())
                break
            if isinstance(job, Step):
                self._run_step(job)
                continue
            self._delivered.emit(job, self._execute(job))
        self._refuse_queued_steps()
        try:
            self._close_on_worker()
        except Exception as error:  # the app is exiting: nothing more to do than say so
            log.error("closing the store at shutdown failed: %s", type(error).__name__)

    def _refuse_queued_steps(self) -> None:
        while True:
            try:
                job = self._jobs.get_nowait()
            except queue.Empty:
                return
            if isinstance(job, Step):
                job.future.set_exception(SessionClosed())

    def _close_on_worker(self) -> None:
        """Wait for the tasks this close (or unlock) ended to finish, then close the session.
        Each was closed when this job was queued, so any step it queued is ahead of this job
        and none can be queued after it: the wait cannot deadlock. A task started after this
        job was queued belongs to the next session and is left running."""
        with self._lock:
            ending = [t for t in self._tasks if t.closed]
            self._tasks = [t for t in self._tasks if not t.closed]
        for task in ending:
            if task.thread is not None:
                task.thread.join()
        super()._close_on_worker()

    def shutdown(self) -> None:
        """Skip queued work, end the tasks' steps, close the session on the worker and wait
        for the worker and the tasks to end."""
        if self._stopped:
            return
        self._stopped = True
        with self._lock:
            self._stopping.set()
            self._close_tasks()
            self._jobs.put(None)
        self._thread.join()
        self._actor = None


class SynchronousRunner(Runner):
    """Runs each call at once on the calling thread, for unit tests and scripts: the base
    behaviour under a name that says so. Never use it in the app (it blocks the GUI)."""
