"""Cycles are collected on the GUI thread only (``ui.gui_collector``): a widget in a cycle
freed from the runner's worker thread crashes Qt."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from typing import ClassVar

import pytest
from pytestqt.qtbot import QtBot

from fieldcase.collector import fewer_collections
from fieldcase.ui.gui_collector import GuiThreadCollector


class _Cycle:
    """Refers to itself, so only the cycle collector frees it; says on which thread."""

    freed_on: ClassVar[list[str]] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        _Cycle.freed_on.append(threading.current_thread().name)


@pytest.fixture
def collector(qtbot: QtBot) -> Iterator[GuiThreadCollector]:
    gc.enable()  # as in the app before the collector starts (the tests' own fixture is off)
    gc.collect()
    _Cycle.freed_on.clear()
    made = GuiThreadCollector(interval_ms=20)
    yield made
    made.stop()
    made.deleteLater()


def _allocate_on(thread_name: str) -> None:
    def churn() -> None:
        junk = []
        for _ in range(50):  # far past every threshold: the collector would have run here
            junk.append([[] for _ in range(2_000)])
            junk.pop()
    worker = threading.Thread(target=churn, name=thread_name)
    worker.start()
    worker.join()


def test_cycles_wait_for_the_gui_thread(qtbot: QtBot, collector: GuiThreadCollector) -> None:
    cycles = 2 * gc.get_threshold()[0]  # enough to be due
    for _ in range(cycles):
        _Cycle()
    _allocate_on("fieldcase-store")
    assert _Cycle.freed_on == []  # nothing freed on the worker thread
    qtbot.waitUntil(lambda: len(_Cycle.freed_on) == cycles, timeout=5_000)
    assert set(_Cycle.freed_on) == {threading.current_thread().name}


def test_the_collector_stays_off_and_stop_gives_it_back(collector: GuiThreadCollector) -> None:
    assert not gc.isenabled()
    gc.enable()  # a library that switches it back on
    collector.check()
    assert not gc.isenabled()
    collector.stop()
    assert gc.isenabled()


def _older_generation_due() -> None:
    for _ in range(gc.get_threshold()[1] + 1):  # each young collection counts one
        gc.collect(0)


def test_while_a_sync_moves_whole_cases_nothing_is_collected_until_it_ends(
        collector: GuiThreadCollector) -> None:
    cycles = 2 * gc.get_threshold()[0]
    _older_generation_due()
    with fewer_collections():
        for _ in range(cycles):
            _Cycle()
        assert collector.check() is None
        assert _Cycle.freed_on == [] and gc.get_count()[1] > gc.get_threshold()[1]
    assert collector.check() in (1, 2)  # the sync is over: what is due goes at the next check
    assert len(_Cycle.freed_on) == cycles
