"""Strict JSON readers and the compact JSON form of changes and conflicts (docs/sync.md).

Everything read from the wire goes through these readers: a wrong type, a missing key or an
unknown key raises :class:`ProtocolError` naming the path (``ch[3].f.given_name``), never a
KeyError deep in the merge. Messages name keys and rules, never values: they may be logged.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from fieldcase.domain.errors import FieldCaseError
from fieldcase.domain.hlc import Stamp
from fieldcase.domain.ids import is_uuid7
from fieldcase.domain.merge import (
    RECORD_KINDS,
    Change,
    Conflict,
    ConflictSide,
    FieldEdit,
    MergeError,
    Op,
)

__all__ = [
    "NODE_RE",
    "ProtocolError",
    "change_from_json",
    "change_to_json",
    "conflict_from_json",
    "conflict_to_json",
]

JsonObject = dict[str, object]

_OP_CODES: dict[Op, str] = {"upsert": "u", "delete": "d", "purge": "p"}
_OPS: dict[str, Op] = {code: op for op, code in _OP_CODES.items()}
_FIELD_RE = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
NODE_RE = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
"""A device id, as HLC stamps carry it (domain.hlc)."""
_TOKEN_RE = re.compile(r"^[A-Za-z0-9._~-]{1,200}$")
MAX_AUTHOR = 200
MAX_BASES = 64
MAX_FIELDS = 64
"""Most fields one change sets: a record has at most a few dozen (docs/case-document.md)."""


class ProtocolError(FieldCaseError):
    """A message that does not match the wire format; ``path`` names the offending key."""

    kind = "protocol"

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path or '<body>'}: {message}")
        self.path = path
        self.message = message


def at(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


def obj(value: object, path: str, required: Iterable[str], optional: Iterable[str] = ()
        ) -> JsonObject:
    """An object with exactly these keys (``optional`` ones may be missing)."""
    if not isinstance(value, dict):
        raise ProtocolError(path, "must be an object")
    required = tuple(required)
    allowed = {*required, *optional}
    for key in value:
        if key not in allowed:
            raise ProtocolError(at(path, str(key)), "unknown key")
    for key in required:
        if key not in value:
            raise ProtocolError(at(path, key), "missing")
    return {str(k): v for k, v in value.items()}


def array(value: object, path: str, max_len: int) -> list[object]:
    if not isinstance(value, list):
        raise ProtocolError(path, "must be a list")
    if len(value) > max_len:
        raise ProtocolError(path, f"more than {max_len} items")
    return list(value)


def text(value: object, path: str, *, max_len: int = 200, pattern: re.Pattern[str] | None = None
         ) -> str:
    if not isinstance(value, str) or not value:
        raise ProtocolError(path, "must be a non-empty string")
    if len(value) > max_len:
        raise ProtocolError(path, f"longer than {max_len} characters")
    if pattern is not None and not pattern.match(value):
        raise ProtocolError(path, "has characters or a form the protocol does not allow")
    return value


def token(value: object, path: str) -> str:
    """An opaque token (cursor, error kind): 1-200 characters of ``A-Za-z0-9._~-``."""
    return text(value, path, pattern=_TOKEN_RE)


def uuid(value: object, path: str) -> str:
    if not is_uuid7(value):
        raise ProtocolError(path, "must be a canonical UUIDv7")
    assert isinstance(value, str)
    return value


def stamp(value: object, path: str) -> Stamp:
    decoded = cached_stamp(value) if isinstance(value, str) else None
    if decoded is None:
        raise ProtocolError(path, "must be an encoded HLC stamp")
    return decoded


def field_name(value: object, path: str) -> str:
    """A field name as the wire allows it (``[a-z][a-z0-9_]*``, at most 64 characters)."""
    return text(value, path, pattern=_FIELD_RE)


def stamps(value: object, path: str) -> tuple[Stamp, ...]:
    return tuple(stamp(v, at(path, i)) for i, v in enumerate(array(value, path, MAX_BASES)))


def boolean(value: object, path: str) -> bool:
    if not isinstance(value, bool):
        raise ProtocolError(path, "must be true or false")
    return value


def change_to_json(change: Change) -> JsonObject:
    """``{"i","c","r","k","o","s","a"}`` plus ``"f"`` (fields: ``[value]`` or ``[value,
    [bases]]``) and ``"x"`` (supersedes) when they are not empty."""
    out: JsonObject = {
        "i": change.change_id, "c": change.case_id, "r": change.record_id, "k": change.kind,
        "o": _OP_CODES[change.op], "s": change.stamp.encode(), "a": change.author,
    }
    if change.fields:
        out["f"] = {name: ([e.value, [b.encode() for b in e.bases]] if e.bases else [e.value])
                    for name, e in change.fields.items()}
    if change.supersedes:
        out["x"] = [s.encode() for s in change.supersedes]
    return out


def change_from_json(value: object, path: str) -> Change:
    """A change from its compact JSON; raises ProtocolError naming the offending key.

    A pull page carries thousands of changes, so a well-formed one is read by
    :func:`_plain_change` without building a path for every key; anything it does not accept
    is read again by :func:`_checked_change`, which finds and names the problem. Both accept
    exactly the same input and build the same change (``tests/sync/test_protocol_fast.py``)."""
    change = _plain_change(value)
    return change if change is not None else _checked_change(value, path)


_REQUIRED_KEYS = frozenset(("i", "c", "r", "k", "o", "s", "a"))
_ALLOWED_KEYS = _REQUIRED_KEYS | {"f", "x"}
_MAX_KIND = 40


@lru_cache(maxsize=8192)
def cached_stamp(encoded: str) -> Stamp | None:
    """Stamps repeat (every record of a saved case shares one); a Stamp is immutable."""
    try:
        return Stamp.decode(encoded)
    except ValueError:
        return None


@lru_cache(maxsize=2048)
def plain_field_name(name: str) -> bool:
    """Whether ``name`` is a field name the wire allows (cached: names repeat)."""
    return 0 < len(name) <= 200 and _FIELD_RE.match(name) is not None


def _plain_stamps(value: object) -> tuple[Stamp, ...] | None:
    if not isinstance(value, list) or len(value) > MAX_BASES:
        return None
    found: list[Stamp] = []
    for item in value:
        decoded = cached_stamp(item) if isinstance(item, str) else None
        if decoded is None:
            return None
        found.append(decoded)
    return tuple(found)


def _plain_text(value: object, max_len: int) -> bool:
    return isinstance(value, str) and 0 < len(value) <= max_len


def _plain_change(value: object) -> Change | None:
    """The change, or None for anything :func:`_checked_change` would refuse (or for any
    doubt: the checked reader then decides)."""
    if not isinstance(value, dict) or not _REQUIRED_KEYS <= value.keys() <= _ALLOWED_KEYS:
        return None
    code, change_id, case_id, record_id = value["o"], value["i"], value["c"], value["r"]
    op = _OPS.get(code) if isinstance(code, str) else None
    stamp_text, kind, author = value["s"], value["k"], value["a"]
    when = cached_stamp(stamp_text) if isinstance(stamp_text, str) else None
    if (op is None or when is None or not is_uuid7(change_id) or not is_uuid7(case_id)
            or not is_uuid7(record_id) or not _plain_text(kind, _MAX_KIND)
            or not _plain_text(author, MAX_AUTHOR)):
        return None
    fields: dict[str, FieldEdit] = {}
    if "f" in value:
        raw = value["f"]
        if not isinstance(raw, dict) or not raw or len(raw) > MAX_FIELDS:
            return None
        for name, item in raw.items():
            if (not isinstance(name, str) or not plain_field_name(name)
                    or not isinstance(item, list) or not 1 <= len(item) <= 2):
                return None
            bases = _plain_stamps(item[1]) if len(item) == 2 else ()
            if bases is None or (len(item) == 2 and not bases):
                return None
            fields[name] = FieldEdit(item[0], bases)
    supersedes = _plain_stamps(value["x"]) if "x" in value else ()
    if supersedes is None:
        return None
    try:
        return Change(change_id, case_id, record_id, kind, op, when, author, fields,
                      supersedes)
    except MergeError:
        return None


def _checked_change(value: object, path: str) -> Change:
    o = obj(value, path, ("i", "c", "r", "k", "o", "s", "a"), ("f", "x"))
    op_code = o["o"]
    if not isinstance(op_code, str) or op_code not in _OPS:
        raise ProtocolError(at(path, "o"), "must be one of u, d, p")
    fields: dict[str, FieldEdit] = {}
    if "f" in o:
        raw = o["f"]
        if not isinstance(raw, dict) or not raw:
            raise ProtocolError(at(path, "f"), "must be a non-empty object")
        if len(raw) > MAX_FIELDS:
            raise ProtocolError(at(path, "f"), f"more than {MAX_FIELDS} fields")
        for name, item in raw.items():
            fields[text(name, at(path, "f"), pattern=_FIELD_RE)] = _field_edit(
                item, at(at(path, "f"), str(name)))
    try:
        return Change(
            uuid(o["i"], at(path, "i")), uuid(o["c"], at(path, "c")),
            uuid(o["r"], at(path, "r")), text(o["k"], at(path, "k"), max_len=_MAX_KIND),
            _OPS[op_code], stamp(o["s"], at(path, "s")),
            text(o["a"], at(path, "a"), max_len=MAX_AUTHOR), fields,
            stamps(o["x"], at(path, "x")) if "x" in o else (),
        )
    except MergeError as error:
        raise ProtocolError(path, error.message) from None


def _field_edit(value: object, path: str) -> FieldEdit:
    items = array(value, path, 2)
    if not items:
        raise ProtocolError(path, "must be [value] or [value, [bases]]")
    bases = stamps(items[1], at(path, 1)) if len(items) == 2 else ()
    if len(items) == 2 and not bases:
        raise ProtocolError(at(path, 1), "leave out empty bases")
    return FieldEdit(items[0], bases)


def conflict_to_json(conflict: Conflict) -> JsonObject:
    """``{"t": "f"|"d", "c", "r", "k", "n": field|null, "v": sides}``; a side is
    ``[stamp, author, value]``, or ``[stamp, author]`` for a delete."""
    return {
        "t": "f" if conflict.conflict_kind == "field" else "d",
        "c": conflict.case_id, "r": conflict.record_id, "k": conflict.record_kind,
        "n": conflict.field,
        "v": [[s.stamp.encode(), s.author] if s.deleted else [s.stamp.encode(), s.author, s.value]
              for s in conflict.sides],
    }


def conflict_from_json(value: object, path: str) -> Conflict:
    o = obj(value, path, ("t", "c", "r", "k", "n", "v"))
    kind = o["t"]
    if kind not in ("f", "d"):
        raise ProtocolError(at(path, "t"), "must be f or d")
    name = o["n"]
    field = None if name is None else text(name, at(path, "n"), pattern=_FIELD_RE)
    record_kind = text(o["k"], at(path, "k"), max_len=40)
    if record_kind not in RECORD_KINDS:
        raise ProtocolError(at(path, "k"), "unknown record kind")
    sides = [_side(v, at(at(path, "v"), i))
             for i, v in enumerate(array(o["v"], at(path, "v"), MAX_BASES))]
    try:
        return Conflict("field" if kind == "f" else "edit_vs_delete", uuid(o["c"], at(path, "c")),
                        uuid(o["r"], at(path, "r")), record_kind, field, tuple(sides))
    except MergeError as error:
        raise ProtocolError(path, error.message) from None


def _side(value: object, path: str) -> ConflictSide:
    items = array(value, path, 3)
    if len(items) < 2:
        raise ProtocolError(path, "must be [stamp, author] or [stamp, author, value]")
    when, author = stamp(items[0], at(path, 0)), text(items[1], at(path, 1), max_len=MAX_AUTHOR)
    if len(items) == 2:
        return ConflictSide(when, author, None, deleted=True)
    return ConflictSide(when, author, items[2])
