"""Every malformed or oversized body gets a 4xx with a kind: never a 500, never a traceback.

Issue 8: a lone surrogate (``"\\ud800"``) in a signed push gave a 500, JSON nested deeper than
the parser's recursion limit gave a 500 on sign-in and enrolment, and a 5 KB zstd push that
inflates to 20 million ``{}`` took the server from 160 MB to 1.7 GB for one request. The
memory test runs a real server process and reads its peak resident size (``VmHWM``)."""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
import sqlalchemy as sa
import zstandard
from tests.sign_in_server import RealServer

from fieldcase.domain.ids import uuid7
from fieldcase.server.db import changes, records
from fieldcase.sync.protocol import PushRequest, PushResponse, compress, encode
from fieldcase.sync.protocol_bounds import PUSH_BOUNDS
from fieldcase.sync.signing import DeviceKey, sign_request

from .sync_harness import Device, World, call, make_world

PUSH, PULL = "/v1/sync/push", "/v1/sync/pull"
CANARY = "Canary-Bounds-Tsegereda"


@pytest.fixture
def world(sqlite_db_url: str) -> Iterator[World]:
    from fieldcase.server.db import create_engine

    engine = create_engine(sqlite_db_url)
    try:
        yield make_world(engine, sqlite_db_url)
    finally:
        engine.dispose()


def stored(world: World) -> tuple[int, int]:
    with world.engine.connect() as conn:
        return (conn.execute(sa.select(sa.func.count()).select_from(changes)).scalar_one(),
                conn.execute(sa.select(sa.func.count()).select_from(records)).scalar_one())


def push_json(device: Device, given_name: object = CANARY) -> dict[str, Any]:
    """A valid push of a new case, as JSON, with the person's given name replaced."""
    _, batch = device.new_case()
    value: dict[str, Any] = PushRequest(device.id, device.ids(), tuple(batch)).to_json()
    for change in value["ch"]:
        if change["k"] == "person":
            change["f"]["given_name"] = [given_name]
    return value


def raw(value: object) -> bytes:
    """JSON as another client might write it: ASCII with escapes, NaN allowed."""
    return json.dumps(value, ensure_ascii=True).encode()


def status_kind(response: httpx.Response) -> tuple[int, str]:
    return response.status_code, response.json()["kind"]


def deep(levels: int) -> object:
    value: object = CANARY
    for _ in range(levels):
        value = [value]
    return value


# -- the push ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("given_name", "expected"), [
    ("\ud800", (400, "protocol")),  # a lone high surrogate
    ("x\udc00", (400, "protocol")),  # a lone low surrogate
    (float("nan"), (400, "protocol")),
    (float("inf"), (400, "protocol")),
    (10 ** 30, (400, "protocol")),
    (deep(40), (413, "too_large")),
    ("x" * (PUSH_BOUNDS.max_string + 1), (413, "too_large")),
    ({f"k{i}": 1 for i in range(PUSH_BOUNDS.max_keys + 1)}, (413, "too_large")),
    ([1] * (PUSH_BOUNDS.max_items + 1), (413, "too_large")),
], ids=["high-surrogate", "low-surrogate", "nan", "infinity", "huge-integer", "deep",
        "long-string", "many-keys", "many-items"])
def test_a_malformed_or_oversized_push_is_a_4xx_and_nothing_is_stored(
        world: World, given_name: object, expected: tuple[int, str]) -> None:
    amina = world.enrol("amina")
    before = stored(world)
    body = compress(raw(push_json(amina, given_name)))
    response = amina.send(PUSH, body)
    assert status_kind(response) == expected
    assert CANARY not in response.text
    assert stored(world) == before


def test_a_surrogate_pair_written_as_escapes_is_one_character_and_accepted(world: World
                                                                        ) -> None:
    amina = world.enrol("amina")
    response = amina.send(PUSH, compress(raw(push_json(amina, "Abebe \U0001F600"))))
    assert response.status_code == 200
    assert b"\\ud83d" in raw(push_json(amina, "\U0001F600"))  # the escapes were on the wire


def test_a_body_that_inflates_past_the_push_limit_is_413_before_it_is_parsed(world: World
                                                                          ) -> None:
    amina = world.enrol("amina")
    streamed = zstandard.ZstdCompressor().compressobj()  # no size in the frame header
    bomb = streamed.compress(b"[" + b"{}," * (PUSH_BOUNDS.max_bytes // 3)) + streamed.flush()
    assert len(bomb) < 64 * 1024
    assert status_kind(amina.send(PUSH, bomb)) == (413, "too_large")
    many = compress(b"[" + b"{}," * (PUSH_BOUNDS.max_values // 3) + b"{}]")
    assert status_kind(amina.send(PUSH, many)) == (413, "too_large")


def test_a_change_with_too_many_fields_is_refused_alone(world: World) -> None:
    amina = world.enrol("amina")
    value = push_json(amina)
    case_change, person_change = value["ch"]
    person_change["f"].update({f"extra_{i}": [i] for i in range(70)})
    response = amina.send(PUSH, compress(encode(value)))
    assert response.status_code == 200, response.text
    answer = PushResponse.from_bytes(response.content, compressed=False)
    assert [(r.change_id, r.reason) for r in answer.rejected] == [(person_change["i"],
                                                                   "malformed")]
    assert answer.accepted == (case_change["i"],)


# -- the other routes that read a body --------------------------------------------------------


@pytest.mark.parametrize("body", [
    b"[" * 3000 + b"]" * 3000,
    raw({"cur": "\ud800", "n": 10}),
    raw({"cur": "", "n": float("nan")}),
    b"\xff\xfe not UTF-8",
], ids=["deep", "surrogate", "nan", "not-utf8"])
def test_a_malformed_pull_body_is_a_400(world: World, body: bytes) -> None:
    amina = world.enrol("amina")
    assert status_kind(amina.send(PULL, compress(body))) == (400, "protocol")


def test_a_pull_body_past_its_limit_is_413(world: World) -> None:
    """A pull may carry audit events (docs/sync.md, "Audit log"): 8 MiB, as a push."""
    amina = world.enrol("amina")
    body = compress(raw({"cur": "", "n": 10, "au": ["x" * 60_000] * 150}))
    assert status_kind(amina.send(PULL, body)) == (413, "too_large")
    long_string = compress(raw({"cur": "", "n": 10, "pad": "x" * 100_000}))
    assert status_kind(amina.send(PULL, long_string)) == (413, "too_large")


@pytest.mark.parametrize("body", [
    b"[" * 2000 + b"]" * 2000,
    raw({"v": 1, "passphrase": "\ud800" + CANARY}),
    raw({"v": 1, "passphrase": [[[[[[[[[[[[[[[[[[["x"]]]]]]]]]]]]]]]]]]]}),
    raw({"v": float("nan"), "passphrase": CANARY}),
], ids=["deep", "surrogate", "nested", "nan"])
def test_a_malformed_sign_in_body_is_a_400(world: World, body: bytes) -> None:
    amina = world.enrol("amina")
    headers = amina.headers("/v1/auth/sign-in", body)
    del headers["Content-Encoding"]
    response = call(world.app, "/v1/auth/sign-in", body, headers)
    assert status_kind(response) == (400, "malformed_request")
    assert CANARY not in response.text


@pytest.mark.parametrize("body", [
    b"[" * 2000 + b"]" * 2000,
    raw({"v": 1, "code": "ABCDE-FGHJK", "device_public_key": "A" * 43,
         "device_name": "laptop \ud800", "proof": "A" * 86}),
    raw({"v": float("inf"), "code": "x", "device_public_key": "x", "device_name": "x",
         "proof": "x"}),
], ids=["deep", "surrogate", "infinity"])
def test_a_malformed_enrolment_body_is_a_400(world: World, body: bytes) -> None:
    response = call(world.app, "/v1/enrol", body, {"Content-Type": "application/json"})
    assert status_kind(response) == (400, "malformed_request")


@pytest.mark.parametrize("body", [
    b"[" * 2000 + b"]" * 2000,
    raw({"case": "\ud800", "key": "x", "chunks": 1, "chunk_size": 1024, "size": 1,
         "sha256": "0" * 64}),
], ids=["deep", "surrogate"])
def test_a_malformed_attachment_declaration_is_a_400(world: World, body: bytes) -> None:
    amina = world.enrol("amina")
    path = f"/v1/attachments/{amina.ids()}"
    headers = sign_request(amina.key, device_id=amina.id,
                           session_token=amina.enrolment.session_token, method="POST",
                           path=path, body=body, now=world.clock(),
                           random_bytes=world.rng.randbytes)
    response = call(world.app, path, body, {**headers, "Content-Type": "application/json"})
    assert status_kind(response) == (400, "malformed")


def test_malformed_bodies_leave_no_traceback_and_no_content_in_the_log(
        world: World, caplog: pytest.LogCaptureFixture) -> None:
    amina = world.enrol("amina")
    caplog.set_level(logging.DEBUG)
    for given_name in ("\ud800" + CANARY, float("nan"), deep(40)):
        assert amina.send(PUSH, compress(raw(push_json(amina, given_name)))).status_code < 500
    logged = "\n".join(r.getMessage() + (r.exc_text or "") for r in caplog.records)
    assert CANARY not in logged
    assert "Traceback" not in logged
    assert not any(r.exc_info for r in caplog.records)


# -- memory: a real server process ------------------------------------------------------------


def peak_resident_bytes(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    raise AssertionError("no VmHWM in /proc/<pid>/status")


def signed_push(device_key: DeviceKey, device_id: str, session: str, url: str,
                body: bytes) -> httpx.Response:
    headers = sign_request(device_key, device_id=device_id, session_token=session,
                           method="POST", path=PUSH, body=body, now=datetime.now(UTC))
    return httpx.post(url + PUSH, content=body, timeout=300,
                      headers={"Content-Type": "application/json", "Content-Encoding": "zstd",
                               **headers})


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux /proc")
def test_a_decompression_bomb_does_not_grow_the_server_process(tmp_path: Path) -> None:
    """The issue's bomb (a few KB that inflate to 20 million ``{}``) and one that stays under
    the byte limit but holds a million empty objects: the server's peak resident size grows
    by less than 64 MiB (it grew by about 1.5 GB)."""
    server = RealServer.start(tmp_path)
    try:
        device = server.enrol_raw()
        enrolment = device.enrolment
        key = DeviceKey(enrolment.device_private_key)
        empty = encode({"d": enrolment.device_id, "ch": [],
                        "b": uuid7(int(time.time() * 1000), os.urandom(10))})
        warm = signed_push(key, enrolment.device_id, enrolment.session_token, server.url,
                           compress(empty))
        assert warm.status_code == 200, warm.text  # the route has run once
        baseline = peak_resident_bytes(server.process.pid)
        streamed = zstandard.ZstdCompressor().compressobj()
        bomb = streamed.compress(b"[" + b"{}," * 20_000_000 + b"{}]") + streamed.flush()
        assert len(bomb) < 64 * 1024
        under_limit = compress(b"[" + b"{}," * 1_000_000 + b"{}]")
        for body in (bomb, under_limit):
            response = signed_push(key, enrolment.device_id, enrolment.session_token,
                                   server.url, body)
            assert 400 <= response.status_code < 500, response.text
        grown = peak_resident_bytes(server.process.pid) - baseline
        assert grown < 64 * 1024 * 1024, f"the server grew by {grown // 2**20} MiB"
    finally:
        server.process.terminate()
        server.process.communicate(timeout=30)
