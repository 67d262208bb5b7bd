"""Small pieces the case sections share: labelled rows, pickers, dates, problem sorting.

Every editor is made here the same way so the sections look and behave alike: a visible label
whose words are also the editor's accessible name (a screen reader says what the eye reads),
the label as the editor's buddy (Alt+letter reaches it), the binder's problem label right under
the editor, and dates written ``yyyy-MM-dd`` as the case document stores them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QWidget,
)

from fieldcase.domain.errors import ValidationError
from fieldcase.ui.case_page.parts import DateBox
from fieldcase.ui.forms.binder import Binding
from fieldcase.ui.names import Choice

FSI, PDI = "\u2068", "\u2069"
NOTICE_STYLE = ("background: #fff4d6; border: 1px solid #d8b04a; border-radius: 3px; "
                "padding: 6px; color: #3d2f00;")
CHILD_STYLE = ("background: #e8f0fb; border: 1px solid #6d8fc7; border-radius: 3px; "
               "padding: 6px; color: #14284a;")
FIRST_DATE = QDate(1900, 1, 1)


def isolate(text: object) -> str:
    """Free text (a place, a name) kept in its own direction inside a sentence."""
    return f"{FSI}{text}{PDI}" if text not in (None, "") else ""


def add_row(form: QFormLayout, label_text: str, editor: QWidget,
            binding: Binding | None = None) -> QLabel:
    """A labelled editor with its problem label under it; the label names the editor."""
    label = QLabel(label_text, form.parentWidget())
    label.setBuddy(editor)
    editor.setAccessibleName(label_text.replace("&", ""))
    form.addRow(label, editor)
    if binding is not None:
        form.addRow("", binding.problem_label)
    return label


def choice_combo(parent: QWidget, choices: Iterable[Choice], *,
                 none_text: str | None = None) -> QComboBox:
    """A picker whose items carry their code (the binder reads the code); ``none_text`` first
    for "nothing chosen" (code None)."""
    box = QComboBox(parent)
    if none_text is not None:
        box.addItem(none_text, None)
    for choice in choices:
        box.addItem(choice.name, choice.code)
    return box


def date_edit(parent: QWidget, *, empty_text: str | None = None) -> QDateEdit:
    """A date picker with a calendar; ``empty_text`` makes its first date mean "no date".
    Tab leaves it (``DateBox``) rather than walking its year, month and day."""
    box = DateBox(parent)
    box.setCalendarPopup(True)
    box.setDisplayFormat("yyyy-MM-dd")
    box.setMinimumDate(FIRST_DATE)
    if empty_text is not None:
        box.setSpecialValueText(empty_text)
        box.setDate(FIRST_DATE)
    return box


def set_today(box: QDateEdit, today: date) -> None:
    box.setMaximumDate(QDate(today.year, today.month, today.day))
    if not box.specialValueText():
        box.setDate(QDate(today.year, today.month, today.day))


def record_tree(parent: QWidget, headers: list[str], name: str) -> QTreeWidget:
    """A read-only list of records: whole rows selected, the last column stretching."""
    tree = QTreeWidget(parent)
    tree.setHeaderLabels(headers)
    tree.setAccessibleName(name)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(False)
    tree.setWordWrap(True)
    tree.setAlternatingRowColors(True)
    tree.header().setStretchLastSection(True)
    tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    tree.setEditTriggers(QTreeWidget.EditTrigger.NoEditTriggers)
    return tree


def split_problems(problems: Iterable[ValidationError], key: str
                   ) -> tuple[list[ValidationError], list[ValidationError]]:
    """Those whose path is in the ``key`` list of the document (``journey[0].place``), and
    the rest."""
    mine: list[ValidationError] = []
    rest: list[ValidationError] = []
    for problem in problems:
        path = problem.path
        (mine if path == key or path.startswith((f"{key}[", f"{key}.")) else rest).append(problem)
    return mine, rest


def age_years(person: Mapping[str, Any], today: date) -> int | None:
    """Age in whole years from the date of birth, else the estimate (as the domain counts)."""
    born = person.get("date_of_birth")
    if born:
        try:
            birth = date.fromisoformat(str(born))
        except ValueError:
            return None
        return max(today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day)),
                   0)
    estimate = person.get("age_estimate")
    return int(estimate) if isinstance(estimate, int) else None


def notice_label(parent: QWidget, style: str = NOTICE_STYLE) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(style)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setVisible(False)
    return label
