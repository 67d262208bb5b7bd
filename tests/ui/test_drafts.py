"""Nothing typed is lost: a form's unsaved edits survive a lock (by hand or idle), a crash, a
window close and a case switch, kept as a draft in the encrypted store and offered again.

The keeper must not depend on which form it keeps, so these tests drive a tiny real form
(``NoteForm``: one line edit) that satisfies ``DraftForm``; the case page and the registration
dialog satisfy the same protocol.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from fieldcase.services import drafts, profile
from fieldcase.services.drafts import Draft, case_key
from fieldcase.services.session import Session
from fieldcase.storage.keyslots import KdfParams
from fieldcase.ui.controller import AppController
from fieldcase.ui.drafts import DraftBar, DraftForm, DraftKeeper, age_words
from fieldcase.ui.main_window import MainWindow
from fieldcase.ui.operations import OperationRunner
from fieldcase.ui.unlock_dialog import UnlockDialog

from .conftest import PASSPHRASE, USER

WAIT = 10_000
TYPED = "Met at the bus station; needs a clinic"


class NoteForm(QWidget):
    """The smallest real form: a draft bar above one line edit."""

    def __init__(self, key: str = "register", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.saved_text = ""
        self.bar = self.draft_bar = DraftBar(self)
        self.box = QLineEdit(self)
        self.box.setAccessibleName("Note")
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.box)

    def draft_key(self) -> str:
        return self.key

    def draft(self) -> dict[str, Any]:
        return {"note": self.box.text()} if self.has_unsaved() else {}

    def restore_draft(self, state: dict[str, Any]) -> None:
        self.box.setText(str(state.get("note", "")))

    def has_unsaved(self) -> bool:
        return self.box.text() != self.saved_text


def stored_draft(profile_dir: Path, kdf: KdfParams, key: str = "register") -> Draft | None:
    """What the store holds, read through a session of its own (as a restarted app would)."""
    session = profile.unlock(profile_dir, user=USER, passphrase=PASSPHRASE, kdf=kdf)
    try:
        return drafts.load_draft(session, key)
    finally:
        session.close()


def open_form(qtbot: QtBot, keeper: DraftKeeper, key: str = "register") -> NoteForm:
    form = NoteForm(key)
    qtbot.addWidget(form)
    form.show()
    keeper.register(form)
    return form


def offered(qtbot: QtBot, keeper: DraftKeeper, form: NoteForm) -> NoteForm:
    keeper.offer(form, form.bar)
    qtbot.waitUntil(form.bar.isVisible, timeout=WAIT)
    return form


@pytest.fixture
def make_controller(runner: OperationRunner, kdf: KdfParams
                    ) -> Iterator[Callable[..., AppController]]:
    made: list[AppController] = []

    def make(profile_dir: Path, **options: Any) -> AppController:
        controller = AppController(runner, profile_dir, kdf=kdf, **options)
        made.append(controller)
        return controller

    yield make
    for controller in made:
        controller.close_all()


def unlock(qtbot: QtBot, controller: AppController, runner: OperationRunner) -> MainWindow:
    """The window this unlock opens: after a lock the controller may still hold the old one
    for a moment, so wait for another."""
    before = controller.window
    dialog = controller.gate
    assert isinstance(dialog, UnlockDialog)
    dialog.user_box.setText(USER)
    dialog.passphrase_box.setText(PASSPHRASE)
    dialog.submit()
    qtbot.waitUntil(lambda: controller.window not in (None, before), timeout=WAIT)
    assert controller.window is not None
    return controller.window


@pytest.fixture
def session_window(qtbot: QtBot, runner: OperationRunner, opener: Callable[[], Session]
                   ) -> Callable[..., MainWindow]:
    """A main window over a freshly opened session (several per test: a restart)."""
    def make(**options: Any) -> MainWindow:
        with qtbot.waitSignal(runner.session_opened, timeout=WAIT):
            runner.open_session(opener)
        assert runner.actor is not None
        window = MainWindow(runner, runner.actor, **options)
        qtbot.addWidget(window)
        window.lock_requested.connect(runner.close_session)
        window.show()
        qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT)
        return window
    return make


def case_id_at(qtbot: QtBot, window: MainWindow, position: int) -> str:
    window.model.index(position, 0).data()  # asks for the row's window to be read
    qtbot.waitUntil(lambda: window.model.row_at(position) is not None, timeout=WAIT)
    found = window.model.row_at(position)
    assert found is not None
    return found.case_id


def test_the_test_form_is_a_draft_form() -> None:
    assert isinstance(NoteForm.__new__(NoteForm), DraftForm)


def test_a_draft_survives_a_manual_lock_and_is_offered_after_unlock(
        qtbot: QtBot, make_controller, runner: OperationRunner, profile_dir: Path) -> None:
    controller = make_controller(profile_dir)
    controller.start()
    window = unlock(qtbot, controller, runner)
    form = open_form(qtbot, window.drafts)
    qtbot.keyClicks(form.box, TYPED)
    with qtbot.waitSignal(runner.session_closed, timeout=WAIT):
        window.registry["lock"].trigger()
    assert isinstance(controller.gate, UnlockDialog)
    form.close()

    window = unlock(qtbot, controller, runner)
    again = open_form(qtbot, window.drafts)
    window.drafts.offer(again)  # the form's own draft_bar
    qtbot.waitUntil(again.bar.isVisible, timeout=WAIT)
    assert again.bar.label.text() == "You have unsaved changes from just now."
    assert again.box.text() == ""  # nothing is put back until the person asks
    qtbot.mouseClick(again.bar.action_button, Qt.MouseButton.LeftButton)
    assert again.box.text() == TYPED
    assert not again.bar.isVisible()


def test_a_draft_survives_an_idle_lock(qtbot: QtBot, make_controller, runner: OperationRunner,
                                       profile_dir: Path, kdf: KdfParams) -> None:
    controller = make_controller(profile_dir, idle_timeout=timedelta(milliseconds=600))
    controller.start()
    window = unlock(qtbot, controller, runner)
    form = open_form(qtbot, window.drafts)
    qtbot.keyClicks(form.box, TYPED)  # input: the idle countdown starts again from here
    qtbot.waitUntil(lambda: isinstance(controller.gate, UnlockDialog) and runner.actor is None,
                    timeout=WAIT)
    form.close()
    kept = stored_draft(profile_dir, kdf)
    assert kept is not None and kept.state == {"note": TYPED}


def test_a_crash_loses_nothing_the_autosave_kept(
        qtbot: QtBot, session_window, runner: OperationRunner) -> None:
    window = session_window(autosave_interval=timedelta(milliseconds=50))
    form = open_form(qtbot, window.drafts)
    with qtbot.waitSignal(window.drafts.kept, timeout=WAIT) as kept:
        form.box.setText(TYPED)
    assert kept.args == ["register"]
    # The crash: the session ends without the window's lock (no keeper, no close event).
    with qtbot.waitSignal(runner.session_closed, timeout=WAIT):
        runner.close_session()
    window.drafts.stop()

    restarted = session_window()
    again = offered(qtbot, restarted.drafts, open_form(qtbot, restarted.drafts))
    qtbot.mouseClick(again.bar.action_button, Qt.MouseButton.LeftButton)
    assert again.box.text() == TYPED


def test_the_autosave_keeps_only_what_changed(
        qtbot: QtBot, session_window, runner: OperationRunner) -> None:
    window = session_window(autosave_interval=timedelta(milliseconds=20))
    form = open_form(qtbot, window.drafts)
    with qtbot.waitSignal(window.drafts.kept, timeout=WAIT):
        form.box.setText("first")
    assert window.drafts.unkept() == []  # the next ticks send nothing
    form.box.setText("second")
    assert window.drafts.unkept() == [form]
    with qtbot.waitSignal(window.drafts.kept, timeout=WAIT):
        pass
    assert window.drafts.unkept() == []


def test_edits_undone_after_they_were_kept_leave_no_draft(
        qtbot: QtBot, session_window, runner: OperationRunner, profile_dir: Path,
        kdf: KdfParams) -> None:
    window = session_window()
    form = open_form(qtbot, window.drafts)
    form.box.setText(TYPED)
    with qtbot.waitSignal(window.drafts.kept, timeout=WAIT):
        window.drafts.keep(form)
    form.box.clear()  # the person took it back
    assert window.drafts.unkept() == [form]
    with qtbot.waitSignal(runner.session_closed, timeout=WAIT):
        window.request_lock()
    assert stored_draft(profile_dir, kdf) is None


def test_closing_the_window_keeps_the_draft(
        qtbot: QtBot, session_window, runner: OperationRunner, profile_dir: Path,
        kdf: KdfParams) -> None:
    window = session_window()  # the 10 s autosave never runs in this test
    form = open_form(qtbot, window.drafts)
    form.box.setText(TYPED)
    window.closed.connect(runner.shutdown)  # as the app does: it skips queued work
    held = threading.Event()  # the worker is busy when the person closes the window
    runner.submit(lambda _session: held.wait(5))
    with qtbot.waitSignal(window.closed, timeout=WAIT):
        window.close()
        held.set()
    assert not window.isVisible()
    kept = stored_draft(profile_dir, kdf)
    assert kept is not None and kept.state == {"note": TYPED}


def test_closing_asks_when_the_draft_cannot_be_kept(
        qtbot: QtBot, session_window, runner: OperationRunner,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = session_window()
    form = open_form(qtbot, window.drafts, key="not a key")  # the service refuses it
    form.box.setText(TYPED)
    answers: list[bool] = [False, True]
    asked: list[str] = []

    def answer(_self: MainWindow, error: object) -> bool:
        asked.append(getattr(error, "kind", ""))
        return answers.pop(0)

    monkeypatch.setattr(MainWindow, "_close_without_drafts", answer)
    window.close()
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=WAIT)
    assert window.isVisible()  # "Stay"
    with qtbot.waitSignal(window.closed, timeout=WAIT):
        window.close()
    assert asked == ["validation", "validation"]


def test_switching_case_keeps_the_case_left_and_offers_it_on_return(
        qtbot: QtBot, session_window, runner: OperationRunner) -> None:
    window = session_window()
    qtbot.waitUntil(lambda: window.model.rowCount() > 1, timeout=WAIT)
    first, second = (case_id_at(qtbot, window, r) for r in (0, 1))
    form = open_form(qtbot, window.drafts, key=case_key(first))
    form.box.setText(TYPED)
    with qtbot.waitSignal(window.drafts.kept, timeout=WAIT):
        window.drafts.keep(form)  # what the page does before it shows another case
    form.key, form.saved_text = case_key(second), ""
    form.box.clear()
    window.drafts.offer(form, form.bar)
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT)
    assert not form.bar.isVisible()  # the second case has no draft
    form.key = case_key(first)
    offered(qtbot, window.drafts, form)
    qtbot.mouseClick(form.bar.action_button, Qt.MouseButton.LeftButton)
    assert form.box.text() == TYPED


def test_discard_deletes_the_draft_and_a_save_drops_it(
        qtbot: QtBot, session_window, runner: OperationRunner, profile_dir: Path,
        kdf: KdfParams) -> None:
    window = session_window()
    form = open_form(qtbot, window.drafts)
    form.box.setText(TYPED)
    with qtbot.waitSignal(window.drafts.kept, timeout=WAIT):
        window.drafts.keep(form)
    form.box.clear()
    offered(qtbot, window.drafts, form)
    qtbot.mouseClick(form.bar.discard_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT)
    assert not form.bar.isVisible() and form.box.text() == ""
    assert stored_draft(profile_dir, kdf) is None

    form.box.setText("typed again")
    with qtbot.waitSignal(window.drafts.kept, timeout=WAIT):
        window.drafts.keep(form)
    form.saved_text = form.box.text()  # the form saved its edits for real
    window.drafts.form_saved(form)
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT)
    assert stored_draft(profile_dir, kdf) is None


def test_the_offer_is_reached_with_the_keyboard_and_named(qtbot: QtBot) -> None:
    bar = DraftBar()
    qtbot.addWidget(bar)
    bar.offer(Draft("register", {}, datetime(2026, 12, 7, 9, 0, tzinfo=UTC)),
              datetime(2026, 12, 7, 9, 10, tzinfo=UTC))
    assert bar.label.text() == "You have unsaved changes from 10 minutes ago."
    for button, name in ((bar.action_button, "Restore"), (bar.discard_button, "Discard")):
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert button.accessibleName() == button.text() == name


def test_the_age_of_a_draft_in_words() -> None:
    now = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)
    assert age_words(now - timedelta(seconds=20), now) == "just now"
    assert age_words(now - timedelta(minutes=1), now) == "1 minute ago"
    assert age_words(now - timedelta(minutes=42), now) == "42 minutes ago"
    three_hours = age_words(now - timedelta(hours=3), now)
    assert three_hours == "3 hours ago" or three_hours.startswith("yesterday at ")
    assert age_words(now - timedelta(days=5), now).startswith("on ")


def test_the_case_page_keeps_its_edits_through_a_lock_and_saves_them_as_first_seen(
        qtbot: QtBot, make_controller, runner: OperationRunner, profile_dir: Path) -> None:
    """The real page, not the test form: an edit of the family name survives a lock, is
    offered when the case opens again, and once restored is saved with the view it began
    on (the draft carries ``seen``)."""
    from fieldcase.services import cases
    from fieldcase.ui.case_page.person import PersonSection

    controller = make_controller(profile_dir)
    controller.start()
    window = unlock(qtbot, controller, runner)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=WAIT)
    case_id = case_id_at(qtbot, window, 0)
    window.open_case(case_id)
    qtbot.waitUntil(lambda: window.detail.shown is not None, timeout=WAIT)
    person = window.detail.section(PersonSection)
    person.family.selectAll()
    qtbot.keyClicks(person.family, "Draftkeptname")
    seen = window.detail.draft()["seen"]
    with qtbot.waitSignal(runner.session_closed, timeout=WAIT):
        window.registry["lock"].trigger()

    window = unlock(qtbot, controller, runner)
    # as a person does: the case is opened from the list once the list is shown
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=WAIT)
    window.open_case(case_id)
    page = window.detail
    qtbot.waitUntil(page.draft_bar.isVisible, timeout=WAIT)
    assert page.section(PersonSection).family.text() != "Draftkeptname"  # not until asked
    qtbot.mouseClick(page.draft_bar.action_button, Qt.MouseButton.LeftButton)
    assert page.section(PersonSection).family.text() == "Draftkeptname"
    assert page.draft()["seen"] == seen
    page.save()
    qtbot.waitUntil(lambda: "Saved." in page.message_text(), timeout=WAIT)
    found: list[Any] = []
    runner.submit(lambda session: (cases.show_case(session, case_id).document,
                                   drafts.load_draft(session, case_key(case_id))), found.append)
    qtbot.waitUntil(lambda: bool(found), timeout=WAIT)
    document, left = found[0]
    assert document["person"]["family_name"] == "Draftkeptname"
    assert left is None  # a save drops the draft


def test_a_registration_interrupted_by_a_lock_is_offered_again(
        qtbot: QtBot, make_controller, runner: OperationRunner, profile_dir: Path) -> None:
    controller = make_controller(profile_dir)
    controller.start()
    window = unlock(qtbot, controller, runner)
    qtbot.waitUntil(lambda: window.working_allowed, timeout=WAIT)
    window.new_person()
    dialog = window.register_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.given_box, "Interruptedname")
    with qtbot.waitSignal(runner.session_closed, timeout=WAIT):
        window.registry["lock"].trigger()

    window = unlock(qtbot, controller, runner)
    qtbot.waitUntil(lambda: window.working_allowed, timeout=WAIT)
    window.new_person()
    dialog = window.register_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.draft_bar.isVisible, timeout=WAIT)
    assert dialog.given_box.text() == ""  # nothing is put back until the person asks
    qtbot.mouseClick(dialog.draft_bar.action_button, Qt.MouseButton.LeftButton)
    assert dialog.given_box.text() == "Interruptedname"
    dialog.discard()
