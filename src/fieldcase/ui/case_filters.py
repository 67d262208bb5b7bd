"""The filter row above the case list, and the panel that puts it over the list view.

Each filter is a labelled drop-down (status, risk, stage, due, flag, assigned to); together
they refine the list chosen in the toolbar (``search_bar.ListChoice``) into one
``CaseQuery``. Closed cases stay out unless the status filter asks for them. "Clear filters"
(a button, and the link of an empty list) puts every filter back to "any".
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from fieldcase.domain.codes import Flag, RiskLevel, Stage, Status
from fieldcase.ui.case_list_model import CaseListModel
from fieldcase.ui.case_list_view import CaseListView
from fieldcase.ui.names import code_name
from fieldcase.ui.service_types import Assignee, CaseQuery, DueWindow

_NOT_SCREENED = "none"


class CaseFilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseFilters")
        # What each item of each drop-down changes in a query; kept here, not as item data,
        # which Qt would convert (an enum member would come back as a plain string).
        self._changes: dict[QComboBox, list[dict[str, Any]]] = {}
        layout = QGridLayout(self)  # two rows of three, so the list panel stays narrow
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setHorizontalSpacing(6)
        layout.setVerticalSpacing(2)
        self.status = self._combo(layout, self.tr("Status:"), "statusFilter", [
            (self.tr("Not closed"), {}),
            *[(code_name("status", s.value), {"statuses": frozenset({s.value})}) for s in Status],
            (self.tr("Any, closed too"), {"include_closed": True})])
        self.risk = self._combo(layout, self.tr("Risk:"), "riskFilter", [
            (self.tr("Any"), {}),
            *[(code_name("risk", r.value), {"risks": frozenset({r.value})})
              for r in reversed(RiskLevel)],
            (self.tr("not screened"), {"risks": frozenset({_NOT_SCREENED})})])
        self.stage = self._combo(layout, self.tr("Stage:"), "stageFilter", [
            (self.tr("Any"), {}), *[(code_name("stage", s.value), {"stages": frozenset({s.value})})
                               for s in Stage]])
        self.due = self._combo(layout, self.tr("Due:"), "dueFilter", [
            (self.tr("Any"), {}), (self.tr("Overdue"), {"due": DueWindow.OVERDUE}),
            (self.tr("Today"), {"due": DueWindow.TODAY}),
            (self.tr("This week"), {"due": DueWindow.THIS_WEEK})])
        self.flag = self._combo(layout, self.tr("Flag:"), "flagFilter", [
            (self.tr("Any"), {}), *[(code_name("flag", f.value), {"flags": frozenset({f.value})})
                               for f in Flag]])
        self.assigned = self._combo(layout, self.tr("Assigned to:"), "assignedFilter", [
            (self.tr("Anyone"), {}), (self.tr("Me"), {"assignee": Assignee.ME}),
            (self.tr("Nobody"), {"assignee": Assignee.UNASSIGNED})])
        self.clear_button = QPushButton(self.tr("Clear filters"), self)
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.clicked.connect(self.clear)
        layout.addWidget(self.clear_button, 0, 6, 2, 1)
        layout.setColumnStretch(7, 1)
        self._update_clear_button()

    def _combo(self, layout: QGridLayout, label_text: str, name: str,
               choices: list[tuple[str, dict[str, Any]]]) -> QComboBox:
        place = len(self._changes)
        row, column = place // 3, 2 * (place % 3)
        label = QLabel(label_text, self)
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)
        combo.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        combo.setAccessibleName(label_text.rstrip(":"))
        for text, _change in choices:
            combo.addItem(text)
        self._changes[combo] = [change for _text, change in choices]
        label.setBuddy(combo)
        combo.currentIndexChanged.connect(self._changed)
        layout.addWidget(label, row, column)
        layout.addWidget(combo, row, column + 1)
        return combo

    def _combos(self) -> tuple[QComboBox, ...]:
        return (self.status, self.risk, self.stage, self.due, self.flag, self.assigned)

    @property
    def active(self) -> bool:
        return any(combo.currentIndex() > 0 for combo in self._combos())

    def refine(self, query: CaseQuery) -> CaseQuery:
        """``query`` narrowed by every filter chosen (its sort is kept)."""
        for combo in self._combos():
            change = self._changes[combo][max(combo.currentIndex(), 0)]
            if change:
                query = replace(query, **change)
        return query

    def clear(self) -> None:
        """Every filter back to "any", and one ``changed`` for all of them."""
        if not self.active:
            return
        for combo in self._combos():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._changed()

    def _changed(self, *_args: object) -> None:
        self._update_clear_button()
        self.changed.emit()

    def _update_clear_button(self) -> None:
        self.clear_button.setEnabled(self.active)


class CaseListPanel(QWidget):
    """The filter row over the list view; ``query_changed`` when a filter changes."""

    query_changed = Signal()

    def __init__(self, model: CaseListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filters = CaseFilterBar(self)
        self.view = CaseListView(model, self)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.filters)
        column.addWidget(self.view, 1)
        self.view.filters_active = lambda: self.filters.active
        self.filters.changed.connect(self.query_changed)
        self.view.clear_filters_requested.connect(self.filters.clear)
