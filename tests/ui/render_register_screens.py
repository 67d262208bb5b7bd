"""Render the registration screens to PNG for a visual check (a script, not a test).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/render_register_screens.py \\
        /tmp/shots-register [--language ar]

From a throwaway profile of synthetic cases plus "Mohamed Hussein" stored in Arabic script,
with the synchronous runner: a search that found no one and its offer to register
(``ui-register-no-match``), the form carried from it (``-seeded``), possible matches beside
the entry (``-matches``), after "different person" with consent and the more part
(``-consent``), and the problems of an empty form (``-problems``). ``-ar`` in Arabic.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from fieldcase.services import cases, profile
from fieldcase.services.demo import add_demo_cases
from fieldcase.storage.keyslots import KdfParams
from fieldcase.ui.fonts import install_fonts
from fieldcase.ui.i18n import install_language
from fieldcase.ui.main_window import MainWindow
from fieldcase.ui.operations import SynchronousRunner
from fieldcase.ui.register.register_dialog import RegisterDialog

USER, PASSPHRASE = "demo.supervisor", "copper lantern orchard velvet"


def save(widget: QWidget, out: Path, name: str, suffix: str) -> None:
    widget.show()
    for _ in range(3):
        QApplication.processEvents()
    path = out / f"ui-{name}{suffix}.png"
    widget.grab().save(str(path))
    print(path)


def main(out: Path, language: str) -> None:
    app = QApplication(sys.argv[:1])
    install_fonts(app)
    install_language(app, language)
    suffix = "" if language == "en" else f"-{language}"
    out.mkdir(parents=True, exist_ok=True)
    kdf = KdfParams.insecure_for_tests()
    runner = SynchronousRunner()
    with tempfile.TemporaryDirectory(prefix="fieldcase-register-") as tmp:
        folder = Path(tmp) / "profile"
        profile.create_profile(folder, user=USER, passphrase=PASSPHRASE, role="supervisor",
                               team="demo", site="LAMP-01", kdf=kdf)
        session = profile.unlock(folder, user=USER, passphrase=PASSPHRASE, kdf=kdf)
        add_demo_cases(session, count=120, seed=3)
        cases.create_case(session, {
            "person": {"given_name": "محمد", "family_name": "حسين", "sex": "male",
                       "date_of_birth": "1994-03-17", "nationality": "SDN"},
            "case": {"site": "LAMP-01", "stage": "transit"}})
        session.close()
        try:
            runner.open_session(lambda: profile.unlock(folder, user=USER,
                                                       passphrase=PASSPHRASE, kdf=kdf))
            assert runner.actor is not None
            window = MainWindow(runner, runner.actor)
            window.resize(1280, 760)
            window.show()
            QApplication.processEvents()
            window.search_bar.search_box.setText("Qorvanex Tilbeh")
            window.search_bar.search_box.returnPressed.emit()
            save(window, out, "register-no-match", suffix)
            window.search_bar.search_box.returnPressed.emit()  # Enter again: register
            dialog = window.register_dialog
            assert dialog is not None
            save(dialog, out, "register-seeded", suffix)
            dialog.discard()

            dialog = RegisterDialog(runner, runner.actor, parent=window)
            dialog.given_box.setText("Mohamed")
            dialog.family_box.setText("Hussein")
            dialog.sex_box.setCurrentIndex(dialog.sex_box.findData("male"))
            dialog.birth_box.setText("1994-03-17")
            dialog.nationality_box.set_code("SDN")
            dialog.check_now()
            save(dialog, out, "register-matches", suffix)
            while len(dialog.matches.cards) > 1:
                dialog.matches.cards[-1].different_button.click()
            if dialog.matches.cards:
                dialog.matches.cards[0].different_button.click()
            dialog.consent.boxes[next(iter(dialog.consent.boxes))].setChecked(True)
            dialog.phone_box.setText("+249 912 345 678")
            save(dialog, out, "register-consent", suffix)
            dialog.discard()

            dialog = RegisterDialog(runner, runner.actor, parent=window)
            dialog.birth_box.setText("1994-02-31")
            dialog.submit()
            save(dialog, out, "register-problems", suffix)
            dialog.discard()
            window.close()
        finally:
            runner.shutdown()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", default="/tmp/shots-register", type=Path)
    parser.add_argument("--language", default="en")
    arguments = parser.parse_args()
    main(arguments.out, arguments.language)
