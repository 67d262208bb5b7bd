"""Render the Language menu and a suggested passphrase to PNG (a script, not a test).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/render_language_screens.py [OUT] [LANG]

Writes ``ui-unlock-language[-LANG].png`` (the unlock screen with its Language box),
``ui-menu-language[-LANG].png`` (the main window's Language menu: each language named
in itself, the one in use checked) and ``ui-setup-suggested-words[-LANG].png`` (the set-up
screen after "Suggest a passphrase": eight French, Spanish or Arabic words, six English
ones) into OUT (default /tmp).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QMenu, QWidget

from fieldcase.services import profile
from fieldcase.storage.keyslots import KdfParams
from fieldcase.ui.fonts import install_fonts
from fieldcase.ui.i18n import install_language
from fieldcase.ui.main_window import MainWindow
from fieldcase.ui.operations import SynchronousRunner
from fieldcase.ui.setup_dialog import SetupDialog, profile_creator
from fieldcase.ui.unlock_dialog import UnlockDialog, profile_unlocker

USER, PASSPHRASE = "amina.h", "copper lantern orchard velvet"


def save(widget: QWidget, out: Path, name: str, suffix: str) -> None:
    widget.show()
    QApplication.processEvents()
    path = out / f"ui-{name}{suffix}.png"
    widget.grab().save(str(path))
    print(path)


def main(out: Path, language: str = "en") -> None:
    app = QApplication(sys.argv[:1])
    install_fonts(app)
    install_language(app, language)
    suffix = "" if language == "en" else f"-{language}"
    kdf = KdfParams.insecure_for_tests()
    runner = SynchronousRunner()
    with tempfile.TemporaryDirectory(prefix="fieldcase-render-") as tmp:
        setup = SetupDialog(runner, profile_creator(Path(tmp) / "unused", kdf))
        setup.fields["user"].setText(USER)
        setup.suggest_passphrase()
        save(setup, out, "setup-suggested-words", suffix)
        setup.close()
        folder = Path(tmp) / "profile"
        profile.create_profile(folder, user=USER, passphrase=PASSPHRASE, role="worker",
                               team="demo", site="LAMP-01", kdf=kdf)
        gate = UnlockDialog(runner, profile_unlocker(folder, kdf))
        save(gate, out, "unlock-language", suffix)
        gate.close()
        runner.open_session(lambda: profile.unlock(folder, user=USER, passphrase=PASSPHRASE,
                                                   kdf=kdf))
        assert runner.actor is not None
        window = MainWindow(runner, runner.actor)
        window.show()
        QApplication.processEvents()
        menu = window.findChild(QMenu, "languageMenu")
        assert menu is not None
        menu.popup(window.mapToGlobal(window.rect().center()))
        save(menu, out, "menu-language", suffix)
        menu.close()
        save(window, out, "main-language", suffix)
        window.idle_watch.stop()
        window.close()
        runner.shutdown()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp"),
         sys.argv[2] if len(sys.argv) > 2 else "en")
