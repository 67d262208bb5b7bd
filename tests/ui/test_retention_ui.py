"""The retention dialog in the window: a supervisor's Case menu "Retention…" shows the
organisation's months in words and the closed cases past them (case number, closure day,
whether it goes or stays until synced; never a name), and "Remove from this laptop…" asks,
then removes them and says how many; keyboard reachable, every control named as it reads.

A real supervisor profile enrolled with the fake server (``tests/sync/fake_server.py``); the
store's clock is moved on past the retention.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
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
from fieldcase.ui.supervisor.retention_dialog import RetentionDialog

WAIT = 10_000
PASSPHRASE = "copper lantern orchard velvet"
CLOSED_AT = datetime(2026, 10, 1, 9, 0, tzinfo=UTC)
LATER = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)  # 50 days: past one month, inside the lease
NAME = "Qorvanexil"


class Clock:
    def __init__(self) -> None:
        self.moment = CLOSED_AT

    def __call__(self) -> datetime:
        return self.moment


def document(given: str) -> dict[str, Any]:
    return {"person": {"given_name": given, "family_name": "Tesfay", "sex": "female",
                       "age_estimate": 24, "nationality": "ERI", "languages": ["ti"]},
            "case": {"site": "LAMP-01", "stage": "transit", "assigned_to": "sara",
                     "opened_on": "2026-09-01"}}


@pytest.fixture
def laptop(tmp_path: Path, kdf: KdfParams) -> tuple[Path, Clock]:
    """A supervisor's laptop: two closed cases synced, one with a change not synced yet, and
    an organisation that keeps closed cases one month (a 60-day lease)."""
    clock = Clock()
    front = HttpFront(FakeServer(), now=clock)
    folder = tmp_path / "laptop"
    profile.create_profile(folder, user="sara", passphrase=PASSPHRASE, role="supervisor",
                           team="lamp", site="LAMP-01", kdf=kdf, now=clock)
    session = profile.unlock(folder, user="sara", passphrase=PASSPHRASE, kdf=kdf, now=clock)
    try:
        sync_service.enroll(session, "http://127.0.0.1:8765",
                            front.issue_code("ABCDE-12340", "user-sara"), front.transport())
        closed = []
        for given in (NAME, "Selamawit"):
            case_id = cases.create_case(session, document(given)).case_id
            cases.change_status(session, case_id, "request_closure")
            cases.change_status(session, case_id, "approve_closure")
            closed.append(case_id)
        sync_service.sync_now(session, front.transport(), sleep=lambda _s: None)
        cases.update_case(session, closed[1], {"person": {"family_name": "Kidane"}})
        with session.store.atomic():
            stored_policy.save(session.store, PublishedPolicy(OrgPolicy(
                max_offline_days=60, warn_days=3, retention_months_after_closure=1), 1,
                CLOSED_AT), CLOSED_AT)
    finally:
        session.close()
    clock.moment = LATER
    return folder, clock


@pytest.fixture
def window(qtbot: QtBot, runner: OperationRunner, laptop: tuple[Path, Clock], kdf: KdfParams
           ) -> Iterator[MainWindow]:
    folder, clock = laptop

    def opener() -> Session:
        return profile.unlock(folder, user="sara", passphrase=PASSPHRASE, kdf=kdf, now=clock)

    with qtbot.waitSignal(runner.session_opened, timeout=WAIT):
        runner.open_session(opener)
    assert runner.actor is not None
    shown = MainWindow(runner, runner.actor, sync_call=lambda _steps, _hooks: None)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT)
    yield shown
    shown.close()


def rows(dialog: RetentionDialog) -> list[list[str]]:
    table = dialog.table
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def test_a_supervisor_previews_and_removes_closed_cases(
        qtbot: QtBot, window: MainWindow, runner: OperationRunner) -> None:
    action = window.registry["retention"]
    assert action.isEnabled()
    asked: list[int] = []
    action.trigger()
    dialog = window.desk.retention_dialog
    assert dialog is not None
    dialog.confirm = lambda _parent, count: asked.append(count) is None
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=WAIT)
    shown = rows(dialog)
    assert [r[2] for r in shown] == ["Removed from this laptop", "Stays until synced"]
    assert all(r[1] == "01/10/2026" for r in shown), shown
    assert NAME not in str(shown) and NAME not in dialog.policy_label.text()
    assert dialog.policy_label.text() == (
        "Your organisation keeps closed cases on this laptop for 1 month after their "
        "closure. 1 case can be removed; 1 case kept until synced.")
    assert dialog.purge_button.isEnabled()
    dialog.table.selectRow(0)
    assert audit(qtbot, dialog) == []

    dialog.purge_button.click()
    qtbot.waitUntil(lambda: dialog.message_label.isVisible(), timeout=WAIT)
    assert asked == [1]
    assert dialog.message_label.text() == "1 closed case removed from this laptop."
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=WAIT)
    assert rows(dialog)[0][2] == "Stays until synced"
    assert dialog.policy_label.text().endswith("1 case kept until synced: sync first.")
    assert not dialog.purge_button.isEnabled()
    hits: list[object] = []
    runner.submit(lambda s: cases.search_cases(s, NAME), hits.append)
    qtbot.waitUntil(lambda: bool(hits), timeout=WAIT)
    assert hits == [[]]


def test_saying_no_removes_nothing(qtbot: QtBot, window: MainWindow) -> None:
    window.registry["retention"].trigger()
    dialog = window.desk.retention_dialog
    assert dialog is not None
    dialog.confirm = lambda _parent, _count: False
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=WAIT)
    dialog.purge_button.click()
    qtbot.wait(50)
    assert not dialog.message_label.isVisible() and dialog.table.rowCount() == 2
