"""``fieldcase export``: JSON Lines that ``case create`` takes back, supervisors only, new 0600
files, audited, and exit 3 while the offline lease has expired."""

from __future__ import annotations

import io
import json
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from fieldcase import cli
from fieldcase.cli_commands import Options
from fieldcase.services import profile
from fieldcase.storage import audit
from fieldcase.storage.keyslots import KdfParams

from ..sync.fake_server import FakeServer, HttpFront

PASSPHRASE = "correct horse battery staple"
WORKER_PASSPHRASE = "another quite long passphrase for bilal"
KDF = KdfParams.insecure_for_tests()
NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
DOCUMENTS: list[dict[str, Any]] = [
    {"person": {"given_name": "ዮሃንስ", "family_name": "Kidane", "sex": "male",
                "age_estimate": 30, "nationality": "ERI", "languages": ["ti"],
                "documents": [{"type": "passport", "number": "P-7654321",
                               "issuing_country": "ERI", "held_by": "smuggler"}]},
     "case": {"site": "LAMP-01", "stage": "transit", "assigned_to": "amina",
              "opened_on": "2026-11-01"},
     "notes": [{"text": "fears the recruiter", "confidential": True, "author": "amina",
                "written_at": "2026-11-02T10:00:00Z"}]},
    {"person": {"given_name": "Qorvanex", "family_name": "Haile", "sex": "female",
                "age_estimate": 19, "nationality": "ETH", "languages": ["am"]},
     "case": {"site": "LAMP-01", "stage": "origin", "assigned_to": None,
              "opened_on": "2026-11-03"}},
]


def run(*argv: str, stdin: str = "", passphrase: str = PASSPHRASE,
        monkeypatch: pytest.MonkeyPatch, options: Options | None = None
        ) -> tuple[int, str, str]:
    monkeypatch.setenv("FIELDCASE_PASSPHRASE", passphrase)
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(list(argv), stdin=io.StringIO(stdin), stdout=out, stderr=err,
                    options=options or Options(kdf=KDF, now=lambda: NOW))
    return code, out.getvalue(), err.getvalue()


def new_profile(folder: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    code, _, err = run("init", "--profile", str(folder), "--user", "amina", "--role",
                       "supervisor", "--team", "lamp", "--site", "LAMP-01",
                       monkeypatch=monkeypatch)
    assert code == 0, err
    return str(folder)


@pytest.fixture
def filled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, list[str]]:
    folder = new_profile(tmp_path / "profile", monkeypatch)
    ids = []
    for document in DOCUMENTS:
        code, out, err = run("case", "create", "--profile", folder, "--user", "amina",
                             "--json", stdin=json.dumps(document), monkeypatch=monkeypatch)
        assert code == 0, err
        ids.append(json.loads(out)["id"])
    return folder, ids


def export(folder: str, *extra: str, user: str = "amina", passphrase: str = PASSPHRASE,
           monkeypatch: pytest.MonkeyPatch, options: Options | None = None
           ) -> tuple[int, str, str]:
    return run("export", "--profile", folder, "--user", user, *extra, passphrase=passphrase,
               monkeypatch=monkeypatch, options=options)


def test_exported_lines_come_back_whole_through_case_create(
        filled: tuple[str, list[str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    folder, ids = filled
    code, out, err = export(folder, "--json", "--plaintext", monkeypatch=monkeypatch)
    assert code == 0, err
    said = capsys.readouterr().err
    assert said.startswith("warning: --plaintext") and said.endswith("exported 2 cases\n")
    lines = out.splitlines()
    assert sorted(json.loads(line)["id"] for line in lines) == sorted(ids)

    fresh = new_profile(tmp_path / "fresh", monkeypatch)
    for line in lines:
        code, created, err = run("case", "create", "--profile", fresh, "--user", "amina",
                                 "--json", stdin=line, monkeypatch=monkeypatch)
        assert code == 0, err
        code, shown, err = run("case", "show", json.loads(created)["id"], "--profile", fresh,
                               "--user", "amina", "--json", monkeypatch=monkeypatch)
        assert code == 0, err
        # The fresh store gives its own number (a number read back in is ignored, issue 8).
        original, answer = json.loads(line), json.loads(created)
        assert answer["ignored"] == ["case.case_number"]
        original["case"]["case_number"] = answer["case_number"]
        assert json.loads(shown) == original
    first = next(json.loads(line) for line in lines if json.loads(line)["id"] == ids[0])
    assert first["person"]["documents"][0]["number"] == "P-7654321"
    assert first["notes"][0]["confidential"] is True


def test_selection_by_case_and_status(filled: tuple[str, list[str]],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    folder, ids = filled
    code, out, err = export(folder, "--case", ids[1], "--case", ids[0], "--plaintext",
                            monkeypatch=monkeypatch)
    assert code == 0, err
    assert [json.loads(line)["id"] for line in out.splitlines()] == [ids[1], ids[0]]
    code, out, _ = export(folder, "--status", "closed", "--plaintext", monkeypatch=monkeypatch)
    assert code == 0 and out == ""
    code, _, err = export(folder, "--status", "finished", "--plaintext",
                          monkeypatch=monkeypatch)
    assert code == 4 and "status" in err


def test_a_worker_is_refused_with_exit_4_and_nothing_on_stdout(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = str(tmp_path / "bilal")
    code, _, err = run("init", "--profile", folder, "--user", "bilal", "--role", "worker",
                       "--team", "lamp", "--site", "LAMP-01", passphrase=WORKER_PASSPHRASE,
                       monkeypatch=monkeypatch)
    assert code == 0, err
    ids = []
    for assignee in ("bilal", None):  # his own case and an intake case: he may open both
        document = {**DOCUMENTS[1], "case": {**DOCUMENTS[1]["case"], "assigned_to": assignee}}
        code, out, err = run("case", "create", "--profile", folder, "--user", "bilal",
                             "--json", stdin=json.dumps(document), passphrase=WORKER_PASSPHRASE,
                             monkeypatch=monkeypatch)
        assert code == 0, err
        ids.append(json.loads(out)["id"])
    for extra in ((), ("--case", ids[0]), ("--case", ids[1])):
        code, out, err = export(folder, *extra, "--plaintext", user="bilal",
                                passphrase=WORKER_PASSPHRASE, monkeypatch=monkeypatch)
        assert code == 4 and out == ""
        assert "only a supervisor of team lamp may export" in err


def test_output_file_is_0600_refused_if_present_and_the_export_is_audited(
        filled: tuple[str, list[str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder, ids = filled
    target = tmp_path / "handover.jsonl"
    code, out, err = export(folder, "--output", str(target), "--json", "--plaintext",
                            monkeypatch=monkeypatch)
    assert code == 0, err
    assert json.loads(out)["exported"] == 2
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    before = target.read_bytes()

    code, out, err = export(folder, "--output", str(target), "--plaintext",
                            monkeypatch=monkeypatch)
    assert code == 2 and "--force" in err and out == ""
    assert target.read_bytes() == before
    code, out, err = export(folder, "--case", ids[0], "--output", str(target), "--force",
                            "--plaintext", monkeypatch=monkeypatch)
    assert code == 0 and out.strip() == "exported 1 cases"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    code, _, err = export(folder, "--force", monkeypatch=monkeypatch)
    assert code == 2 and "--output" in err

    session = profile.unlock(Path(folder), user="amina", passphrase=PASSPHRASE, kdf=KDF,
                             now=lambda: NOW)
    try:
        events = [e for e in audit.events(session.store.raw) if e.action == "case.export"]
    finally:
        session.close()
    assert sorted(e.details["count"] for e in events) == [1, 2]
    text = json.dumps([e.details for e in events], ensure_ascii=False)
    assert "ዮሃንስ" not in text and "Qorvanex" not in text and "handover" not in text


def test_an_expired_lease_exits_3(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    front = HttpFront(FakeServer(), now=lambda: NOW)
    folder = new_profile(tmp_path / "profile", monkeypatch)
    front.issue_code("ABCDE-12345", "user-1")
    online = Options(kdf=KDF, now=lambda: NOW, transport=front.transport(),
                     sleep=lambda _s: None)
    code, _, err = run("enroll", "--profile", folder, "--user", "amina", "--server",
                       "http://127.0.0.1:9", "--code", "ABCDE-12345", monkeypatch=monkeypatch,
                       options=online)
    assert code == 0, err
    later = Options(kdf=KDF, now=lambda: NOW + timedelta(days=15))
    code, out, err = export(folder, "--output", str(tmp_path / "out.jsonl"), "--plaintext",
                            monkeypatch=monkeypatch, options=later)
    assert code == 3 and out == ""
    assert not (tmp_path / "out.jsonl").exists()
