"""Conflict-aware merge of case changes, shared by the device and the server (docs/sync.md).

The one import point for the merge: the values (merge_model), the per-change rules
(merge_apply), reading merged state (merge_view), making changes (merge_changes), what a
person was shown (merge_seen), and :func:`apply_batch`, which applies a batch to the cases
it touches.

Guarantees, for any two replicas that applied the same set of changes (in any order, with
any duplicates): equal :class:`CaseState` for every case, hence equal values, tombstones and
conflicts. Nothing here does I/O; the caller loads the touched cases and stores the result.
"""

from __future__ import annotations

from collections.abc import Container, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

from fieldcase.domain.merge_apply import apply_to_case, apply_to_record
from fieldcase.domain.merge_changes import (
    delete_change,
    edit_change,
    purge_change,
    resolve_edit_vs_delete,
    resolve_field,
)
from fieldcase.domain.merge_model import (
    APPEND_ONLY_KINDS,
    OPS,
    RECORD_KINDS,
    CaseState,
    Change,
    Conflict,
    ConflictKind,
    ConflictSide,
    DeleteMark,
    FieldEdit,
    FieldState,
    MergeError,
    Op,
    PurgeMark,
    RecordState,
    Version,
    canonical,
)
from fieldcase.domain.merge_seen import Seen, seen_of
from fieldcase.domain.merge_take_back import Previous, replaced_versions, take_back
from fieldcase.domain.merge_view import (
    RecordStatus,
    RecordView,
    case_conflicts,
    record_conflicts,
    record_view,
)

__all__ = [
    "APPEND_ONLY_KINDS",
    "OPS",
    "RECORD_KINDS",
    "BatchResult",
    "CaseState",
    "Change",
    "Conflict",
    "ConflictKind",
    "ConflictSide",
    "DeleteMark",
    "FieldEdit",
    "FieldState",
    "MergeError",
    "Op",
    "Previous",
    "PurgeMark",
    "RecordState",
    "RecordStatus",
    "RecordView",
    "Rejection",
    "Seen",
    "Version",
    "apply_batch",
    "apply_to_case",
    "apply_to_record",
    "canonical",
    "case_conflicts",
    "delete_change",
    "edit_change",
    "purge_change",
    "record_conflicts",
    "record_view",
    "replaced_versions",
    "resolve_edit_vs_delete",
    "resolve_field",
    "seen_of",
    "take_back",
]


@dataclass(frozen=True, slots=True)
class Rejection:
    """A change that was not applied and why (a MergeError rule, or the server's reason)."""

    change_id: str
    reason: str


@dataclass(frozen=True, slots=True)
class BatchResult:
    """What a batch did.

    ``cases``: the new state of every case the batch touched (store these).
    ``applied``: the changes applied now, in batch order (append them to the log/feed).
    ``duplicates``: change ids applied before (acknowledge them again; nothing happened).
    ``absorbed``: new changes that landed on an erased record or case: acknowledged, but
    their content is dropped and must not be logged or forwarded.
    ``rejected``: changes that could not be merged; the rest of the batch still applied.
    ``opened`` / ``closed``: conflicts that appeared / disappeared (resolved, superseded by a
    wider conflict, deleted or purged)."""

    cases: Mapping[str, CaseState] = field(default_factory=dict)
    applied: tuple[Change, ...] = ()
    duplicates: tuple[str, ...] = ()
    absorbed: tuple[str, ...] = ()
    rejected: tuple[Rejection, ...] = ()
    opened: tuple[Conflict, ...] = ()
    closed: tuple[Conflict, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "cases", MappingProxyType(dict(self.cases)))

    @property
    def acknowledged(self) -> tuple[str, ...]:
        """The change ids a push response accepts: applied now, before, or absorbed."""
        return (*(c.change_id for c in self.applied), *self.duplicates, *self.absorbed)


def apply_batch(
    cases: Mapping[str, CaseState], changes: Sequence[Change], *, seen: Container[str]
) -> BatchResult:
    """Apply ``changes`` to ``cases`` (the current state of every case they name; a case
    missing from it is new). ``seen`` answers "was this change id applied before?" — a set,
    or the server's log index. Idempotent by change id and, since each change's effect is
    order-free, a batch gives the same states whatever order its changes come in.

    Each case is worked on in place (one records dict per case, not a new case per change),
    and conflicts are compared only on the records the batch touched: a record's conflicts
    depend on that record alone, so the others cannot open or close any. Only a whole-case
    purge, which drops every record, is compared on the whole case."""
    work: dict[str, _Work] = {}
    applied: list[Change] = []
    duplicates: list[str] = []
    absorbed: list[str] = []
    rejected: list[Rejection] = []
    done: set[str] = set()
    for change in changes:
        if change.change_id in done or change.change_id in seen:
            duplicates.append(change.change_id)
            continue
        case = work.get(change.case_id)
        if case is None:
            case = work[change.case_id] = _Work(
                cases.get(change.case_id) or CaseState(change.case_id))
        try:
            case.apply(change)
        except MergeError as error:
            rejected.append(Rejection(change.change_id, error.rule))
            continue
        done.add(change.change_id)
        if case.erased(change) and change.op != "purge":
            absorbed.append(change.change_id)
        else:
            applied.append(change)
    opened: list[Conflict] = []
    closed: list[Conflict] = []
    current: dict[str, CaseState] = {}
    for case_id, case in work.items():
        state = current[case_id] = case.state()
        before, after = case.conflicts(state)
        old = {c.conflict_id: c for c in before}
        new = {c.conflict_id: c for c in after}
        opened += [c for cid, c in new.items() if cid not in old]
        closed += [c for cid, c in old.items() if cid not in new]
    return BatchResult(current, tuple(applied), tuple(duplicates), tuple(absorbed),
                       tuple(rejected), tuple(opened), tuple(closed))


class _Work:
    """One case while a batch is applied: ``apply_to_case`` without a new CaseState per
    change. The original state is kept to compare conflicts and is returned unchanged (the
    same object) when nothing applied."""

    __slots__ = ("changed", "original", "purged", "records", "touched")

    def __init__(self, original: CaseState) -> None:
        self.original = original
        self.records: dict[str, RecordState] = dict(original.records)
        self.purged: PurgeMark | None = original.purged
        self.touched: set[str] = set()
        self.changed = False

    def apply(self, change: Change) -> None:
        """Raises MergeError like ``apply_to_case``, leaving the case as it was."""
        if change.case_id != self.original.case_id:
            raise MergeError("case_mismatch", "the change belongs to another case")
        if self.purged is not None:
            if change.purges_case:
                other = PurgeMark(change.stamp, change.author)
                self.purged = max(self.purged, other, key=lambda m: (m.stamp, m.author))
                self.records = {}
                self.changed = True
            return
        if change.purges_case:
            self.purged = PurgeMark(change.stamp, change.author)
            self.records = {}
            self.changed = True
            return
        self.records[change.record_id] = apply_to_record(self.records.get(change.record_id),
                                                         change)
        self.touched.add(change.record_id)
        self.changed = True

    def erased(self, change: Change) -> bool:
        if self.purged is not None:
            return True
        record = self.records.get(change.record_id)
        return record is not None and record.purged is not None

    def state(self) -> CaseState:
        if not self.changed:
            return self.original
        return CaseState(self.original.case_id, self.records, self.purged)

    def conflicts(self, state: CaseState) -> tuple[tuple[Conflict, ...], tuple[Conflict, ...]]:
        """The conflicts before and after, on the records that can differ."""
        if state.purged != self.original.purged:
            return case_conflicts(self.original), case_conflicts(state)
        ids = sorted(self.touched)
        before = [c for rid in ids if rid in self.original.records
                  for c in record_conflicts(self.original.records[rid])]
        after = [c for rid in ids if rid in state.records
                 for c in record_conflicts(state.records[rid])]
        return tuple(before), tuple(after)
