"""The erasure's confirmation to PNG for a visual check (a script, not a test):

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/render_erase_screens.py \
        [OUT_DIR] [LANGUAGE]

A supervisor's profile with one case, opened on the case page. Writes
``ui-erase-<screen>[-ar].png``: the dialog as it opens (``dialog``), refusing an empty reason
(``refused``), and the case page once the case is erased (``erased``).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QApplication, QWidget

from fieldcase.services import cases, profile
from fieldcase.storage.keyslots import KdfParams
from fieldcase.ui.case_page.page import CasePage
from fieldcase.ui.fonts import install_fonts
from fieldcase.ui.i18n import install_language
from fieldcase.ui.operations import SynchronousRunner

USER, PASSPHRASE = "demo.supervisor", "copper lantern orchard velvet"


def _profile(folder: Path, kdf: KdfParams) -> str:
    profile.create_profile(folder, user=USER, passphrase=PASSPHRASE, role="supervisor",
                           team="demo", site="LAMP-01", kdf=kdf)
    session = profile.unlock(folder, user=USER, passphrase=PASSPHRASE, kdf=kdf)
    try:
        return cases.create_case(session, {
            "person": {"given_name": "Hewan", "family_name": "Tesfay", "sex": "female",
                       "age_estimate": 24, "nationality": "ERI", "languages": ["ti"]},
            "case": {"site": "LAMP-01", "stage": "transit", "assigned_to": USER,
                     "opened_on": "2026-06-01"}}).case_id
    finally:
        session.close()


def render_erase_screens(out: Path, folder: Path, kdf: KdfParams, suffix: str) -> None:
    def save(widget: QWidget, name: str) -> None:
        widget.show()
        QApplication.processEvents()
        path = out / f"ui-erase-{name}{suffix}.png"
        widget.grab().save(str(path))
        print(path)

    case_id = _profile(folder, kdf)
    runner = SynchronousRunner()
    try:
        runner.open_session(lambda: profile.unlock(folder, user=USER, passphrase=PASSPHRASE,
                                                   kdf=kdf))
        page = CasePage(runner)
        page.resize(1000, 700)
        page.show()
        page.show_case(case_id)
        page.erase_case()
        dialog = page.erase_dialog
        assert dialog is not None
        save(dialog, "dialog")
        dialog.erase_button.click()
        save(dialog, "refused")
        dialog.reason_box.setText("Request DP-17: the person asked to be forgotten")
        dialog.passphrase_box.setText(PASSPHRASE)
        dialog.erase_button.click()
        save(page, "erased")
        page.close()
    finally:
        runner.shutdown()


def main(out: Path, language: str = "en") -> None:
    app = QApplication(sys.argv[:1])
    install_fonts(app)
    print("language:", install_language(app, language))
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="fieldcase-render-") as tmp:
        render_erase_screens(out, Path(tmp) / "profile", KdfParams.insecure_for_tests(),
                             "" if language == "en" else f"-{language}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp"),
         sys.argv[2] if len(sys.argv) > 2 else "en")
