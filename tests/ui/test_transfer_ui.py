"""Transfers and escalation in the supervisor's app (issue 11): the queue's "Transfers to
accept" group with Accept and Decline (a reason required, shown beside its box), "Transfer to
another site…" and "Escalate…" from the open case, a refusal placed beside its field.

The profile's supervisor works at LAMP-01. A transfer waiting *for* them is made as the
receiving supervisor's laptop holds one: a case at another site (PORT-01) proposed to LAMP-01.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from fieldcase import bundled
from fieldcase.services import cases, transfers
from fieldcase.services.review_queue import QueueGroup
from fieldcase.services.session import Session
from fieldcase.ui.case_page.overview_html import overview_html
from fieldcase.ui.forms.binder import WARNING_SIGN
from fieldcase.ui.main_window import MainWindow
from fieldcase.ui.operations import OperationRunner
from fieldcase.ui.supervisor.queue import QueueDialog
from fieldcase.ui.supervisor.transfer_dialogs import (
    DECLINE_REASON,
    ESCALATION_REASON,
    TO_SITE,
    ReasonDialog,
    TransferDialog,
)

from .case_page_helpers import call, case_document, stored
from .test_supervisor import go_to, open_queue, row_of

WAIT = 20_000


@pytest.fixture
def window(qtbot: QtBot, runner: OperationRunner, opener: Callable[[], Session]
           ) -> Iterator[MainWindow]:
    with qtbot.waitSignal(runner.session_opened, timeout=WAIT):
        runner.open_session(opener)
    assert runner.actor is not None
    shown = MainWindow(runner, runner.actor)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(lambda: shown.sync.status is not None and not runner.busy, timeout=WAIT)
    yield shown
    shown.close()


def incoming(qtbot: QtBot, runner: OperationRunner) -> str:
    """A case at PORT-01 whose transfer waits for this supervisor's site (LAMP-01)."""
    def make(session: Session) -> str:
        document = case_document(session.today())
        document["case"] = {**document["case"], "site": "PORT-01", "assigned_to": None}
        case_id = cases.create_case(session, document).case_id
        transfers.propose_transfer(session, case_id, "LAMP-01", "the family is here")
        return case_id
    return str(call(qtbot, runner, make, mutation=True))


def button(dialog: QueueDialog, name: str) -> QPushButton:
    return dialog.action_buttons[f"{name}Action"]


def step_dialog(qtbot: QtBot, window: MainWindow) -> TransferDialog | ReasonDialog:
    qtbot.waitUntil(lambda: window.desk.step_dialog is not None
                    and window.desk.step_dialog.isVisible(), timeout=WAIT)
    dialog = window.desk.step_dialog
    assert dialog is not None
    return dialog


def test_a_transfer_to_accept_is_its_own_group_and_accept_moves_the_case_here(
        qtbot: QtBot, window: MainWindow, runner: OperationRunner) -> None:
    case_id = incoming(qtbot, runner)
    dialog = open_queue(qtbot, window, runner)
    assert dialog.view.queue is not None
    assert dialog.view.queue.keys(QueueGroup.TRANSFERS) == (case_id,)
    assert dialog.view.model.item(list(QueueGroup).index(QueueGroup.TRANSFERS), 0).text() \
        == "Transfers to accept (1)"
    go_to(qtbot, dialog, row_of(dialog, QueueGroup.TRANSFERS, case_id))
    accept = button(dialog, "acceptTransfer")
    assert accept.accessibleName() == accept.text() == "Accept transfer"
    accept.click()
    qtbot.waitUntil(lambda: stored(qtbot, runner, case_id)["case"]["site"] == "LAMP-01",
                    timeout=WAIT)
    assert "transfer" not in stored(qtbot, runner, case_id)["case"]
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Done: Transfer accepted"),
                    timeout=WAIT)
    qtbot.waitUntil(lambda: not runner.busy and dialog.view.queue is not None
                    and dialog.view.queue.keys(QueueGroup.TRANSFERS) == (), timeout=WAIT)


def test_decline_asks_why_beside_the_box_and_leaves_the_case_where_it_was(
        qtbot: QtBot, window: MainWindow, runner: OperationRunner) -> None:
    case_id = incoming(qtbot, runner)
    dialog = open_queue(qtbot, window, runner)
    go_to(qtbot, dialog, row_of(dialog, QueueGroup.TRANSFERS, case_id))
    button(dialog, "declineTransfer").click()
    asking = step_dialog(qtbot, window)
    assert isinstance(asking, ReasonDialog)
    qtbot.waitUntil(asking.reason.hasFocus, timeout=WAIT)
    assert asking.reason.accessibleName() == "Why do you decline it?"
    qtbot.keyClick(asking.reason, Qt.Key.Key_Tab)  # to the Decline button
    assert asking.confirm_button.hasFocus()
    qtbot.keyClick(asking.confirm_button, Qt.Key.Key_Space)
    problem = asking.binder.binding(DECLINE_REASON).problem_label
    assert problem.text() == f"{WARNING_SIGN} Required." and asking.isVisible()
    assert asking.reason.hasFocus()
    assert "transfer" in stored(qtbot, runner, case_id)["case"]  # nothing sent
    qtbot.keyClicks(asking.reason, "No interpreter this month.")
    qtbot.keyClick(asking.reason, Qt.Key.Key_Tab)
    qtbot.keyClick(asking.confirm_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not asking.isVisible(), timeout=WAIT)
    case = stored(qtbot, runner, case_id)["case"]
    assert case["site"] == "PORT-01" and "transfer" not in case
    assert case["transfer_declined"]["reason"] == "No interpreter this month."


def test_transfer_from_the_open_case_shows_a_refusal_beside_the_site(
        qtbot: QtBot, window: MainWindow, runner: OperationRunner) -> None:
    case_id = str(call(qtbot, runner, lambda s: cases.create_case(
        s, case_document(s.today())).case_id, mutation=True))
    window.open_case(case_id)
    qtbot.waitUntil(lambda: window.detail.shown is not None and not runner.busy, timeout=WAIT)
    window.registry["proposeTransfer"].trigger()
    asking = step_dialog(qtbot, window)
    assert isinstance(asking, TransferDialog)
    qtbot.waitUntil(asking.site.hasFocus, timeout=WAIT)
    assert asking.site.accessibleName() == "Site code"
    qtbot.keyClicks(asking.site, "lamp-01")  # where it already is
    asking.confirm_button.click()
    problem = asking.binder.binding(TO_SITE).problem_label
    qtbot.waitUntil(lambda: problem.text() == f"{WARNING_SIGN} The case is already at this "
                                              "site.", timeout=WAIT)
    assert asking.isVisible() and asking.site.hasFocus()
    asking.site.setText("PORT-01")
    qtbot.keyClick(asking.site, Qt.Key.Key_Tab)
    qtbot.keyClicks(asking.reason, "Family at the port.")
    asking.confirm_button.click()
    qtbot.waitUntil(lambda: not asking.isVisible(), timeout=WAIT)
    case = stored(qtbot, runner, case_id)["case"]
    assert case["site"] == "LAMP-01"  # until PORT-01 accepts
    assert case["transfer"]["to_site"] == "PORT-01"
    assert case["transfer"]["reason"] == "Family at the port."


def test_escalate_from_the_open_case_then_clear_it_from_the_queue(
        qtbot: QtBot, window: MainWindow, runner: OperationRunner) -> None:
    case_id = str(call(qtbot, runner, lambda s: cases.create_case(
        s, case_document(s.today())).case_id, mutation=True))
    window.open_case(case_id)
    qtbot.waitUntil(lambda: window.detail.shown is not None and not runner.busy, timeout=WAIT)
    window.registry["escalate"].trigger()
    asking = step_dialog(qtbot, window)
    asking.confirm_button.click()
    assert asking.binder.binding(ESCALATION_REASON).problem_label.text() \
        == f"{WARNING_SIGN} Required."
    qtbot.keyClicks(asking.reason, "The recruiter came to the shelter.")
    asking.confirm_button.click()
    qtbot.waitUntil(lambda: not asking.isVisible(), timeout=WAIT)
    assert stored(qtbot, runner, case_id)["case"]["escalation"]["reason"] \
        == "The recruiter came to the shelter."
    window.show_queue()
    dialog = window.desk.queue_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.view.queue is not None and not runner.busy, timeout=WAIT)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT)
    go_to(qtbot, dialog, row_of(dialog, QueueGroup.ESCALATED, case_id))
    button(dialog, "clearEscalation").click()
    qtbot.waitUntil(lambda: "escalation" not in stored(qtbot, runner, case_id)["case"],
                    timeout=WAIT)


def test_the_overview_says_a_waiting_or_declined_transfer_and_an_escalation_escaped() -> None:
    """The sending team reads the decline's reason on the case (the history holds only this
    laptop's own events)."""
    html = overview_html({"person": {"given_name": "Amina"}, "case": {
        "site": "LAMP-01", "transfer": {"to_site": "PORT-01", "proposed_by": "selam",
                                        "proposed_at": "2026-11-30T09:00:00Z",
                                        "reason": "<b>family</b>"},
        "transfer_declined": {"to_site": "OASIS-02", "declined_by": "yonas",
                              "declined_at": "2026-11-29T09:00:00Z",
                              "reason": "No interpreter."},
        "escalation": {"escalated_by": "amina", "escalated_at": "2026-11-30T09:00:00Z",
                       "reason": "Threats."}}}, date(2026, 11, 30), bundled.service_directory())
    assert "Transfer waiting" in html and "PORT-01" in html and "selam" in html
    assert "&lt;b&gt;family&lt;/b&gt;" in html and "<b>family" not in html
    assert "Transfer declined" in html and "No interpreter." in html and "yonas" in html
    assert "Escalated" in html and "Threats." in html
