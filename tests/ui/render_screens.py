"""Render every screen to PNG for a visual check (a script, not a test).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/render_screens.py [OUT_DIR] [LANGUAGE]

Writes ``ui-<screen>.png`` into OUT_DIR (default /tmp) from a throwaway profile of synthetic
cases, using the synchronous runner so no event loop is needed. With a LANGUAGE (``ar``) the
screens are rendered in it (``ui-<screen>-ar.png``): the app's catalogue, Qt's own, and the
layout direction, as ``fieldcase --language ar`` shows them. Run it with
``FONTCONFIG_FILE`` pointing at an empty configuration to see the app on a machine with no
fonts: the bundled Noto fonts must still render Latin, Arabic and Ge'ez names.
"""

from __future__ import annotations

import os
import sys
import tempfile
import unicodedata
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # `tests` for the fake server

from PySide6.QtWidgets import QApplication, QWidget
from tests.ui.render_dialog_screens import render_dialog_screens
from tests.ui.render_draft_screens import render_draft_screens
from tests.ui.render_refused_screens import render_refused_screens
from tests.ui.render_sync_screens import render_sync_screens

from fieldcase.services import profile
from fieldcase.services.demo import add_demo_cases
from fieldcase.services.profile import ProfileLocked
from fieldcase.services.session import Session
from fieldcase.services.sign_in import (
    WRONG_PASSPHRASE_WORDS,
    SignInFailed,
    SignInPrompt,
    SignInResult,
)
from fieldcase.storage.errors import StoreFull
from fieldcase.storage.keyslots import KdfParams
from fieldcase.ui.busy_dialog import BusyDialog
from fieldcase.ui.case_list_model import CaseListModel
from fieldcase.ui.case_rows import NAME, CaseRow
from fieldcase.ui.controller import AppController
from fieldcase.ui.fonts import install_fonts
from fieldcase.ui.i18n import install_language
from fieldcase.ui.main_window import MainWindow
from fieldcase.ui.messages import describe
from fieldcase.ui.operations import SynchronousRunner
from fieldcase.ui.setup_dialog import SetupDialog, profile_creator
from fieldcase.ui.sign_in_dialog import SignInDialog
from fieldcase.ui.unlock_dialog import UnlockDialog, profile_unlocker

USER, PASSPHRASE = "demo.supervisor", "copper lantern orchard velvet"


SUFFIX = ""  # "-ar" when rendering in Arabic


def save(widget: QWidget, out: Path, name: str) -> None:
    widget.show()
    QApplication.processEvents()
    path = out / f"ui-{name}{SUFFIX}.png"
    widget.grab().save(str(path))
    print(path)


def script_of(text: str) -> str:
    for char in text:
        name = unicodedata.name(char, "")
        for script in ("ARABIC", "ETHIOPIC", "LATIN"):
            if name.startswith(script):
                return script
    return "OTHER"


def read_rows(model: CaseListModel) -> list[CaseRow]:
    """Every row of the list, reading its windows as a view scrolling through it would."""
    rows: list[CaseRow] = []
    for position in range(model.rowCount()):
        found = model.row_at(position)
        while found is None:
            QApplication.processEvents()
            found = model.row_at(position)
        rows.append(found)
    return rows


def refuse_sign_in(_session: Session, _passphrase: str) -> SignInResult:
    raise SignInFailed("bad_passphrase", WRONG_PASSPHRASE_WORDS)


def render_sign_in(runner: SynchronousRunner, window: QWidget, out: Path) -> None:
    """The online sign-in dialog, as asked at unlock after 15 days offline, then refused."""
    dialog = SignInDialog(runner, SignInPrompt(
        "cases.example.org", "This laptop has not been online for 15 days, so the server "
        "must check that it is still you.", "offline", 15), sign_in_call=refuse_sign_in,
        parent=window)
    save(dialog, out, "sign-in")
    dialog.passphrase_box.setText("a wrong guess")
    dialog.submit()
    save(dialog, out, "sign-in-wrong")
    dialog.close()


def main(out: Path, language: str = "en") -> None:
    global SUFFIX
    app = QApplication(sys.argv[:1])
    report = install_fonts(app)
    print("fonts:", report.families, "failed:", report.failed_files)
    print("language:", install_language(app, language))
    SUFFIX = "" if language == "en" else f"-{language}"
    kdf = KdfParams.insecure_for_tests()
    runner = SynchronousRunner()
    with tempfile.TemporaryDirectory(prefix="fieldcase-render-") as tmp:
        folder = Path(tmp) / "profile"
        setup = SetupDialog(runner, profile_creator(Path(tmp) / "unused", kdf))
        save(setup, out, "setup-empty")
        setup.fields["user"].setText("amina.h")
        setup.fields["passphrase"].setText("password")
        setup.fields["confirmation"].setText("passw0rd")
        setup.submit()
        save(setup, out, "setup-problems")
        setup.flow.failed("")
        setup.suggest_passphrase()
        setup.fields["team"].setText("team-a")
        setup.fields["site"].setText("LAMP-01")
        setup.binder.clear_problems()
        setup._refresh()
        save(setup, out, "setup-suggested")
        setup.close()

        profile.create_profile(folder, user=USER, passphrase=PASSPHRASE, role="supervisor",
                               team="demo", site="LAMP-01", kdf=kdf)
        session = profile.unlock(folder, user=USER, passphrase=PASSPHRASE, kdf=kdf)
        add_demo_cases(session, count=300, seed=1)
        session.close()

        unlock = UnlockDialog(runner, profile_unlocker(folder, kdf))
        save(unlock, out, "unlock")
        unlock.user_box.setText(USER)
        unlock.passphrase_box.setText("wrong passphrase")
        unlock.submit()
        save(unlock, out, "unlock-wrong")
        unlock.flow.failed(describe(ProfileLocked("throttled", 30)).message, 30)
        unlock._refresh()
        save(unlock, out, "unlock-throttled")
        unlock.close()
        unlock = UnlockDialog(runner, profile_unlocker(folder, kdf))
        unlock.user_box.setText(USER)
        unlock.passphrase_box.setText(PASSPHRASE)
        actors: list[object] = []
        unlock.unlocked.connect(actors.append)
        unlock.submit()
        unlock.close()

        controller = AppController(runner, Path(tmp) / "demo", demo=True, kdf=kdf,
                                   demo_cases=300)
        busy = BusyDialog(controller.tr("FieldCase — demo"), controller.tr(
            "Preparing a demo with %Ln fictional case(s)…", None, 300))
        save(busy, out, "demo-busy")
        controller.gate = busy
        controller._demo_failed(describe(StoreFull("disk full")))
        save(busy, out, "demo-failed")
        controller.gate = None

        window = MainWindow(runner, actors[0])  # type: ignore[arg-type]
        window.resize(1280, 760)
        model = window.model
        window.show()
        rows = read_rows(model)
        save(window, out, "main-list")
        by_script: dict[str, int] = {}
        for row, found in enumerate(rows):
            by_script.setdefault(script_of(found.display_name), row)
        print("rows by script:", by_script)
        for script, row in sorted(by_script.items()):
            window.case_list.setCurrentIndex(model.index(row, NAME))
            window.case_list.scrollTo(model.index(row, NAME))
            window.detail.show_case(rows[row].case_id)  # what Enter does
            save(window, out, f"main-detail-{script.lower()}")
        filters = window.list_panel.filters
        filters.due.setCurrentIndex(filters.due.findText(filters.tr("Overdue")))  # any language
        read_rows(model)
        save(window, out, "main-overdue")
        filters.flag.setCurrentIndex(filters.flag.findText("stateless"))
        filters.stage.setCurrentIndex(filters.stage.findText("return"))
        save(window, out, "main-no-match")
        filters.clear()
        first = rows[0].display_name.split()[0]
        window.search_bar.search_box.setText(first)
        window.search_bar.search_box.returnPressed.emit()
        save(window, out, "main-search")
        file_menu = window.menuBar().actions()[0].menu()
        file_menu.popup(window.mapToGlobal(window.rect().center()))
        save(file_menu, out, "menu-file")
        file_menu.close()
        render_sign_in(runner, window, out)
        window.close()
        runner.shutdown()
        render_sync_screens(out, Path(tmp) / "sync", kdf, save)
        render_refused_screens(out, Path(tmp) / "refused", kdf, save)
        render_dialog_screens(out, kdf, save)
        render_draft_screens(out, kdf, save)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp"),
         sys.argv[2] if len(sys.argv) > 2 else "en")
