"""Make changes from what a device shows: edits, deletes, purges and conflict resolutions.

The bases a change carries are what makes the merge work, and they must describe exactly what
the device showed when the person acted — these helpers read them from the device's own
:class:`RecordState` so the storage layer never assembles them by hand:

- an edit names, per field set, every head the field had (one normally; all sides of a
  conflict, which the worker was shown and which the edit therefore settles) — or, when the
  edit was made from a view taken earlier (``seen``, see ``merge_seen``), the heads that view
  showed, so a version that arrived since is kept beside the edit as a conflict;
- a delete names every field head and every live delete of the record;
- a resolution names every side of the conflict it settles.
"""

from __future__ import annotations

from collections.abc import Mapping

from fieldcase.domain.hlc import Stamp
from fieldcase.domain.merge_model import (
    Change,
    Conflict,
    FieldEdit,
    FieldState,
    MergeError,
    RecordState,
)

__all__ = ["delete_change", "edit_change", "purge_change", "resolve_edit_vs_delete",
           "resolve_field"]


def edit_change(
    state: RecordState | None,
    values: Mapping[str, object],
    *,
    change_id: str,
    case_id: str,
    record_id: str,
    kind: str,
    stamp: Stamp,
    author: str,
    seen: Mapping[str, tuple[Stamp, ...]] | None = None,
) -> Change:
    """An upsert setting ``values``, based on the heads ``state`` shows (None: a new record),
    or on the heads each field showed in the person's view (``seen``: a field missing from
    it was not set when shown, and names no base).

    Raises MergeError (rule ``purged``) for an erased record: nothing may write to it."""
    if state is not None and state.purged is not None:
        raise MergeError("purged", "the record was erased; it cannot be edited")
    fields = state.fields if state is not None else {}
    edits = {name: FieldEdit(value, _heads(fields.get(name)) if seen is None
                             else seen.get(name, ()))
             for name, value in values.items()}
    return Change(change_id, case_id, record_id, kind, "upsert", stamp, author, edits)


def delete_change(state: RecordState, *, change_id: str, stamp: Stamp, author: str) -> Change:
    """A delete that covers everything the record shows: every field head and live delete."""
    if state.purged is not None:
        raise MergeError("purged", "the record was erased; there is nothing to delete")
    seen = {h.stamp for f in state.fields.values() for h in f.heads}
    seen |= {d.stamp for d in state.deletes}
    return Change(change_id, state.case_id, state.record_id, state.kind, "delete", stamp,
                  author, supersedes=tuple(seen))


def purge_change(
    *, change_id: str, case_id: str, record_id: str, kind: str, stamp: Stamp, author: str
) -> Change:
    """An erasure of one record, or of the whole case when ``record_id == case_id``."""
    return Change(change_id, case_id, record_id, kind, "purge", stamp, author)


def resolve_field(
    conflict: Conflict, value: object, *, change_id: str, stamp: Stamp, author: str
) -> Change:
    """Settle a field conflict with ``value`` (one side's value or a new one).

    The change's base lists every side, winner first in the conflict; once every replica has
    it, the field has one head and the conflict is gone everywhere."""
    if conflict.field is None:
        raise MergeError("not_a_field_conflict", "use resolve_edit_vs_delete for this one")
    bases = tuple(s.stamp for s in conflict.sides)
    return Change(change_id, conflict.case_id, conflict.record_id, conflict.record_kind,
                  "upsert", stamp, author, {conflict.field: FieldEdit(value, bases)})


def resolve_edit_vs_delete(
    conflict: Conflict, state: RecordState, *, keep: bool, change_id: str, stamp: Stamp,
    author: str,
) -> Change:
    """Settle an edit-vs-delete conflict: ``keep`` the record (a restore that supersedes the
    deletes) or delete it after all (a delete covering every version shown)."""
    if conflict.conflict_kind != "edit_vs_delete":
        raise MergeError("not_an_edit_vs_delete", "use resolve_field for a field conflict")
    if keep:
        deletes = tuple(s.stamp for s in conflict.sides if s.deleted)
        return Change(change_id, conflict.case_id, conflict.record_id, conflict.record_kind,
                      "upsert", stamp, author, supersedes=deletes)
    return delete_change(state, change_id=change_id, stamp=stamp, author=author)


def _heads(field: FieldState | None) -> tuple[Stamp, ...]:
    return () if field is None else tuple(h.stamp for h in field.heads)
