"""PySide6 6.12.0 dropped a reference to every value passed through a signal; after a few
thousand emits True was deallocated and the process aborted. Pinned away; this test keeps it
away."""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    flag = Signal(bool)
    value = Signal(object)


def test_emitting_signals_keeps_reference_counts(qapp: object) -> None:
    emitter = _Emitter()
    received: list[object] = []
    emitter.flag.connect(received.append)
    emitter.value.connect(received.append)
    gc.collect()
    before = sys.getrefcount(True)
    for _ in range(200):
        emitter.flag.emit(True)
        emitter.value.emit(True)
    received.clear()
    gc.collect()
    assert sys.getrefcount(True) >= before - 5
