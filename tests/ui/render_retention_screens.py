"""The retention dialog to PNG for a visual check (a script, not a test):

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/render_retention_screens.py \
        [OUT_DIR] [LANGUAGE]

A supervisor's profile with three closed cases past a 12-month retention, one of them with a
change not synced yet (the others' changes are marked as sent, as a sync would). Writes
``ui-retention-<screen>[-ar].png``: the preview (``preview``), after the removal
(``removed``), and the confirmation (``confirm``).
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from fieldcase.domain.org_policy import OrgPolicy, PublishedPolicy
from fieldcase.services import cases, profile
from fieldcase.storage import org_policy as stored_policy
from fieldcase.storage.keyslots import KdfParams
from fieldcase.ui.fonts import install_fonts
from fieldcase.ui.i18n import install_language
from fieldcase.ui.operations import SynchronousRunner
from fieldcase.ui.supervisor import retention_dialog
from fieldcase.ui.supervisor.retention_dialog import RetentionDialog

USER, PASSPHRASE = "demo.supervisor", "copper lantern orchard velvet"
CLOSED_AT = datetime(2025, 9, 12, 9, 0, tzinfo=UTC)
LATER = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def _profile(folder: Path, kdf: KdfParams) -> None:
    profile.create_profile(folder, user=USER, passphrase=PASSPHRASE, role="supervisor",
                           team="demo", site="LAMP-01", kdf=kdf, now=lambda: CLOSED_AT)
    session = profile.unlock(folder, user=USER, passphrase=PASSPHRASE, kdf=kdf,
                             now=lambda: CLOSED_AT)
    try:
        made = []
        for given in ("Hewan", "Selamawit", "Yonas"):
            case_id = cases.create_case(session, {
                "person": {"given_name": given, "family_name": "Tesfay", "sex": "female",
                           "age_estimate": 24, "nationality": "ERI", "languages": ["ti"]},
                "case": {"site": "LAMP-01", "stage": "transit", "assigned_to": USER,
                         "opened_on": "2025-06-01"}}).case_id
            cases.change_status(session, case_id, "request_closure")
            cases.change_status(session, case_id, "approve_closure")
            made.append(case_id)
        with session.store.atomic():
            session.store.raw.execute("DELETE FROM outbox WHERE case_id <> ?", (made[2],))
            stored_policy.save(session.store, PublishedPolicy(
                OrgPolicy(retention_months_after_closure=12), 1, CLOSED_AT), CLOSED_AT)
    finally:
        session.close()


def render_retention_screens(out: Path, folder: Path, kdf: KdfParams, suffix: str) -> None:
    def save(widget: QWidget, name: str) -> None:
        widget.show()
        QApplication.processEvents()
        path = out / f"ui-retention-{name}{suffix}.png"
        widget.grab().save(str(path))
        print(path)

    _profile(folder, kdf)
    runner = SynchronousRunner()
    try:
        runner.open_session(lambda: profile.unlock(folder, user=USER, passphrase=PASSPHRASE,
                                                   kdf=kdf, now=lambda: LATER))
        dialog = RetentionDialog(runner, confirm=lambda _parent, _count: True)
        dialog.table.selectRow(0)
        save(dialog, "preview")

        def grab_question() -> None:
            for box in QApplication.topLevelWidgets():
                if isinstance(box, QMessageBox) and box.isVisible():
                    save(box, "confirm")
                    box.reject()
        QTimer.singleShot(0, grab_question)
        retention_dialog._ask_before_removing(dialog, 2)

        dialog.purge_now()
        save(dialog, "removed")
        dialog.close()
    finally:
        runner.shutdown()


def main(out: Path, language: str = "en") -> None:
    app = QApplication(sys.argv[:1])
    install_fonts(app)
    print("language:", install_language(app, language))
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="fieldcase-render-") as tmp:
        render_retention_screens(out, Path(tmp) / "profile", KdfParams.insecure_for_tests(),
                                 "" if language == "en" else f"-{language}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp"),
         sys.argv[2] if len(sys.argv) > 2 else "en")
