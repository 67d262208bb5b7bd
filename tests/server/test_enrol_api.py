"""``POST /v1/enrol`` over HTTP in-process, on SQLite and PostgreSQL: the answer a device can
verify and pin, one use per code, refusals that cost no code, and the attempt limit."""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from datetime import timedelta

import pytest
import sqlalchemy as sa

from fieldcase.server.db import devices, enrolment_codes
from fieldcase.sync.enrolment import (
    build_enrolment_request,
    complete_enrolment,
    start_enrolment,
)
from fieldcase.sync.signing import DeviceKey

from .sync_harness import KEYS, World, call, make_world


@pytest.fixture
def world(engine: sa.Engine, db_url: str) -> Iterator[World]:
    yield make_world(engine, db_url)


def enrol(world: World, body: bytes) -> tuple[int, dict[str, object]]:
    response = call(world.app, "/v1/enrol", body)
    return response.status_code, response.json()


def used_at(world: World) -> list[object]:
    with world.engine.connect() as conn:
        return conn.execute(sa.select(enrolment_codes.c.used_at)).scalars().all()


def test_enrolment_answer_is_signed_pinned_and_stored(world: World) -> None:
    pending = start_enrolment(world.code("amina"), "Site laptop 3", random.Random(1).randbytes)
    response = call(world.app, "/v1/enrol", pending.request_body)
    assert response.status_code == 200
    enrolment = complete_enrolment(pending, response.content,
                                   expected_fingerprint=KEYS.fingerprint)
    assert enrolment.server_public_key == KEYS.public_key_bytes
    assert enrolment.user_id == str(world.users["amina"])
    assert enrolment.enrolled_at == world.clock()
    with world.engine.connect() as conn:
        row = conn.execute(sa.select(devices)).one()
    assert row.id == uuid.UUID(enrolment.device_id) and row.name == "Site laptop 3"
    assert row.user_id == world.users["amina"] and row.status == "active"
    assert bytes(row.public_key) == pending.device_key.public_key_bytes
    assert used_at(world) == [world.clock()]


def test_a_code_works_once_and_expires(world: World) -> None:
    code = world.code("amina", ttl=timedelta(hours=1))
    first = start_enrolment(code, "one", random.Random(2).randbytes)
    assert enrol(world, first.request_body)[0] == 200
    second = start_enrolment(code, "two", random.Random(3).randbytes)
    assert enrol(world, second.request_body) == (401, {
        "kind": "used", "message": "this enrolment code has already been used"})
    late = world.code("bilal", ttl=timedelta(hours=1))
    world.clock.advance(hours=1)
    status, body = enrol(world, start_enrolment(late, "three", random.Random(4).randbytes
                                                ).request_body)
    assert (status, body["kind"]) == (401, "expired")
    status, body = enrol(world, start_enrolment("ZZZZZ-ZZZZZ", "four").request_body)
    assert (status, body["kind"]) == (401, "unknown")


def test_refused_requests_cost_no_code(world: World) -> None:
    code = world.code("amina")
    key, impostor = DeviceKey.generate(), DeviceKey.generate()
    honest = build_enrolment_request(code, key, "laptop")
    forged = honest.replace(b'"proof":"', b'"proof":"' + b"A" * 4, 1)
    assert enrol(world, forged)[1]["kind"] in {"bad_proof", "malformed_request"}
    other_proof = build_enrolment_request(code, impostor, "laptop")
    swapped = other_proof.replace(
        other_proof.split(b'"device_public_key":"')[1].split(b'"')[0],
        honest.split(b'"device_public_key":"')[1].split(b'"')[0])
    assert enrol(world, swapped) [0] == 400
    assert enrol(world, b"{}")[1]["kind"] == "malformed_request"
    assert enrol(world, b"\xff" * 10)[0] == 400
    assert used_at(world) == [None]
    assert enrol(world, honest)[0] == 200


def test_a_key_enrolled_twice_is_refused_and_the_code_stays_unused(world: World) -> None:
    key = DeviceKey.generate()
    assert enrol(world, build_enrolment_request(world.code("amina"), key, "a"))[0] == 200
    status, body = enrol(world, build_enrolment_request(world.code("amina"), key, "b"))
    assert (status, body["kind"]) == (409, "key_in_use")
    assert sorted(used_at(world), key=lambda v: v is None)[1] is None


def test_too_many_wrong_codes_are_rate_limited(world: World) -> None:
    for _ in range(10):
        assert enrol(world, start_enrolment("ZZZZZ-ZZZZZ", "x").request_body)[0] == 401
    response = call(world.app, "/v1/enrol",
                    start_enrolment(world.code("amina"), "x").request_body)
    assert response.status_code == 429
    assert response.json()["kind"] == "rate_limited"
    assert response.headers["retry-after"] == str(response.json()["retry_after_seconds"])
    assert used_at(world) == [None]  # a limited attempt does not touch the code


def test_an_oversized_enrolment_body_is_refused_unread(world: World) -> None:
    status, body = enrol(world, b"{" + b" " * 10_000 + b"}")
    assert (status, body["kind"]) == (413, "too_large")
