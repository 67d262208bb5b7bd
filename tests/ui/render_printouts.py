"""The printed documents to PNG for a visual check (a script, not a test):

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/render_printouts.py [OUT_DIR] [LANGUAGE]

Makes a profile with one case (tests/ui/printouts_support.py), then writes the case summary
without and with who the person is, and the referral letter, as the app's PDFs
(``print-summary[-ar]-<page>.png``, ``print-summary-identifying[-ar]-<page>.png``,
``print-referral[-ar]-<page>.png``), and the summary and re-authentication windows
(``ui-case-summary[-ar].png``, ``ui-reauth[-ar].png``).
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QApplication
from tests.ui.printouts_support import CASE, save_pages

from fieldcase.services import profile
from fieldcase.services.case_summary import case_summary
from fieldcase.services.cases import create_case, show_case
from fieldcase.services.printouts import PrintMark
from fieldcase.services.referrals import referral_letter
from fieldcase.storage.keyslots import KdfParams
from fieldcase.ui.case_page.case_summary import CaseSummaryDialog, summary_pdf
from fieldcase.ui.case_sections.referral_letter import letter_pdf
from fieldcase.ui.dialogs.reauth_dialog import ReauthDialog
from fieldcase.ui.fonts import install_fonts
from fieldcase.ui.i18n import install_language
from fieldcase.ui.operations import SynchronousRunner

USER, PASSPHRASE = "amina", "copper lantern orchard velvet"


def render(out: Path, folder: Path, suffix: str) -> None:
    kdf = KdfParams.insecure_for_tests()
    profile.create_profile(folder, user=USER, passphrase=PASSPHRASE, role="supervisor",
                           team="lamp", site="LAMP-01", kdf=kdf)
    session = profile.unlock(folder, user=USER, passphrase=PASSPHRASE, kdf=kdf)
    try:
        case_id = create_case(session, CASE).case_id
        referral_id = show_case(session, case_id).document["referrals"][0]["id"]
        mark = PrintMark(USER, datetime(2026, 12, 7, 14, 5, tzinfo=UTC))
        for stem, identifying in (("summary", False), ("summary-identifying", True)):
            summary = case_summary(session, case_id, identifying=identifying)
            for path in save_pages(summary_pdf(summary, mark), out, f"print-{stem}{suffix}"):
                print(path)
        letter = referral_letter(session, case_id, referral_id)
        for path in save_pages(letter_pdf(letter, mark), out, f"print-referral{suffix}"):
            print(path)
    finally:
        session.close()
    runner = SynchronousRunner()
    try:
        runner.open_session(lambda: profile.unlock(folder, user=USER, passphrase=PASSPHRASE,
                                                   kdf=kdf))
        dialog = CaseSummaryDialog(runner, case_id)
        dialog.show()
        QApplication.processEvents()
        dialog.grab().save(str(out / f"ui-case-summary{suffix}.png"))
        print(out / f"ui-case-summary{suffix}.png")
        reauth = ReauthDialog(runner, dialog.tr("Print the case summary"),
                              lambda _session: mark, lambda _mark: None, dialog)
        reauth.show()
        reauth.passphrase_box.setText("not my passphrase")
        reauth.submit()
        QApplication.processEvents()
        reauth.grab().save(str(out / f"ui-reauth{suffix}.png"))
        print(out / f"ui-reauth{suffix}.png")
        reauth.close()
        dialog.close()
    finally:
        runner.shutdown()


def main(out: Path, language: str = "en") -> None:
    app = QApplication(sys.argv[:1])
    install_fonts(app)
    print("language:", install_language(app, language))
    out.mkdir(parents=True, exist_ok=True)
    suffix = "" if language == "en" else f"-{language}"
    with tempfile.TemporaryDirectory() as temporary:
        render(out, Path(temporary) / "profile", suffix)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots"),
         sys.argv[2] if len(sys.argv) > 2 else "en")
