"""Duress passphrase and quick wipe, switched on by the person or decided by the organisation's
policy: the duress passphrase at unlock erases the profile and answers as a wrong passphrase;
the quick wipe erases at once; neither leaves a byte naming a person; the policy's ``on``
and ``off`` are enforced."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from fieldcase.domain.errors import ValidationError
from fieldcase.domain.org_policy import OrgPolicy, PublishedPolicy
from fieldcase.services import cases, profile, protections
from fieldcase.services.session import Session
from fieldcase.storage import org_policy as stored_policy
from fieldcase.storage.keyslots import KdfParams

from ..security.test_no_plaintext import hits_in

KDF = KdfParams.insecure_for_tests()
PASSPHRASE = "correct horse battery staple"
DURESS = "purple giraffe under the bridge"
NAME = "Qzxcanaryvelt"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    where = tmp_path / "amina"
    profile.create_profile(where, user="amina", passphrase=PASSPHRASE, role="worker",
                           team="lamp", site="LAMP-01", kdf=KDF)
    return where


@pytest.fixture
def session(folder: Path) -> Iterator[Session]:
    opened = profile.unlock(folder, user="amina", passphrase=PASSPHRASE, kdf=KDF)
    cases.create_case(opened, {
        "person": {"given_name": NAME, "family_name": "Tesfay", "sex": "female",
                   "age_estimate": 24, "nationality": "ERI", "languages": ["ti"]},
        "case": {"site": "LAMP-01", "stage": "transit", "assigned_to": "amina",
                 "opened_on": "2026-10-01"}})
    yield opened
    opened.close()


def rule(session: Session, **switches: str) -> None:
    with session.store.atomic():
        stored_policy.save(session.store, PublishedPolicy(OrgPolicy(**switches), 1,  # type: ignore[arg-type]
                                                          datetime(2026, 1, 1, tzinfo=UTC)),
                           datetime(2026, 1, 1, tzinfo=UTC))


def unlock(folder: Path, passphrase: str) -> Session:
    return profile.unlock(folder, user="amina", passphrase=passphrase, kdf=KDF)


def test_the_duress_passphrase_erases_and_answers_as_a_wrong_one(folder: Path,
                                                                 session: Session) -> None:
    assert protections.status(session) == protections.Protections("user", False, "user", False)
    protections.set_duress_passphrase(session, passphrase=PASSPHRASE, duress=DURESS)
    assert protections.status(session).duress_set
    session.close()
    with pytest.raises(profile.ProfileLocked) as wrong:
        unlock(folder, "not the passphrase at all")
    with pytest.raises(profile.ProfileLocked) as duress:
        unlock(folder, DURESS)
    assert str(duress.value) == str(wrong.value)
    assert not profile.profile_exists(folder)
    assert hits_in(folder) == []


def test_a_duress_passphrase_is_checked_like_a_passphrase(session: Session) -> None:
    for duress, path, rule_name in ((PASSPHRASE, "duress", "same_as_passphrase"),
                                    ("short", "duress", "too_short")):
        with pytest.raises(ValidationError) as refused:
            protections.set_duress_passphrase(session, passphrase=PASSPHRASE, duress=duress)
        assert (refused.value.path, refused.value.rule) == (path, rule_name)
    with pytest.raises(ValidationError) as refused:
        protections.set_duress_passphrase(session, passphrase="a wrong passphrase here",
                                          duress=DURESS)
    assert refused.value.path == "current_passphrase"
    assert not protections.status(session).duress_set


def test_the_policy_forbids_a_duress_passphrase_and_the_next_unlock_removes_it(
        folder: Path, session: Session) -> None:
    protections.set_duress_passphrase(session, passphrase=PASSPHRASE, duress=DURESS)
    rule(session, duress="off")
    with pytest.raises(ValidationError, match="does not allow"):
        protections.set_duress_passphrase(session, passphrase=PASSPHRASE, duress=DURESS)
    session.close()
    again = unlock(folder, PASSPHRASE)  # removes it
    try:
        assert not protections.status(again).duress_set
    finally:
        again.close()
    with pytest.raises(profile.ProfileLocked):
        unlock(folder, DURESS)  # now only a wrong passphrase
    assert profile.profile_exists(folder)


def test_the_policy_requires_a_duress_passphrase(session: Session) -> None:
    rule(session, duress="on")
    assert protections.status(session).duress_missing
    protections.set_duress_passphrase(session, passphrase=PASSPHRASE, duress=DURESS)
    assert not protections.status(session).duress_missing
    with pytest.raises(ValidationError, match="requires"):
        protections.remove_duress_passphrase(session)
    rule(session, duress="user")
    protections.remove_duress_passphrase(session)
    assert not protections.status(session).duress_set


def test_the_quick_wipe_erases_only_once_switched_on(folder: Path, session: Session) -> None:
    with pytest.raises(ValidationError, match="not switched on"):
        protections.quick_wipe(session)
    assert profile.profile_exists(folder)
    protections.set_quick_wipe(session, True)
    assert protections.status(session).quick_wipe_on
    protections.quick_wipe(session)
    assert not profile.profile_exists(folder)
    assert hits_in(folder) == []


def test_the_policy_decides_the_quick_wipe(session: Session) -> None:
    rule(session, quick_wipe="off")
    with pytest.raises(ValidationError):
        protections.set_quick_wipe(session, True)
    assert not protections.status(session).quick_wipe_on
    rule(session, quick_wipe="on")
    assert protections.status(session).quick_wipe_on
    with pytest.raises(ValidationError):
        protections.set_quick_wipe(session, False)
    events = [row[0] for row in session.store.raw.execute("SELECT action FROM audit_log")]
    assert "quick_wipe.on" not in events  # refusals change nothing
