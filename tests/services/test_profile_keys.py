"""Key operations on a whole profile: the database follows the key slots."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from fieldcase.services import attachments, cases, profile
from fieldcase.services.session import Session
from fieldcase.storage.keys import KeyPurpose, ProfileKeys, subkey
from fieldcase.storage.store import Store
from fieldcase.storage.unlock_guard import GuardPolicy

from .conftest import PASSPHRASE, TEST_KDF, new_case

WORKER_PASSPHRASE = "river lamp orbit seven"


def _admin_profile(folder: Path, recovery_public: bytes | None = None) -> str:
    profile.create_profile(folder, user="it.admin", passphrase=PASSPHRASE, role="admin",
                           team="lamp", site="LAMP-01", kdf=TEST_KDF,
                           recovery_public_key=recovery_public)
    admin = profile.unlock(folder, user="it.admin", passphrase=PASSPHRASE, kdf=TEST_KDF)
    try:
        profile.add_user(admin, name="yonas", passphrase=WORKER_PASSPHRASE, role="supervisor",
                         team="lamp", site="LAMP-01", kdf=TEST_KDF)
    finally:
        admin.close()
    worker = profile.unlock(folder, user="yonas", passphrase=WORKER_PASSPHRASE, kdf=TEST_KDF)
    try:
        return cases.create_case(worker, new_case(assigned_to="yonas")).case_id
    finally:
        worker.close()


def test_remove_user_rekeys_the_database(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    case_id = _admin_profile(folder)
    stolen_copy = tmp_path / "stolen"
    shutil.copytree(folder, stolen_copy)  # what the removed user may have kept
    old_key = subkey(ProfileKeys(database_files=profile.database_files, kdf_policy=TEST_KDF)
                     .unlock(stolen_copy, "yonas", WORKER_PASSPHRASE), KeyPurpose.DATABASE)
    admin = profile.unlock(folder, user="it.admin", passphrase=PASSPHRASE, kdf=TEST_KDF)
    try:
        profile.remove_user(admin, name="yonas", kdf=TEST_KDF)
    finally:
        admin.close()
    with pytest.raises(profile.ProfileLocked):
        profile.unlock(folder, user="yonas", passphrase=WORKER_PASSPHRASE, kdf=TEST_KDF)
    with pytest.raises(Exception, match="could not be decrypted"):
        Store.open(folder, old_key)  # the old data key no longer opens the new database
    admin = profile.unlock(folder, user="it.admin", passphrase=PASSPHRASE, kdf=TEST_KDF)
    try:
        assert _stored_case_ids(admin) == [case_id]
    finally:
        admin.close()


def _stored_case_ids(session: Session) -> list[str]:
    """Admins may not read cases through the services; the test looks at the store itself."""
    return [row[0] for row in session.store.raw.execute("SELECT id FROM cases")]


def test_removal_interrupted_before_the_database_rekey_is_finished_at_unlock(
        tmp_path: Path) -> None:
    folder = tmp_path / "p"
    case_id = _admin_profile(folder)
    keys = ProfileKeys(database_files=profile.database_files, kdf_policy=TEST_KDF)
    dek = keys.unlock(folder, "it.admin", PASSPHRASE)
    keys.remove_user(folder, dek, "yonas")  # the crash: slots written, database not rekeyed
    admin = profile.unlock(folder, user="it.admin", passphrase=PASSPHRASE, kdf=TEST_KDF)
    try:
        assert _stored_case_ids(admin) == [case_id]
        assert keys.pending_rekey(folder, admin.data_key) is None
    finally:
        admin.close()


def test_change_passphrase(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    _admin_profile(folder)
    worker = profile.unlock(folder, user="yonas", passphrase=WORKER_PASSPHRASE, kdf=TEST_KDF)
    try:
        profile.change_passphrase(worker, current=WORKER_PASSPHRASE,
                                  new="a brand new passphrase")
    finally:
        worker.close()
    with pytest.raises(profile.ProfileLocked):
        profile.unlock(folder, user="yonas", passphrase=WORKER_PASSPHRASE, kdf=TEST_KDF)
    profile.unlock(folder, user="yonas", passphrase="a brand new passphrase",
                   kdf=TEST_KDF).close()
    profile.unlock(folder, user="it.admin", passphrase=PASSPHRASE, kdf=TEST_KDF).close()


def test_recovery_with_the_organisation_key(tmp_path: Path) -> None:
    organisation = X25519PrivateKey.generate()
    public = organisation.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    folder = tmp_path / "p"
    case_id = _admin_profile(folder, recovery_public=public)
    pem = organisation.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption())
    profile.recover(folder, recovery_key=pem.decode(), user="yonas",
                    new_passphrase="remembered this time", kdf=TEST_KDF)
    session = profile.unlock(folder, user="yonas", passphrase="remembered this time",
                             kdf=TEST_KDF)
    try:
        assert cases.show_case(session, case_id).document["id"] == case_id
    finally:
        session.close()


def test_duress_passphrase_erases_the_profile_and_looks_like_a_wrong_one(
        profile_dir: Path) -> None:
    policy = GuardPolicy(duress_enabled=True)
    session = profile.unlock(profile_dir, user="amina", passphrase=PASSPHRASE, kdf=TEST_KDF)
    try:
        cases.create_case(session, new_case())
    finally:
        session.close()
    ProfileKeys(database_files=profile.database_files, guard_policy=policy,
                kdf_policy=TEST_KDF).set_duress_passphrase(
        profile_dir, "amina", PASSPHRASE, "open sesame under duress", TEST_KDF)
    with pytest.raises(profile.ProfileLocked, match=r"^wrong user name or passphrase$"):
        profile.unlock(profile_dir, user="amina", passphrase="open sesame under duress",
                       kdf=TEST_KDF, guard=policy)
    assert not any(path.exists() for path in profile.database_files(profile_dir))
    with pytest.raises(profile.ProfileLocked):  # the real passphrase opens nothing any more
        profile.unlock(profile_dir, user="amina", passphrase=PASSPHRASE, kdf=TEST_KDF,
                       guard=policy)


def _profile_with_an_attachment(folder: Path) -> tuple[str, bytes]:
    case_id = _admin_profile(folder)
    admin = profile.unlock(folder, user="it.admin", passphrase=PASSPHRASE, kdf=TEST_KDF)
    try:
        profile.add_user(admin, name="sara", passphrase="third person passphrase",
                         role="supervisor", team="lamp", site="LAMP-01", kdf=TEST_KDF)
    finally:
        admin.close()
    content = b"scan of a consent form " * 5000
    sara = profile.unlock(folder, user="sara", passphrase="third person passphrase",
                          kdf=TEST_KDF)
    try:
        attachment_id = attachments.add_attachment(sara, case_id, content, "consent_form")
    finally:
        sara.close()
    return attachment_id, content


def _sara_opens(folder: Path, attachment_id: str) -> bytes:
    sara = profile.unlock(folder, user="sara", passphrase="third person passphrase",
                          kdf=TEST_KDF)
    try:
        return attachments.open_attachment(sara, attachment_id)
    finally:
        sara.close()


def test_attachments_still_open_after_a_user_is_removed(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    attachment_id, content = _profile_with_an_attachment(folder)
    admin = profile.unlock(folder, user="it.admin", passphrase=PASSPHRASE, kdf=TEST_KDF)
    try:
        profile.remove_user(admin, name="yonas", kdf=TEST_KDF)
    finally:
        admin.close()
    assert _sara_opens(folder, attachment_id) == content


def test_attachments_rewrapped_when_an_interrupted_removal_is_finished(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    attachment_id, content = _profile_with_an_attachment(folder)
    keys = ProfileKeys(database_files=profile.database_files, kdf_policy=TEST_KDF)
    old = keys.unlock(folder, "it.admin", PASSPHRASE)
    new = keys.remove_user(folder, old, "yonas")
    with Store.open(folder, subkey(old, KeyPurpose.DATABASE)) as store:
        store.connection.rekey(subkey(new, KeyPurpose.DATABASE))  # then the crash
    assert _sara_opens(folder, attachment_id) == content
