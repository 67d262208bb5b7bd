"""Wire models: round trips, strict parsing with key paths, safe decompression, and the
bytes each changed field costs on the wire for realistic synthetic casework."""

from __future__ import annotations

import json
import random
from datetime import date

import pytest
import zstandard

from fieldcase.domain.hlc import HybridLogicalClock, Stamp
from fieldcase.domain.ids import IdFactory
from fieldcase.domain.merge import (
    CaseState,
    Change,
    FieldEdit,
    apply_batch,
    case_conflicts,
    edit_change,
    purge_change,
)
from fieldcase.domain.records import flatten
from fieldcase.sync.protocol import (
    ErrorBody,
    ProtocolError,
    PullRequest,
    PullResponse,
    PushRequest,
    PushResponse,
    Rejection,
    compress,
    decompress,
    encode,
)
from fieldcase.synthetic import generate_cases

IDS = IdFactory(lambda: 1_750_000_000_000, random.Random(7).randbytes)
CASE, PERSON = IDS.new(), IDS.new()


def stamp(ms: int, node: str = "a1b2c3d4e5f6") -> Stamp:
    return Stamp(1_750_000_000_000 + ms, 0, node)


def a_conflicted_case() -> tuple[CaseState, tuple[Change, ...]]:
    base = edit_change(None, {"given_name": "Hawa", "age_estimate": 20}, change_id=IDS.new(),
                       case_id=CASE, record_id=PERSON, kind="person", stamp=stamp(0),
                       author="worker.one")
    state = apply_batch({}, [base], seen=set()).cases[CASE].records[PERSON]
    a = edit_change(state, {"age_estimate": 21}, change_id=IDS.new(), case_id=CASE,
                    record_id=PERSON, kind="person", stamp=stamp(5), author="worker.one")
    b = edit_change(state, {"age_estimate": 22}, change_id=IDS.new(), case_id=CASE,
                    record_id=PERSON, kind="person", stamp=stamp(6, "ffeeddccbbaa"),
                    author="worker.two")
    changes = (base, a, b)
    return apply_batch({}, changes, seen=set()).cases[CASE], changes


@pytest.mark.parametrize("compressed", [True, False])
def test_every_message_round_trips(compressed: bool) -> None:
    case, changes = a_conflicted_case()
    conflicts = case_conflicts(case)
    erase = purge_change(change_id=IDS.new(), case_id=CASE, record_id=CASE, kind="case",
                         stamp=stamp(9), author="dpo")
    messages = [
        PushRequest("a1b2c3d4e5f6", IDS.new(), changes),
        PushResponse((changes[0].change_id,), (Rejection(changes[1].change_id, "forbidden"),),
                     conflicts),
        PullRequest("", 500),
        PullRequest("p12", 1),
        PullResponse(changes, (erase,), conflicts, "p3", True, (IDS.new(),)),
        ErrorBody("clock_drift", "this device's clock is 3 d ahead"),
    ]
    for message in messages:
        back = type(message).from_bytes(message.to_bytes(compressed=compressed),
                                        compressed=compressed)
        assert back == message
    assert conflicts and PullResponse.from_bytes(messages[4].to_bytes()).conflicts == conflicts


def test_cases_forgotten_by_retention_travel_only_when_there_are_some() -> None:
    """``"fg"`` (docs/sync.md, "Retention"): left out when empty, so a pull without it reads
    exactly as before; case ids only."""
    forgotten = PullRequest("p3", 9, None, (CASE,))
    assert forgotten.to_json()["fg"] == [CASE]
    assert PullRequest.from_bytes(forgotten.to_bytes()) == forgotten
    assert "fg" not in PullRequest("p3", 9).to_json()
    for bad in (["not-a-case-id"], "x", [7]):
        with pytest.raises(ProtocolError, match="fg"):
            PullRequest.from_json({"cur": "", "n": 9, "fg": bad})


def test_a_fresh_pull_is_marked_only_from_the_beginning() -> None:
    """``"fr"`` (docs/sync.md, "Travel mode"): only ``true``, only with the empty cursor, and
    left out otherwise, so a pull without it reads exactly as before."""
    fresh = PullRequest("", 9, None, (), fresh=True)
    assert fresh.to_json()["fr"] is True
    assert PullRequest.from_bytes(fresh.to_bytes()) == fresh
    assert "fr" not in PullRequest("", 9).to_json()
    for bad in ({"cur": "", "n": 9, "fr": False}, {"cur": "p3", "n": 9, "fr": True}):
        with pytest.raises(ProtocolError, match="fr"):
            PullRequest.from_json(bad)


def test_the_last_acknowledged_change_travels_only_when_given() -> None:
    """``"la"`` (docs/sync.md, "A store that went back in time"): left out when None, so a
    message without it reads exactly as before; "" only in requests (nothing recorded)."""
    _, changes = a_conflicted_case()
    last = changes[0].change_id
    with_it = [PushRequest("a1b2c3d4e5f6", IDS.new(), changes, last),
               PushRequest("a1b2c3d4e5f6", IDS.new(), changes, ""),
               PushResponse((last,), last_acknowledged=last), PullRequest("", 9, last),
               PullRequest("", 9, ""), PullResponse((), (), (), "p1", False, (), last)]
    for message in with_it:
        assert "la" in message.to_json()
        assert type(message).from_bytes(message.to_bytes()) == message
    assert "la" not in PushRequest("a1b2c3d4e5f6", IDS.new(), changes).to_json()
    assert "la" not in PullResponse((), (), (), "p1", False).to_json()
    assert PushRequest.from_json_lenient(with_it[0].to_json())[0].last_acknowledged == last
    for bad in ("", "not-a-uuid", 7):
        with pytest.raises(ProtocolError, match="la"):
            PushResponse.from_json({"ok": [], "rj": [], "cf": [], "la": bad})
    with pytest.raises(ProtocolError, match="la"):
        PullRequest.from_json({"cur": "", "n": 1, "la": None})


def test_the_compact_keys_are_the_documented_ones() -> None:
    _, changes = a_conflicted_case()
    body = PushRequest("a1b2c3d4e5f6", IDS.new(), changes[1:2]).to_json()
    assert set(body) == {"d", "b", "ch"}
    (change,) = body["ch"]  # type: ignore[misc]
    assert change == {"i": changes[1].change_id, "c": CASE, "r": PERSON, "k": "person",
                      "o": "u", "s": stamp(5).encode(), "a": "worker.one",
                      "f": {"age_estimate": [21, [stamp(0).encode()]]}}


def push_json(**change: object) -> dict[str, object]:
    _, changes = a_conflicted_case()
    body = PushRequest("a1b2c3d4e5f6", IDS.new(), changes[:1]).to_json()
    first = dict(body["ch"][0])  # type: ignore[index]
    first.update(change)
    body["ch"] = [{k: v for k, v in first.items() if v is not None}]
    return body


@pytest.mark.parametrize(("patch", "path"), [
    ({"zz": 1}, "ch[0].zz"),
    ({"o": "x"}, "ch[0].o"),
    ({"s": "yesterday"}, "ch[0].s"),
    ({"c": "not-a-uuid"}, "ch[0].c"),
    ({"f": {"Given Name": ["x"]}}, "ch[0].f"),
    ({"f": {"sex": ["x", [], 3]}}, "ch[0].f.sex"),
    ({"f": {"sex": ["x", []]}}, "ch[0].f.sex[1]"),
    ({"x": ["nope"]}, "ch[0].x[0]"),
    ({"k": "spaceship"}, "ch[0]"),
])
def test_a_bad_change_is_refused_with_its_key_path(patch: dict[str, object], path: str
                                                   ) -> None:
    with pytest.raises(ProtocolError) as raised:
        PushRequest.from_json(push_json(**patch))
    assert raised.value.path == path
    assert raised.value.kind == "protocol"


def test_unknown_and_missing_keys_and_bad_types_in_envelopes() -> None:
    with pytest.raises(ProtocolError, match=r"^extra: unknown key"):
        PullRequest.from_json({"cur": "", "n": 5, "extra": 1})
    with pytest.raises(ProtocolError, match=r"^n: missing"):
        PullRequest.from_json({"cur": ""})
    for limit in (0, True, "5", 10**6):
        with pytest.raises(ProtocolError):
            PullRequest.from_json({"cur": "", "n": limit})
    with pytest.raises(ProtocolError, match=r"^more:"):
        PullResponse.from_json({"e": [], "p": [], "cf": [], "cur": "p1", "more": 1,
                                "oos": []})
    with pytest.raises(ProtocolError, match=r"^<body>: must be an object"):
        ErrorBody.from_json([])


def test_purges_and_entries_travel_apart() -> None:
    _, changes = a_conflicted_case()
    erase = purge_change(change_id=IDS.new(), case_id=CASE, record_id=PERSON, kind="person",
                         stamp=stamp(9), author="dpo")
    with pytest.raises(ProtocolError):
        PullResponse((erase,), (), (), "p1", False)
    with pytest.raises(ProtocolError):
        PullResponse((), changes, (), "p1", False)


def test_a_malformed_change_is_rejected_alone_when_parsing_leniently() -> None:
    body = push_json()
    good = dict(body["ch"][0])  # type: ignore[index]
    bad = {**good, "i": IDS.new(), "o": "x"}
    body["ch"] = [good, bad]
    with pytest.raises(ProtocolError):
        PushRequest.from_json(body)
    request, rejected = PushRequest.from_json_lenient(body)
    assert [c.change_id for c in request.changes] == [good["i"]]
    assert rejected == (Rejection(str(bad["i"]), "malformed"),)


def test_decompression_refuses_bombs_truncation_and_garbage() -> None:
    body = compress(b"[" + b"0," * 50_000 + b"0]")
    assert len(decompress(body, max_size=200_000)) == 100_003
    with pytest.raises(ProtocolError, match="inflates past"):
        decompress(body, max_size=1000)
    with pytest.raises(ProtocolError):
        decompress(body[:-3])
    with pytest.raises(ProtocolError):
        decompress(b"definitely not zstd")
    streamed = zstandard.ZstdCompressor().compressobj()  # no size in the frame header
    unsized = streamed.compress(b"1" * 10_000) + streamed.flush()
    with pytest.raises(ProtocolError):
        decompress(unsized, max_size=1000)
    with pytest.raises(ProtocolError, match="UTF-8 JSON"):
        PullRequest.from_bytes(compress(b"{not json"))
    with pytest.raises(ProtocolError, match="UTF-8 JSON"):
        PullRequest.from_bytes(b"[" * 100_000 + b"]" * 100_000, compressed=False)


def test_encode_is_compact_utf8_and_refuses_nan() -> None:
    assert encode({"a": "ሰላም", "b": [1, 2]}) == '{"a":"ሰላም","b":[1,2]}'.encode()
    with pytest.raises(ValueError):
        encode({"a": float("nan")})


# Bytes per changed field ----------------------------------------------------------------

NOTE_TEXT = ("Follow-up by phone with interpreter; client reports the employer still holds "
             "the passport. Referred again to legal aid.")


def synthetic_changes(cases: int, rng: random.Random) -> tuple[list[Change], list[Change]]:
    """(the changes that registered ``cases`` synthetic cases, then a realistic incremental
    round: on each case 1-3 of a risk change, a reassignment, a flag, a phone number, a task
    done, a referral accepted, a new note)."""
    node = "a1b2c3d4e5f6"
    now = [1_750_000_000_000]
    clock = HybridLogicalClock(node, lambda: now[0])
    ids = IdFactory(lambda: now[0], rng.randbytes)
    created: list[Change] = []
    for doc in generate_cases(cases, seed=3, today=date(2025, 6, 1)):
        case_id, stamped = str(doc["id"]), clock.now()
        for record in flatten(doc).values():
            created.append(edit_change(None, dict(record.fields), change_id=ids.new(),
                                       case_id=case_id, record_id=record.record_id,
                                       kind=record.kind, stamp=stamped, author="worker.lamp.2"))
    state = apply_batch({}, created, seen=set()).cases
    edits: list[Change] = []
    now[0] += 3 * 86_400_000
    for case_id, case in state.items():
        by_kind: dict[str, list[str]] = {}
        for rid, record in case.records.items():
            by_kind.setdefault(record.kind, []).append(rid)
        options = [("case", case_id, {"risk_level": "high"}),
                   ("case", case_id, {"assigned_to": "worker.lamp.4"}),
                   ("case", case_id, {"flags": ["supervisor_review", "serious_medical"]}),
                   ("person", by_kind["person"][0],
                    {"contact": {"phone": "+44 7700 900123", "other": None}})]
        options += [("task", rid, {"done_on": "2025-06-03"}) for rid in by_kind.get("task", [])]
        options += [("referral", rid, {"status": "accepted"})
                    for rid in by_kind.get("referral", [])]
        options.append(("note", ids.new(), {"text": NOTE_TEXT, "confidential": False,
                                            "author": "worker.lamp.2",
                                            "written_at": "2025-06-04T10:12:00Z"}))
        for kind, record_id, values in rng.sample(options, k=rng.randint(1, 3)):
            now[0] += rng.randint(1000, 600_000)
            edits.append(edit_change(case.records.get(record_id), values,
                                     change_id=ids.new(), case_id=case_id,
                                     record_id=record_id, kind=kind, stamp=clock.now(),
                                     author="worker.lamp.2"))
    return created, edits


def bytes_per_field(changes: list[Change]) -> float:
    fields = sum(len(c.fields) for c in changes)
    pushed = PushRequest("a1b2c3d4e5f6", IDS.new(), tuple(changes)).to_bytes()
    pulled = PullResponse(tuple(changes), (), (), "p1", False).to_bytes()
    return max(len(pushed), len(pulled)) / fields


def test_a_changed_field_costs_at_most_120_bytes_on_the_wire() -> None:
    created, edits = synthetic_changes(300, random.Random(11))
    incremental = bytes_per_field(edits)
    initial = bytes_per_field(created)
    raw = len(encode(PushRequest("a1b2c3d4e5f6", IDS.new(), tuple(edits)).to_json()))
    assert incremental <= 120, f"{incremental:.1f} bytes per changed field"
    assert initial < incremental  # whole records share ids and stamps
    assert raw / sum(len(c.fields) for c in edits) > 2 * incremental  # compression pays


def test_changes_parse_back_identical_after_the_measured_round_trip() -> None:
    _, edits = synthetic_changes(20, random.Random(5))
    body = PushRequest("a1b2c3d4e5f6", IDS.new(), tuple(edits)).to_bytes()
    assert PushRequest.from_bytes(body).changes == tuple(edits)
    assert json.loads(decompress(body))["d"] == "a1b2c3d4e5f6"
    assert all(isinstance(e, FieldEdit) for c in edits for e in c.fields.values())


def test_the_last_pull_page_may_carry_the_directory_version() -> None:
    page = PullResponse((), (), (), "p1", False, directory_version=3)
    assert page.to_json()["sd"] == 3
    assert PullResponse.from_bytes(page.to_bytes()).directory_version == 3
    assert "sd" not in PullResponse((), (), (), "p1", False).to_json()
    for bad in (0, -1, "3", True):
        with pytest.raises(ProtocolError):
            PullResponse.from_json({**PullResponse((), (), (), "p1", False).to_json(),
                                    "sd": bad})
