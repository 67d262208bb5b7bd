"""The drafts' screens for ``render_screens.py`` (or alone): the offer of a kept draft above a
form, and the question when closing could not keep one.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/render_draft_screens.py [OUT] [ar]

The form is a stand-in (a few labelled fields): the offer bar is the keeper's own widget and
looks the same above the case page or the registration dialog. The kept draft is a real one,
saved to and loaded from an encrypted profile through the service.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QApplication, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from fieldcase.services import drafts, profile
from fieldcase.storage.errors import StoreFull
from fieldcase.storage.keyslots import KdfParams
from fieldcase.ui.drafts import DraftBar
from fieldcase.ui.main_window import MainWindow
from fieldcase.ui.messages import describe
from fieldcase.ui.operations import SynchronousRunner

USER, PASSPHRASE = "demo.worker", "copper lantern orchard velvet"
Save = Callable[[QWidget, Path, str], None]


def render_draft_screens(out: Path, kdf: KdfParams, save: Save) -> None:
    with tempfile.TemporaryDirectory(prefix="fieldcase-drafts-") as tmp:
        folder = Path(tmp) / "profile"
        profile.create_profile(folder, user=USER, passphrase=PASSPHRASE, role="worker",
                               team="demo", site="LAMP-01", kdf=kdf)
        session = profile.unlock(folder, user=USER, passphrase=PASSPHRASE, kdf=kdf)
        try:
            drafts.save_draft(session, "register", {"given_name": "Selam"})
            kept = drafts.load_draft(session, "register")
        finally:
            session.close()
        assert kept is not None
        form = QWidget()
        form.setWindowTitle("FieldCase")
        column = QVBoxLayout(form)
        bar = DraftBar(form)
        column.addWidget(bar)
        fields = QFormLayout()
        for label in (form.tr("Given name"), form.tr("Family name"), form.tr("Phone")):
            fields.addRow(label, QLineEdit(form))
        column.addLayout(fields)
        column.addStretch(1)
        form.resize(640, 220)
        bar.offer(kept, kept.saved_at + timedelta(minutes=12))
        save(form, out, "draft-offer")
        bar.offer(kept, kept.saved_at + timedelta(days=1, hours=2))
        save(form, out, "draft-offer-yesterday")
        runner = SynchronousRunner()
        try:
            runner.open_session(lambda: profile.unlock(folder, user=USER,
                                                       passphrase=PASSPHRASE, kdf=kdf))
            assert runner.actor is not None
            window = MainWindow(runner, runner.actor)
            box, _close = window.draft_loss_question(describe(StoreFull("disk full")))
            save(box, out, "draft-close-question")
            box.close()
            window.idle_watch.stop()
            window.sync.stop()
            window.deleteLater()
        finally:
            runner.shutdown()


def main() -> None:
    import tests.ui.render_screens as screens

    from fieldcase.ui.fonts import install_fonts
    from fieldcase.ui.i18n import install_language

    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp")
    language = sys.argv[2] if len(sys.argv) > 2 else "en"
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    install_fonts(app)
    install_language(app, language)
    screens.SUFFIX = "" if language == "en" else f"-{language}"
    render_draft_screens(out, KdfParams.insecure_for_tests(), screens.save)


if __name__ == "__main__":
    main()
