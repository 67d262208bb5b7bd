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
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from fieldcase.domain.policy import Role
from fieldcase.services import cases
from fieldcase.services.demo import DEMO_SITE
from fieldcase.services.drafts import Draft
from fieldcase.services.enrolment import EnrolmentOffer
from fieldcase.services.session import Session
from fieldcase.services.sign_in import SignInPrompt
from fieldcase.services.sync import SyncReport
from fieldcase.storage.keyslots import KdfParams
from fieldcase.ui.case_page.person import PersonSection
from fieldcase.ui.case_page.tasks import TasksSection
from fieldcase.ui.case_rows import DUE, NAME
from fieldcase.ui.case_sections.referral_section import ReferralSection
from fieldcase.ui.case_sections.screening_section import ScreeningSection
from fieldcase.ui.conflicts_view import ConflictsDialog
from fieldcase.ui.dialogs.enrol_dialog import EnrolDialog
from fieldcase.ui.dialogs.passphrase_dialog import ChangePassphraseDialog
from fieldcase.ui.lists.due_view import DueDialog
from fieldcase.ui.main_window import MainWindow
from fieldcase.ui.operations import OperationRunner, SynchronousRunner
from fieldcase.ui.refused_view import RefusedDialog
from fieldcase.ui.service_types import DueWindow
from fieldcase.ui.setup_dialog import SetupDialog, profile_creator
from fieldcase.ui.sign_in_dialog import SignInDialog
from fieldcase.ui.supervisor.dialogs import AssignDialog, ReturnDialog
from fieldcase.ui.unlock_dialog import UnlockDialog, profile_unlocker

from .a11y_audit import audit, focused_control, spoken_name
from .case_page_helpers import WAIT, call, case_document, open_case
from .test_main_window import open_session

CTRL, NONE = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.NoModifier
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
    check_printouts(qtbot, sync_runner, failures)
    assert not failures, "\n".join(failures)


def check_printouts(qtbot: QtBot, runner: SynchronousRunner, failures: list[str]) -> None:
    """The case summary window, and the passphrase check before it prints (and after a
    wrong passphrase, its problem beside the box)."""
    from fieldcase.services.printouts import PrintMark
    from fieldcase.ui.case_page.case_summary import CaseSummaryDialog
    from fieldcase.ui.dialogs.reauth_dialog import ReauthDialog

    found: list[str] = []
    runner.submit(lambda s: str(s.store.raw.execute(
        "SELECT id FROM cases ORDER BY rowid LIMIT 1").fetchone()[0]), found.append)
    summary = CaseSummaryDialog(runner, found[0])
    qtbot.addWidget(summary)
    check(qtbot, "case summary", summary, failures)
    mark = PrintMark("demo.supervisor", datetime(2026, 12, 7, 14, 5, tzinfo=UTC))
    reauth = ReauthDialog(runner, "Print the case summary", lambda _session: mark,
                          lambda _mark: None, summary)
    check(qtbot, "passphrase again", reauth, failures)
    reauth.passphrase_box.setText("not the passphrase")
    reauth.submit()
    check(qtbot, "passphrase again, refused", reauth, failures)
    reauth.close()
    summary.close()


def rich_case(qtbot: QtBot, runner: OperationRunner) -> str:
    """A case with something in every list (journey, screening, assistance, consents,
    referrals, household from the case sections' render script; tasks and notes)."""
    from tests.ui.render_case_sections import CASE

    today = call(qtbot, runner, lambda s: s.today())
    lists = case_document(today)
    document = {**CASE, "tasks": lists["tasks"], "notes": lists["notes"]}
    saved = call(qtbot, runner, lambda s: cases.create_case(s, document), mutation=True)
    return str(saved.case_id)


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
    open_case(qtbot, page, runner, rich_case(qtbot, runner))
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        check(qtbot, f"case page, {page.tabs.tabText(index)}", window, failures)
    screening = page.section(ScreeningSection)
    page.tabs.setCurrentWidget(screening)
    screening.new_screening()
    check(qtbot, "screening, a new questionnaire", window, failures)
    referrals = page.section(ReferralSection)
    page.tabs.setCurrentWidget(referrals)
    referrals.list.setCurrentItem(referrals.list.topLevelItem(0))
    referrals.service_box.setCurrentIndex(1)
    referrals.after_edit()
    check(qtbot, "referrals, one selected and a service chosen", window, failures)
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


def test_the_registration_form_at_each_step(
        qtbot: QtBot, direction: Qt.LayoutDirection, window: MainWindow,
        runner: OperationRunner) -> None:
    """Empty; with problems beside the fields; with possible matches beside it; with
    consent given (the "more" part enabled) and a match decided; with a draft offered."""
    failures: list[str] = []
    call(qtbot, runner, lambda s: cases.create_case(s, {
        "person": {"given_name": "محمد", "family_name": "حسين", "sex": "male",
                   "date_of_birth": "1994-03-17", "nationality": "SDN"},
        "case": {"site": DEMO_SITE, "stage": "transit"}}), mutation=True)
    window.new_person()
    dialog = window.register_dialog
    assert dialog is not None
    check(qtbot, "registration", dialog, failures)
    dialog.submit()
    qtbot.waitUntil(lambda: bool(dialog.binder.problem_paths()), timeout=WAIT)
    check(qtbot, "registration with problems", dialog, failures)
    dialog.binder.write({"person": {"given_name": "Mohamed", "family_name": "Hussein",
                                    "sex": "male", "date_of_birth": "1994-03-17",
                                    "nationality": "SDN"}, "case": {"stage": "transit"}})
    dialog.check_now()
    qtbot.waitUntil(lambda: bool(dialog.matches.cards) and not runner.busy, timeout=WAIT)
    check(qtbot, "registration with possible matches", dialog, failures)
    dialog.matches.cards[0].different_button.click()
    next(iter(dialog.consent.boxes.values())).setChecked(True)
    assert dialog.phone_box.isEnabled()
    check(qtbot, "registration with consent and a match decided", dialog, failures)
    now = datetime.now(UTC)
    dialog.draft_bar.offer(Draft(dialog.draft_key(), {}, now - timedelta(minutes=3)), now)
    assert dialog.draft_bar.isVisibleTo(dialog)
    check(qtbot, "registration with a draft offered", dialog, failures)
    dialog.discard()
    assert not failures, "\n".join(failures)


def test_the_supervisors_desk(qtbot: QtBot, direction: Qt.LayoutDirection, window: MainWindow,
                              runner: OperationRunner) -> None:
    """The review queue (Ctrl+R) with a case selected, the return dialog with its comment
    required, the assign dialog, and the audit log."""
    failures: list[str] = []
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    qtbot.keyClick(window, Qt.Key.Key_R, CTRL)
    queue = window.desk.queue_dialog
    assert queue is not None
    qtbot.waitUntil(lambda: queue.view.queue is not None and not runner.busy, timeout=WAIT)
    check(qtbot, "review queue", queue, failures)
    tree = queue.view.tree
    first = tree.model().index(0, 0, tree.model().index(0, 0))
    assert first.isValid()
    tree.setCurrentIndex(first)
    check(qtbot, "review queue, a case selected", queue, failures)
    queue.close()
    returning = ReturnDialog("FC-LAMP-000001", "return_plan", window)
    qtbot.addWidget(returning)
    check(qtbot, "return to the worker", returning, failures)
    returning.return_button.click()  # without a comment: the problem beside the box
    assert returning.binder.problem_paths() and returning.isVisible()
    check(qtbot, "return to the worker, comment required", returning, failures)
    returning.close()
    assigning = AssignDialog(3, ["amina", "yusuf"], window)
    qtbot.addWidget(assigning)
    check(qtbot, "assign cases", assigning, failures)
    assigning.close()
    window.registry["auditLog"].trigger()
    audit = window.desk.audit_dialog
    assert audit is not None
    qtbot.waitUntil(lambda: audit.choices is not None and audit.model.rowCount() > 0
                    and not runner.busy, timeout=WAIT)
    check(qtbot, "audit log", audit, failures)
    audit.close()
    assert not failures, "\n".join(failures)


def test_the_dashboard(qtbot: QtBot, direction: Qt.LayoutDirection, window: MainWindow,
                       runner: OperationRunner) -> None:
    """The dashboard (Ctrl+Shift+D): each chart named by its title, then its two buttons;
    every chart's values in its description."""
    failures: list[str] = []
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    qtbot.keyClick(window, Qt.Key.Key_D, CTRL | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.desk.dashboard_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.board is not None and not runner.busy, timeout=WAIT)
    check(qtbot, "dashboard", dialog, failures)
    for key, panel in dialog.panels.items():
        if not panel.view.accessibleDescription():
            failures.append(f"dashboard: the {key} chart reads no values")
    dialog.close()
    assert not failures, "\n".join(failures)


def test_the_audit_finds_each_kind_of_failure(qtbot: QtBot) -> None:
    """The walk itself can fail: an unnamed box, a name that is not its label, a text box
    that keeps Tab, a control Tab never reaches, and Tab going up a form."""
    dialog = QDialog()
    qtbot.addWidget(dialog)
    form = QFormLayout(dialog)
    lower = QLineEdit(dialog)  # made first: first in the focus chain, though below
    upper = QLineEdit(dialog)
    upper.setAccessibleName("Given name")
    lower.setAccessibleName("Family name")
    form.addRow("&Given name", upper)
    form.addRow("Family name", lower)
    misnamed = QLineEdit(dialog)
    misnamed.setAccessibleName("Surname")
    form.addRow("Family &name", misnamed)
    form.addRow(QLineEdit(dialog))  # no label, no name
    holder = QWidget(dialog)  # a focus proxy: Qt's Tab jumps over what was made before it
    skipped = QPushButton("Skipped", holder)
    proxy = QLineEdit(holder)
    proxy.setAccessibleName("Proxy")
    holder.setFocusProxy(proxy)
    QVBoxLayout(holder).addWidget(skipped)
    holder.layout().addWidget(proxy)  # type: ignore[union-attr]
    form.addRow(holder)
    notes = QPlainTextEdit(dialog)  # types a tab character: Tab never leaves it
    notes.setAccessibleName("Notes")
    form.addRow(notes)
    dialog.show()
    found = "\n".join(audit(qtbot, dialog))
    assert "named 'Surname', its label reads 'Family name'" in found
    assert "QLineEdit#? in QDialog#: no accessible name" in found
    assert "QPlainTextEdit#Notes in QDialog#: Tab does not leave it" in found
    assert "QPushButton#Skipped in QWidget#: not reached by Tab" in found
    assert "QLineEdit#Given name in QDialog# comes after QLineEdit#Family name in QDialog# " \
        "but stands above it" in found
    assert len(found.splitlines()) == 5


def test_the_audit_finds_a_ring_that_never_comes_back(qtbot: QtBot) -> None:
    """A button box's focus proxy is its first button: with OK and Cancel moved ahead of the
    box, Tab from Cancel reaches the box and goes back to OK (the registration form's bug)."""
    dialog = QDialog()
    qtbot.addWidget(dialog)
    column = QVBoxLayout(dialog)
    first, last = QLineEdit(dialog), QLineEdit(dialog)
    first.setAccessibleName("First")
    last.setAccessibleName("Last")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel, dialog)
    for widget in (first, last, buttons):
        column.addWidget(widget)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    dialog.show()
    assert audit(qtbot, dialog) == []
    buttons.setFocusProxy(ok)
    QWidget.setTabOrder(first, ok)
    QWidget.setTabOrder(ok, cancel)
    found = audit(qtbot, dialog)
    assert len(found) == 1 and "Tab goes back to QPushButton#OK" in found[0], found


SHORTCUTS = (  # (action, key, modifier); Lock last: it stops the window's timers
    ("search", Qt.Key.Key_F, CTRL), ("save", Qt.Key.Key_S, CTRL), ("sync", Qt.Key.Key_F5, NONE),
    ("print", Qt.Key.Key_P, CTRL), ("newPerson", Qt.Key.Key_N, CTRL),
    ("lock", Qt.Key.Key_L, CTRL))


@pytest.fixture
def synced_window(qtbot: QtBot, runner: OperationRunner,
                  opener: Callable[[], Session]) -> Iterator[MainWindow]:
    """The main window whose Sync now runs a sync that finds nothing to do."""
    actor = open_session(qtbot, runner, opener)
    main = MainWindow(runner, actor, sync_call=lambda _steps, _hooks: SyncReport())
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    qtbot.waitUntil(lambda: main.model.rowCount() > 0 and not runner.busy, timeout=WAIT)
    yield main
    main.idle_watch.stop()


def test_each_shortcut_fires_from_the_list_the_case_page_and_the_search_box(
        qtbot: QtBot, synced_window: MainWindow, runner: OperationRunner) -> None:
    window = synced_window
    view, page = window.case_list, window.detail
    view.setFocus()
    view.setCurrentIndex(window.model.index(0, NAME))
    qtbot.keyClick(view, Qt.Key.Key_Return)  # Save and Print need an open case
    qtbot.waitUntil(lambda: page.shown is not None and not runner.busy, timeout=WAIT)
    person = page.section(PersonSection)
    fired: list[str] = []
    for name in window.registry.names:
        window.registry[name].triggered.connect(lambda _c=False, n=name: fired.append(n))

    def in_the_list() -> QWidget:
        return view

    def in_the_case_page() -> QWidget:
        page.tabs.setCurrentWidget(person)
        return person.given

    def in_the_search_box() -> QWidget:
        return window.search_bar.search_box

    assert all(name in window.registry for name, _key, _modifier in SHORTCUTS)
    for place in (in_the_list, in_the_case_page, in_the_search_box):
        for name, key, modifier in SHORTCUTS:
            # a sync finds this laptop enrolled; nothing to send
            window.registry.update(replace(window.action_state, enrolled=True, syncing=False))
            widget = place()
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            qtbot.waitUntil(lambda w=widget: QApplication.focusWidget() is w, timeout=WAIT)
            fired.clear()
            qtbot.keyClick(widget, key, modifier)
            assert fired == [name], (place.__name__, name)
            if name == "newPerson":  # the registration form opened over the window: Esc
                dialog = window.register_dialog
                assert dialog is not None and dialog.isVisible(), place.__name__
                qtbot.waitUntil(lambda d=dialog: QApplication.focusWidget() is d.given_box,
                                timeout=WAIT)
                qtbot.keyClick(dialog.given_box, Qt.Key.Key_Escape)
                assert not dialog.isVisible()
                window.activateWindow()  # a window manager's part; offscreen has none
                qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT)
            qtbot.waitUntil(lambda: not runner.busy and not window.sync.running, timeout=WAIT)


def test_tab_leaves_the_list_and_a_selection_opens_nothing(
        qtbot: QtBot, window: MainWindow) -> None:
    view = window.case_list
    window.activateWindow()
    view.setFocus()
    view.setCurrentIndex(window.model.index(3, NAME))
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert window.detail.case_id is None  # selecting shows nothing about a person
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert focused_control() is not view and view.currentIndex().row() == 4
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert focused_control() is view and view.currentIndex().row() == 4
    assert window.detail.case_id is None


def icon_alone(model: QAbstractItemModel, rows: int) -> list[str]:
    """Cells of the first ``rows`` rows (and their children) that show an icon with no
    words beside it."""
    found: list[str] = []
    pending = [model.index(row, column) for row in range(min(rows, model.rowCount()))
               for column in range(model.columnCount())]
    while pending:
        index = pending.pop()
        pending.extend(model.index(row, index.column(), index.siblingAtColumn(0))
                       for row in range(model.rowCount(index.siblingAtColumn(0)))
                       if index.column() == 0)
        if index.data(Qt.ItemDataRole.DecorationRole) is not None \
                and not str(index.data(Qt.ItemDataRole.DisplayRole) or "").strip():
            found.append(f"row {index.row()} column {index.column()}")
    return found


def test_icons_and_the_sync_status_are_said_in_words(
        qtbot: QtBot, window: MainWindow, runner: OperationRunner,
        sync_runner: SynchronousRunner, opener: Callable[[], Session]) -> None:
    """Overdue is a warning icon beside words, never the icon alone: the case's header names
    its icon, and every list cell with the icon has words; the sync area is named, its
    status line is its description, and its bars say what they measure."""
    page = window.detail
    open_case(qtbot, page, runner, rich_case(qtbot, runner))
    header = page.header
    assert header.overdue_icon.isVisibleTo(window) and header.overdue_label.isVisibleTo(window)
    assert spoken_name(header.overdue_icon) == "Overdue"
    assert header.overdue_label.text().startswith("Overdue: 1 follow-up")
    window.model.set_query(replace(window.model.query, due=DueWindow.OVERDUE))
    qtbot.waitUntil(lambda: window.model.rowCount() > 0 and not runner.busy, timeout=WAIT)
    cell = window.model.index(0, DUE)
    assert cell.data(Qt.ItemDataRole.DecorationRole) is not None
    assert str(cell.data()).startswith("Overdue")
    assert icon_alone(window.model, 50) == []
    tasks = page.section(TasksSection)
    assert icon_alone(tasks.tree.model(), 10) == []
    sync_runner.open_session(opener)
    due = DueDialog(sync_runner, Role.SUPERVISOR)
    qtbot.addWidget(due)
    due.show_and_load()
    assert icon_alone(due.view.tree.model(), 10) == []
    due.close()
    area = window.sync_area
    assert spoken_name(area) == "Sync status"
    assert area.accessibleDescription() == area.label.text() != ""
    area._on_running(True)
    assert area.accessibleDescription() == area.label.text() == "Syncing…"
    assert spoken_name(area.bar) == "Sync progress" and area.bar.accessibleDescription() == \
        "Syncing…"
    assert spoken_name(area.files_bar) == "Attachment files"
    area._on_running(False)
