"""Case rows: write, read and list cases, stamping every field and journaling every change.

A case is stored as one row: its whole document as JSON (one read opens a case with all its
parts), the HLC stamps of its fields beside it, and the columns the list screens filter and
sort on. Each write also updates the search index, appends the record changes to the outbox
and leaves a tombstone for each removed record, all in the caller's transaction.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from fieldcase.domain.records import RecordChange, diff, flatten
from fieldcase.storage import search_index
from fieldcase.storage.case_list import RISK_LEVELS
from fieldcase.storage.errors import NotFound
from fieldcase.storage.store import Store

RISK_RANK = {level: rank for rank, level in enumerate(RISK_LEVELS)}
DEFAULT_STAMP = "_"  # the stamp of every field not stamped on its own

JsonObject = dict[str, Any]
Stamps = dict[str, dict[str, str]]


@dataclass(frozen=True)
class SavedCase:
    case_id: str
    case_number: str
    changes: tuple[RecordChange, ...]


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def next_case_number(store: Store) -> str:
    """FC-<device>-<n>: unique on this device without asking a server."""
    counter = int(store.meta("case_counter") or "0") + 1
    store.set_meta("case_counter", str(counter))
    return f"FC-{store.device_id[:6].upper()}-{counter:06d}"


def _list_columns(doc: Mapping[str, Any]) -> tuple[Any, ...]:
    person, case = doc["person"], doc["case"]
    display_name = " ".join(p for p in (person.get("given_name"), person.get("family_name")) if p)
    open_due = [t["due_on"] for t in doc.get("tasks", []) if not t.get("done_on")]
    return (
        doc["person"]["id"], display_name, case["site"], case["status"], case["stage"],
        case.get("assigned_to"), RISK_RANK.get(case.get("risk_level") or "", -1),
        int("supervisor_review" in case.get("flags", [])), min(open_due) if open_due else None,
    )


def insert_case(store: Store, doc: JsonObject, *, author: str) -> SavedCase:
    """Store a new, validated case document (ids already assigned); call inside atomic()."""
    case_number = doc["case"].get("case_number") or next_case_number(store)
    doc = {**doc, "case": {**doc["case"], "case_number": case_number}}
    stamp = f"{store.stamp()}|{author}"
    records = flatten(doc)
    stamps: Stamps = {record_id: {DEFAULT_STAMP: stamp} for record_id in records}
    rowid = store.raw.execute(
        """INSERT INTO cases (id, case_number, person_id, display_name, site, status, stage,
               assigned_to, risk_rank, review, next_due_on, updated_hlc, doc, stamps)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (doc["id"], case_number, *_list_columns(doc), stamp.split("|")[0], _dumps(doc),
         _dumps(stamps))).lastrowid
    search_index.index_case(store.raw, rowid, doc)
    changes = tuple(RecordChange(r.record_id, r.kind, "upsert", dict(r.fields))
                    for r in records.values())
    _journal(store, doc["id"], changes, stamp, {})
    return SavedCase(doc["id"], case_number, changes)


def load_case(store: Store, case_id: str) -> JsonObject:
    row = store.raw.execute("SELECT doc FROM cases WHERE id = ?", (case_id,)).fetchone()
    if row is None:
        raise NotFound("no case with that id on this device")
    doc: JsonObject = json.loads(row[0])
    return doc


def load_stamps(store: Store, case_id: str) -> Stamps:
    row = store.raw.execute("SELECT stamps FROM cases WHERE id = ?", (case_id,)).fetchone()
    if row is None:
        raise NotFound("no case with that id on this device")
    stamps: Stamps = json.loads(row[0])
    return stamps


def find_case_id(store: Store, reference: str) -> str:
    """A case id from an id or a case number, as a worker would type either."""
    row = store.raw.execute("SELECT id FROM cases WHERE id = ? OR case_number = ?",
                            (reference, reference.upper())).fetchone()
    if row is None:
        raise NotFound("no case with that id or case number on this device")
    return str(row[0])


def update_case(store: Store, case_id: str, new_doc: JsonObject, *, author: str) -> SavedCase:
    """Replace a case with its edited document, stamping and journaling only what changed."""
    row = store.raw.execute("SELECT rowid, doc, stamps FROM cases WHERE id = ?",
                            (case_id,)).fetchone()
    if row is None:
        raise NotFound("no case with that id on this device")
    rowid, old_doc, stamps = row[0], json.loads(row[1]), json.loads(row[2])
    case_number = old_doc["case"]["case_number"]
    new_doc = {**new_doc, "case": {**new_doc["case"], "case_number": case_number}}
    changes = tuple(diff(flatten(old_doc), flatten(new_doc)))
    if not changes:
        return SavedCase(case_id, case_number, ())
    hlc = store.stamp()
    stamp = f"{hlc}|{author}"
    bases = _base_stamps(stamps, changes)
    _apply_stamps(stamps, changes, stamp)
    store.raw.execute(
        """UPDATE cases SET person_id = ?, display_name = ?, site = ?, status = ?, stage = ?,
               assigned_to = ?, risk_rank = ?, review = ?, next_due_on = ?, updated_hlc = ?,
               doc = ?, stamps = ? WHERE rowid = ?""",
        (*_list_columns(new_doc), hlc, _dumps(new_doc), _dumps(stamps), rowid))
    search_index.index_case(store.raw, rowid, new_doc)
    _journal(store, case_id, changes, stamp, bases)
    return SavedCase(case_id, case_number, changes)


def field_stamp(stamps: Stamps, record_id: str, field: str) -> str | None:
    """The stamp ("hlc|author") a field carries now, or None if the record is unknown."""
    record = stamps.get(record_id)
    if record is None:
        return None
    return record.get(field, record[DEFAULT_STAMP])


def _base_stamps(stamps: Stamps, changes: Sequence[RecordChange]
                 ) -> dict[str, dict[str, str | None]]:
    """For each changed field, the stamp it had before this edit: the common base a merge
    compares against to tell a one-sided change from a concurrent one."""
    return {change.record_id: {name: field_stamp(stamps, change.record_id, name)
                               for name in change.fields}
            for change in changes if change.op == "upsert" and change.record_id in stamps}


def _apply_stamps(stamps: Stamps, changes: Sequence[RecordChange], stamp: str) -> None:
    for change in changes:
        if change.op == "delete":
            stamps.pop(change.record_id, None)
        elif change.record_id not in stamps:
            stamps[change.record_id] = {DEFAULT_STAMP: stamp}
        else:
            stamps[change.record_id].update({name: stamp for name in change.fields})


def _journal(store: Store, case_id: str, changes: Sequence[RecordChange], stamp: str,
             bases: Mapping[str, Mapping[str, str | None]]) -> None:
    hlc, author = stamp.split("|", 1)
    for change in changes:
        store.raw.execute(
            """INSERT INTO outbox (change_id, case_id, record_id, kind, op, fields, base, hlc,
                   author) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (store.ids.new(), case_id, change.record_id, change.kind, change.op,
             _dumps(change.fields), _dumps(bases.get(change.record_id, {})), hlc, author))
        if change.op == "delete":
            store.raw.execute(
                """INSERT OR REPLACE INTO tombstones (record_id, case_id, kind, hlc, author)
                   VALUES (?, ?, ?, ?, ?)""", (change.record_id, case_id, change.kind, hlc, author))


def delete_case(store: Store, case_id: str, *, author: str) -> SavedCase:
    """Remove a case from this device: its row, search terms and identifiers go (their pages
    are zeroed by secure_delete), every record leaves a tombstone and a journal entry. Call
    inside atomic(), then checkpoint so no copy lingers in the WAL."""
    row = store.raw.execute("SELECT rowid, doc, case_number FROM cases WHERE id = ?",
                            (case_id,)).fetchone()
    if row is None:
        raise NotFound("no case with that id on this device")
    rowid, doc, case_number = row[0], json.loads(row[1]), row[2]
    changes = tuple(diff(flatten(doc), {}))
    search_index.remove_case(store.raw, rowid)
    store.raw.execute("DELETE FROM cases WHERE rowid = ?", (rowid,))
    _journal(store, case_id, changes, f"{store.stamp()}|{author}", {})
    return SavedCase(case_id, case_number, changes)
