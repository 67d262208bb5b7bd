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

Within one case the worker still runs Python for milliseconds, and each of the GUI thread's
returns to Python waits for it up to the switch interval. The GUI process therefore shares the
GIL every ``GUI_SWITCH_INTERVAL_S`` instead of Python's 5 ms (:func:`share_the_gil_finely`): at
100,000 cases the longest stall while syncing 500 cases went from 78–175 ms to 29–59 ms, the
sync taking 10–25 % longer (docs/performance.md, "The app at 100,000 cases").
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Final

MAX_WAIT_S: Final = 0.05  # a paint longer than this is a bug to find, not a wait to extend
GUI_SWITCH_INTERVAL_S: Final = 0.0005

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


def share_the_gil_finely() -> None:
    """In the GUI process: hand the GIL between threads every ``GUI_SWITCH_INTERVAL_S``."""
    sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)
