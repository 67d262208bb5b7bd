"""Transfers and escalation to PNG for a visual check (a script, not a test):

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/render_transfer_screens.py \
        [OUT_DIR] [LANGUAGE]

A supervisor at LAMP-01 with demo cases, one case of another site whose transfer waits for
LAMP-01, one of theirs proposed to PORT-01 and one escalated by a worker. Writes
``ui-transfer-<screen>[-ar].png``: the review queue scrolled to its two new groups, a transfer
selected (``queue``), the decline dialog refusing an empty reason (``decline-required``), the
transfer dialog refusing the case's own site beside the box (``propose-refused``), the
escalate dialog (``escalate``), and the Case menu with the new entries (``case-menu``).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QApplication, QWidget

from fieldcase.services import cases, profile, transfers
from fieldcase.services.demo import add_demo_cases
from fieldcase.services.review_queue import GROUP_ORDER, QueueGroup
from fieldcase.storage.keyslots import KdfParams
from fieldcase.ui.fonts import install_fonts
from fieldcase.ui.i18n import install_language
from fieldcase.ui.main_window import MainWindow
from fieldcase.ui.operations import SynchronousRunner
from fieldcase.ui.supervisor.queue import CASE

USER, PASSPHRASE = "demo.supervisor", "copper lantern orchard velvet"


def _profile(folder: Path, kdf: KdfParams) -> tuple[str, str]:
    profile.create_profile(folder, user=USER, passphrase=PASSPHRASE, role="supervisor",
                           team="demo", site="LAMP-01", kdf=kdf)
    session = profile.unlock(folder, user=USER, passphrase=PASSPHRASE, kdf=kdf)
    try:
        add_demo_cases(session, count=40, seed=3)
        opened = [cases.create_case(session, {
            "person": {"given_name": given, "family_name": "Kidane", "sex": "male",
                       "age_estimate": 30, "nationality": "ERI", "languages": ["ti"]},
            "case": {"site": "LAMP-01", "stage": "transit", "assigned_to": USER}}).case_id
            for given in ("Dawit", "Yonas")]
        incoming = cases.create_case(session, {
            "person": {"given_name": "Hewan", "family_name": "Tesfay", "sex": "female",
                       "age_estimate": 24, "nationality": "ERI", "languages": ["ti"]},
            "case": {"site": "PORT-01", "stage": "transit", "assigned_to": None}}).case_id
        transfers.propose_transfer(session, incoming, "LAMP-01", "The family is at LAMP-01.")
        transfers.propose_transfer(session, opened[0], "PORT-01", "Closer to the shelter.")
        transfers.escalate_case(session, opened[1], "The recruiter came to the shelter.")
        return incoming, opened[1]
    finally:
        session.close()


def render_transfer_screens(out: Path, folder: Path, kdf: KdfParams, suffix: str) -> None:
    def save(widget: QWidget, name: str) -> None:
        widget.show()
        QApplication.processEvents()
        path = out / f"ui-transfer-{name}{suffix}.png"
        widget.grab().save(str(path))
        print(path)

    incoming, escalated = _profile(folder, kdf)
    runner = SynchronousRunner()
    try:
        runner.open_session(lambda: profile.unlock(folder, user=USER, passphrase=PASSPHRASE,
                                                   kdf=kdf))
        assert runner.actor is not None
        window = MainWindow(runner, runner.actor)
        window.resize(1280, 760)
        window.show()
        QApplication.processEvents()

        window.show_queue()
        queue = window.desk.queue_dialog
        assert queue is not None
        view = queue.view
        for group in (QueueGroup.NEW_HIGH_RISK, QueueGroup.CHILDREN, QueueGroup.OVERDUE,
                      QueueGroup.UNASSIGNED):
            view.tree.collapse(view.model.item(GROUP_ORDER.index(group), 0).index())
        waiting = view.model.item(GROUP_ORDER.index(QueueGroup.TRANSFERS), 0)
        view.tree.setCurrentIndex(waiting.child(0, CASE).index())
        view.tree.scrollTo(waiting.child(0, CASE).index())
        save(queue, "queue")

        queue.activateWindow()
        window.desk.decline_transfer()
        asking = window.desk.step_dialog
        assert asking is not None
        asking.show()
        asking.confirm_button.click()
        save(asking, "decline-required")
        asking.reject()
        queue.close()

        window.open_case(escalated)
        QApplication.processEvents()
        window.desk.propose_transfer()
        transfer = window.desk.step_dialog
        assert transfer is not None
        transfer.show()
        transfer.site.setText("LAMP-01")  # type: ignore[union-attr]
        transfer.reason.setPlainText("Closer to the family.")
        transfer.confirm_button.click()
        QApplication.processEvents()
        save(transfer, "propose-refused")
        transfer.reject()

        window.desk.escalate()
        raising = window.desk.step_dialog
        assert raising is not None
        raising.show()
        raising.reason.setPlainText("She says the recruiter knows where she sleeps.")
        save(raising, "escalate")
        raising.reject()

        case_menu = window.menuBar().actions()[1].menu()
        case_menu.popup(window.mapToGlobal(window.rect().center()))
        save(case_menu, "case-menu")
        case_menu.close()
        window.close()
        del incoming
    finally:
        runner.shutdown()


def main(out: Path, language: str = "en") -> None:
    app = QApplication(sys.argv[:1])
    install_fonts(app)
    print("language:", install_language(app, language))
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="fieldcase-render-") as tmp:
        render_transfer_screens(out, Path(tmp) / "profile", KdfParams.insecure_for_tests(),
                                "" if language == "en" else f"-{language}")
    app.quit()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp"),
         sys.argv[2] if len(sys.argv) > 2 else "en")
