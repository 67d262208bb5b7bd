"""The app's screens in order: set-up or unlock, then the main window, and back on lock.

The controller owns no data: it decides which window shows and passes the runner along.
Transitions always show the next window before hiding the previous one, and on lock the
session is closed (on the worker) before the unlock dialog appears, so there is never a moment
when a case is visible without an unlocked session, nor an unlocked session without a window.

Demo mode opens a throwaway profile with a random passphrase nobody knows, so Lock ends the
demo instead of offering an unlock that cannot succeed.

The installed app locks by ending the process that held case data (``fresh_process_on_lock``,
set by ``run_app``): the session is closed, the window goes, and the controller finishes with
``RESTART_AT_UNLOCK``; the entry point then starts the same command afresh at the unlock screen
(``fieldcase.process_restart``). Tests of the screens keep one process and see the unlock
dialog come back in it.

The interface language: ``language_override`` (``--language``) wins everywhere. Without it
the unlock screen follows the laptop's last language (``services.language``: a code in the
profile folder, no case data), and after an unlock the person's own choice, kept in the store,
is installed before the main window is built (none kept: the language stays as it is). The
Language menu keeps the new choice, has the window keep every unsaved form as a draft, then
installs the language and builds the main window anew in it (labels are translated when a
widget is made; the layout direction flips with the language), with the case that was open
opened again: its draft is offered there, so nothing typed is lost.

When a sync carried a genuine wipe (the organisation revoked this laptop), the profile is
already erased: the session is closed and the first-run screen comes back, saying why.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from fieldcase.process_restart import RESTART_AT_UNLOCK
from fieldcase.services import language as language_setting
from fieldcase.services.profile_files import profile_exists
from fieldcase.ui.busy_dialog import BusyDialog
from fieldcase.ui.dialogs.recovery_dialog import profile_recoverer
from fieldcase.ui.i18n import current_language, fill, install_language
from fieldcase.ui.idle import DEFAULT_IDLE_LOCK
from fieldcase.ui.malloc_arenas import give_back_freed_memory
from fieldcase.ui.messages import OperationError
from fieldcase.ui.operations import Runner
from fieldcase.ui.unlock_dialog import UnlockDialog, profile_unlocker

if TYPE_CHECKING:
    from fieldcase.domain.policy import Actor
    from fieldcase.ui.main_window import MainWindow
    from fieldcase.ui.service_types import KdfParams
    from fieldcase.ui.setup_dialog import SetupDialog
    from fieldcase.ui.sync_controls import SyncCall

# What the screens after the unlock screen import, most of the app (the main window, the case
# page, the sync stack with httpx): imported one module per turn of the event loop once the
# unlock screen is up, while the person types, so the screen comes up first and the unlock is
# not slowed by the imports (docs/performance.md, "Start to the unlock screen").
WARM_MODULES = (
    "fieldcase.services.profile",  # the unlock itself (``ui.profile_calls``): first
    "fieldcase.services.sync",
    "httpcore",  # httpx imports it (and h11) only when its first client is made: a sync
    "fieldcase.ui.case_list_model",
    "fieldcase.ui.case_list_view",
    "fieldcase.ui.case_sections",
    "fieldcase.ui.case_page.page",
    "fieldcase.ui.register.register_dialog",
    "fieldcase.ui.main_window",
)

WARM_UP_AFTER_MS = 100

DEMO_CASES = 300
EXIT_OK = 0
EXIT_FAILED = 1


class AppController(QObject):
    finished = Signal(int)  # the exit code; the app quits on it
    warmed = Signal()  # every module of WARM_MODULES is imported

    def __init__(self, runner: Runner, profile_dir: Path, *, demo: bool = False,
                 kdf: KdfParams | None = None, idle_timeout: timedelta = DEFAULT_IDLE_LOCK,
                 demo_cases: int = DEMO_CASES, sync_call: SyncCall | None = None,
                 sync_interval: timedelta | None = None,
                 fresh_process_on_lock: bool = False,
                 language_override: str | None = None,
                 trim: Callable[[], object] = give_back_freed_memory,
                 parent: QObject | None = None) -> None:
        """``sync_call`` and ``sync_interval``: the main window's, unless given.
        ``language_override``: ``--language``, which no kept choice overrides. ``trim``:
        gives the C heaps' free pages back once the window's first list is read
        (``malloc_arenas``)."""
        super().__init__(parent)
        self._trim = trim
        self._language_override = language_override
        self._fresh_process_on_lock = fresh_process_on_lock
        self._window_options: dict[str, Any] = {
            name: value for name, value in (("sync_call", sync_call),
                                            ("sync_interval", sync_interval))
            if value is not None}
        self._runner = runner
        self._profile_dir = profile_dir
        self._demo = demo
        self._kdf = kdf
        self._idle_timeout = idle_timeout
        self._demo_cases = demo_cases
        self.gate: UnlockDialog | SetupDialog | BusyDialog | None = None
        self.window: MainWindow | None = None
        self._retired: list[MainWindow] = []  # replaced by a rebuild, not yet deleted

    def start(self) -> None:
        if self._demo:
            self._start_demo()
        elif profile_exists(self._profile_dir):
            self._show_unlock()
        else:
            self._show_setup()

    def lock(self) -> None:
        """Close the session and go back to the unlock dialog: in a fresh process when
        ``fresh_process_on_lock`` (or end the demo)."""
        if self._fresh_process_on_lock and not self._demo:
            self._close_window()  # the session closes after what the window queued (drafts)
            self._runner.close_session(lambda _: self.finished.emit(RESTART_AT_UNLOCK))
            return
        self._runner.close_session()
        if self._demo:
            self._close_window()
            self.finished.emit(EXIT_OK)
            return
        self._show_unlock()
        self._close_window()

    def erased(self, error: OperationError) -> None:
        """The profile was crypto-erased by a genuine wipe: back to the first-run screen."""
        self._runner.close_session()
        if self._demo:
            self._close_window()
            self.finished.emit(EXIT_FAILED)
            return
        setup = self._show_setup()
        setup.flow.failed(error.message)
        setup._refresh()  # the dialog shows its flow's message
        self._close_window()

    def close_all(self) -> None:
        self._close_gate()
        self._close_window()

    # --- screens ---------------------------------------------------------------------------
    def _start_demo(self) -> None:
        busy = BusyDialog(self.tr("FieldCase — demo"),
                          self.tr("Preparing a demo with %Ln fictional case(s)…", None,
                                  self._demo_cases))
        self._show_gate(busy)
        from fieldcase.services.demo import open_demo_profile
        folder, kdf, count = self._profile_dir, self._kdf, self._demo_cases
        self._runner.open_session(lambda: open_demo_profile(folder, count=count, kdf=kdf),
                                  self._unlocked, self._demo_failed)

    def _demo_failed(self, error: OperationError) -> None:
        if isinstance(self.gate, BusyDialog):
            self.gate.show_failure(fill(self.tr("The demo could not be prepared. %1"),
                                        error.message))

    def _show_setup(self) -> SetupDialog:
        from fieldcase.ui.setup_dialog import SetupDialog, profile_creator
        setup = SetupDialog(self._runner, profile_creator(self._profile_dir, self._kdf))
        self._show_gate(setup)
        return setup

    def _show_unlock(self, *, follow_last: bool = True, user: str = "") -> None:
        if follow_last and self._language_override is None:
            self._install(language_setting.last_language(self._profile_dir))
        gate = UnlockDialog(self._runner, profile_unlocker(self._profile_dir, self._kdf),
                            recoverer=profile_recoverer(self._profile_dir, self._kdf))
        gate.user_box.setText(user)
        gate.language_chosen.connect(self._gate_language_chosen)
        self._show_gate(gate)

    def _gate_language_chosen(self, code: str) -> None:
        """The unlock screen again, in the language picked on it (the user name kept)."""
        gate = self.gate
        if isinstance(gate, UnlockDialog):
            user = gate.user_box.text()
            self._install(code)
            self._show_unlock(follow_last=False, user=user)
            if isinstance(self.gate, UnlockDialog):
                focus = self.gate.passphrase_box if user else self.gate.user_box
                focus.setFocus()

    def _show_gate(self, gate: UnlockDialog | SetupDialog | BusyDialog) -> None:
        self._close_gate()
        self.gate = gate
        if not isinstance(gate, BusyDialog):
            gate.unlocked.connect(self._unlocked)
        gate.rejected.connect(self._gate_rejected)
        gate.show()
        # after the screen's first paint: importing now would hold that paint back
        QTimer.singleShot(WARM_UP_AFTER_MS, self, lambda: self._warm_up(list(WARM_MODULES)))

    def _warm_up(self, modules: list[str]) -> None:
        """Import the next of ``modules`` (already imported ones cost nothing), then come back
        on the next turn of the event loop, so typing is never held for long; once all are
        in, says so (``warmed``: the start-up's objects may be frozen out of the collector's
        walks, ``GuiThreadCollector.freeze_long_lived``)."""
        if not modules:
            from fieldcase.ui.names import country_choices
            # CLDR's data for the interface language, read the first time a country is named
            # (35-40 ms): here, not in building the main window after the unlock.
            country_choices()
            self.warmed.emit()
            return
        importlib.import_module(modules.pop(0))
        QTimer.singleShot(0, self, lambda: self._warm_up(modules))

    def _unlocked(self, actor: Actor) -> None:
        def apply(code: str | None) -> None:
            self._install(code)
            self._open_window(actor)

        def unread(_error: OperationError) -> None:  # the window still opens
            self._open_window(actor)
        showing = current_language()
        if self._language_override is not None:
            self._runner.submit(
                lambda session: language_setting.remember_language_in_use(session, showing),
                lambda _: apply(None), unread)
            return
        self._runner.submit(
            lambda session: language_setting.language_at_unlock(session, showing),
            apply, unread)

    def _open_window(self, actor: Actor) -> MainWindow:
        from fieldcase.ui.main_window import MainWindow
        window = MainWindow(self._runner, actor, idle_timeout=self._idle_timeout,
                            demo=self._demo, **self._window_options)
        window.lock_requested.connect(self.lock)
        window.erased.connect(self.erased)
        window.closed.connect(self._window_closed)
        window.language_chosen.connect(self.choose_language)
        self.window = window
        window.show()
        self._close_gate()
        # Queued behind the window's first reads (the runner keeps order): what the unlock,
        # the store's opening and the first list freed goes back to the system, off the
        # GUI thread. Once per window, so also after a language change.
        trim = self._trim
        self._runner.submit(lambda _session: trim(), None, lambda _error: None)
        return window

    @staticmethod
    def _install(code: str | None) -> None:
        app = QCoreApplication.instance()
        if code and code != current_language() and app is not None:
            install_language(app, code)

    def choose_language(self, code: str) -> None:
        """Keep ``code`` as the signed-in person's language, then rebuild the main window in
        it once the old one's unsaved edits are kept."""
        window = self.window
        if window is None:
            return
        self._runner.submit(lambda session: language_setting.choose_language(session, code))
        window.retire(lambda: self._rebuild(window, code))

    def _rebuild(self, old: MainWindow, code: str) -> None:
        if self.window is not old:  # locked or closed meanwhile
            return
        case_id = old.open_case_id()
        self.window = None
        old.closed.disconnect(self._window_closed)
        self._install(code)
        window = self._open_window(old.actor)  # shown before the old one goes
        if case_id is not None:
            window.open_case(case_id)
        old.close()
        # Deleted once the calls it queued have answered (the runner keeps order): a list
        # page arriving for a deleted model would raise. A lock drops those answers instead.
        self._retired.append(old)
        self._runner.submit(lambda _session: None, lambda _: self._delete_retired(old),
                            lambda _error: self._delete_retired(old))

    def _delete_retired(self, window: MainWindow | None = None) -> None:
        for retired in [w for w in self._retired if window is None or w is window]:
            self._retired.remove(retired)
            retired.deleteLater()

    def _gate_rejected(self) -> None:
        failed = isinstance(self.gate, BusyDialog) and self.gate.failed
        self.finished.emit(EXIT_FAILED if failed else EXIT_OK)

    def _window_closed(self) -> None:
        if self.window is not None:  # closed by the user, not by a lock
            self.window = None
            self.finished.emit(EXIT_OK)

    def _close_gate(self) -> None:
        gate, self.gate = self.gate, None
        if gate is not None:
            gate.rejected.disconnect(self._gate_rejected)
            gate.hide()
            gate.deleteLater()

    def _close_window(self) -> None:
        self._delete_retired()  # after a lock or at the end: no answer will reach them
        window, self.window = self.window, None
        if window is not None:
            window.close()
            window.deleteLater()
