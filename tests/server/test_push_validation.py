"""Every pushed record is checked with the case document's own rules, as the device checks it.

Issue 8: a note whose text was an object was accepted, and afterwards ``case show``, ``export``
and ``update`` of that case failed on the team supervisor's laptop. A refused change is
quarantined with ``invalid.<field>.<rule>``, the rest of the push applies, and nothing invalid
reaches another device: the feed and the records never hold it.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date

import pytest
import sqlalchemy as sa

from fieldcase.domain.document_stored import read_stored_document
from fieldcase.domain.merge import Change
from fieldcase.server.db import changes, create_engine, records
from fieldcase.storage.record_state import document

from .sync_harness import Device, World, make_world

CANARY = "Canary-Validation-Mehret"
TODAY = date(2026, 11, 30)
VALID: dict[str, dict[str, object]] = {
    "journey_leg": {"stage": "transit", "country": "LBY", "started_on": "2026-10-01"},
    "task": {"title": "call back", "due_on": "2026-12-03"},
    "household_link": {"relationship": "sibling"},
    "consent": {"purpose": "registration", "given_by": "self", "form": "verbal",
                "given_on": "2026-11-29"},
    "attachment": {"kind": "photo", "media_type": "image/jpeg", "size": 10,
                   "sha256": "0" * 64},
    "identity_document": {"type": "passport", "number": "P1234567", "issuing_country": "ERI"},
    "assistance": {"type": "water", "provided_on": "2026-11-29", "provided_by": "amina"},
}


@pytest.fixture
def world(engine: sa.Engine, db_url: str) -> Iterator[World]:
    yield make_world(engine, db_url)


@pytest.fixture
def lite(sqlite_db_url: str) -> Iterator[World]:
    """One back end is enough where the rule, not the storage, is under test."""
    engine = create_engine(sqlite_db_url)
    try:
        yield make_world(engine, sqlite_db_url)
    finally:
        engine.dispose()


def reasons(device: Device, batch: list[Change]) -> dict[str, str]:
    """change id -> "ok" or the rejection reason."""
    answer = device.push(batch)
    found = {cid: "ok" for cid in answer.accepted}
    found.update({r.change_id: r.reason for r in answer.rejected})
    return found


def held_by_server(world: World, record_id: str) -> tuple[int, int]:
    """(feed rows, record rows) for a record."""
    rid = uuid.UUID(record_id)
    with world.engine.connect() as conn:
        return (conn.execute(sa.select(sa.func.count()).select_from(changes)
                             .where(changes.c.record_id == rid)).scalar_one(),
                conn.execute(sa.select(sa.func.count()).select_from(records)
                             .where(records.c.record_id == rid)).scalar_one())


def pulled_ids(device: Device) -> set[str]:
    return {c.change_id for answer in device.pull_all() for c in (*answer.entries,
                                                                   *answer.purges)}


def test_a_note_whose_text_is_an_object_is_quarantined_and_never_reaches_the_team(
        world: World) -> None:
    amina, sara = world.enrol("amina"), world.enrol("sara")
    case_id, batch = amina.new_case(assigned_to="amina")
    good = amina.note(case_id)
    bad = amina.note(case_id, text={"rich": CANARY})
    assert reasons(amina, [*batch, good, bad]) == {
        **{c.change_id: "ok" for c in [*batch, good]}, bad.change_id: "invalid.text.type"}
    assert held_by_server(world, bad.record_id) == (0, 0)
    assert held_by_server(world, good.record_id) == (1, 1)
    assert bad.change_id not in pulled_ids(sara)
    shown = document(sara.cases[case_id])  # what the supervisor's laptop shows and exports
    assert shown is not None and len(shown["notes"]) == 1
    assert read_stored_document(shown, today=TODAY).problems == ()


def test_a_note_longer_than_a_note_may_be_is_quarantined(lite: World) -> None:
    amina = lite.enrol("amina")
    case_id, batch = amina.new_case(assigned_to="amina")
    long = amina.note(case_id, text="x" * 20_001)
    assert reasons(amina, [*batch, long])[long.change_id] == "invalid.text.too_long"
    assert held_by_server(lite, long.record_id) == (0, 0)


EDITS = [  # (kind of an existing record, values, reason)
    ("person", {"sex": "robot"}, "invalid.sex.unknown_code"),
    ("person", {"nationality": 7}, "invalid.nationality.type"),
    ("person", {"date_of_birth": "2020-13-45"}, "invalid.date_of_birth.date_format"),
    ("person", {"given_name": f"{CANARY}\nSecond line"}, "invalid.given_name.control_chars"),
    ("person", {"given_name": None}, "invalid.given_name.type"),
    ("person", {"colour": "blue"}, "invalid.colour.unknown_key"),
    ("person", {"documents": []}, "invalid.documents.unknown_key"),
    ("person", {"contact": {"phone": "1" * 51}}, "invalid.contact.too_long"),
    ("case", {"stage": "orbit"}, "invalid.stage.unknown_code"),
    ("case", {"flags": "urgent"}, "invalid.flags.type"),
]
NEW = [  # (kind of a new record, values replacing the valid ones, reason)
    ("task", {"due_on": 20261203}, "invalid.due_on.date_format"),
    ("task", {"title": "x" * 201}, "invalid.title.too_long"),
    ("task", {"title": None}, "invalid.title.type"),
    ("household_link", {"related_case_id": "not-a-uuid"}, "invalid.related_case_id.uuid"),
    ("consent", {"form": "telepathic"}, "invalid.form.unknown_code"),
    ("journey_leg", {"country": "ZZZ"}, "invalid.country.unknown_code"),
    ("attachment", {"sha256": "XYZ"}, "invalid.sha256.format"),
    ("identity_document", {"issuing_country": ["ERI"]}, "invalid.issuing_country.type"),
    ("assistance", {"id": "0197aaaa-0000-7000-8000-000000000001"}, "invalid.id.unknown_key"),
]


@pytest.mark.parametrize(("kind", "values", "reason"), EDITS,
                         ids=[r for _, _, r in EDITS])
def test_an_edit_that_breaks_a_field_rule_is_refused_naming_the_field(
        lite: World, kind: str, values: dict[str, object], reason: str) -> None:
    amina, sara = lite.enrol("amina"), lite.enrol("sara")
    case_id, batch = amina.new_case(assigned_to="amina")
    amina.push(batch)
    record_id = next(c.record_id for c in batch if c.kind == kind)
    bad = amina.edit(case_id, record_id, kind, values)
    fine = amina.note(case_id)
    assert reasons(amina, [bad, fine]) == {bad.change_id: reason, fine.change_id: "ok"}
    assert held_by_server(lite, record_id)[0] == 1  # the creation only
    assert bad.change_id not in pulled_ids(sara)


@pytest.mark.parametrize(("kind", "values", "reason"), NEW, ids=[r for _, _, r in NEW])
def test_a_new_record_that_breaks_a_field_rule_is_refused_naming_the_field(
        lite: World, kind: str, values: dict[str, object], reason: str) -> None:
    amina, sara = lite.enrol("amina"), lite.enrol("sara")
    case_id, batch = amina.new_case(assigned_to="amina")
    bad = amina.edit(case_id, amina.ids(), kind, {**VALID[kind], **values})
    assert reasons(amina, [*batch, bad])[bad.change_id] == reason
    assert held_by_server(lite, bad.record_id) == (0, 0)
    assert bad.change_id not in pulled_ids(sara)


@pytest.mark.parametrize("kind", sorted(VALID))
def test_a_valid_new_record_of_every_kind_is_taken(lite: World, kind: str) -> None:
    amina = lite.enrol("amina")
    case_id, batch = amina.new_case(assigned_to="amina")
    made = amina.edit(case_id, amina.ids(), kind, VALID[kind])
    assert set(reasons(amina, [*batch, made]).values()) == {"ok"}


@pytest.mark.parametrize("missing", ["text", "author", "written_at"])
def test_a_new_record_without_a_required_field_is_refused(lite: World, missing: str) -> None:
    amina = lite.enrol("amina")
    case_id, batch = amina.new_case(assigned_to="amina")
    note = amina.note(case_id)
    partial = amina.edit(case_id, amina.ids(), "note",
                         {k: v.value for k, v in note.fields.items() if k != missing})
    assert reasons(amina, [*batch, partial])[partial.change_id] == f"invalid.{missing}.required"


def test_a_merge_may_break_a_rule_across_fields_as_on_the_device(lite: World) -> None:
    """Two valid edits that break ``date_order`` only together are both taken: the device
    lists the problem and sends the case to review (docs/sync.md), it never refuses it."""
    amina, sara = lite.enrol("amina"), lite.enrol("sara")
    case_id, batch = amina.new_case(assigned_to="amina")
    leg = amina.edit(case_id, amina.ids(), "journey_leg",
                     {**VALID["journey_leg"], "ended_on": "2026-10-10"})
    amina.push([*batch, leg])
    sara.pull_all()
    ended = amina.edit(case_id, leg.record_id, "journey_leg", {"ended_on": "2026-10-05"})
    started = sara.edit(case_id, leg.record_id, "journey_leg", {"started_on": "2026-10-08"})
    assert reasons(amina, [ended]) == {ended.change_id: "ok"}
    assert reasons(sara, [started]) == {started.change_id: "ok"}


def test_a_value_that_would_lose_a_conflict_is_checked_all_the_same(lite: World) -> None:
    """A bad value is refused even when the merge would not show it: it would still travel
    in the feed and stand as a side of the conflict."""
    amina, sara = lite.enrol("amina"), lite.enrol("sara")
    case_id, batch = amina.new_case(assigned_to="amina")
    amina.push(batch)
    sara.pull_all()
    person = next(c.record_id for c in batch if c.kind == "person")
    winner = sara.edit(case_id, person, "person", {"sex": "male"})
    lite.clock.advance(seconds=-30)  # amina's edit is older: it would lose the conflict
    loser = amina.edit(case_id, person, "person", {"sex": 42})
    lite.clock.advance(seconds=30)  # sent now (not signed before the server started)
    assert reasons(sara, [winner]) == {winner.change_id: "ok"}
    assert reasons(amina, [loser]) == {loser.change_id: "invalid.sex.type"}
