"""Case rows: write, read and list cases, keeping every record's merge state and journaling
every change.

A case is stored as one row: its whole document as JSON (one read opens a case with all its
parts), the merge state of its records beside it (``stamps``, see ``record_state``), and the
columns the list screens filter and sort on. Each write also updates the search index and
appends the changes to the outbox in the shape the merge and the wire need (each field's
bases, a delete's coverage), all in the caller's transaction. The changes are made by
``domain.merge.edit_change`` / ``delete_change`` from the stored state, never by hand.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from fieldcase.domain.case_numbers import format_case_number, legacy_prefix, new_prefix
from fieldcase.domain.hlc import Stamp
from fieldcase.domain.merge import (
    CaseState,
    Change,
    Conflict,
    RecordState,
    Seen,
    apply_to_case,
    case_conflicts,
    delete_change,
    edit_change,
    record_conflicts,
    record_view,
    replaced_versions,
)
from fieldcase.domain.records import Record, RecordChange, diff, flatten, unflatten
from fieldcase.storage import record_state, search_index, sync_state
from fieldcase.storage.case_list import RISK_LEVELS
from fieldcase.storage.errors import NotFound
from fieldcase.storage.store import Store, dumps

RISK_RANK = {level: rank for rank, level in enumerate(RISK_LEVELS)}
DEFAULT_STAMP = record_state.DEFAULT  # the entry of every field not stamped on its own

JsonObject = dict[str, Any]
Stamps = dict[str, dict[str, Any]]


@dataclass(frozen=True)
class SavedCase:
    case_id: str
    case_number: str
    changes: tuple[RecordChange, ...]
    conflicts: tuple[Conflict, ...] = ()  # opened by this edit (made from an older view)


def case_number_prefix(store: Store) -> str:
    """This device's case-number prefix (``domain.case_numbers``), made and kept at first use;
    call inside atomic(). A store that numbered cases before prefixes were kept (a counter
    but no prefix) keeps the one it used, from its device id."""
    prefix = store.meta("case_number_prefix")
    if prefix is None:
        if store.meta("case_counter") is not None:
            prefix = legacy_prefix(store.device_id)
        else:
            prefix = new_prefix(store.random_bytes)
        store.set_meta("case_number_prefix", prefix)
    return prefix


def renew_unused_case_number_prefix(store: Store) -> str | None:
    """A new prefix for a device that has numbered no case yet (its prefix turned out to be
    another device's at enrolment); None when it has numbered one: its numbers are given.
    Call inside atomic()."""
    if store.meta("case_counter") is not None:
        return None
    prefix = new_prefix(store.random_bytes)
    store.set_meta("case_number_prefix", prefix)
    return prefix


def next_case_number(store: Store) -> str:
    """FC-<prefix>-<n>: unique without asking a server. A number this device already holds
    (a case synced from a device that forged or shared the prefix) is skipped, so it never
    stops a ``case create``."""
    prefix = case_number_prefix(store)
    counter = int(store.meta("case_counter") or "0")
    while True:
        counter += 1
        number = format_case_number(prefix, counter)
        if store.raw.execute("SELECT 1 FROM cases WHERE case_number = ?",
                             (number,)).fetchone() is None:
            break
    store.set_meta("case_counter", str(counter))
    return number


def wanted_case_number(doc: Mapping[str, Any]) -> str:
    """The case number a synced case asks for: the one its creating device gave."""
    return str(doc["case"].get("case_number") or f"FC-{doc['id'][-12:].upper()}")


def fallback_case_number(number: str, doc: Mapping[str, Any]) -> str:
    """The number a synced case gets when another case here holds ``number`` (two devices
    whose ids share a prefix): a suffix from its own id, so one unlucky number never stops a
    sync."""
    return f"{number}~{doc['id'][-6:].upper()}"


def flagged_for_review(doc: Mapping[str, Any]) -> bool:
    """A supervisor keeps the case in the review queue (its ``supervisor_review`` flag)."""
    return "supervisor_review" in (doc["case"].get("flags") or [])


def list_columns(doc: Mapping[str, Any], *, conflicted: bool = False) -> tuple[Any, ...]:
    """The list columns of a document. A case with an open conflict joins the review queue."""
    person, case = doc["person"], doc["case"]
    display_name = " ".join(p for p in (person.get("given_name"), person.get("family_name")) if p)
    open_due = [t["due_on"] for t in doc.get("tasks", [])
                if t.get("due_on") and not t.get("done_on")]
    review = conflicted or flagged_for_review(doc)
    return (
        doc["person"]["id"], display_name, case.get("site") or "", case.get("status") or "open",
        case.get("stage") or "", case.get("assigned_to"),
        RISK_RANK.get(case.get("risk_level") or "", -1), int(review),
        min(open_due) if open_due else None,
    )


_NO_ATTACHMENTS = '"attachments":[]'
"""How a stored document (``store.dumps``: sorted keys, compact) lists no attachment; the
text cannot occur inside a JSON string (its quotes would be escaped)."""


def queue_attachment_scans(raw: Any, inserted: Iterable[tuple[str, str]]) -> None:
    """Queue for the attachment step the cases just inserted into ``cases`` whose document
    may list attachments (``inserted``: id and stored document text), as the insert trigger
    did before store version 13 (``migrations.SCAN_QUEUED_BY_WRITERS``). Every insert into
    ``cases`` calls it in the same transaction; ``tests/storage/test_attachment_scan_queue.py``
    holds each of them to it."""
    queued = [(case_id,) for case_id, doc in inserted if _NO_ATTACHMENTS not in doc]
    if queued:
        raw.executemany("INSERT OR IGNORE INTO attachment_scan (case_id) VALUES (?)", queued)


def insert_case(store: Store, doc: JsonObject, *, author: str) -> SavedCase:
    """Store a new, validated case document (ids already assigned) under the next number of
    this device (a number in ``doc`` is never used); call inside atomic()."""
    case_number = next_case_number(store)
    doc = {**doc, "case": {**doc["case"], "case_number": case_number}}
    stamp = store.clock.now()
    records = flatten(doc)
    entry = record_state.new_records_entry(stamp, author)
    stamps: Stamps = {record_id: entry for record_id in records}
    text = dumps(doc)
    rowid = store.raw.execute(
        """INSERT INTO cases (id, case_number, person_id, display_name, site, status, stage,
               assigned_to, risk_rank, review, next_due_on, updated_hlc, doc, stamps)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (doc["id"], case_number, *list_columns(doc), stamp.encode(), text,
         dumps(stamps))).lastrowid
    queue_attachment_scans(store.raw, [(doc["id"], text)])
    search_index.index_case(store.raw, rowid, doc)
    journal(store, [edit_change(None, r.fields, change_id=store.ids.new(), case_id=doc["id"],
                                record_id=r.record_id, kind=r.kind, stamp=stamp, author=author)
                    for r in records.values()])
    changes = tuple(RecordChange(r.record_id, r.kind, "upsert", dict(r.fields))
                    for r in records.values())
    return SavedCase(doc["id"], case_number, changes)


def load_case(store: Store, case_id: str) -> JsonObject:
    row = store.raw.execute("SELECT doc FROM cases WHERE id = ?", (case_id,)).fetchone()
    if row is None:
        raise NotFound("no case with that id on this device")
    doc: JsonObject = json.loads(row[0])
    return doc


def load_case_with_stamps(store: Store, case_id: str) -> tuple[JsonObject, Stamps]:
    """A case's document and the merge state beside it, read together (one statement, so
    what a view shows and the stamps it records are of the same write)."""
    row = store.raw.execute("SELECT doc, stamps FROM cases WHERE id = ?",
                            (case_id,)).fetchone()
    if row is None:
        raise NotFound("no case with that id on this device")
    doc: JsonObject = json.loads(row[0])
    stamps: Stamps = json.loads(row[1])
    return doc, stamps


def seen_in(case_id: str, doc: Mapping[str, Any], stamps: Stamps,
            shown: Mapping[str, Any]) -> Seen:
    """What a view of ``shown`` (the stored ``doc`` as redacted for a user) showed."""
    return record_state.seen_heads(case_id, flatten(doc), stamps, flatten(shown))


def load_stamps(store: Store, case_id: str) -> Stamps:
    """The stored merge state of a case's records, in the compact form of ``record_state``."""
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


def case_numbers(store: Store, case_ids: Sequence[str]) -> dict[str, str]:
    """The case numbers of those of ``case_ids`` still on this device."""
    found: dict[str, str] = {}
    wanted = list(dict.fromkeys(case_ids))
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        rows = store.raw.execute(
            f"SELECT id, case_number FROM cases WHERE id IN ({', '.join('?' * len(chunk))})",  # noqa: S608
            chunk).fetchall()
        found.update({str(r[0]): str(r[1]) for r in rows})
    return found


def field_stamp(stamps: Stamps, record_id: str, field: str) -> str | None:
    """The stamp ("hlc|author") of the value a field shows, or None if the record is unknown."""
    record = stamps.get(record_id)
    return None if record is None else record_state.winner_token(record, field)


def update_case(store: Store, case_id: str, new_doc: JsonObject, *, author: str,
                seen: Seen | None = None) -> SavedCase:
    """Replace a case with its edited document, stamping and journaling only what changed.

    Each changed field's change names as bases every version the field showed: by default
    what is stored now (all sides of a conflict it was showing, which the edit therefore
    settles); with ``seen``, what the person's view showed. A version that arrived after
    that view (a sync) then stays beside the edit as a conflict, the document shows the
    provisional winner, and the conflicts this edit opened are returned."""
    row = store.raw.execute("SELECT rowid, doc, stamps FROM cases WHERE id = ?",
                            (case_id,)).fetchone()
    if row is None:
        raise NotFound("no case with that id on this device")
    rowid, old_doc, stored = row[0], json.loads(row[1]), json.loads(row[2])
    case_number = old_doc["case"]["case_number"]
    new_doc = {**new_doc, "case": {**new_doc["case"], "case_number": case_number}}
    old_records, new_records = flatten(old_doc), flatten(new_doc)
    record_changes = tuple(diff(old_records, new_records))
    if not record_changes:
        return SavedCase(case_id, case_number, ())
    # Only the records this edit touches are read and rewritten: the others keep their
    # stored entries, which stay valid because their document fields did not change.
    touched = {rc.record_id for rc in record_changes}
    state = record_state.decode_case(
        case_id, old_records, {rid: stored[rid] for rid in touched if rid in stored})
    stamp = store.clock.now()
    held = state
    state, changes = local_changes(store, state, record_changes, stamp, author, seen)
    conflicts = [c for rid in sorted(touched) for c in record_conflicts(state.records[rid])]
    before: list[Conflict] = []
    if sync_state.has_conflicts(store, case_id):
        before = sync_state.open_conflicts(store, case_id)
        sync_state.replace_conflicts(store, case_id, conflicts + [
            c for c in before if c.record_id not in touched])
    elif conflicts:
        sync_state.replace_conflicts(store, case_id, conflicts)
    winners = _winners_not_shown(new_records, state, conflicts)
    if winners:
        new_records = {**new_records, **winners}
        new_doc = unflatten(case_id, new_records)
    stored.update(record_state.encode_case(state, new_records))
    known = {c.conflict_id for c in before}
    opened = tuple(c for c in conflicts if c.conflict_id not in known)
    store.raw.execute(
        """UPDATE cases SET person_id = ?, display_name = ?, site = ?, status = ?, stage = ?,
               assigned_to = ?, risk_rank = ?, review = ?, next_due_on = ?, updated_hlc = ?,
               doc = ?, stamps = ? WHERE rowid = ?""",
        (*list_columns(new_doc, conflicted=bool(conflicts)), stamp.encode(), dumps(new_doc),
         dumps(stored), rowid))
    search_index.index_case(store.raw, rowid, new_doc)
    journal(store, changes, held)
    return SavedCase(case_id, case_number, record_changes, opened)


def _winners_not_shown(records: Mapping[str, Record], state: CaseState,
                       conflicts: Sequence[Conflict]) -> dict[str, Record]:
    """The records whose conflicted fields must show another value than the edit's: the
    provisional winner is the greatest stamp, normally the edit itself, but not when a
    version comes from a device whose clock was ahead and was not observed."""
    fixed: dict[str, Record] = {}
    for record_id in sorted({c.record_id for c in conflicts if c.field is not None}):
        record, view = records[record_id], record_view(state.records[record_id])
        values = {name: view.values[name] for name in record.fields
                  if name in view.values and view.values[name] != record.fields[name]}
        if values:
            fixed[record_id] = Record(record_id, record.kind, {**record.fields, **values})
    return fixed


def local_changes(store: Store, state: CaseState, record_changes: Sequence[RecordChange],
                  stamp: Stamp, author: str, seen: Seen | None = None
                  ) -> tuple[CaseState, list[Change]]:
    """The merge changes for what a person did, read from the state they were shown (the
    stored state, or ``seen`` for the records it names), and the state with them applied."""
    changes: list[Change] = []
    for rc in record_changes:
        current = state.records.get(rc.record_id)
        if rc.op == "delete":
            change = delete_change(current or RecordState(rc.record_id, state.case_id, rc.kind),
                                   change_id=store.ids.new(), stamp=stamp, author=author)
        else:
            change = edit_change(current, rc.fields, change_id=store.ids.new(),
                                 case_id=state.case_id, record_id=rc.record_id, kind=rc.kind,
                                 stamp=stamp, author=author,
                                 seen=seen.fields_of(rc.record_id) if seen else None)
        state = apply_to_case(state, change)
        changes.append(change)
    return state, changes


def journal(store: Store, changes: Sequence[Change], before: CaseState | None = None) -> None:
    """Append changes to the outbox (deletes also leave a tombstone row).

    ``before`` is the case as the device held it before the changes (None for a new case):
    each row keeps the versions its change replaced (``previous``, with their values), so a
    change the server refuses can be taken back (``storage.refusals``)."""
    for change in changes:
        bases = {name: [b.encode() for b in edit.bases]
                 for name, edit in change.fields.items() if edit.bases}
        hlc = change.stamp.encode()
        record = before.records.get(change.record_id) if before is not None else None
        previous = {name: [[v.stamp.encode(), v.author, v.value] for v in versions]
                    for name, versions in replaced_versions(record, change).items()}
        store.raw.execute(
            """INSERT INTO outbox (change_id, case_id, record_id, kind, op, fields, base,
                   supersedes, previous, hlc, author)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (change.change_id, change.case_id, change.record_id, change.kind, change.op,
             dumps({name: edit.value for name, edit in change.fields.items()}),
             dumps(bases), dumps([s.encode() for s in change.supersedes]), dumps(previous),
             hlc, change.author))
        if change.op == "delete":
            store.raw.execute(
                """INSERT OR REPLACE INTO tombstones (record_id, case_id, kind, hlc, author)
                   VALUES (?, ?, ?, ?, ?)""",
                (change.record_id, change.case_id, change.kind, hlc, change.author))


def hide(store: Store, case: CaseState, updated_hlc: str) -> None:
    """Keep the merge state of a case that shows nothing (deleted or not complete yet): the
    versions stay, encrypted, until a purge, so a concurrent edit can bring it back whole."""
    store.raw.execute(
        "INSERT OR REPLACE INTO hidden_cases (case_id, states, updated_hlc) VALUES (?, ?, ?)",
        (case.case_id, dumps(record_state.encode_case(case, {})), updated_hlc))


def remove_row(store: Store, case_id: str) -> bool:
    """Drop a case's row, search terms and identifiers (secure_delete zeroes the pages)."""
    row = store.raw.execute("SELECT rowid FROM cases WHERE id = ?", (case_id,)).fetchone()
    if row is None:
        return False
    search_index.remove_case(store.raw, row[0])
    store.raw.execute("DELETE FROM cases WHERE rowid = ?", (row[0],))
    return True


def delete_case(store: Store, case_id: str, *, author: str) -> SavedCase:
    """Remove a case from this device: its row, search terms and identifiers go (their pages
    are zeroed by secure_delete), every record it shows is deleted by a journaled change that
    covers what was shown, and the versions are kept (encrypted) until a purge. Call inside
    atomic(), then checkpoint so no copy lingers in the WAL."""
    row = store.raw.execute("SELECT doc, stamps, case_number FROM cases WHERE id = ?",
                            (case_id,)).fetchone()
    if row is None:
        raise NotFound("no case with that id on this device")
    doc, stored, case_number = json.loads(row[0]), json.loads(row[1]), row[2]
    records: dict[str, Record] = flatten(doc)
    state = record_state.decode_case(case_id, records, stored)
    shown = [rc for rc in diff(records, {})
             if rc.record_id not in state.records
             or record_view(state.records[rc.record_id]).status != "deleted"]
    stamp = store.clock.now()
    held = state
    state, changes = local_changes(store, state, shown, stamp, author)
    remove_row(store, case_id)
    hide(store, state, stamp.encode())
    journal(store, changes, held)
    sync_state.replace_conflicts(store, case_id, case_conflicts(state))
    return SavedCase(case_id, case_number, tuple(shown))
