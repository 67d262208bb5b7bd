"""The read-only case panel: opens one case through the runner and shows it as HTML.

``show_case`` is audited, so the panel opens a case only when a person asked for it (Enter or
a double-click in the list), never to pre-fetch. While a case is open, a change that names it
(``Changes.case_ids``; a change that names no case, such as a sync that cannot say, counts
too) re-reads it with ``refresh_case``: what the person asked to see keeps up with its edits
and syncs, without a second "viewed" event in the audit log, and the panel keeps its scroll
position. A refresh that is refused (a sync reassigned the case away, or removed it) empties
the panel and says why.

A reply for a case the person already left is dropped (token), and on lock the panel is
emptied so no case stays on screen behind the unlock dialog. ``shown`` is the last
``ShownCase``: a form opened from the panel takes its ``seen`` for the edit.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from fieldcase.services.cases import ShownCase, refresh_case, show_case
from fieldcase.services.changes import Changes
from fieldcase.ui.case_detail_html import case_detail_html
from fieldcase.ui.messages import OperationError
from fieldcase.ui.operations import Runner


class CaseDetail(QWidget):
    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._token = 0
        self._case_id: str | None = None
        self._shown: ShownCase | None = None
        self._browser = QTextBrowser(self)
        self._browser.setOpenLinks(False)
        self._browser.setObjectName("caseDetail")
        self._browser.setAccessibleName(self.tr("Case"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._browser)
        self._show_message(self._empty_text())
        runner.session_closed.connect(self.clear)
        runner.changed.connect(self._on_changed)

    @property
    def case_id(self) -> str | None:
        """The case shown (or being opened), None when empty."""
        return self._case_id

    @property
    def shown(self) -> ShownCase | None:
        """The case on screen and what it shows (None while empty or opening)."""
        return self._shown

    @property
    def browser(self) -> QTextBrowser:
        return self._browser

    def shown_text(self) -> str:
        return self._browser.toPlainText()

    def show_case(self, case_id: str) -> None:
        """Open a case a person asked for (audited as a view)."""
        self._token += 1
        self._case_id = case_id
        self._shown = None
        self._show_message(self.tr("Opening the case…"))
        self._runner.submit(lambda session: show_case(session, case_id),
                            partial(self._arrived, self._token, False),
                            partial(self._failed, self._token))

    def clear(self) -> None:
        self._token += 1
        self._case_id = None
        self._shown = None
        self._show_message(self._empty_text())

    def _on_changed(self, changes: object) -> None:
        shown = self._shown
        if shown is None or not isinstance(changes, Changes) or self._runner.actor is None:
            return
        if changes.case_ids and shown.seen.case_id not in changes.case_ids:
            return
        if not changes.case_ids and not changes.record_kinds:
            return  # a change of users, not of cases
        self._token += 1
        seen = shown.seen
        self._runner.submit(lambda session: refresh_case(session, seen),
                            partial(self._arrived, self._token, True),
                            partial(self._refresh_failed, self._token))

    def _arrived(self, token: int, refresh: bool, shown: ShownCase) -> None:
        if token != self._token:
            return
        scroll = self._browser.verticalScrollBar()
        position = scroll.value() if refresh else 0
        self._shown = shown
        self._browser.setHtml(case_detail_html(shown.document))
        scroll.setValue(position)

    def _failed(self, token: int, error: OperationError) -> None:
        if token == self._token:
            self._show_message(error.message)

    def _refresh_failed(self, token: int, error: OperationError) -> None:
        if token == self._token:
            self._case_id = None
            self._shown = None
            self._show_message(error.message)

    def _show_message(self, message: str) -> None:
        self._browser.setPlainText(message)

    def _empty_text(self) -> str:
        return self.tr("Select a case in the list and press Enter to open it.")
