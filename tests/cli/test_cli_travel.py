"""``fieldcase travel --status`` and ``--prepare``: counts only, never a name; refused (exit 1)
while a change or an audit event is unsynced, then the cases are gone and the profile still
unlocks."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from fieldcase import cli
from fieldcase.cli_commands import Options
from fieldcase.services import cases, profile
from fieldcase.services import sync as sync_service
from fieldcase.storage.keyslots import KdfParams

from ..security.test_no_plaintext import hits_in
from ..sync.fake_server import FakeServer, HttpFront

PASSPHRASE = "correct horse battery staple"
KDF = KdfParams.insecure_for_tests()
NOW = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
NAME = "Qzxcanaryvelt"


def run(*argv: str, monkeypatch: pytest.MonkeyPatch) -> tuple[int, str, str]:
    monkeypatch.setenv("FIELDCASE_PASSPHRASE", PASSPHRASE)
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(list(argv), stdin=io.StringIO(""), stdout=out, stderr=err,
                    options=Options(kdf=KDF, now=lambda: NOW))
    return code, out.getvalue(), err.getvalue()


def test_travel_refuses_while_unsynced_then_erases(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    where = tmp_path / "profile"
    front = HttpFront(FakeServer(), now=lambda: NOW)
    profile.create_profile(where, user="amina", passphrase=PASSPHRASE, role="worker",
                           team="lamp", site="LAMP-01", kdf=KDF, now=lambda: NOW)
    session = profile.unlock(where, user="amina", passphrase=PASSPHRASE, kdf=KDF,
                             now=lambda: NOW)
    try:
        sync_service.enroll(session, "http://127.0.0.1:8765",
                            front.issue_code("ABCDE-12340", "user-0"), front.transport())
        case_id = cases.create_case(session, {
            "person": {"given_name": NAME, "family_name": "Haile", "sex": "female",
                       "age_estimate": 19, "nationality": "ETH", "languages": ["am"]},
            "case": {"site": "LAMP-01", "stage": "origin", "assigned_to": "amina",
                     "opened_on": "2026-06-03"}}).case_id
    finally:
        session.close()
    base = ("--profile", str(where), "--user", "amina")

    code, out, err = run("travel", "--status", *base, monkeypatch=monkeypatch)
    assert code == 0 and out.startswith("not ready: not everything is synced: ")
    assert "change(s) to send" in out and NAME not in out
    code, out, err = run("travel", "--prepare", *base, monkeypatch=monkeypatch)
    assert code == 1 and "change(s) to send" in err and "nothing was changed" in err

    session = profile.unlock(where, user="amina", passphrase=PASSPHRASE, kdf=KDF,
                             now=lambda: NOW)
    try:
        sync_service.sync_now(session, front.transport(), sleep=lambda _s: None)
    finally:
        session.close()
    code, out, err = run("travel", "--status", "--json", *base, monkeypatch=monkeypatch)
    shown = json.loads(out)
    assert code == 0 and shown["ready"] is True and shown["cases"] == 1
    assert shown["audit"] == 0  # the commands' own unlocks are carried over, not waiting

    session = profile.unlock(where, user="amina", passphrase=PASSPHRASE, kdf=KDF,
                             now=lambda: NOW)
    try:
        cases.show_case(session, case_id)  # a view the server does not hold yet
    finally:
        session.close()
    code, out, err = run("travel", "--status", *base, monkeypatch=monkeypatch)
    assert code == 0 and "audit event(s) not sent" in out
    code, out, err = run("travel", "--prepare", *base, monkeypatch=monkeypatch)
    assert code == 1 and "audit event(s) not sent" in err and "nothing was changed" in err
    session = profile.unlock(where, user="amina", passphrase=PASSPHRASE, kdf=KDF,
                             now=lambda: NOW)
    try:
        sync_service.sync_now(session, front.transport(), sleep=lambda _s: None)
    finally:
        session.close()
    code, out, err = run("travel", "--prepare", *base, monkeypatch=monkeypatch)
    assert code == 0, err
    assert out.startswith("1 case(s) erased from this laptop")
    assert hits_in(where) == []
    code, out, err = run("case", "list", "--json", *base, monkeypatch=monkeypatch)
    assert code == 0 and json.loads(out)["cases"] == []
    code, out, err = run("travel", "--prepare", "--status", *base, monkeypatch=monkeypatch)
    assert code == 2  # one step at a time
