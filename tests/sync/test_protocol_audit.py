"""Audit events on the pull request (``au``) and the server's mark in the answer (``ah``,
``ax``): strict both ways, and absent when there is nothing to say."""

from __future__ import annotations

import dataclasses

import pytest

from fieldcase.domain.audit_chain import GENESIS, ChainedEvent, hash_of
from fieldcase.sync.protocol import ProtocolError, PullRequest, PullResponse, decode, encode

CASE = "019a0000-0000-7000-8000-000000000001"


def events(count: int) -> tuple[ChainedEvent, ...]:
    made: list[ChainedEvent] = []
    prev = GENESIS
    for seq in range(1, count + 1):
        draft = ChainedEvent(seq, f"019a0000-0000-7000-8000-{seq:012d}",
                             "2026-11-30T09:00:00+00:00", "0193a1b2c3d4-00000001-dev-1",
                             "amina", "case.export", None,
                             {"case_ids": [CASE], "count": 1, "complete": True}, prev, "")
        made.append(dataclasses.replace(draft, hash=hash_of(draft)))
        prev = made[-1].hash
    return tuple(made)


def test_a_pull_request_carries_audit_events_and_reads_them_back() -> None:
    request = PullRequest("", 100, audit=events(3))
    again = PullRequest.from_bytes(request.to_bytes())
    assert again == request
    assert all(hash_of(e) == e.hash for e in again.audit)


def test_a_request_with_no_events_has_no_audit_key() -> None:
    assert "au" not in PullRequest("", 100).to_json()
    answer = PullResponse((), (), (), "c1", False)
    assert not {"ah", "ax"} & set(answer.to_json())


def test_the_answer_carries_the_mark_and_a_refusal() -> None:
    answer = PullResponse((), (), (), "c1", False, audit_held=7,
                          audit_refused="event 8 was altered")
    assert PullResponse.from_bytes(answer.to_bytes()) == answer


@pytest.mark.parametrize(("change", "path"), [
    (lambda e: {**e, "q": 0}, "au[0].q"),
    (lambda e: {**e, "z": "not a hash"}, "au[0].z"),
    (lambda e: {**e, "x": []}, "au[0].x"),
    (lambda e: {**e, "t": "yesterday"}, "au[0].t"),
    (lambda e: {**e, "extra": 1}, "au[0].extra"),
])
def test_a_malformed_event_is_refused_naming_it(change: object, path: str) -> None:
    body = PullRequest("", 100, audit=events(1)).to_json()
    assert callable(change)
    body["au"] = [change(body["au"][0])]  # type: ignore[index]
    with pytest.raises(ProtocolError) as refused:
        PullRequest.from_json(decode(encode(body)))
    assert refused.value.path == path


def test_events_out_of_order_are_refused() -> None:
    body = PullRequest("", 100, audit=events(3)).to_json()
    listed = body["au"]
    assert isinstance(listed, list)
    body["au"] = [listed[0], listed[2]]
    with pytest.raises(ProtocolError, match="consecutive"):
        PullRequest.from_json(body)
