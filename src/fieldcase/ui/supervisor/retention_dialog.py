"""The retention dialog: which closed cases the organisation's retention takes off this
laptop, and a button to do it (docs/security.md, "Retention").

A supervisor opens it from the Case menu ("Retention…"). It shows the policy in words, then one
row per closed case past retention: its case number, the day it was closed, and whether it
goes or stays until its changes are synced (never a name: the list is about records, not
people). "Remove from this laptop…" asks first, then runs ``services.retention.purge`` through
the runner and says how many went; the server keeps every one of them. Loading and the purge
run through the runner, off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldcase.services.retention import PurgeResult, RetentionPreview, preview, purge
from fieldcase.ui.i18n import QT_TRANSLATE_NOOP, Context, fill, translate
from fieldcase.ui.locale_words import day_words
from fieldcase.ui.messages import OperationError
from fieldcase.ui.operations import Runner
from fieldcase.ui.widgets import ERROR_STYLE


class RetentionWords(Context):
    """The translation context of the dialog's plural sentences (``i18n.Context``)."""


HEADERS = (QT_TRANSLATE_NOOP("RetentionDialog", "Case"),
           QT_TRANSLATE_NOOP("RetentionDialog", "Closed on"),
           QT_TRANSLATE_NOOP("RetentionDialog", "At removal"))


class RetentionDialog(QDialog):
    """The preview of a retention purge, and the purge after a confirmation."""

    def __init__(self, runner: Runner, parent: QWidget | None = None, *,
                 confirm: Callable[[QWidget, int], bool] | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.confirm = confirm or _ask_before_removing
        self.setWindowTitle(self.tr("FieldCase — retention"))
        self.setObjectName("retentionDialog")
        self.resize(640, 420)
        self.policy_label = QLabel(self)
        self.policy_label.setObjectName("retentionPolicy")
        self.policy_label.setWordWrap(True)
        self.table = QTableWidget(0, len(HEADERS), self)
        self.table.setObjectName("retentionTable")
        self.table.setAccessibleName(self.tr("Closed cases past retention"))
        self.table.setHorizontalHeaderLabels([translate("RetentionDialog", h) for h in HEADERS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.note_label = QLabel(self.tr(
            "Removing them here is not an erasure: the server keeps every one, and a case "
            "that changes there comes back to this laptop."), self)
        self.note_label.setWordWrap(True)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("retentionMessage")
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        buttons = QDialogButtonBox(self)
        self.purge_button = QPushButton(self.tr("&Remove from this laptop…"), self)
        self.purge_button.setObjectName("purgeRetention")
        self.purge_button.setAccessibleName(self.tr("Remove from this laptop…"))
        self.purge_button.setToolTip(self.tr(
            "Take the cases marked to go off this laptop; the others stay until synced"))
        self.purge_button.setAutoDefault(False)
        self.purge_button.setEnabled(False)
        self.purge_button.clicked.connect(self.purge_now)
        buttons.addButton(self.purge_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(close.text().replace("&", ""))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.policy_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note_label)
        layout.addWidget(self.message_label)
        layout.addWidget(buttons)
        self.setTabOrder(self.table, self.purge_button)
        self.setTabOrder(self.purge_button, close)
        runner.session_closed.connect(self.reject)
        self._going = 0
        self.reload()

    def reload(self) -> None:
        self._runner.submit(preview, self._loaded, self._show_error)

    def purge_now(self) -> None:
        if not self._going or not self.confirm(self, self._going):
            return
        self.purge_button.setEnabled(False)
        self._runner.mutate(purge, self._purged, self._show_error)

    def _loaded(self, shown: RetentionPreview) -> None:
        self.policy_label.setText(policy_words(shown))
        self.table.setRowCount(len(shown.cases))
        for row, case in enumerate(shown.cases):
            state = (self.tr("Stays until synced") if case.held
                     else self.tr("Removed from this laptop"))
            day = day_words(case.closed_on)
            for column, text in enumerate((case.case_number, day, state)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, item)
        self.table.setVisible(bool(shown.cases))
        self._going = len(shown.going)
        self.purge_button.setEnabled(self._going > 0)

    def _purged(self, done: PurgeResult) -> None:
        self.message_label.setStyleSheet("")
        self.message_label.setText(RetentionWords.tr(
            "%Ln closed case(s) removed from this laptop.", None, len(done.purged)))
        self.message_label.show()
        self.reload()

    def _show_error(self, error: OperationError) -> None:
        self.message_label.setStyleSheet(ERROR_STYLE)
        self.message_label.setText(error.message)
        self.message_label.show()
        self.purge_button.setEnabled(self._going > 0)


def policy_words(shown: RetentionPreview) -> str:
    """The organisation's retention in a sentence, with what it means now."""
    if shown.months is None:
        return translate("RetentionDialog", "Your organisation keeps closed cases on this "
                                            "laptop: nothing is removed.")
    kept = RetentionWords.tr("Your organisation keeps closed cases on this laptop for %Ln "
                              "month(s) after their closure.", None, shown.months)
    if not shown.cases:
        return fill(translate("RetentionDialog", "%1 No closed case is past that now."), kept)
    going = RetentionWords.tr("%Ln case(s) can be removed", None, len(shown.going))
    held = RetentionWords.tr("%Ln case(s) kept until synced", None, len(shown.held))
    if not shown.held:
        return fill(translate("RetentionDialog", "%1 %2."), kept, going)
    if not shown.going:
        return fill(translate("RetentionDialog", "%1 %2: sync first."), kept, held)
    return fill(translate("RetentionDialog", "%1 %2; %3."), kept, going, held)


def _ask_before_removing(parent: QWidget, count: int) -> bool:
    answer = QMessageBox.question(
        parent, translate("RetentionDialog", "Remove these cases from this laptop?"),
        RetentionWords.tr("%Ln closed case(s) will be removed from this laptop. The server "
                           "keeps each one; this cannot be undone here.", None, count),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes

