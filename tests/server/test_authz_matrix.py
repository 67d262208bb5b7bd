"""Who may do what, over every endpoint, on SQLite and PostgreSQL.

Transport rows (every sync endpoint): unsigned, unknown device, bad signature, tampered body,
replayed request, stale timestamp (with the skew), expired session, revoked device (410 with a
wipe the device can verify against its pinned key), oversized and undecodable bodies.
Case rows (push): worker, supervisor, another team, admin; field rules for assignment,
closure, transfer and erasure. Pull rows: each device receives its scope and nothing else.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import timedelta

import pytest
import sqlalchemy as sa

from fieldcase.domain.merge import Change
from fieldcase.sync.enrolment import inspect_wipe, verify_wipe
from fieldcase.sync.protocol import PullRequest, compress

from .sync_harness import Device, World, call, make_world

ENDPOINTS = ("/v1/sync/push", "/v1/sync/pull")


@pytest.fixture
def world(engine: sa.Engine, db_url: str) -> Iterator[World]:
    yield make_world(engine, db_url)


def empty_body(device: Device, path: str) -> bytes:
    if path.endswith("push"):
        from fieldcase.sync.protocol import PushRequest

        return PushRequest(device.id, device.ids(), ()).to_bytes()
    return PullRequest("", 100).to_bytes()


@pytest.mark.parametrize("path", ENDPOINTS)
def test_transport_rows(world: World, path: str) -> None:
    amina, bilal = world.enrol("amina"), world.enrol("bilal")
    body = empty_body(amina, path)

    def status_kind(response: object) -> tuple[int, str]:
        import httpx

        assert isinstance(response, httpx.Response)
        return response.status_code, response.json()["kind"]

    assert amina.send(path, body).status_code == 200
    assert status_kind(call(world.app, path, body, {"Content-Encoding": "zstd"})) == (
        400, "malformed")
    stranger = dataclasses.replace(bilal.enrolment, device_id=bilal.ids())
    assert status_kind(Device(world, "bilal", stranger).send(path, body)) == (
        401, "unknown_device")
    forged = dataclasses.replace(amina.enrolment,
                                 device_private_key=bilal.enrolment.device_private_key)
    assert status_kind(Device(world, "amina", forged).send(path, body)) == (
        401, "bad_signature")
    headers = amina.headers(path, body)
    assert status_kind(call(world.app, path, body + b"\x00", headers)) == (
        400, "digest_mismatch")
    assert call(world.app, path, body, headers).status_code == 200
    assert status_kind(call(world.app, path, body, headers)) == (401, "replayed_nonce")
    stale = amina.send(path, body, at=world.clock() - timedelta(days=3))
    assert status_kind(stale) == (401, "stale_timestamp")
    assert stale.json()["skew_seconds"] == -3 * 86400
    assert "3 days behind" in stale.json()["message"]
    assert status_kind(amina.send(path, body, session=bilal.enrolment.session_token)) == (
        401, "session_device_mismatch")
    world.clock.advance(days=31)
    assert status_kind(amina.send(path, body)) == (401, "session_expired")


@pytest.mark.parametrize("path", ENDPOINTS)
def test_a_revoked_device_gets_a_wipe_it_can_verify(world: World, path: str) -> None:
    amina, bilal = world.enrol("amina"), world.enrol("bilal")
    world.revoke(amina)
    world.clock.advance(days=40)  # even with an expired session and a wrong clock
    response = amina.send(path, empty_body(amina, path), at=world.clock() + timedelta(hours=5))
    assert response.status_code == 410 and response.json()["kind"] == "revoked_device"
    wipe = response.json()["wipe"].encode()
    mine = amina.enrolment
    assert verify_wipe(wipe, mine.server_public_key, mine.device_id, mine.enrolled_at)
    assert not inspect_wipe(wipe, mine.server_public_key, bilal.id, mine.enrolled_at).accepted
    assert not verify_wipe(wipe, bytes(32), mine.device_id, mine.enrolled_at)


@pytest.mark.parametrize("path", ENDPOINTS)
def test_bodies_that_cannot_be_read(world: World, path: str) -> None:
    amina = world.enrol("amina")
    for body, expected in ((b"\x28\xb5\x2f\xfd garbage", "protocol"),
                           (compress(b'{"unknown": 1}'), "protocol"),
                           (compress(b"[" * 3_000), "protocol")):  # past the parser's depth
        response = amina.send(path, body)
        assert (response.status_code, response.json()["kind"]) == (400, expected)
    plain = empty_body(amina, path)
    headers = {**amina.headers(path, plain), "Content-Encoding": "br"}
    assert call(world.app, path, plain, headers).json()["kind"] == "unsupported_encoding"
    bomb = compress(b" " * (65 * 1024 * 1024))
    assert amina.send(path, bomb).status_code == 413
    huge = b"\x00" * (16 * 1024 * 1024 + 1)
    assert call(world.app, path, huge, amina.headers(path, huge)).status_code == 413


def reasons(device: Device, changes: list[Change]) -> dict[str, str]:
    """change id -> "ok" or the rejection reason."""
    answer = device.push(changes)
    found = {cid: "ok" for cid in answer.accepted}
    found.update({r.change_id: r.reason for r in answer.rejected})
    return found


@pytest.fixture
def cases(world: World) -> dict[str, object]:
    """amina's assigned case, a LAMP-01 intake case and a harbour case, all on the server."""
    amina, hana, sara = world.enrol("amina"), world.enrol("hana"), world.enrol("sara")
    own, made = amina.new_case(assigned_to="amina")
    amina.push(made)
    intake, made = sara.new_case(site="LAMP-01")
    sara.push(made)
    theirs, made = hana.new_case(site="PORT-01", assigned_to="hana")
    hana.push(made)
    return {"own": own, "intake": intake, "theirs": theirs, "hana": hana}


def worker_edit(device: Device, case_id: str, values: dict[str, object]) -> Change:
    return device.edit(case_id, case_id, "case", values)


def test_case_rows_for_workers(world: World, cases: dict[str, object]) -> None:
    own, intake, theirs = str(cases["own"]), str(cases["intake"]), str(cases["theirs"])
    amina, bilal = world.enrol("amina", "second laptop"), world.enrol("bilal")
    amina.pull_all()
    bilal.pull_all()
    assert set(amina.cases) == {own, intake} and set(bilal.cases) == {intake}
    rows = {
        "own stage": (amina, own, {"stage": "return"}, "ok"),
        "intake stage": (bilal, intake, {"stage": "origin"}, "ok"),
        "colleague's case": (bilal, own, {"stage": "origin"}, "not_found"),
        "other team's case": (amina, theirs, {"stage": "origin"}, "not_found"),
        "approve closure": (amina, own, {"status": "closed"}, "forbidden"),
        "request closure": (amina, own, {"status": "closure_requested"}, "ok"),
        "reassign": (amina, own, {"assigned_to": "bilal"}, "forbidden"),
        "take intake": (bilal, intake, {"assigned_to": "bilal"}, "forbidden"),
        "transfer": (amina, own, {"site": "PORT-01"}, "forbidden"),
    }
    for label, (device, case_id, values, expected) in rows.items():
        change = worker_edit(device, case_id, values)
        assert reasons(device, [change])[change.change_id] == expected, label
    erase = amina.purge(own)
    assert reasons(amina, [erase])[erase.change_id] == "forbidden"


def test_case_rows_for_supervisors_and_admins(world: World, cases: dict[str, object]) -> None:
    own, theirs = str(cases["own"]), str(cases["theirs"])
    sara, omar, root = world.enrol("sara"), world.enrol("omar"), world.enrol("root")
    sara.pull_all()
    omar.pull_all()
    assert own in sara.cases and theirs not in sara.cases and own not in omar.cases
    # Closing goes through the workflow (server/push_rules.py), and a transfer only to a site
    # of the case's team: PORT-01 is another team's.
    sara_rows = [({"status": "closure_requested"}, "ok"), ({"status": "closed"}, "ok"),
                 ({"assigned_to": "bilal"}, "ok"),
                 ({"assigned_to": "nobody-here"}, "unknown_user"),
                 ({"site": "NOWHERE-9"}, "unknown_site"),
                 ({"site": "PORT-01"}, "site_outside_team")]  # another team's site
    for values, expected in sara_rows:
        change = worker_edit(sara, own, values)
        assert reasons(sara, [change])[change.change_id] == expected, values
    omar.cases[own] = sara.cases[own]
    intruder = worker_edit(omar, own, {"stage": "origin"})
    assert reasons(omar, [intruder])[intruder.change_id] == "not_found"
    root.cases[own] = sara.cases[own]
    admin_edit = worker_edit(root, own, {"stage": "origin"})
    assert reasons(root, [admin_edit])[admin_edit.change_id] == "not_found"
    assert root.pull_all()[0].entries == ()
    erase = sara.purge(own)
    assert reasons(sara, [erase])[erase.change_id] == "ok"


def test_new_cases_only_at_your_own_site(world: World) -> None:
    amina = world.enrol("amina")
    elsewhere = amina.new_case(site="PORT-01")[1]
    assert set(reasons(amina, elsewhere).values()) == {"forbidden"}
    for_a_colleague = amina.new_case(assigned_to="bilal")[1]
    assert reasons(amina, for_a_colleague)[for_a_colleague[0].change_id] == "forbidden"
    wrong_kind = amina.edit(amina.ids(), amina.ids(), "case", {"stage": "origin"})
    assert reasons(amina, [wrong_kind])[wrong_kind.change_id] == "malformed"


def test_pull_rows_each_device_sees_its_scope_only(world: World,
                                                    cases: dict[str, object]) -> None:
    own, intake, theirs = str(cases["own"]), str(cases["intake"]), str(cases["theirs"])
    seen = {}
    for user in ("amina", "bilal", "sara", "hana", "omar", "root"):
        device = world.enrol(user, f"{user} laptop 2")
        device.pull_all()
        seen[user] = set(device.cases)
    assert seen == {"amina": {own, intake}, "bilal": {intake}, "sara": {own, intake},
                    "hana": {theirs}, "omar": {theirs}, "root": set()}


def test_an_expired_code_is_refused_on_the_enrol_endpoint(world: World) -> None:
    from fieldcase.sync.enrolment import start_enrolment

    code = world.code("amina", ttl=timedelta(minutes=5))
    world.clock.advance(minutes=6)
    response = call(world.app, "/v1/enrol", start_enrolment(code, "late").request_body)
    assert (response.status_code, response.json()["kind"]) == (401, "expired")
