"""The supervisor's dashboard to PNG for a visual check (a script, not a test):

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/render_dashboard.py [OUT_DIR] [LANGUAGE]

A supervisor's profile of 120 demo cases. Writes ``ui-dashboard[-ar].png`` (the window, top),
``ui-dashboard-end[-ar].png`` (scrolled to the last charts) and ``chart-<key>[-ar].png`` for
each chart as its "Save as PNG…" writes it (the CSVs' content is checked exactly by
tests/ui/test_dashboard.py).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QApplication, QWidget

from fieldcase.services import profile
from fieldcase.services.demo import add_demo_cases
from fieldcase.storage.keyslots import KdfParams
from fieldcase.ui.fonts import install_fonts
from fieldcase.ui.i18n import install_language
from fieldcase.ui.main_window import MainWindow
from fieldcase.ui.operations import SynchronousRunner
from fieldcase.ui.supervisor.bar_chart import save_png

USER, PASSPHRASE = "demo.supervisor", "copper lantern orchard velvet"


def render_dashboard(out: Path, folder: Path, kdf: KdfParams, suffix: str) -> None:
    def save(widget: QWidget, name: str) -> None:
        widget.show()
        QApplication.processEvents()
        path = out / f"ui-{name}{suffix}.png"
        widget.grab().save(str(path))
        print(path)

    profile.create_profile(folder, user=USER, passphrase=PASSPHRASE, role="supervisor",
                           team="demo", site="LAMP-01", kdf=kdf)
    session = profile.unlock(folder, user=USER, passphrase=PASSPHRASE, kdf=kdf)
    try:
        add_demo_cases(session, count=120, seed=1)
    finally:
        session.close()

    runner = SynchronousRunner()
    try:
        runner.open_session(lambda: profile.unlock(folder, user=USER, passphrase=PASSPHRASE,
                                                   kdf=kdf))
        assert runner.actor is not None
        window = MainWindow(runner, runner.actor)
        window.show()
        QApplication.processEvents()
        window.desk.show_dashboard()
        dialog = window.desk.dashboard_dialog
        assert dialog is not None and dialog.board is not None
        dialog.resize(1000, 760)
        save(dialog, "dashboard")
        bar = dialog.charts_area.verticalScrollBar()
        bar.setValue(bar.maximum())
        save(dialog, "dashboard-end")
        for key, panel in dialog.panels.items():
            save_png(panel.view, out / f"chart-{key}{suffix}.png")
        print(out / f"chart-*{suffix}.png")
        dialog.close()
        window.close()
    finally:
        runner.shutdown()


def main(out: Path, language: str = "en") -> None:
    app = QApplication(sys.argv[:1])
    install_fonts(app)
    print("language:", install_language(app, language))
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="fieldcase-render-") as tmp:
        render_dashboard(out, Path(tmp) / "profile", KdfParams.insecure_for_tests(),
                         "" if language == "en" else f"-{language}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp"),
         sys.argv[2] if len(sys.argv) > 2 else "en")
