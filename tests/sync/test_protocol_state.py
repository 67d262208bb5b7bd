"""A case sent whole (``sync.protocol_state``): the server's stored record states, put in wire
form by ``wire_state`` and read back by the device, are the states the server holds; a
malformed state is refused naming its path."""

from __future__ import annotations

import random

import pytest

from fieldcase.domain.merge import CaseState
from fieldcase.server.record_codec import record_to_json
from fieldcase.sync.protocol import ProtocolError, PullResponse
from fieldcase.sync.protocol_state import EncodedCase, WholeCase, whole_case_from_json, wire_state

from ..domain.test_merge_join import CASE, history, state_of


def sent(state: CaseState) -> EncodedCase:
    """As the server sends it: each record's stored form, through ``wire_state``."""
    return EncodedCase(state.case_id, "019775f4a800-00000000-dev-0",
                       tuple((r.record_id, r.kind, wire_state(record_to_json(r)))
                             for r in state.records.values()))


@pytest.mark.parametrize("seed", range(40))
def test_a_stored_state_reads_back_as_the_same_state(seed: int) -> None:
    state = state_of(history(random.Random(seed), 40))
    if state.purged is not None:
        return  # an erased case travels as its purge, never whole
    page = PullResponse((), (), (), "c", False, whole=(sent(state),))
    read = PullResponse.from_bytes(page.to_bytes())
    assert read.whole_cases()[0].state == state
    assert page.whole_cases()[0].state == state
    assert WholeCase(state, read.whole_cases()[0].updated).to_json() == sent(state).to_json()


def test_a_record_made_by_one_change_is_one_stamp_and_its_values() -> None:
    state = state_of(history(random.Random(3), 1))
    record = next(iter(state.records.values()))
    form = wire_state(record_to_json(record))
    assert set(form) == {"s", "a", "v"}


@pytest.mark.parametrize(("state", "path"), [
    ({"s": "019775f4a800-00000000-dev-0", "v": {"a": 1}}, "w[0].r[0][2]"),
    ({"f": {"Bad": {"h": [["019775f4a800-00000000-dev-0", "amina", 1]]}}}, "w[0].r[0][2].f"),
    ({"f": {"x": {"h": []}}}, "w[0].r[0][2].f.x.h"),
    ({"d": [["not a stamp", "amina", []]]}, "w[0].r[0][2].d[0][0]"),
    ({"x": ["019775f4a800-00000000-dev-0"], "extra": 1}, "w[0].r[0][2].extra"),
])
def test_a_malformed_state_is_refused_naming_its_path(state: object, path: str) -> None:
    body = {"e": [], "p": [], "cf": [], "cur": "c", "more": False, "oos": [],
            "w": [{"c": CASE, "u": "019775f4a800-00000000-dev-0",
                   "r": [[CASE, "case", state]]}]}
    with pytest.raises(ProtocolError) as refused:
        PullResponse.from_json(body)
    assert refused.value.path == path


def test_a_case_listed_twice_is_refused() -> None:
    one = {"c": CASE, "u": "019775f4a800-00000000-dev-0", "r": []}
    with pytest.raises(ProtocolError):
        PullResponse.from_json({"e": [], "p": [], "cf": [], "cur": "c", "more": False,
                                "oos": [], "w": [one, one]})
    assert whole_case_from_json(one, "w").state == CaseState(CASE)
