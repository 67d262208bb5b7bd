"""The organisation policy on the device: fetched at enrolment, refreshed at most once a day
after a successful sync, kept in the encrypted store, applied to the offline lease, and never
the reason a sync fails.

The server is the fake of ``tests/sync/fake_server.py`` (signatures, revocation) with
``GET /v1/policy`` added by :class:`PolicyFront`; one injected clock drives the profile and
the server, so "a day later" is a line of test code.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from fieldcase.domain.lease import LeaseStatus
from fieldcase.domain.org_policy import OrgPolicy, PublishedPolicy
from fieldcase.services import cases, lease, org_policy, profile
from fieldcase.services import sync as sync_service
from fieldcase.services.lease import LeaseExpired
from fieldcase.services.session import Session
from fieldcase.storage import org_policy as stored_policy
from fieldcase.storage.keyslots import KdfParams
from fieldcase.sync.errors import SyncError

from ..sync.fake_server import FakeServer, HttpFront

KDF = KdfParams.insecure_for_tests()
PASSPHRASE = "correct horse battery staple"
START = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
SERVER = "http://127.0.0.1:8765"
STRICT = OrgPolicy(max_offline_days=3, warn_days=1, auto_lock_minutes=2,
                   sync_interval_minutes=30)


class Clock:
    def __init__(self) -> None:
        self.moment = START

    def __call__(self) -> datetime:
        return self.moment

    def advance(self, **delta: float) -> None:
        self.moment += timedelta(**delta)


class PolicyFront:
    """The fake server plus ``GET /v1/policy``: the fake checks the signature, the clock and
    revocation as for any request (answering 404 for a path it does not serve), then this
    answers the policy, or ``fail_with``: a status, ``"revoked"`` (the signed wipe), or a body
    that is not a valid policy."""

    def __init__(self, front: HttpFront, clock: Clock) -> None:
        self.front = front
        self.clock = clock
        self.published = PublishedPolicy(STRICT, 1, START)
        self.fail_with: int | str | dict[str, Any] | None = None
        self.policy_requests = 0

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    def handle(self, request: httpx.Request) -> httpx.Response:
        answer = self.front.handle(request)
        if request.url.path != "/v1/policy" or answer.status_code != 404:
            return answer
        self.policy_requests += 1
        if self.fail_with == "revoked":  # revoked between the pull and this request
            wipe = self.front.wipe_for(request.headers["X-FieldCase-Device"])
            return httpx.Response(410, json={"error": "revoked_device", "message": "revoked",
                                             "wipe": wipe.decode("ascii")})
        if isinstance(self.fail_with, int):
            return httpx.Response(self.fail_with, json={"kind": "unavailable", "message": ""})
        if self.fail_with is not None:
            return httpx.Response(200, json=self.fail_with)
        return httpx.Response(200, json=self.published.to_json())


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def server(clock: Clock) -> PolicyFront:
    return PolicyFront(HttpFront(FakeServer(), now=clock), clock)


@pytest.fixture
def folder(tmp_path: Path, clock: Clock) -> Path:
    made = tmp_path / "amina"
    profile.create_profile(made, user="amina", passphrase=PASSPHRASE, role="worker",
                           team="lamp", site="LAMP-01", kdf=KDF, now=clock)
    return made


@pytest.fixture
def open_session(folder: Path, clock: Clock) -> Iterator[Callable[[], Session]]:
    opened: list[Session] = []

    def unlock() -> Session:
        session = profile.unlock(folder, user="amina", passphrase=PASSPHRASE, kdf=KDF,
                                 now=clock)
        opened.append(session)
        return session

    yield unlock
    for session in opened:
        session.close()


def enrol(session: Session, server: PolicyFront) -> None:
    sync_service.enroll(session, SERVER, server.front.issue_code("ABCDE-12345", "user-1"),
                        server.transport())


def sync(session: Session, server: PolicyFront) -> sync_service.SyncReport:
    return sync_service.sync_now(session, server.transport(), sleep=lambda _s: None)


def audit_actions(session: Session) -> list[str]:
    return [row[0] for row in session.store.raw.execute(
        "SELECT action FROM audit_log ORDER BY seq")]


def test_the_policy_is_fetched_at_enrolment_and_kept_in_the_store(
        open_session: Callable[[], Session], server: PolicyFront) -> None:
    session = open_session()
    assert org_policy.device_policy(session) is None
    assert lease.policy(session.store) == OrgPolicy().lease_policy()  # the defaults
    enrol(session, server)
    assert server.policy_requests == 1
    assert org_policy.device_policy(session) == STRICT
    assert stored_policy.load(session.store) == server.published
    assert stored_policy.checked_at(session.store) == START
    assert lease.policy(session.store) == STRICT.lease_policy()
    assert "policy.checked" in audit_actions(session)


def test_the_policy_is_refreshed_once_a_day_after_a_sync(
        open_session: Callable[[], Session], server: PolicyFront, clock: Clock) -> None:
    session = open_session()
    enrol(session, server)
    looser = PublishedPolicy(OrgPolicy(auto_lock_minutes=10), 2, START + timedelta(hours=1))
    server.published = looser
    for hours in (1, 22):  # later the same day: the syncs make no policy request
        clock.advance(hours=hours)
        before = len(server.front.requests)
        sync(session, server)
        assert server.policy_requests == 1
        assert [r.url.path for r in server.front.requests[before:]] == ["/v1/sync/pull"]
    clock.advance(hours=1)  # 24 h after the enrolment's check
    sync(session, server)
    assert server.policy_requests == 2
    assert org_policy.device_policy(session) == looser.policy
    assert stored_policy.checked_at(session.store) == clock()
    assert session.lease_policy == looser.policy.lease_policy()  # applied at once
    sync(session, server)
    assert server.policy_requests == 2


def test_a_clock_set_back_asks_again(open_session: Callable[[], Session],
                                     server: PolicyFront, clock: Clock) -> None:
    session = open_session()
    enrol(session, server)
    clock.advance(minutes=-30)
    assert org_policy.refresh_due(session.store, clock())
    assert not org_policy.refresh_due(session.store, START + timedelta(hours=23))


def test_a_failed_fetch_keeps_the_old_policy_and_the_sync_succeeds(
        open_session: Callable[[], Session], server: PolicyFront, clock: Clock,
        caplog: pytest.LogCaptureFixture) -> None:
    session = open_session()
    enrol(session, server)
    cases.create_case(session, {
        "person": {"given_name": "Qorvanex", "family_name": "Tesfay", "sex": "female",
                   "age_estimate": 24, "nationality": "ERI", "languages": ["ti"]},
        "case": {"site": "LAMP-01", "stage": "transit", "assigned_to": "amina",
                 "opened_on": "2026-11-29"}})
    clock.advance(days=2)
    bad_policy = {**server.published.to_json(), "policy": {**STRICT.to_json(),
                                                           "auto_lock_minutes": 600}}
    for failure, pushed in ((503, 2), (bad_policy, 0)):
        server.fail_with = failure
        with caplog.at_level(logging.WARNING, logger="fieldcase.services.org_policy"):
            report = sync(session, server)
        assert report.pushed == pushed  # the sync did its work all the same
        assert org_policy.device_policy(session) == STRICT
        assert stored_policy.checked_at(session.store) == START  # so the next sync asks again
    logged = caplog.text
    assert "organisation policy not fetched (server)" in logged
    assert "organisation policy not fetched (protocol)" in logged
    assert "amina" not in logged and "Qorvanex" not in logged and SERVER not in logged
    server.fail_with = None
    sync(session, server)
    assert stored_policy.checked_at(session.store) == clock()


def test_a_failed_fetch_at_enrolment_is_made_up_by_the_next_sync(
        open_session: Callable[[], Session], server: PolicyFront) -> None:
    session = open_session()
    server.fail_with = 503
    enrol(session, server)
    assert server.policy_requests == 1  # one attempt only: the enrolment is not held up
    assert org_policy.device_policy(session) is None
    assert sync_service.sync_status(session).enrolled
    server.fail_with = None
    sync(session, server)  # the same minute: nothing stored yet, so it asks
    assert org_policy.device_policy(session) == STRICT


def test_a_server_without_the_endpoint_is_asked_once_a_day(
        open_session: Callable[[], Session], server: PolicyFront, clock: Clock) -> None:
    session = open_session()
    plain = server.front
    sync_service.enroll(session, SERVER, plain.issue_code("ABCDE-12345", "user-1"),
                        plain.transport())
    assert org_policy.device_policy(session) is None
    assert stored_policy.checked_at(session.store) == START
    clock.advance(hours=2)
    before = len(plain.requests)
    sync_service.sync_now(session, plain.transport(), sleep=lambda _s: None)
    assert len(plain.requests) - before == 1  # the pull alone


def test_the_lease_follows_the_organisation_policy(
        open_session: Callable[[], Session], server: PolicyFront, clock: Clock) -> None:
    session = open_session()
    enrol(session, server)  # STRICT: three days offline at most
    session.close()
    clock.advance(days=2, hours=1)
    session = open_session()
    assert session.lease is not None and session.lease.status is LeaseStatus.WARN
    session.close()
    clock.advance(days=2)  # four days offline
    session = open_session()
    assert session.lease is not None and session.lease.needs_online_sign_in
    with pytest.raises(LeaseExpired, match="for 4 days"):
        cases.list_cases(session, cases.CaseFilter())


def test_a_revocation_heard_at_the_policy_request_is_obeyed(
        open_session: Callable[[], Session], server: PolicyFront, clock: Clock,
        folder: Path) -> None:
    session = open_session()
    enrol(session, server)
    clock.advance(hours=25)
    server.fail_with = "revoked"
    with pytest.raises(SyncError) as caught:
        sync(session, server)
    assert caught.value.kind == "revoked" and caught.value.erased
    assert not profile.profile_exists(folder)
