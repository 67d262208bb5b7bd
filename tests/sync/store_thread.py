"""A store thread for tests without Qt: one thread opens a session and runs everything that
touches it, as the window's runner does (``ui/operations.py``), so a sync can run on another
thread with these store steps (``sync.steps``) and a "person's call" can be queued beside it.

``StoreThread(opener)`` opens the session on its thread; ``run(step)`` runs ``step(session)``
there and returns its result (what a sync thread does); ``call(step)`` queues the same and
returns a ``Future`` at once (what the person's click does); ``close()`` closes the session
on its thread and joins it. Use it with ``with``.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

from fieldcase.services.session import Session

T = TypeVar("T")


class StoreThread:
    def __init__(self, opener: Callable[[], Session]) -> None:
        self._jobs: queue.SimpleQueue[tuple[Callable[[Session], Any], Future[Any]] | None] = \
            queue.SimpleQueue()
        self._opened: Future[Session] = Future()
        self._thread = threading.Thread(target=self._work, args=(opener,), name="store-thread")
        self._thread.start()
        self._opened.result(timeout=60)

    def __enter__(self) -> StoreThread:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def call(self, step: Callable[[Session], T]) -> Future[T]:
        future: Future[T] = Future()
        self._jobs.put((step, future))
        return future

    def run(self, step: Callable[[Session], T]) -> T:
        return self.call(step).result()

    def close(self) -> None:
        if self._thread.is_alive():
            self._jobs.put(None)
            self._thread.join()

    def _work(self, opener: Callable[[], Session]) -> None:
        try:
            session = opener()
        except BaseException as error:
            self._opened.set_exception(error)
            return
        self._opened.set_result(session)
        try:
            while (job := self._jobs.get()) is not None:
                step, future = job
                try:
                    future.set_result(step(session))
                except BaseException as error:  # handed to whoever waits on it
                    future.set_exception(error)
        finally:
            session.close()
