"""The head of an open case: the person's name and the case number, where the case stands in
words (status, stage, risk), and an overdue follow-up said in words beside a warning icon —
never by colour alone.

The name is isolated so it keeps its own direction (an Arabic name reads right to left inside
an English window, a Latin one left to right inside an Arabic window), and sits where the
window's direction puts a heading. It never reaches the window title.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QStyle, QWidget

from fieldcase.ui.case_page.parts import holds_data, isolate
from fieldcase.ui.fonts import scaled_font
from fieldcase.ui.i18n import Context, fill
from fieldcase.ui.names import code_name


class HeaderWords(Context):
    """The translation context of the header's plural sentences."""


def overdue_days(tasks: list[dict[str, Any]], today: date) -> tuple[int, int]:
    """(how many open tasks are overdue, by how many days the oldest is)."""
    late = []
    for task in tasks:
        if task.get("done_on"):
            continue
        try:
            due = date.fromisoformat(str(task.get("due_on"))[:10])
        except ValueError:
            continue
        if due < today:
            late.append((today - due).days)
    return len(late), max(late, default=0)


class CaseHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseHeader")
        self.name_label = QLabel(self)
        self.name_label.setObjectName("caseName")
        self.name_label.setFont(scaled_font(self.name_label.font(), 1.5, bold=True))
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.number_label = QLabel(self)
        self.number_label.setObjectName("caseNumber")
        holds_data(self.name_label)
        holds_data(self.number_label)
        self.facts_label = QLabel(self)
        self.facts_label.setObjectName("caseFacts")
        self.facts_label.setWordWrap(True)
        self.overdue_icon = QLabel(self)
        self.overdue_icon.setObjectName("caseOverdueIcon")
        self.overdue_icon.setAccessibleName(self.tr("Overdue"))  # a picture, said in words
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.overdue_icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
        self.overdue_label = QLabel(self)
        self.overdue_label.setObjectName("caseOverdue")
        self.overdue_label.setStyleSheet("color: #8a0000; font-weight: bold;")
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 2)
        grid.setHorizontalSpacing(8)
        grid.addWidget(self.name_label, 0, 0, 1, 2)
        grid.addWidget(self.number_label, 0, 2, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.facts_label, 1, 0, 1, 3)
        overdue = QHBoxLayout()
        overdue.setSpacing(6)
        overdue.addWidget(self.overdue_icon)
        overdue.addWidget(self.overdue_label)
        overdue.addStretch(1)
        grid.addLayout(overdue, 2, 0, 1, 3)
        grid.setColumnStretch(1, 1)
        self.clear()

    def show_case(self, document: dict[str, Any], today: date) -> None:
        person = document.get("person") or {}
        case = document.get("case") or {}
        name = " ".join(str(p) for p in (person.get("given_name"), person.get("family_name"))
                        if p)
        self.name_label.setText(isolate(name))  # its own direction, placed as the window's
        self.number_label.setText(str(case.get("case_number") or ""))
        risk = case.get("risk_level")
        self.facts_label.setText(fill(
            self.tr("Status: %1 · Stage: %2 · Risk: %3"), code_name("status", case.get("status")),
            code_name("stage", case.get("stage")),
            code_name("risk", risk) if risk else self.tr("not screened")))
        count, days = overdue_days(list(document.get("tasks") or []), today)
        if count:
            self.overdue_label.setText(fill(
                self.tr("Overdue: %1 — %2"), HeaderWords.tr("%Ln follow-up(s)", None, count),
                HeaderWords.tr("the oldest by %Ln day(s)", None, days)))
        self.overdue_label.setVisible(bool(count))
        self.overdue_icon.setVisible(bool(count))

    def clear(self) -> None:
        for label in (self.name_label, self.number_label, self.facts_label,
                      self.overdue_label):
            label.clear()
        self.overdue_label.hide()
        self.overdue_icon.hide()

    def text(self) -> str:
        parts = [self.name_label.text(), self.number_label.text(), self.facts_label.text()]
        if self.overdue_label.isVisibleTo(self):
            parts.append(self.overdue_label.text())
        return "\n".join(p for p in parts if p)
