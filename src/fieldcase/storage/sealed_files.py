"""The sealed attachment files of a profile, read and written without the store.

An attachment transfer moves megabytes; the app's store thread must not wait for that. So the
part of a transfer that touches bytes — read a sealed chunk to upload it, check and write a
downloaded chunk, find where a cut-off download resumes, check a finished file against its
SHA-256 — works here, on the files alone, with the file key handed over by a store step
(``storage.attachments.AttachmentFiles`` reads and unwraps it). Nothing here opens the store,
so a sync thread may call it while the store thread serves a person.

What can go wrong: the row of an attachment may change while its file is being moved (the
person removed the attachment, which deletes the file): a read or write then fails with
``FileNotFoundError`` or ``AttachmentError`` (``truncated``), and the caller asks the store
whether the attachment is still wanted before calling it damaged.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

from fieldcase.storage.attachment_format import (
    AttachmentError,
    Layout,
    StoredAttachment,
    open_chunk,
)


def layout_of(stored: StoredAttachment) -> Layout:
    if stored.layout is None:
        raise AttachmentError("not_here", f"attachment {stored.attachment_id} is not on this "
                              "device yet; sync to fetch it")
    return stored.layout


class SealedFiles:
    """The ``attachments/`` folder of one profile."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path(self, stored: StoredAttachment) -> Path:
        if stored.file_name is None:
            raise AttachmentError("not_here", f"attachment {stored.attachment_id} is not on "
                                  "this device yet; sync to fetch it")
        return self.folder / stored.file_name

    def discard(self, file_name: str | None) -> None:
        if file_name is not None:
            (self.folder / file_name).unlink(missing_ok=True)

    def sealed_chunk(self, stored: StoredAttachment, index: int) -> bytes:
        """Chunk ``index`` as stored (ciphertext), e.g. to upload it."""
        layout = layout_of(stored)
        with open(self.path(stored), "rb") as source:
            source.seek(layout.sealed_offset(index))
            data = source.read(layout.sealed_length(index))
        if len(data) != layout.sealed_length(index):
            raise AttachmentError("truncated", f"attachment {stored.attachment_id}: the file "
                                  f"ends inside chunk {index} of {layout.chunk_count}")
        return data

    def plain_chunks(self, stored: StoredAttachment, file_key: bytes) -> Iterator[bytes]:
        """The plaintext, chunk by chunk, each checked, and the whole against the recorded
        SHA-256 once the last chunk is out (the error comes after it, so a caller that keeps
        the chunks must drop them on an error)."""
        layout = layout_of(stored)
        path = self.path(stored)
        if not path.is_file():
            raise AttachmentError("truncated", f"attachment {stored.attachment_id}: its file "
                                  "is missing")
        if path.stat().st_size != layout.sealed_size:
            raise AttachmentError("truncated", f"attachment {stored.attachment_id}: the file "
                                  f"is {path.stat().st_size} bytes, not {layout.sealed_size}")
        digest = hashlib.sha256()
        for index in range(layout.chunk_count):
            plain = open_chunk(file_key, stored.attachment_id, index, layout.chunk_count,
                               self.sealed_chunk(stored, index))
            digest.update(plain)
            yield plain
        if digest.hexdigest() != stored.sha256:
            raise AttachmentError("digest_mismatch", f"attachment {stored.attachment_id}: the "
                                  "content does not match its recorded SHA-256")

    def check(self, stored: StoredAttachment, file_key: bytes) -> None:
        """Raise AttachmentError unless the whole file opens and matches its SHA-256."""
        for _chunk in self.plain_chunks(stored, file_key):
            pass

    def intact_prefix(self, stored: StoredAttachment, file_key: bytes) -> int:
        """How many leading chunks of a download are here and intact; anything after them
        (a torn write, a damaged chunk) is cut off so the download resumes cleanly there."""
        layout, path = layout_of(stored), self.path(stored)
        present = 0
        with open(path, "r+b") as handle:
            for index in range(layout.chunk_count):
                handle.seek(layout.sealed_offset(index))
                sealed = handle.read(layout.sealed_length(index))
                if len(sealed) != layout.sealed_length(index):
                    break
                try:
                    open_chunk(file_key, stored.attachment_id, index, layout.chunk_count,
                               sealed)
                except AttachmentError:
                    break
                present = index + 1
            handle.truncate(layout.sealed_offset(present) if present < layout.chunk_count
                            else layout.sealed_size)
        return present

    def write_chunk(self, stored: StoredAttachment, file_key: bytes, index: int,
                    sealed: bytes) -> None:
        """Check a downloaded chunk against the key and its position, then write it."""
        layout = layout_of(stored)
        if len(sealed) != layout.sealed_length(index):
            raise AttachmentError("truncated", f"attachment {stored.attachment_id}: chunk "
                                  f"{index} arrived with {len(sealed)} bytes")
        open_chunk(file_key, stored.attachment_id, index, layout.chunk_count, sealed)
        with open(self.path(stored), "r+b") as handle:
            handle.seek(layout.sealed_offset(index))
            handle.write(sealed)
            handle.flush()
            os.fsync(handle.fileno())
