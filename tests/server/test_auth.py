"""Enrolment, signed requests, sessions, codes and wipes, end to end without HTTP or a database.

Every scenario runs the real client code (sync.signing, sync.enrolment) against the real server
checks (server.auth*), with an injected clock and seeded randomness.
"""

from __future__ import annotations

import dataclasses
import json
import random
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fieldcase.server.auth import (
    AuthError,
    DeviceRecord,
    DeviceStatus,
    IncomingRequest,
    InMemoryNonceStore,
    InMemorySessionStore,
    RequestVerifier,
    issue_wipe,
)
from fieldcase.server.auth_codes import (
    AttemptLimiter,
    AttemptPolicy,
    CodeRecord,
    EnrolmentCodes,
    InMemoryAttemptLog,
    InMemoryCodeStore,
)
from fieldcase.server.auth_enrolment import Enroller
from fieldcase.server.auth_keys import ServerKeys
from fieldcase.server.auth_sessions import SessionIssuer
from fieldcase.sync.enrolment import (
    ENROLMENT_RESPONSE_PURPOSE,
    WIPE_PURPOSE,
    Enrolment,
    EnrolmentError,
    apply_wipe,
    complete_enrolment,
    inspect_wipe,
    start_enrolment,
    verify_wipe,
    wipe_payload,
)
from fieldcase.sync.signing import (
    HEADER_DEVICE,
    HEADER_DIGEST,
    HEADER_NONCE,
    HEADER_SESSION,
    HEADER_SIGNATURE,
    HEADER_TIMESTAMP,
    AuthErrorKind,
    DeviceKey,
    b64url,
    sign_request,
)

START = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
THREE_DAYS = 3 * 86_400


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += timedelta(**kwargs)


class Server:
    """The server's side, wired as the app will wire it, with in-memory storage."""

    def __init__(self, seed: int = 1) -> None:
        self.rng = random.Random(seed)
        self.clock = Clock(START)
        self.keys = ServerKeys.generate(self.rng.randbytes)
        self.sessions = SessionIssuer(self.keys.session_mac_key)
        self.codes = EnrolmentCodes(self.keys.code_hash_key)
        self.code_store = InMemoryCodeStore()
        self.limiter = AttemptLimiter(InMemoryAttemptLog(), AttemptPolicy(per_source=5))
        self.enroller = Enroller(self.keys, self.codes, self.sessions)
        self.devices: dict[str, DeviceRecord] = {}
        self.nonces = InMemoryNonceStore(self.clock)
        self.current_sessions = InMemorySessionStore()
        self.verifier = RequestVerifier(self.keys, self.sessions, random_bytes=self.rng.randbytes)
        self.started: datetime | None = None  # a SQLite server's start (signed_call)

    def issue_code(self, user_id: str) -> str:
        text, record = self.codes.issue_code(user_id, self.clock.now, self.rng)
        self.code_store.add(record)
        return text

    def enrol(self, body: bytes, source: str = "10.0.0.1") -> bytes:
        with self.limiter.attempt(source, self.clock.now) as attempt:
            outcome = self.enroller.enrol(body, attempt=attempt, code_store=self.code_store,
                                          now=self.clock.now, random_bytes=self.rng.randbytes)
        self.devices[outcome.device.device_id] = outcome.device
        self.current_sessions.record(outcome.session)
        return outcome.response_body

    def revoke(self, device_id: str) -> None:
        self.devices[device_id] = dataclasses.replace(self.devices[device_id],
                                                      status=DeviceStatus.REVOKED)

    def verify(self, request: IncomingRequest, **kwargs: bool) -> tuple[str, str]:
        who = self.verifier.verify(request, self.devices.get, self.nonces,
                                   self.current_sessions, self.clock.now,
                                   signed_after=self.started, **kwargs)
        return who.user_id, who.device_id


class Device:
    """One enrolled laptop: its enrolment and a clock that may be off."""

    def __init__(self, server: Server, user_id: str, seed: int) -> None:
        self.rng = random.Random(seed)
        pending = start_enrolment(server.issue_code(user_id), "laptop", self.rng.randbytes)
        self.enrolment: Enrolment = complete_enrolment(
            pending, server.enrol(pending.request_body),
            expected_fingerprint=server.keys.fingerprint)
        self.key = DeviceKey(self.enrolment.device_private_key)
        self.server = server
        self.clock_offset = timedelta(0)
        self.session_token = self.enrolment.session_token

    def request(self, method: str = "POST", path: str = "/sync/push?batch=1",
                body: bytes = b'{"changes":[]}') -> IncomingRequest:
        headers = sign_request(
            self.key, device_id=self.enrolment.device_id, session_token=self.session_token,
            method=method, path=path, body=body, now=self.server.clock.now + self.clock_offset,
            random_bytes=self.rng.randbytes)
        return IncomingRequest(method, path, {k.lower(): v for k, v in headers.items()}, body)


@pytest.fixture
def server() -> Server:
    return Server()


@pytest.fixture
def amina(server: Server) -> Device:
    return Device(server, "user-amina", seed=11)


@pytest.fixture
def berhane(server: Server) -> Device:
    return Device(server, "user-berhane", seed=12)


def with_header(request: IncomingRequest, name: str, value: str) -> IncomingRequest:
    return dataclasses.replace(request, headers={**request.headers, name.lower(): value})


# The authorization table: every error kind, and the one request that passes. -------------

def good(s: Server, a: Device, b: Device) -> IncomingRequest:
    return a.request()


def replayed(s: Server, a: Device, b: Device) -> IncomingRequest:
    request = a.request()
    s.verify(request)
    s.clock.advance(seconds=30)
    return request


def signed_before_start(s: Server, a: Device, b: Device) -> IncomingRequest:
    """Signed, then the server restarted (its nonces of before may be lost)."""
    request = a.request()
    s.clock.advance(seconds=2)
    s.started = s.clock.now
    return request


def stale(s: Server, a: Device, b: Device) -> IncomingRequest:
    a.clock_offset = timedelta(minutes=-6)
    return a.request()


def unknown_device(s: Server, a: Device, b: Device) -> IncomingRequest:
    return with_header(a.request(), HEADER_DEVICE, "0190a1b2-0000-7000-8000-000000000000")


def revoked(s: Server, a: Device, b: Device) -> IncomingRequest:
    s.revoke(a.enrolment.device_id)
    return a.request()


def tampered_body(s: Server, a: Device, b: Device) -> IncomingRequest:
    return dataclasses.replace(a.request(), body=b'{"changes":[1]}')


def truncated_body(s: Server, a: Device, b: Device) -> IncomingRequest:
    request = a.request()
    return dataclasses.replace(request, body=request.body[:5])


def path_changed(s: Server, a: Device, b: Device) -> IncomingRequest:
    return dataclasses.replace(a.request(), path="/sync/purge?batch=1")


def query_changed(s: Server, a: Device, b: Device) -> IncomingRequest:
    return dataclasses.replace(a.request(), path="/sync/push?batch=2")


def method_changed(s: Server, a: Device, b: Device) -> IncomingRequest:
    return dataclasses.replace(a.request(), method="PUT")


def signed_by_other_key(s: Server, a: Device, b: Device) -> IncomingRequest:
    a.key = b.key
    return a.request()


def other_devices_session(s: Server, a: Device, b: Device) -> IncomingRequest:
    a.session_token = b.session_token
    return a.request()


def session_expired(s: Server, a: Device, b: Device) -> IncomingRequest:
    s.clock.advance(days=31)
    return a.request()


def forged_session(s: Server, a: Device, b: Device) -> IncomingRequest:
    other = SessionIssuer(ServerKeys.generate(random.Random(99).randbytes).session_mac_key)
    a.session_token, _ = other.issue("user-amina", a.enrolment.device_id, s.clock.now)
    return a.request()


def missing_signature(s: Server, a: Device, b: Device) -> IncomingRequest:
    request = a.request()
    headers = {k: v for k, v in request.headers.items() if k != HEADER_SIGNATURE.lower()}
    return dataclasses.replace(request, headers=headers)


TABLE: list[tuple[Callable[[Server, Device, Device], IncomingRequest], AuthErrorKind | None]] = [
    (good, None),
    (replayed, AuthErrorKind.REPLAYED_NONCE),
    (signed_before_start, AuthErrorKind.SIGNED_BEFORE_START),
    (stale, AuthErrorKind.STALE_TIMESTAMP),
    (unknown_device, AuthErrorKind.UNKNOWN_DEVICE),
    (revoked, AuthErrorKind.REVOKED_DEVICE),
    (tampered_body, AuthErrorKind.DIGEST_MISMATCH),
    (truncated_body, AuthErrorKind.DIGEST_MISMATCH),
    (path_changed, AuthErrorKind.BAD_SIGNATURE),
    (query_changed, AuthErrorKind.BAD_SIGNATURE),
    (method_changed, AuthErrorKind.BAD_SIGNATURE),
    (signed_by_other_key, AuthErrorKind.BAD_SIGNATURE),
    (other_devices_session, AuthErrorKind.SESSION_DEVICE_MISMATCH),
    (session_expired, AuthErrorKind.SESSION_EXPIRED),
    (forged_session, AuthErrorKind.INVALID_SESSION),
    (missing_signature, AuthErrorKind.MALFORMED),
]


def test_the_table_covers_every_error_kind() -> None:
    assert {kind for _, kind in TABLE if kind is not None} == set(AuthErrorKind)


@pytest.mark.parametrize(("scenario", "expected"), TABLE, ids=[f.__name__ for f, _ in TABLE])
def test_authorization_table(server: Server, amina: Device, berhane: Device,
                             scenario: Callable[[Server, Device, Device], IncomingRequest],
                             expected: AuthErrorKind | None) -> None:
    request = scenario(server, amina, berhane)
    if expected is None:
        assert server.verify(request) == ("user-amina", amina.enrolment.device_id)
        return
    with pytest.raises(AuthError) as raised:
        server.verify(request)
    assert raised.value.kind is expected
    assert raised.value.wire()["error"] == expected.value
    assert raised.value.http_status in {400, 401, 410, 503}


# Details behind the table rows. ---------------------------------------------------------

@pytest.mark.parametrize(("offset", "skew"), [
    (timedelta(days=3), THREE_DAYS),
    (timedelta(days=-3), -THREE_DAYS),
    (timedelta(minutes=-6), -360),
    (timedelta(minutes=7, seconds=30), 450),
])
def test_stale_timestamp_reports_the_measured_skew(server: Server, amina: Device,
                                                  offset: timedelta, skew: int) -> None:
    amina.clock_offset = offset
    with pytest.raises(AuthError) as raised:
        server.verify(amina.request())
    assert raised.value.kind is AuthErrorKind.STALE_TIMESTAMP
    assert raised.value.skew_seconds == skew
    assert raised.value.wire()["skew_seconds"] == skew


def test_three_days_off_is_told_in_days(server: Server, amina: Device) -> None:
    amina.clock_offset = timedelta(days=-3)
    with pytest.raises(AuthError, match="3 days behind the server's"):
        server.verify(amina.request())


@pytest.mark.parametrize("offset", [timedelta(minutes=4, seconds=59), timedelta(minutes=-5)])
def test_skew_within_five_minutes_is_accepted_and_reported(server: Server, amina: Device,
                                                           offset: timedelta) -> None:
    amina.clock_offset = offset
    who = server.verifier.verify(amina.request(), server.devices.get, server.nonces,
                                 server.current_sessions, server.clock.now)
    assert who.skew_seconds == int(offset.total_seconds())


def test_revoked_device_gets_a_wipe_it_obeys(server: Server, amina: Device) -> None:
    server.revoke(amina.enrolment.device_id)
    amina.clock_offset = timedelta(days=-3)  # a wrong clock must not shield it from the wipe
    server.clock.advance(days=40)  # nor an expired session
    with pytest.raises(AuthError) as raised:
        server.verify(amina.request())
    assert raised.value.kind is AuthErrorKind.REVOKED_DEVICE and raised.value.http_status == 410
    wipe = raised.value.wipe
    assert wipe is not None
    assert raised.value.wire()["wipe"] == wipe.decode()
    erased: list[bool] = []
    assert apply_wipe(wipe, amina.enrolment, erase=lambda: erased.append(True),
                      report=lambda verdict: None)
    assert erased == [True]


def test_revoked_device_with_a_bad_signature_gets_no_wipe(server: Server, amina: Device,
                                                          berhane: Device) -> None:
    server.revoke(amina.enrolment.device_id)
    amina.key = berhane.key
    with pytest.raises(AuthError) as raised:
        server.verify(amina.request())
    assert raised.value.kind is AuthErrorKind.BAD_SIGNATURE and raised.value.wipe is None


def test_sign_in_call_needs_the_device_key_but_no_session(server: Server, amina: Device) -> None:
    server.clock.advance(days=31)
    amina.session_token = ""
    assert server.verify(amina.request(), require_session=False)[0] == "user-amina"
    with pytest.raises(AuthError) as raised:
        server.verify(amina.request())
    assert raised.value.kind is AuthErrorKind.INVALID_SESSION


def test_a_session_the_server_does_not_hold_is_refused(server: Server, amina: Device) -> None:
    """A token the server made but never recorded for this device and user (or replaced by a
    newer sign-in, or ended) is refused: the MAC alone is not enough."""
    amina.session_token, _ = server.sessions.issue("user-berhane", amina.enrolment.device_id,
                                                   server.clock.now)
    with pytest.raises(AuthError) as raised:
        server.verify(amina.request())
    assert raised.value.kind is AuthErrorKind.INVALID_SESSION


def test_a_person_who_signed_in_on_the_device_acts_as_themselves(server: Server,
                                                                 amina: Device) -> None:
    amina.session_token, session = server.sessions.issue(
        "user-berhane", amina.enrolment.device_id, server.clock.now)
    server.current_sessions.record(session)
    who = server.verifier.verify(amina.request(), server.devices.get, server.nonces,
                                 server.current_sessions, server.clock.now)
    assert (who.user_id, who.person_id) == ("user-amina", "user-berhane")
    server.current_sessions.end(amina.enrolment.device_id, "user-berhane")
    with pytest.raises(AuthError) as raised:
        server.verify(amina.request())
    assert raised.value.kind is AuthErrorKind.INVALID_SESSION


def test_a_renewed_token_keeps_its_session(server: Server, amina: Device) -> None:
    session = server.sessions.read(amina.session_token)
    token, renewed = server.sessions.renew(session, server.clock.now + timedelta(days=20))
    assert renewed.session_id == session.session_id
    assert renewed.expires_at == session.expires_at + timedelta(days=20)
    amina.session_token = token
    assert server.verify(amina.request())[0] == "user-amina"


def test_sessions_ask_for_refresh_at_half_life(server: Server, amina: Device) -> None:
    session = server.sessions.read(amina.session_token)
    assert session.device_id == amina.enrolment.device_id and session.user_id == "user-amina"
    assert not server.sessions.needs_refresh(session, server.clock.now + timedelta(days=14))
    assert server.sessions.needs_refresh(session, server.clock.now + timedelta(days=15))


def test_nonces_are_forgotten_once_the_timestamp_alone_refuses_a_replay(
        server: Server, amina: Device) -> None:
    request = amina.request()
    server.verify(request)
    assert len(server.nonces) == 1
    server.clock.advance(minutes=5, seconds=2)
    with pytest.raises(AuthError) as raised:
        server.verify(request)
    assert raised.value.kind is AuthErrorKind.STALE_TIMESTAMP
    server.verify(amina.request())
    assert len(server.nonces) == 1


def test_a_refused_request_does_not_burn_its_nonce(server: Server, amina: Device) -> None:
    request = amina.request()
    with pytest.raises(AuthError):
        server.verify(dataclasses.replace(request, body=b"tampered"))
    server.verify(request)


def test_same_nonce_from_two_devices_is_not_a_replay(server: Server, amina: Device,
                                                     berhane: Device) -> None:
    amina.rng, berhane.rng = random.Random(5), random.Random(5)
    server.verify(amina.request())
    server.verify(berhane.request())


# Any single-byte change to a signed request fails verification. ---------------------------

PARTS = ["method", "path", "body", HEADER_DEVICE, HEADER_TIMESTAMP, HEADER_NONCE, HEADER_DIGEST,
         HEADER_SESSION, HEADER_SIGNATURE]


def _mutate(data: bytes, position: int, value: int) -> bytes:
    index = position % len(data)
    replacement = value if value != data[index] else (value + 1) % 256
    return data[:index] + bytes([replacement]) + data[index + 1:]


@given(part=st.sampled_from(PARTS), position=st.integers(0, 10_000), value=st.integers(0, 255))
def test_any_single_byte_change_fails_verification(part: str, position: int, value: int) -> None:
    server = Server(seed=7)
    device = Device(server, "user-amina", seed=8)
    request = device.request()
    if part == "method":
        request = dataclasses.replace(
            request, method=_mutate(request.method.encode(), position, value).decode("latin-1"))
    elif part == "path":
        request = dataclasses.replace(
            request, path=_mutate(request.path.encode(), position, value).decode("latin-1"))
    elif part == "body":
        request = dataclasses.replace(request, body=_mutate(request.body, position, value))
    else:
        original = request.headers[part.lower()].encode()
        request = with_header(request, part, _mutate(original, position, value).decode("latin-1"))
    with pytest.raises(AuthError):
        server.verify(request)


# Enrolment. ------------------------------------------------------------------------------

def test_enrolment_pins_the_server_key_and_binds_the_session(server: Server,
                                                             amina: Device) -> None:
    enrolment = amina.enrolment
    assert enrolment.server_public_key == server.keys.public_key_bytes
    assert enrolment.user_id == "user-amina"
    assert enrolment.enrolled_at == START
    assert enrolment.session_expires_at == START + timedelta(days=30)
    record = server.devices[enrolment.device_id]
    assert record.public_key == amina.key.public_key_bytes and record.user_id == "user-amina"
    assert b64url(enrolment.device_private_key) not in repr(enrolment)
    assert enrolment.session_token not in repr(enrolment)


@pytest.mark.parametrize(("age", "kind"), [(timedelta(hours=24), "expired"),
                                           (timedelta(hours=23, minutes=59), None)])
def test_codes_expire_after_a_day(server: Server, age: timedelta, kind: str | None) -> None:
    code = server.issue_code("user-amina")
    server.clock.advance(seconds=age.total_seconds())
    if kind is None:
        assert server.codes.redeem(code, server.code_store, server.clock.now) == "user-amina"
        return
    with pytest.raises(EnrolmentError) as raised:
        server.codes.redeem(code, server.code_store, server.clock.now)
    assert raised.value.kind == kind


def test_a_code_works_once(server: Server) -> None:
    code = server.issue_code("user-amina")
    first = start_enrolment(code, "laptop", random.Random(1).randbytes)
    server.enrol(first.request_body)
    second = start_enrolment(code.lower().replace("-", ""), "laptop", random.Random(2).randbytes)
    with pytest.raises(EnrolmentError) as raised:
        server.enrol(second.request_body)
    assert raised.value.kind == "used"


@pytest.mark.parametrize("code", ["ZZZZZ-ZZZZZ", "not a code", ""])
def test_wrong_code_is_unknown(server: Server, code: str) -> None:
    server.issue_code("user-amina")
    with pytest.raises(EnrolmentError) as raised:
        server.codes.redeem(code, server.code_store, server.clock.now)
    assert raised.value.kind == "unknown"


def test_codes_are_stored_only_as_keyed_hashes(server: Server) -> None:
    text, record = server.codes.issue_code("user-amina", START, random.Random(3))
    canonical = text.replace("-", "")
    assert canonical not in repr(record) and text not in repr(record)
    other = EnrolmentCodes(ServerKeys.generate(random.Random(4).randbytes).code_hash_key)
    assert other.hash_code(canonical) != record.code_hash


def test_a_concurrent_redemption_loses_cleanly(server: Server) -> None:
    code = server.issue_code("user-amina")

    class RacingStore(InMemoryCodeStore):
        def find(self, code_hash: bytes) -> CodeRecord | None:
            record = server.code_store.find(code_hash)
            server.code_store.mark_used(code_hash, START)  # the other process wins the race
            return record

        def mark_used(self, code_hash: bytes, used_at: datetime) -> bool:
            return server.code_store.mark_used(code_hash, used_at)

    with pytest.raises(EnrolmentError) as raised:
        server.codes.redeem(code, RacingStore(), server.clock.now)
    assert raised.value.kind == "used"


def test_wrong_codes_are_rate_limited_per_source(server: Server) -> None:
    code = server.issue_code("user-amina")
    for attempt in range(5):
        wrong = start_enrolment(f"ZZZZZ-ZZZZ{attempt}", "laptop", random.Random(attempt).randbytes)
        with pytest.raises(EnrolmentError, match="not valid"):
            server.enrol(wrong.request_body, source="198.51.100.7")
    right = start_enrolment(code, "laptop", random.Random(9).randbytes)
    with pytest.raises(EnrolmentError) as raised:
        server.enrol(right.request_body, source="198.51.100.7")
    assert raised.value.kind == "rate_limited" and raised.value.retry_after_seconds == 900
    server.enrol(right.request_body, source="203.0.113.1")  # another source is not blocked


def fail(limiter: AttemptLimiter, source: str, at: datetime) -> None:
    with limiter.attempt(source, at) as attempt:
        attempt.failed()


def succeed(limiter: AttemptLimiter, source: str, at: datetime) -> None:
    with limiter.attempt(source, at):
        pass


def test_rate_limit_lifts_after_the_window(server: Server) -> None:
    limiter = AttemptLimiter(InMemoryAttemptLog(), AttemptPolicy(per_source=2, overall=3))
    for _ in range(2):
        fail(limiter, "a", START)
    with pytest.raises(EnrolmentError):
        succeed(limiter, "a", START)
    succeed(limiter, "b", START)  # taken back: only failures count
    fail(limiter, "b", START)
    with pytest.raises(EnrolmentError):  # the overall cap
        succeed(limiter, "c", START)
    succeed(limiter, "a", START + timedelta(minutes=15, seconds=1))


def test_an_attempt_still_running_counts_until_it_is_over() -> None:
    """Reserved before it is made: attempts under way together cannot all pass the check
    that none of them has failed yet."""
    limiter = AttemptLimiter(InMemoryAttemptLog(), AttemptPolicy(per_source=2))
    with limiter.attempt("a", START), limiter.attempt("a", START), \
            pytest.raises(EnrolmentError):
        succeed(limiter, "a", START)
    succeed(limiter, "a", START)  # both were taken back


def test_a_request_without_proof_of_possession_costs_no_code(server: Server) -> None:
    code = server.issue_code("user-amina")
    pending = start_enrolment(code, "laptop", random.Random(1).randbytes)
    body = json.loads(pending.request_body)
    body["device_public_key"] = b64url(DeviceKey.generate(random.Random(2).randbytes)
                                       .public_key_bytes)
    with pytest.raises(EnrolmentError) as raised:
        server.enrol(json.dumps(body).encode())
    assert raised.value.kind == "bad_proof"
    server.enrol(pending.request_body)


def test_client_refuses_a_tampered_or_misdirected_answer(server: Server) -> None:
    pending = start_enrolment(server.issue_code("user-amina"), "laptop",
                              random.Random(1).randbytes)
    answer = server.enrol(pending.request_body)
    outer = json.loads(answer)
    flipped = outer["payload"][:-2] + ("A" if outer["payload"][-2] != "A" else "B") + \
        outer["payload"][-1]
    tampered = json.dumps({**outer, "payload": flipped}).encode()
    with pytest.raises(EnrolmentError) as raised:
        complete_enrolment(pending, tampered)
    assert raised.value.kind in {"bad_server_signature", "bad_response"}
    someone_else = start_enrolment("ABCDE-FGHJK", "laptop", random.Random(2).randbytes)
    with pytest.raises(EnrolmentError) as raised:
        complete_enrolment(someone_else, answer)
    assert raised.value.kind == "key_mismatch"
    with pytest.raises(EnrolmentError) as raised:
        complete_enrolment(pending, answer, expected_fingerprint="AAAA-AAAA-AAAA-AAAA")
    assert raised.value.kind == "fingerprint_mismatch"
    fingerprint = server.keys.fingerprint.lower().replace("-", " ")
    assert complete_enrolment(pending, answer, expected_fingerprint=fingerprint).user_id


def test_an_impostor_server_answer_is_refused(server: Server) -> None:
    pending = start_enrolment(server.issue_code("user-amina"), "laptop",
                              random.Random(1).randbytes)
    answer = json.loads(server.enrol(pending.request_body))
    impostor = ServerKeys.generate(random.Random(50).randbytes)
    payload = json.loads(__import__("base64").urlsafe_b64decode(answer["payload"] + "=="))
    resealed = impostor.seal(ENROLMENT_RESPONSE_PURPOSE, payload)  # names the real key
    with pytest.raises(EnrolmentError) as raised:
        complete_enrolment(pending, resealed)
    assert raised.value.kind == "bad_server_signature"


# Wipe instructions on the client. ---------------------------------------------------------

def test_genuine_wipe_is_accepted(server: Server, amina: Device) -> None:
    wipe = issue_wipe(server.keys, amina.enrolment.device_id, server.clock.now)
    verdict = inspect_wipe(wipe, amina.enrolment.server_public_key, amina.enrolment.device_id,
                           amina.enrolment.enrolled_at)
    assert verdict.accepted and verdict.instruction is not None
    assert verdict.instruction.reason == "revoked"


def test_forged_wipe_is_ignored_and_reported(server: Server, amina: Device) -> None:
    forger = ServerKeys.generate(random.Random(77).randbytes)
    forged = issue_wipe(forger, amina.enrolment.device_id, server.clock.now)
    erased: list[bool] = []
    reports: list[str] = []
    assert not apply_wipe(forged, amina.enrolment, erase=lambda: erased.append(True),
                          report=lambda verdict: reports.append(verdict.reason))
    assert erased == [] and "pinned server key" in reports[0]


def test_modified_wipe_is_ignored(server: Server, amina: Device) -> None:
    wipe = issue_wipe(server.keys, amina.enrolment.device_id, server.clock.now)
    for index in range(0, len(wipe), 7):
        changed = wipe[:index] + bytes([wipe[index] ^ 0x01]) + wipe[index + 1:]
        assert not verify_wipe(changed, amina.enrolment.server_public_key,
                               amina.enrolment.device_id, amina.enrolment.enrolled_at)


def test_wipe_replayed_to_another_device_is_ignored(server: Server, amina: Device,
                                                    berhane: Device) -> None:
    server.revoke(amina.enrolment.device_id)
    with pytest.raises(AuthError) as raised:
        server.verify(amina.request())
    assert raised.value.wipe is not None
    erased: list[bool] = []
    reports: list[str] = []
    assert not apply_wipe(raised.value.wipe, berhane.enrolment,
                          erase=lambda: erased.append(True),
                          report=lambda verdict: reports.append(verdict.reason))
    assert erased == [] and reports == ["names another device"]


def test_wipe_from_before_this_enrolment_is_ignored(server: Server, amina: Device) -> None:
    old = issue_wipe(server.keys, amina.enrolment.device_id, START - timedelta(seconds=1))
    verdict = inspect_wipe(old, amina.enrolment.server_public_key, amina.enrolment.device_id,
                           amina.enrolment.enrolled_at)
    assert not verdict.accepted and verdict.reason == "issued before this device was enrolled"


def test_enrolment_answer_cannot_pass_for_a_wipe(server: Server) -> None:
    statement = wipe_payload(wipe_id="w", device_id="d", issued_at=int(START.timestamp()),
                             reason="revoked")
    as_answer = server.keys.seal(ENROLMENT_RESPONSE_PURPOSE, statement)
    assert not verify_wipe(as_answer, server.keys.public_key_bytes, "d", START)
    assert verify_wipe(server.keys.seal(WIPE_PURPOSE, statement), server.keys.public_key_bytes,
                       "d", START)


@pytest.mark.parametrize("junk", [b"", b"{}", b"[]", b'{"payload": 1, "signature": 2}'])
def test_junk_wipe_is_ignored(server: Server, amina: Device, junk: bytes) -> None:
    assert not verify_wipe(junk, amina.enrolment.server_public_key, amina.enrolment.device_id,
                           amina.enrolment.enrolled_at)
