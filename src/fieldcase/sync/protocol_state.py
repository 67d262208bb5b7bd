"""A case sent whole as its merged state (``w`` in a pull answer), and its strict reader.

A case that enters a device's scope used to arrive as its whole history, about twenty record
changes a case, which the device then merged one by one. The server already holds the result
of that merge, record by record (``server.record_codec``: every field's heads with stamp and
author, the stamps each field superseded, live deletes, record-level superseded stamps, purge
marks), so it sends that instead, in the very form it stores it, without decoding it
(docs/sync.md, "Cases sent whole"). The merge state is a function of the *set* of changes
applied (``domain.merge_model``), so the device that stores it holds exactly the state it
would have reached by merging the history, and merges every later change the same way.

``{"c": case id, "u": stamp, "r": [[record id, kind, state], ...]}``. A record's state is
``{"s": stamp, "a": author, "v": {field: value}, "f": {field: {"h": [[stamp, author, value],
...], "s": [stamps]}}, "d": [[stamp, author, [stamps]], ...], "x": [stamps]}``, every key
optional (``s`` and ``a`` go with ``v``), or ``{"p": [stamp, author]}`` for a purged record:
``v`` holds the fields that have one version, superseding nothing, all set by one change
(``s``, ``a``) — most fields of most records, which a record as its creator saved it is
entirely — and ``f`` every other field in the stored form, its ``s`` left out when empty;
``d`` (live deletes) and ``x`` (record-level superseded stamps) are left out when empty. So
a record costs about what the change that created it cost, less its change and case ids.
:func:`wire_state` makes it from the stored form with dictionary look-ups only. ``u``: the
greatest stamp of the changes the state was merged from (the case's ``updated_hlc`` on the
device; not always found in the state, which keeps no trace of a restore's own stamp).

What can go wrong: a state the reader cannot take raises ProtocolError naming the path, like
every other part of a message; heads and deletes are put in the merge's order (greatest stamp
first) whatever order they came in, so a state equals the one the merge would build.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from fieldcase.domain.hlc import Stamp
from fieldcase.domain.ids import is_uuid7
from fieldcase.domain.merge import (
    RECORD_KINDS,
    CaseState,
    DeleteMark,
    FieldState,
    PurgeMark,
    RecordState,
    Version,
)
from fieldcase.sync.protocol_json import (
    MAX_AUTHOR,
    JsonObject,
    ProtocolError,
    array,
    at,
    cached_stamp,
    field_name,
    obj,
    plain_field_name,
    stamp,
    text,
    uuid,
)

__all__ = ["MAX_RECORDS", "EncodedCase", "WholeCase", "whole_case_from_json", "wire_state"]

MAX_RECORDS = 5000
"""Most records of one case sent whole (a long-lived case gathers hundreds of notes)."""
_MAX_STAMPS = 100_000  # a field's superseded stamps grow with its edits; the body bounds it


@dataclass(frozen=True, slots=True)
class WholeCase:
    """A case as a device reads it from ``w``: its merged state and ``updated`` (``u``)."""

    state: CaseState
    updated: Stamp

    @property
    def case_id(self) -> str:
        return self.state.case_id

    def to_json(self) -> JsonObject:
        """The wire form (tests and fakes: the server forwards :class:`EncodedCase`)."""
        return {"c": self.state.case_id, "u": self.updated.encode(),
                "r": [[r.record_id, r.kind, record_state_to_json(r)]
                      for r in self.state.records.values()]}


@dataclass(frozen=True, slots=True)
class EncodedCase:
    """A case as the server sends it: the stored merge state of each record, as stored
    (``server.record_codec``), forwarded without being decoded."""

    case_id: str
    updated: str
    records: tuple[tuple[str, str, Mapping[str, object]], ...]

    def to_json(self) -> JsonObject:
        return {"c": self.case_id, "u": self.updated,
                "r": [[record_id, kind, state] for record_id, kind, state in self.records]}


def record_state_to_json(state: RecordState) -> JsonObject:
    """The wire form of ``state``: :func:`wire_state` of the stored form (what
    ``server.record_codec.record_to_json`` writes)."""
    if state.purged is not None:
        return {"p": [state.purged.stamp.encode(), state.purged.author]}
    return wire_state({
        "f": {name: {"h": [[v.stamp.encode(), v.author, v.value] for v in f.heads],
                     "s": sorted(s.encode() for s in f.superseded)}
              for name, f in state.fields.items()},
        "d": [[d.stamp.encode(), d.author, sorted(s.encode() for s in d.covers)]
              for d in state.deletes],
        "x": sorted(s.encode() for s in state.superseded)})


def wire_state(stored: Mapping[str, Any]) -> JsonObject:
    """The wire form of a record's merge state in its stored form (``server.record_codec``):
    the fields with one version, no superseded stamp, set by the same change as the record's
    first such field, go in ``v``; the rest as stored; empty lists left out."""
    if "p" in stored:
        return {"p": stored["p"]}
    token: tuple[object, object] | None = None
    values: JsonObject = {}
    others: JsonObject = {}
    for name, field in stored["f"].items():
        heads, superseded = field["h"], field["s"]
        if len(heads) == 1 and not superseded:
            stamp_text, author, value = heads[0]
            if token is None:
                token = (stamp_text, author)
            if token[0] == stamp_text and token[1] == author:
                values[name] = value
                continue
        others[name] = field if superseded else {"h": heads}
    out: JsonObject = {}
    if token is not None:
        out.update(s=token[0], a=token[1], v=values)
    if others:
        out["f"] = others
    if stored["d"]:
        out["d"] = stored["d"]
    if stored["x"]:
        out["x"] = stored["x"]
    return out


def whole_case_from_json(value: object, path: str) -> WholeCase:
    """A case from ``w``; raises ProtocolError naming the path. A page carries thousands of
    records, so the common form (one stamp and its values) is read by :func:`_plain_record`
    without building a path per key; anything else, or any doubt, by the checked reader."""
    o = obj(value, path, ("c", "u", "r"))
    case_id = uuid(o["c"], at(path, "c"))
    records: dict[str, RecordState] = {}
    items = at(path, "r")
    for i, item in enumerate(array(o["r"], items, MAX_RECORDS)):
        record = _plain_record(case_id, item)
        if record is None:
            record = _checked_record(case_id, item, at(items, i))
        if record.record_id in records:
            raise ProtocolError(at(at(items, i), 0), "a record appears twice")
        records[record.record_id] = record
    if case_id in records and records[case_id].kind != "case":
        raise ProtocolError(items, "the case record must be of kind case")
    return WholeCase(CaseState(case_id, records), stamp(o["u"], at(path, "u")))


_PLAIN_KEYS = frozenset(("s", "a", "v"))


def _plain_record(case_id: str, item: object) -> RecordState | None:
    """``[record id, kind, {"s", "a", "v"}]`` read without paths; None for anything else."""
    if not isinstance(item, list) or len(item) != 3:
        return None
    record_id, kind, state = item
    if (not is_uuid7(record_id) or kind not in RECORD_KINDS or not isinstance(state, dict)
            or state.keys() != _PLAIN_KEYS):
        return None
    when, author, values = state["s"], state["a"], state["v"]
    version_stamp = cached_stamp(when) if isinstance(when, str) else None
    if (version_stamp is None or not isinstance(author, str) or not 0 < len(author) <= MAX_AUTHOR
            or not isinstance(values, dict) or not values):
        return None
    fields: dict[str, FieldState] = {}
    for name, field_value in values.items():
        if not isinstance(name, str) or not plain_field_name(name):
            return None
        fields[name] = FieldState((Version(field_value, version_stamp, author),))
    assert isinstance(record_id, str) and isinstance(kind, str)
    return RecordState(record_id, case_id, kind, fields)


def _checked_record(case_id: str, item: object, where: str) -> RecordState:
    triple = array(item, where, 3)
    if len(triple) != 3:
        raise ProtocolError(where, "must be [record id, kind, state]")
    record_id = uuid(triple[0], at(where, 0))
    kind = text(triple[1], at(where, 1), max_len=40)
    if kind not in RECORD_KINDS:
        raise ProtocolError(at(where, 1), "unknown record kind")
    return _record(case_id, record_id, kind, triple[2], at(where, 2))


def _record(case_id: str, record_id: str, kind: str, value: object, path: str
            ) -> RecordState:
    if isinstance(value, dict) and "p" in value:
        o = obj(value, path, ("p",))
        mark_stamp, author = _stamp_author(o["p"], at(path, "p"), 2)
        return RecordState(record_id, case_id, kind, purged=PurgeMark(mark_stamp, author))
    o = obj(value, path, (), ("s", "a", "v", "f", "d", "x"))
    fields: dict[str, FieldState] = {}
    if "v" in o or "s" in o or "a" in o:
        values = o.get("v")
        if "s" not in o or "a" not in o or not isinstance(values, dict) or not values:
            raise ProtocolError(path, "s, a and a non-empty v go together")
        version_stamp = stamp(o["s"], at(path, "s"))
        author = text(o["a"], at(path, "a"), max_len=MAX_AUTHOR)
        for name, field_value in values.items():
            fields[field_name(name, at(path, "v"))] = FieldState(
                (Version(field_value, version_stamp, author),))
    fields_path = at(path, "f")
    raw_fields = o.get("f", {})
    if not isinstance(raw_fields, dict):
        raise ProtocolError(fields_path, "must be an object")
    for name, raw in raw_fields.items():
        where = at(fields_path, str(name))
        if field_name(name, fields_path) in fields:
            raise ProtocolError(where, "a field appears twice")
        f = obj(raw, where, ("h",), ("s",))
        heads: list[Version] = []
        for i, head in enumerate(array(f["h"], at(where, "h"), 1000)):
            head_stamp, author = _stamp_author(head, at(at(where, "h"), i), 3)
            assert isinstance(head, list)
            heads.append(Version(head[2], head_stamp, author))
        if not heads or len({h.stamp for h in heads}) != len(heads):
            raise ProtocolError(at(where, "h"), "must list distinct heads")
        heads.sort(key=lambda h: h.stamp, reverse=True)
        fields[str(name)] = FieldState(tuple(heads), _stamp_set(f.get("s", []),
                                                                at(where, "s")))
    deletes: list[DeleteMark] = []
    for i, mark in enumerate(array(o.get("d", []), at(path, "d"), 1000)):
        where = at(at(path, "d"), i)
        mark_stamp, author = _stamp_author(mark, where, 3)
        assert isinstance(mark, list)
        deletes.append(DeleteMark(mark_stamp, author, _stamp_set(mark[2], at(where, 2))))
    deletes.sort(key=lambda d: d.stamp, reverse=True)
    return RecordState(record_id, case_id, kind, fields, tuple(deletes),
                       _stamp_set(o.get("x", []), at(path, "x")))


def _stamp_author(value: object, path: str, size: int) -> tuple[Stamp, str]:
    items = array(value, path, size)
    if len(items) != size:
        raise ProtocolError(path, f"must have {size} items")
    return stamp(items[0], at(path, 0)), text(items[1], at(path, 1), max_len=MAX_AUTHOR)


def _stamp_set(value: object, path: str) -> frozenset[Stamp]:
    return frozenset(stamp(v, at(path, i)) for i, v in enumerate(array(value, path,
                                                                        _MAX_STAMPS)))
