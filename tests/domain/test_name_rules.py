"""Names: no bidirectional control characters, and at least one visible character.

A right-to-left override in a name reorders what a colleague reads on screen and in an export
(a name that displays as another person's); a name of zero-width characters is a record nobody
can find or tell apart. Both were accepted. The rules live in the domain's field readers, so
create, update and the server's push validation all apply them.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from fieldcase.domain.document import (
    ValidationErrors,
    merge_update,
    parse_case_document,
    read_stored_document,
)

TODAY = date(2025, 3, 15)
BIDI_CONTROLS = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068",
                 "\u2069", "\u200e", "\u200f", "\u061c"]
INVISIBLE_NAMES = ["\u200b", "\u200b\u200c\u200d", "\ufeff\u2060", "\u200b \u200b", "\u034f"]


def document(**person: Any) -> dict[str, Any]:
    return {
        "person": {"given_name": "Selam", "sex": "female", "nationality": "ERI",
                   "age_estimate": 30, **person},
        "case": {"site": "LAMP-01", "stage": "transit"},
        "household": [{"relationship": "sibling", "name": "Yonas"}],
    }


def rules_of(doc: dict[str, Any]) -> set[tuple[str, str]]:
    with pytest.raises(ValidationErrors) as caught:
        parse_case_document(doc, today=TODAY)
    return caught.value.rules()


NAME_FIELDS = [
    ("person.given_name", lambda text: document(given_name=text)),
    ("person.family_name", lambda text: document(family_name=text)),
    ("person.other_names[0]", lambda text: document(other_names=[text])),
    ("household[0].name", lambda text: {**document(), "household": [
        {"relationship": "sibling", "name": text}]}),
]


@pytest.mark.parametrize("control", BIDI_CONTROLS, ids=lambda c: f"U+{ord(c):04X}")
@pytest.mark.parametrize(("path", "make"), NAME_FIELDS, ids=[p for p, _ in NAME_FIELDS])
def test_a_bidirectional_control_in_a_name_is_refused(control: str, path: str, make: Any) -> None:
    assert (path, "bidi_control") in rules_of(make(f"Sel{control}am"))


@pytest.mark.parametrize("text", INVISIBLE_NAMES, ids=repr)
@pytest.mark.parametrize(("path", "make"), NAME_FIELDS, ids=[p for p, _ in NAME_FIELDS])
def test_a_name_needs_a_visible_character(text: str, path: str, make: Any) -> None:
    assert (path, "invisible") in rules_of(make(text))


def test_the_message_never_repeats_the_name() -> None:
    with pytest.raises(ValidationErrors) as caught:
        parse_case_document(document(given_name="Sel\u202eam"), today=TODAY)
    assert all("Sel" not in str(error) for error in caught.value.errors)


def test_names_in_every_script_and_joiners_inside_them_are_kept() -> None:
    """A zero-width non-joiner is part of Persian spelling; Arabic, Ge'ez and combining
    accents are ordinary letters and marks."""
    names = {"given_name": "ሰላም", "family_name": "سلام تسفاي",
             "other_names": ["Noé Müller", "فرزانه\u200cای", "Zoë"]}
    parsed = parse_case_document(document(**names), today=TODAY)
    assert parsed.person.other_names[1] == "فرزانه\u200cای"


def test_other_text_fields_are_not_held_to_the_name_rules() -> None:
    """The rules are about names; a note may quote anything (control characters aside)."""
    doc = {**document(), "notes": [{"text": "said \u202eabc", "author": "w1",
                                    "written_at": "2025-03-01T10:00:00Z"}]}
    assert parse_case_document(doc, today=TODAY).notes[0].text == "said \u202eabc"


def test_an_update_cannot_bring_a_control_in() -> None:
    stored = parse_case_document({**document(), "id": "0195a0b2-7c00-7000-8000-000000000001"},
                                 today=TODAY)
    with pytest.raises(ValidationErrors) as caught:
        merge_update(stored, {"person": {"family_name": "\u2067Tesfay"}}, today=TODAY,
                     new_id=lambda: "0195a0b2-7c00-7000-8000-0000000000ff")
    assert ("person.family_name", "bidi_control") in caught.value.rules()


def test_a_stored_name_from_before_the_rule_still_opens_and_names_its_problem() -> None:
    """A case stored before the rule existed is not locked away: it opens, its problem is
    listed (so it can be mended), and an edit may keep it but not add another."""
    stored_json = {**document(given_name="Sel\u202eam"),
                   "id": "0195a0b2-7c00-7000-8000-000000000001"}
    stored = read_stored_document(stored_json, today=TODAY)
    assert [(p.path, p.rule) for p in stored.problems] == [("person.given_name", "bidi_control")]
    edited = merge_update(stored.document, {"person": {"age_estimate": 31}}, today=TODAY,
                          new_id=lambda: "0195a0b2-7c00-7000-8000-0000000000ff",
                          known_problems=stored.problems)
    assert edited.person.age_estimate == 31
    with pytest.raises(ValidationErrors):
        merge_update(stored.document, {"person": {"family_name": "\u200b"}}, today=TODAY,
                     new_id=lambda: "0195a0b2-7c00-7000-8000-0000000000ff",
                     known_problems=stored.problems)
