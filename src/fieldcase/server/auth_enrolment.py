"""Server side of enrolment: code + device key in, device record + signed answer out.

Order matters:

1. the attempt limiter: the caller reserves an attempt first (``AttemptLimiter.attempt``,
   outside its database transaction, so a failure's rollback does not take the count with it);
   a source over its limit learns nothing, not even whether the code is valid;
2. the request format and the proof of possession: a request whose signature does not verify
   costs no code, so a broken client cannot burn a user's code;
3. the code is redeemed (atomically marked used); unknown, used and expired codes count as
   failed attempts;
4. a device id (UUIDv7), a session bound to it and the answer signed by the server key.

The caller must store the device record in the same database transaction as the code's
``mark_used``, so a crash between them leaves the code unused rather than the device missing.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from fieldcase.domain.ids import RAND_BYTES, uuid7
from fieldcase.server.auth import DeviceRecord, DeviceStatus
from fieldcase.server.auth_codes import Attempt, CodeStore, EnrolmentCodes
from fieldcase.server.auth_keys import ServerKeys
from fieldcase.server.auth_sessions import Session, SessionIssuer
from fieldcase.sync.enrolment import (
    ENROLMENT_RESPONSE_PURPOSE,
    EnrolmentError,
    enrolment_response_payload,
    parse_enrolment_request,
)
from fieldcase.sync.signing import RandomBytes, unix_seconds

COUNTED_FAILURES: Final = frozenset({"malformed_code", "unknown", "used", "expired"})
"""Refusals that count against the attempt limit: a guess at a code. A malformed request or a
bad proof of possession does not (a broken client is not guessing)."""


@dataclass(frozen=True, slots=True)
class EnrolmentOutcome:
    """What to store (``device``, ``device_name``, ``case_number_prefix`` when the request
    gave one) and what to send back (``response_body``)."""

    device: DeviceRecord
    device_name: str
    session: Session
    response_body: bytes
    case_number_prefix: str | None = None


@dataclass(frozen=True, slots=True)
class Enroller:
    """Everything enrolment needs that does not change between requests."""

    keys: ServerKeys
    codes: EnrolmentCodes
    sessions: SessionIssuer

    def enrol(self, request_body: bytes, *, attempt: Attempt, code_store: CodeStore,
              now: datetime, random_bytes: RandomBytes = os.urandom) -> EnrolmentOutcome:
        """Enrol the device in ``request_body`` for the user its code was issued to.

        ``attempt`` is the caller's reservation with the attempt limiter for this source;
        a refusal in :data:`COUNTED_FAILURES` marks it failed. Raises EnrolmentError with kind
        malformed_request, malformed_code, bad_proof, unknown, used or expired. The messages
        name no user and no code.
        """
        try:
            request = parse_enrolment_request(request_body)
            user_id = self.codes.redeem(request.code, code_store, now)
        except EnrolmentError as exc:
            if exc.kind in COUNTED_FAILURES:
                attempt.failed()
            raise
        device_id = uuid7(unix_seconds(now) * 1000, random_bytes(RAND_BYTES))
        device = DeviceRecord(device_id, user_id, request.device_public_key,
                              DeviceStatus.ACTIVE, now)
        token, session = self.sessions.issue(user_id, device_id, now, random_bytes)
        body = self.keys.seal(ENROLMENT_RESPONSE_PURPOSE, enrolment_response_payload(
            device_id=device_id, user_id=user_id, device_public_key=request.device_public_key,
            server_public_key=self.keys.public_key_bytes, session_token=token,
            session_expires_at=unix_seconds(session.expires_at),
            enrolled_at=unix_seconds(now)))
        return EnrolmentOutcome(device, request.device_name, session, body,
                                request.case_number_prefix)
