"""The emergency actions in the window, over a real enrolled profile (fake server):
File > Prepare for travel… lists what is unsynced (audit events the server lacks included)
and erases nothing, then once synced erases the cases and locks; File > Duress and quick
wipe… sets a duress passphrase (which, typed at the unlock screen, erases the laptop: no byte
names the person afterwards) and switches the quick wipe on, after which File > Quick wipe…
erases at once after one confirmation. Every control is reachable by Tab and named as it
reads."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from tests.security.test_no_plaintext import hits_in
from tests.sync.fake_server import FakeServer, HttpFront
from tests.ui.a11y_audit import audit

from fieldcase.domain.org_policy import OrgPolicy, PublishedPolicy
from fieldcase.services import cases, profile
from fieldcase.services import sync as sync_service
from fieldcase.services.session import Session
from fieldcase.storage import org_policy as stored_policy
from fieldcase.storage.keyslots import KdfParams
from fieldcase.ui.main_window import MainWindow
from fieldcase.ui.operations import OperationRunner
from fieldcase.ui.unlock_dialog import UnlockDialog, profile_unlocker

WAIT = 10_000
PASSPHRASE = "copper lantern orchard velvet"
DURESS = "purple giraffe under the bridge"
NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
NAME = "Qzxcanaryvelt"


def clock() -> datetime:
    return NOW


@dataclass
class Laptop:
    folder: Path
    front: HttpFront
    case_id: str


@pytest.fixture
def laptop(tmp_path: Path, kdf: KdfParams) -> Laptop:
    """A worker's enrolled laptop with one case whose latest change is not synced yet."""
    front = HttpFront(FakeServer(), now=clock)
    folder = tmp_path / "laptop"
    profile.create_profile(folder, user="amina", passphrase=PASSPHRASE, role="worker",
                           team="lamp", site="LAMP-01", kdf=kdf, now=clock)
    session = profile.unlock(folder, user="amina", passphrase=PASSPHRASE, kdf=kdf, now=clock)
    try:
        sync_service.enroll(session, "http://127.0.0.1:8765",
                            front.issue_code("ABCDE-12340", "user-amina"), front.transport())
        case_id = cases.create_case(session, {
            "person": {"given_name": NAME, "family_name": "Tesfay", "sex": "female",
                       "age_estimate": 24, "nationality": "ERI", "languages": ["ti"]},
            "case": {"site": "LAMP-01", "stage": "transit", "assigned_to": "amina",
                     "opened_on": "2026-09-01"}}).case_id
    finally:
        session.close()
    return Laptop(folder, front, case_id)


@pytest.fixture
def window(qtbot: QtBot, runner: OperationRunner, laptop: Laptop, kdf: KdfParams
           ) -> Iterator[MainWindow]:
    def opener() -> Session:
        return profile.unlock(laptop.folder, user="amina", passphrase=PASSPHRASE, kdf=kdf,
                              now=clock)

    with qtbot.waitSignal(runner.session_opened, timeout=WAIT):
        runner.open_session(opener)
    assert runner.actor is not None
    shown = MainWindow(runner, runner.actor, sync_call=lambda _steps, _hooks: None)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT)
    yield shown
    shown.close()


def run(qtbot: QtBot, runner: OperationRunner, call: Any) -> Any:
    found: list[Any] = []
    runner.mutate(call, found.append)
    qtbot.waitUntil(lambda: bool(found), timeout=WAIT)
    return found[0]


def test_travel_lists_what_is_unsynced_then_erases_and_locks(
        qtbot: QtBot, window: MainWindow, runner: OperationRunner, laptop: Laptop) -> None:
    action = window.registry["travel"]
    qtbot.waitUntil(action.isEnabled, timeout=WAIT)  # enrolled
    action.trigger()
    dialog = window.emergency.travel_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: "…" not in dialog.status_label.text(), timeout=WAIT)
    assert dialog.status_label.text().startswith("Not everything is synced yet:\n• ")
    assert "change" in dialog.status_label.text() and NAME not in dialog.status_label.text()
    assert "audit events not sent" in dialog.status_label.text()
    assert not dialog.erase_button.isEnabled()
    assert audit(qtbot, dialog) == []
    dialog.reject()

    def sync(session: Session) -> object:
        return sync_service.sync_now(session, laptop.front.transport(), sleep=lambda _s: None)

    run(qtbot, runner, sync)
    run(qtbot, runner, lambda s: cases.show_case(s, laptop.case_id))  # a view to send
    action.trigger()
    dialog = window.emergency.travel_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: "…" not in dialog.status_label.text(), timeout=WAIT)
    assert dialog.status_label.text().splitlines()[1:-1] == ["• 2 audit events not sent"]
    assert not dialog.erase_button.isEnabled()
    dialog.reject()

    run(qtbot, runner, sync)
    action.trigger()
    dialog = window.emergency.travel_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.erase_button.isEnabled, timeout=WAIT)
    assert dialog.status_label.text() == (
        "Everything is synced. 1 case on this laptop will be erased. FieldCase locks when "
        "it is done.")
    with qtbot.waitSignal(window.lock_requested, timeout=WAIT):
        dialog.erase_button.click()
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT)
    assert hits_in(laptop.folder) == []
    assert profile.profile_exists(laptop.folder)


def test_a_duress_passphrase_set_in_the_app_erases_at_unlock(
        qtbot: QtBot, window: MainWindow, runner: OperationRunner, laptop: Laptop,
        kdf: KdfParams) -> None:
    window.registry["protections"].trigger()
    dialog = window.emergency.protections_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.state is not None, timeout=WAIT)
    assert dialog.duress_state.text().startswith("You decide whether to have one.")
    assert not dialog.remove_button.isEnabled()
    assert audit(qtbot, dialog) == []
    dialog.current_box.setText(PASSPHRASE)
    dialog.duress_box.setText(DURESS)
    dialog.repeat_box.setText(DURESS + "x")
    dialog.set_button.click()
    assert dialog.binder.problem_paths() == ["duress_repeat"]
    dialog.current_box.setText(PASSPHRASE)
    dialog.repeat_box.setText(DURESS)
    dialog.set_button.click()
    qtbot.waitUntil(lambda: dialog.state is not None and dialog.state.duress_set,
                    timeout=WAIT)
    assert dialog.remove_button.isEnabled() and dialog.duress_box.text() == ""
    window.close()
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT)
    runner.close_session()
    qtbot.waitUntil(lambda: runner.actor is None and not runner.busy, timeout=WAIT)
    unlock = UnlockDialog(runner, profile_unlocker(laptop.folder, kdf))
    qtbot.addWidget(unlock)
    unlock.show()
    for passphrase in ("not the passphrase at all", DURESS):
        unlock.user_box.setText("amina")
        unlock.passphrase_box.setText(passphrase)
        unlock.submit()
        qtbot.waitUntil(lambda: unlock.message_label.isVisible() and not runner.busy,
                        timeout=WAIT)
        said = unlock.message_label.text()
        unlock.flow.message = ""
        unlock.message_label.hide()
        assert said == "Wrong user name or passphrase.", said  # the two look the same
    assert not profile.profile_exists(laptop.folder)
    assert hits_in(laptop.folder) == []


def test_quick_wipe_is_offered_once_switched_on_and_erases_after_one_confirmation(
        qtbot: QtBot, window: MainWindow, runner: OperationRunner, laptop: Laptop) -> None:
    wipe = window.registry["quickWipe"]
    assert not wipe.isEnabled()
    window.registry["protections"].trigger()
    dialog = window.emergency.protections_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.wipe_box.isEnabled(), timeout=WAIT)
    dialog.wipe_box.setChecked(True)
    qtbot.waitUntil(wipe.isEnabled, timeout=WAIT)
    dialog.accept()
    wipe.trigger()
    confirm = window.emergency.confirm
    assert confirm is not None and confirm.defaultButton().text() == "Cancel"
    with qtbot.waitSignal(window.erased, timeout=WAIT):
        confirm.findChild(type(confirm.defaultButton()), "quickWipeNow").click()
    assert not profile.profile_exists(laptop.folder)
    assert hits_in(laptop.folder) == []


def test_a_required_duress_passphrase_not_set_opens_its_dialog_once(
        qtbot: QtBot, window: MainWindow, runner: OperationRunner) -> None:
    assert window.emergency.protections_dialog is None  # nothing required: no dialog

    def require(session: Session) -> None:
        with session.store.atomic():
            stored_policy.save(session.store, PublishedPolicy(OrgPolicy(duress="on"), 2, NOW),
                               NOW)
    run(qtbot, runner, require)
    window.emergency.read_state()
    qtbot.waitUntil(lambda: window.emergency.protections_dialog is not None, timeout=WAIT)
    dialog = window.emergency.protections_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.state is not None, timeout=WAIT)
    assert dialog.duress_state.text().startswith(
        "Your organisation requires a duress passphrase. You have none yet.")
    dialog.accept()
    window.emergency.read_state()
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT)
    assert window.emergency.protections_dialog is dialog  # once a session, not again
