"""``protocol_bounds.read_json`` parses with orjson and falls back to the standard library with
hooks for the two kinds of text orjson reads differently (an integer of more than 18 digits, a
surrogate escape). Whatever the reader, the answer is the same: the same value, or a refusal
of the same kind with the same message. Each check compares ``read_json`` with the old reader
(the standard library with hooks, ``_parse_with_hooks``) on the same bytes."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fieldcase.sync import protocol_bounds
from fieldcase.sync.protocol_bounds import PUSH_BOUNDS, REQUEST_BOUNDS, Bounds, read_json
from fieldcase.sync.protocol_json import ProtocolError


def old_reader(text: bytes, bounds: Bounds) -> object:
    """``read_json`` as it was: the standard library with hooks for every body."""
    protocol_bounds.check_size(text, bounds)
    value = protocol_bounds._parse_with_hooks(text)
    protocol_bounds._walk(value, bounds,
                          surrogates=protocol_bounds._ESCAPED_SURROGATE.search(text) is not None)
    return value


def outcome(reader: object, text: bytes, bounds: Bounds) -> tuple[str, object]:
    assert callable(reader)
    try:
        value = reader(text, bounds)
    except ProtocolError as error:
        return type(error).__name__, str(error)
    return "value", json.dumps(value, sort_keys=True)  # -0.0 and 0 told apart, 1 and 1.0 too


def same(text: bytes, bounds: Bounds = PUSH_BOUNDS) -> None:
    assert outcome(read_json, text, bounds) == outcome(old_reader, text, bounds), text


EDGES = [
    b"NaN", b"[Infinity]", b"[-Infinity]", b"[1e999]", b"[-1e999]", b"[1e-999]",
    b"[123456789012345678]", b"[1234567890123456789]", b"[-1234567890123456789]",
    b"[12345678901234567890123]", b"[1.2345678901234567890]", b'"1234567890123456789"',
    b'"\\ud800"', b'"a\\udc00"', b'"\\ud83d\\ude00"', b'"\xed\xa0\x80"', b'"\xff"',
    b'{"a":1,"a":2}', b"\xef\xbb\xbf[1]", b"[-0]", b"[-0.0]", b"[1E2]", b"[1.5e308]",
    b" [1] ", b'["\x00"]', b'["\\u0000"]', b"[01]", b"[1.]", b"[.5]", b"[+1]", b"",
    b"[1,]", b"{}", b"[]", b"[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]", b"[true,false,null]",
    b'{"k":' + b'"' + b"x" * 70_000 + b'"}', b"[" + b"1," * 6000 + b"1]",
    b"[" * 2000 + b"]" * 2000, b'{"\\ud800":1}', b"[\t\n\r 1]", b"[\x0c1]",
]


@pytest.mark.parametrize("text", EDGES)
def test_the_edges_read_as_before(text: bytes) -> None:
    same(text)
    same(text, REQUEST_BOUNDS)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-(10**20), max_value=10**20)
    | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(), inner, max_size=5),
    max_leaves=30)


@settings(max_examples=200, deadline=None)
@given(json_values, st.booleans())
def test_any_json_document_reads_as_before(value: object, ascii_only: bool) -> None:
    same(json.dumps(value, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass"))


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=60) | st.text(
    alphabet='{}[]",:0123456789.eE+-tfnrulsa \\ud8', max_size=60).map(str.encode))
def test_any_bytes_read_as_before(text: bytes) -> None:
    same(text)


def test_a_push_body_is_read_by_the_compiled_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    """The fast path is the one taken for ordinary bodies (not the fallback every time)."""
    def refuse(_text: bytes) -> object:
        raise AssertionError("the fallback reader was used")

    monkeypatch.setattr(protocol_bounds, "_parse_with_hooks", refuse)
    body = json.dumps({"d": "dev", "ch": [{"i": "x", "f": {"name": ["Tesfay ተስፋይ", 3.5]}}]})
    assert read_json(body.encode(), PUSH_BOUNDS) == json.loads(body)
