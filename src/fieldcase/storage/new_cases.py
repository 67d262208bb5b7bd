"""Writing a pull page's merged cases, with the cases new to this device written in one batch.

A new device's first sync brings thousands of cases it has never held. Written one by one
through :func:`merged_cases.save_state`, each costs about ten statements (look up its row,
its ``updated_hlc``, its number; insert the row; delete and insert its search terms and
identifiers; delete hidden versions and conflicts; insert conflicts), each statement paying
SQLCipher's page decryption on its reads. A case that was
nowhere on the device (no row, no hidden versions, no purge mark: ``load_page_states`` says
so) needs none of the look-ups or deletes, so :class:`PageWriter` collects such cases and
writes them together: one query for taken case numbers, one for the highest rowid, then one
statement per table for the whole batch.

What is stored is exactly what ``save_state`` would store, row ids included: a batch is
written before any case that takes the general path (so rows are created in the same order,
each under the rowid SQLite would have chosen, the highest plus one), and numbers, columns,
review flags, search terms, identifiers and conflicts come from the same helpers. Only a case
that shows a document is batched; a new case that stays hidden (not all of it received yet)
or arrives purged takes the general path. ``tests/storage/test_new_cases.py`` holds the two
paths to the same store content.

What can go wrong: the batch relies on rows leaving ``cases`` only through
``cases.remove_row`` (which takes their search terms with them; identifiers also cascade),
so a new rowid has nothing to replace. Call everything inside the page's transaction and
call :meth:`PageWriter.flush` before the transaction ends.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from fieldcase.domain.hlc import Stamp
from fieldcase.domain.merge import CaseState, Conflict, case_conflicts
from fieldcase.foreground import step_aside
from fieldcase.storage import cases, merged_cases, record_state, search_index, sync_state
from fieldcase.storage.store import Store, dumps

_CHUNK = 500  # values per IN (...) list, far below SQLite's limit on bound parameters

_INSERT_CHUNK = 16  # rows per executemany: between two, the worker steps aside for a paint
_INSERT_ROW = """INSERT INTO cases (rowid, id, case_number, person_id, display_name, site,
    status, stage, assigned_to, risk_rank, review, next_due_on, updated_hlc, doc, stamps)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"""


@dataclass(frozen=True)
class _NewCase:
    """A new case ready to insert: everything but its rowid and case number."""

    doc: dict[str, Any]
    stored: str
    updated_hlc: str
    columns: tuple[Any, ...]
    conflicts: tuple[Conflict, ...]


class PageWriter:
    """Writes the merged cases of one pull page in the page's transaction.

    ``save`` takes the cases in the order ``save_state`` would have been called;
    ``batch=False`` sends every case through ``save_state`` (the reference the tests compare
    the batch with)."""

    def __init__(self, store: Store, *, batch: bool = True) -> None:
        self._store = store
        self._batch = batch
        self._pending: list[_NewCase] = []

    def save(self, case: CaseState, *, stamps: Sequence[Stamp] = (), new: bool = False) -> str:
        """Write ``case`` back (now or at the next flush); returns where it goes: ``shown``,
        ``hidden`` or ``purged``. ``new``: the case is nowhere on this device."""
        if self._batch and new and case.purged is None:
            prepared = _prepare(case, stamps)
            if prepared is not None:
                self._pending.append(prepared)
                return "shown"
        self.flush()
        return merged_cases.save_state(self._store, case, stamps=stamps)

    def flush(self) -> None:
        """Insert the collected new cases; their rows, terms and conflicts then exist."""
        pending, self._pending = self._pending, []
        if pending:
            _insert(self._store, pending)


def _prepare(case: CaseState, stamps: Sequence[Stamp]) -> _NewCase | None:
    """What ``save_state`` computes for a case it will insert as shown; None when the case
    shows no document (it would be hidden)."""
    shown = record_state.document_and_stamps(case)
    if shown is None:
        return None
    doc, stored_stamps = shown
    conflicts = case_conflicts(case)
    review = merged_cases.needs_review(doc, conflicts)
    updated = max(["", *(s.encode() for s in stamps)])  # no stored updated_hlc: it is new
    stored = dumps(stored_stamps)
    return _NewCase(doc, stored, updated, cases.list_columns(doc, conflicted=review),
                    conflicts)


def _insert(store: Store, pending: Sequence[_NewCase]) -> None:
    raw = store.raw
    wanted = [cases.wanted_case_number(new.doc) for new in pending]
    taken = _taken_numbers(store, wanted)
    first = int(raw.execute("SELECT coalesce(max(rowid), 0) FROM cases").fetchone()[0]) + 1
    rows: list[tuple[Any, ...]] = []
    indexed: list[tuple[int, dict[str, Any]]] = []
    for offset, (new, number) in enumerate(zip(pending, wanted, strict=True)):
        step_aside()  # the GUI's paint first (fieldcase.foreground)
        if number in taken:
            number = cases.fallback_case_number(number, new.doc)
        taken.add(number)
        rowid = first + offset
        rows.append((rowid, new.doc["id"], number, *new.columns, new.updated_hlc,
                     dumps(new.doc), new.stored))
        indexed.append((rowid, new.doc))
    for start in range(0, len(rows), _INSERT_CHUNK):
        step_aside()
        raw.executemany(_INSERT_ROW, rows[start:start + _INSERT_CHUNK])
    cases.queue_attachment_scans(raw, [(row[1], row[13]) for row in rows])
    search_index.index_new_cases(raw, indexed)
    sync_state.add_conflicts(store, [(new.doc["id"], conflict) for new in pending
                                     for conflict in new.conflicts])


def _taken_numbers(store: Store, numbers: Sequence[str]) -> set[str]:
    taken: set[str] = set()
    unique = list(dict.fromkeys(numbers))
    for start in range(0, len(unique), _CHUNK):
        chunk = unique[start:start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        taken.update(str(row[0]) for row in store.raw.execute(
            f"SELECT case_number FROM cases WHERE case_number IN ({marks})",  # noqa: S608
            chunk))
    return taken
