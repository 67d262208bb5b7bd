"""The Overview tab: the case at a glance, read-only, in words (``overview_html``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from fieldcase.domain.errors import ValidationError
from fieldcase.ui.case_page.overview_html import overview_html
from fieldcase.ui.case_page.section import CaseSection, SectionContext


class OverviewSection(CaseSection):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewSection")
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("overview")
        self.browser.setOpenLinks(False)
        self.browser.setTabChangesFocus(True)
        self.browser.setAccessibleName(self.tr("Overview"))
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.browser)

    def title(self) -> str:
        return self.tr("Overview")

    def show_case(self, document: dict[str, Any], context: SectionContext) -> None:
        scroll = self.browser.verticalScrollBar()
        position = scroll.value() if document.get("id") == getattr(self, "_case_id", None) else 0
        self._case_id = document.get("id")
        self.browser.setHtml(overview_html(
            document, context.today, context.directory,
            right_to_left=self.layoutDirection() is Qt.LayoutDirection.RightToLeft))
        scroll.setValue(position)

    def text(self) -> str:
        return self.browser.toPlainText()

    def changes(self) -> dict[str, Any]:
        return {}

    def show_problems(self, problems: list[ValidationError]) -> list[ValidationError]:
        return problems

    def draft(self) -> dict[str, Any]:
        return {}

    def restore_draft(self, state: dict[str, Any]) -> None:
        """Nothing typed here."""

    def clear_edits(self) -> None:
        """Nothing edited here."""
