"""One test per validation rule: the error names the field (path) and the rule."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from fieldcase.domain.document import ValidationErrors, parse_case_document

TODAY = date(2025, 3, 15)
CASE_ID = "0195a0b2-7c00-7000-8000-000000000001"
CONSENT_ID = "0195a0b2-7c00-7000-8000-000000000002"
LEG_ID = "0195a0b2-7c00-7000-8000-000000000003"


def base() -> dict[str, Any]:
    return {
        "id": CASE_ID,
        "person": {
            "given_name": "Test",
            "sex": "female",
            "nationality": "ERI",
            "date_of_birth": "2000-01-01",
            "languages": ["ti"],
        },
        "case": {"site": "LAMP-01", "stage": "transit", "opened_on": "2025-03-01"},
        "journey": [
            {"id": LEG_ID, "stage": "origin", "country": "ERI", "started_on": "2024-10-01"}
        ],
        "consents": [
            {
                "id": CONSENT_ID,
                "purpose": "referral",
                "service_id": "svc-legal",
                "given_by": "self",
                "form": "verbal",
                "given_on": "2025-03-01",
            }
        ],
        "referrals": [
            {
                "service_id": "svc-legal",
                "reason": "legal advice",
                "referred_on": "2025-03-02",
                "consent_id": CONSENT_ID,
            }
        ],
        "screenings": [
            {
                "instrument_id": "vuln",
                "instrument_version": 1,
                "completed_at": "2025-03-01T10:00:00Z",
                "answers": {"q1": True},
                "result": {"level": "low"},
            }
        ],
        "notes": [{"text": "seen", "author": "w1", "written_at": "2025-03-01T10:00:00+03:00"}],
        "tasks": [{"title": "follow up", "due_on": "2025-04-01"}],
        "attachments": [
            {"kind": "photo", "media_type": "image/jpeg", "size": 10, "sha256": "a" * 64}
        ],
        "household": [{"relationship": "sibling"}],
        "assistance": [{"type": "food", "provided_on": "2025-03-01", "provided_by": "w1"}],
    }


def test_base_document_is_valid() -> None:
    parse_case_document(base(), today=TODAY)


def _set(path: str, value: object) -> Callable[[dict[str, Any]], None]:
    """Mutation setting ``value`` at a dotted path with [i] indexes (value DELETE removes)."""

    def apply(doc: dict[str, Any]) -> None:
        parts = path.replace("[", ".").replace("]", "").split(".")
        target: Any = doc
        for part in parts[:-1]:
            target = target[int(part)] if part.isdigit() else target[part]
        last = parts[-1]
        if value is DELETE:
            del target[last]
        else:
            target[last] = value

    return apply


DELETE = object()

CASES: list[tuple[str, Callable[[dict[str, Any]], None], str, str]] = [
    ("unknown top-level key", _set("colour", "red"), "colour", "unknown_key"),
    ("unknown nested key", _set("person.nickname", "x"), "person.nickname", "unknown_key"),
    ("unknown key in list item", _set("journey[0].speed", 3), "journey[0].speed", "unknown_key"),
    ("empty document", lambda d: d.clear(), "person", "required"),
    ("missing person", _set("person", DELETE), "person", "required"),
    ("missing given_name", _set("person.given_name", DELETE), "person.given_name", "required"),
    ("blank given_name", _set("person.given_name", "   "), "person.given_name", "empty"),
    ("given_name too long", _set("person.given_name", "a" * 201), "person.given_name", "too_long"),
    ("given_name wrong type", _set("person.given_name", 7), "person.given_name", "type"),
    ("newline in name", _set("person.given_name", "a\nb"), "person.given_name", "control_chars"),
    ("gender too long", _set("person.gender", "g" * 101), "person.gender", "too_long"),
    ("unknown sex", _set("person.sex", "f"), "person.sex", "unknown_code"),
    (
        "unknown nationality",
        _set("person.nationality", "ERT"),
        "person.nationality",
        "unknown_code",
    ),
    (
        "lowercase nationality",
        _set("person.nationality", "eri"),
        "person.nationality",
        "unknown_code",
    ),
    ("unknown language", _set("person.languages", ["xx"]), "person.languages[0]", "unknown_code"),
    (
        "three-letter for two",
        _set("person.languages", ["tir"]),
        "person.languages[0]",
        "unknown_code",
    ),
    ("languages not a list", _set("person.languages", "ti"), "person.languages", "type"),
    (
        "date of birth in future",
        _set("person.date_of_birth", "2025-03-16"),
        "person.date_of_birth",
        "future",
    ),
    (
        "date of birth too old",
        _set("person.date_of_birth", "1904-03-14"),
        "person.date_of_birth",
        "max_age",
    ),
    (
        "date of birth bad format",
        _set("person.date_of_birth", "01/02/2000"),
        "person.date_of_birth",
        "date_format",
    ),
    (
        "date of birth not a date",
        _set("person.date_of_birth", "2001-02-29"),
        "person.date_of_birth",
        "date_format",
    ),
    (
        "no age at all",
        _set("person.date_of_birth", None),
        "person.date_of_birth",
        "age_or_birth_date",
    ),
    ("age estimate too high", _set("person.age_estimate", 121), "person.age_estimate", "range"),
    ("age estimate negative", _set("person.age_estimate", -1), "person.age_estimate", "range"),
    ("age estimate bool", _set("person.age_estimate", True), "person.age_estimate", "type"),
    ("age estimate float", _set("person.age_estimate", 3.5), "person.age_estimate", "type"),
    (
        "unknown disability domain",
        _set("person.disability", {"smell": "no_difficulty"}),
        "person.disability.smell",
        "unknown_key",
    ),
    (
        "unknown disability answer",
        _set("person.disability", {"seeing": "bad"}),
        "person.disability.seeing",
        "unknown_code",
    ),
    (
        "contact unknown key",
        _set("person.contact", {"email": "x"}),
        "person.contact.email",
        "unknown_key",
    ),
    (
        "document type",
        _set("person.documents", [{"type": "visa", "number": "1", "issuing_country": "ERI"}]),
        "person.documents[0].type",
        "unknown_code",
    ),
    (
        "document country",
        _set("person.documents", [{"type": "passport", "number": "1", "issuing_country": "XXA"}]),
        "person.documents[0].issuing_country",
        "unknown_code",
    ),
    (
        "document number missing",
        _set("person.documents", [{"type": "passport", "issuing_country": "ERI"}]),
        "person.documents[0].number",
        "required",
    ),
    (
        "document holder",
        _set(
            "person.documents",
            [{"type": "passport", "number": "1", "issuing_country": "ERI", "held_by": "x"}],
        ),
        "person.documents[0].held_by",
        "unknown_code",
    ),
    ("missing site", _set("case.site", DELETE), "case.site", "required"),
    ("bad site code", _set("case.site", "lamp 01"), "case.site", "format"),
    ("unknown status", _set("case.status", "done"), "case.status", "unknown_code"),
    ("unknown stage", _set("case.stage", "arrival"), "case.stage", "unknown_code"),
    ("unknown flag", _set("case.flags", ["vip"]), "case.flags[0]", "unknown_code"),
    ("unknown risk level", _set("case.risk_level", "extreme"), "case.risk_level", "unknown_code"),
    ("opened in future", _set("case.opened_on", "2025-03-16"), "case.opened_on", "future"),
    ("opened_on null", _set("case.opened_on", None), "case.opened_on", "type"),
    ("bad case id", _set("id", "not-a-uuid"), "id", "uuid"),
    ("uuid4 is not uuid7", _set("id", "0195a0b2-7c00-4000-8000-000000000001"), "id", "uuid"),
    ("uppercase uuid", _set("id", CASE_ID.upper()), "id", "uuid"),
    ("journey country", _set("journey[0].country", "XXB"), "journey[0].country", "unknown_code"),
    (
        "journey started in future",
        _set("journey[0].started_on", "2026-01-01"),
        "journey[0].started_on",
        "future",
    ),
    (
        "journey ended before start",
        _set("journey[0].ended_on", "2024-09-30"),
        "journey[0].ended_on",
        "date_order",
    ),
    (
        "journey ended in future",
        _set("journey[0].ended_on", "2025-03-16"),
        "journey[0].ended_on",
        "future",
    ),
    ("journey means", _set("journey[0].means", "camel"), "journey[0].means", "unknown_code"),
    (
        "journey incident",
        _set("journey[0].incidents", ["theft"]),
        "journey[0].incidents[0]",
        "unknown_code",
    ),
    ("journey not a list", _set("journey", {}), "journey", "type"),
    ("journey item not an object", _set("journey", ["x"]), "journey[0]", "type"),
    (
        "screening version zero",
        _set("screenings[0].instrument_version", 0),
        "screenings[0].instrument_version",
        "range",
    ),
    (
        "screening naive datetime",
        _set("screenings[0].completed_at", "2025-03-01T10:00:00"),
        "screenings[0].completed_at",
        "datetime_format",
    ),
    (
        "screening in future",
        _set("screenings[0].completed_at", "2025-03-16T00:30:00+01:00"),
        "screenings[0].completed_at",
        "future",
    ),
    (
        "screening answer type",
        _set("screenings[0].answers", {"q1": "yes"}),
        "screenings[0].answers.q1",
        "type",
    ),
    ("screening answers type", _set("screenings[0].answers", []), "screenings[0].answers", "type"),
    (
        "screening result level",
        _set("screenings[0].result", {"level": "x"}),
        "screenings[0].result.level",
        "unknown_code",
    ),
    (
        "screening result review",
        _set("screenings[0].result", {"level": "low", "review": 1}),
        "screenings[0].result.review",
        "type",
    ),
    ("assistance type", _set("assistance[0].type", "money"), "assistance[0].type", "unknown_code"),
    (
        "assistance in future",
        _set("assistance[0].provided_on", "2025-04-01"),
        "assistance[0].provided_on",
        "future",
    ),
    (
        "assistance without provider",
        _set("assistance[0].provided_by", DELETE),
        "assistance[0].provided_by",
        "required",
    ),
    ("referral status", _set("referrals[0].status", "lost"), "referrals[0].status", "unknown_code"),
    (
        "referral consent unknown",
        _set("referrals[0].consent_id", LEG_ID),
        "referrals[0].consent_id",
        "unknown_reference",
    ),
    (
        "referral consent other service",
        _set("referrals[0].service_id", "svc-health"),
        "referrals[0].consent_id",
        "consent_service",
    ),
    (
        "referral consent bad uuid",
        _set("referrals[0].consent_id", "c1"),
        "referrals[0].consent_id",
        "uuid",
    ),
    (
        "consent for referral without service",
        _set("consents[0].service_id", None),
        "consents[0].service_id",
        "required_for_referral",
    ),
    (
        "consent service for other purpose",
        _set("consents[0].purpose", "statistics"),
        "consents[0].service_id",
        "only_for_referral",
    ),
    (
        "consent withdrawn before given",
        _set("consents[0].withdrawn_on", "2025-02-28"),
        "consents[0].withdrawn_on",
        "date_order",
    ),
    (
        "consent giver",
        _set("consents[0].given_by", "uncle"),
        "consents[0].given_by",
        "unknown_code",
    ),
    ("consent form", _set("consents[0].form", "email"), "consents[0].form", "unknown_code"),
    ("task title blank", _set("tasks[0].title", ""), "tasks[0].title", "empty"),
    ("task done in future", _set("tasks[0].done_on", "2025-03-16"), "tasks[0].done_on", "future"),
    (
        "note confidential not bool",
        _set("notes[0].confidential", "yes"),
        "notes[0].confidential",
        "type",
    ),
    ("note without author", _set("notes[0].author", DELETE), "notes[0].author", "required"),
    ("note text control char", _set("notes[0].text", "a\x00b"), "notes[0].text", "control_chars"),
    (
        "household relationship",
        _set("household[0].relationship", "friend"),
        "household[0].relationship",
        "unknown_code",
    ),
    (
        "household related case uuid",
        _set("household[0].related_case_id", "FC-1"),
        "household[0].related_case_id",
        "uuid",
    ),
    (
        "attachment kind",
        _set("attachments[0].kind", "video"),
        "attachments[0].kind",
        "unknown_code",
    ),
    (
        "attachment sha256",
        _set("attachments[0].sha256", "A" * 64),
        "attachments[0].sha256",
        "format",
    ),
    ("attachment size", _set("attachments[0].size", -1), "attachments[0].size", "range"),
    (
        "attachment media type",
        _set("attachments[0].media_type", "jpeg"),
        "attachments[0].media_type",
        "format",
    ),
    ("duplicate id", _set("journey[0].id", CONSENT_ID), "consents[0].id", "duplicate_id"),
]


@pytest.mark.parametrize(
    ("mutate", "path", "rule"),
    [pytest.param(m, p, r, id=name) for name, m, p, r in CASES],
)
def test_rule(mutate: Callable[[dict[str, Any]], None], path: str, rule: str) -> None:
    doc = base()
    mutate(doc)
    with pytest.raises(ValidationErrors) as info:
        parse_case_document(doc, today=TODAY)
    assert (path, rule) in info.value.rules(), str(info.value)
    assert any(str(e).startswith(f"{path}: ") for e in info.value.errors)


def test_not_an_object() -> None:
    with pytest.raises(ValidationErrors) as info:
        parse_case_document([1, 2], today=TODAY)
    assert info.value.rules() == {("", "type")}


def test_all_errors_are_collected() -> None:
    doc = base()
    doc["person"]["sex"] = "x"
    doc["case"]["stage"] = "y"
    doc["journey"][0]["ended_on"] = "2000-01-01"
    with pytest.raises(ValidationErrors) as info:
        parse_case_document(doc, today=TODAY)
    assert info.value.rules() == {
        ("person.sex", "unknown_code"),
        ("case.stage", "unknown_code"),
        ("journey[0].ended_on", "date_order"),
    }


def test_message_format() -> None:
    doc = base()
    doc["person"]["date_of_birth"] = "2030-01-01"
    with pytest.raises(ValidationErrors) as info:
        parse_case_document(doc, today=TODAY)
    assert str(info.value.errors[0]) == "person.date_of_birth: must not be in the future"
    assert info.value.kind == "validation"


def test_language_hint_suggests_two_letter_code() -> None:
    doc = base()
    doc["person"]["languages"] = ["ara"]
    with pytest.raises(ValidationErrors) as info:
        parse_case_document(doc, today=TODAY)
    assert "use 'ar'" in str(info.value)


def test_boundaries_are_accepted() -> None:
    doc = base()
    doc["person"]["date_of_birth"] = "1905-03-15"  # exactly 120 today
    doc["journey"][0]["ended_on"] = doc["journey"][0]["started_on"]
    doc["consents"][0]["withdrawn_on"] = "2025-03-01"
    doc["case"]["opened_on"] = TODAY.isoformat()
    doc["tasks"][0]["due_on"] = "2030-01-01"  # due dates may be in the future
    parse_case_document(doc, today=TODAY)


def test_age_estimate_alone_is_enough() -> None:
    doc = base()
    del doc["person"]["date_of_birth"]
    doc["person"]["age_estimate"] = 0
    parse_case_document(doc, today=TODAY)


def test_stateless_and_refugee_nationalities() -> None:
    for code in ("XXA", "XXB", "XXX"):
        doc = copy.deepcopy(base())
        doc["person"]["nationality"] = code
        assert parse_case_document(doc, today=TODAY).person.nationality == code


@pytest.mark.parametrize(("answers", "paths"), [
    ({"q1": True, "": False}, ["screenings[0].answers."]),
    ({"q1": True, "   ": None}, ["screenings[0].answers.   "]),
    ({"q" * 101: True}, ["screenings[0].answers." + "q" * 101]),
    ({"q1": True, "q2": 1}, ["screenings[0].answers.q2"]),
    ({"q1": 1, "q2": None, "q3": 0}, ["screenings[0].answers.q1", "screenings[0].answers.q3"]),
])
def test_every_unsound_screening_answer_is_named(answers: dict[str, Any],
                                                 paths: list[str]) -> None:
    """Sound answers are read in one pass; one unsound answer among them is still named, with
    every other one, in the object's order."""
    doc = base()
    doc["screenings"][0]["answers"] = answers
    with pytest.raises(ValidationErrors) as caught:
        parse_case_document(doc, today=TODAY)
    assert [e.path for e in caught.value.errors] == paths


def test_screening_answers_are_read_in_question_order() -> None:
    doc = base()
    doc["screenings"][0]["answers"] = {"q3": None, "q1": True, "q2": False, "q" * 100: True}
    parsed = parse_case_document(doc, today=TODAY)
    assert parsed.screenings[0].answers == (("q1", True), ("q2", False), ("q3", None),
                                            ("q" * 100, True))
