"""The History tab: this case's own events from the audit log of this laptop — when, who, what,
in words (``services.case_history``). Never a value: the log holds none.

Read through the runner each time the case is shown or refreshed (a save, a move and a sync
add events); a reply for a case the person already left is dropped.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtWidgets import QLabel, QTreeWidgetItem, QVBoxLayout, QWidget

from fieldcase.domain.errors import ValidationError
from fieldcase.services.case_history import CaseHistory, HistoryEntry, case_history
from fieldcase.ui.case_page.parts import isolate, record_tree
from fieldcase.ui.case_page.section import CaseSection, SectionContext
from fieldcase.ui.i18n import QT_TRANSLATE_NOOP, Context, fill, translate
from fieldcase.ui.locale_words import moment_words
from fieldcase.ui.messages import OperationError
from fieldcase.ui.names import code_name

ACTION_WORDS = {
    "case.create": QT_TRANSLATE_NOOP("HistoryWords", "Registered the person"),
    "case.view": QT_TRANSLATE_NOOP("HistoryWords", "Opened the case"),
    "case.edit": QT_TRANSLATE_NOOP("HistoryWords", "Changed the case"),
    "case.transfer": QT_TRANSLATE_NOOP("HistoryWords", "Proposed a transfer to another site"),
    "case.transfer_withdraw": QT_TRANSLATE_NOOP("HistoryWords", "Withdrew the transfer"),
    "case.transfer_accept": QT_TRANSLATE_NOOP("HistoryWords",
                                              "Accepted the transfer to this site"),
    "case.transfer_decline": QT_TRANSLATE_NOOP("HistoryWords", "Declined the transfer"),
    "case.escalate": QT_TRANSLATE_NOOP("HistoryWords", "Escalated the case to a supervisor"),
    "case.escalation_clear": QT_TRANSLATE_NOOP("HistoryWords", "Cleared the escalation"),
    "case.record_delete": QT_TRANSLATE_NOOP("HistoryWords", "Removed an entry"),
    "case.delete": QT_TRANSLATE_NOOP("HistoryWords", "Removed the case from this laptop"),
    "attachment.add": QT_TRANSLATE_NOOP("HistoryWords", "Added a file"),
    "attachment.view": QT_TRANSLATE_NOOP("HistoryWords", "Looked at a file"),
    "attachment.remove": QT_TRANSLATE_NOOP("HistoryWords", "Removed a file"),
    "conflict.resolve": QT_TRANSLATE_NOOP("HistoryWords", "Settled a conflict"),
    "referral.print": QT_TRANSLATE_NOOP("HistoryWords", "Printed a referral"),
    "case_summary.print": QT_TRANSLATE_NOOP("HistoryWords", "Printed a case summary"),
    "case.retry_refused": QT_TRANSLATE_NOOP("HistoryWords", "Sent a refused change again"),
    "refusal.drop": QT_TRANSLATE_NOOP("HistoryWords", "Dropped a refused change"),
    # Events the audit log viewer lists too (ui/supervisor/audit_window.py): not of one case.
    "case.export": QT_TRANSLATE_NOOP("HistoryWords", "Exported cases"),
    "case.subject_access": QT_TRANSLATE_NOOP(
        "HistoryWords", "Exported everything held about the person (subject access)"),
    "report.htcds": QT_TRANSLATE_NOOP("HistoryWords", "Wrote an anonymised report (HTCDS)"),
    "report.hxl": QT_TRANSLATE_NOOP("HistoryWords", "Wrote an anonymised report (HXL)"),
    "dashboard.export": QT_TRANSLATE_NOOP("HistoryWords", "Saved a dashboard chart"),
    "unlock": QT_TRANSLATE_NOOP("HistoryWords", "Unlocked FieldCase"),
    "audit.view": QT_TRANSLATE_NOOP("HistoryWords", "Opened the audit log"),
    "sign_in": QT_TRANSLATE_NOOP("HistoryWords", "Signed in to the server"),
    "sync": QT_TRANSLATE_NOOP("HistoryWords", "Synced with the server"),
    "draft.save": QT_TRANSLATE_NOOP("HistoryWords", "Kept a draft"),
    "draft.discard": QT_TRANSLATE_NOOP("HistoryWords", "Discarded a draft"),
    "user.add": QT_TRANSLATE_NOOP("HistoryWords", "Added a user to this laptop"),
    "user.remove": QT_TRANSLATE_NOOP("HistoryWords", "Removed a user from this laptop"),
    "profile.create": QT_TRANSLATE_NOOP("HistoryWords", "Set up FieldCase on this laptop"),
    "demo.add": QT_TRANSLATE_NOOP("HistoryWords", "Added demonstration cases"),
}

_COUNTS_CASES = frozenset({"case.export", "report.htcds", "report.hxl"})
"""Actions whose ``count`` is a number of cases."""


class HistoryWords(Context):
    """The translation context of the tab's words (see ``i18n.Context``)."""


def action_words(entry: HistoryEntry) -> str:
    """What happened, in words: workflow moves by their names, counts as plurals."""
    action = entry.action
    if action in ACTION_WORDS:
        words = translate("HistoryWords", ACTION_WORDS[action])
    elif action.startswith("case.") and code_name("workflow_action", action[5:]) != action[5:]:
        words = code_name("workflow_action", action[5:])
    else:
        words = fill(translate("HistoryWords", "Another action (%1)"), action)
    counts = dict(entry.counts)
    if counts.get("records"):
        words = fill(HistoryWords.tr("%1 (%Ln record(s))", None, counts["records"]),
                     words)
    if action in _COUNTS_CASES and "count" in counts:
        words = fill(HistoryWords.tr("%1 (%Ln case(s))", None, counts["count"]), words)
    if counts.get("conflicts"):
        words = fill(HistoryWords.tr("%1, %Ln conflict(s) to settle", None,
                                     counts["conflicts"]), words)
    return words


def when_words(at: str) -> str:
    return moment_words(at)


class HistorySection(CaseSection):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historySection")
        self._token = 0
        self._case_id: str | None = None
        self.tree = record_tree(self, "historyList", [self.tr("When"), self.tr("Who"),
                                                      self.tr("What")])
        self.tree.setAccessibleName(self.tr("History"))
        self.note = QLabel(self)
        self.note.setObjectName("historyNote")
        self.note.setWordWrap(True)
        column = QVBoxLayout(self)
        column.addWidget(self.tree, 1)
        column.addWidget(self.note)
        self.note.setText(self.tr("What was done to this case on this laptop. Other laptops "
                                  "keep their own history."))

    def title(self) -> str:
        return self.tr("History")

    def show_case(self, document: dict[str, Any], context: SectionContext) -> None:
        case_id = str(document.get("id") or "")
        if case_id != self._case_id:
            self.tree.clear()
        self._case_id = case_id
        self._token += 1
        context.runner.submit(lambda session: case_history(session, case_id),
                              partial(self._arrived, self._token),
                              partial(self._failed, self._token))

    def changes(self) -> dict[str, Any]:
        return {}

    def show_problems(self, problems: list[ValidationError]) -> list[ValidationError]:
        return problems

    def draft(self) -> dict[str, Any]:
        return {}

    def restore_draft(self, state: dict[str, Any]) -> None:
        """Nothing to restore: the history is read, never typed."""

    def clear_edits(self) -> None:
        """Nothing is edited here."""

    def rows(self) -> list[str]:
        """The rows' "what", top to bottom (what a screen reader reads)."""
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item.text(2) for item in items if item is not None]

    def _arrived(self, token: int, history: CaseHistory) -> None:
        if token != self._token:
            return
        self.tree.clear()
        for entry in history.entries:
            self.tree.addTopLevelItem(QTreeWidgetItem([when_words(entry.at), isolate(entry.user),
                                                       action_words(entry)]))
        for column in range(self.tree.columnCount()):
            self.tree.resizeColumnToContents(column)
        if history.cut:
            self.note.setText(fill(self.tr("The newest %1 events are listed; older ones are in "
                                           "the audit log."), len(history.entries)))

    def _failed(self, token: int, error: OperationError) -> None:
        if token == self._token:
            self.note.setText(error.message)
