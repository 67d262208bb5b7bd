"""``keyslots.bin``: the fixed-size file that holds a profile's wrapped data key.

Layout (all integers little-endian; sizes in bytes; see docs/security.md for the reasoning):

    header     48  magic "FCKSLOT1" | u16 format version (2) | u16 slot count (16) |
                   u16 slot size (320) | u16 reserved (0) | 16-byte profile id |
                   16-byte profile cost (flags u8, Argon2id m, t, p as u32, 3 zero bytes)
    slots  16x320  tag 32 | seed A 16 | part A 128 | seed B 16 | part B 128
    directory 624  nonce 12 | AES-256-GCM(directory key, 596-byte plaintext) + 16-byte tag,
                   AAD = header + slots
    checksum   32  SHA-256 of everything before it

Format 1 (profiles made before the profile cost existed) has the 32-byte header without the
cost; it is read as it is and written as format 2 by the next operation that writes a slot.
The profile cost is the highest Argon2id cost of any slot ever written in the profile: an
attempt with an unknown user name derives at it, so it costs what a real slot costs.

Every slot, used or not, is 320 bytes that look random: a used slot's tag is an HKDF output
keyed by something the observer must guess (the user name, the organisation's recovery public
key), and its parts are XOR-masked with a keystream from a secret-derived key and a fresh seed.
Unused slots are plain random bytes. The directory, encrypted under a key derived from the data
key, lists which slot is what; decrypting it is also the keyed integrity check of the header and
of all slots. The checksum only catches truncation and accidental damage before any expensive
key derivation: anyone can recompute it.

This module knows the bytes and the slot crypto that needs no passphrase; ``keyslot_files``
reads and writes the two copies on disk, and ``keys`` derives the keys and runs the protocol.
Nothing here depends on SQLCipher.
"""

from __future__ import annotations

import hashlib
import hmac
import struct
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import IntEnum
from pathlib import Path
from typing import Final
from uuid import UUID

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from fieldcase.storage.errors import StoreCorrupt, StoreError
from fieldcase.storage.kdf import FLAG_TEST_ONLY
from fieldcase.storage.kdf import PRODUCTION_FLOOR as PRODUCTION_FLOOR
from fieldcase.storage.kdf import KdfParams as KdfParams
from fieldcase.storage.kdf import WeakKdfParams as WeakKdfParams
from fieldcase.storage.profile_files import BACKUP_FILE_NAME as BACKUP_FILE_NAME
from fieldcase.storage.profile_files import KEYSLOT_FILE_NAME as KEYSLOT_FILE_NAME

RandomBytes = Callable[[int], bytes]

MAGIC: Final = b"FCKSLOT1"
FORMAT_VERSION: Final = 2
FORMAT_VERSION_1: Final = 1
SLOT_COUNT: Final = 16
SLOT_SIZE: Final = 320
TAG_SIZE: Final = 32
SEED_SIZE: Final = 16
PART_SIZE: Final = 128
KEY_SIZE: Final = 32
NONCE_SIZE: Final = 12
_HEADER: Final = struct.Struct("<8sHHHH16s")
_COST: Final = struct.Struct("<BIII3x")
HEADER_SIZE_V1: Final = _HEADER.size
HEADER_SIZE: Final = _HEADER.size + _COST.size
_DIRECTORY_PLAIN_SIZE: Final = 4 + KEY_SIZE + KEY_SIZE + SLOT_COUNT * (1 + KEY_SIZE)
DIRECTORY_SIZE: Final = NONCE_SIZE + _DIRECTORY_PLAIN_SIZE + 16
FILE_SIZE: Final = HEADER_SIZE + SLOT_COUNT * SLOT_SIZE + DIRECTORY_SIZE + 32
FILE_SIZE_V1: Final = HEADER_SIZE_V1 + SLOT_COUNT * SLOT_SIZE + DIRECTORY_SIZE + 32

_PART_HEAD: Final = struct.Struct("<BBBBIII")  # version, kind, flags, reserved, m, t, p
PART_HEAD_SIZE: Final = _PART_HEAD.size


class KeySlotFileCorrupt(StoreCorrupt):
    """The key-slot file is truncated, altered, not a key-slot file or missing beside a store;
    it was not modified.

    ``problem`` is one of: truncated, bad_magic, unsupported_version, checksum, integrity,
    slot, missing. ``backup_available`` tells the UI whether offering a restore makes sense.
    """

    def __init__(self, path: Path, problem: str, *, backup_available: bool | None = None) -> None:
        if problem == "missing":
            message = ("the key slots of this profile (keyslots.bin and its backup) are "
                       "missing, so its case store cannot be opened; nothing was changed: "
                       "restore them from a copy of the profile folder or contact your "
                       "administrator")
        else:
            message = (f"key-slot file {path.name} is damaged or altered ({problem}); nothing "
                       "was changed: restore the profile folder from a copy or contact your "
                       "administrator")
        super().__init__(message)
        self.path = path
        self.problem = problem
        if backup_available is None:
            backup = path.with_name(BACKUP_FILE_NAME)
            backup_available = path != backup and backup.is_file()
        self.backup_available = backup_available


class NoProfile(StoreError):
    """There is no key-slot file in this folder."""

    kind = "no_profile"


class SlotKind(IntEnum):
    FREE = 0
    USER = 1
    DURESS = 2
    RECOVERY = 3


@dataclass(frozen=True)
class SlotLocator:
    """The tag that finds a slot and the key that unmasks it, both derived from a secret."""

    tag: bytes
    mask_key: bytes


def locate(profile_id: UUID, label: str, secret: bytes) -> SlotLocator:
    okm = HKDF(SHA256(), 2 * KEY_SIZE, salt=profile_id.bytes,
               info=b"fieldcase/keyslot/locator/v1/" + label.encode("ascii")).derive(secret)
    return SlotLocator(tag=okm[:TAG_SIZE], mask_key=okm[TAG_SIZE:])


def _keystream(mask_key: bytes, seed: bytes, length: int) -> bytes:
    return HKDF(SHA256(), length, salt=seed, info=b"fieldcase/keyslot/mask/v1").derive(mask_key)


def _xor(a: bytes, b: bytes) -> bytes:
    return bytes(x ^ y for x, y in zip(a, b, strict=True))


def _masked(mask_key: bytes, plain: bytes, random_bytes: RandomBytes) -> bytes:
    """seed || (plain padded with random bytes to PART_SIZE) XOR keystream."""
    if len(plain) > PART_SIZE:
        raise ValueError("slot part too large")
    seed = random_bytes(SEED_SIZE)
    padded = plain + random_bytes(PART_SIZE - len(plain))
    return seed + _xor(padded, _keystream(mask_key, seed, PART_SIZE))


def _unmasked(mask_key: bytes, seed_and_part: bytes) -> bytes:
    seed, part = seed_and_part[:SEED_SIZE], seed_and_part[SEED_SIZE:]
    return _xor(part, _keystream(mask_key, seed, PART_SIZE))


_A = slice(TAG_SIZE, TAG_SIZE + SEED_SIZE + PART_SIZE)
_B = slice(TAG_SIZE + SEED_SIZE + PART_SIZE, SLOT_SIZE)


def build_slot(tag: bytes, mask_a: bytes, part_a: bytes, random_bytes: RandomBytes,
               mask_b: bytes | None = None, part_b: bytes | None = None) -> bytes:
    """A whole slot; without ``part_b`` the B half is random bytes."""
    half_b = (_masked(mask_b, part_b, random_bytes) if mask_b is not None and part_b is not None
              else random_bytes(SEED_SIZE + PART_SIZE))
    return tag + _masked(mask_a, part_a, random_bytes) + half_b


def replace_part_a(slot: bytes, mask_a: bytes, part_a: bytes, random_bytes: RandomBytes) -> bytes:
    return slot[:_A.start] + _masked(mask_a, part_a, random_bytes) + slot[_B]


def replace_part_b(slot: bytes, mask_b: bytes, part_b: bytes, random_bytes: RandomBytes) -> bytes:
    return slot[:_B.start] + _masked(mask_b, part_b, random_bytes)


def read_part_a(slot: bytes, mask_a: bytes) -> bytes:
    return _unmasked(mask_a, slot[_A])


def read_part_b(slot: bytes, mask_b: bytes) -> bytes:
    return _unmasked(mask_b, slot[_B])


def part_head(kind: SlotKind, kdf: KdfParams | None = None) -> bytes:
    """The 16-byte head of a slot part: version, kind and (for passphrase slots) KDF params."""
    if kdf is None:
        return _PART_HEAD.pack(FORMAT_VERSION, kind, 0, 0, 0, 0, 0)
    flags = FLAG_TEST_ONLY if kdf.test_only else 0
    return _PART_HEAD.pack(FORMAT_VERSION, kind, flags, 0, kdf.memory_kib, kdf.iterations,
                           kdf.lanes)


def parse_part_head(part: bytes, expected: SlotKind, path: Path) -> KdfParams | None:
    """Check version and kind; return the KDF params if the part carries any."""
    version, kind, flags, _, memory, iterations, lanes = _PART_HEAD.unpack_from(part)
    if version != FORMAT_VERSION or kind != expected:
        raise KeySlotFileCorrupt(path, "slot")
    if memory == 0:
        return None
    try:
        return KdfParams.decode(flags, memory, iterations, lanes)
    except ValueError as error:
        raise KeySlotFileCorrupt(path, "slot") from error


@dataclass(frozen=True)
class DirectoryEntry:
    kind: SlotKind
    public_key: bytes = bytes(KEY_SIZE)  # USER: the user's key; DURESS: its owner's key


@dataclass(frozen=True)
class Directory:
    """What each slot is, plus profile-wide secrets; readable only with the data key."""

    entries: tuple[DirectoryEntry, ...] = (DirectoryEntry(SlotKind.FREE),) * SLOT_COUNT
    recovery_public_key: bytes | None = None
    previous_dek: bytes | None = None  # set between remove_user and commit_rekey

    def with_entry(self, index: int, entry: DirectoryEntry) -> Directory:
        entries = list(self.entries)
        entries[index] = entry
        return replace(self, entries=tuple(entries))

    def indexes(self, kind: SlotKind) -> list[int]:
        return [i for i, entry in enumerate(self.entries) if entry.kind == kind]

    def encode(self) -> bytes:
        flags = (1 if self.previous_dek else 0) | (2 if self.recovery_public_key else 0)
        out = struct.pack("<BBH", FORMAT_VERSION, flags, 0)
        out += self.previous_dek or bytes(KEY_SIZE)
        out += self.recovery_public_key or bytes(KEY_SIZE)
        return out + b"".join(bytes([e.kind]) + e.public_key for e in self.entries)

    @classmethod
    def decode(cls, plain: bytes) -> Directory:
        version, flags, _ = struct.unpack_from("<BBH", plain)
        if version != FORMAT_VERSION:
            raise ValueError("directory version")
        previous, recovery = plain[4:36], plain[36:68]
        entries = tuple(
            DirectoryEntry(SlotKind(plain[68 + i * 33]), plain[69 + i * 33: 101 + i * 33])
            for i in range(SLOT_COUNT)
        )
        return cls(entries, recovery if flags & 2 else None, previous if flags & 1 else None)


@dataclass(frozen=True)
class KeySlotFile:
    """The parsed container; slots and the directory stay opaque bytes here.

    ``cost`` is the profile cost (None only for a format 1 file, which is encoded as format 1
    until an operation gives it a cost). It is part of the directory's AAD, so an edited cost
    is caught once the data key is open.
    """

    profile_id: UUID
    slots: tuple[bytes, ...]
    directory_blob: bytes
    cost: KdfParams | None = None

    def authenticated_prefix(self) -> bytes:
        if self.cost is None:
            header = _HEADER.pack(MAGIC, FORMAT_VERSION_1, SLOT_COUNT, SLOT_SIZE, 0,
                                  self.profile_id.bytes)
        else:
            header = _HEADER.pack(MAGIC, FORMAT_VERSION, SLOT_COUNT, SLOT_SIZE, 0,
                                  self.profile_id.bytes) + _COST.pack(
                FLAG_TEST_ONLY if self.cost.test_only else 0, self.cost.memory_kib,
                self.cost.iterations, self.cost.lanes)
        return header + b"".join(self.slots)

    def encode(self) -> bytes:
        body = self.authenticated_prefix() + self.directory_blob
        return body + hashlib.sha256(body).digest()

    def with_slot(self, index: int, slot: bytes) -> KeySlotFile:
        if len(slot) != SLOT_SIZE:
            raise ValueError("slot has the wrong size")
        slots = list(self.slots)
        slots[index] = slot
        return replace(self, slots=tuple(slots))

    def with_cost(self, cost: KdfParams) -> KeySlotFile:
        return replace(self, cost=cost)

    def find(self, tag: bytes) -> int | None:
        for index, slot in enumerate(self.slots):
            if hmac.compare_digest(slot[:TAG_SIZE], tag):
                return index
        return None

    def sealed(self, directory: Directory, key: bytes, random_bytes: RandomBytes) -> KeySlotFile:
        nonce = random_bytes(NONCE_SIZE)
        blob = nonce + AESGCM(key).encrypt(nonce, directory.encode(), self.authenticated_prefix())
        return replace(self, directory_blob=blob)

    def open_directory(self, key: bytes, path: Path) -> Directory:
        """Decrypt the directory; failure means the file was altered (or the key is foreign)."""
        nonce, ciphertext = self.directory_blob[:NONCE_SIZE], self.directory_blob[NONCE_SIZE:]
        try:
            plain = AESGCM(key).decrypt(nonce, ciphertext, self.authenticated_prefix())
            return Directory.decode(plain)
        except (InvalidTag, ValueError) as error:
            raise KeySlotFileCorrupt(path, "integrity") from error


def blank_file(profile_id: UUID, random_bytes: RandomBytes,
               cost: KdfParams | None = None) -> KeySlotFile:
    """A file whose slots and directory are all random: also the decoy left by an erase."""
    slots = tuple(random_bytes(SLOT_SIZE) for _ in range(SLOT_COUNT))
    return KeySlotFile(profile_id, slots, random_bytes(DIRECTORY_SIZE), cost)


def parse_file(data: bytes, path: Path) -> KeySlotFile:
    def corrupt(problem: str) -> KeySlotFileCorrupt:
        return KeySlotFileCorrupt(path, problem)

    if len(data) < HEADER_SIZE_V1:
        raise corrupt("truncated")
    magic, version, count, size, _, profile = _HEADER.unpack_from(data)
    if magic != MAGIC:
        raise corrupt("bad_magic")
    if version not in (FORMAT_VERSION, FORMAT_VERSION_1) or (count, size) != (SLOT_COUNT,
                                                                              SLOT_SIZE):
        raise corrupt("unsupported_version")
    header_size = HEADER_SIZE if version == FORMAT_VERSION else HEADER_SIZE_V1
    if len(data) != header_size + SLOT_COUNT * SLOT_SIZE + DIRECTORY_SIZE + 32:
        raise corrupt("truncated")
    if not hmac.compare_digest(hashlib.sha256(data[:-32]).digest(), data[-32:]):
        raise corrupt("checksum")
    cost = None
    if version == FORMAT_VERSION:
        try:
            cost = KdfParams.decode(*_COST.unpack_from(data, HEADER_SIZE_V1))
        except ValueError as error:
            raise corrupt("integrity") from error
    slots = tuple(data[header_size + i * SLOT_SIZE: header_size + (i + 1) * SLOT_SIZE]
                  for i in range(SLOT_COUNT))
    start = header_size + SLOT_COUNT * SLOT_SIZE
    return KeySlotFile(UUID(bytes=profile), slots, data[start:start + DIRECTORY_SIZE], cost)
