"""Round trip, merge_update, helpers, and agreement between the parser, the docs and the schema."""

from __future__ import annotations

import copy
import json
import re
import unicodedata
from datetime import date
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from fieldcase.domain import codes
from fieldcase.domain.document import (
    CaseDocument,
    ValidationErrors,
    age_on,
    assign_ids,
    is_child,
    merge_update,
    parse_case_document,
    with_status,
)
from fieldcase.domain.ids import IdFactory, is_uuid7

DOCS = Path(__file__).resolve().parents[2] / "docs"
TODAY = date(2025, 3, 15)
SCHEMA: dict[str, Any] = json.loads((DOCS / "case-document.schema.json").read_text("utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def doc_examples() -> list[dict[str, Any]]:
    text = (DOCS / "case-document.md").read_text("utf-8")
    return [json.loads(block) for block in re.findall(r"```json\n(.*?)```", text, re.S)]


FULL, MINIMAL, PARTIAL = doc_examples()


def ids() -> IdFactory:
    counter = iter(range(1, 10**6))
    return IdFactory(clock_ms=lambda: 1_741_000_000_000 + next(counter), randbytes=bytes)


def stored() -> CaseDocument:
    return parse_case_document(FULL, today=TODAY)


# -- docs, schema and parser agree ------------------------------------------------------------


def test_full_example_is_canonical_output() -> None:
    doc = parse_case_document(FULL, today=TODAY)
    assert doc.to_json() == FULL


@pytest.mark.parametrize("example", [FULL, MINIMAL], ids=["full", "minimal"])
def test_examples_satisfy_schema_and_parser(example: dict[str, Any]) -> None:
    VALIDATOR.validate(example)
    doc = parse_case_document(example, today=TODAY)
    VALIDATOR.validate(doc.to_json())
    VALIDATOR.validate(assign_ids(doc, ids().new).to_json())


def _bad(path: list[str | int], value: object) -> dict[str, Any]:
    doc = copy.deepcopy(FULL)
    target: Any = doc
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    return doc


SCHEMA_EXPRESSIBLE_ERRORS = [
    _bad(["person", "nickname"], "x"),
    _bad(["colour"], 1),
    _bad(["person", "sex"], "f"),
    _bad(["person", "nationality"], "ERT"),
    _bad(["person", "languages"], ["tir"]),
    _bad(["person", "age_estimate"], 121),
    _bad(["case", "site"], "lamp 01"),
    _bad(["case", "flags"], ["vip"]),
    _bad(["journey", 0, "started_on"], "2024/11/02"),
    _bad(["journey", 0, "means"], "camel"),
    _bad(["screenings", 0, "completed_at"], "2025-03-01T09:30:00"),
    _bad(["screenings", 0, "answers"], {"q": "yes"}),
    _bad(["consents", 0, "service_id"], None),
    _bad(["attachments", 0, "sha256"], "xyz"),
    _bad(["notes", 0, "confidential"], "yes"),
    _bad(["id"], "0195a0b2-7c00-4000-8000-000000000001"),
    _bad(["person", "given_name"], "Sel\u202eam"),
    _bad(["person", "other_names"], ["\u2067Selam"]),
    _bad(["household", 0, "name"], "Yonas\u200f"),
    {
        "person": {"given_name": "A", "sex": "male", "nationality": "XXX"},
        "case": {"site": "LAMP-01", "stage": "transit"},
    },
]


@pytest.mark.parametrize("example", SCHEMA_EXPRESSIBLE_ERRORS)
def test_schema_and_parser_both_reject(example: dict[str, Any]) -> None:
    assert not VALIDATOR.is_valid(example)
    with pytest.raises(ValidationErrors):
        parse_case_document(example, today=TODAY)


def _enum_at(*path: str) -> set[str]:
    node: Any = SCHEMA
    for part in path:
        node = node[part]
    return set(node["enum"])


def test_schema_vocabularies_match_codes() -> None:
    defs = SCHEMA["$defs"]
    assert _enum_at("$defs", "nationality") == codes.NATIONALITY_CODES
    assert _enum_at("$defs", "country") == codes.COUNTRY_CODES
    assert _enum_at("$defs", "language") == codes.LANGUAGE_CODES
    assert set(defs["case"]["properties"]["status"]["enum"]) == set(codes.Status)
    assert set(defs["case"]["properties"]["flags"]["items"]["enum"]) == set(codes.Flag)
    assert set(defs["journey_leg"]["properties"]["incidents"]["items"]["enum"]) == set(
        codes.Incident
    )
    assert set(defs["assistance_entry"]["properties"]["type"]["enum"]) == set(codes.AssistanceType)
    assert set(defs["person"]["properties"]["disability"]["properties"]) == set(codes.WgDomain)


def test_schema_forbids_additional_properties_everywhere() -> None:
    def walk(node: object) -> None:
        if isinstance(node, dict):
            if node.get("type") == "object" and "propertyNames" not in node:
                assert node.get("additionalProperties") is False, node
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(SCHEMA)


def test_vocabulary_sizes() -> None:
    assert len(codes.ISO_3166_ALPHA3) == 249
    assert {"XXA", "XXB", "XXX"} <= codes.NATIONALITY_CODES
    assert len(codes.ISO_639_1) >= 183
    required = "ar ti am om so fa prs ps ur bn rhg my th km es fr en pt ha tig aii ckb kmr bej"
    assert set(required.split()) <= codes.LANGUAGE_CODES
    assert not codes.ISO_639_1 & codes.ISO_639_3_EXTRA
    assert codes.two_letter_equivalent("tir") == "ti"
    assert codes.two_letter_equivalent("prs") is None


# -- round trip and normalisation -------------------------------------------------------------

NAMES = st.text(
    alphabet=st.characters(categories=["L", "M", "Zs"]), min_size=1, max_size=40
).filter(lambda s: any(unicodedata.category(c)[0] == "L" for c in s))  # a name shows a letter


@given(given_name=NAMES, other=st.lists(NAMES, max_size=3), age=st.integers(0, 120))
def test_round_trip_any_script(given_name: str, other: list[str], age: int) -> None:
    raw = copy.deepcopy(MINIMAL)
    raw["person"].update(given_name=given_name, other_names=other, age_estimate=age)
    doc = parse_case_document(raw, today=TODAY)
    assert parse_case_document(doc.to_json(), today=TODAY) == doc
    assert doc.person.given_name == unicodedata.normalize("NFC", given_name).strip()
    assert json.loads(json.dumps(doc.to_json())) == doc.to_json()


def test_round_trip_of_full_document_with_ids() -> None:
    doc = assign_ids(parse_case_document(MINIMAL, today=TODAY), ids().new)
    assert parse_case_document(doc.to_json(), today=TODAY) == doc
    full = stored()
    assert parse_case_document(full.to_json(), today=TODAY) == full


def test_names_are_nfc_normalised_and_trimmed() -> None:
    raw = copy.deepcopy(MINIMAL)
    raw["person"]["given_name"] = "  Jose\u0301 "
    raw["person"]["family_name"] = "   "
    raw["person"]["other_names"] = ["Jos\u00e9", "Jose\u0301", " Pepe "]
    doc = parse_case_document(raw, today=TODAY)
    assert doc.person.given_name == "Jos\u00e9"
    assert doc.person.family_name is None
    assert doc.person.other_names == ("Jos\u00e9", "Pepe")


def test_datetime_offsets_are_kept_and_utc_written_as_z() -> None:
    doc = stored()
    assert doc.to_json()["notes"][0]["written_at"] == "2025-03-01T10:15:00+03:00"  # type: ignore[index]
    assert doc.screenings[0].completed_at.utcoffset() is not None
    assert doc.screenings[0].answer("cd.confined") is False


def test_assign_ids_fills_only_missing_ids() -> None:
    doc = parse_case_document(
        {**MINIMAL, "tasks": [{"title": "t", "due_on": "2025-04-01"}]}, today=TODAY
    )
    filled = assign_ids(doc, ids().new)
    assert all(is_uuid7(x) for x in (filled.id, filled.person.id, filled.tasks[0].id))
    assert assign_ids(filled, ids().new) == filled


# -- age helpers ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("dob", "estimate", "age", "child"),
    [
        ("2007-03-15", None, 18, False),
        ("2007-03-16", None, 17, True),
        (None, 17, 17, True),
        (None, 18, 18, False),
        ("2010-01-01", 30, 15, True),  # the date of birth wins over the estimate
    ],
)
def test_age_on_and_is_child(dob: str | None, estimate: int | None, age: int, child: bool) -> None:
    raw = copy.deepcopy(MINIMAL)
    raw["person"].update(date_of_birth=dob, age_estimate=estimate)
    doc = parse_case_document(raw, today=TODAY)
    assert age_on(doc, TODAY) == age
    assert is_child(doc, TODAY) is child


# -- merge_update -----------------------------------------------------------------------------


def test_merge_documented_partial() -> None:
    current = stored()
    merged = merge_update(current, PARTIAL, today=TODAY, new_id=ids().new)
    assert merged.person.languages == ("ti", "ar", "tig", "en")
    assert merged.case.stage == "destination"
    assert len(merged.journey) == 3
    assert merged.journey[:2] == current.journey
    assert is_uuid7(merged.journey[2].id)
    assert merged.person.given_name == current.person.given_name
    assert merged.notes == current.notes


def test_merge_updates_items_field_wise() -> None:
    current = stored()
    leg = current.journey[1]
    merged = merge_update(
        current,
        {
            "journey": [{"id": leg.id, "ended_on": "2025-02-01"}],
            "person": {"documents": [{"id": current.person.documents[0].id, "held_by": "self"}]},
        },
        today=TODAY,
        new_id=ids().new,
    )
    assert merged.journey[1].ended_on == date(2025, 2, 1)
    assert merged.journey[1].incidents == leg.incidents
    assert merged.person.documents[0].held_by == "self"
    assert merged.person.documents[0].number == "P0000000"


def test_merge_nested_objects_key_by_key() -> None:
    current = stored()
    merged = merge_update(
        current,
        {
            "person": {
                "disability": {"walking": None, "hearing": "a_lot_of_difficulty"},
                "contact": {"phone": "+000 0000"},
            }
        },
        today=TODAY,
        new_id=ids().new,
    )
    assert dict(merged.person.disability) == {
        "seeing": "no_difficulty",
        "hearing": "a_lot_of_difficulty",
    }
    assert merged.person.contact.phone == "+000 0000"
    assert merged.person.contact.other == current.person.contact.other


def test_merge_assigns_ids_to_new_case_person_and_items() -> None:
    current = parse_case_document(MINIMAL, today=TODAY)
    merged = merge_update(
        current,
        {"notes": [{"text": "n", "author": "w", "written_at": "2025-03-01T00:00:00Z"}]},
        today=TODAY,
        new_id=ids().new,
    )
    assert is_uuid7(merged.id) and is_uuid7(merged.person.id) and is_uuid7(merged.notes[0].id)


def test_merge_does_not_modify_current() -> None:
    current = stored()
    before = current.to_json()
    merge_update(current, {"case": {"assigned_to": "other"}}, today=TODAY, new_id=ids().new)
    assert current.to_json() == before


@pytest.mark.parametrize(
    ("partial", "path", "rule"),
    [
        ({"colour": 1}, "colour", "unknown_key"),
        ({"person": {"nick": "x"}}, "person.nick", "unknown_key"),
        (
            {
                "journey": [
                    {"stage": "transit", "country": "EGY", "started_on": "2025-02-20", "x": 1}
                ]
            },
            "journey[0].x",
            "unknown_key",
        ),
        (
            {"journey": [{"stage": "transit", "country": "EGY", "started_on": "2030-01-01"}]},
            "journey[0].started_on",
            "future",
        ),
        (
            {"journey": [{"id": "0195a0b2-7c00-7000-8000-0000000000ff", "place": "x"}]},
            "journey[0].id",
            "unknown_id",
        ),
        (
            {"journey": [{"id": "0195a0b2-7c00-7000-8000-000000000005", "ended_on": "2024-01-01"}]},
            "journey[0].ended_on",
            "date_order",
        ),
        (
            {"notes": [{"id": "0195a0b2-7c00-7000-8000-00000000000b", "text": "changed"}]},
            "notes[0]",
            "append_only",
        ),
        (
            {"assistance": [{"id": "0195a0b2-7c00-7000-8000-000000000007", "details": "x"}]},
            "assistance[0]",
            "append_only",
        ),
        ({"case": {"status": "closed"}}, "case.status", "workflow_only"),
        ({"case": {"case_number": "FC-X-1"}}, "case.case_number", "immutable"),
        ({"id": "0195a0b2-7c00-7000-8000-0000000000ff"}, "id", "immutable"),
        ({"person": {"id": "0195a0b2-7c00-7000-8000-0000000000ff"}}, "person.id", "immutable"),
        ({"person": "x"}, "person", "type"),
        ({"journey": {}}, "journey", "type"),
        ({"journey": [3]}, "journey[0]", "type"),
        ({"person": {"given_name": ""}}, "person.given_name", "empty"),
        ({"person": {"age_estimate": None}}, "person.date_of_birth", "age_or_birth_date"),
    ],
)
def test_merge_errors(partial: dict[str, Any], path: str, rule: str) -> None:
    with pytest.raises(ValidationErrors) as info:
        merge_update(stored(), partial, today=TODAY, new_id=ids().new)
    assert (path, rule) in info.value.rules(), str(info.value)


def test_merge_rejects_non_object() -> None:
    with pytest.raises(ValidationErrors) as info:
        merge_update(stored(), [], today=TODAY, new_id=ids().new)
    assert info.value.rules() == {("", "type")}


def test_merge_allows_unchanged_append_only_and_same_status() -> None:
    current = stored()
    note = current.to_json()["notes"][0]  # type: ignore[index]
    merged = merge_update(
        current,
        {"notes": [note], "case": {"status": "assessment", "case_number": "FC-7K3M9QXA-000042"}},
        today=TODAY,
        new_id=ids().new,
    )
    assert merged == current


def test_with_status_applies_a_workflow_result() -> None:
    current = stored()
    closed = with_status(current, codes.Status.CLOSURE_REQUESTED)
    assert closed.case.status is codes.Status.CLOSURE_REQUESTED
    assert closed.case.site == current.case.site and closed.notes == current.notes
