"""Service-level fixtures: real profiles (key slots + SQLCipher store) at a test KDF cost."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from fieldcase.services import profile
from fieldcase.services.session import Session
from fieldcase.storage.keyslots import KdfParams

TEST_KDF = KdfParams.insecure_for_tests()
PASSPHRASE = "correct horse battery staple"
NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def now() -> datetime:
    return NOW


@pytest.fixture
def profile_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "profile"
    profile.create_profile(folder, user="amina", passphrase=PASSPHRASE, role="supervisor",
                           team="lamp", site="LAMP-01", kdf=TEST_KDF, now=now)
    return folder


@pytest.fixture
def open_session(profile_dir: Path) -> Iterator[Callable[..., Session]]:
    opened: list[Session] = []

    def unlock(user: str = "amina", passphrase: str = PASSPHRASE) -> Session:
        session = profile.unlock(profile_dir, user=user, passphrase=passphrase, kdf=TEST_KDF,
                                 now=now)
        opened.append(session)
        return session

    yield unlock
    for session in opened:
        session.close()


@pytest.fixture
def session(open_session: Callable[..., Session]) -> Session:
    return open_session()


def new_case(given: str = "ሰላም", family: str = "Tesfay", **case: Any) -> dict[str, Any]:
    """A case document as a worker's form would send it (no ids yet)."""
    return {
        "person": {"given_name": given, "family_name": family,
                   "other_names": ["Selam Tesfaye"], "sex": "female", "age_estimate": 24,
                   "nationality": "ERI", "languages": ["ti"],
                   "contact": {"phone": "+251 911 234 567", "other": None}},
        "case": {"site": "LAMP-01", "stage": "transit", "assigned_to": "amina",
                 "opened_on": "2026-11-29", **case},
        "notes": [{"text": "met at the port", "confidential": True, "author": "amina",
                   "written_at": "2026-11-29T10:00:00Z"}],
    }
