"""A forgotten passphrase: the organisation's recovery key, its file, and recovery at unlock."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

from fieldcase.domain.errors import ValidationError
from fieldcase.services import profile, recovery
from fieldcase.storage.keyslots import BACKUP_FILE_NAME, KEYSLOT_FILE_NAME
from fieldcase.storage.unlock_guard import GuardPolicy

from .conftest import PASSPHRASE, TEST_KDF, now

NEW = "a fresh passphrase after recovery"


@pytest.fixture
def organisation() -> recovery.RecoveryKeyPair:
    return recovery.generate_key_pair()


@pytest.fixture
def folder(tmp_path: Path, organisation: recovery.RecoveryKeyPair) -> Path:
    made = tmp_path / "profile"
    profile.create_profile(made, user="amina", passphrase=PASSPHRASE, role="supervisor",
                           team="lamp", site="LAMP-01", kdf=TEST_KDF, now=now,
                           recovery_public_key=recovery.read_public_key(organisation.public_hex))
    return made


def key_files(folder: Path) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in (KEYSLOT_FILE_NAME, BACKUP_FILE_NAME)}


def audit_actions(folder: Path, passphrase: str) -> list[str]:
    session = profile.unlock(folder, user="amina", passphrase=passphrase, kdf=TEST_KDF, now=now)
    try:
        return [row[0] for row in session.store.raw.execute(
            "SELECT action FROM audit_log ORDER BY seq")]
    finally:
        session.close()


def test_the_private_key_file_is_private_and_never_written_over_another(
        tmp_path: Path, organisation: recovery.RecoveryKeyPair) -> None:
    target = tmp_path / "org-recovery.pem"
    old_umask = os.umask(0o022)
    try:
        recovery.write_key_file(target, organisation)
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    text = target.read_text()
    assert text.startswith("# FieldCase organisation recovery key. PRIVATE")
    assert organisation.public_hex in text and "-----BEGIN PRIVATE KEY-----" in text
    with pytest.raises(recovery.RecoveryKeyFileError, match="never written over"):
        recovery.write_key_file(target, recovery.generate_key_pair())
    assert target.read_text() == text  # the earlier key survives
    with pytest.raises(recovery.RecoveryKeyFileError, match="folder does not exist"):
        recovery.write_key_file(tmp_path / "nowhere" / "key.pem", organisation)
    assert "BEGIN" not in repr(organisation)  # the private key stays out of logs


def test_the_key_is_read_from_its_file_or_a_paste_that_lost_its_line_breaks(
        organisation: recovery.RecoveryKeyPair) -> None:
    raw = recovery.read_private_key(organisation.file_text)
    assert len(raw) == 32
    pem = organisation.file_text[organisation.file_text.index("-----BEGIN"):]
    assert recovery.read_private_key(pem.replace("\n", " ")) == raw
    assert recovery.read_private_key("  " + pem.replace("\n", "\r\n")) == raw


@pytest.mark.parametrize("text", [
    "", "not a key at all", "0" * 64,
    Ed25519PrivateKey.generate().private_bytes(Encoding.PEM, PrivateFormat.PKCS8,
                                               NoEncryption()).decode(),
    "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VuBCIEI\n-----END PRIVATE KEY-----\n",
    "x" * 5000,
])
def test_anything_else_is_refused_without_quoting_it(text: str) -> None:
    with pytest.raises(ValidationError) as refused:
        recovery.read_private_key(text)
    assert (refused.value.path, refused.value.rule) == ("recovery_key", "not_a_recovery_key")
    longest = max(text.split() or [""], key=len)  # a PEM's key material, say
    if len(longest) >= 16:
        assert longest[:16] not in str(refused.value)


def test_the_public_key_for_set_up_is_hex_and_the_private_one_is_refused_by_name(
        organisation: recovery.RecoveryKeyPair) -> None:
    assert recovery.read_public_key(organisation.public_hex + "\n").hex() == \
        organisation.public_hex
    with pytest.raises(ValidationError) as private:
        recovery.read_public_key(organisation.file_text)
    assert private.value.rule == "private_key_given"
    with pytest.raises(ValidationError) as short:
        recovery.read_public_key("abcd")
    assert short.value.rule == "not_a_public_key"


def test_recovery_sets_a_new_passphrase_clears_the_wait_and_is_audited(
        folder: Path, organisation: recovery.RecoveryKeyPair) -> None:
    for _ in range(4):  # the person tried and failed: the name now waits
        with pytest.raises(profile.ProfileLocked):
            profile.unlock(folder, user="amina", passphrase="what was it again",
                           kdf=TEST_KDF, now=now)
    profile.recover(folder, recovery_key=organisation.file_text, user="amina",
                    new_passphrase=NEW, kdf=TEST_KDF, now=now)
    actions = audit_actions(folder, NEW)  # opens at once: the wait is over
    assert actions[-2:] == ["profile.recover", "unlock"]
    with pytest.raises(profile.ProfileLocked):
        profile.unlock(folder, user="amina", passphrase=PASSPHRASE, kdf=TEST_KDF, now=now)


@pytest.mark.parametrize(("own_key", "user", "new", "path", "rule"), [
    (False, "amina", NEW, "recovery_key", "wrong_recovery_key"),  # another organisation's
    (True, "nobody", NEW, "user", "unknown_user"),
    (True, "amina", "too short", "passphrase", "too_short"),
    (True, "amina", "amina LAMP-01 amina", "passphrase", "context_word"),
])
def test_a_refused_recovery_writes_nothing(folder: Path, organisation: recovery.RecoveryKeyPair,
                                           own_key: bool, user: str, new: str, path: str,
                                           rule: str) -> None:
    key = organisation if own_key else recovery.generate_key_pair()
    before = key_files(folder)
    with pytest.raises(ValidationError) as refused:
        profile.recover(folder, recovery_key=key.file_text, user=user, new_passphrase=new,
                        kdf=TEST_KDF, now=now)
    assert (refused.value.path, refused.value.rule) == (path, rule)
    assert key_files(folder) == before
    assert "profile.recover" not in audit_actions(folder, PASSPHRASE)


def test_a_profile_set_up_without_a_recovery_key_cannot_be_recovered(
        tmp_path: Path, organisation: recovery.RecoveryKeyPair) -> None:
    plain = tmp_path / "plain"
    profile.create_profile(plain, user="amina", passphrase=PASSPHRASE, role="worker",
                           team="lamp", site="LAMP-01", kdf=TEST_KDF, now=now)
    with pytest.raises(ValidationError) as refused:
        profile.recover(plain, recovery_key=organisation.file_text, user="amina",
                        new_passphrase=NEW, kdf=TEST_KDF, now=now)
    assert refused.value.rule == "wrong_recovery_key"


def test_a_changed_passphrase_is_audited_and_a_wrong_current_one_counts(
        folder: Path) -> None:
    session = profile.unlock(folder, user="amina", passphrase=PASSPHRASE, kdf=TEST_KDF, now=now)
    try:
        assert session.kdf == TEST_KDF
        with pytest.raises(ValidationError) as wrong:
            profile.change_passphrase(session, current="not my passphrase", new=NEW)
        assert (wrong.value.path, wrong.value.rule) == ("current_passphrase",
                                                        "wrong_passphrase")
        with pytest.raises(ValidationError) as same:
            profile.change_passphrase(session, current=PASSPHRASE, new=PASSPHRASE)
        assert (same.value.path, same.value.rule) == ("passphrase", "unchanged")
        with pytest.raises(ValidationError) as weak:
            profile.change_passphrase(session, current=PASSPHRASE, new="password123")
        assert weak.value.path == "passphrase"
        for _ in range(2):  # with the first wrong one: three, so the name must now wait
            with pytest.raises(ValidationError):
                profile.change_passphrase(session, current="not my passphrase", new=NEW)
        with pytest.raises(profile.ProfileLocked) as waiting:
            profile.change_passphrase(session, current=PASSPHRASE, new=NEW)
        assert waiting.value.retry_after_seconds > 0
    finally:
        session.close()


def test_a_changed_passphrase_opens_the_profile_and_the_old_one_does_not(
        folder: Path) -> None:
    session = profile.unlock(folder, user="amina", passphrase=PASSPHRASE, kdf=TEST_KDF, now=now)
    try:
        profile.change_passphrase(session, current=PASSPHRASE, new=NEW)
    finally:
        session.close()
    assert audit_actions(folder, NEW)[-2:] == ["passphrase.change", "unlock"]
    with pytest.raises(profile.ProfileLocked):
        profile.unlock(folder, user="amina", passphrase=PASSPHRASE, kdf=TEST_KDF, now=now,
                       guard=GuardPolicy())
