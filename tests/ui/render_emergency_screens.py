"""The emergency dialogs to PNG for a visual check (a script, not a test):

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/render_emergency_screens.py \
        [OUT_DIR] [LANGUAGE]

A worker's profile with one case. Writes ``ui-emergency-<screen>[-ar].png``: Prepare for
travel while changes wait (``travel-unsynced``) and once synced (``travel-ready``, counts
given to the dialog as a synced laptop's status reads), Duress and quick wipe with nothing set
(``protections``) and with a duress passphrase under an organisation that requires one and
forbids the quick wipe (``protections-policy``), and the quick wipe's confirmation
(``quick-wipe``).
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QApplication, QWidget

from fieldcase.domain.org_policy import OrgPolicy, PublishedPolicy
from fieldcase.services import cases, profile, protections
from fieldcase.services.travel import TravelStatus
from fieldcase.storage import org_policy as stored_policy
from fieldcase.storage.keyslots import KdfParams
from fieldcase.ui.dialogs.protections_dialog import ProtectionsDialog
from fieldcase.ui.dialogs.travel_dialog import TravelDialog
from fieldcase.ui.emergency import EmergencyDesk
from fieldcase.ui.fonts import install_fonts
from fieldcase.ui.i18n import install_language
from fieldcase.ui.operations import SynchronousRunner

USER, PASSPHRASE = "demo.worker", "copper lantern orchard velvet"
NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def _profile(folder: Path, kdf: KdfParams) -> None:
    profile.create_profile(folder, user=USER, passphrase=PASSPHRASE, role="worker",
                           team="demo", site="LAMP-01", kdf=kdf, now=lambda: NOW)
    session = profile.unlock(folder, user=USER, passphrase=PASSPHRASE, kdf=kdf,
                             now=lambda: NOW)
    try:
        cases.create_case(session, {
            "person": {"given_name": "Hewan", "family_name": "Tesfay", "sex": "female",
                       "age_estimate": 24, "nationality": "ERI", "languages": ["ti"]},
            "case": {"site": "LAMP-01", "stage": "transit", "assigned_to": USER,
                     "opened_on": "2026-11-01"}})
    finally:
        session.close()


def render_emergency_screens(out: Path, folder: Path, kdf: KdfParams, suffix: str) -> None:
    def save(widget: QWidget, name: str) -> None:
        widget.show()
        QApplication.processEvents()
        path = out / f"ui-emergency-{name}{suffix}.png"
        widget.grab().save(str(path))
        print(path)

    _profile(folder, kdf)
    runner = SynchronousRunner()
    try:
        runner.open_session(lambda: profile.unlock(folder, user=USER, passphrase=PASSPHRASE,
                                                   kdf=kdf, now=lambda: NOW))
        travel = TravelDialog(runner)
        travel.show_status(TravelStatus(True, 41, 3, 1, 0, 2, 5))
        save(travel, "travel-unsynced")
        travel.show_status(TravelStatus(True, 41, 0, 0, 0, 0, 0))
        save(travel, "travel-ready")
        travel.close()

        guard = ProtectionsDialog(runner)
        save(guard, "protections")
        guard.close()

        def policy(session: object) -> None:
            store = session.store  # type: ignore[attr-defined]
            protections.set_duress_passphrase(session,  # type: ignore[arg-type]
                                              passphrase=PASSPHRASE,
                                              duress="purple giraffe under the bridge")
            with store.atomic():
                stored_policy.save(store, PublishedPolicy(
                    OrgPolicy(duress="on", quick_wipe="off"), 2, NOW), NOW)
        runner.mutate(policy)
        guard = ProtectionsDialog(runner)
        save(guard, "protections-policy")
        guard.close()

        host = QWidget()
        desk = EmergencyDesk(runner, host)
        desk.ask_quick_wipe()
        assert desk.confirm is not None
        save(desk.confirm, "quick-wipe")
        desk.close()
    finally:
        runner.shutdown()


def main(out: Path, language: str = "en") -> None:
    app = QApplication(sys.argv[:1])
    install_fonts(app)
    print("language:", install_language(app, language))
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="fieldcase-render-") as tmp:
        render_emergency_screens(out, Path(tmp) / "profile", KdfParams.insecure_for_tests(),
                                 "" if language == "en" else f"-{language}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp"),
         sys.argv[2] if len(sys.argv) > 2 else "en")
