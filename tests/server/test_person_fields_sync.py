"""The person's newer fields (interpreter needed, interview language, safe to contact, code
word) pass the server's push validation, reach the team's other laptops, and are refused when
they break their rules, as the device refuses them (issue 9: new fields of the case document
"in its schema, docs and sync")."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from fieldcase.server.db import create_engine

from .sync_harness import World, make_world

NEW_FIELDS: dict[str, object] = {
    "interpreter_needed": True, "interview_language": "ti",
    "contact": {"phone": None, "other": None, "safe_to_contact": False,
                "code_word": "blue river"}}


@pytest.fixture
def lite(sqlite_db_url: str) -> Iterator[World]:
    engine: sa.Engine = create_engine(sqlite_db_url)
    try:
        yield make_world(engine, sqlite_db_url)
    finally:
        engine.dispose()


def test_the_new_person_fields_are_taken_and_reach_the_team(lite: World) -> None:
    amina, sara = lite.enrol("amina"), lite.enrol("sara")
    case_id, batch = amina.new_case(assigned_to="amina")
    person_id = next(c.record_id for c in batch if c.kind == "person")
    edit = amina.edit(case_id, person_id, "person", NEW_FIELDS)
    answer = amina.push([*batch, edit])
    assert not answer.rejected
    sara.pull_all()
    for name, value in NEW_FIELDS.items():
        assert sara.value(case_id, person_id, name) == value


@pytest.mark.parametrize(("values", "reason"), [
    ({"interpreter_needed": "yes"}, "invalid.interpreter_needed.type"),
    ({"interview_language": "tir"}, "invalid.interview_language.unknown_code"),
    ({"contact": {"safe_to_contact": 1}}, "invalid.contact.type"),
    ({"contact": {"code_word": "x" * 101}}, "invalid.contact.too_long"),
    ({"contact": {"code_word": "two\nlines"}}, "invalid.contact.control_chars"),
])
def test_a_new_person_field_that_breaks_its_rule_is_refused(
        lite: World, values: dict[str, object], reason: str) -> None:
    amina = lite.enrol("amina")
    case_id, batch = amina.new_case(assigned_to="amina")
    amina.push(batch)
    person_id = next(c.record_id for c in batch if c.kind == "person")
    bad = amina.edit(case_id, person_id, "person", values)
    answer = amina.push([bad])
    assert [r.reason for r in answer.rejected] == [reason]
