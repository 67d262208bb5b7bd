"""Apply one change to a record or a case: the merge rules, as pure functions.

Every rule below keeps state a function of the set of applied changes (see merge_model), so
applying changes in any order, or twice, gives equal state:

- A field's heads are its versions that no applied change names as a base. An edit adds its
  version and removes the heads it names; a version already superseded is not added back.
- Append-only kinds (notes, assistance) keep the greatest-stamp version: never a conflict.
- A delete becomes a live delete unless a later change superseded it; it covers exactly the
  versions it names. Whether the record is deleted or in conflict is decided when the record
  is read (merge_view), so it does not depend on which came first.
- A purge keeps only a purge mark (the greatest purge stamp) and makes every later change to
  that record, or to the whole case when the case record is purged, a no-op.
"""

from __future__ import annotations

from fieldcase.domain.hlc import Stamp
from fieldcase.domain.merge_model import (
    APPEND_ONLY_KINDS,
    CaseState,
    Change,
    DeleteMark,
    FieldState,
    MergeError,
    PurgeMark,
    RecordState,
    Version,
    canonical,
)

__all__ = ["apply_to_case", "apply_to_record"]


def apply_to_case(case: CaseState, change: Change) -> CaseState:
    """``case`` with ``change`` applied. Raises MergeError (rule ``case_mismatch``,
    ``kind_mismatch``) for a change that does not belong there; ``case`` is unchanged."""
    if change.case_id != case.case_id:
        raise MergeError("case_mismatch", "the change belongs to another case")
    if case.purged is not None:
        if change.purges_case:
            return CaseState(case.case_id, {}, _later_purge(case.purged, change))
        return case
    if change.purges_case:
        return CaseState(case.case_id, {}, PurgeMark(change.stamp, change.author))
    record = apply_to_record(case.records.get(change.record_id), change)
    return CaseState(case.case_id, {**case.records, change.record_id: record}, None)


def apply_to_record(state: RecordState | None, change: Change) -> RecordState:
    """``state`` (None: never seen) with ``change`` applied; see the module rules."""
    if state is None:
        state = RecordState(change.record_id, change.case_id, change.kind)
    elif state.record_id != change.record_id:
        raise MergeError("record_mismatch", "the change belongs to another record")
    elif state.kind != change.kind:
        raise MergeError("kind_mismatch", f"record is a {state.kind}, change says {change.kind}")
    elif state.case_id != change.case_id:
        raise MergeError("case_mismatch", "the record belongs to another case")
    if state.purged is not None:
        if change.op == "purge":
            return RecordState(state.record_id, state.case_id, state.kind,
                               purged=_later_purge(state.purged, change))
        return state
    if change.op == "purge":
        return RecordState(state.record_id, state.case_id, state.kind,
                           purged=PurgeMark(change.stamp, change.author))
    if change.op == "delete":
        return _apply_delete(state, change)
    return _apply_upsert(state, change)


def _later_purge(mark: PurgeMark, change: Change) -> PurgeMark:
    other = PurgeMark(change.stamp, change.author)
    return max(mark, other, key=lambda m: (m.stamp, m.author))


def _live_deletes(deletes: tuple[DeleteMark, ...], superseded: frozenset[Stamp]
                  ) -> tuple[DeleteMark, ...]:
    if not deletes:
        return deletes
    return tuple(d for d in deletes if d.stamp not in superseded)


def _apply_upsert(state: RecordState, change: Change) -> RecordState:
    superseded = (state.superseded | frozenset(change.supersedes) if change.supersedes
                  else state.superseded)
    fields = dict(state.fields)
    append_only = state.kind in APPEND_ONLY_KINDS
    for name, edit in change.fields.items():
        version = Version(edit.value, change.stamp, change.author)
        current = fields.get(name)
        if current is None and not edit.bases:  # a field set for the first time (both rules)
            fields[name] = FieldState((version,))
            continue
        current = current if current is not None else FieldState()
        fields[name] = (_last_writer(current, version) if append_only
                        else _add_version(current, version, edit.bases))
    return RecordState(state.record_id, state.case_id, state.kind, fields,
                       _live_deletes(state.deletes, superseded), superseded)


def _apply_delete(state: RecordState, change: Change) -> RecordState:
    superseded = state.superseded | frozenset(change.supersedes)
    deletes = _live_deletes(state.deletes, superseded)
    known = {d.stamp for d in deletes}
    if change.stamp not in superseded and change.stamp not in known:
        mark = DeleteMark(change.stamp, change.author, frozenset(change.supersedes))
        deletes = tuple(sorted((*deletes, mark), key=lambda d: d.stamp, reverse=True))
    return RecordState(state.record_id, state.case_id, state.kind, state.fields, deletes,
                       superseded)


def _tie_key(version: Version) -> tuple[str, str]:
    return (canonical(version.value), version.author)


def _add_version(current: FieldState, version: Version, bases: tuple[Stamp, ...]
                 ) -> FieldState:
    """Multi-value register step: drop the heads the edit names, add the edit's version
    unless something already superseded it. A second version with the same stamp (a device
    bug) is settled by the smaller canonical value, so the result is still order-free."""
    if not bases and not current.heads and not current.superseded:
        return FieldState((version,))  # a field set for the first time: most of a sync
    superseded = current.superseded | frozenset(bases)
    heads = {h.stamp: h for h in current.heads if h.stamp not in superseded}
    if version.stamp not in superseded:
        same = heads.get(version.stamp)
        if same is None or _tie_key(version) < _tie_key(same):
            heads[version.stamp] = version
    ordered = tuple(sorted(heads.values(), key=lambda h: h.stamp, reverse=True))
    return FieldState(ordered, superseded)


def _last_writer(current: FieldState, version: Version) -> FieldState:
    """Append-only kinds: the greatest stamp wins, silently (they are never edited in the
    app; this only settles a duplicate create deterministically)."""
    best = max((*current.heads, version), key=lambda v: (v.stamp, _tie_key(v)))
    return FieldState((best,), frozenset())
