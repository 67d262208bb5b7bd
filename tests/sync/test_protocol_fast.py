"""The fast reader of a change (``_plain_change``) accepts exactly what the checked reader
accepts and builds the same change; everything else falls through to the checked reader's
error, which names the key."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fieldcase.domain.hlc import Stamp
from fieldcase.domain.merge import Change, FieldEdit
from fieldcase.sync.protocol_json import (
    ProtocolError,
    _checked_change,
    _plain_change,
    change_from_json,
    change_to_json,
)

CASE = "0190f0f0-0000-7000-8000-000000000001"
RECORD = "0190f0f0-0000-7000-8000-000000000002"
CHANGE = "0190f0f0-0000-7000-8000-000000000003"
NOW = Stamp(1_796_000_000_000, 3, "dev-a")
EARLIER = Stamp(1_795_000_000_000, 0, "dev-b")


def valid_changes() -> list[Change]:
    return [
        Change(CHANGE, CASE, RECORD, "person", "upsert", NOW, "amina",
               {"given_name": FieldEdit("Selam"), "languages": FieldEdit(["ti", "am"]),
                "contact": FieldEdit({"phone": None}, (EARLIER,))}),
        Change(CHANGE, CASE, CASE, "case", "upsert", NOW, "amina",
               {"stage": FieldEdit("transit", (EARLIER, Stamp(1, 0, "x")))}),
        Change(CHANGE, CASE, RECORD, "note", "delete", NOW, "amina", {}, (EARLIER,)),
        Change(CHANGE, CASE, RECORD, "note", "upsert", NOW, "amina", {}, (EARLIER,)),
        Change(CHANGE, CASE, CASE, "case", "purge", NOW, "dpo"),
    ]


def read_both(value: object) -> tuple[Change | None, Change | ProtocolError]:
    try:
        checked: Change | ProtocolError = _checked_change(value, "ch[0]")
    except ProtocolError as error:
        checked = error
    return _plain_change(value), checked


@pytest.mark.parametrize("change", valid_changes())
def test_a_well_formed_change_takes_the_fast_reader(change: Change) -> None:
    value = change_to_json(change)
    fast, checked = read_both(value)
    assert fast == checked == change
    assert change_from_json(value, "ch[0]") == change


JSON_LEAVES = st.one_of(st.none(), st.booleans(), st.integers(-3, 3), st.text(max_size=6),
                        st.sampled_from(["", "u", "d", "p", "x", "case", CASE, NOW.encode(),
                                         "given_name", "Given", "_k", "a" * 65, "\n"]))
JSON = st.recursive(JSON_LEAVES, lambda inner: st.one_of(
    st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=3), inner, max_size=3)),
    max_leaves=6)
KEYS = st.sampled_from(["i", "c", "r", "k", "o", "s", "a", "f", "x", "z"])


@st.composite
def mutated(draw: st.DrawFn) -> dict[str, Any]:
    """A valid change's JSON with one to three keys replaced, dropped or added, or a field
    edit, a base or a stamp list bent out of shape."""
    value: dict[str, Any] = change_to_json(draw(st.sampled_from(valid_changes())))
    for _ in range(draw(st.integers(1, 3))):
        key = draw(KEYS)
        action = draw(st.sampled_from(["replace", "drop", "edit", "stamps"]))
        if action == "drop":
            value.pop(key, None)
        elif action == "edit" and isinstance(value.get("f"), dict) and value["f"]:
            name = draw(st.sampled_from(sorted(value["f"])))
            value["f"][draw(st.sampled_from([name, "Bad", "", "ok_name"]))] = draw(st.one_of(
                JSON, st.lists(JSON, min_size=1, max_size=3),
                st.tuples(JSON, st.lists(st.sampled_from([NOW.encode(), "bad", 5]),
                                         max_size=3)).map(list)))
        elif action == "stamps":
            value[draw(st.sampled_from(["x", "s"]))] = draw(st.one_of(
                st.lists(st.sampled_from([NOW.encode(), EARLIER.encode(), "zz", 1]),
                         max_size=70), st.sampled_from([NOW.encode(), EARLIER.encode()])))
        else:
            value[key] = draw(JSON)
    return value


@settings(max_examples=400, deadline=None)
@given(mutated())
def test_the_fast_reader_never_accepts_what_the_checked_reader_refuses(value: Any) -> None:
    fast, checked = read_both(value)
    if isinstance(checked, ProtocolError):
        assert fast is None
        with pytest.raises(ProtocolError) as raised:
            change_from_json(value, "ch[0]")
        assert str(raised.value) == str(checked)
    else:
        assert fast is None or fast == checked
        assert change_from_json(value, "ch[0]") == checked


def _with(**changes: Any) -> dict[str, Any]:
    return {**change_to_json(valid_changes()[0]), **changes}


EDGES = [
    _with(x=[EARLIER.encode()] * 65),
    _with(f={"stage": ["transit", [EARLIER.encode()] * 65]}),
    _with(f={"stage": ["transit", []]}),
    _with(f={"stage": []}),
    _with(f={"stage": ["a", [EARLIER.encode()], "extra"]}),
    _with(f={"Stage": ["a"]}),
    _with(f={"s" * 65: ["a"]}),
    _with(f={}),
    _with(k="k" * 41),
    _with(a=""),
    _with(a="a" * 201),
    _with(o="upsert"),
    _with(s=NOW.encode().upper()),
    _with(i=CASE.upper()),
    _with(z=1),
]


@pytest.mark.parametrize("value", EDGES)
def test_edge_cases_are_refused_by_both_readers_with_the_checked_message(value: Any) -> None:
    fast, checked = read_both(value)
    assert fast is None and isinstance(checked, ProtocolError)
    with pytest.raises(ProtocolError, match=str(checked).split(":")[0].replace("[", r"\[")):
        change_from_json(value, "ch[0]")
