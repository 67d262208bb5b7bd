"""The strict JSON reader: what it refuses, with which rule and path, and that it takes every
JSON value inside its bounds unchanged."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fieldcase.domain.errors import ValidationError
from fieldcase.domain.strict_json import MAX_SAFE_INTEGER, read_json


def refused(data: bytes | str, **kwargs: object) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        read_json(data, **kwargs)  # type: ignore[arg-type]
    return caught.value


@pytest.mark.parametrize(("data", "path", "rule"), [
    (b'{"a": {"b": "x\xffy"}}', "a.b", "not_utf8"),
    (b'{"a": \xff}', "", "not_utf8"),
    (b'{"k\xfe": 1}', "k\\udcfe", "not_utf8"),
    ('{"a": ["ok", "\\ud800"]}', "a[1]", "lone_surrogate"),
    ('{"\\udfff": 1}', "\\udfff", "lone_surrogate"),
    ('{"a": ' + "9" * 5000 + "}", "a", "number_too_large"),
    ('{"a": ' + str(MAX_SAFE_INTEGER + 1) + "}", "a", "number_too_large"),
    ('{"a": -' + str(MAX_SAFE_INTEGER + 1) + "}", "a", "number_too_large"),
    ('{"a": [NaN]}', "a[0]", "not_a_number"),
    ('{"a": -Infinity}', "a", "not_a_number"),
    ('{"a": 1e400}', "a", "not_a_number"),
    ('{"a": {"b": 1, "b": 1}}', "a.b", "duplicate_key"),
    ("[" * 33 + "]" * 33, "", "too_deep"),
    ("[" * 1_000_000, "", "too_deep"),
    ("{oops", "", "not_json"),
    ('"unterminated [[[[', "", "not_json"),
])
def test_refusals_name_the_rule_and_the_path(data: bytes | str, path: str, rule: str) -> None:
    error = refused(data)
    assert (error.path, error.rule) == (path, rule)


def test_messages_never_quote_the_value() -> None:
    for data in (b'{"a": "Amina\xff"}', '{"a": "Amina\\ud800"}', '{"a": 123456789012345678}'):
        assert "Amina" not in str(refused(data)) and "1234" not in str(refused(data))


def test_root_prefixes_paths_and_what_names_the_input() -> None:
    error = refused('[1, "\\ud800"]', root="--value", what="--value")
    assert error.path == "--value[1]"
    assert str(refused("[", what="the case document")).startswith("the case document is not")


def test_size_and_depth_bounds_are_the_callers() -> None:
    assert refused(b"[1, 2, 3]", max_bytes=4).rule == "too_large"
    assert refused("[[1]]", max_depth=1).rule == "too_deep"
    assert read_json("[[1]]", max_depth=2) == [[1]]


def test_brackets_inside_strings_do_not_count_as_depth() -> None:
    assert read_json('{"a": "[[[[\\"[[[["}', max_depth=1) == {"a": '[[[["[[[['}


def test_a_byte_order_mark_is_ignored() -> None:
    assert read_json("\ufeff{}".encode()) == {}


_LEAF = (st.none() | st.booleans() | st.integers(-MAX_SAFE_INTEGER, MAX_SAFE_INTEGER)
         | st.floats(allow_nan=False, allow_infinity=False)
         | st.text(st.characters(exclude_categories=["Cs"])))
_VALUES = st.recursive(_LEAF, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
    st.text(st.characters(exclude_categories=["Cs"]), max_size=8), inner, max_size=4),
    max_leaves=30)


@given(_VALUES)
def test_every_value_inside_the_bounds_reads_back_unchanged(value: object) -> None:
    text = json.dumps(value, ensure_ascii=False)
    assert read_json(text.encode("utf-8")) == value
    assert read_json(json.dumps(value)) == value
