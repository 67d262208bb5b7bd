"""Profiles: create one, unlock it, add users. The glue between key slots and the store.

A profile folder (mode 0700, its files 0600) holds ``keyslots.bin`` (the data key wrapped once
per user) and its backup, the backoff state, and ``store.db`` (SQLCipher, keyed with a sub-key
of the data key). Nothing in the folder names a user or a person in clear.

An unlock says what is wrong with a damaged or incomplete profile instead of "wrong
passphrase": what can be seen without the passphrase (a missing store, missing or damaged key
slots) before any passphrase is tried, the same for every user name; what needs the key (a
damaged store page, another profile's store) after a correct one. It never creates a store
beside existing key slots and never writes to a store it found damaged.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from functools import lru_cache
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from fieldcase.domain import passphrase as passphrase_policy
from fieldcase.domain.errors import FieldCaseError, ValidationError
from fieldcase.domain.lease import LeasePolicy, LeaseState
from fieldcase.domain.policy import Action, Actor, Role, require
from fieldcase.resources import asset_path
from fieldcase.services import (
    drafts,
    export_file,
    lease,
    passphrase_words,
    recovery,
    store_history,
)
from fieldcase.services.changes import Changes
from fieldcase.services.profile_files import default_profile_dir, profile_exists
from fieldcase.services.session import Session
from fieldcase.storage import attachments, file_modes, store_marks
from fieldcase.storage import org_policy as stored_policy
from fieldcase.storage.errors import (
    StoreCorrupt,
    StoreError,
    StoreFull,
    StoreMissing,
    StoreReadOnly,
    WrongKey,
)
from fieldcase.storage.kdf import PRODUCTION_FLOOR
from fieldcase.storage.keys import (
    KdfParams,
    KeyManagementError,
    KeyPurpose,
    KeySlotFileCorrupt,
    ProfileKeys,
    calibrate,
    subkey,
)
from fieldcase.storage.keyslots import BACKUP_FILE_NAME, KEYSLOT_FILE_NAME, NoProfile
from fieldcase.storage.store import DATABASE_FILE, Store
from fieldcase.storage.unlock_guard import GuardPolicy

__all__ = [
    "KdfParams",
    "ProfileLocked",
    "add_user",
    "change_passphrase",
    "check_new_passphrase",
    "confirm_passphrase",
    "create_profile",
    "database_files",
    "default_profile_dir",
    "profile_exists",
    "recover",
    "remove_user",
    "suggest_passphrase",
    "typed_passphrase",
    "unlock",
]


log = logging.getLogger(__name__)

STORE_MISSING_MESSAGE = ("the case store of this profile (store.db) is missing, so nothing "
                         "can be opened; nothing was created in its place: restore the profile "
                         "folder from a copy or contact your administrator")
FOREIGN_STORE_MESSAGE = ("the case store does not open with this profile's key: its first page "
                         "is damaged or it belongs to another profile; nothing was changed: "
                         "keep the profile folder as it is and contact your administrator")


UNLOCK_GUARD = GuardPolicy(duress_enabled=True)
"""The guard of every unlock: a duress passphrase is honoured wherever one is set. One exists
only if its owner set it while the organisation's policy allowed it, and a policy that forbids
them removes them (``services.protections.enforce``), so checking it always is the policy."""


class ProfileLocked(FieldCaseError):
    """Wrong user name or passphrase, throttled, or no profile: exit code 3."""

    kind = "locked"

    def __init__(self, message: str, retry_after_seconds: float = 0.0) -> None:
        super().__init__(message)
        self.retry_after_seconds = retry_after_seconds


@lru_cache(maxsize=1)
def _calibrated() -> KdfParams:
    return calibrate(1.0)


def database_files(profile_dir: Path) -> Sequence[Path]:
    """What an erase deletes besides the key slots: the database, its -wal and -shm, its mark
    (``storage.store_marks``), and the folder of encrypted attachment files."""
    base = profile_dir / DATABASE_FILE
    return [base, base.with_name(DATABASE_FILE + "-wal"), base.with_name(DATABASE_FILE + "-shm"),
            profile_dir / store_marks.MARK_FILE, profile_dir / attachments.FOLDER]


def _keys(kdf: KdfParams | None, guard: GuardPolicy | None = None) -> ProfileKeys:
    policy = kdf if kdf is not None else _calibrated()
    return ProfileKeys(database_files=database_files, guard_policy=guard, kdf_policy=policy)


@lru_cache(maxsize=1)
def _blocklist() -> frozenset[str]:
    # Not read_lines: a few common passwords start with "#".
    text = asset_path("passphrase", "blocklist.txt").read_text(encoding="utf-8")
    return passphrase_policy.parse_blocklist(text.splitlines())


def check_new_passphrase(passphrase: str, *, user: str, site: str) -> None:
    """NIST SP 800-63B: length and a blocklist, not composition rules."""
    result = passphrase_policy.check_passphrase(passphrase, context_words=(user, site),
                                                blocklist=_blocklist())
    if not result.ok:
        raise ValidationError("passphrase", result.problems[0],
                              "passphrase refused: " + ", ".join(
                                  p.replace("_", " ") for p in result.problems)
                              + f" (at least {passphrase_policy.MIN_LENGTH} characters; a few "
                              "random words work well)")


def suggest_passphrase(language: str | None = None) -> str:
    """Random words in the interface language (``services.passphrase_words``)."""
    return passphrase_words.suggest_passphrase(language)


def create_profile(profile_dir: Path, *, user: str, passphrase: str, role: str, team: str,
                   site: str, kdf: KdfParams | None = None,
                   recovery_public_key: bytes | None = None,
                   now: Callable[[], datetime] | None = None) -> None:
    check_new_passphrase(passphrase, user=user, site=site)
    recovery = None if recovery_public_key is None else \
        X25519PublicKey.from_public_bytes(recovery_public_key)
    if profile_exists(profile_dir):
        raise KeyManagementError("profile_exists", "this folder already holds a profile")
    keys = _keys(kdf)
    try:
        dek = keys.create(profile_dir, uuid.uuid4(), user, passphrase, kdf or _calibrated(),
                          recovery)
        with _open_store(profile_dir, dek, now, create=True) as store, store.atomic():
            _insert_user(store, user, Role(role), team, site)
            store.audit(user, "profile.create")
    except BaseException:  # a full disk, say: leave no key slots without their store
        for name in (KEYSLOT_FILE_NAME, BACKUP_FILE_NAME, DATABASE_FILE,
                     DATABASE_FILE + "-wal", DATABASE_FILE + "-shm"):
            (profile_dir / name).unlink(missing_ok=True)
        raise


def _open_store(profile_dir: Path, dek: bytes, now: Callable[[], datetime] | None, *,
                create: bool = False, read_only: bool = False) -> Store:
    key = subkey(dek, KeyPurpose.DATABASE)
    options = {} if now is None else {"now": now}
    return Store.open(profile_dir, key, create=create, read_only=read_only, **options)


def _insert_user(store: Store, user: str, role: Role, team: str, site: str) -> None:
    store.raw.execute(
        "INSERT INTO users (name, role, team, site, created_at) VALUES (?, ?, ?, ?, ?)",
        (user, role.value, team, site, store.now().isoformat()))


def unlock(profile_dir: Path, *, user: str, passphrase: str, kdf: KdfParams | None = None,
           now: Callable[[], datetime] | None = None,
           guard: GuardPolicy | None = None,
           lease_policy: LeasePolicy | None = None,
           read_only: bool = False) -> Session:
    """Open the profile as ``user``. Every refusal of the credentials looks the same from
    outside (ProfileLocked) so an observer learns nothing about which users exist.

    A damaged or incomplete profile raises the store's kinds instead (StoreCorrupt and its
    StoreMissing, KeySlotFileCorrupt; UnlockNotRecorded, a StoreFull, when the attempt
    cannot be counted). On a full disk the session still opens for reading: the unlock event
    that cannot be written is left out of the audit (logged by kind), and anything that must
    write says storage is full. ``read_only`` (``self-test``) opens the store without writing
    anything to it, not even the unlock event.

    An enrolled profile also gets its offline lease (``Session.lease``, see
    ``services.lease``): when it has expired the session still opens, so the person can sync,
    but case services refuse with ``LeaseExpired`` until a sync succeeds."""
    _check_files(profile_dir)
    file_modes.mend(profile_dir)
    keys = _keys(kdf, guard or UNLOCK_GUARD)
    try:
        failures_before = keys.failed_attempts(profile_dir, user)
        dek = keys.unlock(profile_dir, user, passphrase)
    except NoProfile:
        raise ProfileLocked("wrong user name or passphrase") from None
    except StoreError as error:
        if error.kind in ("locked", "throttled"):
            raise ProfileLocked(str(error), getattr(error, "retry_after_seconds", 0.0)) \
                from None
        raise
    if not read_only:
        _finish_pending_rekey(keys, profile_dir, dek)
    elif keys.pending_rekey(profile_dir, dek) is not None:
        raise StoreReadOnly("a user removal was interrupted: unlock normally once to finish "
                            "it, then check again; nothing was changed")
    log = store_history.before_open(profile_dir)  # SQLite's replay overwrites the evidence
    try:
        store = _open_store(profile_dir, dek, now, read_only=read_only)
    except WrongKey:
        raise StoreCorrupt(FOREIGN_STORE_MESSAGE) from None
    try:
        with store.reading():
            row = store.raw.execute("SELECT role, team, site FROM users WHERE name = ?",
                                    (user,)).fetchone()
            if row is None:
                raise ProfileLocked("wrong user name or passphrase")
            problems = store_history.after_open(store, profile_dir, dek, log)
            moment = store.now()
            rules = lease_policy or lease.policy(store)  # the organisation's, once fetched
            state = lease.evaluate(store, moment, rules)
            forbids_duress = _policy_forbids_duress(store)
        if not read_only:
            if forbids_duress:  # the organisation's "off": no duress passphrase stays
                keys.remove_duress(profile_dir, dek)
            _audit_unlock(store, user, failures_before, state, moment, problems)
            export_file.sweep_leftovers(store)  # what an interrupted export left in clear
            drafts.sweep_expired(store, user, moment)  # drafts past their retention
    except BaseException:
        store.close()
        raise
    return Session(store, Actor(user, Role(row[0]), row[1], row[2]), dek, lease=state,
                   lease_policy=rules, store_problems=problems, kdf=kdf)


def _policy_forbids_duress(store: Store) -> bool:
    published = stored_policy.load(store)
    return published is not None and published.policy.duress == "off"


def _check_files(profile_dir: Path) -> None:
    """What can be told without a passphrase, and so without saying whether a name exists."""
    slots = any((profile_dir / name).is_file() for name in (KEYSLOT_FILE_NAME, BACKUP_FILE_NAME))
    store = (profile_dir / DATABASE_FILE).is_file()
    if slots and not store:
        raise StoreMissing(STORE_MISSING_MESSAGE)
    if store and not slots:
        raise KeySlotFileCorrupt(profile_dir / KEYSLOT_FILE_NAME, "missing")


def _audit_unlock(store: Store, user: str, failures_before: int, state: LeaseState | None,
                  moment: datetime, problems: tuple[store_history.StoreProblem, ...]) -> None:
    try:
        with store.atomic():
            store.audit(user, "unlock",
                        details={"failed_attempts_before": failures_before,
                                 **({} if state is None else {"lease": state.status.value})})
            lease.note_seen(store, moment)
            store_history.record(store, user, problems)
    except StoreFull:
        log.warning("an unlock could not be audited: storage is full")


def _finish_pending_rekey(keys: ProfileKeys, profile_dir: Path, dek: bytes) -> None:
    """A removal that crashed after writing the new slots but before re-encrypting the
    database is finished here: the store still opens with the previous data key."""
    previous = keys.pending_rekey(profile_dir, dek)
    if previous is None:
        return
    try:
        with Store.open(profile_dir, subkey(previous, KeyPurpose.DATABASE),
                        create=False) as store:
            store.connection.rekey(subkey(dek, KeyPurpose.DATABASE))
    except WrongKey:
        pass  # the crash came after the database was re-encrypted: it already has the new key
    with Store.open(profile_dir, subkey(dek, KeyPurpose.DATABASE), create=False) as store:
        _rewrap_attachments(store, previous, dek)
    keys.commit_rekey(profile_dir, dek)


_ATTACHMENTS_KEY_CHECK = "attachments_key_check"


def _rewrap_attachments(store: Store, old_dek: bytes, new_dek: bytes) -> None:
    """Re-wrap the attachment file keys under the new data key, once: a check value of the
    key in use is committed with the re-wrap, so a rekey finished after a crash can tell
    whether this step already ran."""
    new_key = subkey(new_dek, KeyPurpose.ATTACHMENTS)
    check = hashlib.sha256(b"fieldcase/attachments-key-check/v1" + new_key).hexdigest()[:32]
    if store.meta(_ATTACHMENTS_KEY_CHECK) == check:
        return
    with store.atomic():
        attachments.AttachmentFiles(store, subkey(old_dek, KeyPurpose.ATTACHMENTS)).rewrap(
            new_key)
        store.set_meta(_ATTACHMENTS_KEY_CHECK, check)


def add_user(session: Session, *, name: str, passphrase: str, role: str, team: str, site: str,
             kdf: KdfParams | None = None) -> Changes:
    """Give another person their own key slot and user record (admins only)."""
    require(session.actor, Action.MANAGE_USERS)
    check_new_passphrase(passphrase, user=name, site=site)
    profile_dir = session.store.connection.path.parent
    _keys(kdf).add_user(profile_dir, session.data_key, name, passphrase, kdf or _calibrated())
    with session.store.atomic():
        _insert_user(session.store, name, Role(role), team, site)
        session.store.audit(session.actor.user, "user.add")
    return Changes(users=True)


@contextmanager
def typed_passphrase(field: str, message: str) -> Iterator[None]:
    """Around a key-slot operation on a passphrase the person typed in a session (a change,
    a confirmation, a duress passphrase): a wrong one counts as a failed unlock of the name
    and is refused as ValidationError on ``field`` (a duress one looks the same); while the
    name must wait, ProfileLocked with ``retry_after_seconds``."""
    try:
        yield
    except StoreError as error:
        if error.kind == "locked":
            raise ValidationError(field, "wrong_passphrase", message) from None
        if error.kind == "throttled":
            raise ProfileLocked(str(error), getattr(error, "retry_after_seconds", 0.0)) \
                from None
        raise


def change_passphrase(session: Session, *, current: str, new: str,
                      kdf: KdfParams | None = None) -> None:
    """Give the signed-in user a new passphrase: their key slot alone is re-wrapped (the data
    key and the store stay as they are), and the change is audited.

    A wrong ``current`` counts as a failed unlock of this user name (its backoff applies) and
    is refused as ValidationError on ``current_passphrase``; while the name must wait, as
    ProfileLocked with ``retry_after_seconds``. The new passphrase must pass the policy and
    differ from the current one. The cost is at least the slot's (``kdf``, else the one the
    session was unlocked with, else this machine's calibration)."""
    actor = session.actor
    same = passphrase_policy.normalize_passphrase(new) == \
        passphrase_policy.normalize_passphrase(current)
    if same:
        raise ValidationError("passphrase", "unchanged",
                              "the new passphrase must differ from the current one")
    check_new_passphrase(new, user=actor.user, site=actor.site)
    cost = kdf or session.kdf or _calibrated()
    with typed_passphrase("current_passphrase", "the current passphrase is not right"):
        _keys(cost).change_passphrase(_profile_dir(session), actor.user, current, new, cost)
    _audit_after_key_change(session.store, actor.user, "passphrase.change")


def confirm_passphrase(session: Session, passphrase: str) -> None:
    """Check that the person working is who unlocked: their passphrase again, before a print
    or an export (``services.printouts``). The check is an unlock of their own key slot, so a
    wrong passphrase counts as a failed unlock of the name (its backoff, wipe-after-N and
    duress apply, as at the unlock screen and in ``change_passphrase``), and is refused as
    ValidationError on ``passphrase``; while the name must wait, ProfileLocked. The slot must
    give this session's data key: another profile's passphrase never passes."""
    actor = session.actor
    with typed_passphrase("passphrase", "the passphrase is not right"):
        dek = _keys(session.kdf or _calibrated()).unlock(_profile_dir(session), actor.user,
                                                          passphrase)
    if not secrets.compare_digest(dek, session.data_key):
        raise ValidationError("passphrase", "wrong_passphrase", "the passphrase is not right")


def recovery_public_key(session: Session) -> bytes | None:
    """The organisation's recovery public key (32 bytes) this profile holds, or None: what
    an export is sealed to unless the person chooses otherwise (``services.export_output``)."""
    # Reading the directory derives nothing: the floor spares a calibration run.
    keys = _keys(session.kdf or PRODUCTION_FLOOR)
    return keys.recovery_public_key(_profile_dir(session), session.data_key)


def key_slots(session: Session, *, kdf: KdfParams | None = None) -> ProfileKeys:
    """The profile's key slots for a service of its own (travel mode, the protections):
    at ``kdf`` for one that derives, else at the floor (re-keying derives nothing)."""
    return _keys(kdf or session.kdf or PRODUCTION_FLOOR, UNLOCK_GUARD)


def calibrated_cost() -> KdfParams:
    """This machine's Argon2id cost (calibrated once per process)."""
    return _calibrated()


def _profile_dir(session: Session) -> Path:
    return session.store.connection.path.parent


def _audit_after_key_change(store: Store, user: str, action: str) -> None:
    """The key slot is already rewritten: on a full disk the change stands and the missing
    event is logged by kind only (as an unlock's is), rather than reported as not done."""
    try:
        with store.atomic():
            store.audit(user, action)
    except StoreFull:
        log.warning("a key change could not be audited: storage is full")


def remove_user(session: Session, *, name: str, kdf: KdfParams | None = None) -> Changes:
    """Delete a user's key slot and rekey: the profile gets a new data key, the database is
    re-encrypted under it, and the removed user's passphrase (or a copy of the old key slot
    file) opens nothing any more. A crash part-way is finished at the next unlock."""
    require(session.actor, Action.MANAGE_USERS)
    if name == session.actor.user:
        raise ValidationError("user", "self_removal", "you cannot remove yourself")
    profile_dir = session.store.connection.path.parent
    keys = _keys(kdf)
    new_dek = keys.remove_user(profile_dir, session.data_key, name)
    session.store.connection.rekey(subkey(new_dek, KeyPurpose.DATABASE))
    _rewrap_attachments(session.store, session.data_key, new_dek)
    keys.commit_rekey(profile_dir, new_dek)
    session.data_key = new_dek
    with session.store.atomic():
        session.store.raw.execute("DELETE FROM users WHERE name = ?", (name,))
        session.store.audit(session.actor.user, "user.remove")
    return Changes(users=True)


def recover(profile_dir: Path, *, recovery_key: str, user: str, new_passphrase: str,
            kdf: KdfParams | None = None, now: Callable[[], datetime] | None = None) -> None:
    """After a forgotten passphrase: the organisation's recovery key (the text of its file,
    ``services.recovery``) opens the profile and gives ``user``, a user of this profile, a new
    passphrase; audited as ``profile.recover``. The person then unlocks as usual.

    Nothing is written until every check has passed. Raises ValidationError for a text that
    is not a recovery key (``recovery_key``: not_a_recovery_key), a key that does not open
    this profile (wrong_recovery_key: another organisation's, or a profile set up without
    one), a name the profile does not know (``user``: unknown_user) and the passphrase
    policy (``passphrase``); a damaged or incomplete profile raises what unlock raises."""
    private = X25519PrivateKey.from_private_bytes(recovery.read_private_key(recovery_key))
    _check_files(profile_dir)
    file_modes.mend(profile_dir)
    keys = _keys(kdf)
    try:
        dek = keys.open_with_recovery(profile_dir, private)
    except KeyManagementError:
        raise ValidationError("recovery_key", "wrong_recovery_key",
                              "this recovery key does not open this profile") from None
    _finish_pending_rekey(keys, profile_dir, dek)
    try:
        store = _open_store(profile_dir, dek, now)
    except WrongKey:
        raise StoreCorrupt(FOREIGN_STORE_MESSAGE) from None
    with store:
        with store.reading():
            row = store.raw.execute("SELECT site FROM users WHERE name = ?",
                                    (user,)).fetchone()
        if row is None:
            raise ValidationError("user", "unknown_user", "this profile has no such user")
        check_new_passphrase(new_passphrase, user=user, site=row[0])
        keys.recover(profile_dir, private, user, new_passphrase, kdf or _calibrated())
        _audit_after_key_change(store, user, "profile.recover")
