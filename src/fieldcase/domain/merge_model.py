"""The values the sync merge works on: changes as devices make them, and replica state.

A **version** is one value a field was given: the value, the HLC stamp of the change that set
it and the user who made it. A change to a field also names its **bases**: the stamps of the
versions that field showed on the device when the edit was made. That is the whole causal
record the merge needs: a version is *superseded* once some change names it as a base; the
versions nobody has superseded are the field's **heads**. One head is the normal case; two
heads with different values are a conflict (both were made without seeing the other).

State is kept so that it is a function of the *set* of changes a replica has applied, never of
their order: the heads are the versions not named as a base by any applied change. So two
replicas that applied the same changes, in any order, with duplicates, hold equal state.

What can go wrong: a change that names a base it never saw (a bug) hides that version; a stamp
reused by one device for two different values is settled deterministically but is a bug too.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Literal

from fieldcase.domain.errors import FieldCaseError
from fieldcase.domain.hlc import Stamp
from fieldcase.domain.records import APPEND_ONLY_KINDS, LIST_KINDS

__all__ = [
    "APPEND_ONLY_KINDS",
    "OPS",
    "RECORD_KINDS",
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
    "PurgeMark",
    "RecordState",
    "Version",
    "canonical",
]

Op = Literal["upsert", "delete", "purge"]
ConflictKind = Literal["field", "edit_vs_delete"]
OPS: frozenset[str] = frozenset({"upsert", "delete", "purge"})
RECORD_KINDS: frozenset[str] = frozenset(
    {"person", "case", "identity_document", *LIST_KINDS.values()}
)


class MergeError(FieldCaseError):
    """A change that cannot be merged; ``rule`` is a stable name the wire carries as reason."""

    kind = "merge"

    def __init__(self, rule: str, message: str) -> None:
        super().__init__(f"{rule}: {message}")
        self.rule = rule
        self.message = message


def canonical(value: object) -> str:
    """The canonical JSON text of a field value: how "the same value" is decided.

    ``1``, ``1.0`` and ``True`` are equal in Python but not in JSON; comparing the canonical
    text keeps the merge from treating them as one value. Raises TypeError/ValueError for
    values JSON cannot carry (NaN, sets, objects)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False)


def _stamps(values: Iterable[Stamp]) -> tuple[Stamp, ...]:
    """Sorted and without repeats. Most changes carry no stamps or one (a field's single
    base), so those skip the set and the sort: every change built or decoded passes here."""
    if isinstance(values, tuple) and len(values) < 2:
        return values
    return tuple(sorted(set(values)))


@dataclass(frozen=True, slots=True)
class Version:
    """One value a field was given, by whom and when."""

    value: object
    stamp: Stamp
    author: str


@dataclass(frozen=True, slots=True)
class FieldEdit:
    """A field set by a change: its new value and the stamps of the versions it replaces.

    ``bases`` lists every head the field showed on the device (normally one; several when the
    device showed a conflict, which the edit settles; none for a field never set)."""

    value: object
    bases: tuple[Stamp, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "bases", _stamps(self.bases))


@dataclass(frozen=True, slots=True)
class Change:
    """One record change as the outbox holds it and the wire carries it.

    - ``upsert``: ``fields`` maps each field set to its :class:`FieldEdit`; ``supersedes``
      names the deletes this change overrides (a "keep the record" resolution), usually empty.
    - ``delete``: no fields; ``supersedes`` names every version stamp (field heads and live
      deletes) the record showed when it was deleted. Edits not named are concurrent.
    - ``purge``: no fields, nothing superseded; erases the record (the whole case when
      ``record_id == case_id``).

    Raises MergeError (rule ``malformed``) for a combination no device produces.
    """

    change_id: str
    case_id: str
    record_id: str
    kind: str
    op: Op
    stamp: Stamp
    author: str
    fields: Mapping[str, FieldEdit] = field(default_factory=dict)
    supersedes: tuple[Stamp, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "fields", MappingProxyType(dict(self.fields)))
        object.__setattr__(self, "supersedes", _stamps(self.supersedes))
        if self.op not in OPS:
            raise MergeError("malformed", f"unknown op {self.op!r}")
        if self.kind not in RECORD_KINDS:
            raise MergeError("malformed", f"unknown record kind {self.kind!r}")
        if not self.author:
            raise MergeError("malformed", "author must not be empty")
        if self.op != "upsert" and self.fields:
            raise MergeError("malformed", f"a {self.op} carries no fields")
        if self.op == "purge" and self.supersedes:
            raise MergeError("malformed", "a purge supersedes nothing: it erases")
        if self.op == "upsert" and not self.fields and not self.supersedes:
            raise MergeError("malformed", "an upsert must set a field or restore the record")
        if self.op == "purge" and self.record_id == self.case_id and self.kind != "case":
            raise MergeError("malformed", "a whole-case purge names the case record")
        own = [b for e in self.fields.values() for b in e.bases if b == self.stamp]
        if own or self.stamp in self.supersedes:
            raise MergeError("malformed", "a change cannot supersede its own stamp")

    @property
    def purges_case(self) -> bool:
        return self.op == "purge" and self.record_id == self.case_id


@dataclass(frozen=True, slots=True)
class FieldState:
    """A field on a replica: its heads (greatest stamp first) and every superseded stamp."""

    heads: tuple[Version, ...] = ()
    superseded: frozenset[Stamp] = frozenset()

    @property
    def winner(self) -> Version | None:
        """The provisional value: the head with the greatest stamp."""
        return self.heads[0] if self.heads else None

    @property
    def in_conflict(self) -> bool:
        """Two or more heads with different values (equal values are no conflict)."""
        return len(self.heads) > 1 and len({canonical(h.value) for h in self.heads}) > 1


@dataclass(frozen=True, slots=True)
class DeleteMark:
    """A live delete: its stamp, author and the version stamps it saw (``covers``)."""

    stamp: Stamp
    author: str
    covers: frozenset[Stamp]


@dataclass(frozen=True, slots=True)
class PurgeMark:
    """What remains of an erased record or case: when and by whom, no content."""

    stamp: Stamp
    author: str


@dataclass(frozen=True, slots=True)
class RecordState:
    """One record on a replica. ``superseded`` holds the stamps record-level changes named
    (deletes and restores); a delete whose stamp is in it is no longer live.

    A deleted record keeps its field versions (in the encrypted store): an edit concurrent with
    the delete brings the record back whole. Only a purge drops them."""

    record_id: str
    case_id: str
    kind: str
    fields: Mapping[str, FieldState] = field(default_factory=dict)
    deletes: tuple[DeleteMark, ...] = ()
    superseded: frozenset[Stamp] = frozenset()
    purged: PurgeMark | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "fields", MappingProxyType(dict(self.fields)))


@dataclass(frozen=True, slots=True)
class CaseState:
    """Every record of one case on a replica, or the purge mark of an erased case."""

    case_id: str
    records: Mapping[str, RecordState] = field(default_factory=dict)
    purged: PurgeMark | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "records", MappingProxyType(dict(self.records)))


@dataclass(frozen=True, slots=True)
class ConflictSide:
    """One side of a conflict. For a field conflict ``value`` is the field's value; for an
    edit-vs-delete conflict an edit side's value maps the fields that edit set to their values
    and a delete side has ``deleted`` set and no value."""

    stamp: Stamp
    author: str
    value: object = None
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class Conflict:
    """Concurrent versions of one field (``field``) or a delete racing edits of one record
    (``edit_vs_delete``, ``field`` is None). ``sides`` are ordered greatest stamp first.

    The conflict lasts as long as its versions stay heads; a resolution is an ordinary change
    that supersedes every side (see :func:`fieldcase.domain.merge.resolve_field`)."""

    conflict_kind: ConflictKind
    case_id: str
    record_id: str
    record_kind: str
    field: str | None
    sides: tuple[ConflictSide, ...]

    def __post_init__(self) -> None:
        if len(self.sides) < 2:
            raise MergeError("malformed", "a conflict has at least two sides")
        if (self.conflict_kind == "field") != (self.field is not None):
            raise MergeError("malformed", "a field conflict names its field, no other does")
        stamps = [s.stamp for s in self.sides]
        if stamps != sorted(set(stamps), reverse=True):
            raise MergeError("malformed", "conflict sides must be distinct, greatest first")

    @property
    def conflict_id(self) -> str:
        """Deterministic: every replica derives the same id from the same versions."""
        stamps = ",".join(s.stamp.encode() for s in self.sides)
        text = f"{self.conflict_kind}|{self.record_id}|{self.field or ''}|{stamps}"
        return hashlib.sha256(text.encode()).hexdigest()[:32]

    @property
    def winner(self) -> ConflictSide:
        """The provisional winner: the greatest stamp (stamps order by wall time, counter,
        then node id, so ties break by node). Against a delete, the latest edit: the record
        stays visible until someone decides."""
        if self.conflict_kind == "edit_vs_delete":
            return next(s for s in self.sides if not s.deleted)
        return self.sides[0]
