"""``/v1/attachments/{id}``: resumable, chunked upload and download of sealed attachment files.

Signed and checked like sync requests (``server.auth.RequestVerifier``, over the raw path and
the exact body), one database transaction per request, committed before the answer. The work
and the rules are in ``server.attachments_store``; docs/attachments.md has the contract.

- ``POST /v1/attachments/{id}``: declare or resume an upload (JSON); answers the chunks held.
- ``PUT /v1/attachments/{id}/chunks/{index}``: one sealed chunk (``application/octet-stream``).
- ``GET /v1/attachments/{id}``: the manifest: layout, per-file key, chunks held, complete.
- ``GET /v1/attachments/{id}/chunks/{index}``: one sealed chunk of a complete upload.

Errors are the sync routes' JSON bodies; an attachment the device may not see is 404.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Final

import sqlalchemy as sa
from fastapi import APIRouter, FastAPI, Request, Response
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from fieldcase.server import attachments_store as store
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
    json_body,
    read_body,
)
from fieldcase.server.sync_store import DeviceUser
from fieldcase.sync.protocol import ProtocolError
from fieldcase.sync.protocol_bounds import REQUEST_BOUNDS, read_json

router = APIRouter(tags=["attachments"])

ATTACHMENT_PATH: Final = "/v1/attachments/{attachment_id}"
CHUNK_PATH: Final = ATTACHMENT_PATH + "/chunks/{index}"
MAX_DECLARATION_BODY: Final = 4096
MAX_CHUNK_BODY: Final = store.MAX_CHUNK_SIZE + store.OVERHEAD

_DECLARATION_SCHEMA: Final = {
    "type": "object", "additionalProperties": False,
    "required": ["case", "key", "chunks", "chunk_size", "size"],
    "properties": {"case": {"type": "string", "format": "uuid"},
                   "key": {"type": "string", "pattern": "^[A-Za-z0-9_-]{43}$"},
                   "chunks": {"type": "integer", "minimum": 1},
                   "chunk_size": {"type": "integer", "minimum": store.MIN_CHUNK_SIZE,
                                  "maximum": store.MAX_CHUNK_SIZE},
                   "size": {"type": "integer", "minimum": store.OVERHEAD}},
}
_JSON_OK: Final[dict[int | str, dict[str, object]]] = {
    200: {"description": "JSON", "content": {"application/json": {"schema": {"type": "object"}}}},
}
_BYTES_OK: Final[dict[int | str, dict[str, object]]] = {
    200: {"description": "one sealed chunk",
          "content": {"application/octet-stream": {"schema": {"type": "string",
                                                              "format": "binary"}}}},
}
_CONFLICT: Final[dict[int | str, dict[str, object]]] = {
    409: {"description": "declared differently before, or complete and unchangeable"},
}

Handler = Callable[[sa.Connection, DeviceUser, datetime], Response]


def _run(app: FastAPI, request: IncomingRequest, handle: Handler) -> Response:
    try:
        answer, headers = run_signed(app, request, handle)
        answer.headers.update(headers)
        return answer
    except AuthError as error:
        return auth_error_response(error)
    except store.AttachmentRefused as error:
        return error_response(error.status, error.kind, str(error))
    except (sa.exc.OperationalError, KeyFileError):
        return error_response(503, "unavailable", "the server cannot serve this now; "
                              "retry later (nothing was changed)")


async def _serve(request: Request, limit: int, handle: Callable[[bytes], Handler]) -> Response:
    try:
        body = await read_body(request, limit)
    except TooLarge:
        return error_response(413, "too_large", "the request body is too large")
    return await run_in_threadpool(_run, request.app, incoming(request, body), handle(body))


def _json_answer(value: dict[str, object]) -> Response:
    return JSONResponse(value)


def _declaration(body: bytes) -> object:
    try:
        return read_json(body, REQUEST_BOUNDS)
    except ProtocolError:
        raise store.AttachmentRefused(400, "malformed", "the body must be JSON within the "
                                      "request bounds") from None


@router.post(ATTACHMENT_PATH, response_class=Response,
             responses={**_JSON_OK, **ERROR_RESPONSES, **_CONFLICT},
             openapi_extra={**json_body(_DECLARATION_SCHEMA, "the upload's layout and "
                                        "per-file key (docs/attachments.md)"),
                            "parameters": SIGNED_HEADER_PARAMETERS})
async def start_upload(attachment_id: str, request: Request) -> Response:
    """Declare an upload, or repeat the declaration to resume one: the answer lists the chunk
    indexes already stored and whether the upload is complete."""
    def handler(body: bytes) -> Handler:
        def handle(conn: sa.Connection, user: DeviceUser, now: datetime) -> Response:
            declared = store.parse_declaration(_declaration(body))
            return _json_answer(store.start_upload(conn, user, store.parse_id(attachment_id),
                                                   declared, now=now))
        return handle
    return await _serve(request, MAX_DECLARATION_BODY, handler)


@router.put(CHUNK_PATH, response_class=Response,
            responses={**_JSON_OK, **ERROR_RESPONSES, **_CONFLICT},
            openapi_extra={"requestBody": {"required": True, "description": "one sealed chunk",
                                           "content": {"application/octet-stream": {
                                               "schema": {"type": "string",
                                                          "format": "binary"}}}},
                           "parameters": SIGNED_HEADER_PARAMETERS})
async def put_chunk(attachment_id: str, index: str, request: Request) -> Response:
    """Store one sealed chunk; sending the same chunk again is harmless."""
    def handler(body: bytes) -> Handler:
        def handle(conn: sa.Connection, user: DeviceUser, now: datetime) -> Response:
            del now
            return _json_answer(store.put_chunk(conn, user, store.parse_id(attachment_id),
                                                store.parse_index(index), body))
        return handle
    return await _serve(request, MAX_CHUNK_BODY, handler)


@router.get(ATTACHMENT_PATH, response_class=Response,
            responses={**_JSON_OK, **ERROR_RESPONSES},
            openapi_extra={"parameters": SIGNED_HEADER_PARAMETERS})
async def get_manifest(attachment_id: str, request: Request) -> Response:
    """The attachment's layout, per-file key and progress, for a device that may see it."""
    def handler(body: bytes) -> Handler:
        def handle(conn: sa.Connection, user: DeviceUser, now: datetime) -> Response:
            del now
            return _json_answer(store.manifest(conn, user, store.parse_id(attachment_id)))
        return handle
    return await _serve(request, 0, handler)


@router.get(CHUNK_PATH, response_class=Response,
            responses={**_BYTES_OK, **ERROR_RESPONSES},
            openapi_extra={"parameters": SIGNED_HEADER_PARAMETERS})
async def get_chunk(attachment_id: str, index: str, request: Request) -> Response:
    """One sealed chunk of a complete upload."""
    def handler(body: bytes) -> Handler:
        def handle(conn: sa.Connection, user: DeviceUser, now: datetime) -> Response:
            del now
            data = store.read_chunk(conn, user, store.parse_id(attachment_id),
                                    store.parse_index(index))
            return Response(content=data, media_type="application/octet-stream")
        return handle
    return await _serve(request, 0, handler)
