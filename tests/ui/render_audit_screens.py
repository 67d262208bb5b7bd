"""The audit log's window to PNG for a visual check (a script, not a test):

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/render_audit_screens.py \
        [OUT_DIR] [LANGUAGE]

A team laptop: an admin adds supervisor demo.supervisor and worker worker.agz.1; the
supervisor loads demo cases; the worker opens one, changes it and prints its referral; the
supervisor exports three cases. Writes ``ui-audit-<screen>[-ar].png``: the whole log
(``log``, a row selected), the log filtered by that case's number (``case``), by kind
"Exported" (``exported``), an unknown case number refused beside the box (``unknown``), and
the Case menu with the new entry (``case-menu``).
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QApplication, QWidget

from fieldcase.services import cases, profile, referrals
from fieldcase.services.audit_view import AuditKind
from fieldcase.services.demo import add_demo_cases
from fieldcase.services.export import ExportSelection, export_cases
from fieldcase.services.review_queue import review_queue
from fieldcase.storage.keyslots import KdfParams
from fieldcase.ui.fonts import install_fonts
from fieldcase.ui.i18n import install_language
from fieldcase.ui.main_window import MainWindow
from fieldcase.ui.operations import SynchronousRunner

ADMIN, SUPERVISOR, WORKER = "it.admin", "demo.supervisor", "worker.agz.1"
PASSPHRASE = "copper lantern orchard velvet"
SERVICE = "lamp-01-medical"


def _seed(folder: Path, kdf: KdfParams) -> str:
    """The team's week in the log; returns the case number the worker touched."""
    profile.create_profile(folder, user=ADMIN, passphrase=PASSPHRASE, role="admin",
                           team="demo", site="LAMP-01", kdf=kdf)
    admin = profile.unlock(folder, user=ADMIN, passphrase=PASSPHRASE, kdf=kdf)
    try:
        for name, role in ((SUPERVISOR, "supervisor"), (WORKER, "worker")):
            profile.add_user(admin, name=name, passphrase=PASSPHRASE, role=role, team="demo",
                             site="LAMP-01", kdf=kdf)
    finally:
        admin.close()
    boss = profile.unlock(folder, user=SUPERVISOR, passphrase=PASSPHRASE, kdf=kdf)
    try:
        add_demo_cases(boss, count=40, seed=1)
        saved = cases.create_case(boss, {
            "person": {"given_name": "Selam", "family_name": "Tesfay", "sex": "female",
                       "age_estimate": 24, "nationality": "ERI"},
            "case": {"site": "LAMP-01", "stage": "transit", "assigned_to": WORKER},
            "consents": [{"purpose": "referral", "service_id": SERVICE, "given_by": "self",
                          "form": "written", "given_on": "2026-11-29"}],
            "referrals": [{"service_id": SERVICE, "reason": "wound care", "status": "sent",
                           "referred_on": "2026-11-29"}]})
    finally:
        boss.close()
    worker = profile.unlock(folder, user=WORKER, passphrase=PASSPHRASE, kdf=kdf)
    try:
        shown = cases.show_case(worker, saved.case_id).document
        cases.update_case(worker, saved.case_id, {"person": {"age_estimate": 25}})
        referrals.record_referral_print(worker, saved.case_id, shown["referrals"][0]["id"],
                                        "pdf")
        number = str(shown["case"]["case_number"])
    finally:
        worker.close()
    boss = profile.unlock(folder, user=SUPERVISOR, passphrase=PASSPHRASE, kdf=kdf)
    try:
        some = sorted(review_queue(boss).cases)[:2]
        export_cases(boss, ExportSelection((*some, saved.case_id)), io.StringIO().write)
    finally:
        boss.close()
    return number


def render_audit_screens(out: Path, folder: Path, kdf: KdfParams, suffix: str) -> None:
    def save(widget: QWidget, name: str) -> None:
        widget.show()
        QApplication.processEvents()
        path = out / f"ui-audit-{name}{suffix}.png"
        widget.grab().save(str(path))
        print(path)

    number = _seed(folder, kdf)
    runner = SynchronousRunner()
    try:
        runner.open_session(lambda: profile.unlock(folder, user=SUPERVISOR,
                                                   passphrase=PASSPHRASE, kdf=kdf))
        assert runner.actor is not None
        window = MainWindow(runner, runner.actor)
        window.resize(1280, 760)
        window.show()
        QApplication.processEvents()
        window.registry["auditLog"].trigger()
        dialog = window.desk.audit_dialog
        assert dialog is not None
        dialog.table.setCurrentIndex(dialog.model.index(2, 0))
        save(dialog, "log")
        dialog.case.setText(number)
        dialog.reload()
        save(dialog, "case")
        dialog.case.setText("")
        dialog.kind.setCurrentIndex(dialog.kind.findData(AuditKind.EXPORTED.value))
        save(dialog, "exported")
        dialog.kind.setCurrentIndex(0)
        dialog.case.setText("FC-NOSUCH-1")
        dialog.reload()
        save(dialog, "unknown")
        dialog.close()
        case_menu = window.menuBar().actions()[1].menu()
        case_menu.popup(window.mapToGlobal(window.rect().center()))
        save(case_menu, "case-menu")
        case_menu.close()
        window.close()
    finally:
        runner.shutdown()


def main(out: Path, language: str = "en") -> None:
    app = QApplication(sys.argv[:1])
    install_fonts(app)
    print("language:", install_language(app, language))
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="fieldcase-render-") as tmp:
        render_audit_screens(out, Path(tmp) / "profile", KdfParams.insecure_for_tests(),
                             "" if language == "en" else f"-{language}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp"),
         sys.argv[2] if len(sys.argv) > 2 else "en")
