"""One record checked with the document's own rules (``domain.record_rules``): the same rules,
the same errors, paths relative to the record."""

from __future__ import annotations

import copy
from datetime import date
from typing import Any

import pytest

from fieldcase.domain.document_parse import RECORD_READERS, read_case_document
from fieldcase.domain.errors import ValidationError
from fieldcase.domain.merge import RECORD_KINDS
from fieldcase.domain.record_rules import record_errors
from fieldcase.domain.records import KIND_LISTS, flatten

TODAY = date(2026, 11, 30)
DOC: dict[str, Any] = {
    "id": "0197aaaa-0000-7000-8000-000000000001",
    "person": {"id": "0197aaaa-0000-7000-8000-000000000002", "given_name": "Selam",
               "sex": "female", "nationality": "ERI", "age_estimate": 24,
               "documents": [{"id": "0197aaaa-0000-7000-8000-000000000003",
                              "type": "passport", "number": "P1", "issuing_country": "ERI"}]},
    "case": {"site": "LAMP-01", "stage": "transit"},
    "notes": [{"id": "0197aaaa-0000-7000-8000-000000000004", "text": "met at the port",
               "author": "amina", "written_at": "2026-11-29T10:00:00Z"}],
    "tasks": [{"id": "0197aaaa-0000-7000-8000-000000000005", "title": "call back",
               "due_on": "2026-12-03"}],
}


def test_every_record_kind_has_the_documents_reader() -> None:
    assert set(RECORD_READERS) == RECORD_KINDS


def test_the_records_of_a_sound_document_are_sound() -> None:
    for record in flatten(DOC).values():
        assert record_errors(record.kind, record.fields, today=TODAY) == (), record.kind


@pytest.mark.parametrize(("kind", "field", "value", "rule"), [
    ("note", "text", {"rich": "x"}, "type"),
    ("note", "text", "x" * 20_001, "too_long"),
    ("person", "sex", "robot", "unknown_code"),
    ("person", "given_name", "two\nlines", "control_chars"),
    ("task", "due_on", "2026-02-30", "date_format"),
    ("case", "site", "lamp 01", "format"),
    ("identity_document", "issuing_country", "ZZZ", "unknown_code"),
])
def test_a_record_breaks_the_rule_its_document_would_break(kind: str, field: str,
                                                           value: object, rule: str) -> None:
    record = next(r for r in flatten(DOC).values() if r.kind == kind)
    fields = {**record.fields, field: value}
    errors = record_errors(kind, fields, today=TODAY)
    assert [(e.path, e.rule) for e in errors] == [(field, rule)]
    broken = _with(DOC, kind, field, value)
    _, in_document = read_case_document(broken, today=TODAY)
    assert [e.rule for e in in_document] == [rule]
    assert in_document[0].path.endswith(field)


def _with(doc: dict[str, Any], kind: str, field: str, value: object) -> dict[str, Any]:
    changed = copy.deepcopy(doc)
    if kind == "person":
        changed["person"][field] = value
    elif kind == "case":
        changed["case"][field] = value
    elif kind == "identity_document":
        changed["person"]["documents"][0][field] = value
    else:
        changed[KIND_LISTS[kind]][0][field] = value
    return changed


def test_a_change_need_not_carry_the_required_fields_but_may_not_null_them() -> None:
    assert record_errors("note", {"confidential": True}, today=TODAY, partial=True) == ()
    assert [e.rule for e in record_errors("note", {"confidential": True}, today=TODAY)] == [
        "required", "required", "required"]
    assert record_errors("note", {"text": None}, today=TODAY, partial=True) == (
        ValidationError("text", "type", "must be a string, not null"),)


def test_an_id_or_a_persons_documents_are_not_fields_of_a_record() -> None:
    person = next(r for r in flatten(DOC).values() if r.kind == "person")
    for name in ("id", "documents"):
        errors = record_errors("person", {**person.fields, name: []}, today=TODAY)
        assert (name, "unknown_key") in [(e.path, e.rule) for e in errors]
    errors = record_errors("task", {"id": "0197aaaa-0000-7000-8000-000000000009"},
                           today=TODAY, partial=True)
    assert ("id", "unknown_key") in [(e.path, e.rule) for e in errors]
