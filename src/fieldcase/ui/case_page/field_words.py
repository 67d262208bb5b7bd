"""A field of the case document in words, to name it in a sentence ("this case changed while
you were editing: Family name — both values kept").

``CaseSaved.conflicted_fields`` names fields by document path (``person.family_name``,
``tasks[0].title``); a person reads the label they saw on the form. A path with no words of its
own is named by its record kind (``tasks[3].assigned_to`` -> "Task"), never shown as a path.
"""

from __future__ import annotations

import re
from typing import Final

from fieldcase.ui.i18n import QT_TRANSLATE_NOOP, translate
from fieldcase.ui.names import code_name

FIELD_WORDS: Final = {
    "person.given_name": QT_TRANSLATE_NOOP("FieldWords", "Given name"),
    "person.family_name": QT_TRANSLATE_NOOP("FieldWords", "Family name"),
    "person.other_names": QT_TRANSLATE_NOOP("FieldWords", "Other names"),
    "person.sex": QT_TRANSLATE_NOOP("FieldWords", "Sex"),
    "person.gender": QT_TRANSLATE_NOOP("FieldWords", "Gender"),
    "person.date_of_birth": QT_TRANSLATE_NOOP("FieldWords", "Born on"),
    "person.age_estimate": QT_TRANSLATE_NOOP("FieldWords", "Age"),
    "person.nationality": QT_TRANSLATE_NOOP("FieldWords", "Nationality"),
    "person.languages": QT_TRANSLATE_NOOP("FieldWords", "Languages"),
    "person.disability": QT_TRANSLATE_NOOP("FieldWords", "Functioning"),
    "person.contact": QT_TRANSLATE_NOOP("FieldWords", "Contact"),
    "person.interpreter_needed": QT_TRANSLATE_NOOP("FieldWords", "Interpreter needed"),
    "person.interview_language": QT_TRANSLATE_NOOP("FieldWords", "Interview language"),
    "case.stage": QT_TRANSLATE_NOOP("FieldWords", "Stage"),
    "case.flags": QT_TRANSLATE_NOOP("FieldWords", "Needs"),
    "case.assigned_to": QT_TRANSLATE_NOOP("FieldWords", "Assigned to"),
    "case.status": QT_TRANSLATE_NOOP("FieldWords", "Status"),
    "tasks[*].title": QT_TRANSLATE_NOOP("FieldWords", "Task title"),
    "tasks[*].due_on": QT_TRANSLATE_NOOP("FieldWords", "Task due date"),
    "tasks[*].done_on": QT_TRANSLATE_NOOP("FieldWords", "Task done"),
    "consents[*].withdrawn_on": QT_TRANSLATE_NOOP("FieldWords", "Consent withdrawn"),
}

_KINDS: Final = {"journey": "journey_leg", "screenings": "screening", "assistance": "assistance",
                 "referrals": "referral", "consents": "consent", "tasks": "task",
                 "notes": "note", "household": "household_link", "attachments": "attachment"}


def field_words(path: str) -> str:
    pattern = re.sub(r"\[\d+\]", "[*]", path)
    if pattern.startswith("person.contact."):
        pattern = "person.contact"
    words = FIELD_WORDS.get(pattern)
    if words is not None:
        return translate("FieldWords", words)
    top = pattern.split("[", 1)[0].split(".", 1)[0]
    if top in _KINDS:
        return code_name("record_kind", _KINDS[top])
    if top == "person":
        return code_name("record_kind", "person")
    return code_name("record_kind", "case")


def record_field_words(record_kind: str, field: str) -> str | None:
    """A field as the journal names it (a record kind and a column: ``task``, ``due_on``) in
    the words of its label, or None when it has none of its own."""
    top = next((name for name, kind in _KINDS.items() if kind == record_kind), record_kind)
    path = f"{top}[*].{field}" if top in _KINDS else f"{top}.{field}"
    words = FIELD_WORDS.get(path)
    return translate("FieldWords", words) if words is not None else None
