"""Rarer automatic garbage collections while a sync moves whole cases, on both ends.

Sending or applying a page of whole cases makes ~5,000 record states (a few dicts and lists
per field, all alive until the page is encoded or written): every 700 of those containers
started a young-generation collection that walked the ones made before, and with them the
older generations. At the default threshold the collector took about half of the server's CPU
of an initial pull (measured in-process, ``benchmarks/pull_server.py``: 8.8-10.0 s for 2,000
cases at 700, 5.1-6.0 s at 100,000, with gc.disable() 4.4-5.3 s) and a quarter of the
device's (``benchmarks/pull_apply.py``: full collections 1.0-1.4 s of 4.2-4.5 s per 1,000
cases).

The threshold is process-wide, so :data:`fewer_collections` raises it while any such work runs
and puts it back when the last one ends; collection still runs (every ``THRESHOLD``
allocations), so memory stays bounded however many pulls overlap. The desktop app collects on
its GUI thread with the thresholds it saved at start (``ui.gui_collector``), where the raised
threshold changes nothing; there :attr:`FewerCollections.active` tells its collector to wait
until the sync's pages are gone (walking them was the longest stall of the GUI thread while
syncing).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Final


class FewerCollections:
    """A re-entrant, thread-safe "raise the young generation's threshold while inside"."""

    THRESHOLD: Final = 100_000

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._inside = 0
        self._saved = gc.get_threshold()

    @property
    def active(self) -> bool:
        """Whether some work is inside now (read without the lock: a hint, not a guarantee)."""
        return self._inside > 0

    @contextmanager
    def __call__(self) -> Iterator[None]:
        with self._lock:
            if self._inside == 0:
                self._saved = gc.get_threshold()
                gc.set_threshold(max(self._saved[0], self.THRESHOLD), *self._saved[1:])
            self._inside += 1
        try:
            yield
        finally:
            with self._lock:
                self._inside -= 1
                if self._inside == 0:
                    gc.set_threshold(*self._saved)


fewer_collections = FewerCollections()
