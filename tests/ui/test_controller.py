"""The screens in order: set-up or unlock, main window, back to unlock on lock; the demo."""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from fieldcase.storage.connection import open_connection_count
from fieldcase.storage.keyslots import KdfParams
from fieldcase.ui.app import run_app
from fieldcase.ui.busy_dialog import BusyDialog
from fieldcase.ui.controller import AppController
from fieldcase.ui.main_window import MainWindow
from fieldcase.ui.operations import OperationRunner
from fieldcase.ui.setup_dialog import SetupDialog
from fieldcase.ui.unlock_dialog import UnlockDialog

from .conftest import PASSPHRASE, USER

WAIT = 10_000


@pytest.fixture
def make_controller(runner: OperationRunner, kdf: KdfParams
                    ) -> Iterator[Callable[..., AppController]]:
    made: list[AppController] = []

    def make(profile_dir: Path, **options: Any) -> AppController:
        controller = AppController(runner, profile_dir, kdf=kdf, **options)
        made.append(controller)
        return controller

    yield make
    for controller in made:
        controller.close_all()


def test_a_folder_without_a_profile_starts_the_set_up(make_controller, tmp_path: Path) -> None:
    controller = make_controller(tmp_path / "empty")
    controller.start()
    assert isinstance(controller.gate, SetupDialog)
    assert controller.window is None


def test_unlock_opens_the_main_window_and_lock_brings_the_dialog_back(
        qtbot: QtBot, make_controller, runner: OperationRunner, profile_dir: Path) -> None:
    controller = make_controller(profile_dir)
    controller.start()
    dialog = controller.gate
    assert isinstance(dialog, UnlockDialog) and dialog.isVisible()
    dialog.user_box.setText(USER)
    dialog.passphrase_box.setText(PASSPHRASE)
    dialog.submit()
    qtbot.waitUntil(lambda: controller.window is not None, timeout=WAIT)
    window = controller.window
    assert isinstance(window, MainWindow) and window.isVisible()
    assert controller.gate is None
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT)
    with qtbot.waitSignal(runner.session_closed, timeout=WAIT):
        window.registry["lock"].trigger()
    assert open_connection_count() == 0
    assert controller.window is None
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, MainWindow) and w.isVisible()]
    assert isinstance(controller.gate, UnlockDialog) and controller.gate.isVisible()
    assert controller.gate.passphrase_box.text() == ""


def test_quitting_the_unlock_dialog_ends_the_app(qtbot: QtBot, make_controller,
                                                 profile_dir: Path) -> None:
    controller = make_controller(profile_dir)
    controller.start()
    with qtbot.waitSignal(controller.finished) as finished:
        controller.gate.reject()
    assert finished.args == [0]


def test_the_demo_opens_on_a_throwaway_profile_and_lock_ends_it(
        qtbot: QtBot, make_controller, runner: OperationRunner, tmp_path: Path) -> None:
    controller = make_controller(tmp_path / "demo", demo=True, demo_cases=20)
    controller.start()
    assert isinstance(controller.gate, BusyDialog)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=WAIT)
    window = controller.window
    assert window.windowTitle() == "FieldCase — LAMP-01 — demo"
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT)
    with qtbot.waitSignal(controller.finished, timeout=WAIT) as finished:
        window.request_lock()
    assert finished.args == [0]
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT)
    assert open_connection_count() == 0


def test_run_app_demo_opens_the_window_and_deletes_its_profile_at_exit(
        qapp: QApplication, kdf: KdfParams, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    seen: list[str] = []

    def lock_when_shown() -> None:
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]
        if windows and windows[0].model.rowCount() > 0:
            seen.append(windows[0].windowTitle())
            seen.extend(p.name for p in tmp_path.iterdir())
            windows[0].registry["lock"].trigger()
        else:
            QTimer.singleShot(20, lock_when_shown)

    QTimer.singleShot(0, lock_when_shown)
    assert run_app(tmp_path / "unused", demo=True, kdf=kdf) == 0
    assert seen[0] == "FieldCase — LAMP-01 — demo"
    assert seen[1].startswith("fieldcase-demo-")
    assert list(tmp_path.iterdir()) == []
    assert open_connection_count() == 0
