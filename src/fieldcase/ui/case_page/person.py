"""The Person tab: names in any script, sex, birth date or an age estimate, nationality and
languages picked by name, the interview (interpreter, language) and how to reach the person
(phone, other ways, whether that is safe, the code word).

The code word is a confidential part (``domain.policy.redact``): someone who may not see it
(a worker at the site doing intake on an unassigned case) gets the field disabled, with the
reason, and the shown document never holds it. The words the person typed are compared with
the document (``FormSection``): only the fields really changed are saved.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fieldcase.domain import policy
from fieldcase.ui.case_page.form_section import FormSection
from fieldcase.ui.case_page.parts import (
    ChoiceBox,
    CodeList,
    CodePicker,
    date_box,
    holds_data,
    yes_no_entries,
)
from fieldcase.ui.case_page.section import SectionContext
from fieldcase.ui.dialogs.rows import add_field, form_grid
from fieldcase.ui.fonts import lines_height
from fieldcase.ui.forms.fields import Field
from fieldcase.ui.names import (
    choices,
    country_choices,
    language_choices,
    language_name,
)

_NO_BIRTH_DATE = QDate(1900, 1, 1)


def may_see_confidential(context: SectionContext, document: dict[str, Any]) -> bool:
    """Whether the person working may see (and so record) the case's confidential parts."""
    case = document.get("case") or {}
    where = policy.CaseContext(team=context.actor.team, site=str(case.get("site") or ""),
                               assigned_to=case.get("assigned_to"))
    return policy.decide(context.actor, policy.Action.VIEW_CONFIDENTIAL, where).allowed


def _lines_field(box: QPlainTextEdit) -> Field:
    """Other names, one a line: the list of the lines that are not blank."""
    def read() -> list[str]:
        return [line.strip() for line in box.toPlainText().splitlines() if line.strip()]

    def write(value: Any) -> None:
        box.setPlainText("\n".join(str(v) for v in value) if isinstance(value, list) else "")
    return Field(read, write, box.textChanged)


class PersonSection(FormSection):
    root = "person"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personSection")
        inner = QWidget(self)
        self.given = QLineEdit(inner)
        self.given.setObjectName("givenName")
        self.family = QLineEdit(inner)
        self.family.setObjectName("familyName")
        self.other_names = QPlainTextEdit(inner)
        self.other_names.setObjectName("otherNames")
        self.other_names.setTabChangesFocus(True)
        self.other_names.setMaximumHeight(lines_height(self.other_names, 3))
        self.other_names.setPlaceholderText(self.tr("One name a line, in any script"))
        self.sex = ChoiceBox(inner, "sex", [(c.name, c.code) for c in choices("sex")])
        self.born = date_box(inner, "dateOfBirth")
        self.born.setMinimumDate(_NO_BIRTH_DATE)
        self.born.setSpecialValueText(self.tr("Not known"))
        self.age = QSpinBox(inner)
        self.age.setObjectName("ageEstimate")
        self.age.setRange(-1, 120)
        self.age.setSpecialValueText(self.tr("Not known"))
        self.nationality = CodePicker(inner, "nationality", country_choices())
        self.languages = CodeList(inner, "languages", language_choices(), language_name,
                                  self.tr("Add"), self.tr("Remove"))
        self.interpreter = ChoiceBox(inner, "interpreterNeeded", yes_no_entries())
        self.interview_language = CodePicker(inner, "interviewLanguage", language_choices(),
                                             none_text=self.tr("Not chosen"))
        self.languages.picker.setAccessibleName(self.tr("Add a language"))
        typed = self.languages.picker.lineEdit()
        if typed is not None:
            typed.setPlaceholderText(self.tr("Type a language to add"))
        self.languages.chosen.setAccessibleName(self.tr("Languages spoken"))
        for picker in (self.nationality, self.languages.picker, self.interview_language):
            holds_data(picker)  # CLDR's names (English where CLDR lacks the language's own)
        self.phone = QLineEdit(inner)
        self.phone.setObjectName("phone")
        self.other_contact = QLineEdit(inner)
        self.other_contact.setObjectName("otherContact")
        self.safe_to_contact = ChoiceBox(inner, "safeToContact", yes_no_entries())
        self.code_word = QLineEdit(inner)
        self.code_word.setObjectName("codeWord")
        self.code_word_note = QLabel(inner)
        self.code_word_note.setObjectName("codeWordNote")
        self.code_word_note.setWordWrap(True)

        names = self._group(inner, self.tr("Names"), [
            ("person.given_name", self.tr("&Given name"), self.given, None),
            ("person.family_name", self.tr("&Family name"), self.family, None),
            ("person.other_names", self.tr("&Other names"), self.other_names,
             _lines_field(self.other_names)),
        ])
        identity = self._group(inner, self.tr("About the person"), [
            ("person.sex", self.tr("Se&x"), self.sex, self.sex.field()),
            ("person.date_of_birth", self.tr("&Born on"), self.born, None),
            ("person.age_estimate", self.tr("Age (&estimate)"), self.age, None),
            ("person.nationality", self.tr("&Nationality"), self.nationality,
             self.nationality.field()),
            ("person.languages", self.tr("&Languages"), self.languages, self.languages.field()),
        ])
        interview = self._group(inner, self.tr("Interview"), [
            ("person.interpreter_needed", self.tr("&Interpreter needed"), self.interpreter,
             self.interpreter.field()),
            ("person.interview_language", self.tr("Interview lan&guage"),
             self.interview_language, self.interview_language.field()),
        ])
        contact = self._group(inner, self.tr("Contact"), [
            ("person.contact.phone", self.tr("&Phone"), self.phone, None),
            ("person.contact.other", self.tr("Other &ways to reach"), self.other_contact, None),
            ("person.contact.safe_to_contact", self.tr("&Safe to contact"),
             self.safe_to_contact, self.safe_to_contact.field()),
            ("person.contact.code_word", self.tr("&Code word"), self.code_word, None),
        ])
        grid = contact.layout()
        assert isinstance(grid, QGridLayout)
        grid.addWidget(self.code_word_note, grid.rowCount(), 1)
        column = QVBoxLayout(inner)
        for group in (names, identity, interview, contact):
            column.addWidget(group)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        # no Tab stop of its own (it would be an unnamed one): each field it holds takes the
        # focus, and the area scrolls that field into view
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        for box in (self.given, self.family, self.phone, self.other_contact, self.code_word):
            box.textEdited.connect(self.note_edit)
        self.other_names.textChanged.connect(self.note_edit)
        for choice in (self.sex, self.interpreter, self.safe_to_contact):
            choice.activated.connect(self.note_edit)
        self.nationality.picked.connect(self.note_edit)
        self.interview_language.picked.connect(self.note_edit)
        self.languages.changed.connect(self.note_edit)
        self.born.dateChanged.connect(self.note_edit)
        self.age.valueChanged.connect(self.note_edit)

    def title(self) -> str:
        return self.tr("Person")

    def prepare(self, document: dict[str, Any], context: SectionContext) -> None:
        self.born.setMaximumDate(QDate(context.today.year, context.today.month,
                                       context.today.day))
        allowed = may_see_confidential(context, document)
        self.code_word.setEnabled(allowed)
        self.code_word_note.setText("" if allowed else self.tr(
            "Only the assigned worker and the team's supervisors see and set the code word."))
        self.code_word_note.setVisible(not allowed)

    def _group(self, parent: QWidget, heading: str,
               rows: list[tuple[str, str, QWidget, Field | None]]) -> QGroupBox:
        group = QGroupBox(heading, parent)
        grid = form_grid()
        row = 0
        for path, label, editor, field in rows:
            row = add_field(grid, row, self.binder, path, label, editor, field=field)
        group.setLayout(grid)
        return group
