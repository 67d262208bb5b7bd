"""``POST /v1/sync/push`` and ``POST /v1/sync/pull``: signed, zstd-compressed sync requests.

Each request runs in one database transaction that is committed *before* the answer is sent,
so an acknowledgement the device receives is always durable (and a lost one is repaired by
pushing again: idempotent by change id). Order inside it: check the signature and the rest
(``server.auth.RequestVerifier``: its nonce goes into the same transaction), decode the body,
then push or pull (``server.sync_push`` / ``server.sync_pull``). See docs/sync.md, "HTTP".
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import datetime
from typing import Final

import sqlalchemy as sa
from fastapi import APIRouter, FastAPI, Request, Response
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect

from fieldcase.domain.merge import RECORD_KINDS
from fieldcase.server import audit_log, sync_acks, sync_pull, sync_push
from fieldcase.server.auth import AuthError, IncomingRequest
from fieldcase.server.db import checkpoint_after_erasure
from fieldcase.server.feed import FeedError
from fieldcase.server.keys_file import KeyFileError
from fieldcase.server.signed_call import run_signed
from fieldcase.server.sync_http import (
    ERROR_RESPONSES,
    MAX_WIRE_BODY,
    SIGNED_HEADER_PARAMETERS,
    BadEncoding,
    TooLarge,
    auth_error_response,
    decode_body,
    error_response,
    incoming,
    json_body,
    message_response,
    read_body,
)
from fieldcase.server.sync_store import DeviceUser
from fieldcase.sync.protocol import (
    MAX_BATCH,
    MAX_PULL,
    Message,
    ProtocolError,
    PullRequest,
    PushRequest,
)
from fieldcase.sync.protocol_audit import MAX_AUDIT_EVENTS
from fieldcase.sync.protocol_bounds import PULL_BOUNDS, PUSH_BOUNDS, Bounds
from fieldcase.sync.protocol_json import MAX_FIELDS

router = APIRouter(tags=["sync"])

PUSH_PATH: Final = "/v1/sync/push"
PULL_PATH: Final = "/v1/sync/pull"

_UUID7: Final = {"type": "string",
                 "pattern": "^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"}
_STAMP: Final = {"type": "string", "pattern": "^[0-9a-f]{12}-[0-9a-f]{8}-[A-Za-z0-9._-]{1,64}$"}
_CHANGE_SCHEMA: Final = {
    "type": "object", "required": ["i", "c", "r", "k", "o", "s", "a"],
    "additionalProperties": False,
    "properties": {
        "i": _UUID7, "c": _UUID7, "r": _UUID7, "k": {"enum": sorted(RECORD_KINDS)},
        "o": {"enum": ["u", "d", "p"]}, "s": _STAMP,
        "a": {"type": "string", "minLength": 1, "maxLength": 200},
        "f": {"type": "object", "maxProperties": MAX_FIELDS, "additionalProperties": {
            "type": "array", "minItems": 1, "maxItems": 2}},
        "x": {"type": "array", "items": _STAMP},
    },
}
_LAST_ACKNOWLEDGED: Final = {"anyOf": [_UUID7, {"const": ""}],
                              "description": "the last change id the device recorded as "
                              "acknowledged (\"\" for none): docs/sync.md"}
_PUSH_SCHEMA: Final = {
    "type": "object", "required": ["d", "b", "ch"], "additionalProperties": False,
    "properties": {"d": {"type": "string", "pattern": "^[A-Za-z0-9._-]{1,64}$"}, "b": _UUID7,
                   "ch": {"type": "array", "maxItems": MAX_BATCH, "items": _CHANGE_SCHEMA},
                   "la": _LAST_ACKNOWLEDGED},
}
_HASH: Final = {"type": "string", "pattern": "^[0-9a-f]{64}$"}
_AUDIT_EVENT_SCHEMA: Final = {
    "type": "object", "required": ["q", "i", "t", "h", "u", "a", "c", "x", "p", "z"],
    "additionalProperties": False,
    "properties": {
        "q": {"type": "integer", "minimum": 1}, "i": _UUID7,
        "t": {"type": "string", "maxLength": 40}, "h": _STAMP,
        "u": {"type": "string", "minLength": 1, "maxLength": 200},
        "a": {"type": "string", "pattern": "^[A-Za-z0-9._~-]{1,200}$"},
        "c": {"anyOf": [_UUID7, {"type": "null"}]}, "x": {"type": "object"},
        "p": _HASH, "z": _HASH,
    },
}
_PULL_SCHEMA: Final = {
    "type": "object", "required": ["cur", "n"], "additionalProperties": False,
    "properties": {"cur": {"type": "string", "pattern": "^[A-Za-z0-9._~-]{0,200}$"},
                   "n": {"type": "integer", "minimum": 1, "maximum": MAX_PULL},
                   "la": _LAST_ACKNOWLEDGED,
                   "fg": {"type": "array", "maxItems": MAX_BATCH, "items": _UUID7,
                          "description": "cases this device forgot by retention: sent whole "
                                         "when they next change (docs/sync.md)"},
                   "au": {"type": "array", "maxItems": MAX_AUDIT_EVENTS,
                          "items": _AUDIT_EVENT_SCHEMA,
                          "description": "the device's next audit events, consecutive, "
                                         "with their hash chain (docs/sync.md, \"Audit "
                                         "log\")"},
                   "fr": {"const": True,
                          "description": "with the empty cursor only: the device holds no "
                                         "case (travel mode), send every case whole "
                                         "(docs/sync.md)"},
                   "w": {"const": True,
                         "description": "send cases entering the device's scope that it "
                                        "does not hold as their merged state (w in the "
                                        "answer), not their history (docs/sync.md, \"Cases "
                                        "sent whole\")"}},
}
_OK: Final[dict[int | str, dict[str, object]]] = {
    200: {"description": "the answer message, compact JSON compressed with zstd "
                         "(Content-Encoding: zstd)",
          "content": {"application/json": {"schema": {"type": "object"}}}},
}

Handler = Callable[[sa.Connection, DeviceUser, object, datetime], Message]


def _run(app: FastAPI, request: IncomingRequest, encoding: str | None,
         handle: Handler, bounds: Bounds) -> Response:
    """Authenticate, decode and handle one sync request in one transaction; map errors.
    A push is judged for the person whose session it carries; a pull serves the device."""
    erasing = sync_push.ERASED.set(False)
    try:
        answer, headers = run_signed(app, request, lambda conn, user, now: handle(
            conn, user, decode_body(request.body, encoding, bounds), now),
            as_person=handle is _push)
        if sync_push.ERASED.get():  # committed: the WAL's old frames still hold the content
            checkpoint_after_erasure(app.state.engine)
        return message_response(answer, headers)
    except AuthError as error:
        return auth_error_response(error)
    except TooLarge:
        return error_response(413, "too_large", "the request body is too large")
    except BadEncoding:
        return error_response(400, "unsupported_encoding", "send zstd or unencoded JSON")
    except ProtocolError as error:
        return error_response(400, "protocol", str(error))
    except FeedError as error:
        return error_response(409 if error.kind == "change_id_taken" else 400, error.kind,
                              str(error))
    except (sa.exc.OperationalError, KeyFileError):
        return error_response(503, "unavailable", "the server cannot serve this now; "
                              "retry later (nothing was changed)")
    finally:
        sync_push.ERASED.reset(erasing)


def _push(conn: sa.Connection, user: DeviceUser, value: object, now: datetime) -> Message:
    request, malformed = PushRequest.from_json_lenient(value)
    behind = sync_acks.refuse_if_behind(user, request)
    if behind is not None:
        return behind
    return sync_acks.answer_push(conn, user, request,
                                 sync_push.push(conn, user, request, malformed, now=now))


def _pull(conn: sa.Connection, user: DeviceUser, value: object, now: datetime) -> Message:
    request = PullRequest.from_json(value)
    answer = sync_acks.answer_pull(user, request, sync_pull.pull(conn, user, request))
    if not request.audit:
        return answer
    received = audit_log.receive(conn, user, request.audit, now)  # after pull locked the device
    return dataclasses.replace(answer, audit_held=received.held,
                               audit_refused=received.refused)


async def _serve(request: Request, handle: Handler, bounds: Bounds) -> Response:
    try:
        body = await read_body(request, MAX_WIRE_BODY)
    except TooLarge:
        return error_response(413, "too_large", "the request body is too large")
    except ClientDisconnect:
        # The link dropped mid-body: nobody is left to answer and nothing was changed.
        return Response(status_code=400)
    return await run_in_threadpool(_run, request.app, incoming(request, body),
                                   request.headers.get("content-encoding"), handle, bounds)


@router.post(PUSH_PATH, responses={**_OK, **ERROR_RESPONSES}, response_class=Response,
             openapi_extra={**json_body(_PUSH_SCHEMA, "PushRequest (docs/sync.md), "
                                        "compact JSON, zstd-compressed"),
                            "parameters": SIGNED_HEADER_PARAMETERS})
async def push(request: Request) -> Response:
    """Send outbox changes; the answer acknowledges, rejects (with reasons) and lists the
    conflicts this push opened. Safe to repeat: idempotent by change id."""
    return await _serve(request, _push, PUSH_BOUNDS)


@router.post(PULL_PATH, responses={**_OK, **ERROR_RESPONSES}, response_class=Response,
             openapi_extra={**json_body(_PULL_SCHEMA, "PullRequest (docs/sync.md), "
                                        "compact JSON, zstd-compressed"),
                            "parameters": SIGNED_HEADER_PARAMETERS})
async def pull(request: Request) -> Response:
    """Receive the changes in this device's scope after its cursor, whole cases that entered
    its scope, and the ids of cases that left it (purge them); hand in the device's next
    audit events (``au``), acknowledged by the last one held (``ah``)."""
    return await _serve(request, _pull, PULL_BOUNDS)
