"""``POST /v1/auth/sign-in``: a person at an enrolled device proves who they are and gets a
session of their own, bound to the device key.

Why: the offline lease (docs/device-auth.md) ends with an online sign-in, because a sync with
the old token proves only that the laptop still holds its device key, not that the person at it
is who they say. And a laptop is shared: each local user who works on it signs in once, so
their changes are pushed under their own session and judged for them, never for whoever
enrolled the laptop (``server.device_sessions``). The request is signed by the device key
exactly like a sync request (same six headers, nonce, timestamp window) but its session token
may be expired or empty (``RequestVerifier.verify(require_session=False)``). The body carries
the person's server user name and *server* passphrase (set by ``fieldcase-server user
create``); without ``user`` it is the user the device was enrolled for::

    {"v": 1, "user": "amina", "passphrase": "..."}

Order, and why:

1. the signature, revocation (410 with the signed wipe, as sync answers), clock window,
   digest and nonce, in one short transaction that also finds the device's user; only then
   the body (400 ``malformed_request``), so a revoked device hears of its wipe whatever it
   sent;
2. the attempt limiter, per device and person named (429 ``rate_limited``), which reserves
   this attempt: only the holder of the device key can spend a device's attempts, so nobody
   else can lock a worker out, and on a shared laptop one person's wrong passphrases do not
   lock out a colleague;
3. Argon2id on the passphrase, *outside* any transaction (on SQLite a transaction that had
   written the nonce would hold the write lock for the whole hash);
4. the session is recorded as that person's current one on this device (replacing an
   earlier one) and 200 ``{"session_token", "session_expires_at", "server_time"}`` (Unix
   seconds) answered, or 401 ``bad_passphrase``. The answer never says whether the name or
   the passphrase was wrong: an unknown name costs the same hash and gets the same words.

The body is read here as raw bytes, never through a FastAPI model, so no validation error can
echo the passphrase back; error messages are fixed strings; nothing is logged.

Rate limit: :func:`new_limiter` (``auth_codes.AttemptLimiter`` keyed by device id, counted in
the database for every server process: ``server.auth_attempts``): 5 wrong passphrases per
device and person per 15 minutes. The attempt is reserved before the hash and taken back when the
passphrase was right, so sign-ins of one device running at once, on any process, cannot all
slip under the limit.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Final

import sqlalchemy as sa
from fastapi import APIRouter, FastAPI, Request, Response
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect

from fieldcase.server import admin
from fieldcase.server.auth import AuthError, IncomingRequest
from fieldcase.server.auth_attempts import db_limiter
from fieldcase.server.auth_codes import AttemptLimiter, AttemptPolicy
from fieldcase.server.device_sessions import DbSessionStore, record_session
from fieldcase.server.keys_file import KeyFileError
from fieldcase.server.sync_http import (
    ERROR_RESPONSES,
    SIGNED_HEADER_PARAMETERS,
    ErrorModel,
    TooLarge,
    auth_error_response,
    error_response,
    incoming,
    json_body,
    read_body,
)
from fieldcase.server.sync_runtime import SyncRuntime
from fieldcase.server.sync_store import DbNonceStore, DeviceFinder, touch_device
from fieldcase.sync.enrolment import EnrolmentError
from fieldcase.sync.protocol import ProtocolError
from fieldcase.sync.protocol_bounds import REQUEST_BOUNDS, read_json
from fieldcase.sync.signing import unix_seconds

router = APIRouter(tags=["authentication"])

SIGN_IN_PATH: Final = "/v1/auth/sign-in"
MAX_SIGN_IN_BODY: Final = 4096
MAX_PASSPHRASE_CHARS: Final = 1024
SIGN_IN_POLICY: Final = AttemptPolicy(per_source=5, overall=1000, window=timedelta(minutes=15))
"""Per device and person: 5 wrong passphrases per 15 minutes; 1,000 across all devices."""
BAD_PASSPHRASE_MESSAGE: Final = "the server passphrase is not right"  # noqa: S105 (words)
MAX_USER_CHARS: Final = 200
_REQUEST_SCHEMA: Final = {
    "type": "object", "additionalProperties": False, "required": ["v", "passphrase"],
    "properties": {"v": {"type": "integer", "enum": [1]},
                   "user": {"type": "string", "minLength": 1, "maxLength": MAX_USER_CHARS},
                   "passphrase": {"type": "string", "minLength": 1,
                                  "maxLength": MAX_PASSPHRASE_CHARS}},
}
_ANSWER_SCHEMA: Final = {
    "type": "object", "required": ["session_token", "session_expires_at", "server_time"],
    "properties": {"session_token": {"type": "string"},
                   "session_expires_at": {"type": "integer"},
                   "server_time": {"type": "integer"}},
}


def new_limiter(engine: sa.Engine, policy: AttemptPolicy = SIGN_IN_POLICY) -> AttemptLimiter:
    """The wrong-passphrase limiter ``create_app`` puts on ``app.state.sign_in_limiter``."""
    return db_limiter(engine, "sign_in", policy)


class _Malformed(Exception):
    """A body that is not ``{"v": 1, ["user": <text>,] "passphrase": <text>}`` (the reason
    names no value)."""


@dataclass(frozen=True, slots=True)
class SignInRequest:
    passphrase: str
    user: str | None
    """The server user name of the person signing in; None: the device's enrolled user."""


def read_sign_in(body: bytes) -> SignInRequest:
    try:
        value = read_json(body, REQUEST_BOUNDS)
    except ProtocolError:
        raise _Malformed("the body is not JSON within the request bounds") from None
    if not isinstance(value, dict) or not {"v", "passphrase"} <= set(value) \
            or not set(value) <= {"v", "user", "passphrase"}:
        raise _Malformed("the body must have the keys v and passphrase, and may have user")
    if value["v"] != 1 or isinstance(value["v"], bool):
        raise _Malformed("v: only version 1 is known")
    passphrase = value["passphrase"]
    if not isinstance(passphrase, str) or not 0 < len(passphrase) <= MAX_PASSPHRASE_CHARS:
        raise _Malformed(f"passphrase: must be text of 1 to {MAX_PASSPHRASE_CHARS} characters")
    user = value.get("user")
    if user is not None and (not isinstance(user, str) or not 0 < len(user) <= MAX_USER_CHARS):
        raise _Malformed(f"user: must be text of 1 to {MAX_USER_CHARS} characters")
    return SignInRequest(passphrase, user)


@dataclass(frozen=True, slots=True)
class _Claimant:
    device_id: str
    user_id: str
    org_id: uuid.UUID
    user_name: str


def _authenticate(runtime: SyncRuntime, engine: sa.Engine, request: IncomingRequest,
                  now: datetime) -> _Claimant:
    """Step 1: the signed request (nonce committed) and whose passphrase to check."""
    with engine.begin() as conn:
        found = DeviceFinder(conn)
        auth = runtime.verifier.verify(request, found, DbNonceStore(conn, now),
                                       DbSessionStore(conn), now, require_session=False)
    return _Claimant(auth.device_id, auth.user_id, found.user.org_id, found.user.name)


def _attempt_source(who: _Claimant, asked: SignInRequest) -> str:
    """The limiter's key: the device, and the person named (by a short hash: the key is
    bounded, and the table never holds a name)."""
    name = who.user_name if asked.user is None else asked.user
    return f"{who.device_id}:{hashlib.sha256(name.encode('utf-8')).hexdigest()[:16]}"


def _person(engine: sa.Engine, who: _Claimant, asked: SignInRequest) -> str | None:
    """The id of the person whose passphrase this is, in the device's organisation (the
    named user, or the device's own), or None. Argon2id, as slow for a missing user as for
    a real one (``admin.verify_user``)."""
    hasher = admin.PassphraseHasher()  # the stored hash carries its own cost
    name = who.user_name if asked.user is None else asked.user
    with engine.connect() as conn:
        found = admin.verify_user(conn, who.org_id, name, asked.passphrase, hasher)
    if found is None or (asked.user is None and str(found.id) != who.user_id):
        return None
    return str(found.id)


def _sign_in(app: FastAPI, request: IncomingRequest) -> Response:
    runtime: SyncRuntime = app.state.sync
    engine: sa.Engine = app.state.engine
    limiter: AttemptLimiter = app.state.sign_in_limiter
    try:
        now = runtime.now()
        who = _authenticate(runtime, engine, request, now)
        try:
            asked = read_sign_in(request.body)
        except _Malformed as problem:
            return error_response(400, "malformed_request", str(problem))
        with limiter.attempt(_attempt_source(who, asked), now) as attempt:
            person = _person(engine, who, asked)
            if person is None:
                attempt.failed()
                return error_response(401, "bad_passphrase", BAD_PASSPHRASE_MESSAGE)
            token, session = runtime.sessions.issue(person, who.device_id, now,
                                                    runtime.random_bytes)
            with engine.begin() as conn:
                record_session(conn, session)
                touch_device(conn, uuid.UUID(who.device_id), now)
    except EnrolmentError as limited:
        seconds = limited.retry_after_seconds or int(limiter.policy.window.total_seconds())
        return error_response(429, "rate_limited", "too many wrong passphrases on this "
                              "device: wait, then try again",
                              extra={"retry_after_seconds": seconds},
                              headers={"Retry-After": str(seconds)})
    except AuthError as error:
        return auth_error_response(error)
    except (sa.exc.OperationalError, KeyFileError):
        return error_response(503, "unavailable", "the server cannot sign in now; retry later")
    return JSONResponse({"session_token": token,
                         "session_expires_at": unix_seconds(session.expires_at),
                         "server_time": unix_seconds(now)})


@router.post(SIGN_IN_PATH, response_class=Response,
             responses={200: {"description": "a new session for this device and its user",
                              "content": {"application/json": {"schema": _ANSWER_SCHEMA}}},
                        **ERROR_RESPONSES,
                        429: {"model": ErrorModel,
                              "description": "too many wrong passphrases on this device"}},
             openapi_extra={**json_body(_REQUEST_SCHEMA, "the user's server passphrase; the "
                                        "session header may be expired or empty"),
                            "parameters": SIGNED_HEADER_PARAMETERS})
async def sign_in(request: Request) -> Response:
    """Online sign-in with the server passphrase: a signed request, a new session token."""
    try:
        body = await read_body(request, MAX_SIGN_IN_BODY)
    except TooLarge:
        return error_response(413, "too_large", "the request body is too large")
    except ClientDisconnect:
        return Response(status_code=400)
    return await run_in_threadpool(_sign_in, request.app, incoming(request, body))
