"""The supervisor's actions behind the Case menu: review queue, dashboard, approve, return,
assign, undo, the audit log's window (``audit_window``) and the retention preview.

``SupervisorDesk`` holds no widgets of the main window; it is given what the actions act on:

- while the review queue's window is the active one, its current case (approve, return) or
  its selected cases (assign);
- otherwise the case open on the case page (approve, return), and for assign the rows
  selected in the case list, or the open case when none is.

**Approve** is one keystroke: the approval the case waits for (``assessment``: agree the case
plan; ``closure_requested``: approve the closure), through ``change_status`` on the worker.
**Return** asks for a comment first (required; the worker reads it as a note). **Assign** asks
to whom, then runs one batch (``services.assignment.assign_cases``): "12 cases assigned to
Dawit; 1 not: it is no longer on this laptop." with Undo. Every outcome is said in
``message`` (text, level, whether Undo applies); the window and the queue show it.

**Transfers and escalation** (issue 11; ``services.transfers``), on the same target as approve:
"Transfer to another site…" asks where to and why (``TransferDialog``); "Accept transfer" is
one keystroke; "Decline transfer…" and "Escalate…" ask why (``ReasonDialog``, the reason
required); "Clear escalation" is one keystroke. A dialog stays open until the service saved
the step, and shows a refusal beside the field it names (the form binder).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QWidget

from fieldcase.domain.workflow import WorkflowAction
from fieldcase.services.assignment import Assignment, AssignRefusal, assign_cases, undo_assignment
from fieldcase.services.cases import CaseSaved, change_status
from fieldcase.services.review_queue import team_people
from fieldcase.services.session import Session
from fieldcase.services.transfers import (
    accept_transfer,
    clear_escalation,
    decline_transfer,
    escalate_case,
    propose_transfer,
)
from fieldcase.ui.i18n import fill, translate
from fieldcase.ui.messages import OperationError
from fieldcase.ui.names import code_name
from fieldcase.ui.operations import Runner
from fieldcase.ui.supervisor.audit_window import AuditDialog
from fieldcase.ui.supervisor.dashboard import DashboardDialog
from fieldcase.ui.supervisor.dialogs import AssignDialog, ReturnDialog, SupervisorWords
from fieldcase.ui.supervisor.queue import QueueDialog
from fieldcase.ui.supervisor.retention_dialog import RetentionDialog
from fieldcase.ui.supervisor.transfer_dialogs import (
    ReasonDialog,
    TransferDialog,
    decline_dialog,
    escalate_dialog,
)

APPROVALS = {"assessment": WorkflowAction.AGREE_CASE_PLAN,
             "closure_requested": WorkflowAction.APPROVE_CLOSURE}
RETURNS = {"assessment": WorkflowAction.RETURN_CASE_PLAN,
           "closure_requested": WorkflowAction.RETURN_CLOSURE}


@dataclass(frozen=True)
class Target:
    """A case an approval or a return acts on: what the screen showed of it."""

    case_id: str
    case_number: str
    status: str


def refusal_words(refusal: AssignRefusal, numbers: Mapping[str, str]) -> str:
    """Why one case was not assigned, in words (the case number first: the one the screen
    showed when the case is gone from the store)."""
    number = refusal.case_number or numbers.get(refusal.case_id) \
        or translate("SupervisorDesk", "a case")
    if refusal.reason == "gone":
        why = translate("SupervisorDesk", "it is no longer on this laptop")
    elif refusal.reason == "not_allowed":
        why = translate("SupervisorDesk", "only a supervisor of the case's team may assign it")
    elif refusal.reason == "changed":
        why = translate("SupervisorDesk", "someone assigned it again since")
    else:
        why = translate("SupervisorDesk", "the case breaks a rule; open it and fix it first")
    return fill(translate("SupervisorDesk", "%1: %2"), number, why)


def assignment_words(done: Assignment, numbers: Mapping[str, str], *,
                     undo: bool = False) -> str:
    """"12 cases assigned to Dawit; 1 not: FC-…: it is no longer on this laptop." """
    if undo:
        text = SupervisorWords.tr("%Ln case(s) given back to whom they were assigned before.",
                                  None, len(done.assigned))
    elif done.person is None:
        text = SupervisorWords.tr("%Ln case(s) returned to intake.", None, len(done.assigned))
    else:
        text = fill(SupervisorWords.tr("%Ln case(s) assigned to %1.", None, len(done.assigned)),
                    done.person)
    if done.unchanged:
        text += " " + SupervisorWords.tr("%Ln already were.", None, done.unchanged)
    if done.refused:
        reasons = "; ".join(refusal_words(r, numbers) for r in done.refused)
        text += " " + fill(SupervisorWords.tr("%Ln not: %1.", None, len(done.refused)), reasons)
    return text


class SupervisorDesk(QObject):
    message = Signal(str, str, bool)  # words, level ("info", "warn", "error"), Undo applies

    def __init__(self, runner: Runner, window: QWidget, *,
                 open_case: Callable[[], Target | None],
                 list_selection: Callable[[], dict[str, str]],
                 open_case_in_window: Callable[[str], None]) -> None:
        super().__init__(window)
        self._runner = runner
        self._window = window
        self._open_case = open_case
        self._list_selection = list_selection
        self._open_in_window = open_case_in_window
        self.queue_dialog: QueueDialog | None = None
        self.return_dialog: ReturnDialog | None = None
        self.assign_dialog: AssignDialog | None = None
        self.audit_dialog: AuditDialog | None = None
        self.dashboard_dialog: DashboardDialog | None = None
        self.retention_dialog: RetentionDialog | None = None
        self.step_dialog: TransferDialog | ReasonDialog | None = None
        self.last_assignment: Assignment | None = None
        self._numbers: dict[str, str] = {}  # the case numbers of the last assignment's cases

    # --- the queue ---------------------------------------------------------------------------
    def show_queue(self, actions: Sequence[QAction]) -> None:
        """The queue's window, with ``actions`` (approve, return, assign) as its buttons."""
        if self.queue_dialog is None:
            self.queue_dialog = QueueDialog(self._runner, actions, self._window)
            self.queue_dialog.view.open_case.connect(self._open_in_window)
            self.queue_dialog.undo_button.clicked.connect(self.undo)
            self.message.connect(self._tell_queue)
        self.queue_dialog.show_and_load()

    def show_dashboard(self) -> None:
        """The dashboard's window (one, brought forward and read again when asked again)."""
        if self.dashboard_dialog is None:
            self.dashboard_dialog = DashboardDialog(self._runner, self._window)
        self.dashboard_dialog.show_and_load()

    def show_retention(self) -> None:
        """The retention preview's window (one, read again when asked again)."""
        if self.retention_dialog is None:
            self.retention_dialog = RetentionDialog(self._runner, self._window)
        else:
            self.retention_dialog.reload()
        self.retention_dialog.show()
        self.retention_dialog.raise_()

    def _tell_queue(self, text: str, _level: str, undo: bool) -> None:
        if self.queue_dialog is not None:
            self.queue_dialog.message.setText(text)
            self.queue_dialog.undo_button.setVisible(undo)

    # --- the audit log -----------------------------------------------------------------------
    def show_audit_log(self) -> None:
        """The audit log's window; each showing opens the log again (and is audited)."""
        if self.audit_dialog is None:
            self.audit_dialog = AuditDialog(self._runner, self._window)
            self.audit_dialog.open_case.connect(self._open_in_window)
        self.audit_dialog.show_and_load()

    def close(self) -> None:
        for dialog in (self.queue_dialog, self.return_dialog, self.assign_dialog,
                       self.audit_dialog, self.dashboard_dialog, self.retention_dialog,
                       self.step_dialog):
            if dialog is not None:
                dialog.close()

    def _queue_active(self) -> bool:
        dialog = self.queue_dialog
        return dialog is not None and dialog.isVisible() and \
            QApplication.activeWindow() is dialog

    def _target(self) -> Target | None:
        if self._queue_active():
            assert self.queue_dialog is not None
            case = self.queue_dialog.view.current_case()
            return None if case is None else Target(case.case_id, case.case_number,
                                                    case.status)
        return self._open_case()

    # --- approve and return ------------------------------------------------------------------
    def approve(self) -> None:
        target = self._target()
        if target is None:
            self._say(self.tr("Select or open a case first."), "warn")
            return
        action = APPROVALS.get(target.status)
        if action is None:
            self._say(fill(self.tr("%1 waits for no approval: it is %2."), target.case_number,
                           code_name("status", target.status)), "warn")
            return
        self._move(target, action, None)

    def return_case(self) -> None:
        target = self._target()
        if target is None:
            self._say(self.tr("Select or open a case first."), "warn")
            return
        action = RETURNS.get(target.status)
        if action is None:
            self._say(fill(self.tr("%1 has nothing to return: it is %2."), target.case_number,
                           code_name("status", target.status)), "warn")
            return
        parent = self.queue_dialog if self._queue_active() else self._window
        dialog = ReturnDialog(target.case_number, action.value, parent)
        self.return_dialog = dialog
        dialog.accepted.connect(lambda: self._move(target, action, dialog.text()))
        dialog.open()

    def _move(self, target: Target, action: WorkflowAction, comment: str | None) -> None:
        words = code_name("workflow_action", action.value)

        def done(_saved: CaseSaved) -> None:
            self._say(fill(self.tr("Done: %1 — %2."), words, target.case_number), "info")

        def refused(error: OperationError) -> None:
            self._say(fill(self.tr("%1 — %2: %3"), words, target.case_number, error.message),
                      "error")

        case_id = target.case_id
        self._runner.mutate(
            lambda session: change_status(session, case_id, action.value, comment),
            done, refused)

    # --- assign ------------------------------------------------------------------------------
    def assign(self) -> None:
        if self._queue_active():
            assert self.queue_dialog is not None
            chosen = self.queue_dialog.view.selected_cases()
        else:
            chosen = self._list_selection()
            if not chosen and (target := self._open_case()) is not None:
                chosen = {target.case_id: target.case_number}
        if not chosen:
            self._say(self.tr("Select one or more cases first."), "warn")
            return
        parent = self.queue_dialog if self._queue_active() else self._window
        self._runner.submit(team_people,
                            lambda people: self._ask_whom(chosen, people, parent),
                            lambda error: self._say(error.message, "error"))

    def _ask_whom(self, chosen: dict[str, str], people: list[str],
                  parent: QWidget | None) -> None:
        dialog = AssignDialog(len(chosen), people, parent)
        self.assign_dialog = dialog
        dialog.accepted.connect(lambda: self._assign(chosen, dialog.chosen()))
        dialog.open()

    def _assign(self, chosen: dict[str, str], person: str | None) -> None:
        if person is None:
            return
        self._numbers = dict(chosen)
        ids = list(chosen)
        self._runner.mutate(lambda session: assign_cases(session, ids, person),
                            self._assigned, lambda error: self._say(error.message, "error"))

    def _assigned(self, done: Assignment) -> None:
        self.last_assignment = done if done.assigned else None
        self._say(assignment_words(done, self._numbers), "warn" if done.refused else "info",
                  undo=bool(done.assigned))

    def undo(self) -> None:
        done = self.last_assignment
        if done is None:
            return
        self.last_assignment = None
        numbers = self._numbers
        self._runner.mutate(
            lambda session: undo_assignment(session, done),
            lambda undone: self._say(assignment_words(undone, numbers, undo=True),
                                     "warn" if undone.refused else "info"),
            lambda error: self._say(error.message, "error"))

    # --- transfers and escalation --------------------------------------------------------------
    def propose_transfer(self) -> None:
        target = self._chosen_target()
        if target is None:
            return
        dialog = TransferDialog(target.case_number, self._parent())
        self._ask(dialog, target, translate("SupervisorDesk", "Transfer proposed"),
                  lambda session: propose_transfer(session, target.case_id, dialog.site_code(),
                                                   dialog.reason_text() or None))

    def accept_transfer(self) -> None:
        target = self._chosen_target()
        if target is not None:
            self._step(target, translate("SupervisorDesk", "Transfer accepted"),
                       lambda session: accept_transfer(session, target.case_id))

    def decline_transfer(self) -> None:
        target = self._chosen_target()
        if target is None:
            return
        dialog = decline_dialog(target.case_number, self._parent())
        self._ask(dialog, target, translate("SupervisorDesk", "Transfer declined"),
                  lambda session: decline_transfer(session, target.case_id,
                                                   dialog.reason_text()))

    def escalate(self) -> None:
        target = self._chosen_target()
        if target is None:
            return
        dialog = escalate_dialog(target.case_number, self._parent())
        self._ask(dialog, target, translate("SupervisorDesk", "Escalated"),
                  lambda session: escalate_case(session, target.case_id, dialog.reason_text()))

    def clear_escalation(self) -> None:
        target = self._chosen_target()
        if target is not None:
            self._step(target, translate("SupervisorDesk", "Escalation cleared"),
                       lambda session: clear_escalation(session, target.case_id))

    def _chosen_target(self) -> Target | None:
        target = self._target()
        if target is None:
            self._say(self.tr("Select or open a case first."), "warn")
        return target

    def _parent(self) -> QWidget:
        return self.queue_dialog if self._queue_active() and self.queue_dialog else self._window

    def _ask(self, dialog: TransferDialog | ReasonDialog, target: Target, words: str,
             call: Callable[[Session], CaseSaved]) -> None:
        """Open ``dialog``; each confirmation runs ``call`` on the worker, and the dialog
        closes when it saved or shows the refusal beside its field."""
        self.step_dialog = dialog

        def refused(error: OperationError) -> None:
            dialog.show_problems(error.problems, error.message)

        def saved(_saved: CaseSaved) -> None:
            dialog.done_()
            self._say(fill(self.tr("Done: %1 — %2."), words, target.case_number), "info")

        dialog.confirmed.connect(lambda: self._runner.mutate(call, saved, refused))
        dialog.open()

    def _step(self, target: Target, words: str, call: Callable[[Session], CaseSaved]) -> None:
        self._runner.mutate(
            call,
            lambda _saved: self._say(fill(self.tr("Done: %1 — %2."), words,
                                          target.case_number), "info"),
            lambda error: self._say(fill(self.tr("%1 — %2: %3"), words, target.case_number,
                                         error.message), "error"))

    def _say(self, text: str, level: str, undo: bool = False) -> None:
        self.message.emit(text, level, undo)
