"""``fieldcase.foreground``: a worker steps aside while the GUI paints, and only then."""

from __future__ import annotations

import threading

import pytest

from fieldcase import foreground


class _RecordingEvent(threading.Event):
    """The module's event, noting every wait (with its timeout)."""

    def __init__(self) -> None:
        super().__init__()
        self.waits: list[float | None] = []

    def wait(self, timeout: float | None = None) -> bool:
        self.waits.append(timeout)
        return super().wait(timeout)


@pytest.fixture
def idle(monkeypatch: pytest.MonkeyPatch) -> _RecordingEvent:
    event = _RecordingEvent()
    event.set()
    monkeypatch.setattr(foreground, "_idle", event)
    return event


def test_outside_a_paint_a_worker_does_not_wait(idle: _RecordingEvent) -> None:
    for _ in range(100):
        foreground.step_aside()
    assert idle.waits == []


def test_during_a_paint_a_worker_waits_for_it_to_end(idle: _RecordingEvent) -> None:
    order: list[str] = []
    waiting = threading.Event()

    def worker() -> None:
        foreground.step_aside()
        order.append("worker")

    with foreground.painting():
        thread = threading.Thread(target=worker)
        thread.start()
        while not idle.waits:  # the worker is inside step_aside, waiting for the paint
            waiting.wait(0.001)
        order.append("paint")
    thread.join()
    assert order == ["paint", "worker"]
    assert idle.waits == [foreground.MAX_WAIT_S]  # bounded: a paint never holds it for good
    assert idle.is_set()  # the paint's end is marked even if it raised


def test_the_gui_process_shares_the_gil_finely() -> None:
    """The app's QApplication comes with the short switch interval (the stall while syncing)."""
    import subprocess
    import sys
    code = ("import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
            "from fieldcase.ui.app import application\n"
            "application(); print(sys.getswitchinterval())")
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           check=True, timeout=60).stdout.split()[-1]
    assert float(shown) == foreground.GUI_SWITCH_INTERVAL_S < 0.005
