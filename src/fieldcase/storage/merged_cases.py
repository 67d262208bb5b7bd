"""Where a case's merged state lives, and how it is written back after a merge.

A case on the device is in exactly one of three places:

- ``cases``: it shows a case document (the list, search and case screens read it);
- ``hidden_cases``: its records exist but show no case — deleted on this device or by
  another, or only partly received so far; the versions are kept, encrypted, until a purge;
- ``purged_cases``: erased; only the purge mark (stamp, author) remains, so changes that
  arrive for it later are absorbed instead of bringing content back.

:func:`save_state` moves a case between them after a merge and keeps its search terms,
identifiers and open conflicts in step, in the caller's transaction.

The review flag (the supervisor's queue) of a shown case is set by an open conflict, by the
``supervisor_review`` flag, or by a *merge problem*: each device's edit was valid, but merged
field by field they break a rule across fields (``ended_on`` before ``started_on``, a referral
naming a consent changed to another purpose; ``domain.document_stored.merge_problems``). The
flag follows the stored document: it is recomputed at every write, so the write that fixes
the problem (or resolves the conflict) takes the case out of the queue, unless a supervisor
set ``supervisor_review`` to keep it there.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from fieldcase.domain.document_stored import merge_problems
from fieldcase.domain.hlc import Stamp
from fieldcase.domain.merge import (
    CaseState,
    Change,
    Conflict,
    PurgeMark,
    apply_to_case,
    case_conflicts,
)
from fieldcase.domain.records import flatten
from fieldcase.storage import cases, record_state, search_index, sync_state
from fieldcase.storage.store import Store, dumps


def load_state(store: Store, case_id: str) -> CaseState:
    """The merged state of a case wherever it is kept (a case never seen is empty)."""
    row = store.raw.execute("SELECT doc, stamps FROM cases WHERE id = ?", (case_id,)).fetchone()
    if row is not None:
        return record_state.decode_case(case_id, flatten(json.loads(row[0])),
                                        json.loads(row[1]))
    row = store.raw.execute("SELECT states FROM hidden_cases WHERE case_id = ?",
                            (case_id,)).fetchone()
    if row is not None:
        return record_state.decode_case(case_id, {}, json.loads(row[0]))
    row = store.raw.execute("SELECT hlc, author FROM purged_cases WHERE case_id = ?",
                            (case_id,)).fetchone()
    if row is not None:
        return CaseState(case_id, {}, PurgeMark(Stamp.decode(row[0]), row[1]))
    return CaseState(case_id)


_CHUNK = 500  # ids per IN (...) list, far below SQLite's limit on bound parameters


def load_states(store: Store, case_ids: Iterable[str]) -> dict[str, CaseState]:
    """:func:`load_state` for many cases with a few queries instead of up to three each: a
    pull page touches hundreds of cases, and every statement on the store has a fixed cost
    (SQLCipher's memory security locks and wipes each allocation). Same result, same order
    of precedence (shown, then hidden, then purged)."""
    return load_page_states(store, case_ids)[0]


def load_page_states(store: Store, case_ids: Iterable[str]
                     ) -> tuple[dict[str, CaseState], frozenset[str]]:
    """:func:`load_states`, and the ids of the cases this device holds nowhere (no row, no
    hidden versions, no purge mark): those may be written by ``new_cases.PageWriter``."""
    ids = list(dict.fromkeys(case_ids))
    found: dict[str, CaseState] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        for case_id, doc, stamps in store.raw.execute(
                f"SELECT id, doc, stamps FROM cases WHERE id IN ({marks})", chunk):  # noqa: S608
            found[case_id] = record_state.decode_case(case_id, flatten(json.loads(doc)),
                                                      json.loads(stamps))
        rest = [c for c in chunk if c not in found]
        if not rest:
            continue
        marks = ",".join("?" * len(rest))
        for case_id, states in store.raw.execute(
                f"SELECT case_id, states FROM hidden_cases WHERE case_id IN ({marks})",  # noqa: S608
                rest):
            found[case_id] = record_state.decode_case(case_id, {}, json.loads(states))
        rest = [c for c in rest if c not in found]
        if not rest:
            continue
        marks = ",".join("?" * len(rest))
        for case_id, hlc, author in store.raw.execute(
                f"SELECT case_id, hlc, author FROM purged_cases WHERE case_id IN ({marks})",  # noqa: S608
                rest):
            found[case_id] = CaseState(case_id, {}, PurgeMark(Stamp.decode(hlc), author))
    states = {case_id: found.get(case_id) or CaseState(case_id) for case_id in ids}
    return states, frozenset(case_id for case_id in ids if case_id not in found)


def _updated_hlc(store: Store, case_id: str) -> str:
    row = store.raw.execute(
        """SELECT updated_hlc FROM cases WHERE id = ?1
           UNION ALL SELECT updated_hlc FROM hidden_cases WHERE case_id = ?1""",
        (case_id,)).fetchone()
    return "" if row is None else str(row[0])


def save_state(store: Store, case: CaseState, *, stamps: Sequence[Stamp] = ()) -> str:
    """Write a merged case back; returns where it went: ``shown``, ``hidden`` or ``purged``.

    ``stamps`` are those of the changes just merged: the newest becomes the case's
    ``updated_hlc`` (the lists sort by it) when it is newer than the stored one."""
    if case.purged is not None:
        purge_case(store, case.case_id, case.purged)
        return "purged"
    updated = max([_updated_hlc(store, case.case_id), *(s.encode() for s in stamps)])
    shown = record_state.document_and_stamps(case)
    conflicts = case_conflicts(case)
    if shown is None:
        cases.remove_row(store, case.case_id)
        cases.hide(store, case, updated)
        where = "hidden"
    else:
        doc, stored = shown
        _write_row(store, doc, stored, updated, review=needs_review(doc, conflicts))
        store.raw.execute("DELETE FROM hidden_cases WHERE case_id = ?", (case.case_id,))
        where = "shown"
    sync_state.replace_conflicts(store, case.case_id, conflicts)
    return where


def needs_review(doc: dict[str, Any], conflicts: Sequence[Conflict]) -> bool:
    """Whether a shown case joins the review queue (see the module docstring). A case a
    supervisor flagged is in it whatever its merge problems, so they are not looked for
    (finding them reads the whole document)."""
    return (bool(conflicts) or cases.flagged_for_review(doc)
            or bool(merge_problems(doc)))


def _write_row(store: Store, doc: dict[str, Any], stored: dict[str, Any], updated_hlc: str,
               *, review: bool) -> None:
    row = store.raw.execute("SELECT rowid, case_number FROM cases WHERE id = ?",
                            (doc["id"],)).fetchone()
    if row is not None:
        rowid, number = row
        doc = update_row(store, rowid, number, doc, stored, updated_hlc, review=review)
    else:
        columns = cases.list_columns(doc, conflicted=review)
        number = _free_case_number(store, doc)
        text = dumps(doc)
        rowid = store.raw.execute(
            """INSERT INTO cases (id, case_number, person_id, display_name, site, status,
                   stage, assigned_to, risk_rank, review, next_due_on, updated_hlc, doc,
                   stamps) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (doc["id"], number, *columns, updated_hlc, text, dumps(stored))).lastrowid
        cases.queue_attachment_scans(store.raw, [(doc["id"], text)])
    search_index.index_case(store.raw, rowid, doc)


def update_row(store: Store, rowid: int, number: str, doc: dict[str, Any],
               stored: dict[str, Any], updated_hlc: str, *, review: bool) -> dict[str, Any]:
    """Rewrite an existing case row with a merged document (keeping the row's case number,
    which may differ from the one the document asks for: ``cases.fallback_case_number``);
    returns the document as stored. The caller keeps the search terms in step."""
    columns = cases.list_columns(doc, conflicted=review)
    doc = {**doc, "case": {**doc["case"], "case_number": number}}
    store.raw.execute(
        """UPDATE cases SET person_id = ?, display_name = ?, site = ?, status = ?,
               stage = ?, assigned_to = ?, risk_rank = ?, review = ?, next_due_on = ?,
               updated_hlc = ?, doc = ?, stamps = ? WHERE rowid = ?""",
        (*columns, updated_hlc, dumps(doc), dumps(stored), rowid))
    return doc


def flag_for_review(store: Store, case_id: str) -> None:
    """Put a shown case in the review queue (a local edit kept a merge problem, see the module
    docstring); call inside atomic(). The next write recomputes the flag."""
    store.raw.execute("UPDATE cases SET review = 1 WHERE id = ?", (case_id,))


def _free_case_number(store: Store, doc: dict[str, Any]) -> str:
    """The case number the creating device gave, unless another case here already holds it
    (``cases.fallback_case_number``)."""
    number = cases.wanted_case_number(doc)
    taken = store.raw.execute("SELECT 1 FROM cases WHERE case_number = ?", (number,)).fetchone()
    return number if taken is None else cases.fallback_case_number(number, doc)


def purge_case(store: Store, case_id: str, mark: PurgeMark | None) -> None:
    """Erase a case from this device: row, search terms, identifiers, hidden versions, outbox
    and refused rows, conflicts, tombstones; its drafts go with the row (a trigger) and the
    attachments this device holds for it are queued for the attachment step
    (``attachment_scan``), which drops their keys and deletes their encrypted files. With
    ``mark`` (an erasure) the purge mark is kept so late changes are absorbed; without
    (retention, or the case left this device's scope) nothing is kept.

    An erasure met for the first time also rewrites the name index
    (``search_index.rewrite``): a contentless FTS5 delete leaves the name's tokens in the
    index's segments until a merge, and an erasure must leave no copy. Retention does the
    same once for all the cases it forgets. Checkpoint the store after the transaction so no
    copy lingers in the WAL."""
    cases.remove_row(store, case_id)
    store.raw.execute("DELETE FROM hidden_cases WHERE case_id = ?", (case_id,))
    store.raw.execute(  # a hidden case's files too: the row's trigger fires for shown ones
        "INSERT OR IGNORE INTO attachment_scan (case_id) "
        "SELECT case_id FROM attachment_files WHERE case_id = ? LIMIT 1", (case_id,))
    sync_state.forget_case(store, case_id)
    if mark is not None:
        known = store.raw.execute("SELECT 1 FROM purged_cases WHERE case_id = ?",
                                  (case_id,)).fetchone()
        store.raw.execute(
            "INSERT OR REPLACE INTO purged_cases (case_id, hlc, author) VALUES (?, ?, ?)",
            (case_id, mark.stamp.encode(), mark.author))
        if known is None:
            search_index.rewrite(store.raw)


def apply_local(store: Store, change: Change) -> str:
    """Apply a change made on this device (a conflict resolution), journal it for sync and
    write the case back; call inside atomic(). Returns where the case went."""
    before = load_state(store, change.case_id)
    case = apply_to_case(before, change)
    cases.journal(store, [change], before)
    return save_state(store, case, stamps=[change.stamp])
