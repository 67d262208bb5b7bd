"""Per-person sessions on a shared device, over HTTP in-process with the server's clock in the
test's hands (SQLite and PostgreSQL): what only a controlled clock can show (expiry, renewal)
and the rows behind them. The same promises over a real server process are in
``tests/e2e/test_shared_laptop.py``.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import timedelta

import httpx
import pytest
import sqlalchemy as sa

from fieldcase.server.db import device_sessions
from fieldcase.server.routes.sign_in import SIGN_IN_PATH
from fieldcase.sync.protocol import PushRequest, PushResponse
from fieldcase.sync.signing import sign_request

from .conftest import PASSPHRASE
from .sync_harness import Device, World, call, make_world

NEW_SESSION = "x-fieldcase-new-session"


@pytest.fixture
def world(engine: sa.Engine, db_url: str) -> Iterator[World]:
    yield make_world(engine, db_url)


def sign_in_as(device: Device, user: str | None, passphrase: str = PASSPHRASE
               ) -> httpx.Response:
    fields = {"v": 1, "passphrase": passphrase, **({"user": user} if user else {})}
    content = json.dumps(fields).encode()
    headers = {"Content-Type": "application/json", **sign_request(
        device.key, device_id=device.id, session_token="", method="POST", path=SIGN_IN_PATH,
        body=content, now=device.world.clock(), random_bytes=device.world.rng.randbytes)}
    return call(device.world.app, SIGN_IN_PATH, content, headers)


def token_of(device: Device, user: str) -> str:
    response = sign_in_as(device, user)
    assert response.status_code == 200, response.text
    return str(response.json()["session_token"])


def push_as(device: Device, token: str, changes: list[object]) -> httpx.Response:
    body = PushRequest(device.id, device.ids(), tuple(changes)).to_bytes(  # type: ignore[arg-type]
        compressed=True)
    return device.send("/v1/sync/push", body, session=token)


def outcome(response: httpx.Response) -> dict[str, str]:
    assert response.status_code == 200, response.text
    answer = PushResponse.from_bytes(response.content, compressed=False)
    return {**{c: "ok" for c in answer.accepted}, **{r.change_id: r.reason
                                                    for r in answer.rejected}}


def test_a_worker_on_a_supervisors_device_gets_no_supervisor_rights(world: World) -> None:
    laptop = world.enrol("sara")  # a supervisor enrolled it
    case_id, made = laptop.new_case(assigned_to="amina")
    assert set(outcome(push_as(laptop, laptop.enrolment.session_token, made)).values()) == \
        {"ok"}
    amina = token_of(laptop, "amina")
    laptop.user = "amina"
    reassign = laptop.edit(case_id, case_id, "case", {"assigned_to": "bilal"})
    assert outcome(push_as(laptop, amina, [reassign])) == {reassign.change_id: "forbidden"}
    assert outcome(push_as(laptop, laptop.enrolment.session_token, [reassign])) == \
        {reassign.change_id: "ok"}  # the same change under sara's session is hers to make


def test_sign_in_names_a_person_of_the_devices_organisation_only(world: World) -> None:
    laptop = world.enrol("amina")
    assert sign_in_as(laptop, "bilal").status_code == 200
    assert sign_in_as(laptop, "bilal", "not bilal's passphrase at all").status_code == 401
    assert sign_in_as(laptop, "nobody-here").json()["kind"] == "bad_passphrase"
    with world.engine.connect() as conn:
        rows = conn.execute(sa.select(device_sessions.c.user_id).where(
            device_sessions.c.device_id == uuid.UUID(laptop.id))).scalars().all()
    assert set(rows) == {world.users["amina"], world.users["bilal"]}


def test_a_persons_session_expires_on_its_own(world: World) -> None:
    laptop = world.enrol("sara")
    world.clock.advance(days=20)
    amina = token_of(laptop, "amina")  # 30 days from now; sara's ends in 10
    world.clock.advance(days=11)
    assert push_as(laptop, laptop.enrolment.session_token, []).json()["kind"] == \
        "session_expired"
    assert push_as(laptop, amina, []).status_code == 200
    world.clock.advance(days=20)
    assert push_as(laptop, amina, []).json()["kind"] == "session_expired"


def test_a_renewal_keeps_the_session_and_moves_its_expiry(world: World) -> None:
    laptop = world.enrol("sara")
    amina = token_of(laptop, "amina")
    world.clock.advance(days=16)
    response = push_as(laptop, amina, [])
    renewed = response.headers[NEW_SESSION]
    assert renewed != amina
    with world.engine.connect() as conn:
        expires = conn.execute(sa.select(device_sessions.c.expires_at).where(
            device_sessions.c.user_id == world.users["amina"])).scalar_one()
    assert expires == world.clock() + timedelta(days=30)
    world.clock.advance(days=20)  # past the first token's end, within the renewed one's
    assert push_as(laptop, amina, []).json()["kind"] == "session_expired"
    assert push_as(laptop, renewed, []).status_code == 200


def test_revoking_the_device_ends_every_session_on_it(world: World) -> None:
    laptop = world.enrol("sara")
    token_of(laptop, "amina")
    world.revoke(laptop)
    with world.engine.connect() as conn:
        ended = conn.execute(sa.select(device_sessions.c.ended_at).where(
            device_sessions.c.device_id == uuid.UUID(laptop.id))).scalars().all()
    assert len(ended) == 2 and all(at == world.clock() for at in ended)


def test_one_persons_wrong_passphrases_do_not_lock_out_a_colleague(world: World) -> None:
    laptop = world.enrol("sara")
    for _ in range(5):
        assert sign_in_as(laptop, "bilal", "a wrong guess at bilal's").status_code == 401
    assert sign_in_as(laptop, "bilal").json()["kind"] == "rate_limited"
    assert sign_in_as(laptop, "amina").status_code == 200
