"""The worker's dialogs for ``render_screens.py``: enrolment (form, a refused code, the
fingerprint to compare, enrolled, refused), recovery at unlock, the passphrase change, and the
Due view.

Enrolment talks to the real server app in-process (``tests/asgi_server.py``); everything else
runs over an encrypted profile of synthetic cases with the synchronous runner.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QWidget
from tests.asgi_server import SyncAsgi, server_world

from fieldcase.services import cases, profile, recovery
from fieldcase.services.demo import add_demo_cases
from fieldcase.services.session import Session
from fieldcase.storage.keyslots import KdfParams
from fieldcase.ui.dialogs.enrol_dialog import EnrolDialog
from fieldcase.ui.dialogs.passphrase_dialog import ChangePassphraseDialog
from fieldcase.ui.dialogs.recovery_dialog import RecoveryDialog, profile_recoverer
from fieldcase.ui.lists.due_view import DueDialog
from fieldcase.ui.operations import SynchronousRunner

USER, PASSPHRASE = "demo.supervisor", "copper lantern orchard velvet"
Save = Callable[[QWidget, Path, str], None]


def render_dialog_screens(out: Path, kdf: KdfParams, save: Save) -> None:
    with tempfile.TemporaryDirectory(prefix="fieldcase-dialogs-") as tmp:
        root = Path(tmp)
        organisation = recovery.generate_key_pair()
        folder = root / "profile"
        profile.create_profile(folder, user=USER, passphrase=PASSPHRASE, role="supervisor",
                               team="demo", site="LAMP-01", kdf=kdf,
                               recovery_public_key=recovery.read_public_key(
                                   organisation.public_hex))
        session = profile.unlock(folder, user=USER, passphrase=PASSPHRASE, kdf=kdf)
        add_demo_cases(session, count=120, seed=3)
        _add_follow_ups(session)
        session.close()
        runner = SynchronousRunner()
        try:
            _recovery(runner, folder, kdf, out, save)
            runner.open_session(lambda: profile.unlock(folder, user=USER,
                                                       passphrase=PASSPHRASE, kdf=kdf))
            _due(runner, out, save)
            _passphrase(runner, out, save)
            with server_world(root) as world:
                world.clock.at = datetime.now(UTC)
                _enrolment(runner, SyncAsgi(world), world.code("amina"), out, save)
                _enrolled(runner, SyncAsgi(world), world.code("amina"), out, save)
        finally:
            runner.shutdown()


def _add_follow_ups(session: Session) -> None:
    """A few follow-ups around today, so every group of the Due view has rows."""
    today = session.today()
    page = cases.list_cases(session, cases.CaseFilter(), None, 3)
    for offset, row in zip((-4, 0, 3), page.rows, strict=False):
        cases.update_case(session, row.case_id, {"tasks": [{
            "title": "Accompany to the clinic", "due_on": (today + timedelta(offset)).isoformat(),
            "assigned_to": USER}]})


def _recovery(runner: SynchronousRunner, folder: Path, kdf: KdfParams, out: Path,
              save: Save) -> None:
    dialog = RecoveryDialog(runner, profile_recoverer(folder, kdf), user="amina.h")
    save(dialog, out, "recovery")
    dialog.key_box.setText("not a key")
    for box in dialog.new_passphrase.boxes:
        box.setText("password1")
    dialog.submit()
    save(dialog, out, "recovery-problems")
    dialog.close()


def _passphrase(runner: SynchronousRunner, out: Path, save: Save) -> None:
    assert runner.actor is not None
    dialog = ChangePassphraseDialog(runner, runner.actor)
    save(dialog, out, "change-passphrase")
    dialog.current_box.setText("not my passphrase")
    dialog.new_passphrase.passphrase_box.setText("short")
    dialog.submit()
    save(dialog, out, "change-passphrase-problems")
    dialog.close()


def _due(runner: SynchronousRunner, out: Path, save: Save) -> None:
    assert runner.actor is not None
    dialog = DueDialog(runner, runner.actor.role)
    dialog.show_and_load()
    tree = dialog.view.tree
    first_group = dialog.view.model.index(0, 0, QModelIndex())
    tree.setCurrentIndex(dialog.view.model.index(0, 0, first_group))
    save(dialog, out, "due")
    dialog.close()


def _enrolment(runner: SynchronousRunner, transport: SyncAsgi, code: str, out: Path,
               save: Save) -> None:
    dialog = EnrolDialog(runner, transport=transport)
    save(dialog, out, "enrol")
    dialog.address_box.setText("http://cases.example.org")
    dialog.code_box.setText("ZZZZZ-99999")
    dialog.submit()
    save(dialog, out, "enrol-problems")
    dialog.address_box.setText("http://127.0.0.1:8765")
    dialog.submit()
    save(dialog, out, "enrol-unknown-code")
    dialog.code_box.setText(code)
    dialog.submit()
    save(dialog, out, "enrol-fingerprint")
    dialog.refuse()
    save(dialog, out, "enrol-refused")
    dialog.close()


def _enrolled(runner: SynchronousRunner, transport: SyncAsgi, code: str, out: Path,
              save: Save) -> None:
    dialog = EnrolDialog(runner, transport=transport)
    dialog.address_box.setText("http://127.0.0.1:8765")
    dialog.code_box.setText(code)
    dialog.submit()
    dialog.confirm()
    save(dialog, out, "enrol-done")
    dialog.close()
