"""A small in-process sync client for the server's HTTP tests, built as a device would build it:
``sync.enrolment`` to enrol, ``sync.signing`` to sign, ``sync.protocol`` on the wire, and
``domain.merge`` to keep a local replica, over ``httpx.ASGITransport``.

``World`` is one organisation with two teams at two sites:

- team ``lamp`` at site ``LAMP-01``: workers ``amina`` and ``bilal``, supervisor ``sara``;
- team ``harbour`` at site ``PORT-01``: worker ``hana``, supervisor ``omar``;
- ``root``, an admin.
"""

from __future__ import annotations

import asyncio
import random
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import httpx
import sqlalchemy as sa
from fastapi import FastAPI

from fieldcase.domain.hlc import Stamp
from fieldcase.domain.ids import uuid7
from fieldcase.domain.merge import (
    CaseState,
    Change,
    apply_batch,
    edit_change,
    purge_change,
    record_view,
)
from fieldcase.server import admin
from fieldcase.server.app import create_app
from fieldcase.server.auth_keys import ServerKeys
from fieldcase.server.config import Settings
from fieldcase.server.sync_runtime import SyncRuntime
from fieldcase.server.sync_store import issue_enrolment_code
from fieldcase.sync.enrolment import Enrolment, complete_enrolment, start_enrolment
from fieldcase.sync.protocol import PullRequest, PullResponse, PushRequest, PushResponse
from fieldcase.sync.signing import DeviceKey, sign_request

from .conftest import NOW, PASSPHRASE, TEST_HASHER

KEYS = ServerKeys(bytes(range(1, 33)))
TEAMS = {"lamp": "LAMP-01", "harbour": "PORT-01"}
USERS = {"amina": ("worker", "lamp"), "bilal": ("worker", "lamp"),
         "sara": ("supervisor", "lamp"), "hana": ("worker", "harbour"),
         "omar": ("supervisor", "harbour"), "root": ("admin", None)}


WHOLE: dict[str, dict[str, object]] = {
    "person": {"given_name": "Canary-Given", "sex": "female", "nationality": "ERI",
               "age_estimate": 30},
    "identity_document": {"type": "passport", "number": "Canary-Doc",
                          "issuing_country": "ERI"},
    "journey_leg": {"stage": "transit", "country": "LBY", "started_on": "2026-10-01"},
    "task": {"title": "call back", "due_on": "2026-12-03"},
    "note": {"text": "met at the port", "confidential": False, "author": "amina",
             "written_at": "2026-11-29T10:00:00Z"},
    "attachment": {"kind": "photo", "media_type": "image/jpeg", "size": 10,
                   "sha256": "0" * 64},
    "household_link": {"relationship": "sibling"},
    "consent": {"purpose": "registration", "given_by": "self", "form": "verbal",
                "given_on": "2026-11-29"},
    "assistance": {"type": "water", "provided_on": "2026-11-29", "provided_by": "amina"},
}
"""A whole record of each kind, as a device writes a new one (the server refuses a new record
that lacks a required field): ``Device.make`` fills in what a test does not care about."""


LEAN_CLIENT_DROPS = ("accept", "accept-encoding", "connection", "user-agent")


class Clock:
    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at

    def advance(self, **delta: float) -> None:
        self.at += timedelta(**delta)


def call(app: FastAPI, path: str, content: bytes, headers: Mapping[str, str] | None = None,
         method: str = "POST") -> httpx.Response:
    async def send() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            for default in LEAN_CLIENT_DROPS:  # a sync client sends only what the server reads
                del client.headers[default]
            return await client.request(method, path, content=content, headers=headers)
    return asyncio.run(send())


class SyncAsgi(httpx.BaseTransport):
    """The ASGI app behind a synchronous transport, one event loop per request: the device's
    own sync client (``services.sync``) talks to the real server app in-process."""

    def __init__(self, world: World) -> None:
        self._world = world

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        answer = call(self._world.app, request.url.raw_path.decode(), request.read(),
                      dict(request.headers), method=request.method)
        headers = {k: v for k, v in answer.headers.items()
                   if k not in ("content-encoding", "content-length")}  # already inflated
        return httpx.Response(answer.status_code, headers=headers, content=answer.content)


def wire_bytes(response: httpx.Response) -> int:
    """Bytes of the exchange as HTTP/1.1 would carry them: lines, headers and bodies."""
    request = response.request
    sent = len(f"{request.method} {request.url.raw_path.decode()} HTTP/1.1\r\n")
    sent += sum(len(k) + len(v) + 4 for k, v in request.headers.raw) + 2 + len(request.content)
    got = len(f"HTTP/1.1 {response.status_code} {response.reason_phrase}\r\n")
    got += sum(len(k) + len(v) + 4 for k, v in response.headers.raw) + 2
    return sent + got + response.num_bytes_downloaded  # the body as sent, before decoding


@dataclass
class World:
    app: FastAPI
    engine: sa.Engine
    clock: Clock
    org_id: uuid.UUID
    users: dict[str, uuid.UUID]
    rng: random.Random = field(default_factory=lambda: random.Random(5))

    def code(self, user: str, ttl: timedelta = timedelta(hours=24)) -> str:
        with self.engine.begin() as conn:
            return issue_enrolment_code(conn, KEYS, self.users[user], now=self.clock(),
                                        ttl=ttl, rng=self.rng)

    def enrol(self, user: str, label: str = "Site laptop", prefix: str | None = None) -> Device:
        """``prefix``: the case-number prefix the device registers (None: an older client)."""
        pending = start_enrolment(self.code(user), label, self.rng.randbytes,
                                  case_number_prefix=prefix)
        response = call(self.app, "/v1/enrol", pending.request_body)
        assert response.status_code == 200, response.text
        enrolment = complete_enrolment(pending, response.content,
                                       expected_fingerprint=KEYS.fingerprint)
        return Device(self, user, enrolment)

    def revoke(self, device: Device) -> None:
        with self.engine.begin() as conn:
            admin.revoke_device(conn, uuid.UUID(device.id), now=self.clock())


def make_world(engine: sa.Engine, db_url: str) -> World:
    clock = Clock(NOW)
    runtime = SyncRuntime.for_keys(KEYS, now=clock, random_bytes=random.Random(9).randbytes)
    app = create_app(Settings(database_url=db_url), engine=engine, sync=runtime)
    users: dict[str, uuid.UUID] = {}
    with engine.begin() as conn:
        org_id = admin.create_org(conn, "Border Aid", now=NOW)
        for team, site in TEAMS.items():
            admin.create_team(conn, org_id, site, team)
        for name, (role, team) in USERS.items():
            users[name] = admin.create_user(conn, org_id, name, role=role, team=team,
                                            passphrase=PASSPHRASE, hasher=TEST_HASHER, now=NOW)
    return World(app, engine, clock, org_id, users)


@dataclass
class Device:
    """One enrolled laptop with a local replica (``cases``) and a pull cursor."""

    world: World
    user: str
    enrolment: Enrolment
    cases: dict[str, CaseState] = field(default_factory=dict)
    cursor: str = ""
    counter: int = 0

    @property
    def id(self) -> str:
        return self.enrolment.device_id

    @property
    def key(self) -> DeviceKey:
        return DeviceKey(self.enrolment.device_private_key)

    def headers(self, path: str, body: bytes, *, at: datetime | None = None,
                nonce: bytes | None = None, session: str | None = None) -> dict[str, str]:
        signed = sign_request(
            self.key, device_id=self.id,
            session_token=self.enrolment.session_token if session is None else session,
            method="POST", path=path, body=body, now=at or self.world.clock(),
            random_bytes=(lambda n: nonce) if nonce is not None else self.world.rng.randbytes)
        return {"Content-Type": "application/json", "Content-Encoding": "zstd", **signed}

    def send(self, path: str, body: bytes, **options: Any) -> httpx.Response:
        return call(self.world.app, path, body, self.headers(path, body, **options))

    def ids(self) -> str:
        wall = int(self.world.clock().timestamp() * 1000)
        return uuid7(wall, self.world.rng.randbytes(10))

    def stamp(self) -> Stamp:
        self.counter += 1
        return Stamp(int(self.world.clock().timestamp() * 1000), self.counter, self.id)

    # -- making changes, applying them locally as the device would ------------------------

    def edit(self, case_id: str, record_id: str, kind: str, values: Mapping[str, object]
             ) -> Change:
        case = self.cases.get(case_id)
        state = case.records.get(record_id) if case is not None else None
        change = edit_change(state, values, change_id=self.ids(), case_id=case_id,
                             record_id=record_id, kind=kind, stamp=self.stamp(),
                             author=self.user)
        self.apply([change])
        return change

    def purge(self, case_id: str) -> Change:
        change = purge_change(change_id=self.ids(), case_id=case_id, record_id=case_id,
                              kind="case", stamp=self.stamp(), author=self.user)
        self.apply([change])
        return change

    def new_case(self, site: str = "LAMP-01", assigned_to: str | None = None,
                 given_name: str = "Canary-Given", **case_fields: object
                 ) -> tuple[str, list[Change]]:
        case_id = self.ids()
        case = self.edit(case_id, case_id, "case", {
            "site": site, "status": "open", "stage": "transit", "assigned_to": assigned_to,
            **case_fields})
        person = self.make(case_id, "person", {"given_name": given_name})
        return case_id, [case, person]

    def make(self, case_id: str, kind: str, values: Mapping[str, object] | None = None,
             record_id: str | None = None) -> Change:
        """A new record of ``kind``: a whole one (``WHOLE``) with ``values`` over it."""
        return self.edit(case_id, record_id or self.ids(), kind, {**WHOLE[kind],
                                                                   **(values or {})})

    def note(self, case_id: str, text: object = "met at the port", **more: object) -> Change:
        """A whole note record, as the device writes one."""
        return self.make(case_id, "note", {"text": text, "author": self.user, **more})

    def apply(self, changes: list[Change]) -> None:
        result = apply_batch(self.cases, changes, seen=set())
        self.cases.update(result.cases)

    def value(self, case_id: str, record_id: str, name: str) -> object:
        return record_view(self.cases[case_id].records[record_id]).values.get(name)

    # -- the wire -------------------------------------------------------------------------

    def push_raw(self, changes: list[Change]) -> httpx.Response:
        body = PushRequest(self.id, self.ids(), tuple(changes)).to_bytes(compressed=True)
        return self.send("/v1/sync/push", body)

    def push(self, changes: list[Change]) -> PushResponse:
        response = self.push_raw(changes)
        assert response.status_code == 200, response.text
        assert response.headers["content-encoding"] == "zstd"
        return PushResponse.from_bytes(response.content, compressed=False)  # httpx inflated it

    def pull_raw(self, limit: int = 500, cursor: str | None = None) -> httpx.Response:
        body = PullRequest(self.cursor if cursor is None else cursor, limit).to_bytes()
        return self.send("/v1/sync/pull", body)

    def pull(self, limit: int = 500) -> PullResponse:
        """One pull applied as the client does: purges, then entries, then out-of-scope."""
        response = self.pull_raw(limit)
        assert response.status_code == 200, response.text
        answer = PullResponse.from_bytes(response.content, compressed=False)
        self.apply([*answer.purges, *answer.entries])
        for case_id in answer.out_of_scope:
            self.cases.pop(case_id, None)
        self.cursor = answer.next_cursor
        return answer

    def sync(self, limit: int = 500) -> Iterator[PullResponse]:
        """Pull until caught up; yields each answer."""
        while True:
            answer = self.pull(limit)
            yield answer
            if not answer.more:
                return

    def pull_all(self, limit: int = 500) -> list[PullResponse]:
        return list(self.sync(limit))
