"""The push's bulk writes on PostgreSQL (``server.pg_bulk``) store exactly what the plain
statements store, and a large push stays idempotent by change id on both back ends."""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator, Sequence
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

from fieldcase.domain.hlc import Stamp
from fieldcase.domain.ids import uuid7
from fieldcase.domain.merge import Change, apply_batch, edit_change, purge_change
from fieldcase.server import feed, pg_bulk
from fieldcase.server.db import changes, create_engine, records
from fieldcase.server.sync_state import confidential_records, load_cases, load_for_batch

from .conftest import NOW, make_org
from .sync_harness import WHOLE, World, make_world

AWKWARD_TEXT = ('quote " backslash \\ brace { } comma , NULL "NULL" tab \t newline \n '
                "Arabic أمينة Ge'ez ሰላም emoji 🙂")
AWKWARD_NAME = " ".join(AWKWARD_TEXT.split())  # a name is one line: no tab, no line feed


@pytest.fixture
def pg_engine(pg_url: str) -> Iterator[sa.Engine]:
    engine = create_engine(pg_url)
    try:
        yield engine
    finally:
        engine.dispose()


def _feed_row(org_id: uuid.UUID, number: int, payload: bytes) -> dict[str, object]:
    return {"change_id": uuid.uuid4(), "org_id": org_id, "case_id": uuid.uuid4(),
            "record_id": uuid.uuid4(), "kind": "note", "op": "upsert", "payload": payload,
            "hlc": f"0000{number:08x}-00000000-laptop.{number}", "author": AWKWARD_TEXT,
            "device_id": uuid.uuid4(), "accepted_at": NOW}


def _record_row(org_id: uuid.UUID, record_id: uuid.UUID, fields: dict[str, object],
                scoped: bool) -> dict[str, object]:
    return {"record_id": record_id, "org_id": org_id, "case_id": record_id, "kind": "note",
            "fields": fields, "deleted": not scoped,
            "team_id": uuid.uuid4() if scoped else None, "site_id": None,
            "assigned_to": uuid.uuid4() if scoped else None, "updated_at": NOW}


def _stored(conn: sa.Connection, table: sa.Table, org_id: uuid.UUID,
            order: Sequence[sa.ColumnElement[Any]]) -> list[dict[str, object]]:
    rows = conn.execute(sa.select(table).where(table.c.org_id == org_id).order_by(*order))
    return [{k: v for k, v in row._mapping.items() if k not in ("seq", "txid", "org_id")}
            for row in rows]


def test_feed_rows_through_arrays_equal_the_plain_insert(pg_engine: sa.Engine) -> None:
    plain_org, bulk_org = make_org(pg_engine, "Plain"), make_org(pg_engine, "Bulk")
    payloads = [b"", b"\x00\x01\\x\"{,}", AWKWARD_TEXT.encode(), bytes(range(256))]
    plain = [_feed_row(plain_org, n, payloads[n % 4]) for n in range(40)]
    bulk = [{**row, "org_id": bulk_org} for row in plain]
    for row in bulk:  # change ids are unique across the whole feed
        row["change_id"] = uuid.UUID(int=row["change_id"].int ^ 1)  # type: ignore[union-attr]
    with pg_engine.begin() as conn:
        statement = postgresql.insert(changes).on_conflict_do_nothing(
            index_elements=[changes.c.change_id]).returning(changes.c.change_id)
        plain_ids = [r.change_id for r in conn.execute(statement, plain)]
        bulk_ids = pg_bulk.insert_rows(conn, changes, bulk,
                                       conflict="ON CONFLICT (change_id) DO NOTHING",
                                       returning="change_id")
        again = pg_bulk.insert_rows(conn, changes, bulk[:5],
                                    conflict="ON CONFLICT (change_id) DO NOTHING",
                                    returning="change_id")
    assert len(plain_ids) == len(bulk_ids) == 40
    assert again == []  # already stored: nothing inserted, nothing returned
    with pg_engine.connect() as conn:
        order = (changes.c.txid, changes.c.seq)
        stored_plain = _stored(conn, changes, plain_org, order)
        stored_bulk = _stored(conn, changes, bulk_org, order)
    for row in stored_bulk:
        row["change_id"] = uuid.UUID(int=row["change_id"].int ^ 1)  # type: ignore[union-attr]
    assert stored_bulk == stored_plain
    assert [r["change_id"] for r in stored_plain] == [r["change_id"] for r in plain]  # order


def test_record_upserts_through_arrays_equal_the_plain_upsert(pg_engine: sa.Engine) -> None:
    orgs = make_org(pg_engine, "Plain"), make_org(pg_engine, "Bulk")
    rng = random.Random(3)
    ids = {org: [uuid.UUID(int=rng.getrandbits(128)) for _ in range(30)] for org in orgs}
    fields: list[dict[str, object]] = [
        {"f": {"text": {"h": [["0000000001-00000001-a", "amina", AWKWARD_TEXT]], "s": []}},
         "d": [], "x": []},
        {"f": {"n": {"h": [["0000000002-00000001-b", "sara", 12.5], ["01-b", "x", None]],
                     "s": ["0000000001-00000001-a"]}, "nested": {"h": [], "s": []}},
         "d": [["0000000003-00000001-a", "amina", ["0000000001-00000001-a"]]], "x": []},
        {"p": ["0000000004-00000001-a", "amina"]},
    ]
    rewritten = ("fields", "deleted", "team_id", "site_id", "assigned_to", "updated_at")
    conflict = "ON CONFLICT (record_id) DO UPDATE SET " + ", ".join(
        f"{name} = excluded.{name}" for name in rewritten)
    for round_number in range(2):  # the second round updates every row written by the first
        batches = {org: [_record_row(org, record_id, fields[(i + round_number) % 3],
                                     scoped=(i + round_number) % 2 == 0)
                         for i, record_id in enumerate(ids[org])] for org in orgs}
        for row_plain, row_bulk in zip(*batches.values(), strict=True):
            row_bulk["team_id"], row_bulk["assigned_to"] = (row_plain["team_id"],
                                                            row_plain["assigned_to"])
        with pg_engine.begin() as conn:
            insert = postgresql.insert(records)
            conn.execute(insert.on_conflict_do_update(
                index_elements=[records.c.record_id],
                set_={name: insert.excluded[name] for name in rewritten}), batches[orgs[0]])
            pg_bulk.insert_rows(conn, records, batches[orgs[1]], conflict=conflict)
        with pg_engine.connect() as conn:
            stored = [_stored(conn, records, org, [records.c.case_id]) for org in orgs]
        position = {record_id: i for i, record_id in enumerate(ids[orgs[1]])}
        plain_by_position = {ids[orgs[0]].index(row["record_id"]): row  # type: ignore[arg-type]
                             for row in stored[0]}
        for row in stored[1]:
            expected = plain_by_position[position[row["record_id"]]]  # type: ignore[index]
            assert {**row, "record_id": None, "case_id": None} == {
                **expected, "record_id": None, "case_id": None}


def test_any_of_finds_the_same_rows_as_in(pg_engine: sa.Engine) -> None:
    org_id = make_org(pg_engine)
    rows = [_feed_row(org_id, n, b"x") for n in range(12)]
    wanted = {rows[n]["change_id"] for n in (0, 3, 7)} | {uuid.uuid4()}
    with pg_engine.begin() as conn:
        feed.append(conn, org_id, [feed.Change(
            change_id=r["change_id"], case_id=r["case_id"], record_id=r["record_id"],  # type: ignore[arg-type]
            kind="note", op="upsert", payload=b"x", hlc=str(r["hlc"]), author="amina",
            device_id=r["device_id"]) for r in rows], now=NOW)  # type: ignore[arg-type]
        for ids in (wanted, set(), {rows[1]["change_id"]}):
            found = {r[0] for r in conn.execute(sa.select(changes.c.change_id).where(
                pg_bulk.any_of(changes.c.change_id, ids, conn)))}  # type: ignore[arg-type]
            assert found == ids & {r["change_id"] for r in rows}


# -- through the HTTP push, on both back ends ---------------------------------------------------

NODE = "laptop-7"


def _batch(cases: int, seed: int) -> list[Change]:
    """``cases`` new LAMP-01 cases of four records each, then a second edit of every person
    (so the batch merges into records it created itself); ids and stamps fixed by ``seed``."""
    rng = random.Random(seed)
    wall = int(NOW.timestamp() * 1000)
    counter = 0

    def stamp() -> Stamp:
        nonlocal counter
        counter += 1
        return Stamp(wall, counter, NODE)

    def new_id() -> str:
        return uuid7(wall, rng.randbytes(10))

    batch: list[Change] = []
    people: list[Change] = []
    for number in range(cases):
        case_id = new_id()
        batch.append(edit_change(None, {"site": "LAMP-01", "status": "open", "stage": "transit",
                                        "assigned_to": None}, change_id=new_id(),
                                 case_id=case_id, record_id=case_id, kind="case",
                                 stamp=stamp(), author="sara"))
        person = edit_change(None, {**WHOLE["person"], "given_name": f"{AWKWARD_NAME} {number}",
                                    "languages": ["ar", "ti"]}, change_id=new_id(),
                             case_id=case_id, record_id=new_id(), kind="person",
                             stamp=stamp(), author="sara")
        people.append(person)
        batch.append(person)
        for kind, values in (("note", {"text": AWKWARD_TEXT, "confidential": False}),
                             ("task", {"title": f"call back {number}"})):
            batch.append(edit_change(None, {**WHOLE[kind], **values}, change_id=new_id(),
                                     case_id=case_id,
                                     record_id=new_id(), kind=kind, stamp=stamp(),
                                     author="sara"))
    replica = apply_batch({}, batch, seen=set()).cases
    for person in people:
        state = replica[person.case_id].records[person.record_id]
        batch.append(edit_change(state, {"family_name": "Second"}, change_id=new_id(),
                                 case_id=person.case_id, record_id=person.record_id,
                                 kind="person", stamp=stamp(), author="sara"))
    return batch


def _push_twice(world: World, batch: list[Change]) -> tuple[list[dict[str, object]],
                                                           dict[str, object]]:
    sara = world.enrol("sara")
    first = sara.push(batch)
    assert first.rejected == () and set(first.accepted) == {c.change_id for c in batch}
    with world.engine.connect() as conn:
        order = (changes.c.txid, changes.c.seq)
        feed_before = _stored(conn, changes, world.org_id, order)
        states_before, _ = load_cases(conn, world.org_id, {c.case_id for c in batch})
    again = sara.push(batch)  # the first answer was lost: the same batch again
    assert again.accepted == first.accepted and again.rejected == ()
    with world.engine.connect() as conn:
        assert _stored(conn, changes, world.org_id, order) == feed_before
        states_after, _ = load_cases(conn, world.org_id, {c.case_id for c in batch})
    assert states_after == states_before
    for row in feed_before:
        row.pop("device_id")  # the enrolled device's id differs between the two databases
        row.pop("accepted_at")
    with world.engine.connect() as conn:
        fields = {str(r.record_id): r.fields for r in conn.execute(
            sa.select(records.c.record_id, records.c.fields).where(
                records.c.org_id == world.org_id))}
    return feed_before, fields


def test_a_large_push_pushed_twice_stores_the_same_on_both_back_ends(
        sqlite_db_url: str, pg_url: str) -> None:
    batch = _batch(cases=40, seed=11)
    results = []
    for url in (sqlite_db_url, pg_url):
        engine = create_engine(url)
        try:
            results.append(_push_twice(make_world(engine, url), batch))
        finally:
            engine.dispose()
    (sqlite_feed, sqlite_records), (pg_feed, pg_records) = results
    assert len(pg_feed) == len(batch)
    assert pg_feed == sqlite_feed  # same changes, same order, same payload bytes
    assert pg_records == sqlite_records  # same merge state of every record


# -- a push decodes only the records it changes -------------------------------------------------


@pytest.fixture
def world(engine: sa.Engine, db_url: str) -> Iterator[World]:
    yield make_world(engine, db_url)


def test_load_for_batch_holds_what_the_merge_and_authorization_read(world: World) -> None:
    sara = world.enrol("sara")
    case_id, made = sara.new_case(assigned_to=None)
    ids: dict[str, str] = {}
    for name, kind, values in (
            ("identity", "identity_document", {}),
            ("secret", "note", {"text": "x", "confidential": True}),
            ("plain", "note", {"text": "y", "confidential": False}),
            ("scan", "attachment", {"kind": "document_scan"}),
            ("photo", "attachment", {"kind": "photo"}),
            ("task", "task", {"title": "call back"})):
        ids[name] = sara.ids()
        made.append(sara.make(case_id, kind, values, record_id=ids[name]))
    gone = sara.ids()
    made.append(sara.make(case_id, "note", {"text": "z", "confidential": True}, record_id=gone))
    made.append(purge_change(change_id=sara.ids(), case_id=case_id, record_id=gone,
                             kind="note", stamp=sara.stamp(), author="sara"))
    assert sara.push(made).rejected == ()
    edit = sara.edit(case_id, ids["task"], "task", {"title": "call again"})
    new_record = sara.make(case_id, "note", {"text": "w"})
    with world.engine.begin() as conn:
        full, scopes = load_cases(conn, world.org_id, [case_id])
        partial = load_for_batch(conn, world.org_id, [edit, new_record])
        whole = load_for_batch(conn, world.org_id, [edit, sara.purge(case_id)])
    stored = full[case_id]
    assert set(partial.states[case_id].records) == {case_id, ids["task"]}
    for record_id, record in partial.states[case_id].records.items():
        assert record == stored.records[record_id]
    assert partial.scopes == whole.scopes == scopes
    assert partial.confidential[case_id] == confidential_records(stored) == {
        ids["identity"], ids["secret"], ids["scan"]}
    assert whole.states == full  # a whole-case purge reads every record
    assert whole.confidential == partial.confidential
