"""Keyboard and screen readers (issue 9): every screen walked by Tab, every control named.

Each screen the worker meets is built over a real encrypted profile and audited by
``tests/ui/a11y_audit.py``: every focusable control has an accessible name, the name of a
labelled control is its visible label without the ``&``, Tab reaches every control and
leaves each one, and the stops of one form follow the reading order, left to right and
mirrored right to left. Failures are collected over a whole screen, so one run names them
all. Then the shortcuts: each fires from the case list, the case page and the search box.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from fieldcase.domain.policy import Role
from fieldcase.services.drafts import Draft
from fieldcase.services.enrolment import EnrolmentOffer
from fieldcase.services.session import Session
from fieldcase.services.sign_in import SignInPrompt
from fieldcase.storage.keyslots import KdfParams
from fieldcase.ui.case_list_model import CASE_ID_ROLE
from fieldcase.ui.case_page.person import PersonSection
from fieldcase.ui.case_rows import NAME
from fieldcase.ui.conflicts_view import ConflictsDialog
from fieldcase.ui.dialogs.enrol_dialog import EnrolDialog
from fieldcase.ui.dialogs.passphrase_dialog import ChangePassphraseDialog
from fieldcase.ui.lists.due_view import DueDialog
from fieldcase.ui.main_window import MainWindow
from fieldcase.ui.operations import OperationRunner, SynchronousRunner
from fieldcase.ui.refused_view import RefusedDialog
from fieldcase.ui.setup_dialog import SetupDialog, profile_creator
from fieldcase.ui.sign_in_dialog import SignInDialog
from fieldcase.ui.unlock_dialog import UnlockDialog, profile_unlocker

from .a11y_audit import audit, focused_control, label_problems, spoken_name
from .case_page_helpers import WAIT, new_case, open_case
from .test_main_window import open_session

DIRECTIONS = [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft]


@pytest.fixture(params=DIRECTIONS, ids=["ltr", "rtl"])
def direction(request: pytest.FixtureRequest, qapp: QApplication
              ) -> Iterator[Qt.LayoutDirection]:
    """The interface's direction while the screens are built (Arabic mirrors them)."""
    qapp.setLayoutDirection(request.param)
    yield request.param
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def check(qtbot: QtBot, screen: str, window: QWidget, failures: list[str]) -> None:
    """Audit one screen, adding its failures (named by screen) to ``failures``."""
    if not window.isVisible():
        window.show()
    known = {failure.split(": ", 1)[1] for failure in failures}
    failures.extend(f"{screen}: {problem}" for problem in audit(qtbot, window)
                    if problem not in known)  # a control of the window named once


def test_the_first_screens_and_the_workers_dialogs(
        qtbot: QtBot, direction: Qt.LayoutDirection, sync_runner: SynchronousRunner,
        profile_dir: Path, opener: Callable[[], Session], kdf: KdfParams,
        tmp_path: Path) -> None:
    failures: list[str] = []
    setup = SetupDialog(sync_runner, profile_creator(tmp_path / "new", kdf))
    qtbot.addWidget(setup)
    check(qtbot, "set-up", setup, failures)
    setup.submit()  # every problem beside its field: still named, still in order
    check(qtbot, "set-up with problems", setup, failures)
    setup.close()
    unlock = UnlockDialog(sync_runner, profile_unlocker(profile_dir, kdf),
                          recoverer=lambda _form: opener())
    qtbot.addWidget(unlock)
    check(qtbot, "unlock", unlock, failures)
    unlock.open_recovery()
    assert unlock.recovery is not None
    check(qtbot, "recovery", unlock.recovery, failures)
    unlock.recovery.submit()
    check(qtbot, "recovery with problems", unlock.recovery, failures)
    unlock.recovery.close()
    unlock.close()
    sign_in = SignInDialog(sync_runner, SignInPrompt("cases.example.org", "", "offline", 15))
    qtbot.addWidget(sign_in)
    check(qtbot, "sign-in", sign_in, failures)
    sign_in.close()
    sync_runner.open_session(opener)
    assert sync_runner.actor is not None
    change = ChangePassphraseDialog(sync_runner, sync_runner.actor)
    qtbot.addWidget(change)
    check(qtbot, "change passphrase", change, failures)
    change.close()
    enrol = EnrolDialog(sync_runner)
    qtbot.addWidget(enrol)
    check(qtbot, "enrolment", enrol, failures)
    enrol.flow.submit("https://cases.example.org", "ABCDE-12345")
    enrol._offered(EnrolmentOffer("x", "https://cases.example.org", "0123-4567-8901-2345"))
    check(qtbot, "enrolment fingerprint", enrol, failures)
    enrol.close()
    due = DueDialog(sync_runner, Role.SUPERVISOR)
    qtbot.addWidget(due)
    due.show_and_load()
    assert due.view.listed is not None and due.view.listed.tasks
    check(qtbot, "due follow-ups", due, failures)
    due.close()
    assert not failures, "\n".join(failures)


@pytest.fixture
def window(qtbot: QtBot, runner: OperationRunner,
           opener: Callable[[], Session]) -> Iterator[MainWindow]:
    actor = open_session(qtbot, runner, opener)
    main = MainWindow(runner, actor)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: main.model.rowCount() > 0 and not runner.busy, timeout=WAIT)
    yield main
    main.idle_watch.stop()


def test_the_main_window_with_a_case_open_on_every_tab(
        qtbot: QtBot, direction: Qt.LayoutDirection, window: MainWindow,
        runner: OperationRunner) -> None:
    failures: list[str] = []
    check(qtbot, "main window", window, failures)
    page = window.detail
    open_case(qtbot, page, runner, new_case(qtbot, runner))
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        check(qtbot, f"case page, {page.tabs.tabText(index)}", window, failures)
    page.draft_bar.offer(Draft(page.draft_key(), {}, datetime.now(UTC) - timedelta(minutes=3)),
                         datetime.now(UTC))
    window.sync_area._on_running(True)  # the sync area while a sync runs: bar and Cancel
    check(qtbot, "draft bar and a running sync", window, failures)
    window.sync_area._on_running(False)
    conflicts = ConflictsDialog(runner, window)
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT)
    check(qtbot, "conflicts", conflicts, failures)
    conflicts.close()
    refused = RefusedDialog(runner, window)
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT)
    check(qtbot, "refused changes", refused, failures)
    refused.close()
    assert not failures, "\n".join(failures)
