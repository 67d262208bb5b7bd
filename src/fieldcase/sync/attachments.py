"""Moving attachment files: resumable, chunked, ciphertext only.

The chunks that travel are exactly the sealed chunks stored on the device
(``storage/attachments.py``): the server stores and returns them and never decrypts them. The
per-file key travels once, in the upload's opening request, and is stored by the server apart
from the chunks, so the team's other devices can open the file (docs/attachments.md explains
why the server may hold it and what that costs).

HTTP (every request signed like a sync request, ``sync.signing``, over the raw path and the
exact body; retried with backoff on connection errors and 5xx, each attempt signed afresh):

- ``POST /v1/attachments/{id}``: ``{"case", "key", "chunks", "chunk_size", "size"}``, the
  sealed size; answers ``{"have": [indexes], "complete"}``. Repeating it is how an upload
  resumes (and how its completion is confirmed).
- ``PUT /v1/attachments/{id}/chunks/{index}``: one sealed chunk, ``application/octet-stream``.
- ``GET /v1/attachments/{id}``: the manifest (the fields above plus ``have`` and
  ``complete``), 404 when the attachment is not the device's to see or not there.
- ``GET /v1/attachments/{id}/chunks/{index}``: one sealed chunk.

The attachment step of a sync, which uses this client, is ``sync/attachment_transfer.py``.
"""

from __future__ import annotations

import base64
import binascii
import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Final

import httpx

from fieldcase.storage.attachments import AttachmentError, Layout, StoredAttachment
from fieldcase.sync.client import CancelToken, RetryPolicy, SyncClient
from fieldcase.sync.errors import SyncError, SyncErrorKind
from fieldcase.sync.signing import RequestSigner

BASE_PATH: Final = "/v1/attachments"
MAX_MANIFEST_BYTES: Final = 8 * 1024 * 1024
MAX_CHUNK_BYTES: Final = 4 * 1024 * 1024 + 64


@dataclass(frozen=True, slots=True)
class Manifest:
    """What the server holds of one attachment."""

    case_id: str
    file_key: bytes = field(repr=False)
    layout: Layout
    have: frozenset[int]
    complete: bool


@dataclass(frozen=True, slots=True)
class UploadState:
    have: frozenset[int]
    complete: bool


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _protocol(message: str) -> SyncError:
    return SyncError(SyncErrorKind.PROTOCOL, f"the server's attachment answer is not in the "
                     f"expected format ({message})")


def _json(data: bytes) -> dict[str, object]:
    try:
        value = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise _protocol("not JSON") from None
    if not isinstance(value, dict):
        raise _protocol("not an object")
    return value


def _int(value: object, name: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise _protocol(f"{name} must be a whole number")
    return value


def _have(value: object) -> frozenset[int]:
    if not isinstance(value, list):
        raise _protocol("have must be a list")
    return frozenset(_int(v, "have") for v in value)


class AttachmentClient:
    """The attachment endpoints of one server for one enrolled device: four calls over the
    sync client's signed, retried transport."""

    def __init__(self, server_url: str, *, signer: RequestSigner,
                 transport: httpx.BaseTransport | None = None, timeout: float = 60.0,
                 retry: RetryPolicy | None = None, sleep: Callable[[float], None] | None = None,
                 rng: random.Random | None = None, cancel: CancelToken | None = None) -> None:
        self._client = SyncClient(server_url, signer=signer, transport=transport,
                                  timeout=timeout, retry=retry, sleep=sleep, rng=rng,
                                  cancel=cancel)

    @property
    def new_session_token(self) -> str | None:
        return self._client.new_session_token

    def __enter__(self) -> AttachmentClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self._client.close()

    # -- the four calls ------------------------------------------------------------------------

    def start_upload(self, stored: StoredAttachment, file_key: bytes) -> UploadState | None:
        """Declare (or re-declare) an upload; None when the server will not take it (the case
        entry has not reached it, or it is not this device's to change)."""
        assert stored.layout is not None
        body = json.dumps({"case": stored.case_id, "key": _b64(file_key),
                           "chunks": stored.layout.chunk_count,
                           "chunk_size": stored.layout.chunk_size,
                           "size": stored.layout.sealed_size}).encode()
        answer = self._call("POST", f"{BASE_PATH}/{stored.attachment_id}", body,
                            "application/json", MAX_MANIFEST_BYTES)
        if answer is None:
            return None
        value = _json(answer)
        return UploadState(_have(value.get("have")), value.get("complete") is True)

    def put_chunk(self, attachment_id: str, index: int, sealed: bytes) -> None:
        answer = self._call("PUT", f"{BASE_PATH}/{attachment_id}/chunks/{index}", sealed,
                            "application/octet-stream", MAX_MANIFEST_BYTES)
        if answer is None:
            raise SyncError(SyncErrorKind.PROTOCOL, "the server no longer takes this upload")

    def manifest(self, attachment_id: str) -> Manifest | None:
        answer = self._call("GET", f"{BASE_PATH}/{attachment_id}", b"", None,
                            MAX_MANIFEST_BYTES)
        if answer is None:
            return None
        value = _json(answer)
        key, case_id = value.get("key"), value.get("case")
        if not isinstance(key, str) or not isinstance(case_id, str):
            raise _protocol("key and case must be text")
        try:
            file_key = _unb64(key)
            layout = Layout.from_sealed(_int(value.get("chunk_size"), "chunk_size"),
                                        _int(value.get("chunks"), "chunks"),
                                        _int(value.get("size"), "size"))
        except (binascii.Error, ValueError, AttachmentError):
            raise _protocol("an inconsistent manifest") from None
        if len(file_key) != 32:
            raise _protocol("the key must be 32 bytes")
        return Manifest(case_id, file_key, layout, _have(value.get("have")),
                        value.get("complete") is True)

    def get_chunk(self, attachment_id: str, index: int) -> bytes:
        answer = self._call("GET", f"{BASE_PATH}/{attachment_id}/chunks/{index}", b"", None,
                            MAX_CHUNK_BYTES)
        if answer is None:
            raise SyncError(SyncErrorKind.PROTOCOL, "the server no longer has this chunk")
        return answer

    def _call(self, method: str, path: str, body: bytes, content_type: str | None,
              limit: int) -> bytes | None:
        """The answer's body, None for a 404; every call here is idempotent."""
        return self._client.send(method, path, body, content_type=content_type, limit=limit)
