"""The ``records.fields`` JSON of one record: its whole merge state, for ``sync_state``.

``{"f": {field: {"h": [[stamp, author, value], ...], "s": [superseded stamps]}}, "d": [[stamp,
author, [covered stamps]], ...], "x": [superseded stamps]}``, or ``{"p": [stamp, author]}`` for
a purged record (a purged *case* is marked ``{"cp": ...}`` by ``sync_state``). Stamps are
``Stamp.encode`` text, sorted where they form a set, so one state has one encoding. Rows
written by earlier versions must stay readable: change the shape only with a migration.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from fieldcase.domain.hlc import Stamp
from fieldcase.domain.merge import DeleteMark, FieldState, PurgeMark, RecordState, Version
from fieldcase.sync.protocol_json import JsonObject

__all__ = ["mark_from_json", "record_from_json", "record_to_json"]


def mark_from_json(value: object) -> PurgeMark:
    assert isinstance(value, list)
    return PurgeMark(Stamp.decode(value[0]), value[1])


def _stamps(values: Collection[Stamp]) -> list[str]:
    return sorted([s.encode() for s in values]) if values else []


def record_to_json(state: RecordState) -> JsonObject:
    """The record's merge state as stored in ``records.fields`` (read by
    :func:`record_from_json`). Every push writes each record it touched through here."""
    if state.purged is not None:
        return {"p": [state.purged.stamp.encode(), state.purged.author]}
    fields: JsonObject = {}
    last: Stamp | None = None  # the fields one change set share its stamp: encode it once
    text = ""
    for name, field in state.fields.items():
        heads: list[object] = []
        for version in field.heads:
            if version.stamp is not last:
                last, text = version.stamp, version.stamp.encode()
            heads.append([text, version.author, version.value])
        fields[name] = {"h": heads, "s": _stamps(field.superseded)}
    return {
        "f": fields,
        "d": [[d.stamp.encode(), d.author, _stamps(d.covers)] for d in state.deletes],
        "x": _stamps(state.superseded),
    }


def record_from_json(record_id: str, case_id: str, kind: str, data: Mapping[str, object]
                     ) -> RecordState:
    if "p" in data:
        return RecordState(record_id, case_id, kind, purged=mark_from_json(data["p"]))
    fields_json = data["f"]
    deletes_json = data["d"]
    superseded_json = data["x"]
    assert isinstance(fields_json, dict)
    assert isinstance(deletes_json, list) and isinstance(superseded_json, list)
    fields = {
        name: FieldState(
            tuple(Version(v, Stamp.decode(s), a) for s, a, v in f["h"]),
            frozenset(Stamp.decode(s) for s in f["s"]))
        for name, f in fields_json.items()}
    deletes = tuple(DeleteMark(Stamp.decode(s), a, frozenset(Stamp.decode(c) for c in covers))
                    for s, a, covers in deletes_json)
    return RecordState(record_id, case_id, kind, fields, deletes,
                       frozenset(Stamp.decode(s) for s in superseded_json))
