"""The merge state of each record (``domain.merge.RecordState``), stored compactly beside the
case document, and the case document rebuilt from merged state.

The ``stamps`` column of a case holds one JSON object per record id. Most fields have one
version whose value is the one the document shows, so the value is not stored twice:

- ``"_": "hlc|author"`` — every field of the document record without an entry of its own has
  one version, the document's value, set by this stamp and author, and supersedes nothing.
  A new case's records are all ``{"_": ...}``: inserting stays as cheap as before sync.
- ``field: "hlc|author"`` — the same for one field with another stamp;
- ``field: ["hlc|author", [superseded stamps]]`` — one version (the document's value) that
  replaced the versions named;
- ``field: {"h": [[hlc, author, value], ...], "x": [superseded]}`` — anything else: a field
  showing a conflict (several heads), or a record the document does not show (deleted,
  incomplete) whose versions must be kept until a purge;
- ``"_k"`` the record kind (only when the document does not show the record), ``"_d"`` live
  deletes ``[[hlc, author, [covers]], ...]``, ``"_x"`` record-level superseded stamps,
  ``"_p"`` a purge mark ``[hlc, author]``.

Field names never start with ``_`` (the wire format allows ``[a-z][a-z0-9_]*``), so the keys
cannot collide. The version-4 form (``{"_": ..., field: "hlc|author"}``) is a subset of this
one, so stores written before sync read unchanged.

What can go wrong: a ``stamps`` object that names a record the document lacks and carries no
``_k`` cannot be read back; :class:`StateCorrupt` names the record instead of guessing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from fieldcase.domain.hlc import Stamp
from fieldcase.domain.merge import (
    CaseState,
    Conflict,
    ConflictSide,
    DeleteMark,
    FieldState,
    PurgeMark,
    RecordState,
    Seen,
    Version,
    canonical,
    record_view,
    seen_of,
)
from fieldcase.domain.records import Record, flatten, unflatten
from fieldcase.storage.errors import StoreError

DEFAULT = "_"
JsonObject = dict[str, Any]


class StateCorrupt(StoreError):
    """A stored merge state that cannot be read back (names the record, never content)."""

    kind = "corrupt"


def _token(stamp: Stamp, author: str) -> str:
    return f"{stamp.encode()}|{author}"


def _untoken(text: str) -> tuple[Stamp, str]:
    hlc, _, author = text.partition("|")
    return Stamp.decode(hlc), author


def _stamps(values: Iterable[Stamp]) -> list[str]:
    return sorted(s.encode() for s in values)


def _unstamps(values: Iterable[str]) -> frozenset[Stamp]:
    return frozenset(Stamp.decode(v) for v in values)


def encode_case(case: CaseState, records: Mapping[str, Record]) -> JsonObject:
    """The ``stamps`` object of ``case``, relative to the document records it is stored with
    (``records`` = ``flatten(doc)``, or ``{}`` when no document is stored)."""
    return {record_id: encode_record(state, records.get(record_id))
            for record_id, state in sorted(case.records.items())}


def encode_record(state: RecordState, shown: Record | None) -> JsonObject:
    token = _single_token(state, shown)
    if token is not None:
        return {DEFAULT: token}
    return _encode_any(state, shown)


def _single_token(state: RecordState, shown: Record | None) -> str | None:
    """The ``"hlc|author"`` of a record whose fields are exactly the document's, each with one
    version, all set by the same change (a record as its creator saved it: most records a
    pull brings). Its entry is then ``{"_": token}``, which :func:`_encode_any` also arrives
    at, at several times the cost. None for any other record."""
    if (shown is None or shown.kind != state.kind or state.purged is not None
            or state.deletes or state.superseded or not state.fields
            or len(state.fields) != len(shown.fields)):
        return None
    first: Version | None = None
    values = shown.fields
    for name, field in state.fields.items():
        if len(field.heads) != 1 or field.superseded or name not in values:
            return None
        head = field.heads[0]
        if first is None:
            first = head
        elif ((head.stamp is not first.stamp and head.stamp != first.stamp)
              or head.author != first.author):
            return None
        if values[name] is not head.value and not _same(values[name], head.value):
            return None
    return None if first is None else _token(first.stamp, first.author)


def _encode_any(state: RecordState, shown: Record | None) -> JsonObject:
    entry: JsonObject = {}
    if shown is None or shown.kind != state.kind:
        entry["_k"] = state.kind
    if state.purged is not None:
        entry["_p"] = [state.purged.stamp.encode(), state.purged.author]
        return entry
    compact: dict[str, str] = {}
    for name, field in sorted(state.fields.items()):
        head = field.heads[0] if len(field.heads) == 1 else None
        if (head is not None and shown is not None and name in shown.fields
                and _same(shown.fields[name], head.value)):
            if field.superseded:
                entry[name] = [_token(head.stamp, head.author), _stamps(field.superseded)]
            else:
                compact[name] = _token(head.stamp, head.author)
        else:
            full: JsonObject = {"h": [[h.stamp.encode(), h.author, h.value]
                                      for h in field.heads]}
            if field.superseded:
                full["x"] = _stamps(field.superseded)
            entry[name] = full
    # A default may only stand for fields the state really has: a document field missing
    # from the state would otherwise come back as a version nobody made.
    exact = shown is not None and all(name in state.fields for name in shown.fields)
    if compact and exact:
        default, _ = Counter(compact.values()).most_common(1)[0]
        entry[DEFAULT] = default
        compact = {name: token for name, token in compact.items() if token != default}
    entry.update(compact)
    if state.deletes:
        entry["_d"] = [[d.stamp.encode(), d.author, _stamps(d.covers)] for d in state.deletes]
    if state.superseded:
        entry["_x"] = _stamps(state.superseded)
    return entry


def _same(a: object, b: object) -> bool:
    """Equal as the merge sees values; a document rebuilt from the state shares the objects."""
    return a is b or canonical(a) == canonical(b)


def decode_case(case_id: str, records: Mapping[str, Record], stored: Mapping[str, Any]
                ) -> CaseState:
    """The merge state of a case from its ``stamps`` object and document records."""
    states: dict[str, RecordState] = {}
    for record_id, entry in stored.items():
        try:
            states[record_id] = decode_record(case_id, record_id, records.get(record_id), entry)
        except (KeyError, TypeError, ValueError, IndexError) as error:
            raise StateCorrupt(f"merge state of record {record_id} cannot be read") from error
    return CaseState(case_id, states)


def decode_record(case_id: str, record_id: str, shown: Record | None, entry: Mapping[str, Any]
                  ) -> RecordState:
    kind = entry.get("_k", shown.kind if shown is not None else None)
    if not isinstance(kind, str):
        raise KeyError("_k")
    if "_p" in entry:
        stamp, author = entry["_p"]
        return RecordState(record_id, case_id, kind,
                           purged=PurgeMark(Stamp.decode(stamp), author))
    fields: dict[str, FieldState] = {}
    for name, value in entry.items():
        if name.startswith("_"):
            continue
        if isinstance(value, str):
            stamp, author = _untoken(value)
            fields[name] = FieldState((Version(_shown(shown, name), stamp, author),))
        elif isinstance(value, list):
            stamp, author = _untoken(value[0])
            fields[name] = FieldState((Version(_shown(shown, name), stamp, author),),
                                      _unstamps(value[1]))
        else:
            heads = tuple(sorted((Version(v, Stamp.decode(s), a) for s, a, v in value["h"]),
                                 key=lambda h: h.stamp, reverse=True))
            fields[name] = FieldState(heads, _unstamps(value.get("x", ())))
    if DEFAULT in entry and shown is not None:
        stamp, author = _untoken(entry[DEFAULT])
        for name, value in shown.fields.items():
            if name not in fields:
                fields[name] = FieldState((Version(value, stamp, author),))
    deletes = tuple(DeleteMark(Stamp.decode(s), a, _unstamps(c))
                    for s, a, c in entry.get("_d", ()))
    return RecordState(record_id, case_id, kind, fields, deletes,
                       _unstamps(entry.get("_x", ())))


def seen_heads(case_id: str, records: Mapping[str, Record], stored: Mapping[str, Any],
               record_ids: Iterable[str]) -> Seen:
    """What a view of ``record_ids`` (the records a person is shown) shows of a stored case:
    only their entries are decoded."""
    wanted = [rid for rid in record_ids if rid in stored]
    case = decode_case(case_id, records, {rid: stored[rid] for rid in wanted})
    return seen_of(case, wanted)


def _shown(shown: Record | None, name: str) -> object:
    if shown is None:
        raise KeyError(name)
    return shown.fields[name]


def new_records_entry(stamp: Stamp, author: str) -> JsonObject:
    """The entry of a record just created: every field set by one change."""
    return {DEFAULT: _token(stamp, author)}


def winner_token(entry: Mapping[str, Any], field: str) -> str | None:
    """The ``"hlc|author"`` of the version a field shows, from a stored entry."""
    value = entry.get(field, entry.get(DEFAULT))
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return str(value[0])
    if isinstance(value, dict) and value.get("h"):
        best = max(value["h"], key=lambda head: str(head[0]))
        return f"{best[0]}|{best[1]}"
    return None


def document(case: CaseState) -> JsonObject | None:
    """The case document a merged state shows, or None when it shows no case.

    A case shows while its case record is live (an edit racing a delete keeps it live, with
    a conflict). The person record is shown with its last values even if a delete covers it,
    so a case in conflict can still be opened and settled."""
    found = _shown_records(case)
    return None if found is None else unflatten(case.case_id, found[0])


def document_and_stamps(case: CaseState) -> tuple[JsonObject, JsonObject] | None:
    """:func:`document` and the ``stamps`` object stored with it
    (``encode_case(case, flatten(doc))``), or None when the case shows no document.

    Both come from one pass over the records: the records the document was built from stand
    for ``flatten(doc)`` when flattening gives them back, which is every document a device
    or the server accepts (:func:`_flattens_back`), and a record as one change saved it gets
    its ``{"_": token}`` entry from that pass (what :func:`_single_token` finds). A pull
    writes thousands of cases; flattening a document again cost as much as building it."""
    found = _shown_records(case)
    if found is None:
        return None
    shown, tokens = found
    doc = unflatten(case.case_id, shown)
    records: Mapping[str, Record] = shown
    if not _flattens_back(case.case_id, shown):
        records, tokens = flatten(doc), {}
    return doc, {record_id: ({DEFAULT: tokens[record_id]} if record_id in tokens
                             else encode_record(state, records.get(record_id)))
                 for record_id, state in sorted(case.records.items())}


def _flattens_back(case_id: str, shown: Mapping[str, Record]) -> bool:
    """Whether ``flatten(unflatten(case_id, shown))`` equals ``shown``: the case record is
    the one record of kind case, and no record has a field ``unflatten`` writes over (its
    ``id``; a person's ``documents``). The rules refuse such fields: only a damaged state
    has them."""
    case_record = shown.get(case_id)
    if case_record is None or case_record.kind != "case":
        return False
    for record_id, record in shown.items():
        if record.kind == "case":
            if record_id != case_id:
                return False
        elif "id" in record.fields or (record.kind == "person"
                                       and "documents" in record.fields):
            return False
    return True


def _shown_records(case: CaseState) -> tuple[dict[str, Record], dict[str, str]] | None:
    """The records :func:`document` unflattens, and the token of each of them that one
    change saved as it shows; None when the case shows no document."""
    if case.purged is not None:
        return None
    case_record = case.records.get(case.case_id)
    if case_record is None or record_view(case_record).status != "live":
        return None
    shown: dict[str, Record] = {}
    tokens: dict[str, str] = {}
    person: tuple[Record, str | None] | None = None
    for record_id, state in sorted(case.records.items()):
        if state.purged is not None:
            continue
        if state.kind == "person":
            if person is None:  # the first person with a value shows (see above)
                values, token = _winners(state)
                if values:
                    person = Record(record_id, "person", values), token
        elif not state.deletes:  # what record_view shows then: the winners, live if any
            values, token = _winners(state)
            if values:
                shown[record_id] = Record(record_id, state.kind, values)
                if token is not None:
                    tokens[record_id] = token
        elif (view := record_view(state)).status == "live":
            shown[record_id] = Record(record_id, state.kind, dict(view.values))
    if person is None:
        return None
    record, token = person
    shown[record.record_id] = record
    if token is not None:
        tokens[record.record_id] = token
    return shown, tokens


def _winners(state: RecordState) -> tuple[dict[str, object], str | None]:
    """Each field's provisional value, in field name order (``record_view``'s ``values`` of a
    live record), without building the view; and the ``"hlc|author"`` of the one change that
    set them all when the record is as that change saved it (no delete, nothing superseded,
    one version a field): :func:`_single_token` of these values, found in the same pass."""
    values: dict[str, object] = {}
    first: Version | None = None
    single = not state.deletes and not state.superseded
    for name, field in sorted(state.fields.items()):
        heads = field.heads
        if not heads:
            single = False
            continue
        head = heads[0]
        values[name] = head.value
        if not single:
            continue
        if len(heads) != 1 or field.superseded:
            single = False
        elif first is None:
            first = head
        elif ((head.stamp is not first.stamp and head.stamp != first.stamp)
              or head.author != first.author):
            single = False
    return values, (_token(first.stamp, first.author) if single and first is not None
                    else None)


def conflict_to_json(conflict: Conflict) -> JsonObject:
    return {"kind": conflict.conflict_kind, "case_id": conflict.case_id,
            "record_id": conflict.record_id, "record_kind": conflict.record_kind,
            "field": conflict.field,
            "sides": [[s.stamp.encode(), s.author, s.value, s.deleted] for s in conflict.sides]}


def conflict_from_json(value: Mapping[str, Any]) -> Conflict:
    sides = tuple(ConflictSide(Stamp.decode(s), a, v, bool(d)) for s, a, v, d in value["sides"])
    return Conflict(value["kind"], value["case_id"], value["record_id"], value["record_kind"],
                    value["field"], sides)
