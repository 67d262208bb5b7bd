"""Assistance: the log of what the person was given, and a new entry.

Assistance entries are a history (append-only in the case document): an entry once saved is
never edited here, a correction is a new entry. The log is newest first; the type is shown in
words, the date as the document stores it, who gave it, and the details.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldcase.ui.case_sections.base import SectionBase
from fieldcase.ui.case_sections.common import (
    add_row,
    choice_combo,
    date_edit,
    isolate,
    record_tree,
    set_today,
)
from fieldcase.ui.fonts import lines_height
from fieldcase.ui.names import choices, code_name

NEW = "assistance[0]"


class AssistanceSection(SectionBase):
    KEY = "assistance"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.log = record_tree(self, [self.tr("Date"), self.tr("Type"), self.tr("Given by"),
                                      self.tr("Details")], self.tr("Assistance given"))
        self.log.setObjectName("assistanceLog")
        self.empty = QLabel(self.tr("No assistance recorded yet."), self)
        box = QGroupBox(self.tr("Record assistance given"), self)
        form = QFormLayout(box)
        self.type_box = choice_combo(box, choices("assistance"), none_text=self.tr("Choose…"))
        self.date_box = date_edit(box)
        self.by_box = QLineEdit(box)
        self.details_box = QPlainTextEdit(box)
        self.details_box.setTabChangesFocus(True)
        self.details_box.setFixedHeight(lines_height(self.details_box, 3))
        add_row(form, self.tr("&Type"), self.type_box,
                self.binder.bind(f"{NEW}.type", self.type_box))
        add_row(form, self.tr("&Date"), self.date_box,
                self.binder.bind(f"{NEW}.provided_on", self.date_box))
        add_row(form, self.tr("Given &by"), self.by_box,
                self.binder.bind(f"{NEW}.provided_by", self.by_box))
        add_row(form, self.tr("D&etails"), self.details_box,
                self.binder.bind(f"{NEW}.details", self.details_box))
        self.watch(self.type_box.activated, self.date_box.dateChanged, self.by_box.textEdited,
                   self.details_box.textChanged)
        layout = QVBoxLayout(self)
        layout.addWidget(self.log, 1)
        layout.addWidget(self.empty)
        layout.addWidget(box)

    def title(self) -> str:
        return self.tr("Assistance")

    def fill_lists(self) -> None:
        self.log.clear()
        entries = sorted(self.records(), key=lambda a: str(a.get("provided_on")), reverse=True)
        for entry in entries:
            item = QTreeWidgetItem([str(entry.get("provided_on") or ""),
                                    code_name("assistance", entry.get("type")),
                                    isolate(entry.get("provided_by")),
                                    isolate(entry.get("details"))])
            self.log.addTopLevelItem(item)
        self.empty.setVisible(not entries)

    def reset_editor(self) -> None:
        self.type_box.setCurrentIndex(0)
        self.details_box.clear()
        if self.context is not None:
            set_today(self.date_box, self.context.today)
            self.by_box.setText(self.context.actor.user)

    def has_edits(self) -> bool:
        return self.type_box.currentData() is not None or \
            bool(self.details_box.toPlainText().strip())

    def changes(self) -> dict[str, Any]:
        return self.binder.read() if self.has_edits() else {}

    def draft(self) -> dict[str, Any]:
        return self.changes()

    def restore_draft(self, state: dict[str, Any]) -> None:
        if state:
            with self.filling():
                self.binder.write(state)
            self.edited.emit()
