"""Run in a subprocess by test_portable.py: the desktop app as a person on a USB stick uses it.

``python portable_driver.py STICK_LAUNCHER USER``: the command line of the launcher on the stick
(``sys.argv[0]`` is the launcher, so its ``fieldcase-portable`` marker is what is found), with a
robot that, once the unlock screen shows, types the user and the passphrase
(``FIELDCASE_PASSPHRASE``), waits for the main window and locks. ``main`` returns 75
(``RESTART_AT_UNLOCK``); the entry point would start afresh, the driver just exits with it.
Not a test module: pytest collects only ``test_*.py``.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

import fieldcase.ui.app as app_module
from fieldcase import cli

LAUNCHER, USER = sys.argv[1], sys.argv[2]
make_application = app_module.application
steps = {"typed": False}


def robot() -> None:
    from fieldcase.ui.main_window import MainWindow
    from fieldcase.ui.unlock_dialog import UnlockDialog
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.isVisible():
            widget.registry["lock"].trigger()
            return
        if isinstance(widget, UnlockDialog) and widget.isVisible() and not steps["typed"]:
            widget.user_box.setText(USER)
            widget.passphrase_box.setText(os.environ["FIELDCASE_PASSPHRASE"])
            widget.submit()
            steps["typed"] = True
    QTimer.singleShot(100, robot)


def application() -> QApplication:
    app = make_application()
    QTimer.singleShot(100, robot)
    QTimer.singleShot(60_000, lambda: app.exit(9))  # never hang the test
    return app


app_module.application = application
sys.argv = [LAUNCHER]
sys.exit(cli.main([]))
