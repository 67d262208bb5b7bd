"""``keyslots.bin``: the fixed-size file that holds a profile's wrapped data key.

Layout (all integers little-endian; sizes in bytes; see docs/security.md for the reasoning):

    header     32  magic "FCKSLOT1" | u16 format version | u16 slot count (16) |
                   u16 slot size (320) | u16 reserved (0) | 16-byte profile id
    slots  16x320  tag 32 | seed A 16 | part A 128 | seed B 16 | part B 128
    directory 622  nonce 12 | AES-256-GCM(directory key, 594-byte plaintext) + 16-byte tag,
                   AAD = header + slots
    checksum   32  SHA-256 of everything before it

Every slot, used or not, is 320 bytes that look random: a used slot's tag is an HKDF output
keyed by something the observer must guess (the user name, the organisation's recovery public
key), and its parts are XOR-masked with a keystream from a secret-derived key and a fresh seed.
Unused slots are plain random bytes. The directory, encrypted under a key derived from the data
key, lists which slot is what; decrypting it is also the keyed integrity check of the header and
of all slots. The checksum only catches truncation and accidental damage before any expensive
key derivation: anyone can recompute it.

This module knows the bytes and the slot crypto that needs no passphrase; ``keys`` derives the
keys and runs the protocol. Nothing here depends on SQLCipher.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import struct
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from enum import IntEnum
from pathlib import Path
from typing import Final
from uuid import UUID

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from fieldcase.storage.errors import StoreCorrupt, StoreError

RandomBytes = Callable[[int], bytes]

KEYSLOT_FILE_NAME: Final = "keyslots.bin"
BACKUP_FILE_NAME: Final = "keyslots.bin.bak"
MAGIC: Final = b"FCKSLOT1"
FORMAT_VERSION: Final = 1
SLOT_COUNT: Final = 16
SLOT_SIZE: Final = 320
TAG_SIZE: Final = 32
SEED_SIZE: Final = 16
PART_SIZE: Final = 128
KEY_SIZE: Final = 32
NONCE_SIZE: Final = 12
_HEADER: Final = struct.Struct("<8sHHHH16s")
HEADER_SIZE: Final = _HEADER.size
_DIRECTORY_PLAIN_SIZE: Final = 4 + KEY_SIZE + KEY_SIZE + SLOT_COUNT * (1 + KEY_SIZE)
DIRECTORY_SIZE: Final = NONCE_SIZE + _DIRECTORY_PLAIN_SIZE + 16
FILE_SIZE: Final = HEADER_SIZE + SLOT_COUNT * SLOT_SIZE + DIRECTORY_SIZE + 32

_FLOOR_MEMORY_KIB: Final = 65536
_FLOOR_ITERATIONS: Final = 3
_MAX_MEMORY_KIB: Final = 4 * 1024 * 1024
_MAX_ITERATIONS: Final = 64
_MAX_LANES: Final = 64
_PART_HEAD: Final = struct.Struct("<BBBBIII")  # version, kind, flags, reserved, m, t, p
PART_HEAD_SIZE: Final = _PART_HEAD.size
_FLAG_TEST_ONLY: Final = 1


class KeySlotFileCorrupt(StoreCorrupt):
    """The key-slot file is truncated, altered or not a key-slot file; it was not modified.

    ``problem`` is one of: truncated, bad_magic, unsupported_version, checksum, integrity,
    slot. ``backup_available`` tells the UI whether offering a restore makes sense.
    """

    def __init__(self, path: Path, problem: str, *, backup_available: bool | None = None) -> None:
        super().__init__(f"key-slot file {path.name} is damaged or altered ({problem})")
        self.path = path
        self.problem = problem
        if backup_available is None:
            backup = path.with_name(BACKUP_FILE_NAME)
            backup_available = path != backup and backup.is_file()
        self.backup_available = backup_available


class NoProfile(StoreError):
    """There is no key-slot file in this folder."""

    kind = "no_profile"


class WeakKdfParams(ValueError):
    """Key-derivation parameters below RFC 9106's second recommended option."""

    kind = "weak_kdf"


def _check_bounds(memory_kib: int, iterations: int, lanes: int) -> None:
    if not 1 <= lanes <= _MAX_LANES:
        raise ValueError(f"lanes must be between 1 and {_MAX_LANES}")
    if not 8 * lanes <= memory_kib <= _MAX_MEMORY_KIB:
        raise ValueError(f"memory_kib must be between 8 x lanes and {_MAX_MEMORY_KIB}")
    if not 1 <= iterations <= _MAX_ITERATIONS:
        raise ValueError(f"iterations must be between 1 and {_MAX_ITERATIONS}")


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. The normal constructor refuses anything below 64 MiB / t=3.

    ``insecure_for_tests`` is the only way to get cheaper parameters; such parameters carry
    ``test_only=True`` into every slot they make, and ``ProfileKeys.unlock`` re-wraps such a
    slot at the production policy the first time it opens it.
    """

    memory_kib: int
    iterations: int
    lanes: int
    test_only: bool = field(default=False, init=False)

    def __post_init__(self) -> None:
        _check_bounds(self.memory_kib, self.iterations, self.lanes)
        if self.memory_kib < _FLOOR_MEMORY_KIB or self.iterations < _FLOOR_ITERATIONS:
            raise WeakKdfParams(
                f"Argon2id parameters must be at least {_FLOOR_MEMORY_KIB} KiB and "
                f"{_FLOOR_ITERATIONS} iterations"
            )

    @classmethod
    def insecure_for_tests(cls, memory_kib: int = 8, iterations: int = 1,
                           lanes: int = 1) -> KdfParams:
        """Cheap parameters for tests. Never call this from production code."""
        _check_bounds(memory_kib, iterations, lanes)
        params = object.__new__(cls)
        for name, value in (("memory_kib", memory_kib), ("iterations", iterations),
                            ("lanes", lanes), ("test_only", True)):
            object.__setattr__(params, name, value)
        return params

    def is_weaker_than(self, other: KdfParams) -> bool:
        return (
            self.memory_kib < other.memory_kib
            or self.iterations < other.iterations
            or (self.test_only and not other.test_only)
        )

    def derive(self, secret: bytes, salt: bytes) -> bytes:
        """A 256-bit key from ``secret``; costs what the parameters say (~1 s in production)."""
        kdf = Argon2id(salt=salt, length=KEY_SIZE, iterations=self.iterations,
                       lanes=self.lanes, memory_cost=self.memory_kib)
        return kdf.derive(secret)

    def encode(self) -> bytes:
        return struct.pack("<BIII", _FLAG_TEST_ONLY if self.test_only else 0,
                           self.memory_kib, self.iterations, self.lanes)


PRODUCTION_FLOOR: Final = KdfParams(65536, 3, 4)


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
    flags = _FLAG_TEST_ONLY if kdf.test_only else 0
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
        if flags & _FLAG_TEST_ONLY:
            return KdfParams.insecure_for_tests(memory, iterations, lanes)
        return KdfParams(memory, iterations, lanes)
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
    """The parsed container; slots and the directory stay opaque bytes here."""

    profile_id: UUID
    slots: tuple[bytes, ...]
    directory_blob: bytes

    def authenticated_prefix(self) -> bytes:
        header = _HEADER.pack(MAGIC, FORMAT_VERSION, SLOT_COUNT, SLOT_SIZE, 0,
                              self.profile_id.bytes)
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


def blank_file(profile_id: UUID, random_bytes: RandomBytes) -> KeySlotFile:
    """A file whose slots and directory are all random: also the decoy left by an erase."""
    slots = tuple(random_bytes(SLOT_SIZE) for _ in range(SLOT_COUNT))
    return KeySlotFile(profile_id, slots, random_bytes(DIRECTORY_SIZE))


def parse_file(data: bytes, path: Path) -> KeySlotFile:
    def corrupt(problem: str) -> KeySlotFileCorrupt:
        return KeySlotFileCorrupt(path, problem)

    if len(data) < HEADER_SIZE:
        raise corrupt("truncated")
    magic, version, count, size, _, profile = _HEADER.unpack_from(data)
    if magic != MAGIC:
        raise corrupt("bad_magic")
    if (version, count, size) != (FORMAT_VERSION, SLOT_COUNT, SLOT_SIZE):
        raise corrupt("unsupported_version")
    if len(data) != FILE_SIZE:
        raise corrupt("truncated")
    if not hmac.compare_digest(hashlib.sha256(data[:-32]).digest(), data[-32:]):
        raise corrupt("checksum")
    slots = tuple(data[HEADER_SIZE + i * SLOT_SIZE: HEADER_SIZE + (i + 1) * SLOT_SIZE]
                  for i in range(SLOT_COUNT))
    start = HEADER_SIZE + SLOT_COUNT * SLOT_SIZE
    return KeySlotFile(UUID(bytes=profile), slots, data[start:start + DIRECTORY_SIZE])


def read_file(profile_dir: Path) -> KeySlotFile:
    """Read and check ``keyslots.bin``; raises NoProfile or KeySlotFileCorrupt, writes nothing."""
    path = profile_dir / KEYSLOT_FILE_NAME
    try:
        data = path.read_bytes()
    except FileNotFoundError as error:
        raise NoProfile("no key-slot file in this profile folder") from error
    return parse_file(data, path)


def write_file(profile_dir: Path, keyslots: KeySlotFile) -> None:
    """Replace ``keyslots.bin`` atomically, then mirror it to the backup the same way.

    The backup is a second copy of the *current* generation, not the previous one: a previous
    generation would keep a retired passphrase or a removed user able to open the data key.
    """
    data = keyslots.encode()
    atomic_write(profile_dir / KEYSLOT_FILE_NAME, data)
    atomic_write(profile_dir / BACKUP_FILE_NAME, data)


def restore_backup(profile_dir: Path) -> None:
    """Put the backup back in place after checking it; raises KeySlotFileCorrupt if it is bad."""
    path = profile_dir / BACKUP_FILE_NAME
    try:
        data = path.read_bytes()
    except FileNotFoundError as error:
        raise NoProfile("no key-slot backup in this profile folder") from error
    parse_file(data, path)
    atomic_write(profile_dir / KEYSLOT_FILE_NAME, data)


def fsync_dir(folder: Path) -> None:
    """Make a rename durable. Windows cannot open folders, and there the rename is enough."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: Path, data: bytes) -> None:
    """Temp file in the same folder, fsync, rename over ``path``, fsync the folder.

    A crash leaves either the old or the new content, never a mix; the temp file is removed if
    anything fails before the rename.
    """
    temp = path.with_name(f".{path.name}.{secrets.token_hex(8)}.tmp")
    try:
        with open(temp, "xb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def overwrite_in_place(path: Path, data: bytes) -> None:
    """Write over the existing bytes of ``path`` (same blocks on most file systems) and fsync.

    Used for crypto-erase, where a rename would leave the old blocks readable on disk.
    """
    with open(path, "r+b") as handle:
        handle.write(data)
        handle.truncate(len(data))
        handle.flush()
        os.fsync(handle.fileno())
