"""Bounds on a request body, checked before the body becomes objects (docs/sync.md, "Bounds").

Why: the server reads bodies from devices it does not trust. JSON costs far more as Python
objects than as text (``{},`` is 3 bytes and a 64-byte dict), so a push of a few kilobytes of
zstd that inflated to 20 million ``{}`` took the server from 160 MB to 1.7 GB for one
request. And text that is not strict JSON (a lone surrogate such as ``"\\ud800"``, ``NaN``)
parses in Python but fails later, deep in the merge or the database, as a 500.

:func:`read_json` checks, in this order, each step before the costly next one:

1. the size of the text (the caller has already inflated it with a cap:
   ``protocol.decompress``);
2. how many values the text can hold, counted on its bytes without parsing: every JSON value
   but the first in its container follows a comma, and every container opens with ``[`` or
   ``{``, so keys and values together number at most ``2 * (commas + opens) + 1``;
3. the parse, refusing ``NaN``/``Infinity``, non-finite numbers and integers of more than
   18 digits, and invalid UTF-8. orjson parses (compiled: a push's 500 changes in a fifth of
   the standard library's time), and it refuses all of these by itself but two: an integer
   of more than 18 digits (it reads one past 64 bits as a float) and an escaped lone
   surrogate (refused, but under another message). Text that holds a run of 19 digits or a
   surrogate escape anywhere (in a string too: the search does not parse) is therefore read
   by the standard library with hooks, as before; both readers give the same value or the
   same refusal (``tests/sync/test_protocol_bounds.py``);
4. one walk of the result: depth, string length, keys per object, items per list, and lone
   surrogates (only searched for when the text holds a ``\\uD800``-``\\uDFFF`` escape: UTF-8
   itself cannot carry one).

Steps 1, 2 and 4's size checks raise :class:`BodyTooLarge` (HTTP 413: a device halves its
batch and, for a single change, quarantines it as ``too_large``); the rest raise
:class:`ProtocolError` (HTTP 400: no correct client writes such text). Messages name the
bound, never a value.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from typing import Final

import orjson

from fieldcase.sync.protocol_json import ProtocolError

__all__ = ["PULL_BOUNDS", "PUSH_BOUNDS", "REQUEST_BOUNDS", "BodyTooLarge", "Bounds", "check_size",
           "read_json"]


class BodyTooLarge(ProtocolError):
    """A body past one of the bounds (HTTP 413 ``too_large``)."""

    kind = "too_large"


@dataclass(frozen=True, slots=True)
class Bounds:
    """The most a body may hold: bytes (inflated), values (keys count as values), nesting
    depth (the body itself is depth 1), characters per string, keys per object, items per
    list."""

    max_bytes: int
    max_values: int
    max_depth: int = 16
    max_string: int = 65_536
    max_keys: int = 1_000
    max_items: int = 5_000


PUSH_BOUNDS: Final = Bounds(max_bytes=8 * 1024 * 1024, max_values=1_000_000)
"""A push: 5,000 changes registering new cases take about 2.6 MB and 250,000 values
(measured on synthetic casework), so a full batch fits with room to spare; one valid change
is far below every bound (the longest text a record holds is a note's 20,000 characters).
The worst body within these bounds (500,000 short strings) costs the server about 30 MiB
while it is parsed, beside the text itself."""

PULL_BOUNDS: Final = Bounds(max_bytes=8 * 1024 * 1024, max_values=1_000_000,
                            max_items=200_000)
"""A pull request: small, unless it carries the device's audit events (docs/sync.md, "Audit
log"). A device sends at most 500 events and about 512 KiB of their details a request, but
one export's event lists every case it wrote (100,000 ids, the most a laptop holds, are
3.7 MB in one list): the bounds of a push, with room for that list."""

REQUEST_BOUNDS: Final = Bounds(max_bytes=64 * 1024, max_values=10_000)
"""The small bodies: sign-in, enrolment, an attachment declaration."""

MAX_INTEGER_DIGITS: Final = 18
"""Integers up to 10^18 - 1: every count, size and date part fits, and any JSON reader
(JavaScript's doubles excepted) reads them exactly."""

_ESCAPED_SURROGATE = re.compile(rb"\\u[dD][89a-fA-F]")
_DIGITS_AS_ZERO = bytes.maketrans(b"123456789", b"000000000")
_LONG_DIGITS = b"0" * (MAX_INTEGER_DIGITS + 1)
_SURROGATE = re.compile("[\ud800-\udfff]")


def check_size(text: bytes, bounds: Bounds) -> None:
    """Steps 1 and 2 alone: cheap enough for a client to check what it is about to send.
    Raises BodyTooLarge."""
    if len(text) > bounds.max_bytes:
        raise BodyTooLarge("", f"more than {bounds.max_bytes} bytes")
    opens = text.count(b"{") + text.count(b"[")
    if 2 * (text.count(b",") + opens) + 1 > bounds.max_values:
        raise BodyTooLarge("", f"more than {bounds.max_values} values")


def read_json(text: bytes, bounds: Bounds) -> object:
    """The JSON value of ``text``, within ``bounds``; see the module docstring. Raises
    BodyTooLarge or ProtocolError, never ValueError or RecursionError."""
    check_size(text, bounds)
    surrogates = _ESCAPED_SURROGATE.search(text) is not None
    if surrogates or _has_long_digits(text):
        value = _parse_with_hooks(text)
    else:
        value = _parse_compiled(text)
    _walk(value, bounds, surrogates=surrogates)
    return value


def _has_long_digits(text: bytes) -> bool:
    """Whether ``text`` holds a run of more than 18 digits anywhere (two passes in C: a
    regular expression took ten times as long on a push)."""
    return _LONG_DIGITS in text.translate(_DIGITS_AS_ZERO)


def _parse_compiled(text: bytes) -> object:
    try:
        value: object = orjson.loads(text)
    except orjson.JSONDecodeError:
        raise ProtocolError("", "not a UTF-8 JSON document") from None
    return value


def _parse_with_hooks(text: bytes) -> object:
    try:
        value: object = json.loads(text.decode("utf-8"), parse_constant=_refuse_constant,
                                   parse_float=_finite_float, parse_int=_bounded_int)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ProtocolError("", "not a UTF-8 JSON document") from None
    return value


def _refuse_constant(name: str) -> object:
    raise ValueError(name)  # NaN, Infinity, -Infinity: not JSON


def _finite_float(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):
        raise ValueError("number out of range")
    return number


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INTEGER_DIGITS:
        raise ValueError("integer out of range")
    return int(text)


def _walk(value: object, bounds: Bounds, *, surrogates: bool) -> None:
    """Depth, lengths and surrogates of every value, without recursion."""
    max_string, max_depth = bounds.max_string, bounds.max_depth
    pending: list[tuple[object, int]] = [(value, 1)]
    while pending:
        item, depth = pending.pop()
        if isinstance(item, str):
            _check_text(item, max_string, surrogates)
            continue
        if not isinstance(item, dict | list):
            continue
        if depth > max_depth:
            raise BodyTooLarge("", f"nested more than {max_depth} deep")
        if isinstance(item, dict):
            if len(item) > bounds.max_keys:
                raise BodyTooLarge("", f"an object with more than {bounds.max_keys} keys")
            for key in item:
                _check_text(key, max_string, surrogates)
            children: list[object] = list(item.values())
        else:
            if len(item) > bounds.max_items:
                raise BodyTooLarge("", f"a list of more than {bounds.max_items} items")
            children = item
        for child in children:
            if isinstance(child, str):
                _check_text(child, max_string, surrogates)
            elif isinstance(child, dict | list):
                pending.append((child, depth + 1))


def _check_text(text: str, max_string: int, surrogates: bool) -> None:
    if len(text) > max_string:
        raise BodyTooLarge("", f"a string of more than {max_string} characters")
    if surrogates and _SURROGATE.search(text):
        raise ProtocolError("", "text with a lone surrogate (not valid Unicode)")
