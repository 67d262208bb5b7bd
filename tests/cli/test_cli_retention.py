"""``fieldcase retention --preview`` and ``--purge``: case numbers and closure days, never a
name; exit codes as the other commands (a missing choice is usage, exit 2)."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from fieldcase import cli
from fieldcase.cli_commands import Options
from fieldcase.domain.org_policy import OrgPolicy, PublishedPolicy
from fieldcase.services import cases, profile
from fieldcase.services import sync as sync_service
from fieldcase.storage import org_policy as stored_policy
from fieldcase.storage.keyslots import KdfParams

from ..sync.fake_server import FakeServer, HttpFront

PASSPHRASE = "correct horse battery staple"
KDF = KdfParams.insecure_for_tests()
CLOSED_AT = datetime(2025, 10, 1, 9, 0, tzinfo=UTC)
LATER = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
NAME = "Qorvanexil"


def run(*argv: str, monkeypatch: pytest.MonkeyPatch) -> tuple[int, str, str]:
    monkeypatch.setenv("FIELDCASE_PASSPHRASE", PASSPHRASE)
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(list(argv), stdin=io.StringIO(""), stdout=out, stderr=err,
                    options=Options(kdf=KDF, now=lambda: LATER))
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def folder(tmp_path: Path) -> str:
    """A supervisor's laptop with one closed, synced case and a 12-month retention."""
    where = tmp_path / "profile"
    front = HttpFront(FakeServer(), now=lambda: CLOSED_AT)
    profile.create_profile(where, user="amina", passphrase=PASSPHRASE, role="supervisor",
                           team="lamp", site="LAMP-01", kdf=KDF, now=lambda: CLOSED_AT)
    session = profile.unlock(where, user="amina", passphrase=PASSPHRASE, kdf=KDF,
                             now=lambda: CLOSED_AT)
    try:
        sync_service.enroll(session, "http://127.0.0.1:8765",
                            front.issue_code("ABCDE-12340", "user-0"), front.transport())
        case_id = cases.create_case(session, {
            "person": {"given_name": NAME, "family_name": "Haile", "sex": "female",
                       "age_estimate": 19, "nationality": "ETH", "languages": ["am"]},
            "case": {"site": "LAMP-01", "stage": "origin", "assigned_to": "amina",
                     "opened_on": "2025-06-03"}}).case_id
        cases.change_status(session, case_id, "request_closure")
        cases.change_status(session, case_id, "approve_closure")
        sync_service.sync_now(session, front.transport(), sleep=lambda _s: None)
        with session.store.atomic():
            stored_policy.save(session.store, PublishedPolicy(
                OrgPolicy(retention_months_after_closure=12), 1, CLOSED_AT), CLOSED_AT)
    finally:
        session.close()
    return str(where)


def test_preview_then_purge(folder: str, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = run("retention", "--profile", folder, "--user", "amina", "--preview",
                         monkeypatch=monkeypatch)
    assert code == 0, err
    assert "12 month(s)" in out and "closed 2025-10-01" in out and NAME not in out
    code, out, _ = run("retention", "--profile", folder, "--user", "amina", "--preview",
                       "--json", monkeypatch=monkeypatch)
    shown = json.loads(out)
    assert code == 0 and shown["months"] == 12 and len(shown["cases"]) == 1
    number = shown["cases"][0]["case_number"]
    code, out, _ = run("retention", "--profile", folder, "--user", "amina", "--purge",
                       monkeypatch=monkeypatch)
    assert code == 0 and "1 closed case(s) removed" in out and number in out
    code, out, _ = run("retention", "--profile", folder, "--user", "amina", "--purge",
                       "--json", monkeypatch=monkeypatch)
    assert code == 0 and json.loads(out) == {"purged": [], "held": [], "case_ids": []}


def test_usage_and_a_wrong_passphrase(folder: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert run("retention", "--profile", folder, "--user", "amina",
               monkeypatch=monkeypatch)[0] == 2
    assert run("retention", "--profile", folder, "--user", "amina", "--preview", "--purge",
               monkeypatch=monkeypatch)[0] == 2
    monkeypatch.setenv("FIELDCASE_PASSPHRASE", "not the passphrase at all")
    code = cli.main(["retention", "--profile", folder, "--user", "amina", "--preview"],
                    stdin=io.StringIO(""), stdout=io.StringIO(), stderr=io.StringIO(),
                    options=Options(kdf=KDF, now=lambda: LATER))
    assert code == 3
