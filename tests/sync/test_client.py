"""The HTTP client: signing, compression, retries with backoff, cancellation, error kinds.

Every test runs over ``httpx.MockTransport``; waits go to an injected sleep and the jitter
comes from a seeded random source, so nothing here waits or depends on the network.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from datetime import UTC, datetime

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fieldcase.domain.hlc import Stamp
from fieldcase.domain.ids import IdFactory
from fieldcase.domain.merge import edit_change
from fieldcase.sync.client import CancelToken, RetryPolicy, SyncClient, SyncProgress
from fieldcase.sync.enrolment import EnrolmentError
from fieldcase.sync.errors import SyncError
from fieldcase.sync.protocol import (
    PullRequest,
    PullResponse,
    PushRequest,
    PushResponse,
    compress,
)
from fieldcase.sync.protocol_bounds import PUSH_BOUNDS
from fieldcase.sync.signing import (
    HEADER_NONCE,
    DeviceKey,
    RequestSigner,
    canonical_request,
    fields_from_headers,
    seal,
    verify_signature,
)

NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
DEVICE = "0197aaaa-0000-7000-8000-000000000001"
KEY = DeviceKey(b"\x01" * 32)
EMPTY_PULL = PullResponse((), (), (), "c1", False)


def signer() -> RequestSigner:
    return RequestSigner(KEY, DEVICE, "session-token", now=lambda: NOW)


def ok(message: PullResponse | PushResponse) -> httpx.Response:
    """A streamed answer, as from the network: the client reads and inflates it itself."""
    return httpx.Response(200, stream=httpx.ByteStream(message.to_bytes()),
                          headers={"Content-Encoding": "zstd"})


def client(handler: Callable[[httpx.Request], httpx.Response], **options: object) -> SyncClient:
    defaults: dict[str, object] = {"signer": signer(), "sleep": lambda _s: None,
                                   "rng": random.Random(4)}
    defaults.update(options)
    return SyncClient("https://sync.example.org", transport=httpx.MockTransport(handler),
                      **defaults)  # type: ignore[arg-type]


def pull(sync_client: SyncClient) -> PullResponse:
    with sync_client:
        return sync_client.pull(PullRequest("", 100))


def test_requests_are_compressed_and_signed_over_the_exact_body_and_raw_path() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return ok(PushResponse(("0197aaaa-0000-7000-8000-00000000000a",)))

    request = PushRequest(DEVICE, "0197aaaa-0000-7000-8000-0000000000bb", ())
    with client(handler) as sync_client:
        answer = sync_client.push(request)
    assert answer.accepted == ("0197aaaa-0000-7000-8000-00000000000a",)
    (sent,) = seen
    assert sent.url.raw_path == b"/v1/sync/push"
    assert sent.headers["content-encoding"] == "zstd"
    assert sent.headers["content-type"] == "application/json"
    assert PushRequest.from_bytes(sent.content) == request
    fields, signature = fields_from_headers("POST", "/v1/sync/push", sent.headers)
    assert verify_signature(KEY.public_key_bytes, signature, canonical_request(fields))


def test_connect_errors_are_retried_with_full_jitter_backoff_and_a_new_nonce() -> None:
    nonces: list[str] = []
    waits: list[float] = []
    progress: list[SyncProgress] = []

    def handler(request: httpx.Request) -> httpx.Response:
        nonces.append(request.headers[HEADER_NONCE])
        if len(nonces) < 4:
            raise httpx.ConnectError("no route", request=request)
        return ok(EMPTY_PULL)

    policy = RetryPolicy(attempts=5, base_seconds=1.0, cap_seconds=3.0)
    answer = pull(client(handler, sleep=waits.append, retry=policy, progress=progress.append))
    assert answer == EMPTY_PULL
    assert len(set(nonces)) == 4  # each attempt signed afresh: the server refuses a reused nonce
    expected = random.Random(4)
    assert waits == [expected.uniform(0, cap) for cap in (1.0, 2.0, 3.0)]  # capped at 3
    assert [p.attempt for p in progress] == [1, 2, 3]
    assert all(p.phase == "retry" for p in progress)


def test_server_errors_are_retried_then_reported_as_server() -> None:
    statuses: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        statuses.append(503)
        return httpx.Response(503, json={"kind": "busy", "message": "later"},
                              headers={"Retry-After": "2"})

    waits: list[float] = []
    with pytest.raises(SyncError) as caught:
        pull(client(handler, sleep=waits.append, retry=RetryPolicy(attempts=3)))
    assert caught.value.kind == "server" and caught.value.status == 503
    assert len(statuses) == 3 and len(waits) == 2
    assert all(w >= 2 for w in waits)  # Retry-After is honoured


def test_timeouts_exhaust_into_offline() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow link", request=request)

    with pytest.raises(SyncError) as caught:
        pull(client(handler, retry=RetryPolicy(attempts=2)))
    assert caught.value.kind == "offline" and "nothing was lost" in caught.value.message


def test_a_refusal_is_not_retried() -> None:
    calls = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        return httpx.Response(400, json={"kind": "digest_mismatch", "message": "changed"})

    with pytest.raises(SyncError) as caught:
        pull(client(handler))
    assert (caught.value.kind, caught.value.server_kind, calls) == ("protocol",
                                                                    "digest_mismatch", 1)


def test_a_push_past_the_servers_bounds_is_refused_unsent_as_the_server_would() -> None:
    """The device sends within the server's push bounds: a batch past them is a 413 that
    never left the laptop (the engine halves it, as for the server's own 413)."""
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return ok(PushResponse(()))

    stamp = Stamp(1_780_000_000_000, 0, "laptop-1")
    ids = IdFactory(lambda: 1_780_000_000_000, random.Random(2).randbytes)
    note = "n" * 20_000
    changes = tuple(edit_change(None, {"text": note}, change_id=ids.new(), case_id=ids.new(),
                                record_id=ids.new(), kind="note", stamp=stamp, author="a")
                    for _ in range(PUSH_BOUNDS.max_bytes // len(note) + 1))
    with client(handler) as sync_client, pytest.raises(SyncError) as caught:
        sync_client.push(PushRequest(DEVICE, ids.new(), changes))
    assert (caught.value.status, caught.value.server_kind) == (413, "too_large")
    assert sent == []
    with client(handler) as sync_client:
        sync_client.push(PushRequest(DEVICE, ids.new(), changes[: len(changes) // 2]))
    assert len(sent) == 1


def test_cancelling_during_a_backoff_stops_before_the_next_attempt() -> None:
    token = CancelToken()
    calls = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        raise httpx.ConnectError("down", request=request)

    with pytest.raises(SyncError) as caught:
        pull(client(handler, cancel=token, sleep=lambda _s: token.cancel()))
    assert caught.value.kind == "cancelled" and calls == 1


def test_a_cancelled_token_sends_nothing() -> None:
    token = CancelToken()
    token.cancel()

    def handler(request: httpx.Request) -> httpx.Response:
        raise AssertionError("nothing may be sent")

    with pytest.raises(SyncError, match="cancelled"):
        pull(client(handler, cancel=token))


def test_without_an_injected_sleep_the_wait_ends_when_cancelled() -> None:
    token = CancelToken()

    def handler(request: httpx.Request) -> httpx.Response:
        token.cancel()  # e.g. the Cancel button while the link is down
        raise httpx.ConnectError("down", request=request)

    sync_client = SyncClient("https://sync.example.org", signer=signer(), cancel=token,
                             transport=httpx.MockTransport(handler),
                             retry=RetryPolicy(base_seconds=600, cap_seconds=600))
    with pytest.raises(SyncError, match="cancelled"):
        pull(sync_client)


def test_a_stale_timestamp_is_a_clock_error_saying_by_how_much() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        body = {"error": "stale_timestamp", "message": "clock", "skew_seconds": -3 * 86_400}
        return httpx.Response(401, content=compress(json.dumps(body).encode()),
                              headers={"Content-Encoding": "zstd"})

    with pytest.raises(SyncError) as caught:
        pull(client(handler))
    error = caught.value
    assert (error.kind, error.skew_seconds) == ("clock", -3 * 86_400)
    assert "3 days behind the server's" in error.message


@pytest.mark.parametrize("kind", ["session_expired", "unknown_device", "bad_signature"])
def test_other_refusals_of_credentials_are_auth_errors(kind: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(401, json={"error": kind, "message": "no"})

    with pytest.raises(SyncError) as caught:
        pull(client(handler))
    assert (caught.value.kind, caught.value.server_kind) == ("auth", kind)


@pytest.mark.parametrize("forged", [False, True])
def test_revocation_carries_the_wipe_instruction_as_sent(forged: bool) -> None:
    signing_key = Ed25519PrivateKey.from_private_bytes(b"\x09" * 32)
    wipe = seal("wipe", {"v": 1, "device_id": DEVICE}, signing_key.sign)
    if forged:
        wipe = wipe.replace(b'"signature":"', b'"signature":"A', 1)[:-2] + b'"}'

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(410, json={"error": "revoked_device", "message": "revoked",
                                         "wipe": wipe.decode()})

    with pytest.raises(SyncError) as caught:
        pull(client(handler))
    assert caught.value.kind == "revoked" and caught.value.wipe == wipe  # judged by the caller


def test_a_damaged_or_oversized_answer_is_a_protocol_error() -> None:
    def truncated(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=httpx.ByteStream(EMPTY_PULL.to_bytes()[:-3]),
                              headers={"Content-Encoding": "zstd"})

    with pytest.raises(SyncError, match="damaged") as caught:
        pull(client(truncated))
    assert caught.value.kind == "protocol"

    def large(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=httpx.ByteStream(b"{" * 5000))

    with pytest.raises(SyncError, match="too large"):
        pull(client(large, max_response_bytes=1000))

    def bomb(request: httpx.Request) -> httpx.Response:  # small on the wire, huge inflated
        return httpx.Response(200, stream=httpx.ByteStream(compress(b" " * 100_000)),
                              headers={"Content-Encoding": "zstd"})

    with pytest.raises(SyncError, match="damaged"):
        pull(client(bomb, max_response_bytes=1000))


def test_enrolment_is_not_retried_once_sent_and_refusals_keep_their_kind() -> None:
    calls = 0

    def lost(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        raise httpx.ReadError("reset", request=request)

    with pytest.raises(SyncError) as caught, client(lost, signer=None) as sync_client:
        sync_client.enrol(b"{}")
    assert caught.value.kind == "offline" and calls == 1  # the code may be used up already

    def used(request: httpx.Request) -> httpx.Response:
        assert "x-fieldcase-signature" not in request.headers
        return httpx.Response(409, json={"error": "used", "message": "code already used"})

    with pytest.raises(EnrolmentError) as refused, client(used, signer=None) as sync_client:
        sync_client.enrol(b"{}")
    assert refused.value.kind == "used"


def test_every_client_shares_the_process_tls_context(monkeypatch: pytest.MonkeyPatch) -> None:
    """Reading the CA bundle takes 150–200 ms with the GIL held: once per process, not once
    per sync."""
    import ssl

    from fieldcase.sync import client as client_module
    built: list[object] = []
    real = ssl.create_default_context

    def counted(*args: object, **kwargs: object) -> ssl.SSLContext:
        built.append(args)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    client_module.tls_context.cache_clear()
    monkeypatch.setattr(ssl, "create_default_context", counted)
    for _ in range(3):
        SyncClient("https://fieldcase.invalid").close()
    assert len(built) == 1
