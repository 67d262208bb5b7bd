"""Attachment use-cases: add a file to a case, open it (audited), remove it, and the
attachment step of a sync.

The file itself is encrypted beside the case (``storage/attachments.py``); the case document
lists it with its kind, media type, size, SHA-256 and label, and that entry syncs like any
record. Permissions follow the case: adding or removing needs ``edit_case``; opening needs
``view_case``, and for a document scan (confidential like identity documents)
``view_confidential`` as well. Every open is written to the audit log with the case and
attachment ids, never the label or content.

**Limits, checked before a byte is read.** A file larger than ``MAX_SIZE`` is refused from its
size on disk (files are held in memory whole, and moved to every device of the team), and a
program or script (by its name or its first bytes: ``MZ``, ELF, ``#!``) is refused outright: a
case file has no business carrying one, and a colleague's laptop must never be handed one.
Both are ``ValidationError``s at the new entry's ``size`` / ``media_type``, so a form shows
them beside the file's field in words.
"""

from __future__ import annotations

import mimetypes
import os
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import httpx

from fieldcase.domain import policy
from fieldcase.domain.codes import AttachmentKind
from fieldcase.domain.document import (
    CaseDocument,
    StoredDocument,
    check_no_new_problems,
    read_stored_document,
)
from fieldcase.domain.errors import ValidationError
from fieldcase.services.changes import Changes
from fieldcase.services.lease import require_working_lease
from fieldcase.services.session import Session, SessionSteps
from fieldcase.storage import cases
from fieldcase.storage.attachments import CHUNK_SIZE, AttachmentError, AttachmentFiles
from fieldcase.storage.errors import NotFound
from fieldcase.storage.keys import KeyPurpose, subkey
from fieldcase.sync.attachment_transfer import FilesProgress, TransferReport, transfer
from fieldcase.sync.attachments import AttachmentClient
from fieldcase.sync.client import CancelToken, RetryPolicy
from fieldcase.sync.signing import RequestSigner
from fieldcase.sync.steps import Through

__all__ = ["MAX_SIZE", "AttachmentError", "AttachmentInfo", "TransferReport",
           "add_attachment", "file_states", "open_attachment", "remove_attachment",
           "sync_attachments"]

CONFIDENTIAL_KINDS = frozenset({AttachmentKind.DOCUMENT_SCAN})
DEFAULT_MEDIA_TYPE = "application/octet-stream"
MAX_SIZE = 25 * 1024 * 1024
"""The largest file a case takes (25 MiB): photos and scans are a few MB; a file is read into
memory whole (docs/attachments.md, "Limits")."""
PROGRAM_SUFFIXES = frozenset({
    ".apk", ".app", ".bat", ".bin", ".cmd", ".com", ".cpl", ".dll", ".elf", ".exe", ".hta",
    ".jar", ".js", ".jse", ".lnk", ".msi", ".msp", ".ps1", ".psm1", ".py", ".scr", ".sh",
    ".so", ".vb", ".vbe", ".vbs", ".wsf"})
PROGRAM_MAGIC = (b"MZ", b"\x7fELF", b"#!")


@dataclass(frozen=True)
class AttachmentInfo:
    attachment_id: str
    case_id: str
    changes: Changes


def files(session: Session, *, chunk_size: int = CHUNK_SIZE,
          random_bytes: Callable[[int], bytes] = os.urandom) -> AttachmentFiles:
    """The profile's attachment files, keyed with the attachment sub-key of the data key."""
    return AttachmentFiles(session.store, subkey(session.data_key, KeyPurpose.ATTACHMENTS),
                           chunk_size=chunk_size, random_bytes=random_bytes)


def _load(session: Session, case_id: str) -> StoredDocument:
    return read_stored_document(cases.load_case(session.store, case_id), today=session.today())


def _context(session: Session, doc: CaseDocument) -> policy.CaseContext:
    return policy.device_context(doc, session.actor)


def _media_type(source: Path | bytes, media_type: str | None) -> str:
    if media_type is not None:
        return media_type
    if isinstance(source, Path):
        guessed, _ = mimetypes.guess_type(source.name, strict=False)
        if guessed is not None:
            return guessed.lower()
    return DEFAULT_MEDIA_TYPE


def add_attachment(session: Session, case_ref: str, path_or_bytes: Path | bytes,
                   kind: str, label: str | None = None, *, media_type: str | None = None,
                   chunk_size: int = CHUNK_SIZE,
                   random_bytes: Callable[[int], bytes] = os.urandom) -> str:
    """Encrypt a file into the profile and list it in the case; returns the attachment id.

    ``path_or_bytes`` is a path to read (its name only guesses the media type and is never
    stored) or the bytes themselves. Raises ValidationError (kind, media type, label),
    PermissionDenied, NotFound, LeaseExpired. The case entry and the key commit together; a
    failure leaves no file behind."""
    require_working_lease(session)
    case_id = cases.find_case_id(session.store, case_ref)
    loaded = _load(session, case_id)
    current = loaded.document
    policy.require(session.actor, policy.Action.EDIT_CASE, _context(session, current))
    where = f"attachments[{len(current.attachments)}]"
    _check_kind(kind, where)
    data = _read_within_limits(path_or_bytes, where)
    store = files(session, chunk_size=chunk_size, random_bytes=random_bytes)
    attachment_id = session.new_id()
    document = current.to_json()
    entry = {"id": attachment_id, "kind": kind, "media_type": _media_type(path_or_bytes,
                                                                          media_type),
             "size": len(data), "sha256": "0" * 64, "label": label}
    listed: list[object] = [a.to_json() for a in current.attachments]
    document["attachments"] = [*listed, entry]
    # The entry's fields, before any work; a case a merge left broken can still take a file.
    planned = check_no_new_problems(document, loaded.problems, today=session.today())
    policy.require_may_add_confidential(session.actor, planned, current,
                                        _context(session, planned))
    written: str | None = None
    try:
        with session.store.atomic():
            stored = store.add(attachment_id, case_id, data)
            written = stored.file_name
            entry["sha256"] = stored.sha256
            updated = check_no_new_problems(document, loaded.problems, today=session.today())
            cases.update_case(session.store, case_id, updated.to_json(),
                              author=session.actor.user)
            session.store.raw.execute("DELETE FROM attachment_scan WHERE case_id = ?",
                                      (case_id,))
            session.store.audit(session.actor.user, "attachment.add", case_id=case_id,
                                details={"attachment_id": attachment_id, "kind": kind})
    except BaseException:
        store.discard_file(written)
        raise
    return attachment_id


def _check_kind(kind: str, where: str) -> None:
    """The kind decides who may open the file (a document scan is confidential), so it is
    never guessed: a missing or unknown kind is refused."""
    if not kind:
        raise ValidationError(f"{where}.kind", "required", "choose the kind of file")
    if kind not in {k.value for k in AttachmentKind}:
        raise ValidationError(f"{where}.kind", "unknown_code", f"unknown kind {kind!r}")


def _read_within_limits(source: Path | bytes, where: str) -> bytes:
    """The file's bytes, in memory; refused by its size before it is read, and if it is a
    program (by its name, then by its first bytes)."""
    try:
        _check_size(source.stat().st_size if isinstance(source, Path) else len(source), where)
        if isinstance(source, Path) and source.suffix.lower() in PROGRAM_SUFFIXES:
            raise _program(where)
        data = source.read_bytes() if isinstance(source, Path) else source
    except OSError as error:  # gone, a folder, no permission, a drive pulled out
        raise ValidationError(f"{where}.size", "unreadable",
                              f"the file could not be read ({type(error).__name__})") from None
    _check_size(len(data), where)  # it may have grown between the two looks
    if data.startswith(PROGRAM_MAGIC):
        raise _program(where)
    return data


def _check_size(size: int, where: str) -> None:
    if size > MAX_SIZE:
        raise ValidationError(f"{where}.size", "file_too_large",
                              f"a file may hold at most {MAX_SIZE} bytes",
                              {"max": MAX_SIZE, "size": size})


def _program(where: str) -> ValidationError:
    return ValidationError(f"{where}.media_type", "program",
                           "programs and scripts are not kept in a case")


def file_states(session: Session, case_id: str) -> dict[str, str]:
    """Where each of a case's attachment files is on this device, by attachment id:
    ``pending_upload`` or ``ready`` (here), ``wanted`` or ``downloading`` (a sync is fetching
    it). An attachment the case lists but this dict lacks is not here either: the next sync
    notices it. Needs ``view_case``; reads no file and writes no audit event."""
    loaded = _load(session, cases.find_case_id(session.store, case_id))
    policy.require(session.actor, policy.Action.VIEW_CASE, _context(session, loaded.document))
    return files(session).states_of_case(str(loaded.document.id))


def _find(session: Session, attachment_id: str) -> tuple[CaseDocument, AttachmentKind]:
    row = session.store.raw.execute(
        "SELECT case_id FROM attachment_files WHERE attachment_id = ?",
        (attachment_id,)).fetchone()
    if row is None:
        raise NotFound("no attachment with that id on this device")
    doc = _load(session, str(row[0])).document
    entry = next((a for a in doc.attachments if a.id == attachment_id), None)
    if entry is None:
        raise NotFound("no attachment with that id on this device")
    return doc, entry.kind


def open_attachment(session: Session, attachment_id: str) -> bytes:
    """The file's bytes, checked (GCM tags, SHA-256); the view is audited.

    Raises PermissionDenied, NotFound, AttachmentError (``not_here``: sync first;
    ``tampered``/``truncated``/``digest_mismatch``: the file is damaged)."""
    require_working_lease(session)
    doc, kind = _find(session, attachment_id)
    context = _context(session, doc)
    policy.require(session.actor, policy.Action.VIEW_CASE, context)
    if kind in CONFIDENTIAL_KINDS:
        policy.require(session.actor, policy.Action.VIEW_CONFIDENTIAL, context)
    data = files(session).read(attachment_id)
    with session.store.atomic():
        session.store.audit(session.actor.user, "attachment.view", case_id=doc.id,
                            details={"attachment_id": attachment_id})
    return data


def remove_attachment(session: Session, attachment_id: str) -> Changes:
    """Take the attachment off its case (a journaled delete that syncs) and destroy the local
    copy: its key row goes (the file is unreadable from then on), then the file."""
    require_working_lease(session)
    doc, _ = _find(session, attachment_id)
    policy.require(session.actor, policy.Action.EDIT_CASE, _context(session, doc))
    assert doc.id is not None
    document = doc.to_json()
    document["attachments"] = [a.to_json() for a in doc.attachments if a.id != attachment_id]
    store = files(session)
    with session.store.atomic():
        cases.update_case(session.store, doc.id, document, author=session.actor.user)
        session.store.raw.execute("DELETE FROM attachment_scan WHERE case_id = ?", (doc.id,))
        name = store.forget(attachment_id)
        session.store.audit(session.actor.user, "attachment.remove", case_id=doc.id,
                            details={"attachment_id": attachment_id})
    store.discard_file(name)
    session.store.checkpoint()
    return Changes(frozenset({doc.id}), frozenset({"attachment"}))


def sync_attachments(steps: SessionSteps, server_url: str, signer: RequestSigner, *,
                     transport: httpx.BaseTransport | None = None,
                     retry: RetryPolicy | None = None,
                     sleep: Callable[[float], None] | None = None,
                     rng: random.Random | None = None,
                     cancel: CancelToken | None = None,
                     progress: FilesProgress | None = None) -> TransferReport:
    """The attachment step of a sync, after push and pull: upload what this device made,
    fetch what its cases list and it lacks, drop what no case lists any more. Resumable at
    chunk granularity. The table is reached through ``steps`` (short store steps); the bytes
    move on the caller's thread. Raises SyncError like the rest of a sync (nothing is lost)."""
    return transfer(Through(steps, files), lambda: AttachmentClient(
        server_url, signer=signer, transport=transport, retry=retry, sleep=sleep, rng=rng,
        cancel=cancel), cancel=cancel, progress=progress)
