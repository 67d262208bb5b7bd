"""``run_app``: start Qt, load the fonts, run the screens, and clean up whatever happens.

Order matters for security: the worker (and with it the session) is shut down before the
function returns, even after an exception, so no store connection or key outlives the
window; a demo profile's folder is deleted only after that, once nothing has it open.
Nothing is written to QSettings or any other plaintext file.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from fieldcase.foreground import share_the_gil_finely
from fieldcase.services.language import last_language
from fieldcase.ui.controller import AppController
from fieldcase.ui.fonts import install_fonts
from fieldcase.ui.gui_collector import GuiThreadCollector
from fieldcase.ui.i18n import install_language, language_from_environment
from fieldcase.ui.idle import DEFAULT_IDLE_LOCK
from fieldcase.ui.malloc_arenas import limit_malloc_arenas
from fieldcase.ui.operations import OperationRunner
from fieldcase.ui.startup_mark import install_startup_mark

if TYPE_CHECKING:
    from fieldcase.ui.service_types import KdfParams

APP_NAME = "FieldCase"


def application() -> QApplication:
    """The process's QApplication, made on first use (only one may exist)."""
    existing = QCoreApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    limit_malloc_arenas()  # before Qt, the worker and the sync start their threads
    share_the_gil_finely()  # the GUI thread's turns come sooner (fieldcase.foreground)
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    return app


def gui_thread_collector(app: QApplication, controller: AppController) -> GuiThreadCollector:
    """Cycles collected on the GUI thread only (Qt objects in cycles die there), and what the
    start-up made frozen out of the collector's walks once the controller's warm-up is done."""
    collector = GuiThreadCollector(app)
    controller.warmed.connect(collector.freeze_long_lived)
    return collector


def run_app(profile_dir: Path, demo: bool, *, language: str | None = None,
            kdf: KdfParams | None = None, idle_timeout: timedelta = DEFAULT_IDLE_LOCK) -> int:
    """Open the desktop app on ``profile_dir`` (or on a throwaway demo profile); returns the
    exit code, ``RESTART_AT_UNLOCK`` after a lock (the caller starts a fresh process:
    ``fieldcase.process_restart``). ``language`` is the interface language (``ar``,
    ``fr``...: it overrides every kept choice; None: the language last used on the profile,
    else the ``LANGUAGE`` environment variable, else English). ``kdf`` and
    ``idle_timeout`` are for tests only."""
    app = application()
    app.setQuitOnLastWindowClosed(False)  # the controller decides when the app ends
    install_startup_mark(app)  # diagnostics, only when asked; parented to the app
    install_fonts(app)
    # --language, else the language last used on this profile (the unlock screen follows
    # it), else the environment's; the person's own choice is installed after the unlock
    start = language or (None if demo else last_language(profile_dir))
    install_language(app, start or language_from_environment(os.environ))
    demo_root = Path(tempfile.mkdtemp(prefix="fieldcase-demo-")) if demo else None
    runner = OperationRunner()
    controller = AppController(runner, demo_root / "profile" if demo_root else profile_dir,
                               demo=demo, kdf=kdf, idle_timeout=idle_timeout,
                               fresh_process_on_lock=True, language_override=language)
    controller.finished.connect(app.exit)
    collector = gui_thread_collector(app, controller)
    try:
        controller.start()
        return app.exec()
    finally:
        controller.close_all()
        runner.shutdown()
        collector.stop()
        if demo_root is not None:
            shutil.rmtree(demo_root, ignore_errors=True)
