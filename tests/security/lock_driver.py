"""The installed app, driven from inside for ``test_lock_ends_the_process`` (a script, not a test).

    python lock_driver.py PROFILE_DIR STATE_FILE   # the passphrase on stdin, first run only

It starts the app exactly as the ``fieldcase`` command does (``cli.entry_point``: core dumps
off, ``main``, a fresh process after a lock) with a few timers that act as the person would:
type the user name and passphrase into the unlock dialog, wait for the list to be painted,
then wait for the test to write ``lock`` into STATE_FILE and press Lock. The lock ends in
``exec`` of this same command; the fresh run finds ``locked`` in STATE_FILE, only waits for
the unlock dialog and says so (as the first run would, were the unlock dialog to come back
without a restart: the test then finds the name still in memory). Progress lines go to
STATE_FILE (``unlocked PID``, ``unlock-screen PID``), never a name or the passphrase.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from fieldcase import cli
from fieldcase.ui.app import application
from fieldcase.ui.main_window import MainWindow
from fieldcase.ui.unlock_dialog import UnlockDialog

USER = "amina"
POLL_MS = 50


def _shown(kind: type) -> object | None:
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, kind) and w.isVisible()), None)


def _say(state: Path, line: str) -> None:
    state.write_text(line)


def _said(state: Path) -> str:
    return state.read_text() if state.exists() else ""


def first_run(state: Path, passphrase: str) -> None:
    """Unlock, report once the list has rows on screen, lock when the test says so."""
    steps = {"typed": False, "reported": False}

    def step() -> None:
        dialog = _shown(UnlockDialog)
        if dialog is not None and _said(state) == "locked":  # locked without a restart
            _say(state, f"unlock-screen {os.getpid()}")
            return
        if isinstance(dialog, UnlockDialog) and not steps["typed"]:
            dialog.user_box.setText(USER)
            dialog.passphrase_box.setText(passphrase)
            dialog.unlock_button.click()
            steps["typed"] = True
        window = _shown(MainWindow)
        if isinstance(window, MainWindow):
            if not steps["reported"] and window.model.rowCount() > 0:
                window.case_list.viewport().repaint()
                _say(state, f"unlocked {os.getpid()}")
                steps["reported"] = True
            elif steps["reported"] and _said(state) == "lock":
                _say(state, "locked")
                window.registry["lock"].trigger()  # what Ctrl+L does

    timer = QTimer(application())
    timer.timeout.connect(step)
    timer.start(POLL_MS)


def after_lock(state: Path) -> None:
    def step() -> None:
        if _shown(UnlockDialog) is not None:
            _say(state, f"unlock-screen {os.getpid()}")

    timer = QTimer(application())
    timer.timeout.connect(step)
    timer.start(POLL_MS)


def run() -> int:
    profile, state = Path(sys.argv[1]), Path(sys.argv[2])
    if _said(state) == "locked":
        after_lock(state)
    else:
        first_run(state, sys.stdin.readline().rstrip("\n"))
    sys.argv = ["fieldcase", "--profile", str(profile)]  # what cli.main parses
    return cli.entry_point()


if __name__ == "__main__":
    sys.exit(run())
