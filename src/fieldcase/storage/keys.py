"""The profile key hierarchy: one random data key (DEK) per profile, wrapped once per user.

    passphrase --NFKC--> Argon2id(salt, params) --> KEK
    KEK --AES-GCM--> the user's X25519 private key
    user private key + ephemeral X25519 --HKDF--> AES-GCM --> DEK
    organisation recovery X25519 public key  (same sealing)  --> DEK
    DEK --HKDF "database" / "attachments"--> the SQLCipher raw key / the attachment key

Each user's share of the DEK is sealed to that user's *public* key, so removing a user can
re-seal a fresh DEK to every remaining user without knowing their passphrases, and the removed
user (who may have kept the old DEK) cannot read the new shares. See docs/security.md for the
file formats, the two-phase rekey and the duress behaviour.

Every passphrase is NFKC-normalised (``domain.passphrase.normalize_passphrase``) and user names
are NFKC-normalised and case-folded before use. Nothing here logs or stores either in clear.

What an attempt costs does not depend on whether the name exists: a wrong passphrase runs two
derivations (the user slot, then the duress verifier or a dummy), and an unknown name runs two
at the *profile cost* (``KeySlotFile.cost``, the highest cost of any slot written), which is
what every slot costs once its user has unlocked since the last recalibration. A slot's cost
only ever goes up (``KdfParams.at_least``).
"""

from __future__ import annotations

import hmac
import logging
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Final
from uuid import UUID

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from fieldcase.domain.passphrase import MAX_LENGTH, MIN_LENGTH, normalize_passphrase
from fieldcase.storage import keyslot_files as kf
from fieldcase.storage import keyslots as ks
from fieldcase.storage.errors import StoreError
from fieldcase.storage.file_modes import make_private_dir
from fieldcase.storage.kdf import PRODUCTION_FLOOR, KdfParams, WeakKdfParams, calibrate
from fieldcase.storage.keyslots import (
    KeySlotFileCorrupt,
    NoProfile,
    RandomBytes,
    SlotKind,
)
from fieldcase.storage.unlock_guard import GuardPolicy, UnlockGuard, crypto_erase

__all__ = [
    "PRODUCTION_FLOOR", "KdfParams", "KeyPurpose", "KeySlotFileCorrupt", "NoProfile",
    "ProfileKeys", "WeakKdfParams", "calibrate", "subkey",
]

log = logging.getLogger(__name__)
Derive = Callable[[KdfParams, bytes, bytes], bytes]  # (params, secret, salt) -> 32-byte key

DEK_BYTES: Final = 32
_SALT_BYTES: Final = 16
_MAX_USER_LENGTH: Final = 256


class KeyPurpose(StrEnum):
    DATABASE = "database"
    ATTACHMENTS = "attachments"
    KEY_SLOT_DIRECTORY = "key-slot-directory"
    STORE_MARK = "store-mark"  # seals the commit count at a clean close (store_marks)


def subkey(dek: bytes, purpose: KeyPurpose) -> bytes:
    """A 256-bit key for one purpose; keys for different purposes are independent."""
    if len(dek) != DEK_BYTES:
        raise ValueError("a data key must be 32 bytes")
    info = b"fieldcase/profile-subkey/v1/" + purpose.value.encode("ascii")
    return HKDF(SHA256(), 32, salt=None, info=info).derive(dek)


class WrongPassphrase(StoreError):
    """Wrong passphrase, unknown user or no such profile: deliberately one message for all."""

    kind = "locked"

    def __init__(self, retry_after_seconds: float) -> None:
        super().__init__("wrong user name or passphrase")
        self.retry_after_seconds = retry_after_seconds


class ProfileErased(WrongPassphrase):
    """The duress passphrase or the wipe limit erased the profile.

    A subclass of WrongPassphrase with the same message, so any handler shows exactly what a
    wrong passphrase shows; the app only uses the type to drop cached profile state.
    """


class UnlockThrottled(StoreError):
    kind = "throttled"

    def __init__(self, retry_after_seconds: float) -> None:
        super().__init__(f"too many failed attempts; try again in {retry_after_seconds:.0f} s")
        self.retry_after_seconds = retry_after_seconds


class KeyManagementError(StoreError):
    """A refused key operation; ``kind`` names the rule (user_exists, no_free_slot, ...)."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


def normalize_user(user: str) -> bytes:
    name = normalize_passphrase(user).casefold()
    if not name.strip() or len(name) > _MAX_USER_LENGTH:
        raise KeyManagementError("invalid_user", "user name must be 1 to 256 characters")
    return name.encode("utf-8")


def _new_secret(passphrase: str) -> bytes:
    text = normalize_passphrase(passphrase)
    if not MIN_LENGTH <= len(text) <= MAX_LENGTH:
        raise KeyManagementError("passphrase_rejected",
                                 f"passphrase must be {MIN_LENGTH} to {MAX_LENGTH} characters")
    return text.encode("utf-8")


def _lp(data: bytes) -> bytes:
    return len(data).to_bytes(2, "little") + data


def _raw(public_key: X25519PublicKey) -> bytes:
    return public_key.public_bytes_raw()


@dataclass(frozen=True)
class _Share:
    """The DEK sealed to one X25519 public key: ephemeral key, nonce, ciphertext (92 bytes)."""

    ephemeral: bytes
    nonce: bytes
    ciphertext: bytes

    def encode(self, kind: SlotKind) -> bytes:
        return ks.part_head(kind) + self.ephemeral + self.nonce + self.ciphertext

    @classmethod
    def decode(cls, part: bytes, kind: SlotKind, path: Path) -> _Share:
        ks.parse_part_head(part, kind, path)
        return cls(part[16:48], part[48:60], part[60:108])


def _seal_key(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(SHA256(), 32, salt=ephemeral + recipient,
                info=b"fieldcase/keyslot/seal/v1").derive(shared)


def _seal(dek: bytes, recipient: X25519PublicKey, aad: bytes, random_bytes: RandomBytes) -> _Share:
    ephemeral = X25519PrivateKey.from_private_bytes(random_bytes(32))
    eph_raw = _raw(ephemeral.public_key())
    key = _seal_key(ephemeral.exchange(recipient), eph_raw, _raw(recipient))
    nonce = random_bytes(ks.NONCE_SIZE)
    return _Share(eph_raw, nonce, AESGCM(key).encrypt(nonce, dek, aad))


def _unseal(share: _Share, private: X25519PrivateKey, aad: bytes) -> bytes | None:
    try:
        shared = private.exchange(X25519PublicKey.from_public_bytes(share.ephemeral))
        key = _seal_key(shared, share.ephemeral, _raw(private.public_key()))
        return AESGCM(key).decrypt(share.nonce, share.ciphertext, aad)
    except (InvalidTag, ValueError):
        return None


@dataclass(frozen=True)
class _Session:
    """What a successful unlock holds: the parsed file, its directory and the keys."""

    keyslots: ks.KeySlotFile
    directory: ks.Directory
    dek: bytes
    index: int
    private_key: X25519PrivateKey
    kdf: KdfParams


def _wrap_aad(profile_id: UUID, name: bytes, kdf: KdfParams, salt: bytes) -> bytes:
    return b"fieldcase/keyslot/user-key/v1" + profile_id.bytes + _lp(name) + kdf.encode() + salt


def _share_aad(profile_id: UUID, user_public: bytes) -> bytes:
    return b"fieldcase/keyslot/dek-share/v1" + profile_id.bytes + user_public


def _recovery_aad(profile_id: UUID, org_public: bytes) -> bytes:
    return b"fieldcase/keyslot/recovery/v1" + profile_id.bytes + org_public


def _argon2id(params: KdfParams, secret: bytes, salt: bytes) -> bytes:
    return params.derive(secret, salt)


def _duress_verifier(kek: bytes, profile_id: UUID, name: bytes) -> bytes:
    message = b"fieldcase/duress-verifier/v1" + profile_id.bytes + _lp(name)
    return hmac.new(kek, message, "sha256").digest()


class ProfileKeys:
    """Create, unlock and manage the key slots of profile folders.

    ``database_files(profile_dir)`` lists the files an erase must delete (the SQLCipher
    database and its -wal/-shm); it is required so an erase can never silently leave them.
    ``kdf_policy`` is the current cost policy: a slot found cheaper in memory or iterations is
    re-wrapped at unlock, never lower than it was. ``derive`` runs one Argon2id derivation;
    tests inject a recording stand-in.
    """

    def __init__(self, *, database_files: Callable[[Path], Sequence[Path]],
                 guard_policy: GuardPolicy | None = None,
                 kdf_policy: KdfParams = PRODUCTION_FLOOR,
                 clock: Callable[[], float] = time.time,
                 random_bytes: RandomBytes = os.urandom,
                 derive: Derive = _argon2id) -> None:
        self._database_files = database_files
        self._guard_policy = guard_policy or GuardPolicy()
        self._kdf_policy = kdf_policy
        self._clock = clock
        self._random = random_bytes
        self._derive = derive

    # -- public API -------------------------------------------------------------------------

    def create(self, profile_dir: Path, profile_id: UUID, user: str, passphrase: str,
               kdf: KdfParams, recovery_public_key: X25519PublicKey | None = None) -> bytes:
        """Make ``keyslots.bin`` for a new profile with its first user; returns the new DEK."""
        if (profile_dir / ks.KEYSLOT_FILE_NAME).exists():
            raise KeyManagementError("profile_exists", "this folder already holds a profile")
        name, secret = normalize_user(user), _new_secret(passphrase)
        make_private_dir(profile_dir)
        dek = self._random(DEK_BYTES)
        keyslots, directory = ks.blank_file(profile_id, self._random), ks.Directory()
        keyslots, directory = self._place_user(keyslots, directory, None, name, secret, kdf, dek)
        if recovery_public_key is not None:
            keyslots, directory = self._place_recovery(keyslots, directory,
                                                       recovery_public_key, dek)
        self._write(profile_dir, keyslots, directory, dek)
        self._guard(profile_dir).record_success(name)
        return dek

    def unlock(self, profile_dir: Path, user: str, passphrase: str) -> bytes:
        """The profile's DEK. Raises WrongPassphrase (or its ProfileErased subclass),
        UnlockThrottled, UnlockNotRecorded (nothing tried), NoProfile or KeySlotFileCorrupt.
        A missing or damaged key-slot file is first put back from a sound backup. After it,
        call ``pending_rekey``."""
        return self._unlock(profile_dir, user, passphrase).dek

    def failed_attempts(self, profile_dir: Path, user: str) -> int:
        """``user``'s failed attempts since their last successful unlock (for the audit)."""
        return self._guard(profile_dir).failures(normalize_user(user))

    def pending_rekey(self, profile_dir: Path, dek: bytes) -> bytes | None:
        """The previous DEK if ``remove_user`` ran but ``commit_rekey`` did not, else None."""
        return self._open(profile_dir, dek)[1].previous_dek

    def commit_rekey(self, profile_dir: Path, dek: bytes) -> None:
        """Forget the previous DEK, once the database and attachments use the new one."""
        keyslots, directory = self._open(profile_dir, dek)
        if directory.previous_dek is not None:
            self._write(profile_dir, keyslots, ks.Directory(
                directory.entries, directory.recovery_public_key, None), dek)

    def recovery_public_key(self, profile_dir: Path, dek: bytes) -> bytes | None:
        """The organisation recovery public key the profile was set up with (exports are
        sealed to it by default), or None."""
        return self._open(profile_dir, dek)[1].recovery_public_key

    def has_user(self, profile_dir: Path, user: str, dek: bytes) -> bool:
        keyslots, directory = self._open(profile_dir, dek)
        index = keyslots.find(ks.locate(keyslots.profile_id, "user", normalize_user(user)).tag)
        return index is not None and directory.entries[index].kind == SlotKind.USER

    def add_user(self, profile_dir: Path, dek: bytes, user: str, passphrase: str,
                 kdf: KdfParams) -> None:
        name, secret = normalize_user(user), _new_secret(passphrase)
        keyslots, directory = self._open(profile_dir, dek)
        if keyslots.find(ks.locate(keyslots.profile_id, "user", name).tag) is not None:
            raise KeyManagementError("user_exists", "this user already has a key slot")
        keyslots, directory = self._place_user(keyslots, directory, None, name, secret, kdf, dek)
        self._write(profile_dir, keyslots, directory, dek)

    def change_passphrase(self, profile_dir: Path, user: str, old: str, new: str,
                          kdf: KdfParams) -> None:
        """Re-wrap this user's slot only, under a new passphrase and a new user key pair.

        A wrong ``old`` counts as a failed unlock (backoff, wipe and duress apply).
        """
        secret = _new_secret(new)
        session = self._unlock(profile_dir, user, old)
        name = normalize_user(user)
        keyslots, directory = self._place_user(session.keyslots, session.directory,
                                               session.index, name, secret,
                                               kdf.at_least(session.kdf), session.dek)
        self._write(profile_dir, keyslots, directory, session.dek)

    def remove_user(self, profile_dir: Path, dek: bytes, user: str) -> bytes:
        """Phase one of removal: returns a new DEK sealed to every remaining user.

        The old DEK stays in the (new-DEK-encrypted) directory until ``commit_rekey``; the
        caller re-keys the database from ``subkey(dek, DATABASE)`` to ``subkey(new, DATABASE)``
        and then commits. Refuses to remove the last user or to start a second rekey.
        """
        keyslots, directory = self._open(profile_dir, dek)
        if directory.previous_dek is not None:
            raise KeyManagementError("rekey_pending", "finish the pending rekey first")
        index = keyslots.find(ks.locate(keyslots.profile_id, "user", normalize_user(user)).tag)
        if index is None or directory.entries[index].kind != SlotKind.USER:
            raise KeyManagementError("user_not_found", "this user has no key slot")
        remaining = [i for i in directory.indexes(SlotKind.USER) if i != index]
        if not remaining:
            raise KeyManagementError("last_user", "the last user of a profile cannot be removed")
        new_dek = self._random(DEK_BYTES)
        removed_public = directory.entries[index].public_key
        for i, entry in enumerate(directory.entries):
            if i == index or (entry.kind == SlotKind.DURESS and entry.public_key == removed_public):
                keyslots = keyslots.with_slot(i, self._random(ks.SLOT_SIZE))
                directory = directory.with_entry(i, ks.DirectoryEntry(SlotKind.FREE))
        for i in remaining:
            keyslots = keyslots.with_slot(i, self._reseal_user(
                keyslots, i, directory.entries[i].public_key, new_dek))
        if directory.recovery_public_key is not None:
            org = X25519PublicKey.from_public_bytes(directory.recovery_public_key)
            keyslots, directory = self._place_recovery(keyslots, directory, org, new_dek)
        directory = ks.Directory(directory.entries, directory.recovery_public_key, dek)
        self._write(profile_dir, keyslots, directory, new_dek)
        return new_dek

    def rekey_all(self, profile_dir: Path, dek: bytes) -> bytes:
        """Phase one of a travel crypto-erase (``services.travel``): a new DEK sealed to every
        user and to the recovery key, nobody removed. Each user's wrapped private key (part A)
        and any duress verifier stay as they are, so every passphrase still opens the profile;
        only the DEK share (part B) changes. The old DEK is kept in the directory until
        ``commit_rekey``, exactly as ``remove_user`` does, so a crash part-way is finished at
        the next unlock (``services.profile._finish_pending_rekey``)."""
        keyslots, directory = self._open(profile_dir, dek)
        if directory.previous_dek is not None:
            raise KeyManagementError("rekey_pending", "finish the pending rekey first")
        new_dek = self._random(DEK_BYTES)
        for i in directory.indexes(SlotKind.USER):
            keyslots = keyslots.with_slot(i, self._reseal_user(
                keyslots, i, directory.entries[i].public_key, new_dek))
        if directory.recovery_public_key is not None:
            org = X25519PublicKey.from_public_bytes(directory.recovery_public_key)
            keyslots, directory = self._place_recovery(keyslots, directory, org, new_dek)
        directory = ks.Directory(directory.entries, directory.recovery_public_key, dek)
        self._write(profile_dir, keyslots, directory, new_dek)
        return new_dek

    def open_with_recovery(self, profile_dir: Path,
                           recovery_private_key: X25519PrivateKey) -> bytes:
        """The DEK, opened with the organisation's recovery key; nothing is written.

        Raises KeyManagementError("no_recovery") when the profile has no recovery slot for
        this key (another organisation's key, or a profile set up without one): the two
        cannot be told apart, since slots hide their kind.
        """
        keyslots = kf.read_or_restore(profile_dir)
        path = profile_dir / ks.KEYSLOT_FILE_NAME
        org_public = _raw(recovery_private_key.public_key())
        locator = ks.locate(keyslots.profile_id, "recovery", org_public)
        index = keyslots.find(locator.tag)
        if index is None:
            raise KeyManagementError("no_recovery", "this profile has no slot for that key")
        share = _Share.decode(ks.read_part_a(keyslots.slots[index], locator.mask_key),
                              SlotKind.RECOVERY, path)
        dek = _unseal(share, recovery_private_key, _recovery_aad(keyslots.profile_id, org_public))
        if dek is None:
            raise KeySlotFileCorrupt(path, "slot")
        return dek

    def recover(self, profile_dir: Path, recovery_private_key: X25519PrivateKey, user: str,
                new_passphrase: str, kdf: KdfParams) -> bytes:
        """Open the DEK with the organisation's recovery key and (re)set ``user``'s passphrase.

        Works for a user who forgot their passphrase and for a new user alike; it also clears
        the failed-unlock count. Returns the DEK.
        """
        name, secret = normalize_user(user), _new_secret(new_passphrase)
        dek = self.open_with_recovery(profile_dir, recovery_private_key)
        keyslots, directory = self._open(profile_dir, dek)
        path = profile_dir / ks.KEYSLOT_FILE_NAME
        user_locator = ks.locate(keyslots.profile_id, "user", name)
        user_index = keyslots.find(user_locator.tag)
        if user_index is not None:  # the new slot costs at least what the old one did
            old = ks.parse_part_head(ks.read_part_a(keyslots.slots[user_index],
                                                    user_locator.mask_key), SlotKind.USER, path)
            kdf = kdf if old is None else kdf.at_least(old)
        keyslots, directory = self._place_user(keyslots, directory, user_index, name, secret,
                                               kdf, dek)
        self._write(profile_dir, keyslots, directory, dek)
        self._guard(profile_dir).record_success(name)
        return dek

    def set_duress_passphrase(self, profile_dir: Path, user: str, passphrase: str,
                              duress_passphrase: str, kdf: KdfParams) -> None:
        """Store an Argon2id verifier of ``duress_passphrase`` in a slot like any other.

        Only if the organisation policy enables duress; the user proves their passphrase.
        """
        if not self._guard_policy.duress_enabled:
            raise KeyManagementError("policy", "duress passphrases are not enabled")
        duress = _new_secret(duress_passphrase)
        if duress == normalize_passphrase(passphrase).encode("utf-8"):
            raise KeyManagementError("passphrase_rejected",
                                     "the duress passphrase must differ from the passphrase")
        session = self._unlock(profile_dir, user, passphrase)
        name, keyslots = normalize_user(user), session.keyslots
        locator = ks.locate(keyslots.profile_id, "duress", name)
        index = keyslots.find(locator.tag)
        index = self._free_index(session.directory) if index is None else index
        salt = self._random(_SALT_BYTES)
        if keyslots.cost is not None:
            kdf = kdf.at_least(keyslots.cost)
        verifier = _duress_verifier(self._derive(kdf, duress, salt), keyslots.profile_id, name)
        part = ks.part_head(SlotKind.DURESS, kdf) + salt + verifier
        keyslots = keyslots.with_slot(index, ks.build_slot(locator.tag, locator.mask_key, part,
                                                           self._random))
        owner = _raw(session.private_key.public_key())
        directory = session.directory.with_entry(index, ks.DirectoryEntry(SlotKind.DURESS, owner))
        self._write(profile_dir, keyslots, directory, session.dek, slot_kdf=kdf)

    def has_duress(self, profile_dir: Path, dek: bytes, user: str) -> bool:
        """Whether ``user`` has a duress passphrase (the directory, readable with the DEK,
        ties each duress slot to its owner's public key)."""
        keyslots, directory = self._open(profile_dir, dek)
        return bool(self._duress_indexes(keyslots, directory, user))

    def remove_duress(self, profile_dir: Path, dek: bytes, user: str | None = None) -> int:
        """Free ``user``'s duress slot (None: every user's, when the organisation forbids
        them); the slot becomes random bytes like any free one. Returns how many went."""
        keyslots, directory = self._open(profile_dir, dek)
        doomed = (directory.indexes(SlotKind.DURESS) if user is None
                  else self._duress_indexes(keyslots, directory, user))
        for i in doomed:
            keyslots = keyslots.with_slot(i, self._random(ks.SLOT_SIZE))
            directory = directory.with_entry(i, ks.DirectoryEntry(SlotKind.FREE))
        if doomed:
            self._write(profile_dir, keyslots, directory, dek)
        return len(doomed)

    def _duress_indexes(self, keyslots: ks.KeySlotFile, directory: ks.Directory,
                        user: str) -> list[int]:
        index = keyslots.find(ks.locate(keyslots.profile_id, "user", normalize_user(user)).tag)
        if index is None or directory.entries[index].kind != SlotKind.USER:
            return []
        owner = directory.entries[index].public_key
        return [i for i in directory.indexes(SlotKind.DURESS)
                if directory.entries[i].public_key == owner]

    def restore_backup(self, profile_dir: Path) -> None:
        """Replace a damaged ``keyslots.bin`` by its checked backup copy."""
        kf.restore_backup(profile_dir)

    # -- the unlock protocol ------------------------------------------------------------------

    def _unlock(self, profile_dir: Path, user: str, passphrase: str) -> _Session:
        """Try the user slot, then the duress verifier; both derivations always run on failure,
        at the same cost for a name with or without a slot, so the time taken does not tell
        whether a user or a duress passphrase exists. The attempt is counted before the first
        derivation (``UnlockGuard.count_attempt``) and un-counted once the slot opens."""
        keyslots = kf.read_or_restore(profile_dir)
        name = normalize_user(user)
        secret = normalize_passphrase(passphrase).encode("utf-8")
        path = profile_dir / ks.KEYSLOT_FILE_NAME
        cost = keyslots.cost or self._kdf_policy  # a format 1 file: this process's policy
        locator = ks.locate(keyslots.profile_id, "user", name)
        index = keyslots.find(locator.tag)
        part = None if index is None else ks.read_part_a(keyslots.slots[index], locator.mask_key)
        slot_kdf = None if part is None else ks.parse_part_head(part, SlotKind.USER, path)
        if part is not None and slot_kdf is None:
            raise KeySlotFileCorrupt(path, "slot")
        guard = self._guard(profile_dir)
        wait = guard.seconds_until_allowed(name)
        if wait > 0:
            if self._is_duress(keyslots, name, secret, cost, path):
                self._erase(profile_dir)
                raise ProfileErased(wait)
            raise UnlockThrottled(wait)
        outcome = guard.count_attempt(name)
        if index is None or part is None or slot_kdf is None:
            self._derive(cost, secret, self._random(_SALT_BYTES))  # what a real slot costs
        else:
            try:
                session = self._open_user_slot(keyslots, index, part, slot_kdf, name, secret,
                                               path)
            except KeySlotFileCorrupt:
                guard.record_success(name)  # the passphrase was right; the file is not
                raise
            if session is not None:
                guard.record_success(name)
                kf.mirror_backup(profile_dir, keyslots)
                return self._upgrade(profile_dir, session, locator, name, secret)
        if self._is_duress(keyslots, name, secret, cost, path) or outcome.erase:
            self._erase(profile_dir)
            raise ProfileErased(outcome.retry_after_seconds)
        raise WrongPassphrase(outcome.retry_after_seconds)

    def _open_user_slot(self, keyslots: ks.KeySlotFile, index: int, part: bytes,
                        kdf: KdfParams, name: bytes, secret: bytes, path: Path) -> _Session | None:
        start = ks.PART_HEAD_SIZE
        salt, nonce = part[start:start + 16], part[start + 16:start + 28]
        wrapped = part[start + 28:start + 76]
        kek = self._derive(kdf, secret, salt)
        try:
            raw_private = AESGCM(kek).decrypt(
                nonce, wrapped, _wrap_aad(keyslots.profile_id, name, kdf, salt))
        except InvalidTag:
            return None
        private = X25519PrivateKey.from_private_bytes(raw_private)
        public = _raw(private.public_key())
        mask_b = ks.locate(keyslots.profile_id, "dek-share", public).mask_key
        share = _Share.decode(ks.read_part_b(keyslots.slots[index], mask_b), SlotKind.USER, path)
        dek = _unseal(share, private, _share_aad(keyslots.profile_id, public))
        if dek is None:
            raise KeySlotFileCorrupt(path, "slot")
        directory = keyslots.open_directory(subkey(dek, KeyPurpose.KEY_SLOT_DIRECTORY), path)
        if directory.entries[index] != ks.DirectoryEntry(SlotKind.USER, public):
            raise KeySlotFileCorrupt(path, "integrity")
        return _Session(keyslots, directory, dek, index, private, kdf)

    def _upgrade(self, profile_dir: Path, session: _Session, locator: ks.SlotLocator,
                 name: bytes, secret: bytes) -> _Session:
        """Re-wrap a slot cheaper than the policy or the profile cost (part A only), never
        lowering its memory or iterations, and record the profile cost of a format 1 file. A
        write that fails (a full disk) is left for the next unlock: the slot still opens."""
        keyslots = session.keyslots
        target = session.kdf.at_least(self._kdf_policy)
        if keyslots.cost is not None:
            target = target.at_least(keyslots.cost)
        if target == session.kdf and keyslots.cost is not None:
            return session
        if target != session.kdf:
            part = self._wrap_private(keyslots.profile_id, name, secret, target,
                                      session.private_key)
            keyslots = keyslots.with_slot(session.index, ks.replace_part_a(
                keyslots.slots[session.index], locator.mask_key, part, self._random))
        try:
            self._write(profile_dir, keyslots, session.directory, session.dek, slot_kdf=target)
        except OSError as error:
            log.warning("a key slot could not be re-wrapped (%s); kept for the next unlock",
                        type(error).__name__)
            return session
        return _Session(kf.read_file(profile_dir), session.directory, session.dek,
                        session.index, session.private_key, target)

    def _is_duress(self, keyslots: ks.KeySlotFile, name: bytes, secret: bytes,
                   cost: KdfParams, path: Path) -> bool:
        locator = ks.locate(keyslots.profile_id, "duress", name)
        index = keyslots.find(locator.tag)
        if index is None or not self._guard_policy.duress_enabled:
            self._derive(cost, secret, self._random(_SALT_BYTES))  # same cost either way
            return False
        part = ks.read_part_a(keyslots.slots[index], locator.mask_key)
        kdf = ks.parse_part_head(part, SlotKind.DURESS, path)
        if kdf is None:
            raise KeySlotFileCorrupt(path, "slot")
        start = ks.PART_HEAD_SIZE
        salt, stored = part[start:start + 16], part[start + 16:start + 48]
        candidate = _duress_verifier(self._derive(kdf, secret, salt), keyslots.profile_id, name)
        return hmac.compare_digest(candidate, stored)

    def erase(self, profile_dir: Path) -> None:
        """Crypto-erase the profile now (the quick wipe): what a duress passphrase does."""
        self._erase(profile_dir)

    def _erase(self, profile_dir: Path) -> None:
        crypto_erase(profile_dir, self._database_files(profile_dir), self._random)

    # -- building slots -----------------------------------------------------------------------

    def _wrap_private(self, profile_id: UUID, name: bytes, secret: bytes, kdf: KdfParams,
                      private: X25519PrivateKey) -> bytes:
        salt, nonce = self._random(_SALT_BYTES), self._random(ks.NONCE_SIZE)
        wrapped = AESGCM(self._derive(kdf, secret, salt)).encrypt(
            nonce, private.private_bytes_raw(), _wrap_aad(profile_id, name, kdf, salt))
        return ks.part_head(SlotKind.USER, kdf) + salt + nonce + wrapped

    def _place_user(self, keyslots: ks.KeySlotFile, directory: ks.Directory, index: int | None,
                    name: bytes, secret: bytes, kdf: KdfParams,
                    dek: bytes) -> tuple[ks.KeySlotFile, ks.Directory]:
        """Write a user slot with a fresh key pair at ``index`` (or a random free slot), at
        ``kdf`` or the profile cost if that is higher; the profile cost follows it up."""
        profile_id = keyslots.profile_id
        if keyslots.cost is not None:
            kdf = kdf.at_least(keyslots.cost)
        keyslots = keyslots.with_cost(kdf)
        private = X25519PrivateKey.from_private_bytes(self._random(32))
        public = _raw(private.public_key())
        locator = ks.locate(profile_id, "user", name)
        mask_b = ks.locate(profile_id, "dek-share", public).mask_key
        share = _seal(dek, private.public_key(), _share_aad(profile_id, public), self._random)
        slot = ks.build_slot(locator.tag, locator.mask_key,
                             self._wrap_private(profile_id, name, secret, kdf, private),
                             self._random, mask_b, share.encode(SlotKind.USER))
        if index is None:
            index = self._free_index(directory)
        else:  # a duress slot follows its owner to the new key pair
            old = directory.entries[index].public_key
            for i in directory.indexes(SlotKind.DURESS):
                if directory.entries[i].public_key == old:
                    directory = directory.with_entry(i, ks.DirectoryEntry(SlotKind.DURESS, public))
        directory = directory.with_entry(index, ks.DirectoryEntry(SlotKind.USER, public))
        return keyslots.with_slot(index, slot), directory

    def _reseal_user(self, keyslots: ks.KeySlotFile, index: int, public: bytes,
                     dek: bytes) -> bytes:
        profile_id = keyslots.profile_id
        share = _seal(dek, X25519PublicKey.from_public_bytes(public),
                      _share_aad(profile_id, public), self._random)
        mask_b = ks.locate(profile_id, "dek-share", public).mask_key
        return ks.replace_part_b(keyslots.slots[index], mask_b, share.encode(SlotKind.USER),
                                 self._random)

    def _place_recovery(self, keyslots: ks.KeySlotFile, directory: ks.Directory,
                        org: X25519PublicKey, dek: bytes) -> tuple[ks.KeySlotFile, ks.Directory]:
        org_public = _raw(org)
        existing = directory.indexes(SlotKind.RECOVERY)
        index = existing[0] if existing else self._free_index(directory)
        locator = ks.locate(keyslots.profile_id, "recovery", org_public)
        share = _seal(dek, org, _recovery_aad(keyslots.profile_id, org_public), self._random)
        slot = ks.build_slot(locator.tag, locator.mask_key, share.encode(SlotKind.RECOVERY),
                             self._random)
        directory = directory.with_entry(index, ks.DirectoryEntry(SlotKind.RECOVERY))
        directory = ks.Directory(directory.entries, org_public, directory.previous_dek)
        return keyslots.with_slot(index, slot), directory

    def _free_index(self, directory: ks.Directory) -> int:
        """A random free slot, so a slot's position says nothing about when it was made."""
        free = directory.indexes(SlotKind.FREE)
        if not free:
            raise KeyManagementError("no_free_slot", "all key slots of this profile are in use")
        return free[int.from_bytes(self._random(4), "little") % len(free)]

    # -- file access --------------------------------------------------------------------------

    def _open(self, profile_dir: Path, dek: bytes) -> tuple[ks.KeySlotFile, ks.Directory]:
        keyslots = kf.read_or_restore(profile_dir)
        key = subkey(dek, KeyPurpose.KEY_SLOT_DIRECTORY)
        return keyslots, keyslots.open_directory(key, profile_dir / ks.KEYSLOT_FILE_NAME)

    def _write(self, profile_dir: Path, keyslots: ks.KeySlotFile, directory: ks.Directory,
               dek: bytes, *, slot_kdf: KdfParams | None = None) -> None:
        """Seal and write both copies; ``slot_kdf`` (the cost of a slot just written) raises
        the profile cost if it is higher."""
        if slot_kdf is not None:
            cost = keyslots.cost
            keyslots = keyslots.with_cost(slot_kdf if cost is None else cost.at_least(slot_kdf))
        key = subkey(dek, KeyPurpose.KEY_SLOT_DIRECTORY)
        kf.write_file(profile_dir, keyslots.sealed(directory, key, self._random))

    def _guard(self, profile_dir: Path) -> UnlockGuard:
        return UnlockGuard(profile_dir, self._guard_policy, self._clock, self._random)
