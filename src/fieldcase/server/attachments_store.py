"""The server's side of attachments: sealed chunks and per-file keys, authorized like sync.

Where the bytes live: in the database (``attachment_chunks``, ``bytea`` on PostgreSQL, BLOB on
SQLite), not in files. The server is stateless behind a load balancer and several processes
share one PostgreSQL; a folder would have to be shared storage as well, backed up and erased in
step with the database. In the database a chunk and the count that says an upload is complete
commit together, an erasure is one transaction, and both back ends are tested the same way.
The price is database size (what the files weigh, plus 28 bytes a chunk) and 1 MiB values
through the connection, which both back ends handle well (PostgreSQL moves them out of line
with TOAST). See docs/attachments.md.

Authorization follows the attachment's record in ``records`` (pushed by the device before
it uploads, as the case document lists the file): the record must exist in the device's
organisation, be an ``attachment`` of the named case, and not be deleted or erased. Upload
needs ``edit_case`` on the case's scope, download ``view_case``, and a ``document_scan``
``view_confidential`` too. Every refusal is 404, exactly as for an attachment that does not
exist: another team's attachment id is never confirmed.

The server never decrypts a chunk: it checks positions and lengths only.
"""

from __future__ import annotations

import base64
import binascii
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Final

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from fieldcase.domain.policy import Action, decide
from fieldcase.server.db import attachment_chunks, attachments, records
from fieldcase.server.sync_authz import context
from fieldcase.server.sync_state import CaseScope
from fieldcase.server.sync_store import DeviceUser

OVERHEAD: Final = 28  # nonce 12 + GCM tag 16 per chunk
MIN_CHUNK_SIZE: Final = 1024
MAX_CHUNK_SIZE: Final = 4 * 1024 * 1024
MAX_SEALED_SIZE: Final = 4 * 1024 * 1024 * 1024
KEY_BYTES: Final = 32
CONFIDENTIAL_KINDS: Final = frozenset({"document_scan"})


class AttachmentRefused(Exception):
    """A refused attachment request: HTTP ``status``, ``kind``, and a message naming the
    field (never content)."""

    def __init__(self, status: int, kind: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.kind = kind


def _not_found() -> AttachmentRefused:
    return AttachmentRefused(404, "not_found", "no such attachment")


def parse_id(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text)
    except ValueError:
        raise _not_found() from None


def parse_index(text: str) -> int:
    if not (text.isascii() and text.isdigit() and len(text) <= 9):
        raise AttachmentRefused(400, "malformed", "the chunk index must be a whole number")
    return int(text)


@dataclass(frozen=True, slots=True)
class Target:
    attachment_id: uuid.UUID
    case_id: uuid.UUID
    scope: CaseScope
    confidential: bool


def _heads_kinds(fields: Mapping[str, object]) -> set[object]:
    """Every value the record's ``kind`` field shows (all sides of a conflict)."""
    found: set[object] = set()
    field_states = fields.get("f")
    if isinstance(field_states, dict):
        kind = field_states.get("kind")
        if isinstance(kind, dict) and isinstance(kind.get("h"), list):
            found = {head[2] for head in kind["h"] if isinstance(head, list) and len(head) == 3}
    return found


def find_target(conn: sa.Connection, user: DeviceUser, attachment_id: uuid.UUID, *,
                upload: bool) -> Target:
    """The attachment's record and case, if ``user`` may upload (or download) it; else 404."""
    row = conn.execute(sa.select(records.c.case_id, records.c.kind, records.c.fields,
                                 records.c.deleted, records.c.team_id, records.c.site_id,
                                 records.c.assigned_to, records.c.pending_site_id)
                       .where(records.c.record_id == attachment_id,
                              records.c.org_id == user.org_id)).first()
    if row is None or row.kind != "attachment" or row.deleted:
        raise _not_found()
    scope = CaseScope(row.team_id, row.site_id, row.assigned_to, row.pending_site_id)
    ctx = context(scope)
    if not decide(user.actor, Action.EDIT_CASE if upload else Action.VIEW_CASE, ctx):
        raise _not_found()
    fields = row.fields if isinstance(row.fields, dict) else {}
    confidential = bool(_heads_kinds(fields) & CONFIDENTIAL_KINDS)
    # Uploading too: whoever may not be sent a confidential part may not write its content.
    if confidential and not decide(user.actor, Action.VIEW_CONFIDENTIAL, ctx):
        raise _not_found()
    return Target(attachment_id, row.case_id, scope, confidential)


# -- layout -----------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Declared:
    """An upload's opening request, checked."""

    case_id: uuid.UUID
    file_key: bytes
    chunk_count: int
    chunk_size: int
    size: int

    def sealed_length(self, index: int) -> int:
        if index < self.chunk_count - 1:
            return self.chunk_size + OVERHEAD
        return self.size - (self.chunk_count - 1) * (self.chunk_size + OVERHEAD)


def _whole(value: object, name: str, low: int, high: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise AttachmentRefused(400, "malformed", f"{name} must be a whole number in "
                                f"{low}..{high}")
    return value


def parse_declaration(value: object) -> Declared:
    if not isinstance(value, dict) or set(value) != {"case", "key", "chunks", "chunk_size",
                                                     "size"}:
        raise AttachmentRefused(400, "malformed", "send exactly case, key, chunks, "
                                "chunk_size and size")
    case_text, key_text = value["case"], value["key"]
    if not isinstance(case_text, str) or not isinstance(key_text, str):
        raise AttachmentRefused(400, "malformed", "case and key must be text")
    try:
        case_id = uuid.UUID(case_text)
        file_key = base64.urlsafe_b64decode(key_text + "=" * (-len(key_text) % 4))
    except (ValueError, binascii.Error):
        raise AttachmentRefused(400, "malformed", "case must be a UUID and key base64url") \
            from None
    if len(file_key) != KEY_BYTES:
        raise AttachmentRefused(400, "malformed", "key must be 32 bytes")
    chunk_size = _whole(value["chunk_size"], "chunk_size", MIN_CHUNK_SIZE, MAX_CHUNK_SIZE)
    count = _whole(value["chunks"], "chunks", 1, MAX_SEALED_SIZE // (MIN_CHUNK_SIZE + OVERHEAD))
    size = _whole(value["size"], "size", OVERHEAD, MAX_SEALED_SIZE)
    declared = Declared(case_id, file_key, count, chunk_size, size)
    if not OVERHEAD <= declared.sealed_length(count - 1) <= chunk_size + OVERHEAD:
        raise AttachmentRefused(400, "malformed", "size does not fit chunks and chunk_size")
    return declared


# -- the four operations ------------------------------------------------------------------------

def _row(conn: sa.Connection, attachment_id: uuid.UUID) -> sa.Row[tuple[object, ...]] | None:
    return conn.execute(sa.select(attachments).where(attachments.c.id == attachment_id)).first()


def _have(conn: sa.Connection, attachment_id: uuid.UUID) -> list[int]:
    return [int(r[0]) for r in conn.execute(
        sa.select(attachment_chunks.c.idx).where(attachment_chunks.c.attachment_id ==
                                                 attachment_id).order_by(attachment_chunks.c.idx))]


def _settle(conn: sa.Connection, attachment_id: uuid.UUID, count: int,
            have: list[int]) -> bool:
    """Mark the upload complete once every chunk is stored; True when it is."""
    if len(have) != count:
        return False
    conn.execute(sa.update(attachments).where(attachments.c.id == attachment_id)
                 .values(complete=True))
    return True


def start_upload(conn: sa.Connection, user: DeviceUser, attachment_id: uuid.UUID,
                 declared: Declared, *, now: datetime) -> dict[str, object]:
    """Declare an upload, or re-declare it to resume: answers the chunks already stored."""
    target = find_target(conn, user, attachment_id, upload=True)
    if target.case_id != declared.case_id:
        raise _not_found()
    insert = (postgresql.insert(attachments) if conn.dialect.name == "postgresql"
              else sqlite.insert(attachments))
    conn.execute(insert.values(
        id=attachment_id, org_id=user.org_id, case_id=declared.case_id,
        chunk_size=declared.chunk_size, chunk_count=declared.chunk_count, size=declared.size,
        file_key=declared.file_key, complete=False, device_id=user.device_id, created_at=now,
    ).on_conflict_do_nothing(index_elements=[attachments.c.id]))
    row = _row(conn, attachment_id)
    assert row is not None
    m = row._mapping
    if (m["chunk_size"], m["chunk_count"], m["size"], bytes(m["file_key"])) != (
            declared.chunk_size, declared.chunk_count, declared.size, declared.file_key):
        raise AttachmentRefused(409, "mismatch", "this attachment was declared with another "
                                "layout or key")
    have = _have(conn, attachment_id)
    complete = bool(m["complete"]) or _settle(conn, attachment_id, declared.chunk_count, have)
    return {"have": have, "complete": complete}


def _declared(row: sa.Row[tuple[object, ...]]) -> Declared:
    m = row._mapping
    return Declared(m["case_id"], bytes(m["file_key"]), m["chunk_count"], m["chunk_size"],
                    m["size"])


def put_chunk(conn: sa.Connection, user: DeviceUser, attachment_id: uuid.UUID, index: int,
              data: bytes) -> dict[str, object]:
    """Store one sealed chunk (again, harmlessly, if it is the same bytes)."""
    target = find_target(conn, user, attachment_id, upload=True)
    row = _row(conn, attachment_id)
    if row is None or row.case_id != target.case_id:
        raise _not_found()
    declared = _declared(row)
    if not 0 <= index < declared.chunk_count:
        raise AttachmentRefused(400, "malformed", "the chunk index is outside the file")
    if len(data) != declared.sealed_length(index):
        raise AttachmentRefused(400, "malformed", f"chunk {index} must be "
                                f"{declared.sealed_length(index)} bytes")
    stored = conn.execute(sa.select(attachment_chunks.c.data).where(
        attachment_chunks.c.attachment_id == attachment_id,
        attachment_chunks.c.idx == index)).first()
    if stored is not None and bytes(stored[0]) != data:
        if row.complete:
            raise AttachmentRefused(409, "complete", "this attachment is complete; its "
                                    "chunks cannot change")
        conn.execute(sa.update(attachment_chunks).where(
            attachment_chunks.c.attachment_id == attachment_id,
            attachment_chunks.c.idx == index).values(data=data))
    elif stored is None:
        insert = (postgresql.insert(attachment_chunks) if conn.dialect.name == "postgresql"
                  else sqlite.insert(attachment_chunks))
        conn.execute(insert.values(attachment_id=attachment_id, idx=index, data=data)
                     .on_conflict_do_nothing(index_elements=[attachment_chunks.c.attachment_id,
                                                             attachment_chunks.c.idx]))
    have = _have(conn, attachment_id)
    complete = bool(row.complete) or _settle(conn, attachment_id, declared.chunk_count, have)
    return {"have": len(have), "complete": complete}


def manifest(conn: sa.Connection, user: DeviceUser, attachment_id: uuid.UUID
             ) -> dict[str, object]:
    target = find_target(conn, user, attachment_id, upload=False)
    row = _row(conn, attachment_id)
    if row is None or row.case_id != target.case_id:
        raise _not_found()
    declared = _declared(row)
    return {"case": str(declared.case_id),
            "key": base64.urlsafe_b64encode(declared.file_key).rstrip(b"=").decode("ascii"),
            "chunks": declared.chunk_count, "chunk_size": declared.chunk_size,
            "size": declared.size, "have": _have(conn, attachment_id),
            "complete": bool(row.complete)}


def read_chunk(conn: sa.Connection, user: DeviceUser, attachment_id: uuid.UUID,
               index: int) -> bytes:
    target = find_target(conn, user, attachment_id, upload=False)
    row = _row(conn, attachment_id)
    if row is None or row.case_id != target.case_id or not row.complete:
        raise _not_found()
    found = conn.execute(sa.select(attachment_chunks.c.data).where(
        attachment_chunks.c.attachment_id == attachment_id,
        attachment_chunks.c.idx == index)).first()
    if found is None:
        raise _not_found()
    return bytes(found[0])


# -- erasure ------------------------------------------------------------------------------------

def erase_case(conn: sa.Connection, org_id: uuid.UUID, case_id: uuid.UUID) -> int:
    """Delete every attachment of an erased case, keys and chunks; returns how many."""
    return conn.execute(sa.delete(attachments).where(
        attachments.c.org_id == org_id, attachments.c.case_id == case_id)).rowcount


def erase_orphans(conn: sa.Connection) -> int:
    """Delete attachments whose record is gone, deleted or erased (a sweep for erasure and
    removal; each deletion takes its chunks with it)."""
    live = sa.select(records.c.record_id).where(records.c.kind == "attachment",
                                                records.c.deleted.is_(False))
    return conn.execute(sa.delete(attachments).where(attachments.c.id.not_in(live))).rowcount
