"""A field of the case document in words, to name it in a sentence ("this case changed while
you were editing: Family name — both values kept").

``CaseSaved.conflicted_fields`` names fields by document path (``person.family_name``,
``tasks[0].title``) and the change journal by record kind and column (``task``, ``due_on``); a
person reads the label they saw on the form. Every field a record of the case document has
(docs/case-document.schema.json, flattened by ``domain/records.py``) has words here
(tests/ui/test_field_words.py walks them); a path with no words of its own is named by its
record kind (``tasks[3].unknown`` -> "Task"), never shown as a path or a stored key.
"""

from __future__ import annotations

import re
from typing import Final

from fieldcase.domain.records import KIND_LISTS, LIST_KINDS
from fieldcase.ui.i18n import QT_TRANSLATE_NOOP, translate
from fieldcase.ui.names import code_name, country_name, instrument_title, language_name

_DOCUMENTS: Final = "person.documents"
"""Identity documents are records of their own (``identity_document``) inside the person."""

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
    "person.documents[*].type": QT_TRANSLATE_NOOP("FieldWords", "Identity document"),
    "person.documents[*].number": QT_TRANSLATE_NOOP("FieldWords", "Document number"),
    "person.documents[*].issuing_country": QT_TRANSLATE_NOOP("FieldWords",
                                                             "Document issued by"),
    "person.documents[*].held_by": QT_TRANSLATE_NOOP("FieldWords", "Who holds the document"),
    "case.case_number": QT_TRANSLATE_NOOP("FieldWords", "Case number"),
    "case.site": QT_TRANSLATE_NOOP("FieldWords", "Site"),
    "case.stage": QT_TRANSLATE_NOOP("FieldWords", "Stage"),
    "case.flags": QT_TRANSLATE_NOOP("FieldWords", "Needs"),
    "case.assigned_to": QT_TRANSLATE_NOOP("FieldWords", "Assigned to"),
    "case.status": QT_TRANSLATE_NOOP("FieldWords", "Status"),
    "case.risk_level": QT_TRANSLATE_NOOP("FieldWords", "Risk level"),
    "case.opened_on": QT_TRANSLATE_NOOP("FieldWords", "Opened on"),
    "case.transfer": QT_TRANSLATE_NOOP("FieldWords", "Transfer to another site"),
    "case.transfer_declined": QT_TRANSLATE_NOOP("FieldWords", "Declined transfer"),
    "case.escalation": QT_TRANSLATE_NOOP("FieldWords", "Escalation"),
    "journey[*].stage": QT_TRANSLATE_NOOP("FieldWords", "Stage of migration"),
    "journey[*].country": QT_TRANSLATE_NOOP("FieldWords", "Country"),
    "journey[*].place": QT_TRANSLATE_NOOP("FieldWords", "Place"),
    "journey[*].started_on": QT_TRANSLATE_NOOP("FieldWords", "Leg started on"),
    "journey[*].ended_on": QT_TRANSLATE_NOOP("FieldWords", "Leg ended on"),
    "journey[*].means": QT_TRANSLATE_NOOP("FieldWords", "Means"),
    "journey[*].incidents": QT_TRANSLATE_NOOP("FieldWords", "Incidents"),
    "screenings[*].instrument_id": QT_TRANSLATE_NOOP("FieldWords", "Questionnaire"),
    "screenings[*].instrument_version": QT_TRANSLATE_NOOP("FieldWords",
                                                          "Questionnaire version"),
    "screenings[*].completed_at": QT_TRANSLATE_NOOP("FieldWords", "Screened on"),
    "screenings[*].answers": QT_TRANSLATE_NOOP("FieldWords", "Answers"),
    "screenings[*].result": QT_TRANSLATE_NOOP("FieldWords", "Level and reasons"),
    "assistance[*].type": QT_TRANSLATE_NOOP("FieldWords", "Kind of assistance"),
    "assistance[*].provided_on": QT_TRANSLATE_NOOP("FieldWords", "Assistance date"),
    "assistance[*].provided_by": QT_TRANSLATE_NOOP("FieldWords", "Assistance given by"),
    "assistance[*].details": QT_TRANSLATE_NOOP("FieldWords", "Details"),
    "referrals[*].service_id": QT_TRANSLATE_NOOP("FieldWords", "Service"),
    "referrals[*].reason": QT_TRANSLATE_NOOP("FieldWords", "Reason for the referral"),
    "referrals[*].referred_on": QT_TRANSLATE_NOOP("FieldWords", "Referred on"),
    "referrals[*].status": QT_TRANSLATE_NOOP("FieldWords", "Referral status"),
    "referrals[*].consent_id": QT_TRANSLATE_NOOP("FieldWords", "Consent to this referral"),
    "consents[*].purpose": QT_TRANSLATE_NOOP("FieldWords", "Consent purpose"),
    "consents[*].service_id": QT_TRANSLATE_NOOP("FieldWords", "Service consented to"),
    "consents[*].given_by": QT_TRANSLATE_NOOP("FieldWords", "Consent given by"),
    "consents[*].form": QT_TRANSLATE_NOOP("FieldWords", "Consent form"),
    "consents[*].given_on": QT_TRANSLATE_NOOP("FieldWords", "Consent given on"),
    "consents[*].withdrawn_on": QT_TRANSLATE_NOOP("FieldWords", "Consent withdrawn"),
    "tasks[*].title": QT_TRANSLATE_NOOP("FieldWords", "Task title"),
    "tasks[*].due_on": QT_TRANSLATE_NOOP("FieldWords", "Task due date"),
    "tasks[*].assigned_to": QT_TRANSLATE_NOOP("FieldWords", "Task assigned to"),
    "tasks[*].done_on": QT_TRANSLATE_NOOP("FieldWords", "Task done"),
    "notes[*].text": QT_TRANSLATE_NOOP("FieldWords", "Note text"),
    "notes[*].confidential": QT_TRANSLATE_NOOP("FieldWords", "Confidential"),
    "notes[*].author": QT_TRANSLATE_NOOP("FieldWords", "Note written by"),
    "notes[*].written_at": QT_TRANSLATE_NOOP("FieldWords", "Note written on"),
    "household[*].relationship": QT_TRANSLATE_NOOP("FieldWords", "Relationship"),
    "household[*].related_case_id": QT_TRANSLATE_NOOP("FieldWords", "Linked case"),
    "household[*].name": QT_TRANSLATE_NOOP("FieldWords", "Household member's name"),
    "attachments[*].kind": QT_TRANSLATE_NOOP("FieldWords", "Kind of file"),
    "attachments[*].media_type": QT_TRANSLATE_NOOP("FieldWords", "File format"),
    "attachments[*].size": QT_TRANSLATE_NOOP("FieldWords", "File size"),
    "attachments[*].sha256": QT_TRANSLATE_NOOP("FieldWords", "File contents"),
    "attachments[*].label": QT_TRANSLATE_NOOP("FieldWords", "File label"),
}

_COUNTRY, _LANGUAGE, _INSTRUMENT = "country", "language", "instrument"
FIELD_CODES: Final = {
    "person.sex": "sex",
    "person.nationality": _COUNTRY,
    "person.languages": _LANGUAGE,
    "person.interview_language": _LANGUAGE,
    "person.documents[*].type": "document_type",
    "person.documents[*].issuing_country": _COUNTRY,
    "person.documents[*].held_by": "document_holder",
    "case.status": "status",
    "case.stage": "stage",
    "case.flags": "flag",
    "case.risk_level": "risk",
    "journey[*].stage": "stage",
    "journey[*].country": _COUNTRY,
    "journey[*].means": "means",
    "journey[*].incidents": "incident",
    "screenings[*].instrument_id": _INSTRUMENT,
    "assistance[*].type": "assistance",
    "referrals[*].status": "referral_status",
    "consents[*].purpose": "consent_purpose",
    "consents[*].given_by": "consent_giver",
    "consents[*].form": "consent_form",
    "household[*].relationship": "relationship",
    "attachments[*].kind": "attachment_kind",
}
"""Fields whose values are codes of a vocabulary (ui/code_names.py), CLDR countries and
languages, or screening questionnaires: a value is shown by its name ("Destination"), never
its code ("destination")."""


def field_words(path: str) -> str:
    """A document path (``tasks[0].title``) in the words of its label, or its record kind in
    words when it has none of its own."""
    pattern = re.sub(r"\[\d+\]", "[*]", path)
    if pattern.startswith("person.contact."):
        pattern = "person.contact"
    words = FIELD_WORDS.get(pattern)
    if words is not None:
        return translate("FieldWords", words)
    return code_name("record_kind", _record_kind(pattern))


def record_field_words(record_kind: str, field: str) -> str:
    """A field as the journal names it (a record kind and a column: ``task``, ``due_on``) in
    the words of its label; a column with no words of its own as its record kind in words."""
    words = FIELD_WORDS.get(f"{_record_path(record_kind)}.{field}")
    if words is not None:
        return translate("FieldWords", words)
    return code_name("record_kind", record_kind)


def record_value_words(record_kind: str, field: str, value: object) -> str | None:
    """A coded value of a journal field (one code or a list of them) by its name in the
    interface language, or None when the field holds no codes or the value is not codes."""
    kind = FIELD_CODES.get(f"{_record_path(record_kind)}.{field}")
    if kind is None:
        return None
    values = value if isinstance(value, list) else [value]
    codes = [code for code in values if isinstance(code, str) and code]
    if not codes or len(codes) != len(values):
        return None
    return ", ".join(_code_words(kind, code) for code in codes)


def _code_words(kind: str, code: str) -> str:
    if kind == _COUNTRY:
        return country_name(code)
    if kind == _LANGUAGE:
        return language_name(code)
    if kind == _INSTRUMENT:
        return instrument_title(code)
    return code_name(kind, code)


def has_words(record_kind: str, field: str) -> bool:
    """Whether a journal field has words of its own (not only its record kind's)."""
    return f"{_record_path(record_kind)}.{field}" in FIELD_WORDS


def _record_path(record_kind: str) -> str:
    if record_kind == "identity_document":
        return f"{_DOCUMENTS}[*]"
    if record_kind in KIND_LISTS:
        return f"{KIND_LISTS[record_kind]}[*]"
    return record_kind


def _record_kind(pattern: str) -> str:
    if pattern.startswith(f"{_DOCUMENTS}["):
        return "identity_document"
    top = pattern.split("[", 1)[0].split(".", 1)[0]
    if top in LIST_KINDS:
        return LIST_KINDS[top]
    return "person" if top == "person" else "case"
