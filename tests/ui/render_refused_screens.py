"""The refused changes screens: the window with "Refused changes (N)", the dialog, and a
Try again the device refuses in words. Part of ``render_screens.py``; also a script alone:

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/render_refused_screens.py \
        [OUT_DIR] [LANGUAGE]

A worker's enrolled laptop (the in-process fake server of ``tests/sync/fake_server.py``)
with demo cases, whose server refuses what a worker may not push: a site change (made below
the services, as an older app did), a note past the length limit and a value no list holds
(a tampered outbox), and a new case numbered in another laptop's series.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # `tests` for the fake server

from PySide6.QtWidgets import QApplication, QWidget
from tests.sync.fake_server import FakeServer, HttpFront

from fieldcase.domain.merge import Change
from fieldcase.services import cases, profile
from fieldcase.services import sync as sync_service
from fieldcase.services.session import Session, SessionSteps
from fieldcase.services.sync import SyncHooks
from fieldcase.storage import cases as stored_cases
from fieldcase.storage.keyslots import KdfParams
from fieldcase.sync.engine import SyncReport
from fieldcase.ui.fonts import install_fonts
from fieldcase.ui.i18n import install_language
from fieldcase.ui.main_window import MainWindow
from fieldcase.ui.operations import SynchronousRunner

USER, PASSPHRASE = "amina", "copper lantern orchard velvet"
NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
Save = Callable[[QWidget, Path, str], None]


FORGED: set[str] = set()  # new cases numbered in another laptop's series


def _refuse(change: Change) -> str | None:
    """What the server says to a worker's pushes (server/sync_authz.py, push_validation)."""
    edits = change.fields
    if change.case_id in FORGED and change.kind == "case":
        return "case.case_number.case_number_forged"
    if change.kind == "note" and len(str(edits.get("text", _Empty()).value)) > 20_000:
        return "invalid.text.too_long"
    if "sex" in edits and edits["sex"].value == "robot":
        return "invalid.sex.unknown_code"
    if "site" in edits and any(e.bases for e in edits.values()):
        return "forbidden"
    return None


class _Empty:
    value: object = None


def _tamper(session: Session, case_id: str, section: str, values: dict[str, object]) -> None:
    with session.store.atomic():
        doc = stored_cases.load_case(session.store, case_id)
        if section == "notes":
            doc["notes"] = [*doc["notes"], {"id": session.new_id(), **values}]
        else:
            doc[section] = {**doc[section], **values}
        stored_cases.update_case(session.store, case_id, doc, author=USER)


def _person(given: str, family: str) -> dict[str, object]:
    return {"person": {"given_name": given, "family_name": family, "sex": "female",
                       "age_estimate": 24, "nationality": "ERI", "languages": ["ti"]},
            "case": {"site": "LAMP-01", "stage": "transit", "assigned_to": USER,
                     "opened_on": "2026-11-29"}}


def render_refused_screens(out: Path, root: Path, kdf: KdfParams, save: Save) -> None:
    front = HttpFront(FakeServer(reject=_refuse), now=lambda: NOW)
    folder = root / "laptop"
    profile.create_profile(folder, user=USER, passphrase=PASSPHRASE, role="worker",
                           team="demo", site="LAMP-01", kdf=kdf, now=lambda: NOW)

    def open_session() -> Session:
        return profile.unlock(folder, user=USER, passphrase=PASSPHRASE, kdf=kdf,
                              now=lambda: NOW)

    def sync_call(steps: SessionSteps, hooks: SyncHooks) -> SyncReport:
        return sync_service.run_sync(steps, hooks, front.transport(), sleep=lambda _s: None)

    session = open_session()
    try:
        sync_service.enroll(session, "http://127.0.0.1:8765",
                            front.issue_code("ABCDE-12345", "user-amina"), front.transport())
        ids = [cases.create_case(session, _person(given, family)).case_id
               for given, family in (("Selam", "Tesfay"), ("Yonas", "Kidane"),
                                     ("Fatima", "Ouedraogo"), ("Abdi", "Warsame"))]
        sync_service.sync_now(session, front.transport(), sleep=lambda _s: None)
        _tamper(session, ids[0], "case", {"site": "OTHER-99"})
        _tamper(session, ids[1], "notes", {
            "text": "Said the agent kept her passport at the hotel. " + "…" * 20_000,
            "confidential": False, "author": USER, "written_at": "2026-11-30T08:00:00Z"})
        _tamper(session, ids[2], "person", {"sex": "robot"})
        FORGED.add(cases.create_case(session, _person("Hawa", "Diallo")).case_id)
        sync_service.sync_now(session, front.transport(), sleep=lambda _s: None)
    finally:
        session.close()

    runner = SynchronousRunner()
    try:
        runner.open_session(open_session)
        assert runner.actor is not None
        window = MainWindow(runner, runner.actor, sync_call=sync_call)
        window.resize(1280, 760)
        save(window, out, "refused-window")
        window.show_refused()
        dialog = window.refused_dialog
        assert dialog is not None
        save(dialog, out, "refused-dialog")
        dialog.select_row(0)
        dialog.retry_selected()  # a worker may not move a case: said under the table
        save(dialog, out, "refused-retry")
        dialog.close()
        window.close()
    finally:
        runner.shutdown()


def main(out: Path, language: str = "en") -> None:
    app = QApplication(sys.argv[:1])
    install_fonts(app)
    print("language:", install_language(app, language))
    suffix = "" if language == "en" else f"-{language}"
    out.mkdir(parents=True, exist_ok=True)

    def save(widget: QWidget, folder: Path, name: str) -> None:
        widget.show()
        QApplication.processEvents()
        path = folder / f"ui-{name}{suffix}.png"
        widget.grab().save(str(path))
        print(path)

    with tempfile.TemporaryDirectory(prefix="fieldcase-render-") as tmp:
        render_refused_screens(out, Path(tmp), KdfParams.insecure_for_tests(), save)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp"),
         sys.argv[2] if len(sys.argv) > 2 else "en")
