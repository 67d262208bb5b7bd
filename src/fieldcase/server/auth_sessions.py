"""Session tokens: which user is signed in on which device, until when.

A token is ``base64url(version ‖ session id ‖ issued ‖ expires ‖ device id ‖ user id ‖ MAC)``
with HMAC-SHA256 under the server's session key (``ServerKeys.session_mac_key``):

    1 byte   version (1)
    16 bytes session id (random)
    8 bytes  issued at, Unix seconds, big-endian
    8 bytes  expires at, Unix seconds, big-endian
    1 byte   length of the device id, then its UTF-8 bytes (at most 64)
    1 byte   length of the user id, then its UTF-8 bytes (at most 128)
    32 bytes HMAC-SHA256 of everything before it

Why a MAC and not a signature: only the server ever checks a token, and the check runs on every
request. Why it is still revocable: the token alone never authorises anything; the request must
also be signed by the device key the token names, and the device record (checked on every
request) must still be active. A stolen token without the device key is useless.

A token is sent in the clear inside TLS and signed into every request, so it is not secret in
the way a bearer cookie is. The session id is also recorded in the database
(``server.device_sessions``): a token is honoured only while its id is the current one of
its user on its device, so a newer sign-in replaces it and one person's session can be ended
without revoking the device.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import struct
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Final

from fieldcase.sync.signing import (
    AuthErrorKind,
    RandomBytes,
    SignatureFormatError,
    b64url,
    from_unix_seconds,
    unb64url,
    unix_seconds,
)

DEFAULT_SESSION_LIFETIME: Final = timedelta(days=30)
_VERSION: Final = 1
_HEADER: Final = struct.Struct(">B16sqq")
_MAC_BYTES: Final = 32
_MAX_DEVICE_ID: Final = 64
_MAX_USER_ID: Final = 128


class SessionError(Exception):
    """A token that fails its MAC, its format, its expiry or its binding to the device."""

    def __init__(self, kind: AuthErrorKind, message: str) -> None:
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True, slots=True)
class Session:
    session_id: str
    user_id: str
    device_id: str
    issued_at: datetime
    expires_at: datetime


class SessionIssuer:
    """Issues and checks tokens. ``lifetime`` is policy; refresh them at half-life on sync."""

    def __init__(self, mac_key: bytes, lifetime: timedelta = DEFAULT_SESSION_LIFETIME) -> None:
        if len(mac_key) < 32:
            raise ValueError("the session MAC key must be at least 32 bytes")
        if lifetime <= timedelta(0):
            raise ValueError("a session lifetime must be positive")
        self._key = mac_key
        self.lifetime = lifetime

    def issue(self, user_id: str, device_id: str, now: datetime,
              random_bytes: RandomBytes = os.urandom) -> tuple[str, Session]:
        return self._issue(user_id, device_id, random_bytes(16), now)

    def renew(self, session: Session, now: datetime) -> tuple[str, Session]:
        """A token for the same session (same id, so the server's record of it still holds)
        with a fresh lifetime from ``now``: what a sync answer past half-life carries."""
        return self._issue(session.user_id, session.device_id, unb64url(
            session.session_id, "session"), now)

    def _issue(self, user_id: str, device_id: str, session_id: bytes,
               now: datetime) -> tuple[str, Session]:
        device = device_id.encode("utf-8")
        user = user_id.encode("utf-8")
        if not 0 < len(device) <= _MAX_DEVICE_ID or not 0 < len(user) <= _MAX_USER_ID:
            raise ValueError("device and user ids must be 1–64 and 1–128 bytes long")
        issued, expires = unix_seconds(now), unix_seconds(now + self.lifetime)
        body = (_HEADER.pack(_VERSION, session_id, issued, expires)
                + bytes([len(device)]) + device + bytes([len(user)]) + user)
        token = b64url(body + self._mac(body))
        return token, Session(b64url(session_id), user_id, device_id,
                              from_unix_seconds(issued), from_unix_seconds(expires))

    def read(self, token: str) -> Session:
        """The session a token names, if the server made it. Does not check expiry or binding.

        Raises SessionError(invalid_session) for anything not issued under this key.
        """
        try:
            raw = unb64url(token, "session")
        except SignatureFormatError as exc:
            raise SessionError(AuthErrorKind.INVALID_SESSION, "session token is malformed") from exc
        body, mac = raw[:-_MAC_BYTES], raw[-_MAC_BYTES:]
        if len(raw) < _HEADER.size + _MAC_BYTES or not hmac.compare_digest(mac, self._mac(body)):
            raise SessionError(AuthErrorKind.INVALID_SESSION, "session token was not issued here")
        version, session_id, issued, expires = _HEADER.unpack_from(body)
        rest = body[_HEADER.size:]
        device, rest = _take(rest)
        user, rest = _take(rest)
        if version != _VERSION or rest:
            raise SessionError(AuthErrorKind.INVALID_SESSION, "session token format unknown")
        return Session(b64url(session_id), user, device, from_unix_seconds(issued),
                       from_unix_seconds(expires))

    def check(self, token: str, *, device_id: str, now: datetime) -> Session:
        """The session, if it is ours, unexpired, and bound to this device. Its user may be
        any person who signed in on the device (a shared laptop): whether the server still
        holds the session for that person is the caller's check (``SessionStore``)."""
        session = self.read(token)
        if session.device_id != device_id:
            raise SessionError(AuthErrorKind.SESSION_DEVICE_MISMATCH,
                               "the session belongs to another device")
        if now >= session.expires_at:
            raise SessionError(AuthErrorKind.SESSION_EXPIRED,
                               "the session has expired: sign in again online")
        return session

    def needs_refresh(self, session: Session, now: datetime) -> bool:
        """True past half the session's life: the sync answer should carry a fresh token."""
        return now >= session.issued_at + (session.expires_at - session.issued_at) / 2

    def _mac(self, body: bytes) -> bytes:
        return hmac.new(self._key, body, hashlib.sha256).digest()


def _take(data: bytes) -> tuple[str, bytes]:
    if not data or len(data) < 1 + data[0]:
        raise SessionError(AuthErrorKind.INVALID_SESSION, "session token is truncated")
    try:
        return data[1:1 + data[0]].decode("utf-8"), data[1 + data[0]:]
    except UnicodeDecodeError as exc:
        raise SessionError(AuthErrorKind.INVALID_SESSION, "session token is garbled") from exc
