"""What a sync freed goes back to the system when it ends (issue 9: resident memory at
100,000 cases): ``malloc_arenas.give_back_freed_memory`` returns free heap pages, and
``SyncControls`` calls it on the sync thread after every run, however the run ended."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from fieldcase.services.session import Session, SessionSteps
from fieldcase.services.sync import SyncHooks
from fieldcase.storage.keyslots import KdfParams
from fieldcase.sync.engine import SyncReport
from fieldcase.sync.errors import SyncError, SyncErrorKind
from fieldcase.ui.controller import AppController
from fieldcase.ui.operations import OperationRunner
from fieldcase.ui.sync_controls import SyncControls
from fieldcase.ui.unlock_dialog import UnlockDialog

from .conftest import PASSPHRASE, USER

WAIT = 10_000

# 80 MB in blocks of 2 KiB (from malloc, not Python's small-object pools), all freed but the
# last, which keeps the freed space below it from being returned at the top of the heap.
PROBE = """
import json, sys
def resident_mb():
    return int(open("/proc/self/statm").read().split()[1]) * 4096 / 2**20
blocks = [bytes(2048) for _ in range(40_000)]
last = blocks.pop()
del blocks
freed = resident_mb()
given_back = None
if sys.argv[1] == "trim":
    from fieldcase.ui.malloc_arenas import give_back_freed_memory
    given_back = give_back_freed_memory()
print(json.dumps({"freed_mb": freed, "after_mb": resident_mb(), "given_back": given_back}))
"""


def probe(mode: str) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-c", PROBE, mode], capture_output=True, text=True,
                         check=True, timeout=60).stdout
    result: dict[str, float] = json.loads(out.splitlines()[-1])
    return result


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim")
def test_freed_heap_memory_goes_back_to_the_system_only_when_given_back() -> None:
    kept, trimmed = probe("keep"), probe("trim")
    assert kept["after_mb"] > kept["freed_mb"] - 10  # free() alone keeps it resident
    assert trimmed["given_back"] is True
    assert trimmed["after_mb"] < trimmed["freed_mb"] - 50


@pytest.fixture
def controls(qtbot: QtBot, runner: OperationRunner, opener: Callable[[], Session]
             ) -> Callable[..., tuple[SyncControls, list[str]]]:
    with qtbot.waitSignal(runner.session_opened, timeout=WAIT):
        runner.open_session(opener)

    def make(call: Callable[[SessionSteps, SyncHooks], SyncReport]
             ) -> tuple[SyncControls, list[str]]:
        trims: list[str] = []
        made = SyncControls(runner, sync_call=call,
                            trim=lambda: trims.append(threading.current_thread().name))
        return made, trims
    return make


def test_a_sync_gives_back_what_it_freed_on_its_own_thread_when_it_ends(
        qtbot: QtBot, controls: Callable[..., tuple[SyncControls, list[str]]]) -> None:
    sync, trims = controls(lambda _steps, _hooks: SyncReport())
    with qtbot.waitSignal(sync.sync_finished, timeout=WAIT):
        assert sync.sync_now()
    assert trims == ["fieldcase-sync"]  # once, off the GUI thread


def test_a_failed_sync_gives_back_what_it_freed_too(
        qtbot: QtBot, controls: Callable[..., tuple[SyncControls, list[str]]]) -> None:
    def offline(_steps: SessionSteps, _hooks: SyncHooks) -> SyncReport:
        raise SyncError(SyncErrorKind.OFFLINE, "could not reach the server")

    sync, trims = controls(offline)
    with qtbot.waitSignal(sync.sync_failed, timeout=WAIT):
        assert sync.sync_now()
    assert trims == ["fieldcase-sync"]


def test_an_unlock_gives_back_what_it_freed_on_the_store_worker(
        qtbot: QtBot, runner: OperationRunner, profile_dir: Path, kdf: KdfParams) -> None:
    trims: list[str] = []
    controller = AppController(runner, profile_dir, kdf=kdf,
                               trim=lambda: trims.append(threading.current_thread().name))
    try:
        controller.start()
        dialog = controller.gate
        assert isinstance(dialog, UnlockDialog)
        dialog.user_box.setText(USER)
        dialog.passphrase_box.setText(PASSPHRASE)
        assert not trims
        dialog.submit()
        qtbot.waitUntil(lambda: controller.window is not None and not runner.busy,
                        timeout=WAIT)
        assert trims == ["fieldcase-store-worker"]  # once, off the GUI thread
    finally:
        controller.close_all()
