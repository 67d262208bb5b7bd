"""The HTTP side of sync: signed, compressed requests with retries, cancellation and progress.

``SyncClient`` speaks the server's contract (docs/sync.md "HTTP"): ``POST /v1/sync/push`` and
``/v1/sync/pull`` with zstd-compressed JSON bodies and the six ``X-FieldCase-*`` headers of
``sync.signing`` over the exact body bytes and raw path; ``POST /v1/enrol`` unsigned. The
transport is injected (``httpx.MockTransport`` or ``ASGITransport`` in tests), and so are the
sleep and the random source of the backoff, so tests are fast and deterministic.

Retries: connection errors, timeouts and 5xx answers are retried with exponential backoff and
full jitter (a random wait between 0 and ``base · 2^attempt``, capped), each attempt signed
afresh (a new nonce and timestamp: the server refuses a reused nonce). Pushes are idempotent by
change id and pulls only read, so retrying after a lost answer is safe; enrolment redeems a
one-time code, so it is retried only when the connection was never made.

What can go wrong: a proxy that rewrites paths breaks the signature (``auth``); a hostile
answer is bounded in size before and after decompression (``protocol``).
"""

from __future__ import annotations

import json
import random
import re
import ssl
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Literal, Protocol, TypeVar

import httpx

from fieldcase.domain.org_policy import PolicyError, PublishedPolicy
from fieldcase.domain.service_directory import PublishedDirectory, ServiceDirectoryError
from fieldcase.sync.enrolment import EnrolmentError
from fieldcase.sync.errors import SyncError, SyncErrorKind
from fieldcase.sync.protocol import (
    MAX_BODY_BYTES,
    BodyTooLarge,
    Message,
    ProtocolError,
    PullRequest,
    PullResponse,
    PushRequest,
    PushResponse,
    compress,
    decompress,
    encode,
)
from fieldcase.sync.protocol_bounds import PUSH_BOUNDS, check_size
from fieldcase.sync.signing import RequestSigner, describe_skew, from_unix_seconds

PUSH_PATH = "/v1/sync/push"
PULL_PATH = "/v1/sync/pull"
ENROL_PATH = "/v1/enrol"
SIGN_IN_PATH = "/v1/auth/sign-in"
POLICY_PATH = "/v1/policy"
MAX_POLICY_ANSWER = 16 * 1024
SERVICES_PATH = "/v1/services"
MAX_SERVICES_ANSWER = 4 * 1024 * 1024
RETRYABLE_STATUS = frozenset({500, 502, 503, 504})
NEW_SESSION_HEADER = "X-FieldCase-New-Session"
_SESSION_RE = re.compile(r"[A-Za-z0-9_-]{1,600}")

M = TypeVar("M", bound=Message)


class CancelToken:
    """Cancels a sync from another thread (the UI's Cancel button); safe to share."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def wait(self, seconds: float) -> bool:
        """Sleep up to ``seconds``; True (at once) if cancelled meanwhile."""
        return self._event.wait(seconds)

    def check(self) -> None:
        if self.cancelled:
            raise SyncError(SyncErrorKind.CANCELLED, "sync cancelled; nothing was lost")


@dataclass(frozen=True)
class RetryPolicy:
    """``attempts`` tries in all; waits drawn from [0, min(cap, base · 2^n)] (full jitter)."""

    attempts: int = 5
    base_seconds: float = 0.5
    cap_seconds: float = 30.0

    def delay(self, retry: int, rng: random.Random) -> float:
        return rng.uniform(0.0, min(self.cap_seconds, self.base_seconds * 2.0 ** retry))


@dataclass(frozen=True)
class SyncProgress:
    """What the sync is doing, for a progress bar: ``phase`` and running counts."""

    phase: Literal["push", "pull", "retry", "done"]
    pushed: int = 0
    pulled: int = 0
    outbox: int = 0
    attempt: int = 0
    wait_seconds: float = 0.0


Progress = Callable[[SyncProgress], None]


class SyncServer(Protocol):
    """What the sync engine needs from a server: the HTTP client, or an in-process fake.
    ``session_token`` pushes under a person's own session (a shared laptop), else the
    laptop's."""

    def push(self, request: PushRequest, session_token: str | None = None
             ) -> PushResponse: ...

    def pull(self, request: PullRequest) -> PullResponse: ...


@cache
def tls_context() -> ssl.SSLContext:
    """The process's one TLS context, as httpx would build it (the CA bundle, or
    ``SSL_CERT_FILE``/``SSL_CERT_DIR``). Building one reads the whole CA bundle, 150–200 ms
    holding the GIL (the window stalls), and httpx built one for every client: every sync."""
    return httpx.create_ssl_context()


USER_AGENT = "FieldCase"


def _http_client(server_url: str, transport: httpx.BaseTransport | None,
                 timeout: float) -> httpx.Client:
    """A client that sends only the headers the server reads: no ``Accept: */*`` and a short
    user agent instead of httpx's own (a no-op sync is one request of about 1 KB, half of it
    the signing headers; httpx's defaults cost 23 bytes more)."""
    client = httpx.Client(base_url=server_url, transport=transport, timeout=timeout,
                          follow_redirects=False, verify=tls_context(),
                          headers={"User-Agent": USER_AGENT})
    del client.headers["Accept"]
    return client


class Connections:
    """The keep-alive HTTP clients of one unlocked session: one per server (and injected
    transport), shared by its sync rounds, closed at lock (``Session.close``).

    A client per round cost every sync a new connection (a TCP and, in the field, a TLS
    handshake) and the building of an httpx client. With this one, a round that follows
    another within the server's keep-alive (uvicorn: 5 s) reuses its connection, and every
    round skips the building. httpx drops a connection the server closed while it was idle;
    one it closes mid-request fails that request with a transport error, which the sync
    client retries (pushes and pulls are idempotent). Safe to share between threads; one
    round at a time uses a client."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._clients: dict[tuple[str, httpx.BaseTransport | None, float], httpx.Client] = {}

    def client(self, server_url: str, transport: httpx.BaseTransport | None = None,
               timeout: float = 30.0) -> httpx.Client:
        key = (server_url, transport, timeout)
        with self._lock:
            found = self._clients.get(key)
            if found is None or found.is_closed:
                found = self._clients[key] = _http_client(server_url, transport, timeout)
            return found

    def close(self) -> None:
        with self._lock:
            clients, self._clients = list(self._clients.values()), {}
        for client in clients:
            client.close()


class SyncClient:
    """One server, one enrolled device. Close it (or use ``with``) to release connections;
    with ``connections``, its HTTP client is that pool's and outlives it (keep-alive)."""

    def __init__(self, server_url: str, *, signer: RequestSigner | None = None,
                 transport: httpx.BaseTransport | None = None, timeout: float = 30.0,
                 retry: RetryPolicy | None = None, sleep: Callable[[float], None] | None = None,
                 rng: random.Random | None = None, cancel: CancelToken | None = None,
                 progress: Progress | None = None,
                 max_response_bytes: int = MAX_BODY_BYTES,
                 connections: Connections | None = None) -> None:
        self._owns_http = connections is None
        self._http = _http_client(server_url, transport, timeout) if connections is None \
            else connections.client(server_url, transport, timeout)
        self._signer = signer
        self._retry = retry or RetryPolicy()
        self._sleep = sleep
        self._rng = rng or random.Random()  # noqa: S311 - jitter, not a secret
        self._cancel = cancel or CancelToken()
        self._progress = progress
        self._max = max_response_bytes
        self.new_session_token: str | None = None
        self.renewed_sessions: dict[str, str] = {}
        """Old token -> the renewed one the server sent, for every session used (a person's
        included), so the caller can store them all."""

    def __enter__(self) -> SyncClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def push(self, request: PushRequest, session_token: str | None = None) -> PushResponse:
        """Send a batch, signed under ``session_token`` (a person's session: the server
        judges the changes for that person) or the laptop's."""
        return self._exchange(PUSH_PATH, request, PushResponse, session_token)

    def pull(self, request: PullRequest) -> PullResponse:
        return self._exchange(PULL_PATH, request, PullResponse)

    def enrol(self, body: bytes) -> bytes:
        """Send an enrolment request; the answer's bytes go to ``complete_enrolment``.

        A refusal raises EnrolmentError with the server's kind (unknown, expired, used,
        rate_limited, bad_proof, ...); an unreachable server raises SyncError(offline)."""
        return self._post(ENROL_PATH, body, signed=False, idempotent=False,
                          headers={"Content-Type": "application/json"},
                          refused=enrolment_error_from_answer)

    def sign_in(self, passphrase: str, user: str | None = None) -> SignInAnswer:
        """Online sign-in with the *server* passphrase of ``user`` (a server user name; None:
        the user the laptop was enrolled for): a new session of that person on this device.

        Signed like a sync request; the session header may carry an expired token (the server
        ignores it here). The passphrase travels only in the body (TLS keeps it confidential)
        and is never kept. Raises SyncError: ``auth`` with ``server_kind`` ``bad_passphrase``
        for a wrong passphrase, ``protocol`` with ``rate_limited`` after too many, ``revoked``
        with the wipe, ``clock``, ``offline``; the new token is also adopted for later
        requests of this client."""
        fields = {"v": 1, "passphrase": passphrase} if user is None else \
            {"v": 1, "user": user, "passphrase": passphrase}
        body = json.dumps(fields).encode("ascii")
        data = self.send("POST", SIGN_IN_PATH, body, content_type="application/json")
        if data is None:
            raise SyncError(SyncErrorKind.PROTOCOL, "this server does not offer online sign-in "
                            "(HTTP 404); it may need an upgrade", status=404)
        answer = read_sign_in_answer(data)
        if self._signer is not None:
            self._signer.session_token = answer.session_token
            self.new_session_token = answer.session_token
        return answer

    def _exchange(self, path: str, request: Message, answer: type[M],
                  session_token: str | None = None) -> M:
        text = encode(request.to_json())
        if isinstance(request, PushRequest):
            _within_push_bounds(text)
        body = self._post(path, compress(text), signed=True, idempotent=True,
                          headers={"Content-Type": "application/json",
                                   "Content-Encoding": "zstd"}, session_token=session_token)
        try:
            return answer.from_bytes(body, compressed=False, max_size=self._max)
        except ProtocolError as error:
            raise SyncError(SyncErrorKind.PROTOCOL,
                            f"the server's answer is not in the sync format ({error})") from None

    def send(self, method: str, path: str, body: bytes = b"", *,
             content_type: str | None = None, limit: int | None = None) -> bytes | None:
        """One signed, idempotent request to another endpoint (attachments): the answer's
        body, or None for a 404; retried like a push or a pull."""
        headers = {"Content-Type": content_type} if content_type else {}
        return self._call(method, path, body, signed=True, idempotent=True, headers=headers,
                          limit=limit, missing_is_none=True)

    def fetch_policy(self) -> PublishedPolicy | None:
        """The organisation's security policy (signed ``GET /v1/policy``), or None when the
        server publishes none (HTTP 404: a server older than the endpoint).

        Raises SyncError like a pull (``offline``, ``revoked`` with the wipe, ``auth``,
        ``clock``); an answer that is not a valid policy is ``protocol``, naming the field and
        the rule, and is never applied in part or clamped (domain/org_policy.py)."""
        data = self.send("GET", POLICY_PATH, limit=MAX_POLICY_ANSWER)
        if data is None:
            return None
        try:
            return PublishedPolicy.from_json(json.loads(data.decode("utf-8")))
        except (ValueError, PolicyError) as error:
            detail = str(error) if isinstance(error, PolicyError) else "not JSON"
            raise SyncError(SyncErrorKind.PROTOCOL, "the server's organisation policy was "
                            f"refused ({detail})") from None

    def fetch_services(self) -> PublishedDirectory | None:
        """The service directory for this device's site (signed ``GET /v1/services``), or
        None when the server has no such endpoint (404). Raises SyncError like
        ``fetch_policy``; a directory the domain's rules refuse is ``protocol``, never
        stored in part."""
        data = self.send("GET", SERVICES_PATH, limit=MAX_SERVICES_ANSWER)
        if data is None:
            return None
        try:
            return PublishedDirectory.from_json(json.loads(data.decode("utf-8")))
        except (ValueError, ServiceDirectoryError) as error:
            detail = str(error) if isinstance(error, ServiceDirectoryError) else "not JSON"
            raise SyncError(SyncErrorKind.PROTOCOL, "the server's service directory was "
                            f"refused ({detail})") from None

    def _post(self, path: str, body: bytes, *, signed: bool, idempotent: bool,
              headers: dict[str, str],
              refused: Callable[[int, bytes], Exception] | None = None,
              session_token: str | None = None) -> bytes:
        answer = self._call("POST", path, body, signed=signed, idempotent=idempotent,
                            headers=headers, refused=refused, session_token=session_token)
        assert answer is not None
        return answer

    def _call(self, method: str, path: str, body: bytes, *, signed: bool, idempotent: bool,
              headers: dict[str, str], refused: Callable[[int, bytes], Exception] | None = None,
              limit: int | None = None, missing_is_none: bool = False,
              session_token: str | None = None) -> bytes | None:
        attempt = 0
        while True:
            self._cancel.check()
            attempt += 1
            try:
                status, data, retry_after = self._send_once(method, path, body, signed, headers,
                                                            limit or self._max, session_token)
            except httpx.TransportError as error:
                never_sent = isinstance(error, httpx.ConnectError | httpx.ConnectTimeout)
                if (idempotent or never_sent) and attempt < self._retry.attempts:
                    self._wait(attempt, None)
                    continue
                raise SyncError(SyncErrorKind.OFFLINE,
                                f"could not reach the server ({type(error).__name__}, "
                                f"{attempt} attempts); nothing was lost") from None
            if 200 <= status < 300:
                return data
            if status == 404 and missing_is_none:
                return None
            if status in RETRYABLE_STATUS and idempotent and attempt < self._retry.attempts:
                self._wait(attempt, retry_after)
                continue
            raise (refused or error_from_answer)(status, data)

    def _send_once(self, method: str, path: str, body: bytes, signed: bool,
                   headers: dict[str, str], limit: int, session_token: str | None = None
                   ) -> tuple[int, bytes, float | None]:
        request = self._http.build_request(method, path, content=body or None,
                                           headers={**headers, "Accept-Encoding": "zstd"})
        if signed:
            if self._signer is None:
                raise SyncError(SyncErrorKind.AUTH, "this device is not enrolled")
            raw_path = request.url.raw_path.decode("ascii")
            request.headers.update(self._signer.headers(method, raw_path, body,
                                                        session_token=session_token))
        response = self._http.send(request, stream=True)
        encoding = response.headers.get("content-encoding", "").strip().lower()
        try:
            if response.is_stream_consumed:
                # An in-memory answer (MockTransport) arrives read, and httpx has already
                # inflated it; a network answer is streamed and inflated below, with a limit.
                raw, encoding = response.content, "identity"
                if len(raw) > limit:
                    raise SyncError(SyncErrorKind.PROTOCOL, "the server's answer is too large")
            else:
                raw = self._read_limited(response, limit)
        finally:
            response.close()
        if encoding == "zstd":
            try:
                raw = decompress(raw, max_size=limit)
            except ProtocolError as error:
                raise SyncError(SyncErrorKind.PROTOCOL,
                                f"the server's answer is damaged ({error})") from None
        elif encoding not in ("", "identity"):
            raise SyncError(SyncErrorKind.PROTOCOL, "the server's answer has an unknown encoding")
        if 200 <= response.status_code < 300:
            self._adopt_session(response.headers.get(NEW_SESSION_HEADER), session_token)
        return response.status_code, raw, _retry_after(response.headers.get("retry-after"))

    def _adopt_session(self, token: str | None, used: str | None) -> None:
        """The server renews a session past half its life in a response header: the caller
        stores it (``renewed_sessions``), and when it is the laptop's session later requests
        of this round use it (``new_session_token``). ``used`` is the person's session the
        request went under, if not the laptop's."""
        if not token or self._signer is None or not _SESSION_RE.fullmatch(token):
            return
        old = self._signer.session_token if used is None else used
        if old != token:
            self.renewed_sessions[old] = token
        if old == self._signer.session_token:
            self._signer.session_token = token
            self.new_session_token = token

    def _read_limited(self, response: httpx.Response, limit: int) -> bytes:
        """The body as sent (still compressed), never more than the limit. httpx would inflate
        ``Content-Encoding: zstd`` itself without a size limit, so the raw bytes are read."""
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_raw():
            size += len(chunk)
            if size > limit:
                raise SyncError(SyncErrorKind.PROTOCOL, "the server's answer is too large")
            chunks.append(chunk)
        return b"".join(chunks)

    def _wait(self, attempt: int, retry_after: float | None) -> None:
        delay = self._retry.delay(attempt - 1, self._rng)
        if retry_after is not None:
            delay = max(delay, min(retry_after, self._retry.cap_seconds))
        if self._progress is not None:
            self._progress(SyncProgress("retry", attempt=attempt, wait_seconds=delay))
        if self._sleep is not None:
            self._sleep(delay)
        else:
            self._cancel.wait(delay)
        self._cancel.check()


def _within_push_bounds(text: bytes) -> None:
    """A push past the server's bounds is refused here, as the server would refuse it (413),
    without sending it: the engine halves the batch, and quarantines a single change that
    alone is too large."""
    try:
        check_size(text, PUSH_BOUNDS)
    except BodyTooLarge as error:
        raise SyncError(SyncErrorKind.PROTOCOL, f"the batch is too large to send ({error})",
                        status=413, server_kind="too_large") from None


def _retry_after(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        seconds = float(value)
    except ValueError:
        return None
    return seconds if 0 <= seconds < 86_400 else None


@dataclass(frozen=True)
class SignInAnswer:
    """A successful sign-in: the new session, when it ends, and the server's clock."""

    session_token: str
    session_expires_at: datetime
    server_time: datetime


def read_sign_in_answer(data: bytes) -> SignInAnswer:
    """The sign-in answer, checked: a token in the session alphabet, two whole Unix times."""
    try:
        value: object = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        value = None
    token = value.get("session_token") if isinstance(value, dict) else None
    expires = _int(value.get("session_expires_at")) if isinstance(value, dict) else None
    server_time = _int(value.get("server_time")) if isinstance(value, dict) else None
    if not isinstance(token, str) or not _SESSION_RE.fullmatch(token) or expires is None \
            or server_time is None or not 0 <= server_time < expires < 2**40:
        raise SyncError(SyncErrorKind.PROTOCOL, "the server's sign-in answer is not in the "
                        "expected format")
    return SignInAnswer(token, from_unix_seconds(expires), from_unix_seconds(server_time))


@dataclass(frozen=True)
class ErrorAnswer:
    """A non-2xx answer's JSON body, read leniently: ``kind`` (or ``error``), ``message``,
    and for auth errors ``skew_seconds`` and ``wipe`` (the signed instruction)."""

    kind: str
    message: str
    skew_seconds: int | None = None
    wipe: bytes | None = None
    retry_after_seconds: int | None = None


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def read_error_answer(data: bytes) -> ErrorAnswer:
    try:
        value: object = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return ErrorAnswer("unknown", "")
    if not isinstance(value, dict):
        return ErrorAnswer("unknown", "")
    kind = value.get("kind", value.get("error"))
    message = value.get("message")
    skew = value.get("skew_seconds")
    wipe = value.get("wipe")
    wipe_bytes: bytes | None = None
    if isinstance(wipe, str):
        wipe_bytes = wipe.encode("utf-8")
    elif isinstance(wipe, dict):
        wipe_bytes = json.dumps(wipe, sort_keys=True, separators=(",", ":")).encode()
    return ErrorAnswer(kind if isinstance(kind, str) else "unknown",
                       message[:300] if isinstance(message, str) else "", _int(skew),
                       wipe_bytes, _int(value.get("retry_after_seconds")))


def enrolment_error_from_answer(status: int, data: bytes) -> Exception:
    """A refused enrolment: the server's kind as an EnrolmentError, or a SyncError when the
    server itself failed."""
    if status >= 500:
        return error_from_answer(status, data)
    answer = read_error_answer(data)
    return EnrolmentError(answer.kind, answer.message or f"enrolment refused (HTTP {status})",
                          retry_after_seconds=answer.retry_after_seconds)


def error_from_answer(status: int, data: bytes) -> SyncError:
    """The :class:`SyncError` for a refused request (after any retries)."""
    answer = read_error_answer(data)
    detail = f" ({answer.kind})" if answer.kind != "unknown" else ""
    if status == 410 or answer.kind == "revoked_device":
        return SyncError(SyncErrorKind.REVOKED, "the server has revoked this device",
                         status=status, server_kind=answer.kind, wipe=answer.wipe)
    if status == 401 and answer.kind == "stale_timestamp":
        skew = answer.skew_seconds
        where = f"{describe_skew(skew)} the server's" if skew is not None else \
            "too far from the server's"
        return SyncError(SyncErrorKind.CLOCK,
                         f"this device's clock is {where}; set the date, time and time zone, "
                         "then sync again", status=status, server_kind=answer.kind,
                         skew_seconds=skew)
    if status in (401, 403):
        return SyncError(SyncErrorKind.AUTH, f"the server refused this device's credentials"
                         f"{detail}; sign in again or re-enrol", status=status,
                         server_kind=answer.kind)
    if status in RETRYABLE_STATUS or status >= 500:
        return SyncError(SyncErrorKind.SERVER, f"the server failed (HTTP {status}){detail}",
                         status=status, server_kind=answer.kind)
    return SyncError(SyncErrorKind.PROTOCOL, f"the server refused the request (HTTP {status})"
                     f"{detail}", status=status, server_kind=answer.kind)

