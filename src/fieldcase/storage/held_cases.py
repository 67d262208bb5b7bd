"""Writing a pull page's changes to cases this device already shows, reading and rewriting only
the records they touch.

A supervisor's edit to a case the laptop holds (a risk level, a new note) reaches the device as
one or two record changes, but the general path (``merged_cases.load_page_states`` then
``save_state``) decodes the merge state of every record of the case, rebuilds the whole
document from it, re-encodes every record's state, recomputes every record's conflicts,
rewrites the search terms and looks up the row, its ``updated_hlc`` and hidden versions one
statement at a time: about 4 ms a case, most of it for the twenty records nothing touched.

A record's merge depends on that record alone (``domain.merge.apply_batch``), so the records a
page does not touch keep their stored document values, ``stamps`` entries and conflicts. For a
case in ``cases`` whose page changes are all upserts or deletes of records other than the
person and the case record's delete (:func:`candidates`), :func:`load` decodes only the touched
records and the case record, and :func:`save` writes the row from the stored document with
those records replaced — the same document, ``stamps`` object, list columns, review flag and
conflicts that ``save_state`` writes (``tests/sync/test_held_cases.py`` holds the two paths to
the same store content). The search terms are rewritten only when the person part of the
document changed (the terms and identifiers come from it alone).

What can go wrong: this relies on the stored document, ``stamps`` and conflicts of a shown case
being what ``save_state`` would write for its merge state, which every writer of a shown case
keeps (``save_state``, ``new_cases``, ``cases.update_case``). A merged case that no longer
shows its case record would leave ``cases``: :func:`save` then returns None, and the caller
writes :meth:`HeldCase.whole` through the general path.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from fieldcase.domain.document_stored import merge_problems
from fieldcase.domain.hlc import Stamp
from fieldcase.domain.merge import CaseState, Change, record_conflicts, record_view
from fieldcase.domain.records import Record, flatten, unflatten
from fieldcase.storage import merged_cases, record_state, search_index, sync_state
from fieldcase.storage.store import Store

_CHUNK = 500  # ids per IN (...) list, far below SQLite's limit on bound parameters


@dataclass(frozen=True)
class HeldCase:
    """A shown case as stored, with the merge state of only the records a page touches (and
    its case record): ``state`` is what the page's changes are merged into."""

    state: CaseState
    rowid: int
    case_number: str
    doc: dict[str, Any]
    records: dict[str, Record]  # flatten(doc)
    stored: dict[str, Any]  # the stamps object
    updated_hlc: str
    conflicted: frozenset[str]  # record ids with open conflicts stored

    def whole(self, merged: CaseState) -> CaseState:
        """The whole merged case: every stored record, with the merged ones in place."""
        full = record_state.decode_case(self.state.case_id, self.records, self.stored)
        return CaseState(merged.case_id, {**full.records, **merged.records}, merged.purged)


def candidates(changes: Iterable[Change]) -> dict[str, set[str]]:
    """The cases whose changes this path can take, with the records each touches: upserts
    and deletes only, none of a person record (the document shows a person even when
    deleted) and no delete of the case record (the case would leave ``cases``)."""
    touched: dict[str, set[str]] = {}
    refused: set[str] = set()
    for change in changes:
        if (change.op not in ("upsert", "delete") or change.kind == "person"
                or (change.kind == "case") != (change.record_id == change.case_id)
                or (change.op == "delete" and change.record_id == change.case_id)):
            refused.add(change.case_id)
        touched.setdefault(change.case_id, set()).add(change.record_id)
    return {case_id: ids for case_id, ids in touched.items() if case_id not in refused}


def load(store: Store, wanted: Mapping[str, set[str]]) -> dict[str, HeldCase]:
    """The cases of ``wanted`` that are shown on this device (the others are for the general
    path), each with only the touched records' and its case record's states decoded."""
    held: dict[str, HeldCase] = {}
    ids = list(wanted)
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        conflicted: dict[str, set[str]] = {}
        for case_id, record_id in store.raw.execute(
                f"SELECT case_id, record_id FROM conflicts WHERE case_id IN ({marks})",  # noqa: S608
                chunk):
            conflicted.setdefault(case_id, set()).add(record_id)
        for rowid, case_id, number, doc_text, stamps_text, updated in store.raw.execute(
                f"""SELECT rowid, id, case_number, doc, stamps, updated_hlc FROM cases
                    WHERE id IN ({marks})""", chunk):  # noqa: S608
            doc, stored = json.loads(doc_text), json.loads(stamps_text)
            records = flatten(doc)
            decoded = {rid: stored[rid] for rid in (*wanted[case_id], case_id) if rid in stored}
            state = record_state.decode_case(case_id, records, decoded)
            held[case_id] = HeldCase(state, rowid, number, doc, records, stored, updated,
                                     frozenset(conflicted.get(case_id, ())))
    return held


def save(store: Store, merged: CaseState, held: HeldCase, *,
         stamps: Sequence[Stamp] = ()) -> str | None:
    """Write a held case back after its touched records were merged (``merged`` holds those
    and the case record); ``shown``, or None when only the general path can write it."""
    case_id = merged.case_id
    if merged.purged is not None:
        return None
    records = dict(held.records)
    for record_id, state in merged.records.items():
        if state.kind == "person" or (state.kind == "case") != (record_id == case_id):
            return None
        view = record_view(state)
        if view.status == "live":
            records[record_id] = Record(record_id, state.kind, dict(view.values))
        elif record_id == case_id:
            return None
        else:
            records.pop(record_id, None)
    doc = unflatten(case_id, records)
    ids = sorted(merged.records)
    conflicts = [c for rid in ids for c in record_conflicts(merged.records[rid])]
    review = (bool(conflicts) or bool(held.conflicted - set(ids))
              or bool(merge_problems(doc)))
    stored = dict(held.stored)
    stored.update((rid, record_state.encode_record(merged.records[rid], records.get(rid)))
                  for rid in ids)
    updated = max([held.updated_hlc, *(s.encode() for s in stamps)])
    written = merged_cases.update_row(store, held.rowid, held.case_number, doc, stored,
                                      updated, review=review)
    if written["person"] != held.doc["person"]:
        search_index.index_case(store.raw, held.rowid, written)
    if conflicts or held.conflicted & set(ids):
        sync_state.replace_record_conflicts(store, case_id, ids, conflicts)
    return "shown"
