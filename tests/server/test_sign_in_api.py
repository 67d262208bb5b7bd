"""``POST /v1/auth/sign-in`` over HTTP in-process (SQLite and PostgreSQL), and once through a
real ``fieldcase-server`` process to read its log.

Signed like a sync request but with an expired or empty session allowed; the server passphrase
decides. Covered: right and wrong passphrase, unknown and revoked device (the wipe), a replayed
request, a stale timestamp, an expired session that still signs in but no longer syncs, the
per-device limit on wrong passphrases, and that the passphrase shows up in no answer and no log.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa
from tests.server_process import stop
from tests.sign_in_server import SERVER_PASSPHRASE, RealServer

from fieldcase.server.auth_codes import AttemptPolicy
from fieldcase.server.db import users
from fieldcase.server.routes.sign_in import SIGN_IN_PATH, new_limiter
from fieldcase.sync.enrolment import verify_wipe
from fieldcase.sync.signing import DeviceKey, from_unix_seconds, sign_request

from .conftest import PASSPHRASE, TEST_HASHER
from .sync_harness import KEYS, Device, World, call, make_world

WRONG = "not the passphrase at all, clearly"


@pytest.fixture
def world(engine: sa.Engine, db_url: str) -> Iterator[World]:
    yield make_world(engine, db_url)


def body(passphrase: str) -> bytes:
    return json.dumps({"v": 1, "passphrase": passphrase}).encode()


def signed(device: Device, content: bytes, *, session: str | None = None,
           at: datetime | None = None, nonce: bytes | None = None) -> dict[str, str]:
    token = device.enrolment.session_token if session is None else session
    return {"Content-Type": "application/json", **sign_request(
        device.key, device_id=device.id, session_token=token, method="POST",
        path=SIGN_IN_PATH, body=content, now=at or device.world.clock(),
        random_bytes=(lambda _n: nonce) if nonce is not None else device.world.rng.randbytes)}


def sign_in(device: Device, passphrase: str, **options: object) -> httpx.Response:
    content = body(passphrase)
    return call(device.world.app, SIGN_IN_PATH, content,
                signed(device, content, **options))  # type: ignore[arg-type]


def test_the_right_passphrase_gives_a_session_that_syncs(world: World) -> None:
    amina = world.enrol("amina")
    world.clock.advance(days=3)
    response = sign_in(amina, PASSPHRASE)
    assert response.status_code == 200, response.text
    answer = response.json()
    assert from_unix_seconds(answer["server_time"]) == world.clock()
    assert from_unix_seconds(answer["session_expires_at"]) == world.clock() + timedelta(days=30)
    world.clock.advance(days=29)  # the enrolment session has ended; the new one has not
    assert amina.pull_raw().json()["kind"] == "session_expired"
    amina.enrolment = dataclasses.replace(amina.enrolment,
                                          session_token=answer["session_token"])
    assert amina.pull_raw().status_code == 200


def test_a_wrong_passphrase_is_refused_and_never_echoed(world: World) -> None:
    amina = world.enrol("amina")
    response = sign_in(amina, WRONG)
    assert response.status_code == 401
    assert response.json() == {"kind": "bad_passphrase",
                               "message": "the server passphrase is not right"}
    assert sign_in(amina, PASSPHRASE).status_code == 200  # a retry with the right one works


def test_the_passphrase_checked_is_the_devices_users(world: World) -> None:
    with world.engine.begin() as conn:
        conn.execute(sa.update(users).where(users.c.id == world.users["bilal"]).values(
            passphrase_hash=TEST_HASHER.hash("bilal has his very own passphrase")))
    amina = world.enrol("amina")
    assert sign_in(amina, "bilal has his very own passphrase").status_code == 401
    assert sign_in(amina, PASSPHRASE).status_code == 200


@pytest.mark.parametrize("content", [
    b"not json " + WRONG.encode(), json.dumps({"v": 1, "passphrase": WRONG, "who": "x"}).encode(),
    json.dumps({"v": 1, "passphrase": WRONG, "user": ["x"]}).encode(),
    json.dumps({"v": 2, "passphrase": WRONG}).encode(), json.dumps({"v": 1}).encode(),
    json.dumps({"v": 1, "passphrase": ["x", WRONG]}).encode(),
])
def test_a_malformed_body_is_refused_without_echoing_it(world: World, content: bytes) -> None:
    amina = world.enrol("amina")
    response = call(world.app, SIGN_IN_PATH, content, signed(amina, content))
    assert response.status_code == 400
    assert response.json()["kind"] == "malformed_request"
    assert WRONG not in response.text


def test_an_unknown_device_is_refused_and_a_revoked_one_gets_its_wipe(world: World) -> None:
    amina = world.enrol("amina")
    stranger = Device(world, "amina", dataclasses.replace(
        amina.enrolment, device_id=str(uuid.uuid4()),
        device_private_key=DeviceKey.generate().private_bytes))
    response = sign_in(stranger, PASSPHRASE)
    assert (response.status_code, response.json()["kind"]) == (401, "unknown_device")
    world.revoke(amina)
    world.clock.advance(days=40)  # the session has long expired: the wipe still arrives
    response = sign_in(amina, PASSPHRASE, session="")
    assert (response.status_code, response.json()["kind"]) == (410, "revoked_device")
    assert verify_wipe(response.json()["wipe"].encode(), KEYS.public_key_bytes, amina.id,
                       amina.enrolment.enrolled_at)
    assert PASSPHRASE not in response.text


def test_a_replayed_sign_in_is_refused(world: World) -> None:
    amina = world.enrol("amina")
    content = body(PASSPHRASE)
    headers = signed(amina, content, nonce=b"\x01" * 16)
    assert call(world.app, SIGN_IN_PATH, content, headers).status_code == 200
    again = call(world.app, SIGN_IN_PATH, content, headers)
    assert (again.status_code, again.json()["kind"]) == (401, "replayed_nonce")


def test_a_stale_timestamp_says_by_how_much(world: World) -> None:
    amina = world.enrol("amina")
    response = sign_in(amina, PASSPHRASE, at=world.clock() - timedelta(hours=3))
    assert response.status_code == 401
    assert response.json()["kind"] == "stale_timestamp"
    assert response.json()["skew_seconds"] == -3 * 3600


def test_an_expired_or_empty_session_signs_in_but_does_not_sync(world: World) -> None:
    amina = world.enrol("amina")
    world.clock.advance(days=31)
    refused = amina.pull_raw()
    assert (refused.status_code, refused.json()["kind"]) == (401, "session_expired")
    assert sign_in(amina, PASSPHRASE).status_code == 200  # the expired token is ignored
    assert sign_in(amina, PASSPHRASE, session="").status_code == 200
    assert sign_in(amina, PASSPHRASE, session="garbage").status_code == 200


def test_wrong_passphrases_are_limited_per_device(world: World) -> None:
    amina, sara = world.enrol("amina"), world.enrol("sara")
    for _ in range(5):
        assert sign_in(amina, WRONG).status_code == 401
    limited = sign_in(amina, PASSPHRASE)  # even the right one, until the window has passed
    assert limited.status_code == 429
    assert limited.json()["kind"] == "rate_limited"
    assert limited.headers["retry-after"] == str(limited.json()["retry_after_seconds"])
    assert sign_in(sara, PASSPHRASE).status_code == 200  # other devices are not held up
    world.clock.advance(minutes=16)
    assert sign_in(amina, PASSPHRASE).status_code == 200


def test_the_limiter_policy_is_the_apps_to_choose(world: World) -> None:
    world.app.state.sign_in_limiter = new_limiter(world.engine, policy=AttemptPolicy(per_source=1))
    amina = world.enrol("amina")
    assert sign_in(amina, WRONG).status_code == 401
    assert sign_in(amina, WRONG).status_code == 429


def test_nothing_logged_in_process_holds_the_passphrase(world: World,
                                                        caplog: pytest.LogCaptureFixture
                                                        ) -> None:
    caplog.set_level(logging.DEBUG)
    amina = world.enrol("amina")
    sign_in(amina, WRONG)
    sign_in(amina, PASSPHRASE)
    assert caplog.records  # something was logged (the HTTP client, at least)
    assert WRONG not in caplog.text and PASSPHRASE not in caplog.text


def test_a_real_server_process_logs_no_passphrase(tmp_path: Path) -> None:
    server = RealServer.start(tmp_path)
    try:
        device = server.enrol_raw("amina")
        wrong = device.sign_in_raw(WRONG)
        right = device.sign_in_raw(SERVER_PASSPHRASE)
    finally:
        log = stop(server.process)
    assert (wrong.status_code, right.status_code) == (401, 200)
    assert WRONG not in wrong.text
    assert "Started server process" in log  # the log was read (uvicorn writes it to stderr)
    assert WRONG not in log and SERVER_PASSPHRASE not in log
