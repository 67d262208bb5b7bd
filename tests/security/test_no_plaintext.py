"""No plaintext of a case anywhere outside the encrypted store.

Cases with canary names are created, edited, searched and the profile locked; the profile
folder (with its -wal and -shm while open), the temporary folder and every log record are
scanned for the canaries in UTF-8, UTF-16 and UTF-32 — the expected count is zero.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldcase.services import cases, drafts, profile
from fieldcase.storage.keyslots import KdfParams
from fieldcase.storage.store import DATABASE_FILE

CANARIES = ("Qzxcanaryvelt", "كناريزقط", "ቃናሪዝቅጥ", "CANARY-PHONE-77", "Ycanarynote")
ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le")
PASSPHRASE = "canary test passphrase long enough"
KDF = KdfParams.insecure_for_tests()


def _needles() -> list[bytes]:
    needles = []
    for canary in CANARIES:
        for encoding in ENCODINGS:
            needles.append(canary.encode(encoding))
        needles.append(canary.casefold().encode("utf-8"))
    return needles


def hits_in(folder: Path) -> list[str]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            found.extend(f"{path.name}: {needle!r}" for needle in _needles() if needle in data)
    return found


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Anything that asks for a temp file during the test lands in a folder we can scan."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    yield folder


def test_canaries_never_leave_the_encrypted_store(
        tmp_path: Path, private_tmp: Path, caplog: pytest.LogCaptureFixture,
        capfd: pytest.CaptureFixture[str]) -> None:
    caplog.set_level(logging.DEBUG)
    folder = tmp_path / "profile"
    profile.create_profile(folder, user="amina", passphrase=PASSPHRASE, role="supervisor",
                           team="lamp", site="LAMP-01", kdf=KDF)
    session = profile.unlock(folder, user="amina", passphrase=PASSPHRASE, kdf=KDF)
    try:
        ids = []
        for n, canary in enumerate(CANARIES[:3]):
            saved = cases.create_case(session, {
                "person": {"given_name": canary, "family_name": f"{canary}fam",
                           "other_names": [f"{canary} alias"], "sex": "female",
                           "age_estimate": 20 + n, "nationality": "ERI", "languages": ["ti"],
                           "contact": {"phone": None, "other": CANARIES[3]},
                           "documents": [{"type": "passport", "number": f"CN{n}7788",
                                          "issuing_country": "ERI", "held_by": "self"}]},
                "case": {"site": "LAMP-01", "stage": "transit", "assigned_to": "amina",
                         "opened_on": "2026-11-01"},
                "notes": [{"text": f"{CANARIES[4]} {canary}", "confidential": True,
                           "author": "amina", "written_at": "2026-11-02T10:00:00Z"}],
            })
            ids.append(saved.case_id)
        cases.update_case(session, ids[0], {"person": {"family_name": f"{CANARIES[0]}renamed"}})
        # What was typed and not saved: a case form's draft and a registration's.
        drafts.save_draft(session, drafts.case_key(ids[1]), {"note": CANARIES[4]})
        drafts.save_draft(session, "register", {"given_name": CANARIES[2]})
        for canary in CANARIES[:3]:
            assert cases.search_cases(session, canary)
            cases.show_case(session, ids[0])
        # While open: the database, its -wal and -shm are all ciphertext.
        assert (folder / (DATABASE_FILE + "-wal")).exists()
        assert hits_in(folder) == []
    finally:
        session.close()
    assert hits_in(folder) == []
    assert hits_in(private_tmp) == []
    logged = "\n".join(record.getMessage() for record in caplog.records)
    out, err = capfd.readouterr()
    for canary in CANARIES:
        assert canary not in logged
        assert canary not in out and canary not in err
