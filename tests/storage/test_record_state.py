"""The compact stored form of each record's merge state, and migration 5.

The property: whatever edits, concurrent edits, deletes and restores a case went through,
storing its state beside the document it shows and reading it back gives the same state.
"""

from __future__ import annotations

import json
from typing import Any

import sqlcipher3
from hypothesis import given, settings
from hypothesis import strategies as st

from fieldcase.domain.hlc import Stamp
from fieldcase.domain.ids import IdFactory
from fieldcase.domain.merge import (
    CaseState,
    apply_to_case,
    delete_change,
    edit_change,
    purge_change,
    record_conflicts,
    resolve_edit_vs_delete,
)
from fieldcase.domain.records import flatten
from fieldcase.storage import cases, record_state
from fieldcase.storage.migrations import MIGRATIONS, migrate
from fieldcase.storage.store import Store

from .conftest import case_json

CASE, PERSON, TASK = (f"0197{n:04x}-0000-7000-8000-000000000000" for n in range(3))
BASE = {PERSON: ("person", {"given_name": "A", "family_name": "B", "contact": {"phone": None}}),
        CASE: ("case", {"site": "S", "status": "open", "stage": "transit", "flags": []}),
        TASK: ("task", {"title": "call", "done_on": None})}


def _created(stamp: Stamp) -> CaseState:
    state = CaseState(CASE)
    for index, (record_id, (kind, values)) in enumerate(BASE.items()):
        state = apply_to_case(state, edit_change(
            None, values, change_id=f"c{index}", case_id=CASE, record_id=record_id, kind=kind,
            stamp=stamp, author="w1"))
    return state


steps = st.lists(st.tuples(st.sampled_from(["edit", "concurrent", "delete", "restore"]),
                           st.sampled_from(sorted(BASE)), st.integers(0, 3)), max_size=12)


@settings(max_examples=150, deadline=None)
@given(steps)
def test_stored_state_reads_back_equal(history: list[tuple[str, str, int]]) -> None:
    state = _created(Stamp(1000, 0, "dev1"))
    for n, (action, record_id, pick) in enumerate(history, start=1):
        kind, values = BASE[record_id]
        name = sorted(values)[pick % len(values)]
        record = state.records[record_id]
        stamp = Stamp(1000 + n, 0, f"dev{pick % 2}")
        if action == "edit":
            change = edit_change(record, {name: f"v{n}"}, change_id=f"e{n}", case_id=CASE,
                                 record_id=record_id, kind=kind, stamp=stamp, author="w2")
        elif action == "concurrent":  # made on a device that saw only the creation
            change = edit_change(_created(Stamp(1000, 0, "dev1")).records[record_id],
                                 {name: pick}, change_id=f"x{n}", case_id=CASE,
                                 record_id=record_id, kind=kind, stamp=stamp, author="w3")
        elif action == "delete":
            change = delete_change(record, change_id=f"d{n}", stamp=stamp, author="w4")
        elif not record.deletes:
            continue
        else:
            conflict = next(iter(_edit_vs_delete(record)), None)
            if conflict is None:
                continue
            change = resolve_edit_vs_delete(conflict, record, keep=True, change_id=f"r{n}",
                                            stamp=stamp, author="w5")
        state = apply_to_case(state, change)
    doc = record_state.document(state)
    records = {} if doc is None else flatten(doc)
    stored = json.loads(json.dumps(record_state.encode_case(state, records)))
    assert record_state.decode_case(CASE, records, stored) == state


def _edit_vs_delete(record: Any) -> list[Any]:
    return [c for c in record_conflicts(record) if c.conflict_kind == "edit_vs_delete"]


def test_a_purged_record_keeps_only_its_mark() -> None:
    state = apply_to_case(_created(Stamp(1, 0, "d")), purge_change(
        change_id="p", case_id=CASE, record_id=TASK, kind="task", stamp=Stamp(2, 0, "d"),
        author="dpo"))
    stored = record_state.encode_case(state, {})
    assert stored[TASK] == {"_k": "task", "_p": [Stamp(2, 0, "d").encode(), "dpo"]}
    assert record_state.decode_case(CASE, {}, stored) == state


def test_a_new_case_stores_one_shared_stamp_per_record(store: Store) -> None:
    doc = case_json(IdFactory(), "Compact")
    with store.atomic():
        cases.insert_case(store, doc, author="worker.1")
    stamps = cases.load_stamps(store, doc["id"])
    assert len({json.dumps(entry) for entry in stamps.values()}) == 1
    assert all(set(entry) == {"_"} for entry in stamps.values())


def test_the_version_4_form_reads_as_merge_state() -> None:
    doc = {"id": CASE, "person": {"id": PERSON, "given_name": "A", "family_name": "B"},
           "case": {"site": "S"}}
    old = {PERSON: {"_": "000000000001-00000000-dev|w1", "family_name":
                    "000000000002-00000000-dev|w2"},
           CASE: {"_": "000000000001-00000000-dev|w1"}}
    state = record_state.decode_case(CASE, flatten(doc), old)
    person = state.records[PERSON].fields
    assert person["given_name"].heads[0].stamp == Stamp(1, 0, "dev")
    assert (person["family_name"].heads[0].value, person["family_name"].heads[0].author) == \
        ("B", "w2")
    assert state.records[CASE].fields["site"].heads[0].value == "S"


def test_migration_5_turns_single_bases_into_stamp_lists() -> None:
    raw = sqlcipher3.connect(":memory:", isolation_level=None)
    try:
        migrate(raw, migrations=MIGRATIONS[:4], now=lambda: "t")
        raw.execute(
            """INSERT INTO outbox (change_id, case_id, record_id, kind, op, fields, base, hlc,
                   author) VALUES ('c', 'k', 'r', 'person', 'upsert', '{"a":1,"b":2}', ?, 'h',
                   'w')""", (json.dumps({"a": "000000000001-00000000-dev|w1", "b": None}),))
        migrate(raw, now=lambda: "t")
        base, supersedes = raw.execute("SELECT base, supersedes FROM outbox").fetchone()
        assert json.loads(base) == {"a": ["000000000001-00000000-dev"]}
        assert supersedes == "[]"
    finally:
        raw.close()
