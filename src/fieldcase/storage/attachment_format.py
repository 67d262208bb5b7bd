"""The attachment file format: per-file keys, sealed chunks, the chunk layout.

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

Pure functions and values: nothing here touches the store or a file.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final
from uuid import UUID

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from fieldcase.storage.errors import StoreError

FOLDER: Final = "attachments"
CHUNK_SIZE: Final = 1 << 20
NONCE_BYTES: Final = 12
TAG_BYTES: Final = 16
OVERHEAD: Final = NONCE_BYTES + TAG_BYTES
KEY_BYTES: Final = 32
MAX_CHUNKS: Final = 1 << 20
_KEY_AAD: Final = b"fieldcase/attachment-key/v1"
_CHUNK_AAD: Final = b"fieldcase/attachment-chunk/v1"

RandomBytes = Callable[[int], bytes]


class AttachmentError(StoreError):
    """An attachment that cannot be read or written; ``problem`` names why. Messages carry
    ids and positions only, never a file name or content."""

    kind = "attachment"

    def __init__(self, problem: str, message: str) -> None:
        super().__init__(message)
        self.problem = problem


@dataclass(frozen=True, slots=True)
class Layout:
    """How a file is cut: ``chunk_count`` chunks of ``chunk_size`` plaintext bytes (the last
    shorter), ``size`` plaintext bytes in all."""

    chunk_size: int
    chunk_count: int
    size: int

    @classmethod
    def for_size(cls, size: int, chunk_size: int = CHUNK_SIZE) -> Layout:
        if chunk_size < 1 or size < 0:
            raise ValueError("chunk size must be positive and size not negative")
        count = max(1, -(-size // chunk_size))
        if count > MAX_CHUNKS:
            raise AttachmentError("too_large", "the file has too many chunks for one attachment")
        return cls(chunk_size, count, size)

    @classmethod
    def from_sealed(cls, chunk_size: int, chunk_count: int, sealed_size: int) -> Layout:
        """The layout a server describes by its sealed size; raises AttachmentError if the
        numbers cannot belong together."""
        size = sealed_size - chunk_count * OVERHEAD
        if not 1 <= chunk_count <= MAX_CHUNKS or chunk_size < 1 or not (
                (chunk_count - 1) * chunk_size <= size <= chunk_count * chunk_size):
            raise AttachmentError("layout", "the chunk layout is inconsistent")
        return cls(chunk_size, chunk_count, size)

    def plain_length(self, index: int) -> int:
        if not 0 <= index < self.chunk_count:
            raise AttachmentError("layout", f"chunk {index} is outside the file")
        return min(self.chunk_size, self.size - index * self.chunk_size)

    def sealed_length(self, index: int) -> int:
        return self.plain_length(index) + OVERHEAD

    def sealed_offset(self, index: int) -> int:
        return index * (self.chunk_size + OVERHEAD)

    @property
    def sealed_size(self) -> int:
        return self.size + self.chunk_count * OVERHEAD


def _id_bytes(attachment_id: str) -> bytes:
    return UUID(attachment_id).bytes


def chunk_aad(attachment_id: str, index: int, count: int) -> bytes:
    return (_CHUNK_AAD + _id_bytes(attachment_id) + index.to_bytes(4, "big")
            + count.to_bytes(4, "big"))


def seal_chunk(file_key: bytes, attachment_id: str, index: int, count: int, plaintext: bytes,
               random_bytes: RandomBytes = os.urandom) -> bytes:
    nonce = random_bytes(NONCE_BYTES)
    return nonce + AESGCM(file_key).encrypt(nonce, plaintext,
                                            chunk_aad(attachment_id, index, count))


def open_chunk(file_key: bytes, attachment_id: str, index: int, count: int,
               sealed: bytes) -> bytes:
    """The plaintext of one sealed chunk; AttachmentError(tampered) if it is not the chunk
    ``index`` of ``count`` of this attachment, sealed under this key, unchanged."""
    try:
        return AESGCM(file_key).decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:],
                                        chunk_aad(attachment_id, index, count))
    except (InvalidTag, ValueError):
        raise AttachmentError("tampered", f"attachment {attachment_id}: chunk {index} of "
                              f"{count} fails its integrity check") from None


def wrap_key(attachments_key: bytes, attachment_id: str, file_key: bytes,
             random_bytes: RandomBytes = os.urandom) -> bytes:
    nonce = random_bytes(NONCE_BYTES)
    return nonce + AESGCM(attachments_key).encrypt(
        nonce, file_key, _KEY_AAD + _id_bytes(attachment_id))


def unwrap_key(attachments_key: bytes, attachment_id: str, wrapped: bytes) -> bytes:
    try:
        return AESGCM(attachments_key).decrypt(wrapped[:NONCE_BYTES], wrapped[NONCE_BYTES:],
                                               _KEY_AAD + _id_bytes(attachment_id))
    except (InvalidTag, ValueError):
        raise AttachmentError("tampered", f"attachment {attachment_id}: its key does not "
                              "open under this profile's attachment key") from None


@dataclass(frozen=True, slots=True)
class StoredAttachment:
    """One ``attachment_files`` row (without the wrapped key)."""

    attachment_id: str
    case_id: str
    state: str
    file_name: str | None
    layout: Layout | None
    size: int
    sha256: str
