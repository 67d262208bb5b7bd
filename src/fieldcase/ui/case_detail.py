"""The read-only case panel: loads one case through the runner and shows it as HTML.

``show_case`` is audited, so the panel asks for a case only when the user selects it, never
to pre-fetch. A reply for a case the user already left is dropped (token), and on lock the
panel is emptied so no case stays on screen behind the unlock dialog.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from fieldcase.services.cases import show_case
from fieldcase.ui.case_detail_html import case_detail_html
from fieldcase.ui.messages import OperationError
from fieldcase.ui.operations import Runner

EMPTY_TEXT = "Select a case in the list to see it here."
LOADING_TEXT = "Opening the case…"


class CaseDetail(QWidget):
    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._token = 0
        self._case_id: str | None = None
        self._browser = QTextBrowser(self)
        self._browser.setOpenLinks(False)
        self._browser.setObjectName("caseDetail")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._browser)
        self._show_message(EMPTY_TEXT)
        runner.session_closed.connect(self.clear)

    @property
    def case_id(self) -> str | None:
        """The case shown (or being opened), None when empty."""
        return self._case_id

    def shown_text(self) -> str:
        return self._browser.toPlainText()

    def show_case(self, case_id: str) -> None:
        self._token += 1
        self._case_id = case_id
        self._show_message(LOADING_TEXT)
        self._runner.submit(lambda session: show_case(session, case_id),
                            partial(self._arrived, self._token),
                            partial(self._failed, self._token))

    def clear(self) -> None:
        self._token += 1
        self._case_id = None
        self._show_message(EMPTY_TEXT)

    def _arrived(self, token: int, document: dict[str, Any]) -> None:
        if token == self._token:
            self._browser.setHtml(case_detail_html(document))

    def _failed(self, token: int, error: OperationError) -> None:
        if token == self._token:
            self._show_message(error.message)

    def _show_message(self, message: str) -> None:
        self._browser.setPlainText(message)
