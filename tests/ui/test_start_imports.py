"""The unlock screen comes up before the rest of the app is imported.

Importing the whole app (the main window, the case page, the sync stack with httpx, the demo's
synthetic data) took 1.3–1.9 s before the unlock screen could show; the controller imports
those once the screen is up (``controller.WARM_MODULES``). The entry point's command path
(httpx by way of the services: 0.4 s) and the store with its key handling (a third of what was
left) wait too. A module-level import of any of
them on the way to the unlock screen brings the wait back, so this test names them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

LATER = ("httpx", "fieldcase.ui.main_window", "fieldcase.ui.case_page.page",
         "fieldcase.ui.register.register_dialog", "fieldcase.services.sync",
         "fieldcase.synthetic", "fieldcase.ui.setup_dialog",
         # the store and the key handling: the unlock acts on them, the screen does not
         # (``ui.profile_calls``); the command path (``fieldcase.cli_run``) and its services
         "fieldcase.services.profile", "fieldcase.services.session", "fieldcase.storage.store",
         "sqlcipher3", "fieldcase.cli_run", "fieldcase.cli_commands")


def test_the_unlock_screen_imports_neither_the_main_window_nor_the_network() -> None:
    probe = ("import json, sys; "
             "import fieldcase.cli, fieldcase.ui.app, fieldcase.ui.unlock_dialog; "
             f"print(json.dumps(sorted(m for m in {LATER!r} if m in sys.modules)))")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True,
                         text=True, check=True).stdout
    assert json.loads(out) == []


WARMED = """
import gc, json, sys, tempfile, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from fieldcase.ui.app import gui_thread_collector
from fieldcase.ui.controller import WARM_MODULES, AppController
from fieldcase.ui.operations import OperationRunner
app = QApplication([])
runner = OperationRunner()
controller = AppController(runner, Path(tempfile.mkdtemp()))  # no profile: the set-up screen
collector = gui_thread_collector(app, controller)  # as run_app
controller.start()
before = sorted(m for m in WARM_MODULES if m in sys.modules)
deadline = time.monotonic() + 60
while time.monotonic() < deadline and not gc.get_freeze_count():
    app.processEvents()
from fieldcase.ui.names import _country_choices
print(json.dumps({"shown": controller.gate.isVisible(), "before": before,
                  "missing": sorted(m for m in WARM_MODULES if m not in sys.modules),
                  "countries_named": _country_choices.cache_info().currsize,
                  "frozen": gc.get_freeze_count(), "walked": len(gc.get_objects())}))
controller.close_all()
runner.shutdown()
collector.stop()
"""


def test_what_the_first_screen_leaves_out_is_imported_while_it_shows() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", WARMED], env=env, capture_output=True,
                         text=True, check=True, timeout=120).stdout
    report = json.loads(out.splitlines()[-1])
    assert report["shown"]
    assert "fieldcase.ui.main_window" not in report["before"]  # the screen came first
    assert report["missing"] == []
    assert report["countries_named"] == 1  # CLDR's data read, not in the main window's build
    # what the start-up made is out of the cycle collector's walks (full collections of a
    # warm app held the GUI thread 44-184 ms): it walks a small part of what exists
    assert report["walked"] * 10 < report["frozen"]
