"""The client side of device enrolment and of the wipe instruction, and their wire formats.

Enrolment, in one round trip (``docs/device-auth.md`` has the byte layouts):

1. :func:`start_enrolment` makes a new Ed25519 device key and the request: the one-time code,
   the device's public key, a device label, the prefix the device numbers its cases under
   (``domain.case_numbers``; the server registers it, so no other device may use it), and a
   signature by the new key over all of them (proof of possession: nobody can enrol a public
   key whose private half they lack). A request without a prefix (an older client) is still
   accepted: the device then registers its prefix with the first case it creates.
2. The server answers with a statement signed by its own Ed25519 key: device id, user id, the
   device's public key echoed back, the server's public key, a session token and the
   enrolment time. :func:`complete_enrolment` checks the signature with the key the answer
   names (the server proves it holds that key), checks the echo is *this* device's key, and,
   when the admin gave one, that the key's fingerprint matches. The caller then keeps the
   server key as the **pinned** key and the device private key, both inside the encrypted store.

A wipe instruction (sent to a revoked device) is honoured only when :func:`inspect_wipe` finds
it signed by the pinned key, naming this device id, and issued after this enrolment; anything
else is ignored and reported. The device's own clock is never consulted, so a device whose clock
is wrong still obeys a genuine wipe and still ignores a forged one.

The server imports the code alphabet, :class:`EnrolmentError` and the encoders from here, so
both sides share one definition.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from fieldcase.domain.case_numbers import CROCKFORD_BASE32, PREFIX_RE, encode_base32
from fieldcase.sync.errors import EnrolmentError as EnrolmentError
from fieldcase.sync.protocol_bounds import REQUEST_BOUNDS, read_json
from fieldcase.sync.protocol_json import ProtocolError
from fieldcase.sync.signing import (
    KEY_BYTES,
    DeviceKey,
    RandomBytes,
    SignatureFormatError,
    b64url,
    canonical_json,
    from_unix_seconds,
    open_sealed,
    unb64url,
    verify_signature,
)

CODE_ALPHABET: Final = CROCKFORD_BASE32
"""Crockford base32: no I, L, O or U, so nothing on a printout is ambiguous."""
CODE_LENGTH: Final = 10
_CODE_FOLDS: Final = str.maketrans({"O": "0", "I": "1", "L": "1"})
ENROLMENT_RESPONSE_PURPOSE: Final = "enrolment-response"
WIPE_PURPOSE: Final = "wipe"
MAX_DEVICE_NAME: Final = 64
_PROOF_PREFIX: Final = b"fieldcase-enrolment-request-v1\n"


def normalize_code(text: str) -> str:
    """The 10 canonical characters of a typed code: case, spaces and dashes ignored, O→0,
    I and L→1. Raises EnrolmentError(malformed_code) when what remains cannot be a code."""
    folded = re.sub(r"[\s-]", "", text).upper().translate(_CODE_FOLDS)
    if len(folded) != CODE_LENGTH or any(c not in CODE_ALPHABET for c in folded):
        raise EnrolmentError(
            "malformed_code", f"an enrolment code is {CODE_LENGTH} letters and digits (XXXXX-XXXXX)"
        )
    return folded


def format_code(canonical: str) -> str:
    """``ABCDE12345`` → ``ABCDE-12345`` for display and printing."""
    half = CODE_LENGTH // 2
    return f"{canonical[:half]}-{canonical[half:]}"


def server_key_fingerprint(public_key: bytes) -> str:
    """80-bit fingerprint of a server key (``XXXX-XXXX-XXXX-XXXX``) to compare out of band."""
    text = encode_base32(hashlib.sha256(b"fieldcase-server-key\n" + public_key).digest(), 16)
    return "-".join(text[i:i + 4] for i in range(0, 16, 4))


# Enrolment request ------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class EnrolmentRequest:
    code: str
    device_public_key: bytes
    device_name: str
    case_number_prefix: str | None = None


_REQUEST_KEYS: Final = frozenset({"v", "code", "device_public_key", "device_name", "proof"})
_PREFIX_KEY: Final = "case_number_prefix"


def _proof_message(code: str, public_key: bytes, device_name: str,
                   case_number_prefix: str | None) -> bytes:
    body = {"v": 1, "code": code, "device_public_key": b64url(public_key),
            "device_name": device_name}
    if case_number_prefix is not None:
        body[_PREFIX_KEY] = case_number_prefix
    return _PROOF_PREFIX + canonical_json(body)


def _check_prefix(prefix: str | None) -> str | None:
    if prefix is not None and PREFIX_RE.match(prefix) is None:
        raise EnrolmentError("malformed_request",
                             f"{_PREFIX_KEY} must be 6-16 Crockford base32 capitals")
    return prefix


def _check_device_name(name: str) -> str:
    if not 1 <= len(name) <= MAX_DEVICE_NAME or any(ord(c) < 32 or ord(c) == 127 for c in name):
        raise EnrolmentError("malformed_request",
                             f"device_name must be 1–{MAX_DEVICE_NAME} printable characters")
    return name


def build_enrolment_request(code_text: str, key: DeviceKey, device_name: str,
                            case_number_prefix: str | None = None) -> bytes:
    """The request body. Raises EnrolmentError(malformed_code / malformed_request) locally,
    before anything is sent, so a typo costs no server attempt."""
    code = normalize_code(code_text)
    name = _check_device_name(device_name)
    prefix = _check_prefix(case_number_prefix)
    proof = key.sign(_proof_message(code, key.public_key_bytes, name, prefix))
    body: dict[str, object] = {"v": 1, "code": code,
                               "device_public_key": b64url(key.public_key_bytes),
                               "device_name": name, "proof": b64url(proof)}
    if prefix is not None:
        body[_PREFIX_KEY] = prefix
    return canonical_json(body)


def parse_enrolment_request(body: bytes) -> EnrolmentRequest:
    """Server side: the request, with its proof of possession checked.

    Raises EnrolmentError(malformed_request) for a body that is not exactly the format,
    (malformed_code) for a code that cannot exist, (bad_proof) when the signature is not by the
    key in the request.
    """
    fields = _json_object(body, "malformed_request")
    if set(fields) - {_PREFIX_KEY} != _REQUEST_KEYS or not _is_version_one(fields["v"]):
        raise EnrolmentError("malformed_request", f"the request needs exactly "
                             f"{sorted(_REQUEST_KEYS)} and may add {_PREFIX_KEY}")
    code, key_text, name, proof_text = (
        _str_field(fields, field, "malformed_request")
        for field in ("code", "device_public_key", "device_name", "proof"))
    canonical_code = normalize_code(code)
    try:
        public_key = unb64url(key_text, "device_public_key", KEY_BYTES)
        proof = unb64url(proof_text, "proof")
    except SignatureFormatError as exc:
        raise EnrolmentError("malformed_request", str(exc)) from exc
    _check_device_name(name)
    prefix = None
    if _PREFIX_KEY in fields:
        prefix = _check_prefix(_str_field(fields, _PREFIX_KEY, "malformed_request"))
    if not verify_signature(public_key, proof, _proof_message(code, public_key, name, prefix)):
        raise EnrolmentError("bad_proof", "the request is not signed by the device key it names")
    return EnrolmentRequest(canonical_code, public_key, name, prefix)


@dataclass(frozen=True, slots=True)
class PendingEnrolment:
    """A request sent and not yet answered. Holds the new private key: keep it in memory only."""

    device_key: DeviceKey
    request_body: bytes


def start_enrolment(code_text: str, device_name: str, random_bytes: RandomBytes = os.urandom,
                    *, case_number_prefix: str | None = None) -> PendingEnrolment:
    key = DeviceKey.generate(random_bytes)
    return PendingEnrolment(key, build_enrolment_request(code_text, key, device_name,
                                                         case_number_prefix))


# Enrolment response -----------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Enrolment:
    """What the device keeps, all inside the encrypted store: the private key, the pinned
    server key, its ids, the session and the server's enrolment time (for wipe freshness)."""

    device_id: str
    user_id: str
    device_private_key: bytes
    server_public_key: bytes
    session_token: str
    session_expires_at: datetime
    enrolled_at: datetime

    def __repr__(self) -> str:  # the private key and session stay out of logs and tracebacks
        return f"Enrolment(device_id={self.device_id!r}, user_id={self.user_id!r})"


def enrolment_response_payload(*, device_id: str, user_id: str, device_public_key: bytes,
                               server_public_key: bytes, session_token: str,
                               session_expires_at: int, enrolled_at: int) -> dict[str, object]:
    """Server side: the statement to :func:`~fieldcase.sync.signing.seal` for the device."""
    return {"v": 1, "device_id": device_id, "user_id": user_id,
            "device_public_key": b64url(device_public_key),
            "server_public_key": b64url(server_public_key), "session_token": session_token,
            "session_expires_at": session_expires_at, "enrolled_at": enrolled_at}


def complete_enrolment(pending: PendingEnrolment, response_body: bytes, *,
                       expected_fingerprint: str | None = None) -> Enrolment:
    """Check the server's answer and return what to store.

    Raises EnrolmentError: bad_response (not the format), bad_server_signature (not signed by
    the key it names), key_mismatch (an answer for another device's key), fingerprint_mismatch
    (the server key is not the one the admin's printout names).
    """
    claimed = _unverified_payload(response_body)
    server_key = _b64_field(claimed, "server_public_key", KEY_BYTES)
    try:
        payload = open_sealed(ENROLMENT_RESPONSE_PURPOSE, response_body, server_key)
    except SignatureFormatError as exc:
        raise EnrolmentError("bad_server_signature", str(exc)) from exc
    if not _is_version_one(payload.get("v")):
        raise EnrolmentError("bad_response", "the answer is of an unknown version")
    if _b64_field(payload, "device_public_key", KEY_BYTES) != pending.device_key.public_key_bytes:
        raise EnrolmentError("key_mismatch", "the answer is for another device's key")
    if expected_fingerprint is not None and (
            _fold_fingerprint(expected_fingerprint) != _fold_fingerprint(
                server_key_fingerprint(server_key))):
        raise EnrolmentError("fingerprint_mismatch",
                             "the server key does not match the fingerprint you were given")
    return Enrolment(
        device_id=_str_field(payload, "device_id"), user_id=_str_field(payload, "user_id"),
        device_private_key=pending.device_key.private_bytes, server_public_key=server_key,
        session_token=_str_field(payload, "session_token"),
        session_expires_at=from_unix_seconds(_int_field(payload, "session_expires_at")),
        enrolled_at=from_unix_seconds(_int_field(payload, "enrolled_at")),
    )


def _is_version_one(value: object) -> bool:
    return type(value) is int and value == 1


def _fold_fingerprint(text: str) -> str:
    return re.sub(r"[\s-]", "", text).upper().translate(_CODE_FOLDS)


def _unverified_payload(body: bytes) -> Mapping[str, object]:
    """Only to learn which key to verify against; nothing read here is trusted until then."""
    outer = _json_object(body, "bad_response")
    payload_text = outer.get("payload")
    if not isinstance(payload_text, str):
        raise EnrolmentError("bad_response", "the answer has no payload")
    try:
        return _json_object(unb64url(payload_text, "payload"), "bad_response")
    except SignatureFormatError as exc:
        raise EnrolmentError("bad_response", str(exc)) from exc


def _json_object(data: bytes, kind: str) -> dict[str, object]:
    try:
        value = read_json(data, REQUEST_BOUNDS)
    except ProtocolError:
        raise EnrolmentError(kind, "not a JSON object within the request bounds") from None
    if not isinstance(value, dict):
        raise EnrolmentError(kind, "not a JSON object")
    return value


def _str_field(payload: Mapping[str, object], name: str, kind: str = "bad_response") -> str:
    value = payload.get(name)
    if not isinstance(value, str) or not value:
        raise EnrolmentError(kind, f"{name} must be a non-empty string")
    return value


def _int_field(payload: Mapping[str, object], name: str) -> int:
    value = payload.get(name)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise EnrolmentError("bad_response", f"{name} must be a non-negative integer")
    return value


def _b64_field(payload: Mapping[str, object], name: str, length: int) -> bytes:
    try:
        return unb64url(_str_field(payload, name), name, length)
    except SignatureFormatError as exc:
        raise EnrolmentError("bad_response", str(exc)) from exc


# Wipe instruction -------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class WipeInstruction:
    wipe_id: str
    device_id: str
    issued_at: datetime
    reason: str


def wipe_payload(*, wipe_id: str, device_id: str, issued_at: int, reason: str) -> dict[str, object]:
    """Server side: the statement to seal with purpose :data:`WIPE_PURPOSE`."""
    return {"v": 1, "wipe_id": wipe_id, "device_id": device_id, "issued_at": issued_at,
            "reason": reason}


@dataclass(frozen=True, slots=True)
class WipeVerdict:
    """Whether to erase, and why not when not (``reason`` is safe to log and report)."""

    accepted: bool
    reason: str
    instruction: WipeInstruction | None = None


def inspect_wipe(instruction_bytes: bytes, pinned_server_key: bytes, device_id: str,
                 enrolled_at: datetime) -> WipeVerdict:
    """Decide whether a wipe instruction is genuine, for this device and this enrolment."""
    try:
        payload = open_sealed(WIPE_PURPOSE, instruction_bytes, pinned_server_key)
    except SignatureFormatError as exc:
        return WipeVerdict(False, f"not signed by the pinned server key ({exc.field})")
    try:
        instruction = WipeInstruction(
            wipe_id=_str_field(payload, "wipe_id"), device_id=_str_field(payload, "device_id"),
            issued_at=from_unix_seconds(_int_field(payload, "issued_at")),
            reason=_str_field(payload, "reason"))
    except EnrolmentError as exc:
        return WipeVerdict(False, f"signed but malformed: {exc}")
    if not _is_version_one(payload.get("v")):
        return WipeVerdict(False, "signed but of an unknown version", instruction)
    if instruction.device_id != device_id:
        return WipeVerdict(False, "names another device", instruction)
    if instruction.issued_at < enrolled_at:
        return WipeVerdict(False, "issued before this device was enrolled", instruction)
    return WipeVerdict(True, "genuine wipe for this device", instruction)


def verify_wipe(instruction_bytes: bytes, pinned_server_key: bytes, device_id: str,
                enrolled_at: datetime) -> bool:
    return inspect_wipe(instruction_bytes, pinned_server_key, device_id, enrolled_at).accepted


def apply_wipe(instruction_bytes: bytes, enrolment: Enrolment, *, erase: Callable[[], None],
               report: Callable[[WipeVerdict], None]) -> bool:
    """Crypto-erase through ``erase`` if the instruction is genuine; otherwise only
    ``report`` it (a forged wipe is itself a sign of attack). Returns whether it erased."""
    verdict = inspect_wipe(instruction_bytes, enrolment.server_public_key,
                           enrolment.device_id, enrolment.enrolled_at)
    report(verdict)
    if verdict.accepted:
        erase()
    return verdict.accepted
