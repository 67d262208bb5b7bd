"""Reading a pull answer's cases sent whole steps aside for the GUI's paint before each case
(``fieldcase.foreground``): the sync thread reads a page of hundreds of cases in Python, and a
paint that has to win the GIL back for every cell would otherwise wait for it (issue 9)."""

from __future__ import annotations

import random

import pytest

from fieldcase.sync import protocol
from fieldcase.sync.protocol import PullResponse

from .test_protocol_state import history, sent, state_of


def test_each_case_sent_whole_is_read_after_a_step_aside(
        monkeypatch: pytest.MonkeyPatch) -> None:
    state = state_of(history(random.Random(1), 12))
    assert state.purged is None
    whole = []
    for n in range(5):  # the same records under five case ids
        case = sent(state).to_json()
        case["c"] = f"0196a000-0000-7000-8000-00000000010{n}"
        whole.append(case)
    body = {"e": [], "p": [], "cf": [], "cur": "c", "more": False, "oos": [], "w": whole}
    read_before: list[int] = []
    decoded = protocol.whole_case_from_json
    done = 0

    def counted(value: object, path: str) -> object:
        nonlocal done
        done += 1
        return decoded(value, path)  # type: ignore[arg-type]

    monkeypatch.setattr(protocol, "whole_case_from_json", counted)
    monkeypatch.setattr(protocol, "step_aside", lambda: read_before.append(done))
    assert len(PullResponse.from_json(body).whole_cases()) == len(whole) > 1
    assert read_before == list(range(len(whole)))  # one before every case, none after
