"""The sealed export file: what every export is, unless a person chose plain text.

An export leaves the encrypted store for a USB stick, an e-mail, a shared drive. Sealed, it
is opened only by whoever holds the organisation's private key (X25519, the recovery key pair
``fieldcase recovery-key generate`` made, or an export key pair made the same way) or knows
the passphrase it was sealed with. The format (docs/security.md, "Sealed export files"):

    magic "FCEXPRT1" | kind (1 byte) | kind's fields | nonce prefix (7 bytes) | chunks

- kind 1, **to a public key**: the recipient's public key (32) and an ephemeral public key
  (32); the file key is HKDF-SHA256 over the X25519 shared secret, salted with both keys.
- kind 2, **passphrase**: the Argon2id cost (13 bytes, as key slots store it) and a salt (16);
  the file key is Argon2id over the passphrase.
- chunks: a 4-byte little-endian length, then AES-256-GCM of up to 64 KiB of the export. The
  nonce is the prefix, a 4-byte big-endian counter and a byte that is 1 on the last chunk only
  (the STREAM construction): chunks cannot be reordered, dropped or cut off at a chunk border
  without the reader noticing. Every chunk authenticates the whole header (AAD).

Nothing is written in clear on the way: chunks are sealed in memory and only ciphertext
reaches the export file (``services.export_file``). What it does not hide: the length of the
export, roughly, and that it is a FieldCase export.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Final

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from fieldcase.domain.errors import FieldCaseError, ValidationError
from fieldcase.storage.kdf import PRODUCTION_FLOOR, KdfParams

__all__ = ["MAGIC", "Protection", "SealedWriter", "UnsealError", "is_sealed", "unseal"]

MAGIC: Final = b"FCEXPRT1"
TO_PUBLIC_KEY: Final = 1
WITH_PASSPHRASE: Final = 2
CHUNK: Final = 64 * 1024
_TAG: Final = 16
_PREFIX: Final = 7
_SALT: Final = 16
_KDF_FIELDS: Final = struct.Struct("<BIII")
_INFO: Final = b"fieldcase/export/v1"
MIN_PASSPHRASE: Final = 12
"""Shortest export passphrase: the file may be copied anywhere and guessed at leisure."""


class UnsealError(FieldCaseError):
    """A sealed file that cannot be opened: ``problem`` is ``not_sealed``, ``wrong_key``
    (or damaged: AES-GCM cannot tell them apart), ``truncated`` or ``kind`` (sealed the other
    way: to a key when a passphrase was given, or the reverse)."""

    kind = "unseal"

    def __init__(self, problem: str, message: str) -> None:
        super().__init__(message)
        self.problem = problem


@dataclass(frozen=True)
class Protection:
    """How an export file is protected: to ``recipient`` (a 32-byte X25519 public key), with
    ``passphrase`` (Argon2id at ``kdf``; None: the production floor), or ``plaintext`` — which
    a caller sets only after the person was warned and chose it."""

    recipient: bytes | None = None
    passphrase: str | None = field(default=None, repr=False)
    kdf: KdfParams | None = field(default=None, repr=False)
    plaintext: bool = False

    def __post_init__(self) -> None:
        chosen = sum((self.recipient is not None, self.passphrase is not None, self.plaintext))
        if chosen != 1:
            raise ValueError("an export is protected exactly one way")
        if self.recipient is not None and len(self.recipient) != 32:
            raise ValueError("an X25519 public key is 32 bytes")
        if self.passphrase is not None and len(self.passphrase) < MIN_PASSPHRASE:
            raise ValidationError("--passphrase-file", "too_short",
                                  f"an export passphrase has at least {MIN_PASSPHRASE} "
                                  "characters")

    @property
    def label(self) -> str:
        """For the audit log: how, never with what."""
        if self.plaintext:
            return "plaintext"
        return "public_key" if self.recipient is not None else "passphrase"


PLAINTEXT: Final = Protection(plaintext=True)


def _file_key_to(recipient: bytes, ephemeral: X25519PrivateKey) -> tuple[bytes, bytes]:
    eph_public = ephemeral.public_key().public_bytes_raw()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient))
    key = HKDF(SHA256(), 32, salt=eph_public + recipient, info=_INFO).derive(shared)
    return key, eph_public


class SealedWriter:
    """Seals text as it is written and hands ciphertext to ``out``; :meth:`close` writes the
    last chunk (an export never closed is never readable: its last chunk is missing)."""

    def __init__(self, protection: Protection, out: Callable[[bytes], object],
                 random_bytes: Callable[[int], bytes] = os.urandom) -> None:
        if protection.recipient is not None:
            key, eph_public = _file_key_to(
                protection.recipient, X25519PrivateKey.from_private_bytes(random_bytes(32)))
            header = MAGIC + bytes([TO_PUBLIC_KEY]) + protection.recipient + eph_public
        elif protection.passphrase is not None:
            kdf = protection.kdf or PRODUCTION_FLOOR
            salt = random_bytes(_SALT)
            key = kdf.derive(protection.passphrase.encode("utf-8"), salt)
            header = MAGIC + bytes([WITH_PASSPHRASE]) + kdf.encode() + salt
        else:
            raise ValueError("a plaintext export is not sealed")
        self._prefix = random_bytes(_PREFIX)
        self._header = header + self._prefix
        self._aead, self._out = AESGCM(key), out
        self._buffer = bytearray()
        self._counter = 0
        self._closed = False
        out(self._header)

    def write(self, text: str) -> None:
        self._buffer += text.encode("utf-8")
        while len(self._buffer) > CHUNK:
            self._emit(bytes(self._buffer[:CHUNK]), last=False)
            del self._buffer[:CHUNK]

    def close(self) -> None:
        if not self._closed:
            self._emit(bytes(self._buffer), last=True)
            self._buffer.clear()
            self._closed = True

    def _emit(self, plain: bytes, *, last: bool) -> None:
        nonce = self._prefix + struct.pack(">I", self._counter) + (b"\x01" if last else b"\x00")
        self._counter += 1
        sealed = self._aead.encrypt(nonce, plain, self._header)
        self._out(struct.pack("<I", len(sealed)) + sealed)


def is_sealed(data: bytes) -> bool:
    return data.startswith(MAGIC)


def unseal(data: bytes, *, private_key: bytes | None = None,
           passphrase: str | None = None) -> bytes:
    """The export inside ``data``, given the recipient's 32-byte private key or the
    passphrase. Raises :class:`UnsealError`; nothing is returned unless every chunk checked."""
    if not is_sealed(data) or len(data) < len(MAGIC) + 1:
        raise UnsealError("not_sealed", "this is not a sealed FieldCase export")
    kind, at = data[len(MAGIC)], len(MAGIC) + 1
    if kind == TO_PUBLIC_KEY:
        if private_key is None:
            raise UnsealError("kind", "this export was sealed to a key: give the private key "
                              "(--key FILE)")
        recipient, eph_public = data[at:at + 32], data[at + 32:at + 64]
        at += 64
        private = X25519PrivateKey.from_private_bytes(private_key)
        if private.public_key().public_bytes_raw() != recipient:
            raise UnsealError("wrong_key", "this export was sealed to another key")
        shared = private.exchange(X25519PublicKey.from_public_bytes(eph_public))
        key = HKDF(SHA256(), 32, salt=eph_public + recipient, info=_INFO).derive(shared)
    elif kind == WITH_PASSPHRASE:
        if passphrase is None:
            raise UnsealError("kind", "this export was sealed with a passphrase: give it "
                              "(--passphrase-file FILE)")
        try:
            kdf = KdfParams.decode(*_KDF_FIELDS.unpack_from(data, at))
        except (ValueError, struct.error):
            raise UnsealError("not_sealed", "this sealed export is damaged (its header)") \
                from None
        at += _KDF_FIELDS.size
        salt = data[at:at + _SALT]
        at += _SALT
        key = kdf.derive(passphrase.encode("utf-8"), salt)
    else:
        raise UnsealError("not_sealed", "this sealed export is of an unknown kind")
    prefix = data[at:at + _PREFIX]
    at += _PREFIX
    header, aead = data[:at], AESGCM(key)
    plain, counter = bytearray(), 0
    while True:
        if at + 4 > len(data):
            raise UnsealError("truncated", "this export is cut short (its end is missing)")
        (length,) = struct.unpack_from("<I", data, at)
        sealed = data[at + 4:at + 4 + length]
        at += 4 + length
        if len(sealed) != length or length < _TAG:
            raise UnsealError("truncated", "this export is cut short (its end is missing)")
        last = at == len(data)
        nonce = prefix + struct.pack(">I", counter) + (b"\x01" if last else b"\x00")
        try:
            plain += aead.decrypt(nonce, sealed, header)
        except InvalidTag:
            if counter == 0:
                raise UnsealError("wrong_key", "wrong key or passphrase, or a damaged "
                                  "file") from None
            raise UnsealError("truncated", "this export is damaged or cut short") from None
        counter += 1
        if last:
            return bytes(plain)
