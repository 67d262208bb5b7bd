"""Case > "Erase this person's record…" in the window: offered to a supervisor with a case
open, never to a worker; the dialog names the case number (never the name), refuses a blank
reason and a wrong passphrase beside their fields (erasing nothing), and with both right
erases the case and says so on the page; keyboard reachable, every control named as it reads.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from tests.ui.a11y_audit import audit

from fieldcase.services import cases, profile
from fieldcase.services.session import Session
from fieldcase.storage.keyslots import KdfParams
from fieldcase.ui.case_page.erase_dialog import EraseDialog
from fieldcase.ui.main_window import MainWindow
from fieldcase.ui.operations import OperationRunner

WAIT = 10_000
PASSPHRASE = "copper lantern orchard velvet"
NAME = "Qorvanexil"


def document() -> dict[str, Any]:
    return {"person": {"given_name": NAME, "family_name": "Tesfay", "sex": "female",
                       "age_estimate": 24, "nationality": "ERI", "languages": ["ti"]},
            "case": {"site": "LAMP-01", "stage": "transit", "assigned_to": "sara",
                     "opened_on": "2026-09-01"}}


@pytest.fixture(params=["supervisor"])
def role(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def laptop(tmp_path: Path, kdf: KdfParams, role: str) -> tuple[Path, str]:
    folder = tmp_path / "laptop"
    profile.create_profile(folder, user="sara", passphrase=PASSPHRASE, role=role,
                           team="lamp", site="LAMP-01", kdf=kdf)
    session = profile.unlock(folder, user="sara", passphrase=PASSPHRASE, kdf=kdf)
    try:
        case_id = cases.create_case(session, document()).case_id
    finally:
        session.close()
    return folder, case_id


@pytest.fixture
def window(qtbot: QtBot, runner: OperationRunner, laptop: tuple[Path, str], kdf: KdfParams
           ) -> Iterator[MainWindow]:
    folder, _ = laptop

    def opener() -> Session:
        return profile.unlock(folder, user="sara", passphrase=PASSPHRASE, kdf=kdf)

    with qtbot.waitSignal(runner.session_opened, timeout=WAIT):
        runner.open_session(opener)
    assert runner.actor is not None
    shown = MainWindow(runner, runner.actor, sync_call=lambda _steps, _hooks: None)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT)
    yield shown
    shown.close()


def open_case(qtbot: QtBot, window: MainWindow, case_id: str) -> None:
    window.detail.show_case(case_id)
    qtbot.waitUntil(lambda: window.detail.shown is not None
                    and window.action_state.case_open, timeout=WAIT)


def dialog_text(dialog: EraseDialog) -> str:
    from PySide6.QtWidgets import QLabel
    return " ".join(label.text() for label in dialog.findChildren(QLabel))


def test_a_supervisor_erases_the_open_case_after_reason_and_passphrase(
        qtbot: QtBot, window: MainWindow, runner: OperationRunner,
        laptop: tuple[Path, str]) -> None:
    _, case_id = laptop
    action = window.registry["eraseCase"]
    assert not action.isEnabled()  # no case open
    open_case(qtbot, window, case_id)
    assert action.isEnabled()
    action.trigger()
    dialog = window.detail.erase_dialog
    assert dialog is not None and dialog.isVisible()
    number = window.detail.shown.document["case"]["case_number"] \
        if window.detail.shown is not None else ""
    assert number and number in dialog_text(dialog)
    assert NAME not in dialog_text(dialog) and NAME not in dialog.windowTitle()
    assert dialog.focusWidget() is dialog.reason_box
    assert not dialog.erase_button.isDefault()  # Enter alone never erases
    assert audit(qtbot, dialog) == []

    dialog.erase_button.click()  # no reason, no passphrase
    qtbot.waitUntil(lambda: not dialog.busy and "reason" in dialog.binder.problem_paths(),
                    timeout=WAIT)
    assert dialog.binder.binding("reason").problem_label.text().endswith("Required.")
    assert dialog.isVisible()

    qtbot.keyClicks(dialog.reason_box, "the person asked, request DP-17")
    qtbot.keyClicks(dialog.passphrase_box, "not my passphrase")
    dialog.erase_button.click()
    assert dialog.passphrase_box.text() == ""  # emptied the moment an attempt starts
    qtbot.waitUntil(lambda: not dialog.busy
                    and "passphrase" in dialog.binder.problem_paths(), timeout=WAIT)
    assert dialog.binder.binding("passphrase").problem_label.text().endswith(
        "This is not your current passphrase.")
    assert window.detail.shown is not None  # nothing erased

    qtbot.keyClicks(dialog.passphrase_box, PASSPHRASE)
    dialog.erase_button.click()
    qtbot.waitUntil(lambda: window.detail.shown is None, timeout=WAIT)
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT)
    assert window.detail.empty_label.text() == (
        f"Case {number} was erased from this laptop. The next sync erases it on the server "
        "and every other laptop.")
    assert not action.isEnabled()
    hits: list[object] = []
    runner.submit(lambda s: cases.search_cases(s, NAME), hits.append)
    qtbot.waitUntil(lambda: bool(hits), timeout=WAIT)
    assert hits == [[]]


def test_cancel_erases_nothing(qtbot: QtBot, window: MainWindow,
                               laptop: tuple[Path, str]) -> None:
    _, case_id = laptop
    open_case(qtbot, window, case_id)
    window.registry["eraseCase"].trigger()
    dialog = window.detail.erase_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.reason_box, "asked")
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: window.detail.erase_dialog is None, timeout=WAIT)
    assert window.detail.shown is not None


@pytest.mark.parametrize("role", ["worker"])
def test_a_worker_is_not_offered_the_erasure(qtbot: QtBot, window: MainWindow,
                                             laptop: tuple[Path, str]) -> None:
    _, case_id = laptop
    open_case(qtbot, window, case_id)
    assert not window.registry["eraseCase"].isEnabled()
