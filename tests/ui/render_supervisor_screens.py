"""The supervisor's screens to PNG for a visual check (a script, not a test):

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/render_supervisor_screens.py \
        [OUT_DIR] [LANGUAGE]

A supervisor's profile of demo cases, a few moved to where they wait for a supervisor (case
plans to agree, a closure to approve). Writes ``ui-supervisor-<screen>[-ar].png``: the review
queue (``queue``, a row selected so its name shows), the return dialog (``return``, and
``return-required`` after Return with no comment), the assign dialog for three rows of the
list (``assign``), the window's summary with Undo after one of them went away meanwhile
(``assigned``), and the Case menu (``case-menu``).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QApplication, QWidget

from fieldcase.services import cases, profile
from fieldcase.services.demo import add_demo_cases
from fieldcase.services.review_queue import GROUP_ORDER, QueueGroup, review_queue
from fieldcase.services.session import Session
from fieldcase.storage.keyslots import KdfParams
from fieldcase.ui.case_list_model import CASE_ID_ROLE
from fieldcase.ui.case_rows import NUMBER
from fieldcase.ui.fonts import install_fonts
from fieldcase.ui.i18n import install_language
from fieldcase.ui.main_window import MainWindow
from fieldcase.ui.operations import SynchronousRunner
from fieldcase.ui.supervisor.queue import CASE

USER, PASSPHRASE = "demo.supervisor", "copper lantern orchard velvet"


def _waiting(session: Session) -> None:
    """Three case plans to agree and a closure to approve, from the first open cases."""
    opened = sorted(case.case_id for case in review_queue(session).cases.values()
                    if case.status == "open")
    for case_id, move in zip(opened, ("start_assessment",) * 3 + ("request_closure",),
                             strict=False):
        cases.change_status(session, case_id, move)


def render_supervisor_screens(out: Path, folder: Path, kdf: KdfParams, suffix: str) -> None:
    def save(widget: QWidget, name: str) -> None:
        widget.show()
        QApplication.processEvents()
        path = out / f"ui-supervisor-{name}{suffix}.png"
        widget.grab().save(str(path))
        print(path)

    profile.create_profile(folder, user=USER, passphrase=PASSPHRASE, role="supervisor",
                           team="demo", site="LAMP-01", kdf=kdf)
    session = profile.unlock(folder, user=USER, passphrase=PASSPHRASE, kdf=kdf)
    try:
        add_demo_cases(session, count=120, seed=1)
        _waiting(session)
    finally:
        session.close()

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
        plans = view.model.item(GROUP_ORDER.index(QueueGroup.CASE_PLANS), 0)
        if plans.rowCount():
            view.tree.setCurrentIndex(plans.child(0, CASE).index())
        save(queue, "queue")
        queue.close()

        # Return, from the case open on the case page (what Enter in the queue does).
        target = view.current_case()
        assert target is not None
        window.open_case(target.case_id)
        QApplication.processEvents()
        window.desk.return_case()
        asking = window.desk.return_dialog
        assert asking is not None
        save(asking, "return")
        asking.return_button.click()  # no comment yet: refused beside the box
        save(asking, "return-required")
        asking.reject()

        # Assign three rows of the list; one of them is gone by the time the batch runs.
        listed = window.case_list
        model = window.model
        selection = listed.selectionModel()
        for row in range(3):
            while model.data(model.index(row, NUMBER), CASE_ID_ROLE) is None:
                QApplication.processEvents()
            selection.select(model.index(row, NUMBER),
                             QItemSelectionModel.SelectionFlag.Select
                             | QItemSelectionModel.SelectionFlag.Rows)
        chosen = list(listed.selected_cases())
        window.desk.assign()
        assigning = window.desk.assign_dialog
        assert assigning is not None
        assigning.person.setCurrentIndex(max(assigning.person.findText("worker.agz.1"), 0))
        save(assigning, "assign")
        runner.mutate(lambda s: cases.delete_case(s, chosen[1]), lambda _done: None,
                      lambda _error: None)
        assigning.accept()
        save(window, "assigned")

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
        render_supervisor_screens(out, Path(tmp) / "profile", KdfParams.insecure_for_tests(),
                                  "" if language == "en" else f"-{language}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp"),
         sys.argv[2] if len(sys.argv) > 2 else "en")
