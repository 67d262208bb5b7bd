"""What a task of the operation runner holds instead of the session: its steps.

A task (``Runner.start_task``: a sync, which waits on the network) runs on a thread of its own
and must never touch the store connection, which belongs to the runner's worker. It holds
:class:`TaskSteps`: ``run(fn)`` has ``fn(session)`` run on the worker, queued like any call, and
hands back its result or error; ``announce(changes)`` has the runner emit ``changed`` on the
GUI thread. ``TaskSteps`` is a ``services.session.SessionSteps``, so a service written for a
caller that does not own the session (``services.sync.run_sync``) takes it as it is.

What can go wrong: a task's step after a lock, an unlock or the shutdown was asked for is
refused with ``SessionClosed`` (the task then ends like any failed call), so the session can
close as soon as the task has ended; the runner waits for that (``ui/operations.py``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from fieldcase.services.changes import Changes

if TYPE_CHECKING:
    from fieldcase.services.session import Session

T = TypeVar("T")


class TaskSteps(Protocol):
    """The steps a task holds."""

    def run(self, step: Callable[[Session], T]) -> T:
        """Run ``step(session)`` on the thread that owns the session and return its result
        (or raise its error); ``SessionClosed`` once the session was locked."""
        ...

    def announce(self, changes: Changes) -> None:
        """Emit ``changed`` on the GUI thread (dropped if the session was locked since)."""
        ...


class InlineSteps:
    """A task's steps when the runner runs everything on the caller's thread."""

    def __init__(self, session: Callable[[], Session],
                 changed: Callable[[Changes], None]) -> None:
        self._session = session
        self._changed = changed

    def run(self, step: Callable[[Session], T]) -> T:
        return step(self._session())

    def announce(self, changes: Changes) -> None:
        if changes:
            self._changed(changes)


@dataclass(eq=False)
class Task:
    """A running task: its thread, the generation it belongs to, and whether it may still
    queue steps (no longer once a lock, an unlock or the shutdown was asked for). ``queue``
    puts a step on the worker's queue (or refuses it); ``announced`` carries changes and the
    generation to the GUI thread."""

    generation: int
    queue: Callable[[Step], None]
    announced: Callable[[Changes, int], None]
    thread: threading.Thread | None = None
    closed: bool = False

    def run(self, step: Callable[[Session], T]) -> T:
        future: Future[T] = Future()
        self.queue(Step(step, future, self))
        return future.result()

    def announce(self, changes: Changes) -> None:
        if changes:
            self.announced(changes, self.generation)


@dataclass(frozen=True)
class Step:
    """One step of a task, waiting in the worker's queue; its future is always settled."""

    fn: Callable[[Session], Any]
    future: Future[Any] = field(repr=False)
    task: Task
