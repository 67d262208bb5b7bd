"""Push and pull over HTTP in-process, on SQLite and PostgreSQL: round trips between devices,
idempotency, quarantined rejections, conflicts, scope changes, erasure and wire size."""

from __future__ import annotations

import dataclasses
import threading
import uuid
from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from fieldcase.domain.merge import case_conflicts, edit_change, record_view
from fieldcase.server.db import changes, conflicts, device_cases, records
from fieldcase.server.sync_state import load_cases
from fieldcase.sync.protocol import ErrorBody, PullResponse, PushResponse, compress, encode
from fieldcase.sync.protocol_json import change_to_json

from .sync_harness import WHOLE, Device, World, make_world, wire_bytes


@pytest.fixture
def world(engine: sa.Engine, db_url: str) -> Iterator[World]:
    yield make_world(engine, db_url)


def feed_rows(world: World) -> int:
    with world.engine.connect() as conn:
        return conn.execute(sa.select(sa.func.count()).select_from(changes)).scalar_one()


def test_enrol_push_pull_round_trip_between_two_devices(world: World) -> None:
    amina, sara = world.enrol("amina"), world.enrol("sara", "Supervisor laptop")
    case_id, created = amina.new_case(assigned_to="amina")
    answer = amina.push(created)
    assert set(answer.accepted) == {c.change_id for c in created}
    assert answer.rejected == () and answer.conflicts == ()

    pulled = sara.pull_all()
    assert {c.change_id for p in pulled for c in p.entries} == {c.change_id for c in created}
    assert sara.cases[case_id] == amina.cases[case_id]

    sara_edit = sara.edit(case_id, case_id, "case", {"stage": "destination"})
    assert sara.push([sara_edit]).accepted == (sara_edit.change_id,)
    amina.pull_all()
    assert amina.value(case_id, case_id, "stage") == "destination"
    assert amina.cases[case_id] == sara.cases[case_id]
    own = amina.pull()  # nothing new, and its own pushes are never echoed back
    assert own.entries == () and own.purges == () and not own.more


def test_a_repeated_push_acknowledges_the_same_and_inserts_nothing(world: World) -> None:
    amina = world.enrol("amina")
    _, created = amina.new_case(assigned_to="amina")
    first = amina.push(created)
    rows = feed_rows(world)
    again = amina.push(created)  # the first answer was lost
    assert again.accepted == first.accepted and again.rejected == ()
    assert feed_rows(world) == rows


def test_a_rejected_change_is_quarantined_and_the_rest_applies(world: World) -> None:
    amina, hana = world.enrol("amina"), world.enrol("hana")
    theirs, made = hana.new_case(site="PORT-01", assigned_to="hana")
    hana.push(made)
    case_id, created = amina.new_case(assigned_to="amina")
    amina.push(created)
    amina.cases[theirs] = hana.cases[theirs]  # as if the id had leaked to amina
    good = amina.edit(case_id, created[1].record_id, "person", {"age_estimate": 24})
    foreign = amina.edit(theirs, made[1].record_id, "person", {"age_estimate": 60})
    closing = amina.edit(case_id, case_id, "case", {"status": "closed"})
    answer = amina.push([foreign, good, closing])
    assert answer.accepted == (good.change_id,)
    assert dict((r.change_id, r.reason) for r in answer.rejected) == {
        foreign.change_id: "not_found", closing.change_id: "forbidden"}


def test_one_malformed_change_does_not_fail_the_batch(world: World) -> None:
    amina = world.enrol("amina")
    _, created = amina.new_case(assigned_to="amina")
    bad_id = amina.ids()
    body = compress(encode({"d": amina.id, "b": amina.ids(), "ch": [
        change_to_json(created[0]), change_to_json(created[1]),
        {"i": bad_id, "c": "nonsense"}]}))
    response = amina.send("/v1/sync/push", body)
    assert response.status_code == 200
    answer = PushResponse.from_bytes(response.content, compressed=False)
    assert len(answer.accepted) == 2 and [(r.change_id, r.reason) for r in answer.rejected] == [
        (bad_id, "malformed")]


def test_concurrent_edits_become_one_conflict_on_both_sides(world: World) -> None:
    amina, sara = world.enrol("amina"), world.enrol("sara")
    case_id, created = amina.new_case(assigned_to="amina")
    amina.push(created)
    sara.pull_all()
    person = created[1].record_id
    mine = amina.edit(case_id, person, "person", {"age_estimate": 31})
    theirs = sara.edit(case_id, person, "person", {"age_estimate": 35})
    assert sara.push([theirs]).conflicts == ()
    opened = amina.push([mine]).conflicts
    assert len(opened) == 1 and opened[0].field == "age_estimate"
    pulled = sara.pull_all()
    assert [c.conflict_id for p in pulled for c in p.conflicts] == [opened[0].conflict_id]
    assert case_conflicts(sara.cases[case_id]) == opened
    with world.engine.connect() as conn:
        assert conn.execute(sa.select(conflicts.c.status)).scalars().all() == ["open"]


def test_a_reassigned_case_leaves_the_old_worker_and_reaches_the_new_one(world: World) -> None:
    amina, bilal, sara = world.enrol("amina"), world.enrol("bilal"), world.enrol("sara")
    case_id, created = amina.new_case(assigned_to="amina")
    note = amina.make(case_id, "note", {"text": "first visit"})
    amina.push([*created, note])
    assert case_id not in {c.case_id for p in bilal.pull_all() for c in p.entries}
    sara.pull_all()
    sara.push([sara.edit(case_id, case_id, "case", {"assigned_to": "bilal"})])

    left = amina.pull_all()
    assert [p.out_of_scope for p in left if p.out_of_scope] == [(case_id,)]
    assert case_id not in amina.cases
    assert all(p.out_of_scope == () for p in amina.pull_all())  # told once, then settled

    arrived = bilal.pull_all()  # the whole history, from before bilal's cursor too
    assert note.change_id in {c.change_id for p in arrived for c in p.entries}
    assert bilal.cases[case_id] == sara.cases[case_id]
    assert bilal.value(case_id, case_id, "assigned_to") == "bilal"


def test_a_lost_pull_answer_is_sent_again(world: World) -> None:
    amina, sara = world.enrol("amina"), world.enrol("sara")
    case_id, created = amina.new_case(assigned_to="amina")
    amina.push(created)
    sara.pull_all()
    sara.push([sara.edit(case_id, case_id, "case", {"assigned_to": "bilal"})])
    lost = PullResponse.from_bytes(amina.pull_raw().content, compressed=False)
    assert lost.out_of_scope == (case_id,)
    again = amina.pull()  # same old cursor: the device never applied the lost answer
    assert again.out_of_scope == (case_id,)
    assert amina.pull().out_of_scope == ()
    with world.engine.connect() as conn:
        assert conn.execute(sa.select(device_cases.c.case_id).where(
            device_cases.c.device_id == uuid.UUID(amina.id))).all() == []


def test_a_purge_erases_the_case_everywhere_including_the_feed(world: World) -> None:
    amina, sara = world.enrol("amina"), world.enrol("sara")
    case_id, created = amina.new_case(assigned_to="amina", given_name="Canary-Purge")
    amina.push(created)
    sara.pull_all()
    purge = sara.purge(case_id)
    assert sara.push([purge]).accepted == (purge.change_id,)
    with world.engine.connect() as conn:
        payloads = dict(conn.execute(sa.select(changes.c.change_id, changes.c.payload)).all())
        stored = conn.execute(sa.select(records.c.fields)).scalars().all()
    assert all(payloads[uuid.UUID(c.change_id)] is None for c in created)
    assert payloads[uuid.UUID(purge.change_id)] is not None
    assert b"Canary" not in b"".join(p for p in payloads.values() if p)
    assert "Canary" not in repr(stored) and len(stored) == 1

    answer = amina.pull()
    assert answer.purges == (purge,) and answer.entries == ()
    assert amina.cases[case_id].purged is not None and not amina.cases[case_id].records
    late = amina.edit(case_id, created[1].record_id, "person", {"age_estimate": 40})
    rows = feed_rows(world)
    assert amina.push([late]).accepted == (late.change_id,)  # absorbed: acknowledged, not kept
    assert feed_rows(world) == rows


def test_a_page_limit_splits_the_pull_without_losing_anything(world: World) -> None:
    amina, sara = world.enrol("amina"), world.enrol("sara")
    made = []
    for _ in range(4):
        made += amina.new_case(assigned_to="amina")[1]
    amina.push(made)
    pages = sara.pull_all(limit=3)
    assert len(pages) > 1 and pages[0].more
    received = [c.change_id for p in pages for c in p.entries]
    assert sorted(set(received)) == sorted(c.change_id for c in made)


def test_a_no_op_sync_stays_under_one_kilobyte_on_the_wire(world: World) -> None:
    """A sync with an empty outbox is one pull: under 1 KB with its headers. Adding an empty
    push doubles the ~520 bytes of signing headers, which HTTP/1.1 cannot compress."""
    amina = world.enrol("amina")
    amina.pull_all()
    push = amina.push_raw([])
    pull = amina.pull_raw()
    assert push.status_code == pull.status_code == 200
    print(f"no-op pull {wire_bytes(pull)} B, empty push {wire_bytes(push)} B on the wire")
    assert wire_bytes(pull) <= 1024
    assert wire_bytes(push) <= 1024


def test_a_session_past_half_life_gets_a_new_token(world: World) -> None:
    amina = world.enrol("amina")
    assert "x-fieldcase-new-session" not in amina.pull_raw().headers
    world.clock.advance(days=16)
    fresh = amina.pull_raw().headers["x-fieldcase-new-session"]
    world.clock.advance(days=20)  # past the first token's expiry, within the new one's
    assert amina.pull_raw().json()["kind"] == "session_expired"
    amina.enrolment = dataclasses.replace(amina.enrolment, session_token=fresh)
    assert amina.pull_raw().status_code == 200


def test_errors_are_small_json_bodies(world: World) -> None:
    amina = world.enrol("amina")
    response = amina.send("/v1/sync/pull", b"not zstd")
    assert response.status_code == 400
    assert response.headers["content-type"] == "application/json"
    assert ErrorBody.from_json(response.json()).kind == "protocol"
    assert "content-encoding" not in response.headers


def test_concurrent_pushes_to_one_record_lose_nothing(world: World) -> None:
    """Devices push edits of one record at the same moment (a real race on PostgreSQL, where
    each push reads the record's state and writes it back): every edit ends up in the stored
    state, which equals what a device rebuilds from the feed."""
    amina = world.enrol("amina")
    case_id, created = amina.new_case(assigned_to="amina")
    person = created[1]
    amina.push(created)
    edits: list[tuple[str, object]] = [
        ("family_name", "Tesfay"), ("gender", "woman"), ("languages", ["ti"]),
        ("contact", {"phone": "+39 06 555 0100"}), ("other_names", ["Mimi"]),
        ("date_of_birth", "1990-01-01")]
    writers = [world.enrol("sara", f"laptop {i}") for i in range(len(edits))]
    for device in writers:
        device.pull_all()
    start = threading.Barrier(len(writers))
    expected = {name: edit.value for name, edit in person.fields.items()}

    def write(field: tuple[str, object], device: Device) -> None:
        change = device.edit(case_id, person.record_id, "person", dict([field]))
        start.wait()
        assert device.push([change]).accepted == (change.change_id,)

    threads = [threading.Thread(target=write, args=(e, d)) for e, d in zip(edits, writers,
                                                                           strict=True)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    expected.update(edits)
    with world.engine.connect() as conn:
        stored, _ = load_cases(conn, world.org_id, [case_id])
    assert dict(record_view(stored[case_id].records[person.record_id]).values) == expected
    reader = world.enrol("sara", "reader")
    reader.pull_all()
    assert reader.cases[case_id] == stored[case_id]


def test_one_record_id_under_two_cases_in_one_push_keeps_the_first(world: World) -> None:
    """A record belongs to one case: the second claim in the same batch is refused alone (on
    PostgreSQL the bulk upsert would otherwise meet the same row twice and fail the push)."""
    amina = world.enrol("amina")
    first, made_first = amina.new_case(assigned_to="amina")
    second, made_second = amina.new_case(assigned_to="amina")
    shared = amina.ids()
    note = amina.make(first, "note", {"text": "first"}, record_id=shared)
    stray = edit_change(None, {**WHOLE["note"], "text": "second"},
                        change_id=amina.ids(), case_id=second, record_id=shared, kind="note",
                        stamp=amina.stamp(), author="amina")
    answer = amina.push([*made_first, *made_second, note, stray])
    assert [(r.change_id, r.reason) for r in answer.rejected] == [
        (stray.change_id, "case_mismatch")]
    assert note.change_id in answer.accepted
    other = world.enrol("amina", "Second laptop")
    other.pull_all()
    assert shared in other.cases[first].records and shared not in other.cases[second].records
