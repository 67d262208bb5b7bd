"""Read merged state: what a record shows, and which conflicts wait for a person.

Deciding "deleted or in conflict" here, when the record is read, rather than when a change
arrives is what keeps the outcome independent of arrival order:

- no live delete: the record shows its fields' winners;
- live deletes that cover every field head: the record is deleted (a tombstone);
- live deletes and some head they do not cover (an edit made without seeing the delete): the
  record stays visible with every field's winner, and an ``edit_vs_delete`` conflict lists
  the deletes and the uncovered edits. Append-only kinds never conflict: a delete wins.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Literal

from fieldcase.domain.hlc import Stamp
from fieldcase.domain.merge_model import (
    APPEND_ONLY_KINDS,
    CaseState,
    Conflict,
    ConflictSide,
    DeleteMark,
    PurgeMark,
    RecordState,
    Version,
)

__all__ = ["RecordStatus", "RecordView", "case_conflicts", "record_conflicts", "record_view"]

RecordStatus = Literal["live", "deleted", "purged", "absent"]


@dataclass(frozen=True, slots=True)
class RecordView:
    """What a record shows: its status, each field's provisional value and that value's
    stamp and author (``versions``), and the delete or purge mark when it is gone."""

    record_id: str
    case_id: str
    kind: str
    status: RecordStatus
    values: Mapping[str, object] = field(default_factory=dict)
    versions: Mapping[str, Version] = field(default_factory=dict)
    tombstone: DeleteMark | None = None
    purge: PurgeMark | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "values", MappingProxyType(dict(self.values)))
        object.__setattr__(self, "versions", MappingProxyType(dict(self.versions)))


def _uncovered(state: RecordState) -> list[Version]:
    covered: set[Stamp] = set()
    for mark in state.deletes:
        covered |= mark.covers
    return [h for f in state.fields.values() for h in f.heads if h.stamp not in covered]


def record_status(state: RecordState) -> RecordStatus:
    if state.purged is not None:
        return "purged"
    if state.deletes and (state.kind in APPEND_ONLY_KINDS or not _uncovered(state)):
        return "deleted"
    if any(f.heads for f in state.fields.values()):
        return "live"
    return "absent"


def record_view(state: RecordState) -> RecordView:
    """The record as a worker sees it. Field values are shown for live records only."""
    status = record_status(state)
    base = RecordView(state.record_id, state.case_id, state.kind, status)
    if status == "purged":
        return RecordView(state.record_id, state.case_id, state.kind, status,
                          purge=state.purged)
    if status == "deleted":
        return RecordView(state.record_id, state.case_id, state.kind, status,
                          tombstone=state.deletes[0])
    if status == "absent":
        return base
    versions = {name: f.heads[0] for name, f in sorted(state.fields.items()) if f.heads}
    return RecordView(state.record_id, state.case_id, state.kind, status,
                      {name: v.value for name, v in versions.items()}, versions)


def record_conflicts(state: RecordState) -> tuple[Conflict, ...]:
    """The open conflicts of one record, field conflicts by field name then edit-vs-delete.

    A deleted or purged record has none: the delete saw every version, the purge erased them.
    """
    if not state.deletes and all(len(f.heads) < 2 for f in state.fields.values()):
        return ()  # one version a field and no delete: nothing can be in conflict
    if state.kind in APPEND_ONLY_KINDS or record_status(state) != "live":
        return ()
    found = [
        Conflict("field", state.case_id, state.record_id, state.kind, name,
                 tuple(ConflictSide(h.stamp, h.author, h.value) for h in f.heads))
        for name, f in sorted(state.fields.items()) if f.in_conflict
    ]
    if state.deletes:
        found.append(_edit_vs_delete(state))
    return tuple(found)


def _edit_vs_delete(state: RecordState) -> Conflict:
    edits: dict[Stamp, tuple[str, dict[str, object]]] = {}
    for name, f in sorted(state.fields.items()):
        for head in f.heads:
            if any(head.stamp in d.covers for d in state.deletes):
                continue
            edits.setdefault(head.stamp, (head.author, {}))[1][name] = head.value
    sides = [ConflictSide(d.stamp, d.author, None, deleted=True) for d in state.deletes]
    sides += [ConflictSide(stamp, author, values) for stamp, (author, values) in edits.items()]
    sides.sort(key=lambda s: s.stamp, reverse=True)
    return Conflict("edit_vs_delete", state.case_id, state.record_id, state.kind, None,
                    tuple(sides))


def case_conflicts(case: CaseState) -> tuple[Conflict, ...]:
    """Every open conflict of a case, in record id order."""
    return tuple(c for rid in sorted(case.records)
                 for c in record_conflicts(case.records[rid]))
