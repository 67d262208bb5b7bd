"""``GET /v1/services``: the service directory for the calling device's site.

Signed and checked like ``/v1/policy`` (``server.signed_call.run_signed``: the nonce commits
with the read, a revoked device gets its signed wipe). The answer is JSON
(``PublishedDirectory.to_json``): ``{"directory": {directory file}, "version": N,
"updated_at": ...}``, with ``ETag: "N"``; a request whose ``If-None-Match`` names the current
version gets ``304`` and no body. Version 0 is an organisation that publishes no directory
(its devices keep the bundled sample).

Devices ask only when the pull's answer carries a directory version other than the one they
hold (docs/sync.md, "Service directory"), so this route adds nothing to the no-op sync.
"""

from __future__ import annotations

from typing import Final

import sqlalchemy as sa
from fastapi import APIRouter, FastAPI, Request, Response
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect

from fieldcase.server import service_directory
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

router = APIRouter(tags=["services"])

SERVICES_PATH: Final = "/v1/services"
MAX_SERVICES_REQUEST_BODY: Final = 64  # a GET: the body is empty
_SERVICES_SCHEMA: Final = {
    "type": "object", "required": ["directory", "version", "updated_at"],
    "properties": {
        "directory": {"type": "object", "required": ["format", "version", "services"],
                      "properties": {"format": {"type": "string"},
                                     "version": {"type": "integer"},
                                     "services": {"type": "array",
                                                  "items": {"type": "object"}}}},
        "version": {"type": "integer", "minimum": 0},
        "updated_at": {"type": ["string", "null"], "format": "date-time"},
    },
}


def etag(version: int) -> str:
    return f'"{version}"'


def _answer(app: FastAPI, request: IncomingRequest, if_none_match: str | None) -> Response:
    """Authenticate, then read the directory, in one transaction (the nonce commits with it)."""
    try:
        published, headers = run_signed(
            app, request, lambda conn, user, _now: service_directory.published(
                conn, user.org_id, user.site_id))
    except AuthError as error:
        return auth_error_response(error)
    except (sa.exc.OperationalError, KeyFileError):
        return error_response(503, "unavailable", "the server cannot serve this now; "
                              "retry later (nothing was changed)")
    tag = etag(published.version)
    if if_none_match is not None and tag in (t.strip() for t in if_none_match.split(",")):
        return Response(status_code=304, headers={**headers, "ETag": tag})
    return JSONResponse(published.to_json(), headers={**headers, "ETag": tag})


@router.get(SERVICES_PATH, response_class=Response,
            responses={200: {"description": "the service directory of the device's site, its "
                                            "version and when it last changed",
                             "content": {"application/json": {"schema": _SERVICES_SCHEMA}}},
                       304: {"description": "If-None-Match names the current version"},
                       **ERROR_RESPONSES},
            openapi_extra={"parameters": SIGNED_HEADER_PARAMETERS})
async def services(request: Request) -> Response:
    """The calling device's service directory (the services of its user's site)."""
    try:
        body = await read_body(request, MAX_SERVICES_REQUEST_BODY)
    except TooLarge:
        return error_response(413, "too_large", "this request takes no body")
    except ClientDisconnect:
        return Response(status_code=400)  # nobody is left to answer
    return await run_in_threadpool(_answer, request.app, incoming(request, body),
                                   request.headers.get("if-none-match"))
