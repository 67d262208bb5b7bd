"""Profiles: create, unlock, users, refusals that look alike, the audit of unlocks."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldcase.domain.errors import PermissionDenied, ValidationError
from fieldcase.services import profile
from fieldcase.services.session import Session
from fieldcase.storage import audit

from .conftest import PASSPHRASE, TEST_KDF, now


def test_wrong_passphrase_and_unknown_user_look_the_same(profile_dir: Path) -> None:
    messages = set()
    for user, passphrase in (("amina", "wrong passphrase here"), ("nobody", PASSPHRASE)):
        with pytest.raises(profile.ProfileLocked) as caught:
            profile.unlock(profile_dir, user=user, passphrase=passphrase, kdf=TEST_KDF)
        messages.add(str(caught.value))
    assert messages == {"wrong user name or passphrase"}


def test_missing_profile_is_locked_not_a_crash(tmp_path: Path) -> None:
    with pytest.raises(profile.ProfileLocked):
        profile.unlock(tmp_path / "none", user="amina", passphrase=PASSPHRASE, kdf=TEST_KDF)


def test_failed_unlocks_are_audited_at_the_next_unlock(profile_dir: Path) -> None:
    with pytest.raises(profile.ProfileLocked):
        profile.unlock(profile_dir, user="amina", passphrase="not the passphrase",
                       kdf=TEST_KDF)
    session = profile.unlock(profile_dir, user="amina", passphrase=PASSPHRASE, kdf=TEST_KDF,
                             now=now)
    try:
        latest = audit.events(session.store.raw, limit=1)[0]
        assert latest.action == "unlock"
        assert latest.details == {"failed_attempts_before": 1}
    finally:
        session.close()


def test_weak_passphrase_is_refused_with_the_reason(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as caught:
        profile.create_profile(tmp_path / "p", user="amina", passphrase="password123",
                               role="worker", team="t", site="LAMP-01", kdf=TEST_KDF)
    assert caught.value.path == "passphrase"
    assert "too short" in str(caught.value)
    assert not (tmp_path / "p").exists()


def test_suggested_passphrase_passes_the_policy() -> None:
    suggestion = profile.suggest_passphrase()
    assert len(suggestion.split()) == 6
    profile.check_new_passphrase(suggestion, user="amina", site="LAMP-01")


def test_admin_adds_a_worker_who_can_then_unlock(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    profile.create_profile(folder, user="it.admin", passphrase=PASSPHRASE, role="admin",
                           team="lamp", site="LAMP-01", kdf=TEST_KDF)
    admin = profile.unlock(folder, user="it.admin", passphrase=PASSPHRASE, kdf=TEST_KDF)
    try:
        changes = profile.add_user(admin, name="yonas", passphrase="river lamp orbit seven",
                                   role="worker", team="lamp", site="LAMP-01", kdf=TEST_KDF)
        assert changes.users
    finally:
        admin.close()
    worker = profile.unlock(folder, user="yonas", passphrase="river lamp orbit seven",
                            kdf=TEST_KDF)
    try:
        assert (worker.actor.user, worker.actor.role.value) == ("yonas", "worker")
        with pytest.raises(PermissionDenied):
            profile.add_user(worker, name="x", passphrase="another long passphrase",
                             role="admin", team="lamp", site="LAMP-01", kdf=TEST_KDF)
    finally:
        worker.close()


def test_profile_folder_names_nobody(profile_dir: Path, session: Session) -> None:
    for path in profile_dir.iterdir():
        data = path.read_bytes()
        for needle in ("amina", "lamp"):
            assert needle.encode() not in data, path.name
            assert needle.encode("utf-16-le") not in data, path.name
