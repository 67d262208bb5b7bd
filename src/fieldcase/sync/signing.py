"""Device keys and signed sync requests: the client half, and the wire format both halves share.

Every sync request carries six headers (see ``docs/device-auth.md``)::

    X-FieldCase-Device     the device id the server assigned at enrolment
    X-FieldCase-Timestamp  Unix seconds (UTC) on the device's clock, decimal
    X-FieldCase-Nonce      16 random bytes, base64url without padding (22 characters)
    X-FieldCase-Digest     SHA-256 of the exact body bytes, base64url without padding
    X-FieldCase-Session    the session token from enrolment or login ("" on the login call)
    X-FieldCase-Signature  Ed25519 over :func:`canonical_request`, base64url (86 characters)

The signature covers the method, the raw path with its query string, the digest, timestamp,
nonce, device id and session token, one per line after a version line. Every field is limited
to characters that cannot contain a newline, so two different requests never share a canonical
string. What can go wrong: a proxy that rewrites the path (percent-encoding, a prefix) breaks
the signature; the server must hand :func:`canonical_request` the path exactly as the client
sent it (``raw_path`` plus ``?`` plus the raw query string).

The server imports this module for the header names and the canonical string, so there is one
definition of the format. Private keys are plain bytes here; the caller keeps them inside the
encrypted store and nowhere else.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Final

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from fieldcase.domain.errors import FieldCaseError

RandomBytes = Callable[[int], bytes]

HEADER_DEVICE: Final = "X-FieldCase-Device"
HEADER_TIMESTAMP: Final = "X-FieldCase-Timestamp"
HEADER_NONCE: Final = "X-FieldCase-Nonce"
HEADER_DIGEST: Final = "X-FieldCase-Digest"
HEADER_SESSION: Final = "X-FieldCase-Session"
HEADER_SIGNATURE: Final = "X-FieldCase-Signature"
SIGNED_HEADERS: Final = (
    HEADER_DEVICE, HEADER_TIMESTAMP, HEADER_NONCE, HEADER_DIGEST, HEADER_SESSION, HEADER_SIGNATURE,
)

REQUEST_VERSION_LINE: Final = "fieldcase-request-v1"
NONCE_BYTES: Final = 16
KEY_BYTES: Final = 32
SIGNATURE_BYTES: Final = 64

_FIELD_RULES: Final = {
    "method": re.compile(r"[A-Z]{1,16}"),
    "path": re.compile(r"/[\x21-\x7e]{0,4095}"),
    "digest": re.compile(r"[A-Za-z0-9_-]{43}"),
    "timestamp": re.compile(r"0|[1-9][0-9]{0,11}"),
    "nonce": re.compile(r"[A-Za-z0-9_-]{22}"),
    "device_id": re.compile(r"[A-Za-z0-9._~-]{1,64}"),
    "session_token": re.compile(r"[A-Za-z0-9_-]{0,600}"),
}
_SIGNATURE_RE: Final = re.compile(r"[A-Za-z0-9_-]{86}")


class AuthErrorKind(StrEnum):
    """Why the server refused a signed request; the client maps each kind to a message."""

    MALFORMED = "malformed"
    UNKNOWN_DEVICE = "unknown_device"
    REVOKED_DEVICE = "revoked_device"
    BAD_SIGNATURE = "bad_signature"
    DIGEST_MISMATCH = "digest_mismatch"
    STALE_TIMESTAMP = "stale_timestamp"
    REPLAYED_NONCE = "replayed_nonce"
    INVALID_SESSION = "invalid_session"
    SESSION_EXPIRED = "session_expired"
    SESSION_DEVICE_MISMATCH = "session_device_mismatch"
    SIGNED_BEFORE_START = "signed_before_start"
    """Signed before the server process started, whose nonces it cannot vouch for (docs/
    device-auth.md, "Nonces on SQLite"): HTTP 503 with ``Retry-After``, so a device signs
    afresh and tries again (every version retries a 503)."""


class SignatureFormatError(FieldCaseError):
    """A header, field or signed envelope that does not follow the wire format."""

    kind = "malformed"

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def unb64url(text: str, field: str, length: int | None = None) -> bytes:
    """Strict base64url decoding: only the alphabet, canonical padding bits, exact length."""
    if not re.fullmatch(r"[A-Za-z0-9_-]*", text):
        raise SignatureFormatError(field, "is not base64url")
    try:
        data = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError) as exc:
        raise SignatureFormatError(field, "is not base64url") from exc
    if b64url(data) != text:
        raise SignatureFormatError(field, "is not canonical base64url")
    if length is not None and len(data) != length:
        raise SignatureFormatError(field, f"must decode to {length} bytes")
    return data


def unix_seconds(moment: datetime) -> int:
    """Whole Unix seconds of a timezone-aware time; naive times are refused, not guessed."""
    if moment.tzinfo is None:
        raise ValueError("times must be timezone-aware (UTC)")
    return int(moment.timestamp())


def from_unix_seconds(seconds: int) -> datetime:
    return datetime.fromtimestamp(seconds, tz=UTC)


def body_digest(body: bytes) -> str:
    """The value of ``X-FieldCase-Digest`` for ``body`` (an empty body is hashed too)."""
    return b64url(hashlib.sha256(body).digest())


@dataclass(frozen=True, slots=True)
class SignedFields:
    """The parts of a request the signature covers, as text exactly as on the wire."""

    method: str
    path: str
    digest: str
    timestamp: str
    nonce: str
    device_id: str
    session_token: str

    def check(self) -> None:
        """Raise SignatureFormatError naming the first field outside its allowed characters."""
        for name, rule in _FIELD_RULES.items():
            if not rule.fullmatch(getattr(self, name)):
                raise SignatureFormatError(name, "has characters or a length the format forbids")


def canonical_request(fields: SignedFields) -> bytes:
    """The exact bytes a request signature covers; raises SignatureFormatError first."""
    fields.check()
    lines = (
        REQUEST_VERSION_LINE, fields.method, fields.path, fields.digest, fields.timestamp,
        fields.nonce, fields.device_id, fields.session_token,
    )
    return "\n".join(lines).encode("ascii")


class DeviceKey:
    """A device's Ed25519 key pair. ``private_bytes`` goes into the encrypted store only."""

    __slots__ = ("_private",)

    def __init__(self, private_bytes: bytes) -> None:
        if len(private_bytes) != KEY_BYTES:
            raise ValueError(f"an Ed25519 private key is {KEY_BYTES} bytes")
        self._private = Ed25519PrivateKey.from_private_bytes(private_bytes)

    @classmethod
    def generate(cls, random_bytes: RandomBytes = os.urandom) -> DeviceKey:
        return cls(random_bytes(KEY_BYTES))

    @property
    def private_bytes(self) -> bytes:
        return self._private.private_bytes_raw()

    @property
    def public_key_bytes(self) -> bytes:
        return self._private.public_key().public_bytes_raw()

    def sign(self, message: bytes) -> bytes:
        return self._private.sign(message)

    def __repr__(self) -> str:  # never show the private key, even in a traceback
        return f"DeviceKey(public={b64url(self.public_key_bytes)})"


def verify_signature(public_key: bytes, signature: bytes, message: bytes) -> bool:
    """True when ``signature`` is a valid Ed25519 signature of ``message`` by ``public_key``."""
    if len(public_key) != KEY_BYTES or len(signature) != SIGNATURE_BYTES:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def sign_request(
    key: DeviceKey, *, device_id: str, session_token: str, method: str, path: str, body: bytes,
    now: datetime, random_bytes: RandomBytes = os.urandom,
) -> dict[str, str]:
    """The six authentication headers for one request (merge them into the HTTP request).

    ``path`` is the path and query exactly as they will be sent (httpx: ``url.raw_path``).
    Raises SignatureFormatError if the path or ids contain characters the format forbids.
    """
    fields = SignedFields(
        method=method.upper(), path=path, digest=body_digest(body),
        timestamp=str(unix_seconds(now)), nonce=b64url(random_bytes(NONCE_BYTES)),
        device_id=device_id, session_token=session_token,
    )
    signature = key.sign(canonical_request(fields))
    return {
        HEADER_DEVICE: fields.device_id,
        HEADER_TIMESTAMP: fields.timestamp,
        HEADER_NONCE: fields.nonce,
        HEADER_DIGEST: fields.digest,
        HEADER_SESSION: fields.session_token,
        HEADER_SIGNATURE: b64url(signature),
    }


class RequestSigner:
    """Signs every request of one enrolled device, with the clock and randomness injected."""

    def __init__(self, key: DeviceKey, device_id: str, session_token: str, *,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC),
                 random_bytes: RandomBytes = os.urandom) -> None:
        self._key = key
        self.device_id = device_id
        self.session_token = session_token
        self._now = now
        self._random_bytes = random_bytes

    def headers(self, method: str, path: str, body: bytes, *,
                session_token: str | None = None) -> dict[str, str]:
        """The six headers; ``session_token`` signs this one request under another session
        of the device (a push made by another person on a shared laptop)."""
        return sign_request(
            self._key, device_id=self.device_id,
            session_token=self.session_token if session_token is None else session_token,
            method=method, path=path, body=body, now=self._now(),
            random_bytes=self._random_bytes,
        )


def fields_from_headers(method: str, path: str, headers: Mapping[str, str]) -> tuple[
        SignedFields, bytes]:
    """Server side: the signed fields and the raw signature, read case-insensitively.

    Raises SignatureFormatError naming the missing or malformed header.
    """
    lowered = {name.lower(): value for name, value in headers.items()}

    def header(name: str) -> str:
        value = lowered.get(name.lower())
        if value is None:
            raise SignatureFormatError(name, "header is missing")
        return value

    fields = SignedFields(  # the method as sent: HTTP methods are case-sensitive
        method=method, path=path, digest=header(HEADER_DIGEST),
        timestamp=header(HEADER_TIMESTAMP), nonce=header(HEADER_NONCE),
        device_id=header(HEADER_DEVICE), session_token=header(HEADER_SESSION),
    )
    fields.check()
    signature_text = header(HEADER_SIGNATURE)
    if not _SIGNATURE_RE.fullmatch(signature_text):
        raise SignatureFormatError(HEADER_SIGNATURE, "must be 86 base64url characters")
    return fields, unb64url(signature_text, HEADER_SIGNATURE, SIGNATURE_BYTES)


# Signed envelopes: server statements (enrolment answers, wipe instructions) that the client
# checks against the pinned server key. The purpose string is signed with the payload, so a
# statement made for one purpose can never be replayed as another.

def canonical_json(payload: Mapping[str, object]) -> bytes:
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def _envelope_message(purpose: str, payload_bytes: bytes) -> bytes:
    return b"fieldcase-envelope-v1\n" + purpose.encode("ascii") + b"\n" + payload_bytes


def seal(purpose: str, payload: Mapping[str, object], sign: Callable[[bytes], bytes]) -> bytes:
    """``{"payload": b64url(canonical JSON), "signature": b64url(Ed25519)}`` as bytes."""
    payload_bytes = canonical_json(payload)
    signature = sign(_envelope_message(purpose, payload_bytes))
    return canonical_json({"payload": b64url(payload_bytes), "signature": b64url(signature)})


def open_sealed(purpose: str, data: bytes, public_key: bytes) -> dict[str, object]:
    """The payload of an envelope signed by ``public_key`` for ``purpose``.

    Raises SignatureFormatError (field ``envelope`` or ``signature``) for anything else: not
    JSON, missing parts, a different purpose, another key, one changed byte.
    """
    try:
        outer = json.loads(data)
    except (UnicodeDecodeError, ValueError) as exc:
        raise SignatureFormatError("envelope", "is not JSON") from exc
    if not isinstance(outer, dict) or set(outer) != {"payload", "signature"}:
        raise SignatureFormatError("envelope", "must have exactly payload and signature")
    payload_text, signature_text = outer["payload"], outer["signature"]
    if not isinstance(payload_text, str) or not isinstance(signature_text, str):
        raise SignatureFormatError("envelope", "payload and signature must be strings")
    payload_bytes = unb64url(payload_text, "payload")
    signature = unb64url(signature_text, "signature", SIGNATURE_BYTES)
    if not verify_signature(public_key, signature, _envelope_message(purpose, payload_bytes)):
        raise SignatureFormatError("signature", "is not the pinned server key's")
    try:
        payload = json.loads(payload_bytes)
    except (UnicodeDecodeError, ValueError) as exc:
        raise SignatureFormatError("payload", "is not JSON") from exc
    if not isinstance(payload, dict):
        raise SignatureFormatError("payload", "must be a JSON object")
    return payload


def describe_skew(skew_seconds: int) -> str:
    """Plain words for a clock error: ``"3 days 2 hours ahead of"`` / ``"7 minutes behind"``.

    Positive ``skew_seconds`` means the device's clock is ahead of the server's.
    """
    amount = abs(skew_seconds)
    days, rest = divmod(amount, 86_400)
    hours, rest = divmod(rest, 3600)
    minutes, seconds = divmod(rest, 60)
    units = [(days, "day"), (hours, "hour"), (minutes, "minute")]
    parts = [f"{n} {unit}{'s' if n != 1 else ''}" for n, unit in units if n][:2]
    if not parts:
        parts = [f"{seconds} second{'s' if seconds != 1 else ''}"]
    return " ".join(parts) + (" ahead of" if skew_seconds > 0 else " behind")
