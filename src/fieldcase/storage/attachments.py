"""Attachment files on the device: each file encrypted under its own key, in chunks.

Format (docs/attachments.md):

- a random 256-bit **file key** per attachment, wrapped with AES-256-GCM under the profile's
  attachment sub-key (``subkey(dek, KeyPurpose.ATTACHMENTS)``; nonce 12 ‖ ciphertext 48, AAD
  ``fieldcase/attachment-key/v1`` ‖ attachment id) and kept in ``attachment_files`` inside the
  encrypted store, together with the chunk layout and the plaintext's size and SHA-256;
- the plaintext cut into chunks of ``chunk_size`` bytes (1 MiB; the last one shorter, an empty
  file is one empty chunk), each sealed on its own: nonce 12 (random) ‖ AES-256-GCM ciphertext
  ‖ tag 16, with AAD ``fieldcase/attachment-chunk/v1`` ‖ attachment id (16 bytes) ‖ chunk
  index (u32 BE) ‖ chunk count (u32 BE). A chunk moved to another position, another file or a
  file of another length fails its tag; a missing tail is a short file;
- the sealed chunks back to back in ``attachments/<32 random hex digits>`` in the profile
  folder: no header, no original name, no media type, no case id. The name, media type and
  label live in the case document, inside the store.

The format itself is in ``storage/attachment_format.py``; reading and writing the sealed files
without the store (what a sync thread does while bytes move) in ``storage/sealed_files.py``.
The same sealed chunks are what the server stores and returns (``sync/attachments.py``).
Deleting a row (``secure_delete`` zeroes the page) destroys the only key that opens the file,
so a file block left behind on an SSD is unreadable.

What can go wrong: a damaged, swapped or truncated file raises :class:`AttachmentError` with
``problem`` ``tampered`` / ``truncated`` / ``digest_mismatch``; a file not on this device yet,
``not_here``. Plaintext exists only in memory: it is never written to a temporary file.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Final

from fieldcase.storage import cases
from fieldcase.storage.attachment_format import (
    CHUNK_SIZE,
    FOLDER,
    KEY_BYTES,
    MAX_CHUNKS,
    NONCE_BYTES,
    OVERHEAD,
    TAG_BYTES,
    AttachmentError,
    Layout,
    RandomBytes,
    StoredAttachment,
    chunk_aad,
    open_chunk,
    seal_chunk,
    unwrap_key,
    wrap_key,
)
from fieldcase.storage.file_modes import PRIVATE_DIR_MODE, PRIVATE_FILE_MODE
from fieldcase.storage.sealed_files import SealedFiles
from fieldcase.storage.store import Store

__all__ = [
    "CHUNK_SIZE", "FOLDER", "KEY_BYTES", "MAX_CHUNKS", "NONCE_BYTES", "OVERHEAD", "TAG_BYTES",
    "AttachmentError", "AttachmentFiles", "Layout", "RandomBytes", "SealedFiles",
    "StoredAttachment", "chunk_aad", "open_chunk", "seal_chunk", "unwrap_key", "wrap_key",
]

_O_BINARY: Final = getattr(os, "O_BINARY", 0)
_COLUMNS: Final = "attachment_id, case_id, state, file_name, chunk_size, chunk_count, size, sha256"


def _row(row: Sequence[object]) -> StoredAttachment:
    attachment_id, case_id, state, file_name, chunk_size, chunk_count, size, sha = row
    assert isinstance(size, int)
    layout = (Layout(chunk_size, chunk_count, size)
              if isinstance(chunk_size, int) and isinstance(chunk_count, int) else None)
    return StoredAttachment(str(attachment_id), str(case_id), str(state),
                            None if file_name is None else str(file_name), layout, size,
                            str(sha))


class AttachmentFiles:
    """The attachment files of one open profile: its ``attachments/`` folder and table.

    Methods that write the table run inside the caller's ``store.atomic()`` unless they say
    otherwise. ``attachments_key`` is ``subkey(dek, KeyPurpose.ATTACHMENTS)``."""

    def __init__(self, store: Store, attachments_key: bytes, *,
                 random_bytes: RandomBytes = os.urandom, chunk_size: int = CHUNK_SIZE) -> None:
        if len(attachments_key) != KEY_BYTES:
            raise ValueError("the attachment key must be 32 bytes")
        self.store = store
        self.sealed = SealedFiles(store.connection.path.parent / FOLDER)
        self._key = attachments_key
        self._random = random_bytes
        self._chunk_size = chunk_size

    # -- rows ----------------------------------------------------------------------------------

    def get(self, attachment_id: str) -> StoredAttachment | None:
        row = self.store.raw.execute(
            f"SELECT {_COLUMNS} FROM attachment_files WHERE attachment_id = ?",  # noqa: S608
            (attachment_id,)).fetchone()
        return None if row is None else _row(row)

    def in_state(self, *states: str) -> list[StoredAttachment]:
        marks = ", ".join("?" for _ in states)
        rows = self.store.raw.execute(
            f"SELECT {_COLUMNS} FROM attachment_files WHERE state IN ({marks}) "  # noqa: S608
            "ORDER BY attachment_id", states).fetchall()
        return [_row(row) for row in rows]

    def states_of_case(self, case_id: str) -> dict[str, str]:
        """Each of the case's attachment rows' state, by attachment id."""
        rows = self.store.raw.execute(
            "SELECT attachment_id, state FROM attachment_files WHERE case_id = ?", (case_id,))
        return {str(row[0]): str(row[1]) for row in rows}

    def file_key(self, attachment_id: str) -> bytes:
        row = self.store.raw.execute(
            "SELECT wrapped_key FROM attachment_files WHERE attachment_id = ?",
            (attachment_id,)).fetchone()
        if row is None or row[0] is None:
            raise AttachmentError("not_here", f"attachment {attachment_id} is not on this "
                                  "device yet; sync to fetch it")
        return unwrap_key(self._key, attachment_id, bytes(row[0]))

    def set_state(self, attachment_id: str, state: str) -> None:
        self.store.raw.execute("UPDATE attachment_files SET state = ? WHERE attachment_id = ?",
                               (state, attachment_id))

    @property
    def folder(self) -> Path:
        return self.sealed.folder

    def _new_file_name(self) -> str:
        self.folder.mkdir(mode=PRIVATE_DIR_MODE, exist_ok=True)
        return self._random(16).hex()

    # -- writing a new attachment --------------------------------------------------------------

    def add(self, attachment_id: str, case_id: str, data: bytes) -> StoredAttachment:
        """Encrypt ``data`` into a new file and record it as ``pending_upload``. Call inside
        ``atomic()``; if the transaction does not commit, call :meth:`discard_file`."""
        layout = Layout.for_size(len(data), self._chunk_size)
        file_key = self._random(KEY_BYTES)
        name = self._new_file_name()
        path = self.folder / name
        with os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_BINARY,
                               PRIVATE_FILE_MODE), "wb") as out:  # 0600 whatever the umask
            for index in range(layout.chunk_count):
                start = index * layout.chunk_size
                out.write(seal_chunk(file_key, attachment_id, index, layout.chunk_count,
                                     data[start:start + layout.chunk_size], self._random))
            out.flush()
            os.fsync(out.fileno())
        stored = StoredAttachment(attachment_id, case_id, "pending_upload", name, layout,
                                  len(data), hashlib.sha256(data).hexdigest())
        self._insert(stored, wrap_key(self._key, attachment_id, file_key, self._random))
        return stored

    def _insert(self, stored: StoredAttachment, wrapped: bytes | None) -> None:
        layout = stored.layout
        self.store.raw.execute(
            """INSERT INTO attachment_files (attachment_id, case_id, state, file_name,
                   wrapped_key, chunk_size, chunk_count, size, sha256)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (stored.attachment_id, stored.case_id, stored.state, stored.file_name, wrapped,
             None if layout is None else layout.chunk_size,
             None if layout is None else layout.chunk_count, stored.size, stored.sha256))

    def discard_file(self, file_name: str | None) -> None:
        self.sealed.discard(file_name)

    # -- reading -------------------------------------------------------------------------------

    def read(self, attachment_id: str) -> bytes:
        """The plaintext, checked chunk by chunk and against the recorded SHA-256."""
        stored = self.get(attachment_id)
        if stored is None or stored.state not in ("pending_upload", "ready"):
            raise AttachmentError("not_here", f"attachment {attachment_id} is not on this "
                                  "device yet; sync to fetch it")
        return b"".join(self.sealed.plain_chunks(stored, self.file_key(attachment_id)))

    # -- downloading ---------------------------------------------------------------------------

    def want(self, attachment_id: str, case_id: str, size: int, sha256: str) -> None:
        """Record an attachment a case lists that this device does not hold yet."""
        self._insert(StoredAttachment(attachment_id, case_id, "wanted", None, None, size,
                                      sha256), None)

    def begin_download(self, stored: StoredAttachment, file_key: bytes,
                       layout: Layout) -> StoredAttachment:
        """Give a wanted attachment its key, layout and (empty) file: ``downloading``."""
        if layout.size != stored.size:
            raise AttachmentError("layout", f"attachment {stored.attachment_id}: the server "
                                  f"holds {layout.size} bytes, the case lists {stored.size}")
        name = self._new_file_name()
        (self.folder / name).touch(mode=PRIVATE_FILE_MODE, exist_ok=False)
        self.store.raw.execute(
            """UPDATE attachment_files SET state = 'downloading', file_name = ?,
                   wrapped_key = ?, chunk_size = ?, chunk_count = ?
               WHERE attachment_id = ?""",
            (name, wrap_key(self._key, stored.attachment_id, file_key, self._random),
             layout.chunk_size, layout.chunk_count, stored.attachment_id))
        found = self.get(stored.attachment_id)
        assert found is not None
        return found

    def finish_download(self, stored: StoredAttachment) -> bool:
        """Mark a download ``ready`` once its file passed :meth:`SealedFiles.check` (done off
        the store thread: it reads the whole file). False, and nothing changed, when the row
        is no longer that download (the attachment was removed or restarted meanwhile).
        Call inside ``atomic()``."""
        return bool(self.store.raw.execute(
            """UPDATE attachment_files SET state = 'ready'
               WHERE attachment_id = ? AND state = 'downloading' AND file_name = ?""",
            (stored.attachment_id, stored.file_name)).rowcount)

    def restart_download(self, attachment_id: str) -> str | None:
        """Back to ``wanted`` after a failed check; returns the file name to delete once the
        transaction commits."""
        stored = self.get(attachment_id)
        if stored is None:
            return None
        self.store.raw.execute(
            """UPDATE attachment_files SET state = 'wanted', file_name = NULL,
                   wrapped_key = NULL, chunk_size = NULL, chunk_count = NULL
               WHERE attachment_id = ?""", (attachment_id,))
        return stored.file_name

    # -- removal, reconciliation, rekey --------------------------------------------------------

    def forget(self, attachment_id: str) -> str | None:
        """Drop the row (and with it the only key to the file); returns the file name to
        delete once the transaction commits."""
        stored = self.get(attachment_id)
        self.store.raw.execute("DELETE FROM attachment_files WHERE attachment_id = ?",
                               (attachment_id,))
        return None if stored is None else stored.file_name

    def scan_queued(self) -> bool:
        """Whether any case waits in the queue :meth:`reconcile` works through. Without one
        there is nothing to reconcile, and a sync needs no transaction (a durable commit) for
        it."""
        return self.store.raw.execute("SELECT 1 FROM attachment_scan LIMIT 1").fetchone() \
            is not None

    def reconcile(self) -> list[str]:
        """Bring the table in line with the cases the triggers queued: attachments a case lists
        and this device lacks become ``wanted``; rows of attachments no case lists any more
        (removed, case erased or out of scope) go. Call inside ``atomic()``; returns the file
        names to delete after the commit (see :meth:`discard_files`)."""
        doomed: list[str] = []
        queued = [str(r[0]) for r in self.store.raw.execute(
            "SELECT case_id FROM attachment_scan ORDER BY case_id").fetchall()]
        for case_id in queued:
            listed = _listed(self.store, case_id)
            held = {str(r[0]) for r in self.store.raw.execute(
                "SELECT attachment_id FROM attachment_files WHERE case_id = ?", (case_id,))}
            for attachment_id in sorted(held - set(listed)):
                name = self.forget(attachment_id)
                if name is not None:
                    doomed.append(name)
            for attachment_id, (size, sha) in sorted(listed.items()):
                if attachment_id not in held and self.get(attachment_id) is None:
                    self.want(attachment_id, case_id, size, sha)
            self.store.raw.execute("DELETE FROM attachment_scan WHERE case_id = ?", (case_id,))
        return doomed

    def discard_files(self, names: Sequence[str]) -> None:
        """Delete files whose rows are gone, and any file no row names (left by a crash
        between writing a file and committing its row)."""
        for name in names:
            self.discard_file(name)
        if not self.folder.is_dir():
            return
        known = {str(r[0]) for r in self.store.raw.execute(
            "SELECT file_name FROM attachment_files WHERE file_name IS NOT NULL")}
        for path in self.folder.iterdir():
            if path.is_file() and path.name not in known:
                path.unlink(missing_ok=True)

    def rewrap(self, new_attachments_key: bytes) -> int:
        """Re-wrap every file key under a new attachment key (after a rekey); the files stay
        as they are. Call inside ``atomic()``; returns how many keys were re-wrapped."""
        rows = self.store.raw.execute(
            "SELECT attachment_id, wrapped_key FROM attachment_files "
            "WHERE wrapped_key IS NOT NULL").fetchall()
        for attachment_id, wrapped in rows:
            file_key = unwrap_key(self._key, attachment_id, bytes(wrapped))
            self.store.raw.execute(
                "UPDATE attachment_files SET wrapped_key = ? WHERE attachment_id = ?",
                (wrap_key(new_attachments_key, attachment_id, file_key, self._random),
                 attachment_id))
        self._key = new_attachments_key
        return len(rows)


def _listed(store: Store, case_id: str) -> dict[str, tuple[int, str]]:
    """The attachments a stored case lists: id -> (size, sha256); none for a case not here."""
    row = store.raw.execute("SELECT 1 FROM cases WHERE id = ?", (case_id,)).fetchone()
    if row is None:
        return {}
    doc = cases.load_case(store, case_id)
    return {str(a["id"]): (int(a["size"]), str(a["sha256"]))
            for a in doc.get("attachments", []) if a.get("id")}

