"""The sync commands: ``enroll``, ``sync``, ``conflicts``, and their exit codes (5: sync
failed, nothing lost; 3: revoked or refused)."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from fieldcase import cli
from fieldcase.cli_commands import Options
from fieldcase.storage.keyslots import KdfParams

from ..sync.fake_server import FakeServer, HttpFront

PASSPHRASE = "correct horse battery staple"
NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
DOCUMENT = {
    "person": {"given_name": "ዮሃንስ", "family_name": "Kidane", "sex": "male",
               "age_estimate": 30, "nationality": "ERI", "languages": ["ti"]},
    "case": {"site": "LAMP-01", "stage": "transit", "assigned_to": "amina",
             "opened_on": "2026-11-01"},
}


@pytest.fixture
def front() -> HttpFront:
    return HttpFront(FakeServer(), now=lambda: NOW)


def run(front: HttpFront, *argv: str, stdin: str = "",
        monkeypatch: pytest.MonkeyPatch) -> tuple[int, str, str]:
    monkeypatch.setenv("FIELDCASE_PASSPHRASE", PASSPHRASE)
    out, err = io.StringIO(), io.StringIO()
    options = Options(kdf=KdfParams.insecure_for_tests(), now=lambda: NOW,
                      transport=front.transport(), sleep=lambda _s: None)
    code = cli.main(list(argv), stdin=io.StringIO(stdin), stdout=out, stderr=err,
                    options=options)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def enrolled(tmp_path: Path, front: HttpFront, monkeypatch: pytest.MonkeyPatch) -> str:
    folder = str(tmp_path / "profile")
    code, _, err = run(front, "init", "--profile", folder, "--user", "amina", "--role",
                       "supervisor", "--team", "lamp", "--site", "LAMP-01",
                       monkeypatch=monkeypatch)
    assert code == 0, err
    front.issue_code("ABCDE-12345", "user-1")
    code, out, err = run(front, "enroll", "--profile", folder, "--user", "amina", "--server",
                         "http://127.0.0.1:9", "--code", "abcde 12345", "--json",
                         monkeypatch=monkeypatch)
    assert code == 0, err
    assert json.loads(out)["device_id"] in front.devices
    return folder


def test_enroll_sync_and_conflicts(enrolled: str, front: HttpFront,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    code, _, err = run(front, "case", "create", "--profile", enrolled, "--user", "amina",
                       stdin=json.dumps(DOCUMENT), monkeypatch=monkeypatch)
    assert code == 0, err
    code, out, err = run(front, "sync", "--profile", enrolled, "--user", "amina", "--json",
                         monkeypatch=monkeypatch)
    assert code == 0, err
    assert json.loads(out)["pushed"] == 2
    assert len(front.server.logged()) == 2
    code, out, _ = run(front, "conflicts", "--profile", enrolled, "--user", "amina", "--json",
                       monkeypatch=monkeypatch)
    assert code == 0 and json.loads(out) == []
    code, out, _ = run(front, "conflicts", "--profile", enrolled, "--user", "amina",
                       monkeypatch=monkeypatch)
    assert code == 0 and out.strip() == "no open conflicts"


def test_a_failed_sync_exits_5_and_says_nothing_was_lost(enrolled: str, front: HttpFront,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    front.fail_next = [503] * 10
    code, out, err = run(front, "sync", "--profile", enrolled, "--user", "amina",
                         monkeypatch=monkeypatch)
    assert code == cli.EXIT_SYNC and out == ""
    assert "Nothing was lost" in err and "safe" in err


def test_a_revoked_device_exits_3(enrolled: str, front: HttpFront,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    front.revoked.update(front.devices)
    code, _, err = run(front, "sync", "--profile", enrolled, "--user", "amina",
                       monkeypatch=monkeypatch)
    assert code == cli.EXIT_LOCKED and "revoked" in err
    assert not (Path(enrolled) / "keyslots.bin").exists()


def test_a_mistyped_code_exits_4_and_a_used_one_3(tmp_path: Path, front: HttpFront,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    folder = str(tmp_path / "p")
    assert run(front, "init", "--profile", folder, "--user", "amina", "--team", "lamp",
               "--site", "LAMP-01", monkeypatch=monkeypatch)[0] == 0
    enroll = ("enroll", "--profile", folder, "--user", "amina", "--server",
              "http://127.0.0.1:9")
    code, _, err = run(front, *enroll, "--code", "ABC", monkeypatch=monkeypatch)
    assert code == cli.EXIT_INVALID and "malformed_code" in err
    code, _, err = run(front, *enroll, "--code", "ABCDE-12345", monkeypatch=monkeypatch)
    assert code == cli.EXIT_LOCKED and "unknown" in err


def _enrolled_profile(folder: str, user: str, code: str, front: HttpFront,
                      monkeypatch: pytest.MonkeyPatch) -> None:
    assert run(front, "init", "--profile", folder, "--user", user, "--role", "supervisor",
               "--team", "lamp", "--site", "LAMP-01", monkeypatch=monkeypatch)[0] == 0
    front.issue_code(code, f"user-{user}")
    assert run(front, "enroll", "--profile", folder, "--user", user, "--server",
               "http://127.0.0.1:9", "--code", code, monkeypatch=monkeypatch)[0] == 0


def test_conflicts_list_their_values_in_both_forms(enrolled: str, tmp_path: Path,
                                                   front: HttpFront,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    other = str(tmp_path / "berhane")
    _enrolled_profile(other, "berhane", "FGHJK-67890", front, monkeypatch)
    amina = ("--profile", enrolled, "--user", "amina")
    berhane = ("--profile", other, "--user", "berhane")
    code, out, err = run(front, "case", "create", *amina, "--json",
                         stdin=json.dumps(DOCUMENT), monkeypatch=monkeypatch)
    assert code == 0, err
    case_id = json.loads(out)["id"]
    for who in (amina, berhane):
        assert run(front, "sync", *who, monkeypatch=monkeypatch)[0] == 0
    for who, stage in ((amina, "destination"), (berhane, "return")):
        code, _, err = run(front, "case", "update", case_id, *who,
                           stdin=json.dumps({"case": {"stage": stage}}), monkeypatch=monkeypatch)
        assert code == 0, err
    for who in (amina, berhane):
        assert run(front, "sync", *who, monkeypatch=monkeypatch)[0] == 0

    code, out, err = run(front, "conflicts", *berhane, "--json", monkeypatch=monkeypatch)
    assert code == 0, err
    (conflict,) = json.loads(out)
    assert conflict["field"] == "stage"
    assert sorted(side["value"] for side in conflict["sides"]) == ["destination", "return"]
    assert all(datetime.fromisoformat(side["at"]) == NOW for side in conflict["sides"])

    code, out, err = run(front, "conflicts", *berhane, monkeypatch=monkeypatch)
    assert code == 0, err
    (line,) = out.strip().splitlines()
    assert conflict["conflict_id"] in line and "stage" in line
    assert '"destination"' in line and '"return"' in line and "amina" in line
    assert "(shown now)" in line


def test_sync_says_when_the_server_refused_the_audit_log(enrolled: str, front: HttpFront,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    code, _, err = run(front, "sync", "--profile", enrolled, "--user", "amina",
                       monkeypatch=monkeypatch)
    assert code == 0, err
    front.server.audit.clear()  # the server's copy no longer holds the laptop's first events
    run(front, "case", "create", "--profile", enrolled, "--user", "amina",
        stdin=json.dumps(DOCUMENT), monkeypatch=monkeypatch)
    code, out, err = run(front, "sync", "--profile", enrolled, "--user", "amina",
                         monkeypatch=monkeypatch)
    assert code == 0, err  # the casework synced all the same
    assert out.startswith("pushed 2,")
    assert "the server refused this laptop's audit log (event 1 is missing)" in out
    code, out, _ = run(front, "sync", "--profile", enrolled, "--user", "amina", "--json",
                       monkeypatch=monkeypatch)
    # The laptop's mark went back to what the server holds (none), so it offers its log from
    # the start, which fits this server's (empty) copy.
    assert json.loads(out)["audit"] == {"held": len(front.server.audit), "refused": None}
