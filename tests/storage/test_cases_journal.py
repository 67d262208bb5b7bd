"""The change journal: one row per record touched, with the base stamps of every field.

Since migration 5 a base is the list of HLC stamps the field showed (several when it showed
a conflict), without the author the version-4 journal kept beside the single stamp."""

from __future__ import annotations

import json

from fieldcase.domain.ids import IdFactory
from fieldcase.storage import cases
from fieldcase.storage.store import Store

from .conftest import case_json


def _outbox(store: Store) -> list[tuple[str, str, dict[str, object], dict[str, object]]]:
    rows = store.raw.execute("SELECT kind, op, fields, base FROM outbox ORDER BY seq")
    return [(kind, op, json.loads(fields), json.loads(base)) for kind, op, fields, base in rows]


def test_a_new_case_journals_every_record_without_base(store: Store) -> None:
    with store.atomic():
        cases.insert_case(store, case_json(IdFactory(), "Journal"), author="worker.1")
    journal = _outbox(store)
    assert {kind for kind, *_ in journal} == {"person", "case", "note"}
    assert all(op == "upsert" and base == {} for _, op, _, base in journal)


def test_an_edit_journals_only_changed_fields_with_their_base(store: Store) -> None:
    doc = case_json(IdFactory(), "Journal")
    with store.atomic():
        cases.insert_case(store, doc, author="worker.1")
    created = cases.load_stamps(store, doc["id"])[doc["person"]["id"]]["_"]
    edited = {**doc, "person": {**doc["person"], "family_name": "Changed"}}
    with store.atomic():
        cases.update_case(store, doc["id"], edited, author="worker.2")
    kind, op, fields, base = _outbox(store)[-1]
    assert (kind, op, fields) == ("person", "upsert", {"family_name": "Changed"})
    assert base == {"family_name": [created.split("|")[0]]}
    first_edit = cases.field_stamp(cases.load_stamps(store, doc["id"]), doc["person"]["id"],
                                   "family_name")
    assert first_edit is not None and first_edit.endswith("|worker.2")
    again = {**edited, "person": {**edited["person"], "family_name": "Again"}}
    with store.atomic():
        cases.update_case(store, doc["id"], again, author="worker.1")
    assert _outbox(store)[-1][3] == {"family_name": [first_edit.split("|")[0]]}
