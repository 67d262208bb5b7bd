"""A case document seen as records: the unit that carries HLC stamps, travels in the change
journal and is merged field by field.

A case document (see docs/case-document.md) flattens into one record for the person, one for
the case, one per identity document and one per item of each list (journey legs, screenings,
notes, ...). Each record has an id (UUIDv7 made on the device), a kind and its top-level
fields. Nested objects such as ``contact`` are one field: they change together.

Lists are rebuilt in id order: ids are UUIDv7, so that is the order items were created, on
every device, whatever order changes arrived in.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

LIST_KINDS: dict[str, str] = {
    "journey": "journey_leg",
    "screenings": "screening",
    "assistance": "assistance",
    # Consents before referrals: a save is journaled in this order and pushed in batches, and
    # the server judges a sent referral by the consents it already has (server/push_rules.py).
    "consents": "consent",
    "referrals": "referral",
    "tasks": "task",
    "notes": "note",
    "household": "household_link",
    "attachments": "attachment",
}
KIND_LISTS: dict[str, str] = {kind: key for key, kind in LIST_KINDS.items()}
# Kinds that are only ever appended: two devices adding entries never conflict.
APPEND_ONLY_KINDS = frozenset({"note", "assistance"})

JsonObject = dict[str, Any]


@dataclass(frozen=True)
class Record:
    record_id: str
    kind: str
    fields: Mapping[str, Any]


@dataclass(frozen=True)
class RecordChange:
    """What one edit did to one record: the fields set (all of them for a new record)."""

    record_id: str
    kind: str
    op: str  # "upsert" or "delete"
    fields: Mapping[str, Any]


def flatten(doc: Mapping[str, Any]) -> dict[str, Record]:
    """Split a case document (its JSON form) into records keyed by record id."""
    records: dict[str, Record] = {}
    person = dict(doc["person"])
    documents = person.pop("documents", [])
    records[person["id"]] = Record(person["id"], "person", _without_id(person))
    for item in documents:
        records[item["id"]] = Record(item["id"], "identity_document", _without_id(item))
    records[doc["id"]] = Record(doc["id"], "case", dict(doc["case"]))
    for key, kind in LIST_KINDS.items():
        for item in doc.get(key, []):
            records[item["id"]] = Record(item["id"], kind, _without_id(item))
    return records


def unflatten(case_id: str, records: Mapping[str, Record]) -> JsonObject:
    """Rebuild the case document from its records (the inverse of ``flatten``)."""
    by_kind: dict[str, list[Record]] = {}
    for record in records.values():
        by_kind.setdefault(record.kind, []).append(record)
    (person,) = by_kind["person"]
    documents = sorted(by_kind.get("identity_document", []), key=lambda r: r.record_id)
    doc: JsonObject = {
        "id": case_id,
        "person": {"id": person.record_id, **person.fields,
                   "documents": [{"id": r.record_id, **r.fields} for r in documents]},
        "case": dict(records[case_id].fields),
    }
    for key, kind in LIST_KINDS.items():
        items = sorted(by_kind.get(kind, []), key=lambda r: r.record_id)
        doc[key] = [{"id": r.record_id, **r.fields} for r in items]
    return doc


def diff(before: Mapping[str, Record], after: Mapping[str, Record]) -> list[RecordChange]:
    """The record changes that turn ``before`` into ``after``: new records with all their
    fields, changed records with only the fields whose value changed, removed records as
    deletes. Unchanged records produce nothing."""
    changes: list[RecordChange] = []
    for record_id, record in after.items():
        old = before.get(record_id)
        if old is None:
            changes.append(RecordChange(record_id, record.kind, "upsert", dict(record.fields)))
            continue
        changed = {name: value for name, value in record.fields.items()
                   if name not in old.fields or old.fields[name] != value}
        changed.update({name: None for name in old.fields if name not in record.fields})
        if changed:
            changes.append(RecordChange(record_id, record.kind, "upsert", changed))
    for record_id, record in before.items():
        if record_id not in after:
            changes.append(RecordChange(record_id, record.kind, "delete", {}))
    return changes


def _without_id(item: Mapping[str, Any]) -> JsonObject:
    return {name: value for name, value in item.items() if name != "id"}
