"""Join two merged states of one case: the state of a replica that applied both sets of changes.

A device that holds a case and receives it whole as the server's merged state
(``sync.protocol_state``), rather than as changes, needs the state it would have reached by
merging the server's changes into its own, local edits not yet pushed included. Every rule of
``merge_apply`` keeps state a function of the set of changes applied, and each state records
what the join needs:

- a field's heads are the versions no applied change names as a base. Every version a
  replica applied is either one of its heads or its stamp is among the field's superseded
  stamps, so the heads of the union are the heads of either side that neither side
  superseded; two versions with one stamp (a device bug) are settled as ``merge_apply`` does;
- append-only kinds keep the greatest version (stamp, then value and author);
- a live delete is one no applied change superseded; record-level superseded stamps unite;
- a purge mark wins over content, the greatest mark over another (a whole-case purge drops
  every record).

``tests/domain/test_merge_join.py`` checks ``join(state(A), state(B)) == state(A ∪ B)`` on
generated histories with conflicts, deletes, restores and purges.
"""

from __future__ import annotations

from collections.abc import Iterable

from fieldcase.domain.hlc import Stamp
from fieldcase.domain.merge_model import (
    APPEND_ONLY_KINDS,
    CaseState,
    DeleteMark,
    FieldState,
    MergeError,
    PurgeMark,
    RecordState,
    Version,
    canonical,
)

__all__ = ["join_cases", "join_records"]


def join_cases(a: CaseState, b: CaseState) -> CaseState:
    """The state holding the changes of both; raises MergeError (``case_mismatch``,
    ``kind_mismatch``) for states that cannot belong together."""
    if a.case_id != b.case_id:
        raise MergeError("case_mismatch", "the states belong to different cases")
    if a.purged is not None or b.purged is not None:
        return CaseState(a.case_id, {}, _later(a.purged, b.purged))
    records = dict(a.records)
    for record_id, theirs in b.records.items():
        mine = records.get(record_id)
        records[record_id] = theirs if mine is None else join_records(mine, theirs)
    return CaseState(a.case_id, records)


def join_records(a: RecordState, b: RecordState) -> RecordState:
    if a.kind != b.kind or a.case_id != b.case_id:
        raise MergeError("kind_mismatch", "the states are of different records")
    if a.purged is not None or b.purged is not None:
        return RecordState(a.record_id, a.case_id, a.kind, purged=_later(a.purged, b.purged))
    superseded = a.superseded | b.superseded
    deletes = {d.stamp: d for d in (*a.deletes, *b.deletes) if d.stamp not in superseded}
    fields = dict(a.fields)
    append_only = a.kind in APPEND_ONLY_KINDS
    for name, theirs in b.fields.items():
        mine = fields.get(name)
        if mine is None or mine == theirs:
            fields[name] = theirs
        elif append_only:
            best = max((*mine.heads, *theirs.heads), key=lambda v: (v.stamp, _tie_key(v)))
            fields[name] = FieldState((best,), frozenset())
        else:
            fields[name] = _join_field(mine, theirs)
    return RecordState(a.record_id, a.case_id, a.kind, fields,
                       _ordered(deletes.values()), superseded)


def _join_field(a: FieldState, b: FieldState) -> FieldState:
    superseded = a.superseded | b.superseded
    heads: dict[Stamp, Version] = {}
    for head in (*a.heads, *b.heads):
        if head.stamp in superseded:
            continue
        same = heads.get(head.stamp)
        if same is None or _tie_key(head) < _tie_key(same):
            heads[head.stamp] = head
    return FieldState(tuple(sorted(heads.values(), key=lambda h: h.stamp, reverse=True)),
                      superseded)


def _tie_key(version: Version) -> tuple[str, str]:
    """The key ``merge_apply`` settles two versions of one stamp by."""
    return (canonical(version.value), version.author)


def _ordered(deletes: Iterable[DeleteMark]) -> tuple[DeleteMark, ...]:
    return tuple(sorted(deletes, key=lambda d: d.stamp, reverse=True))


def _later(a: PurgeMark | None, b: PurgeMark | None) -> PurgeMark:
    marks = [m for m in (a, b) if m is not None]
    return max(marks, key=lambda m: (m.stamp, m.author))
