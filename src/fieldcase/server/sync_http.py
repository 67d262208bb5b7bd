"""HTTP plumbing shared by the enrolment and sync routes: bodies in, bodies and errors out.

- Request bodies are read with a size cap (413 past it, before reading the rest); a
  ``Content-Encoding: zstd`` body is streamed out and abandoned past the route's byte bound
  (``sync.protocol_bounds``), an unencoded one is taken as JSON; any other encoding is
  refused. The JSON is then read within the route's bounds (size, values, depth, lengths,
  strict text), before any object of the protocol is built from it.
- Every error is a small uncompressed JSON body ``{"kind", "message"}`` plus, when they
  apply, ``skew_seconds`` (stale timestamp), ``wipe`` (revoked device: the signed instruction)
  and ``retry_after_seconds`` (rate limited, or signed before the server started). Messages
  never hold case content or names.
- The signed path is the raw path and query exactly as sent (``scope["raw_path"]``).
"""

from __future__ import annotations

from typing import Final

from fastapi import Request, Response
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from fieldcase.server.auth import AuthError, IncomingRequest
from fieldcase.sync.protocol import BodyTooLarge, Message, decompress
from fieldcase.sync.protocol_bounds import PUSH_BOUNDS, Bounds, read_json
from fieldcase.sync.signing import SIGNED_HEADERS

MAX_WIRE_BODY: Final = PUSH_BOUNDS.max_bytes + PUSH_BOUNDS.max_bytes // 64
"""Largest request body as sent: the push bound, plus what zstd adds to text it cannot
compress."""
MAX_ENROL_BODY: Final = 4096
ZSTD: Final = "zstd"
NEW_SESSION_HEADER: Final = "X-FieldCase-New-Session"


class TooLarge(Exception):
    """A body over the limit (HTTP 413)."""


class BadEncoding(Exception):
    """A Content-Encoding this server does not speak (HTTP 400)."""


class ErrorModel(BaseModel):
    """The error body (documentation of what ``error_response`` sends)."""

    kind: str
    message: str
    skew_seconds: int | None = None
    wipe: str | None = None
    retry_after_seconds: int | None = None


def error_response(status: int, kind: str, message: str, *,
                   extra: dict[str, str | int] | None = None,
                   headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(status_code=status, content={"kind": kind, "message": message,
                                                     **(extra or {})}, headers=headers)


def auth_error_response(error: AuthError) -> JSONResponse:
    extra: dict[str, str | int] = {}
    if error.skew_seconds is not None:
        extra["skew_seconds"] = error.skew_seconds
    if error.wipe is not None:
        extra["wipe"] = error.wipe.decode("ascii")
    headers = None
    if error.retry_after_seconds is not None:
        extra["retry_after_seconds"] = error.retry_after_seconds
        headers = {"Retry-After": str(error.retry_after_seconds)}
    return error_response(error.http_status, error.kind.value, str(error), extra=extra,
                          headers=headers)


async def read_body(request: Request, limit: int) -> bytes:
    """The body, refusing one longer than ``limit`` (by Content-Length, or while reading)."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise TooLarge
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise TooLarge
        chunks.append(chunk)
    return b"".join(chunks)


def raw_path(request: Request) -> str:
    """The path and query as the client sent them (what it signed)."""
    path = request.scope.get("raw_path") or request.scope["path"].encode()
    query = request.scope.get("query_string", b"")
    text = bytes(path).decode("latin-1")
    return f"{text}?{bytes(query).decode('latin-1')}" if query else text


def incoming(request: Request, body: bytes) -> IncomingRequest:
    return IncomingRequest(request.method, raw_path(request), dict(request.headers), body)


def decode_body(body: bytes, content_encoding: str | None, bounds: Bounds) -> object:
    """The JSON value of a message body, read within ``bounds``.

    Raises TooLarge for a body past the bounds, BadEncoding for an unknown encoding,
    ProtocolError for anything malformed."""
    encoding = (content_encoding or "identity").strip().lower()
    try:
        if encoding == ZSTD:
            body = decompress(body, max_size=bounds.max_bytes)
        elif encoding != "identity":
            raise BadEncoding
        return read_json(body, bounds)
    except BodyTooLarge:
        raise TooLarge from None


def message_response(message: Message, headers: dict[str, str] | None = None) -> Response:
    """A 200 answer: compact JSON, zstd-compressed."""
    return Response(content=message.to_bytes(compressed=True), media_type="application/json",
                    headers={"Content-Encoding": ZSTD, **(headers or {})})


SIGNED_HEADER_PARAMETERS: Final = [
    {"name": name, "in": "header", "required": True, "schema": {"type": "string"}}
    for name in SIGNED_HEADERS
]

ERROR_RESPONSES: Final[dict[int | str, dict[str, object]]] = {
    status: {"model": ErrorModel, "description": text} for status, text in (
        (400, "malformed request, protocol or validation error"),
        (401, "authentication refused (kind says why; stale_timestamp carries skew_seconds)"),
        (404, "not found"),
        (410, "device revoked: the body carries the signed wipe instruction"),
        (413, "body past the route's bounds: bytes, values, depth, lengths (docs/sync.md)"),
        (503, "database unavailable: retry later"),
    )
}


def json_body(schema: dict[str, object], description: str) -> dict[str, object]:
    """An OpenAPI ``requestBody`` for a route that reads the raw body itself."""
    return {"requestBody": {"required": True, "description": description,
                            "content": {"application/json": {"schema": schema}}}}
