"""The main window: composes the panels and the actions, and holds no logic of its own.

Actions are declared in ``actions.py`` (label, shortcut, menu, tip, when enabled); the window
gives each a handler, and the registry fills the menu bar (File / Case / Sync / Help) and the
toolbar, and enables them from one ``ActionState`` the window keeps up to date.

Toolbar: search box, list filter, Sync now, Conflicts, Refused changes, Lock. Left: the case
list; right: the selected case. Above them, notice bars: the offline lease and a failed sync.
Status bar: who is signed in, the sync status (with progress and Cancel while a sync runs) and
how many cases are listed. The window title is fixed ("FieldCase", plus the site): it never
shows a person's name, because titles end up in task switchers, screen-sharing previews and
window-manager logs.

Lock (the action, Ctrl+L, or the idle watch) first has the draft keeper (``ui/drafts.py``)
keep every form's unsaved edits, then emits ``lock_requested``: the app controller closes the
session (after those saves: the runner keeps order) and brings back the unlock dialog. Closing
the window waits until the drafts are kept, and asks if they could not be. The idle timeout and the
periodic sync interval are the organisation's policy as the device last fetched it (read on the
worker after unlock and after each sync); the values given to the window are the defaults
until one was fetched.

The list loads only once the first sync status has arrived: while the offline lease has
expired the window shows the red banner, empties the list and disables everything but Sync and
Sign in (the services refuse case calls anyway). Only an online sign-in lifts it
(``SignInGate``: the dialog opens by itself at unlock and when a sync answers
``sign_in_required``; the banner's "Sign in…" opens it again); a sync follows and the list
loads.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from functools import partial
from typing import TypeVar

from PySide6.QtCore import QLocale, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from fieldcase import __version__
from fieldcase.domain.lease import LeaseStatus
from fieldcase.domain.org_policy import OrgPolicy
from fieldcase.domain.policy import Actor, Role
from fieldcase.services.org_policy import device_policy
from fieldcase.services.sync import SyncStatus
from fieldcase.ui.actions import (
    INTERFACE_LANGUAGES,
    ActionRegistry,
    ActionState,
    language_action_name,
)
from fieldcase.ui.case_filters import CaseListPanel
from fieldcase.ui.case_list_model import CaseListModel
from fieldcase.ui.case_page.page import CasePage
from fieldcase.ui.conflicts_view import ConflictsDialog
from fieldcase.ui.dialogs.enrol_dialog import EnrolDialog
from fieldcase.ui.dialogs.passphrase_dialog import ChangePassphraseDialog
from fieldcase.ui.drafts import AUTOSAVE_INTERVAL, DraftKeeper
from fieldcase.ui.emergency import EmergencyDesk
from fieldcase.ui.i18n import current_language, fill
from fieldcase.ui.idle import DEFAULT_IDLE_LOCK, IdleWatch
from fieldcase.ui.lease_words import lease_words
from fieldcase.ui.lists.due_view import DueDialog
from fieldcase.ui.messages import OperationError
from fieldcase.ui.names import code_name
from fieldcase.ui.operations import Runner
from fieldcase.ui.refused_view import RefusedDialog
from fieldcase.ui.register.register_dialog import RegisterDialog
from fieldcase.ui.register.seed import seed_from_search
from fieldcase.ui.search_bar import ListChoice, SearchBar, query_for
from fieldcase.ui.sign_in_dialog import SignInCall, default_sign_in
from fieldcase.ui.sign_in_gate import SignInGate
from fieldcase.ui.supervisor.desk import SupervisorDesk, Target
from fieldcase.ui.sync_controls import DEFAULT_SYNC_INTERVAL, SyncCall, SyncControls, default_sync
from fieldcase.ui.sync_panel import NoticeBar, SyncStatusArea

T = TypeVar("T", bound=QWidget)


def default_list(actor: Actor) -> ListChoice:
    """Workers start on their own cases, supervisors on the site's."""
    return ListChoice.MY_CASES if actor.role is Role.WORKER else ListChoice.ALL


class MainWindow(QMainWindow):
    lock_requested = Signal()
    closed = Signal()
    erased = Signal(object)  # OperationError: a genuine wipe erased the profile
    language_chosen = Signal(str)  # a language code from the Language menu

    def __init__(self, runner: Runner, actor: Actor, *,
                 idle_timeout: timedelta = DEFAULT_IDLE_LOCK, demo: bool = False,
                 sync_call: SyncCall = default_sync,
                 sync_interval: timedelta = DEFAULT_SYNC_INTERVAL,
                 policy_minute: timedelta = timedelta(minutes=1),
                 sign_in_call: SignInCall = default_sign_in,
                 autosave_interval: timedelta = AUTOSAVE_INTERVAL,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._policy_minute = policy_minute  # tests shorten the policy's minutes
        self._actor = actor
        self._runner = runner
        self._locking = False
        self._closing_with_drafts_kept = False
        # Forms register here (the case page, the registration dialog): their unsaved edits
        # are kept as drafts on lock, on close, on case switch and every few seconds.
        self.drafts = DraftKeeper(runner, interval=autosave_interval, parent=self)
        self._working: bool | None = None  # unknown until the first sync status arrives
        self.conflicts_dialog: ConflictsDialog | None = None
        self.refused_dialog: RefusedDialog | None = None
        self.due_dialog: DueDialog | None = None
        self.enrol_dialog: EnrolDialog | None = None
        self.passphrase_dialog: ChangePassphraseDialog | None = None
        self.register_dialog: RegisterDialog | None = None
        self.setObjectName("mainWindow")
        self.setWindowTitle(fill(self.tr("FieldCase — %1 — demo") if demo
                                 else self.tr("FieldCase — %1"), actor.site))
        self.resize(1200, 720)

        self.model = CaseListModel(runner, parent=self)
        self.list_panel = CaseListPanel(self.model, self)
        self.case_list = self.list_panel.view
        self.detail = CasePage(runner, self, drafts=self.drafts)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list_panel)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 580])
        splitter.setChildrenCollapsible(False)
        self.sync = SyncControls(runner, sync_call=sync_call, interval=sync_interval,
                                 parent=self)
        self.sign_in_gate = SignInGate(runner, self.sync, self, sign_in_call=sign_in_call)
        self.lease_banner = NoticeBar("leaseBanner", action_text=self.tr("Sign in…"),
                                      closable=False, parent=self)
        self.sync_message = NoticeBar("syncMessage", parent=self)
        # A supervisor's action said in words ("12 cases assigned to Dawit; 1 not: …"),
        # with Undo after an assignment.
        self.supervisor_message = NoticeBar("supervisorMessage", action_text=self.tr("Undo"),
                                            parent=self)
        self.desk = SupervisorDesk(runner, self, open_case=self._open_target,
                                   list_selection=self.case_list.selected_cases,
                                   open_case_in_window=self.open_case)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.lease_banner)
        column.addWidget(self.sync_message)
        column.addWidget(self.supervisor_message)
        column.addWidget(splitter, 1)
        self.setCentralWidget(central)

        self.search_bar = SearchBar(default_list(actor), parent=self)
        self._state = ActionState(supervisor=actor.role is Role.SUPERVISOR,
                                  language=current_language())
        handlers = {
            "search": self.focus_search, "lock": self.request_lock, "quit": self._quit,
            "sync": self.sync_now, "conflicts": self.show_conflicts,
            "refused": self.show_refused,
            "signIn": self.sign_in_gate.open, "about": self.show_about, "due": self.show_due,
            "save": self.detail.save, "print": self.detail.print_referral,
            "printSummary": self.detail.print_summary,
            "newPerson": self.new_person,
            "reviewQueue": self.show_queue, "dashboard": self.desk.show_dashboard,
            "approve": self.desk.approve,
            "returnCase": self.desk.return_case, "assign": self.desk.assign,
            "acceptTransfer": self.desk.accept_transfer,
            "declineTransfer": self.desk.decline_transfer,
            "proposeTransfer": self.desk.propose_transfer, "escalate": self.desk.escalate,
            "clearEscalation": self.desk.clear_escalation,
            "auditLog": self.desk.show_audit_log,
            "retention": self.desk.show_retention,
            "eraseCase": self.detail.erase_case,
        }
        handlers.update({language_action_name(code): partial(self.choose_language, code)
                         for code, _name in INTERFACE_LANGUAGES})

        self.emergency = EmergencyDesk(runner, self)
        if not demo:  # a throwaway profile: its passphrase is unknown, nothing to enrol
            handlers.update(enrol=self.show_enrolment, changePassphrase=self.change_passphrase,
                            travel=self.emergency.show_travel,
                            protections=self.emergency.show_protections,
                            quickWipe=self.emergency.ask_quick_wipe)
        self.registry = ActionRegistry(self, handlers)
        self.registry.update(self._state)
        self.registry.fill_menus(self.menuBar())
        toolbar = QToolBar(self.tr("Main"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(16, 16))
        toolbar.addWidget(self.search_bar)
        spacer = QWidget(toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        self.registry.fill_toolbar(toolbar)
        self.addToolBar(toolbar)

        self.count_label = QLabel(self)
        self.statusBar().addWidget(QLabel(fill(self.tr("Signed in as %1 (%2, %3)"), actor.user,
                                               code_name("role", actor.role), actor.site),
                                          self))
        self.sync_area = SyncStatusArea(self.sync, self)
        self.statusBar().addPermanentWidget(self.sync_area)
        self.statusBar().addPermanentWidget(self.count_label)

        self.idle_watch = IdleWatch(idle_timeout, self)
        self.idle_watch.idle.connect(self.request_lock)
        self.search_bar.search_requested.connect(self._search)
        self.search_bar.filter_chosen.connect(self._show_list)
        self.search_bar.register_requested.connect(self.register_person)
        self.case_list.register_requested.connect(self.register_person)
        self.model.listed.connect(self._offer_registration)
        self.list_panel.query_changed.connect(self._filters_changed)
        self.case_list.case_opened.connect(self.detail.show_case)
        self.detail.opened_changed.connect(lambda opened: self._update_actions(case_open=opened))
        self.model.counts_changed.connect(self._update_count)
        self.model.modelReset.connect(self._update_count)
        self.model.load_failed.connect(self._load_failed)
        runner.failed.connect(self._load_failed)
        self.sync.status_changed.connect(self._on_sync_status)
        self.sync.running_changed.connect(self._on_sync_running)
        self.sync.sync_failed.connect(self._on_sync_failed)
        self.sync.sync_finished.connect(self.sync_message.hide)
        self.sync.erased.connect(self._on_erased)
        self.lease_banner.action_clicked.connect(self.sign_in_gate.open)
        self.desk.message.connect(self._supervisor_said)
        self.supervisor_message.action_clicked.connect(self._undo_assignment)
        self.sync.refresh_status(on_error=self._status_unreadable)
        self.sync.sync_finished.connect(self._read_policy)  # a sync may bring a new policy
        self.emergency.travel_done.connect(self._travel_done)
        self.emergency.wiped.connect(self._on_erased)
        self.emergency.quick_wipe_on.connect(lambda on: self._update_actions(quick_wipe=on))
        self._read_policy()

    @property
    def actor(self) -> Actor:
        return self._actor

    @property
    def action_state(self) -> ActionState:
        return self._state

    def _update_actions(self, **changes: object) -> None:
        self._state = replace(self._state, **changes)  # type: ignore[arg-type]
        self.registry.update(self._state)

    @property
    def working_allowed(self) -> bool:
        """False while the offline lease has expired (only Sync and Sign in are offered)."""
        return bool(self._working)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.idle_watch.start()
        self.sync.start_periodic()

    def request_lock(self) -> None:
        if not self._locking:
            self._locking = True
            self.idle_watch.stop()
            self.sync.stop()
            self.drafts.keep_all()  # queued ahead of the lock's close of the session
            self.drafts.stop()
            self.lock_requested.emit()

    def choose_language(self, code: str) -> None:
        """The Language menu: the controller keeps the choice and rebuilds the windows in it
        once this window's unsaved edits are kept as drafts (``retire``)."""
        if code != self._state.language:
            self.language_chosen.emit(code)
        else:
            self.registry.update(self._state)  # a click on the checked entry unchecks it

    def open_case_id(self) -> str | None:
        """The id of the case on the case page, if one is open."""
        shown = self.detail.shown
        return None if shown is None else shown.seen.case_id

    def retire(self, done: Callable[[], None]) -> None:
        """Keep every form's unsaved edits as drafts, then call ``done``; after it the window
        closes without asking (a window rebuilt in another language takes its place)."""
        def kept(error: OperationError | None) -> None:
            if error is not None:  # keep the window (and the typing) as it is
                self.statusBar().showMessage(error.message, 10_000)
                self.idle_watch.start()
                self.sync.start_periodic()
                return
            self._locking = True  # nothing more to keep or ask: the drafts were just kept
            done()
        self.idle_watch.stop()
        self.sync.stop()
        self.drafts.keep_all(kept)

    def _travel_done(self) -> None:
        """Travel mode closed the session itself: lock, with no draft to keep (the store it
        would go to is gone, and drafts are case data)."""
        if not self._locking:
            self._locking = True
            self.idle_watch.stop()
            self.sync.stop()
            self.drafts.stop()
            self.lock_requested.emit()

    def _on_erased(self, error: object) -> None:
        """The profile is gone: nothing to keep, nothing to ask."""
        self._locking = True
        self.drafts.stop()
        self.erased.emit(error)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._locking and not self._closing_with_drafts_kept and self.drafts.unkept():
            event.ignore()  # the app's shutdown skips queued work: close once they are kept
            self.drafts.keep_all(self._close_after_keeping)
            return
        self.drafts.stop()
        self.idle_watch.stop()
        self.sync.stop()
        if self.register_dialog is not None:
            self.register_dialog.discard()
        for dialog in (self.conflicts_dialog, self.refused_dialog, self.due_dialog,
                       self.enrol_dialog, self.passphrase_dialog):
            if dialog is not None:
                dialog.close()
        self.sign_in_gate.close()
        self.desk.close()
        self.emergency.close()
        super().closeEvent(event)
        self.closed.emit()

    def _close_after_keeping(self, error: OperationError | None) -> None:
        if error is not None and not self._close_without_drafts(error):
            return
        self._closing_with_drafts_kept = True
        self.close()

    def _close_without_drafts(self, error: OperationError) -> bool:
        """Unsaved edits could not be kept: close anyway only if the person says so."""
        box, close = self.draft_loss_question(error)
        box.exec()
        return box.clickedButton() is close

    def draft_loss_question(self, error: OperationError
                            ) -> tuple[QMessageBox, QAbstractButton]:
        """The question and its "Close and lose them" button; "Stay" is the default (Enter
        and Escape keep the typing)."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Close FieldCase"), fill(self.tr(
            "Your unsaved changes could not be kept as a draft: %1 Close anyway and lose "
            "them?"), error.message), parent=self)
        close = box.addButton(self.tr("Close and lose them"),
                              QMessageBox.ButtonRole.DestructiveRole)
        stay = box.addButton(self.tr("Stay"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)
        return box, close

    def sync_now(self) -> None:
        self.sync_message.hide()
        self.sync.sync_now()

    def _quit(self) -> None:
        self.close()

    def focus_search(self) -> None:
        box = self.search_bar.search_box
        box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        box.selectAll()

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About FieldCase"), fill(self.tr(
            "FieldCase %1: offline case management for frontline workers protecting people on "
            "the move. Free software under the GNU LGPL, version 3 or later."), __version__))

    def show_conflicts(self) -> None:
        if self.conflicts_dialog is None:
            self.conflicts_dialog = ConflictsDialog(self._runner, self)
        else:
            self.conflicts_dialog.reload()
        self.conflicts_dialog.show()
        self.conflicts_dialog.raise_()

    def show_refused(self) -> None:
        if self.refused_dialog is None:
            self.refused_dialog = RefusedDialog(self._runner, self)
            self.refused_dialog.open_case.connect(self.open_case)
        else:
            self.refused_dialog.reload()
        self.refused_dialog.show()
        self.refused_dialog.raise_()

    def show_due(self) -> None:
        if self.due_dialog is None:
            self.due_dialog = DueDialog(self._runner, self._actor.role, self)
            self.due_dialog.view.open_case.connect(self.open_case)
        self.due_dialog.show_and_load()

    def open_case(self, case_id: str) -> None:
        self.detail.show_case(case_id)

    # --- registering -----------------------------------------------------------------------
    def new_person(self) -> None:
        """Ctrl+N: the registration form; after a search that found no one, with what was
        typed carried in."""
        self.register_person(self.search_bar.no_match_text or "")

    def register_person(self, searched: str) -> None:
        if not self.working_allowed:
            return
        if self.register_dialog is not None and self.register_dialog.isVisible():
            self.register_dialog.raise_()  # one registration at a time: nothing typed lost
            self.register_dialog.activateWindow()
            return
        self.register_dialog = self._replace(
            self.register_dialog, RegisterDialog(self._runner, self._actor,
                                                 seed=seed_from_search(searched),
                                                 drafts=self.drafts, parent=self))
        self.register_dialog.registered.connect(self.open_case)
        self.register_dialog.open_requested.connect(self.open_case)
        self.register_dialog.show()

    def _offer_registration(self) -> None:
        """A search that found no one: Enter in the search box registers what was typed."""
        text = self.model.search_text
        empty = bool(text) and self.model.rowCount() == 0 and not self.model.loading
        self.search_bar.offer_registration(text if empty else None)

    # --- a supervisor's desk ---------------------------------------------------------------
    def show_queue(self) -> None:
        self.desk.show_queue([self.registry[name] for name in (
            "approve", "returnCase", "assign", "acceptTransfer", "declineTransfer",
            "clearEscalation")])

    def _open_target(self) -> Target | None:
        """The case on the case page, as the supervisor's approve and return see it."""
        shown = self.detail.shown
        if shown is None:
            return None
        case = shown.document.get("case") or {}
        return Target(shown.seen.case_id, str(case.get("case_number") or ""),
                      str(case.get("status") or ""))

    def _supervisor_said(self, text: str, level: str, undo: bool) -> None:
        self.supervisor_message.action_button.setVisible(undo)
        self.supervisor_message.show_notice(text, level)

    def _undo_assignment(self) -> None:
        self.supervisor_message.action_button.setVisible(False)
        self.desk.undo()

    def show_enrolment(self) -> None:
        self.enrol_dialog = self._replace(self.enrol_dialog, EnrolDialog(self._runner,
                                                                         parent=self))
        self.enrol_dialog.enrolled.connect(self._enrolled)
        self.enrol_dialog.show()

    def _enrolled(self, _info: object) -> None:
        """The first sync at once; its status enables Sync and starts the schedule."""
        if not self.sync.sync_now():
            self.sync.refresh_status()

    def change_passphrase(self) -> None:
        self.passphrase_dialog = self._replace(
            self.passphrase_dialog, ChangePassphraseDialog(self._runner, self._actor,
                                                           parent=self))
        self.passphrase_dialog.show()

    @staticmethod
    def _replace(old: QWidget | None, new: T) -> T:
        if old is not None:
            old.close()
            old.deleteLater()
        return new

    # --- organisation policy ---------------------------------------------------------------
    def _read_policy(self, *_args: object) -> None:
        self._runner.submit(device_policy, self._apply_policy)
        if "quickWipe" in self.registry:
            self.emergency.read_state()  # the policy may switch the quick wipe on or off

    def _apply_policy(self, policy: OrgPolicy | None) -> None:
        """Auto-lock and periodic sync follow the policy the device fetched; until it has
        fetched one, the defaults given to the window stay."""
        if policy is not None:
            self.idle_watch.set_timeout(self._policy_minute * policy.auto_lock_minutes)
            self.sync.set_interval(self._policy_minute * policy.sync_interval_minutes)

    # --- sync status -----------------------------------------------------------------------
    def _on_sync_status(self, status: object) -> None:
        if not isinstance(status, SyncStatus):
            return
        lease = status.lease
        if lease is not None and lease.status is not LeaseStatus.OK:
            expired = lease.status is LeaseStatus.EXPIRED
            self.lease_banner.action_button.setVisible(expired)
            self.lease_banner.show_notice(lease_words(status), "error" if expired else "warn")
        else:
            self.lease_banner.hide()
        self._set_working(status.working_allowed)
        self._update_actions(enrolled=status.enrolled, conflicts=status.open_conflicts,
                             refused=status.quarantined, syncing=self.sync.running,
                             lease_expired=lease is not None
                             and lease.status is LeaseStatus.EXPIRED)

    def _status_unreadable(self, error: OperationError) -> None:
        self._load_failed(error)
        self._set_working(True)

    def _set_working(self, allowed: bool) -> None:
        if allowed == self._working:
            return
        self._working = allowed
        self._update_actions(working=allowed)
        self.search_bar.setEnabled(allowed)
        self.list_panel.setEnabled(allowed)
        if allowed:
            self._show_list(self.search_bar.choice)
        else:
            self.detail.clear()
            self.model.clear()
            for dialog in (self.conflicts_dialog, self.refused_dialog):
                if dialog is not None:
                    dialog.close()
            self.desk.close()
            self._update_count()

    def _on_sync_running(self, running: bool) -> None:
        self._update_actions(syncing=running)
        self.lease_banner.action_button.setEnabled(not running)

    def _on_sync_failed(self, error: object, asked: bool) -> None:
        if asked and isinstance(error, OperationError) and error.kind != "cancelled":
            self.sync_message.show_notice(error.message, "warn")

    def _search(self, text: str) -> None:
        self.detail.clear()  # the new list has no selection: show no case either
        self.model.set_search(text)

    def _show_list(self, choice: object) -> None:
        """A list from the toolbar's choice, in that list's own order, narrowed by the
        filter row."""
        if isinstance(choice, ListChoice):
            self.detail.clear()
            self.model.set_query(self.list_panel.filters.refine(query_for(choice, self._actor)))

    def _filters_changed(self) -> None:
        """The same list with other filters, in the order the person chose."""
        current = self.model.query
        query = self.list_panel.filters.refine(query_for(self.search_bar.choice, self._actor))
        self.search_bar.clear()
        self.model.set_query(replace(query, sort=current.sort, descending=current.descending))

    def _update_count(self, *_args: object) -> None:
        count, locale = self.model.rowCount(), QLocale()
        if self._working is False:
            text = self.tr("Sign in to see cases")
        elif self.model.loading and count == 0:
            text = self.tr("Loading…")
        elif self.model.search_text:
            text = self.tr("%Ln found", None, count)
        else:  # %Ln: the count in the locale's digits, with the language's plural forms
            text = fill(self.tr("%Ln case(s) · %1 overdue", None, count),
                        locale.toString(self.model.overdue))
        self.count_label.setText(text)

    def _load_failed(self, error: object) -> None:
        if isinstance(error, OperationError):
            self.statusBar().showMessage(error.message, 10_000)
