"""A courtesy between the GUI thread and the threads that work for it, about Python's GIL.

While a sync applies a pulled page, the store worker runs Python case after case (parsing,
merging, preparing rows). The GUI thread paints the case list with a Python callback for every
cell (a model's ``data``, a delegate), and each callback has to win the GIL back from the
worker, which lets go of it only every 5 ms (the switch interval): a 20 ms paint stretched to
hundreds of milliseconds (the UI benchmark's longest stall while syncing, docs/performance.md).

So the GUI marks its paints (:func:`painting`), and a long-running worker loop calls
:func:`step_aside` between its items: while a paint is marked, the worker waits (without the
GIL) until it ends, at most ``MAX_WAIT_S``, so the paint runs at its own speed and the worker's
total time grows only by the paints. Outside a paint, ``step_aside`` costs one check of an
event. Only the GUI thread marks; any thread may step aside; nothing here imports Qt.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Final

MAX_WAIT_S: Final = 0.05  # a paint longer than this is a bug to find, not a wait to extend

_idle = threading.Event()
_idle.set()


@contextmanager
def painting() -> Iterator[None]:
    """Mark a paint on the GUI thread (nesting is not expected: paints do not nest)."""
    _idle.clear()
    try:
        yield
    finally:
        _idle.set()


def step_aside() -> None:
    """Between two items of a long Python loop off the GUI thread: wait while the GUI paints."""
    if not _idle.is_set():
        _idle.wait(MAX_WAIT_S)
