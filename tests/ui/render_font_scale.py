"""Render the screens with a larger system font, for a visual check (a script, not a test).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/render_font_scale.py [OUT] \
        [--language ar] [--scale 1.5]

As a desktop set to a larger font starts the app: the application font is set to ``--scale``
times the default before ``install_fonts``, which keeps that size. Writes
``ui-scaled-<screen>[-ar].png`` into OUT (default /tmp/shots-font-scale): the unlock screen,
the main window's list, a case page's overview, person and tasks tabs, and the review queue.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget
from tests.ui.render_case_page import PASSPHRASE, USER, rich_case

from fieldcase.services import profile
from fieldcase.services.demo import add_demo_cases
from fieldcase.storage.keyslots import KdfParams
from fieldcase.ui.case_page.overview import OverviewSection
from fieldcase.ui.case_page.person import PersonSection
from fieldcase.ui.case_page.tasks import TasksSection
from fieldcase.ui.fonts import UI_POINT_SIZE, install_fonts
from fieldcase.ui.i18n import install_language
from fieldcase.ui.main_window import MainWindow
from fieldcase.ui.operations import SynchronousRunner
from fieldcase.ui.unlock_dialog import UnlockDialog, profile_unlocker


def save(widget: QWidget, out: Path, name: str, suffix: str) -> None:
    widget.show()
    QApplication.processEvents()
    path = out / f"ui-scaled-{name}{suffix}.png"
    widget.grab().save(str(path))
    print(path)


def main(out: Path, language: str, scale: float) -> None:
    app = QApplication(sys.argv[:1])
    app.setFont(QFont(app.font().family(), round(UI_POINT_SIZE * scale)))  # the desktop's
    install_fonts(app)
    print("font:", app.font().family(), app.font().pointSizeF())
    print("language:", install_language(app, language))
    suffix = "" if language == "en" else f"-{language}"
    out.mkdir(parents=True, exist_ok=True)
    kdf = KdfParams.insecure_for_tests()
    runner = SynchronousRunner()
    with tempfile.TemporaryDirectory(prefix="fieldcase-render-") as tmp:
        folder = Path(tmp) / "profile"
        profile.create_profile(folder, user=USER, passphrase=PASSPHRASE, role="supervisor",
                               team="demo", site="LAMP-01", kdf=kdf)
        session = profile.unlock(folder, user=USER, passphrase=PASSPHRASE, kdf=kdf)
        add_demo_cases(session, count=40, seed=1)
        case_id = rich_case(session)
        session.close()
        unlock = UnlockDialog(runner, profile_unlocker(folder, kdf))
        save(unlock, out, "unlock", suffix)
        unlock.close()
        runner.open_session(lambda: profile.unlock(folder, user=USER, passphrase=PASSPHRASE,
                                                   kdf=kdf))
        assert runner.actor is not None
        window = MainWindow(runner, runner.actor)
        window.resize(1600, 900)
        window.show()
        save(window, out, "main-list", suffix)
        page = window.detail
        page.show_case(case_id)
        for name, section in (("overview", OverviewSection), ("person", PersonSection),
                              ("tasks", TasksSection)):
            page.tabs.setCurrentWidget(page.section(section))
            save(window, out, f"case-{name}", suffix)
        window.show_queue()
        queue = window.desk.queue_dialog
        assert queue is not None
        queue.view.tree.expandAll()
        save(queue, out, "queue", suffix)
        queue.close()
        window.close()
        runner.shutdown()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", default="/tmp/shots-font-scale")
    parser.add_argument("--language", default="en")
    parser.add_argument("--scale", type=float, default=1.5)
    arguments = parser.parse_args()
    main(Path(arguments.out), arguments.language, arguments.scale)
