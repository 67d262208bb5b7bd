"""Python's cycle collector, run on the GUI thread only.

CPython collects reference cycles in whichever thread happens to allocate when a generation's
count passes its threshold. In this app that is often the runner's worker thread or a sync
thread; if the cycle holds a Qt widget (a dialog closed with a lambda slot that refers back to
it, a section that keeps its page), the widget's C++ destructor then runs on that thread, and
Qt crashes (seen as segfaults in the accessibility tests). Qt objects must die on the thread
that owns them.

So the automatic collector is switched off, and a timer on the GUI thread looks at the
collector's counts and collects the generations that are due, as the collector itself would
have, just never from another thread. Reference counting (which frees almost everything) is
untouched; only the cycles wait, at most ``INTERVAL_MS``.

A full collection walks every object the collector tracks: in a warm app, hundreds of thousands
of modules, classes, functions and Qt wrappers that live as long as the process, which took
44–184 ms of the GUI thread each time (the longest stalls while syncing). Once the start-up
imports are done (the controller's ``warmed`` signal, ``ui.app.gui_thread_collector``),
``freeze_long_lived`` moves what exists then out of the collector's sight (``gc.freeze``), so
a collection walks only what the session made since. Reference counting still frees a frozen
object that is no longer referenced; only a cycle among objects that were alive at the freeze
would stay (a module-level cycle, which lives on anyway).

While a sync moves whole cases (``fieldcase.collector.fewer_collections`` is active), nothing
is collected: the pages being read and applied are alive, and every collection walked them on
the GUI thread (an older generation's took 147 ms, the longest stall while syncing 500 cases
at 100,000 cases; a young one's 12–28 ms, beside a paint). Applying pulled pages makes next to
no cycles (10 unreachable objects after 1,000 cases, ``benchmarks/pull_apply.py`` with the
collector off), so the wait costs no memory; what is due is collected at the first check after
the sync, when the pages are gone.

What can go wrong: while the GUI thread is blocked, or while a pull runs long (a first sync of
thousands of cases, a slow network), the GUI's own cycles accumulate (memory, not
correctness); a library that calls ``gc.enable()`` would bring the old behaviour back, which
``check`` notices and undoes.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

from fieldcase.collector import fewer_collections

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """Create it on the GUI thread once the application exists; ``stop`` gives the collector
    back to Python (at exit)."""

    def __init__(self, parent: QObject | None = None, *, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(interval_ms)

    def check(self) -> int | None:
        """Collect the oldest generation that is due (and those younger); which one, or None."""
        if gc.isenabled():
            gc.disable()
        if fewer_collections.active:
            return None  # a sync's pages are alive: collected after it
        counts = gc.get_count()
        due = None
        for generation in range(3):
            if counts[generation] > self._thresholds[generation]:
                due = generation
        if due is not None:
            gc.collect(due)
        return due

    def freeze_long_lived(self) -> int:
        """Collect once, then freeze what survives, on the GUI thread; how many were frozen."""
        gc.collect()
        gc.freeze()
        return gc.get_freeze_count()

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()
