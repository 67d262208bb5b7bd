"""What a person was shown of a case, so an edit made from that view is based on it.

Between opening a case and saving a form, a sync may change a field. An edit based on the
heads the store holds *when the form is saved* would replace a value the person never saw,
silently. Based on the versions the person *was shown*, it is concurrent with the sync's
version instead: the merge keeps both values as a conflict, exactly as for two devices' edits
(docs/sync.md, "The rules").

A :class:`Seen` holds, per record shown and per field of that record, the stamps of the
field's heads at that moment (one normally; every side of a conflict the field showed). It
holds no values, and no record the view did not show (parts redacted for the user). A field
the record lacked when shown has no entry: an edit that sets it names no base.

``to_text``/``from_text`` keep it where a form keeps its draft. What can go wrong: a text that
is not one of ours (edited, truncated, from another version) is refused with a
``ValidationError`` on ``seen`` rather than guessed at, since a wrong base would hide a
version.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from fieldcase.domain.errors import ValidationError
from fieldcase.domain.hlc import Stamp
from fieldcase.domain.merge_model import CaseState

__all__ = ["FieldHeads", "Seen", "seen_of"]

FieldHeads = Mapping[str, tuple[Stamp, ...]]
_VERSION = 1


@dataclass(frozen=True)
class Seen:
    """The head stamps of every field of every record a person was shown of one case."""

    case_id: str
    records: Mapping[str, FieldHeads]

    def __post_init__(self) -> None:
        frozen = {rid: MappingProxyType({name: tuple(sorted(set(stamps)))
                                         for name, stamps in fields.items()})
                  for rid, fields in self.records.items()}
        object.__setattr__(self, "records", MappingProxyType(frozen))

    def to_text(self) -> str:
        """Compact JSON: each distinct stamp once, fields grouped by the heads they showed."""
        stamps = sorted({s for fields in self.records.values() for ss in fields.values()
                         for s in ss})
        index = {stamp: position for position, stamp in enumerate(stamps)}
        records: dict[str, dict[str, list[str]]] = {}
        for record_id, fields in sorted(self.records.items()):
            groups: dict[str, list[str]] = {}
            for name, heads in sorted(fields.items()):
                groups.setdefault(",".join(str(index[s]) for s in heads), []).append(name)
            records[record_id] = groups
        return json.dumps({"v": _VERSION, "c": self.case_id,
                           "s": [s.encode() for s in stamps], "r": records},
                          separators=(",", ":"), sort_keys=True)

    @classmethod
    def from_text(cls, text: str) -> Seen:
        """Read :meth:`to_text` output; anything else raises ValidationError (``seen``)."""
        try:
            value = json.loads(text)
            if value["v"] != _VERSION or set(value) != {"v", "c", "s", "r"}:
                raise ValueError("unknown form")
            stamps = [Stamp.decode(s) for s in value["s"]]
            records: dict[str, dict[str, tuple[Stamp, ...]]] = {}
            for record_id, groups in value["r"].items():
                fields = records.setdefault(str(record_id), {})
                for key, names in groups.items():
                    heads = tuple(stamps[int(i)] for i in key.split(",")) if key else ()
                    fields.update({str(name): heads for name in names})
            case_id = value["c"]
            if not isinstance(case_id, str) or not case_id:
                raise ValueError("no case id")
        except (ValueError, TypeError, KeyError, IndexError, AttributeError):
            raise ValidationError("seen", "malformed",
                                  "the record of what was shown cannot be read; "
                                  "open the case again") from None
        return cls(case_id, records)

    def fields_of(self, record_id: str) -> FieldHeads | None:
        """The heads each field of ``record_id`` showed, or None for a record not shown."""
        return self.records.get(record_id)


def seen_of(case: CaseState, record_ids: Iterable[str]) -> Seen:
    """What a view showing ``record_ids`` of ``case`` showed (records not in the state are
    left out: a view cannot have shown a version of them)."""
    records: dict[str, dict[str, tuple[Stamp, ...]]] = {}
    for record_id in record_ids:
        state = case.records.get(record_id)
        if state is not None and state.purged is None:
            records[record_id] = {name: tuple(h.stamp for h in field.heads)
                                  for name, field in state.fields.items() if field.heads}
    return Seen(case.case_id, records)
