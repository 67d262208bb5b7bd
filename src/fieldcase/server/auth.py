"""Verifying signed sync requests on the server: who sent this, and may it be acted on?

:meth:`RequestVerifier.verify` takes the request parts (method, raw path with query, headers,
body) and two callbacks the server implements on its database: ``device_lookup`` and a
:class:`NonceStore`. It returns the authenticated user and device or raises :class:`AuthError`
with a ``kind`` from :class:`~fieldcase.sync.signing.AuthErrorKind`. Checks, in order:

1. the six headers are present and well formed (``malformed``);
2. the device exists (``unknown_device``) and the Ed25519 signature over the canonical request is
   by its enrolled key (``bad_signature``);
3. a revoked device gets ``revoked_device`` carrying a wipe instruction signed by the server key.
   This comes before the clock and session checks on purpose: a lost laptop with a wrong clock or
   an expired session must still receive its wipe;
4. the timestamp is within ``max_skew`` of the server clock (``stale_timestamp``, with the skew);
5. the body hashes to the signed digest (``digest_mismatch``: tampered or truncated);
6. the session token is the server's, unexpired and bound to this device
   (``invalid_session``, ``session_expired``, ``session_device_mismatch``), and the
   :class:`SessionStore` still holds it as its user's current session on this device
   (``invalid_session``: replaced by a newer sign-in, or ended). Its user is the *person*
   the request acts for, who may be any user who signed in on this (shared) device;
   ``AuthenticatedDevice.user_id`` stays the user the device was enrolled for;
7. the request was signed no earlier than ``signed_after`` when the caller gives one
   (``signed_before_start``, HTTP 503 with ``Retry-After``: the SQLite server's nonces of
   requests answered just before a power cut may be lost, ``signed_call``), and its nonce has
   not been seen from this device while its timestamp could still be accepted
   (``replayed_nonce``). Nonces are remembered until ``timestamp + max_skew``; after that the
   timestamp check refuses the replay, so the store never grows without bound.

The nonce is recorded last, so a request refused for another reason does not burn its nonce.
Nothing here touches the web framework or the database; the app passes plain values in.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Final, Protocol

from fieldcase.domain.errors import FieldCaseError
from fieldcase.server.auth_keys import ServerKeys
from fieldcase.server.auth_sessions import Session, SessionError, SessionIssuer
from fieldcase.sync.enrolment import WIPE_PURPOSE, wipe_payload
from fieldcase.sync.signing import (
    AuthErrorKind,
    RandomBytes,
    SignatureFormatError,
    b64url,
    body_digest,
    canonical_request,
    describe_skew,
    fields_from_headers,
    from_unix_seconds,
    unix_seconds,
    verify_signature,
)

DEFAULT_MAX_SKEW: Final = timedelta(minutes=5)

HTTP_STATUS: Final[Mapping[AuthErrorKind, int]] = {
    AuthErrorKind.MALFORMED: 400,
    AuthErrorKind.DIGEST_MISMATCH: 400,
    AuthErrorKind.REVOKED_DEVICE: 410,
    AuthErrorKind.SIGNED_BEFORE_START: 503,
    **{kind: 401 for kind in (
        AuthErrorKind.UNKNOWN_DEVICE, AuthErrorKind.BAD_SIGNATURE, AuthErrorKind.STALE_TIMESTAMP,
        AuthErrorKind.REPLAYED_NONCE, AuthErrorKind.INVALID_SESSION,
        AuthErrorKind.SESSION_EXPIRED, AuthErrorKind.SESSION_DEVICE_MISMATCH)},
}
"""A suggested HTTP status per kind; the JSON body (:meth:`AuthError.wire`) carries the kind."""


class AuthError(FieldCaseError):
    """A refused request. ``skew_seconds`` (device minus server) is set for stale_timestamp;
    ``wipe`` (the signed instruction bytes) for revoked_device; ``retry_after_seconds`` for
    signed_before_start."""

    def __init__(self, kind: AuthErrorKind, message: str, *, skew_seconds: int | None = None,
                 wipe: bytes | None = None, retry_after_seconds: int | None = None) -> None:
        super().__init__(message)
        self.kind: AuthErrorKind = kind
        self.skew_seconds = skew_seconds
        self.wipe = wipe
        self.retry_after_seconds = retry_after_seconds

    @property
    def http_status(self) -> int:
        return HTTP_STATUS[self.kind]

    def wire(self) -> dict[str, str | int]:
        """The JSON error body: ``{"error", "message"[, "skew_seconds"][, "wipe"]}``."""
        body: dict[str, str | int] = {"error": self.kind.value, "message": str(self)}
        if self.skew_seconds is not None:
            body["skew_seconds"] = self.skew_seconds
        if self.wipe is not None:
            body["wipe"] = self.wipe.decode("ascii")
        return body


class DeviceStatus(StrEnum):
    ACTIVE = "active"
    REVOKED = "revoked"


@dataclass(frozen=True, slots=True)
class DeviceRecord:
    """What the server stores per device (the label the user gave it is kept separately)."""

    device_id: str
    user_id: str
    public_key: bytes
    status: DeviceStatus
    enrolled_at: datetime


DeviceLookup = Callable[[str], DeviceRecord | None]


class NonceStore(Protocol):
    def remember(self, device_id: str, nonce: str, expires_at: datetime) -> bool:
        """Record the nonce; False if this device already used it (and it has not expired).

        On a database: ``INSERT ... ON CONFLICT DO NOTHING`` on (device_id, nonce), True when a
        row was inserted; delete rows past ``expires_at`` from time to time.
        """
        ...


class SessionStore(Protocol):
    def is_current(self, session: Session) -> bool:
        """True while ``session`` is its user's current session on its device: the latest
        sign-in (or the enrolment) there, not ended since (``server.device_sessions``)."""
        ...


class InMemorySessionStore:
    """A :class:`SessionStore` for tests: remembers the sessions it is told about."""

    def __init__(self) -> None:
        self._current: dict[tuple[str, str], str] = {}

    def record(self, session: Session) -> None:
        self._current[(session.device_id, session.user_id)] = session.session_id

    def end(self, device_id: str, user_id: str) -> None:
        self._current.pop((device_id, user_id), None)

    def is_current(self, session: Session) -> bool:
        return self._current.get((session.device_id, session.user_id)) == session.session_id


class InMemoryNonceStore:
    """A :class:`NonceStore` for tests and a single process; forgets expired nonces."""

    def __init__(self, now: Callable[[], datetime]) -> None:
        self._now = now
        self._seen: dict[tuple[str, str], datetime] = {}

    def remember(self, device_id: str, nonce: str, expires_at: datetime) -> bool:
        now = self._now()
        self._seen = {key: until for key, until in self._seen.items() if until > now}
        if (device_id, nonce) in self._seen:
            return False
        self._seen[(device_id, nonce)] = expires_at
        return True

    def __len__(self) -> int:
        return len(self._seen)


@dataclass(frozen=True, slots=True)
class IncomingRequest:
    """The parts of an HTTP request the check needs. ``path`` is the raw path and query exactly
    as sent (ASGI: ``scope["raw_path"]`` + ``b"?"`` + ``scope["query_string"]`` if any)."""

    method: str
    path: str
    headers: Mapping[str, str]
    body: bytes


@dataclass(frozen=True, slots=True)
class RequestClaims:
    """What a request says before anything of it is checked: the device, the nonce with the
    time it is kept until, and the user its session token names (None without a token the
    server made). A storage layer may read all of it in the device look-up's round trip
    (``sync_store.DeviceFinder``); :meth:`RequestVerifier.verify` still decides."""

    device_id: str
    nonce: str
    nonce_expires_at: datetime
    session_user_id: str | None
    signed_at: int = 0
    """The timestamp the request carries (Unix seconds on the device's clock)."""


@dataclass(frozen=True, slots=True)
class AuthenticatedDevice:
    user_id: str
    """The user the device was enrolled for (``person_id`` is who the request acts for)."""
    device_id: str
    session: Session | None
    skew_seconds: int
    """The device clock minus the server's, for a friendly warning well before it is refused."""

    @property
    def person_id(self) -> str:
        """Who the request acts for: the session's user (on a shared laptop, the person who
        made the changes it carries), or the device's user for the session-less sign-in."""
        return self.session.user_id if self.session is not None else self.user_id


def issue_wipe(keys: ServerKeys, device_id: str, now: datetime,
               random_bytes: RandomBytes = os.urandom, reason: str = "revoked") -> bytes:
    """A wipe instruction for ``device_id`` signed by the server key the device pinned.

    The device refuses one dated before its enrolment, so ``now`` must not be earlier than the
    enrolment time (the verifier passes the later of the two, in case server clocks differ).
    """
    return keys.seal(WIPE_PURPOSE, wipe_payload(
        wipe_id=b64url(random_bytes(16)), device_id=device_id, issued_at=unix_seconds(now),
        reason=reason))


class RequestVerifier:
    """Checks signed requests; holds the server keys, the session issuer and the skew policy."""

    def __init__(self, keys: ServerKeys, sessions: SessionIssuer, *,
                 max_skew: timedelta = DEFAULT_MAX_SKEW,
                 random_bytes: RandomBytes = os.urandom) -> None:
        self._keys = keys
        self._sessions = sessions
        self.max_skew = max_skew
        self._random_bytes = random_bytes

    def claims(self, request: IncomingRequest) -> RequestClaims | None:
        """The request's claims, unchecked, or None when its headers are malformed (``verify``
        then says so). Costs an HMAC, no signature check."""
        try:
            fields, _ = fields_from_headers(request.method, request.path, request.headers)
        except SignatureFormatError:
            return None
        try:
            user: str | None = self._sessions.read(fields.session_token).user_id
        except SessionError:
            user = None
        timestamp = int(fields.timestamp)
        return RequestClaims(fields.device_id, fields.nonce, self._nonce_expiry(timestamp), user,
                             timestamp)

    def _nonce_expiry(self, timestamp: int) -> datetime:
        """Kept until its timestamp leaves the window, and a second more."""
        return from_unix_seconds(timestamp) + self.max_skew + timedelta(seconds=1)

    def verify(self, request: IncomingRequest, device_lookup: DeviceLookup,
               nonce_store: NonceStore, session_store: SessionStore, now: datetime, *,
               require_session: bool = True,
               signed_after: datetime | None = None) -> AuthenticatedDevice:
        """The authenticated user and device, or AuthError (see the module docstring).

        ``require_session=False`` is for the one call that makes a session (online sign-in with
        the user's server passphrase): the device key is checked, the session header ignored.
        ``signed_after``: refuse, as ``signed_before_start``, a timestamp in an earlier second
        (the nonce store may have lost what it saw before then).
        """
        try:
            fields, signature = fields_from_headers(request.method, request.path, request.headers)
        except SignatureFormatError as exc:
            raise AuthError(AuthErrorKind.MALFORMED, str(exc)) from exc
        device = device_lookup(fields.device_id)
        if device is None:
            raise AuthError(AuthErrorKind.UNKNOWN_DEVICE, "this device is not enrolled here")
        if not verify_signature(device.public_key, signature, canonical_request(fields)):
            raise AuthError(AuthErrorKind.BAD_SIGNATURE, "the request signature does not verify")
        if device.status is not DeviceStatus.ACTIVE:
            raise AuthError(AuthErrorKind.REVOKED_DEVICE, "this device has been revoked",
                            wipe=issue_wipe(self._keys, device.device_id,
                                            max(now, device.enrolled_at), self._random_bytes))
        timestamp = int(fields.timestamp)
        skew = timestamp - unix_seconds(now)
        if abs(skew) > self.max_skew.total_seconds():
            raise AuthError(
                AuthErrorKind.STALE_TIMESTAMP,
                f"this device's clock is {describe_skew(skew)} the server's: "
                "correct its date, time and time zone", skew_seconds=skew)
        if body_digest(request.body) != fields.digest:
            raise AuthError(AuthErrorKind.DIGEST_MISMATCH,
                            "the body does not match its signed digest (changed or cut short)")
        session = None
        if require_session:
            try:
                session = self._sessions.check(fields.session_token, device_id=device.device_id,
                                               now=now)
            except SessionError as exc:
                raise AuthError(exc.kind, str(exc)) from exc
            if not session_store.is_current(session):
                raise AuthError(AuthErrorKind.INVALID_SESSION, "this session has ended on the "
                                "server (a newer sign-in, or ended by an administrator): sign "
                                "in again online")
        if signed_after is not None and timestamp < unix_seconds(signed_after):
            raise AuthError(AuthErrorKind.SIGNED_BEFORE_START, "this request was signed before "
                            "the server started; sign it again and retry",
                            retry_after_seconds=min(30, unix_seconds(signed_after) - timestamp))
        if not nonce_store.remember(device.device_id, fields.nonce,
                                    self._nonce_expiry(timestamp)):
            raise AuthError(AuthErrorKind.REPLAYED_NONCE, "this request was already received")
        return AuthenticatedDevice(device.user_id, device.device_id, session, skew)

