"""``POST /v1/enrol``: a device registers its new key with a one-time code.

The body is exactly what ``sync.enrolment.build_enrolment_request`` makes (canonical JSON, no
signing headers: the device has no id yet; its proof of possession is inside). The answer is
the enrolment statement signed by the server key, which the device checks and pins with
``sync.enrolment.complete_enrolment``. The code is marked used and the device stored in one
transaction, so a failure leaves the code usable and no half-enrolled device. The device's
case-number prefix, when the request names one, is registered in the same transaction
(``server.case_number_prefixes``).

Attempt limit (:func:`new_limiter`, on ``app.state.enrol_limiter``): 10 wrong codes per client
address and 1,000 in all per 15 minutes, counted in the database for every server process
(``server.auth_attempts``). The attempt is reserved before the enrolment's transaction and
outside it, so the rollback of a wrong code does not take the count with it.

Status codes: 200; 400 malformed request or code, bad proof; 401 unknown, used or expired
code (``kind`` says which); 409 the device key is already enrolled (``key_in_use``) or the
case-number prefix is another device's (``case_number_prefix_taken``); 413; 429 too many wrong
codes (``retry_after_seconds`` and ``Retry-After``); 503.
"""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Final

import sqlalchemy as sa
from fastapi import APIRouter, FastAPI, Request, Response
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect

from fieldcase.server import admin, case_number_prefixes
from fieldcase.server.auth_attempts import db_limiter
from fieldcase.server.auth_codes import AttemptLimiter, AttemptPolicy
from fieldcase.server.db import users
from fieldcase.server.device_sessions import record_session
from fieldcase.server.keys_file import KeyFileError
from fieldcase.server.sync_http import (
    ERROR_RESPONSES,
    MAX_ENROL_BODY,
    ErrorModel,
    TooLarge,
    error_response,
    json_body,
    read_body,
)
from fieldcase.server.sync_runtime import SyncRuntime
from fieldcase.server.sync_store import DbCodeStore
from fieldcase.sync.enrolment import EnrolmentError

router = APIRouter(tags=["enrolment"])

ENROL_PATH: Final = "/v1/enrol"
ENROL_POLICY: Final = AttemptPolicy(per_source=10, overall=1000, window=timedelta(minutes=15))
"""Per client address: 10 wrong codes per 15 minutes; 1,000 across all addresses."""
_STATUS: Final = {"malformed_request": 400, "malformed_code": 400, "bad_proof": 400,
                  "unknown": 401, "used": 401, "expired": 401, "rate_limited": 429,
                  "case_number_prefix_taken": 409}
_REQUEST_SCHEMA: Final = {
    "type": "object", "additionalProperties": False,
    "required": ["v", "code", "device_public_key", "device_name", "proof"],
    "properties": {"v": {"type": "integer"}, "code": {"type": "string"},
                   "device_public_key": {"type": "string"}, "device_name": {"type": "string"},
                   "case_number_prefix": {"type": "string"}, "proof": {"type": "string"}},
}


def new_limiter(engine: sa.Engine, policy: AttemptPolicy = ENROL_POLICY) -> AttemptLimiter:
    """The wrong-code limiter ``create_app`` puts on ``app.state.enrol_limiter``."""
    return db_limiter(engine, "enrol", policy)


def _register_prefix(conn: sa.Connection, user_id: uuid.UUID, device_id: uuid.UUID,
                     prefix: str) -> None:
    """Claim the device's case-number prefix in its organisation; a prefix another device
    holds refuses the enrolment (the transaction, and so the code's use, rolls back)."""
    org_id = conn.execute(sa.select(users.c.org_id).where(users.c.id == user_id)).scalar_one()
    if not case_number_prefixes.claim(conn, org_id, prefix, device_id):
        raise EnrolmentError("case_number_prefix_taken",
                             "another device numbers its cases with this prefix: this device "
                             "needs a new one")


def _enrol(app: FastAPI, body: bytes, source: str) -> Response:
    runtime: SyncRuntime = app.state.sync
    engine: sa.Engine = app.state.engine
    limiter: AttemptLimiter = app.state.enrol_limiter
    try:
        enroller = runtime.enroller
        now = runtime.now()
        with limiter.attempt(source, now) as attempt, engine.begin() as conn:
            outcome = enroller.enrol(body, attempt=attempt, code_store=DbCodeStore(conn),
                                     now=now, random_bytes=runtime.random_bytes)
            device = outcome.device
            admin.register_device(conn, uuid.UUID(device.user_id), device.public_key,
                                  now=device.enrolled_at, device_id=uuid.UUID(device.device_id),
                                  name=outcome.device_name)
            record_session(conn, outcome.session)  # the enrolling user's, like a sign-in
            if outcome.case_number_prefix is not None:
                _register_prefix(conn, uuid.UUID(device.user_id), uuid.UUID(device.device_id),
                                 outcome.case_number_prefix)
    except EnrolmentError as error:
        extra: dict[str, str | int] = {}
        headers: dict[str, str] = {}
        if error.retry_after_seconds is not None:
            extra["retry_after_seconds"] = error.retry_after_seconds
            headers["Retry-After"] = str(error.retry_after_seconds)
        return error_response(_STATUS.get(error.kind, 400), error.kind, str(error),
                              extra=extra, headers=headers)
    except admin.AdminError as error:
        if error.kind == "duplicate":
            return error_response(409, "key_in_use", "this device key is already enrolled: "
                                  "make a new key")
        return error_response(400, error.kind, str(error))
    except (sa.exc.OperationalError, KeyFileError):
        return error_response(503, "unavailable", "the server cannot enrol now; retry later "
                              "(the code was not used)")
    return Response(content=outcome.response_body, media_type="application/json")


@router.post(ENROL_PATH, response_class=Response,
             responses={200: {"description": "the signed enrolment answer (a JSON envelope)",
                              "content": {"application/json": {"schema": {"type": "object"}}}},
                        **ERROR_RESPONSES,
                        409: {"model": ErrorModel, "description": "device key already enrolled"},
                        429: {"model": ErrorModel, "description": "too many wrong codes"}},
             openapi_extra=json_body(_REQUEST_SCHEMA, "the enrolment request made by "
                                     "sync.enrolment.build_enrolment_request"))
async def enrol(request: Request) -> Response:
    """Enrol a device with a one-time code; the answer is signed by the server key."""
    try:
        body = await read_body(request, MAX_ENROL_BODY)
    except TooLarge:
        return error_response(413, "too_large", "the request body is too large")
    except ClientDisconnect:
        # The link dropped mid-body: nobody is left to answer and nothing was changed.
        return Response(status_code=400)
    source = request.client.host if request.client is not None else "unknown"
    return await run_in_threadpool(_enrol, request.app, body, source)
