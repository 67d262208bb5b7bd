"""Every field a journal change can name has words of its own: the refused changes and the
conflicts windows name a field by the label the form shows, in the interface language, and
never by its stored key (issue 12)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from fieldcase.domain.records import LIST_KINDS, flatten
from fieldcase.ui.case_page.field_words import (
    FIELD_CODES,
    FIELD_WORDS,
    field_words,
    has_words,
    record_field_words,
    record_value_words,
)
from fieldcase.ui.code_names import CODE_WORDS
from fieldcase.ui.conflicts_view import label_of, value_words
from fieldcase.ui.i18n import install_language

DOCS = Path(__file__).resolve().parents[2] / "docs"
SCHEMA: dict[str, Any] = json.loads((DOCS / "case-document.schema.json").read_text("utf-8"))


def _object(node: dict[str, Any]) -> dict[str, Any]:
    """The object schema a property holds (through ``$ref``, ``items`` and ``anyOf``)."""
    if "properties" in node:
        return node
    if "$ref" in node:
        return _object(SCHEMA["$defs"][node["$ref"].rsplit("/", 1)[-1]])
    if "items" in node:
        return _object(node["items"])
    for choice in node.get("anyOf", []) + node.get("oneOf", []):
        found = _object(choice)
        if "properties" in found:
            return found
    return node


def _columns(node: dict[str, Any], *left_out: str) -> set[str]:
    return set(_object(node)["properties"]) - {"id", *left_out}


def _coded(node: dict[str, Any]) -> bool:
    """Whether a property holds codes of a list (an ``enum``, alone or in an array)."""
    if "enum" in node:
        return [code for code in node["enum"] if code is not None] != []
    if "$ref" in node:
        return _coded(SCHEMA["$defs"][node["$ref"].rsplit("/", 1)[-1]])
    if "items" in node:
        return _coded(node["items"])
    return any(_coded(choice) for choice in node.get("anyOf", []) + node.get("oneOf", []))


def coded_fields() -> set[tuple[str, str]]:
    """(record kind, field) for every column whose values are codes, from the schema."""
    top = SCHEMA["properties"]
    person = _object(top["person"])
    records = [("person", person), ("identity_document",
                                    _object(person["properties"]["documents"])),
               ("case", _object(top["case"]))]
    records += [(kind, _object(top[key])) for key, kind in LIST_KINDS.items()]
    return {(kind, name) for kind, node in records
            for name, prop in node["properties"].items() if _coded(prop)}


def fields_of_every_record_kind() -> set[tuple[str, str]]:
    """(record kind, field) for every column of every record ``records.flatten`` makes, from
    the schema of the case document."""
    top = SCHEMA["properties"]
    person = top["person"]
    pairs = {("person", f) for f in _columns(person, "documents")}
    pairs |= {("identity_document", f)
              for f in _columns(_object(person)["properties"]["documents"])}
    pairs |= {("case", f) for f in _columns(top["case"])}
    for key, kind in LIST_KINDS.items():
        pairs |= {(kind, f) for f in _columns(top[key])}
    return pairs


def test_the_walk_finds_every_record_a_case_flattens_into() -> None:
    """A check that proves it can fail: the walk holds the columns of the full example."""
    text = (DOCS / "case-document.md").read_text("utf-8")
    full = json.loads(re.findall(r"```json\n(.*?)```", text, re.S)[0])
    flattened = {(r.kind, name) for r in flatten(full).values() for name in r.fields}
    walked = fields_of_every_record_kind()
    assert flattened <= walked
    assert {kind for kind, _ in walked} == {"person", "identity_document", "case",
                                            *LIST_KINDS.values()}


def test_every_field_a_journal_change_can_name_has_words(qapp: QApplication) -> None:
    missing = sorted(f"{kind}.{name}" for kind, name in fields_of_every_record_kind()
                     if not has_words(kind, name))
    assert not missing, f"give these fields words in ui/case_page/field_words.py: {missing}"


def test_a_field_is_named_by_the_label_the_form_shows(qapp: QApplication) -> None:
    assert label_of("site", "case") == "Site"
    assert label_of("case_number", "case") == "Case number"
    assert label_of("text", "note") == "Note text"
    assert label_of("status", "referral") == "Referral status"
    assert label_of("number", "identity_document") == "Document number"
    assert field_words("person.documents[0].issuing_country") == "Document issued by"
    assert field_words("tasks[2].assigned_to") == "Task assigned to"


def test_a_field_without_words_is_named_by_its_record_kind_never_its_key(
        qapp: QApplication) -> None:
    assert record_field_words("task", "priority") == "Task"
    assert label_of("age_band", "person") == "Person"
    assert field_words("person.documents[0].expires_on") == "Identity document"
    assert field_words("referrals[1].urgency") == "Referral"
    assert field_words("case.budget") == "Case"


def test_in_arabic_every_field_is_in_arabic(qapp: QApplication) -> None:
    """The refused window showed "الحالة: Site": now the words of every field are translated."""
    install_language(qapp, "ar")
    try:
        untranslated = sorted(f"{kind}.{name}" for kind, name in fields_of_every_record_kind()
                              if re.search(r"[A-Za-z]", record_field_words(kind, name)))
    finally:
        install_language(qapp, "en")
    assert not untranslated, f"translate these fields' words into Arabic: {untranslated}"


def test_every_coded_field_shows_its_values_by_name(qapp: QApplication) -> None:
    coded = coded_fields()
    assert {("person", "sex"), ("case", "stage"), ("journey_leg", "means")} <= coded
    missing = sorted(f"{kind}.{name}" for kind, name in coded
                     if record_value_words(kind, name, "x") is None)
    assert not missing, f"name the codes of these fields in FIELD_CODES: {missing}"
    assert set(FIELD_CODES) <= set(FIELD_WORDS)
    assert set(FIELD_CODES.values()) <= {*CODE_WORDS, "country", "language", "instrument"}


def test_a_coded_value_is_shown_by_its_name_never_its_code(qapp: QApplication) -> None:
    assert value_words("destination", "case", "stage") == "Destination"
    assert value_words("destination", "journey_leg", "stage") == "Destination"
    assert value_words(["pregnant", "stateless"], "case", "flags") == "Pregnant, Stateless"
    assert value_words("ERI", "person", "nationality") == "Eritrea"
    assert value_words("robot", "person", "sex") == "robot"  # no such code: as it came
    assert value_words("Hawa", "person", "given_name") == "Hawa"
    assert value_words(None, "case", "stage") == "(empty)"
    install_language(qapp, "ar")
    try:
        assert value_words("destination", "case", "stage") == record_value_words(
            "case", "stage", "destination")
        assert not re.search(r"[A-Za-z]", value_words("destination", "case", "stage"))
    finally:
        install_language(qapp, "en")
