"""Household: the people the person is with or belongs to, and a new link.

A child travelling alone is the first thing a worker must see here: an unaccompanied or
separated child (the case's flags) is named in a box at the top with their guardian, or with
"no guardian recorded" when there is none, in words and not only in colour. Each link shows
the relationship in words and the member's name, or the number of the member's own case
(``services.household``: only cases this user may open are found or numbered).
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldcase.services.household import find_case_to_link, linked_case_numbers
from fieldcase.ui.case_page.section import SectionContext
from fieldcase.ui.case_sections.base import SectionBase
from fieldcase.ui.case_sections.common import (
    CHILD_STYLE,
    NOTICE_STYLE,
    add_row,
    choice_combo,
    isolate,
    notice_label,
    record_tree,
)
from fieldcase.ui.fonts import scaled_font
from fieldcase.ui.forms.fields import Field
from fieldcase.ui.i18n import fill
from fieldcase.ui.messages import OperationError
from fieldcase.ui.names import choices, code_name

LINK = "household[0]"
CHILD_FLAGS = ("unaccompanied_child", "separated_child")


class HouseholdSection(SectionBase):
    KEY = "household"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._numbers: dict[str, str] = {}
        self._linked: tuple[str, str] | None = None  # (case id, number) of the typed number
        self._token = 0
        self.child_notice = notice_label(self, CHILD_STYLE)
        self.child_notice.setObjectName("childNotice")
        self.child_notice.setFont(scaled_font(self.child_notice.font(), 1.1, bold=True))
        self.members = record_tree(self, [self.tr("Relationship"), self.tr("Name or case")],
                                   self.tr("Household"))
        self.members.setObjectName("householdMembers")
        self.empty = QLabel(self.tr("No household members or companions recorded."), self)

        box = QGroupBox(self.tr("Link a member"), self)
        form = QFormLayout(box)
        self.relationship_box = choice_combo(box, choices("relationship"),
                                             none_text=self.tr("Choose…"))
        self.name_box = QLineEdit(box)
        self.case_box = QLineEdit(box)
        self.case_box.setPlaceholderText(self.tr("FC-…"))
        self.find_button = QPushButton(self.tr("F&ind"), box)
        self.find_button.clicked.connect(self.find_linked_case)
        self.case_box.returnPressed.connect(self.find_linked_case)
        self.case_box.textEdited.connect(self._forget_link)
        self.linked_label = QLabel(box)
        case_row = QHBoxLayout()
        case_row.addWidget(self.case_box, 1)
        case_row.addWidget(self.find_button)
        add_row(form, self.tr("&Relationship"), self.relationship_box,
                self.binder.bind(f"{LINK}.relationship", self.relationship_box))
        add_row(form, self.tr("&Name"), self.name_box,
                self.binder.bind(f"{LINK}.name", self.name_box))
        case_label = QLabel(self.tr("Their own &case number"), box)
        case_label.setBuddy(self.case_box)
        self.case_box.setAccessibleName(self.tr("Their own case number"))
        form.addRow(case_label, case_row)
        binding = self.binder.bind(f"{LINK}.related_case_id", self.case_box, field=Field(
            lambda: self._linked[0] if self._linked else None, self._show_link,
            self.case_box.textEdited))
        form.addRow("", self.linked_label)
        form.addRow("", binding.problem_label)
        self.watch(self.relationship_box.activated, self.name_box.textEdited,
                   self.case_box.textEdited)
        layout = QVBoxLayout(self)
        layout.addWidget(self.child_notice)
        layout.addWidget(self.members, 1)
        layout.addWidget(self.empty)
        layout.addWidget(box)

    def title(self) -> str:
        return self.tr("Household")

    def show_case(self, document: dict[str, Any], context: SectionContext) -> None:
        super().show_case(document, context)
        linked = [str(m["related_case_id"]) for m in self.records() if m.get("related_case_id")]
        if linked:
            self._token += 1
            context.runner.submit(lambda session: linked_case_numbers(session, linked),
                                  partial(self._numbers_arrived, self._token))

    def _numbers_arrived(self, token: int, numbers: dict[str, str]) -> None:
        if token == self._token:
            self._numbers = numbers
            self.fill_lists()

    # --- the list and the child's box ------------------------------------------------------
    def fill_lists(self) -> None:
        self.members.clear()
        members = self.records()
        for member in members:
            self.members.addTopLevelItem(QTreeWidgetItem([
                code_name("relationship", member.get("relationship")),
                self._who(member)]))
        self.empty.setVisible(not members)
        self._show_child_notice(members)

    def _who(self, member: dict[str, Any]) -> str:
        name = isolate(member.get("name"))
        linked = member.get("related_case_id")
        if not linked:
            return name or self.tr("(name not given)")
        number = self._numbers.get(str(linked))
        case_words = fill(self.tr("case %1"), number) if number \
            else self.tr("a linked case you cannot open")
        return fill(self.tr("%1 (%2)"), name, case_words) if name else case_words

    def _show_child_notice(self, members: list[dict[str, Any]]) -> None:
        flags = (self.document.get("case") or {}).get("flags") or []
        flag = next((f for f in CHILD_FLAGS if f in flags), None)
        if flag is None:
            self.child_notice.setVisible(False)
            return
        guardians = [self._who(m) for m in members if m.get("relationship") == "guardian"]
        if guardians:
            guardian = fill(self.tr("Guardian: %1."), ", ".join(guardians))
        else:
            guardian = self.tr("No guardian recorded: link the guardian below, or say why "
                               "there is none in a note.")
        self.child_notice.setText(fill(self.tr("⚑ %1. %2"), code_name("flag", flag), guardian))
        style = CHILD_STYLE if guardians else NOTICE_STYLE
        self.child_notice.setStyleSheet(style)
        self.child_notice.setAccessibleName(self.child_notice.text())
        self.child_notice.setVisible(True)

    # --- the editor ------------------------------------------------------------------------
    def reset_editor(self) -> None:
        self.relationship_box.setCurrentIndex(0)
        self.name_box.clear()
        self._show_link(None)

    def _show_link(self, value: object) -> None:
        if value is None or self._linked is None or self._linked[0] != value:
            self._linked = None
            self.case_box.clear()
        self.linked_label.setText(
            fill(self.tr("Linked to case %1."), self._linked[1]) if self._linked else "")

    def _forget_link(self) -> None:
        self._linked = None
        self.linked_label.setText("")

    def find_linked_case(self) -> None:
        """Look the typed case number up (on the worker) and link it if this user may."""
        number = self.case_box.text().strip()
        if not number or self.context is None:
            return
        self._token += 1
        self.context.runner.submit(lambda session: find_case_to_link(session, number),
                                   partial(self._found, self._token),
                                   partial(self._not_found, self._token))

    def _found(self, token: int, found: tuple[str, str]) -> None:
        if token != self._token:
            return
        self._linked = found
        self._numbers[found[0]] = found[1]
        self.binder.clear_problem(f"{LINK}.related_case_id")
        self.linked_label.setText(fill(self.tr("Linked to case %1."), found[1]))
        self.edited.emit()

    def _not_found(self, token: int, error: OperationError) -> None:
        if token == self._token:
            self._linked = None
            self.linked_label.setText("")
            self.binder.show_problems(error.problems)

    def has_edits(self) -> bool:
        return bool(self.relationship_box.currentData() or self.name_box.text().strip()
                    or self._linked)

    def changes(self) -> dict[str, Any]:
        return self.binder.read() if self.has_edits() else {}

    def draft(self) -> dict[str, Any]:
        if not self.has_edits():
            return {}
        return {**self.changes(), "case_number": self._linked[1] if self._linked else None}

    def restore_draft(self, state: dict[str, Any]) -> None:
        if not state:
            return
        link = (state.get("household") or [{}])[0]
        with self.filling():
            self.relationship_box.setCurrentIndex(
                max(self.relationship_box.findData(link.get("relationship")), 0))
            self.name_box.setText(link.get("name") or "")
            if link.get("related_case_id") and state.get("case_number"):
                self._linked = (str(link["related_case_id"]), str(state["case_number"]))
                self.case_box.setText(self._linked[1])
                self._show_link(self._linked[0])
        self.edited.emit()
