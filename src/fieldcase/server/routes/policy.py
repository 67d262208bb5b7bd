"""``GET /v1/policy``: the security policy of the calling device's organisation.

Signed and checked like sync requests (``server.auth.RequestVerifier`` over the raw path and
the empty body, nonce stored in the same transaction), so only an enrolled, active device with
a valid session learns its organisation's policy, and a revoked one gets the signed wipe (410)
instead. The answer is small uncompressed JSON (``PublishedPolicy.to_json``):
``{"policy": {...}, "version": N, "updated_at": "..." | null}``; version 0 means the
organisation never set one and these are the built-in defaults.

Devices ask at enrolment and then at most once a day after a successful sync (docs/sync.md,
"Organisation policy"), so this route adds nothing to the no-op sync.
"""

from __future__ import annotations

from typing import Final

import sqlalchemy as sa
from fastapi import APIRouter, FastAPI, Request, Response
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect

from fieldcase.server import admin
from fieldcase.server.auth import AuthError, IncomingRequest
from fieldcase.server.keys_file import KeyFileError
from fieldcase.server.signed_call import run_signed
from fieldcase.server.sync_http import (
    ERROR_RESPONSES,
    SIGNED_HEADER_PARAMETERS,
    TooLarge,
    auth_error_response,
    error_response,
    incoming,
    read_body,
)

router = APIRouter(tags=["policy"])

POLICY_PATH: Final = "/v1/policy"
MAX_POLICY_REQUEST_BODY: Final = 64  # a GET: the body is empty
_POLICY_SCHEMA: Final = {
    "type": "object", "required": ["policy", "version", "updated_at"],
    "properties": {
        "policy": {"type": "object", "required": ["max_offline_days", "warn_days",
                                                  "auto_lock_minutes", "sync_interval_minutes"],
                   "properties": {"max_offline_days": {"type": "integer"},
                                  "warn_days": {"type": "integer"},
                                  "auto_lock_minutes": {"type": "integer"},
                                  "sync_interval_minutes": {"type": "integer"},
                                  "retention_months_after_closure": {
                                      "type": ["integer", "null"], "minimum": 1},
                                  "duress": {"enum": ["user", "on", "off"]},
                                  "quick_wipe": {"enum": ["user", "on", "off"]}}},
        "version": {"type": "integer", "minimum": 0},
        "updated_at": {"type": ["string", "null"], "format": "date-time"},
    },
}


def _answer(app: FastAPI, request: IncomingRequest) -> Response:
    """Authenticate, then read the policy, in one transaction (the nonce commits with it)."""
    try:
        published, headers = run_signed(
            app, request, lambda conn, user, _now: admin.org_policy(conn, user.org_id))
        return JSONResponse(published.to_json(), headers=headers)
    except AuthError as error:
        return auth_error_response(error)
    except (sa.exc.OperationalError, KeyFileError):
        return error_response(503, "unavailable", "the server cannot serve this now; "
                              "retry later (nothing was changed)")


@router.get(POLICY_PATH, response_class=Response,
            responses={200: {"description": "the organisation's policy, its version and when "
                                            "it last changed",
                             "content": {"application/json": {"schema": _POLICY_SCHEMA}}},
                       **ERROR_RESPONSES},
            openapi_extra={"parameters": SIGNED_HEADER_PARAMETERS})
async def policy(request: Request) -> Response:
    """The calling device's organisation policy (offline lease, auto-lock, sync interval)."""
    try:
        body = await read_body(request, MAX_POLICY_REQUEST_BODY)
    except TooLarge:
        return error_response(413, "too_large", "this request takes no body")
    except ClientDisconnect:
        return Response(status_code=400)  # nobody is left to answer
    return await run_in_threadpool(_answer, request.app, incoming(request, body))
