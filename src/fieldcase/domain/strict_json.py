"""The one strict JSON reader for what a person or a script hands FieldCase.

Python's ``json.loads`` accepts more than a document may carry and fails on the rest with
exceptions that are not errors a person can act on: it raises ``RecursionError`` past about
1,000 levels of nesting, ``ValueError`` for an integer of more than 4,300 digits, returns
``NaN`` and ``Infinity``, keeps the last of two equal keys, and returns strings holding lone
surrogates (``"\\ud800"``) that no UTF-8 writer (SQLite included) can store. :func:`read_json`
refuses all of these with a :class:`ValidationError` naming where and what, before anything
else sees the value:

- ``not_utf8``: bytes that are not UTF-8 (inside a string, the path of that string is named);
- ``not_json``: not JSON at all (line and column);
- ``too_deep``: nesting deeper than ``max_depth``, found by a scan *before* parsing, so the
  parser never recurses far;
- ``number_too_large``: an integer outside ±(2^53 − 1), the range every JSON reader
  represents exactly (RFC 7493, I-JSON); a long digit string is never converted;
- ``not_a_number``: ``NaN``, ``Infinity`` or a number too large for a float;
- ``lone_surrogate``: a string or key with half of a UTF-16 surrogate pair;
- ``duplicate_key``: one key twice in an object (readers disagree on which one wins);
- ``too_large``: more than ``max_bytes``.

Messages name paths, rules and positions, never a value: they may be printed and logged. A
leading UTF-8 byte-order mark (some Windows editors write one) is ignored.
"""

from __future__ import annotations

import json
import math
import re
from typing import Final

from fieldcase.domain.errors import ValidationError

__all__ = ["MAX_DEPTH", "MAX_DOCUMENT_BYTES", "MAX_SAFE_INTEGER", "read_json"]

MAX_DEPTH: Final = 32
"""Deepest nesting accepted by default; a case document is five levels deep."""
MAX_DOCUMENT_BYTES: Final = 16 * 1024 * 1024
MAX_SAFE_INTEGER: Final = 2**53 - 1
_MAX_DIGITS: Final = len(str(MAX_SAFE_INTEGER))
_MAX_KEY_IN_PATH: Final = 60

# A string (closed or running to the end of the text) or a bracket: strings are skipped so a
# bracket inside one does not count. The unrolled form is linear on any input.
_TOKEN: Final = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*(?:"|\Z)|[\[\]{}]', re.DOTALL)
_ESCAPED_BYTE: Final = re.compile("[\udc80-\udcff]")  # what surrogateescape makes of a bad byte
_SURROGATE: Final = re.compile("[\ud800-\udfff]")


class _Refused:
    """A value the parser hooks could not accept; the walk reports it with its path."""

    __slots__ = ("message", "rule")

    def __init__(self, rule: str, message: str) -> None:
        self.rule, self.message = rule, message


class _DuplicateKey(dict[str, object]):
    """An object in which ``key`` appeared twice."""

    def __init__(self, pairs: list[tuple[str, object]], key: str) -> None:
        super().__init__(pairs)
        self.key = key


def read_json(data: bytes | str, *, what: str = "the document", root: str = "",
              max_bytes: int = MAX_DOCUMENT_BYTES, max_depth: int = MAX_DEPTH) -> object:
    """Parse ``data`` (UTF-8 bytes, or text) strictly; raises ValidationError.

    ``what`` names the input in messages about the whole text ("the case document");
    ``root`` prefixes every path (``--value`` for a value given on the command line)."""
    first_bad: int | None = None  # where the first byte that is not UTF-8 is
    if isinstance(data, bytes):
        if len(data) > max_bytes:
            raise _too_large(root, what, max_bytes)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as error:
            first_bad = error.start
            text = data.decode("utf-8", "surrogateescape")
    else:
        text = data
        if len(text) > max_bytes:
            raise _too_large(root, what, max_bytes)
    text = text.removeprefix("\ufeff")
    _check_depth(text, what, root, max_depth)
    try:
        value = json.loads(text, parse_int=_integer, parse_float=_float,
                           parse_constant=_constant, object_pairs_hook=_object)
    except json.JSONDecodeError as error:
        if first_bad is not None:
            raise ValidationError(root, "not_utf8", f"{what} is not UTF-8 text "
                                  f"(byte {first_bad + 1})") from None
        raise ValidationError(root, "not_json", f"{what} is not JSON: {error.msg} "
                              f"(line {error.lineno}, column {error.colno})") from None
    except RecursionError:  # the scan above makes this unreachable; never a traceback anyway
        raise _too_deep(root, what, max_depth) from None
    _check(value, root, first_bad is not None)
    return value


def _too_large(root: str, what: str, max_bytes: int) -> ValidationError:
    return ValidationError(root, "too_large", f"{what} is larger than {max_bytes:,} bytes")


def _too_deep(root: str, what: str, max_depth: int) -> ValidationError:
    return ValidationError(root, "too_deep", f"{what} nests deeper than {max_depth} levels")


def _check_depth(text: str, what: str, root: str, max_depth: int) -> None:
    depth = 0
    for match in _TOKEN.finditer(text):
        piece = match.group()
        if piece in "[{":
            depth += 1
            if depth > max_depth:
                line = text.count("\n", 0, match.start()) + 1
                column = match.start() - text.rfind("\n", 0, match.start())
                raise ValidationError(root, "too_deep", f"{what} nests deeper than {max_depth} "
                                      f"levels (line {line}, column {column})")
        elif piece in "]}":
            depth -= 1


def _integer(digits: str) -> object:
    if len(digits.lstrip("-")) > _MAX_DIGITS or abs(int(digits)) > MAX_SAFE_INTEGER:
        return _Refused("number_too_large",
                        f"is a number beyond ±{MAX_SAFE_INTEGER:,} (no reader keeps it exact)")
    return int(digits)


def _float(text: str) -> object:
    value = float(text)
    if not math.isfinite(value):
        return _Refused("not_a_number", "is a number too large to represent")
    return value


def _constant(name: str) -> object:
    return _Refused("not_a_number", f"is {name}, which JSON does not allow")


def _object(pairs: list[tuple[str, object]]) -> dict[str, object]:
    found: dict[str, object] = {}
    for key, value in pairs:
        if key in found:
            return _DuplicateKey(pairs, key)
        found[key] = value
    return found


def _check(value: object, path: str, bad_bytes: bool) -> None:
    """Raise for the first refused value, bad key or bad string, naming its path. Depth is
    already bounded, so the recursion is too."""
    if isinstance(value, str):
        if not value.isascii():
            _check_text(value, path, bad_bytes)
    elif isinstance(value, dict):
        if isinstance(value, _DuplicateKey):
            raise ValidationError(_join(path, value.key), "duplicate_key",
                                  "appears twice in the same object")
        for key, item in value.items():
            if not key.isascii():
                _check_text(key, _join(path, key), bad_bytes, is_key=True)
            _check(item, _join(path, key), bad_bytes)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _check(item, f"{path}[{index}]", bad_bytes)
    elif isinstance(value, _Refused):
        raise ValidationError(path, value.rule, value.message)


def _check_text(text: str, path: str, bad_bytes: bool, *, is_key: bool = False) -> None:
    if _SURROGATE.search(text) is None:
        return
    what = "this key" if is_key else "this text"
    if bad_bytes and _ESCAPED_BYTE.search(text):
        raise ValidationError(path, "not_utf8", f"{what} is not UTF-8")
    raise ValidationError(path, "lone_surrogate",
                          f"{what} holds a lone surrogate (half of a UTF-16 pair)")


def _join(path: str, key: str) -> str:
    """``path.key``, with a key that could not be printed (a surrogate, a control character)
    or is very long shown escaped and shortened: paths end up in messages."""
    shown = key if key.isprintable() and _SURROGATE.search(key) is None else \
        key.encode("ascii", "backslashreplace").decode("ascii")
    if len(shown) > _MAX_KEY_IN_PATH:
        shown = shown[:_MAX_KEY_IN_PATH] + "…"
    return f"{path}.{shown}" if path else shown
