"""The rules a document must not bypass, at the command line: what a script sees.

A value that is not an input's to set (status, case number, risk level, a screening result) is
not used, and the command says so on stderr and under ``ignored`` in ``--json``; a document
that breaks a rule exits 4 naming the field, and nothing is written.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from .test_cli import DOCUMENT, run

CHILD_RULE_MET = {"dr.job_place": True, "dr.school": True, "ex.long_hours": True,
                  "ex.no_school": True}


def document(**case: Any) -> dict[str, Any]:
    doc = copy.deepcopy(DOCUMENT)
    doc["case"].update(case)
    return doc


@pytest.fixture
def supervisor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    folder = str(tmp_path / "profile")
    code, _, err = run("init", "--profile", folder, "--user", "amina", "--role", "supervisor",
                       "--team", "lamp", "--site", "LAMP-01", monkeypatch=monkeypatch)
    assert code == 0, err
    return folder


def as_amina(profile: str, *argv: str, stdin: str = "",
             monkeypatch: pytest.MonkeyPatch) -> tuple[int, str, str]:
    return run(*argv, "--profile", profile, "--user", "amina", stdin=stdin,
               monkeypatch=monkeypatch)


def case_count(profile: str, monkeypatch: pytest.MonkeyPatch) -> int:
    code, out, _ = as_amina(profile, "case", "list", "--json", monkeypatch=monkeypatch)
    assert code == 0
    return len(json.loads(out)["cases"])


def test_create_says_which_given_values_it_ignored(
        supervisor: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = document(status="closed", case_number="FC-FAKE-000001", risk_level="low")
    doc["person"]["age_estimate"] = 15
    doc["screenings"] = [{"instrument_id": "trafficking-child", "instrument_version": 1,
                          "completed_at": "2026-11-01T10:00:00Z", "answers": CHILD_RULE_MET,
                          "result": {"level": "low"}}]
    code, out, err = as_amina(supervisor, "case", "create", "--json", stdin=json.dumps(doc),
                              monkeypatch=monkeypatch)
    assert code == 0, err
    answer = json.loads(out)
    assert answer["ignored"] == ["case.status", "case.case_number", "case.risk_level",
                                 "screenings[0].result"]
    assert answer["case_number"] != "FC-FAKE-000001"
    warned = capsys.readouterr().err
    assert "warning: case.status: not taken from the input" in warned
    assert "warning: screenings[0].result: not taken from the input" in warned
    code, out, _ = as_amina(supervisor, "case", "show", answer["id"], "--json",
                            monkeypatch=monkeypatch)
    shown = json.loads(out)
    assert (shown["case"]["status"], shown["case"]["risk_level"]) == ("open", "critical")
    assert "supervisor_review" in shown["case"]["flags"]


@pytest.mark.parametrize(("path", "value"), [
    ("given_name", "Yo\u202ehannes"),
    ("family_name", "\u200b\u200c"),
    ("other_names", ["\u2066Yohannes\u2069"]),
])
def test_a_name_that_breaks_a_rule_exits_4_and_writes_nothing(
        supervisor: str, monkeypatch: pytest.MonkeyPatch, path: str, value: object) -> None:
    doc = document()
    doc["person"][path] = value
    code, _, err = as_amina(supervisor, "case", "create", stdin=json.dumps(doc),
                            monkeypatch=monkeypatch)
    assert code == 4
    assert f"invalid: person.{path}" in err and "Yohannes" not in err
    assert case_count(supervisor, monkeypatch) == 0


def test_a_referral_sent_without_consent_exits_4_and_writes_nothing(
        supervisor: str, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = document()
    doc["referrals"] = [{"service_id": "lamp-01-legal", "reason": "legal advice",
                         "status": "sent", "referred_on": "2026-11-01"}]
    code, _, err = as_amina(supervisor, "case", "create", stdin=json.dumps(doc),
                            monkeypatch=monkeypatch)
    assert code == 4 and "invalid: referrals[0].status:" in err
    assert case_count(supervisor, monkeypatch) == 0


def test_a_site_moves_by_transfer_not_by_update(
        supervisor: str, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = as_amina(supervisor, "case", "create", "--json",
                              stdin=json.dumps(document()), monkeypatch=monkeypatch)
    assert code == 0, err
    case_id = json.loads(out)["id"]
    code, _, err = as_amina(supervisor, "case", "update", case_id,
                            stdin='{"case": {"site": "PORT-01"}}', monkeypatch=monkeypatch)
    assert code == 4 and "invalid: case.site:" in err and "transfer" in err
    code, out, err = as_amina(supervisor, "case", "transfer", case_id, "--site", "PORT-01",
                              "--reason", "family at the port", "--json",
                              monkeypatch=monkeypatch)
    assert code == 0, err
    proposed = json.loads(out)
    assert proposed["site"] == "LAMP-01" and proposed["transfer"]["to_site"] == "PORT-01"
    code, _, err = as_amina(supervisor, "case", "transfer-accept", case_id,
                            monkeypatch=monkeypatch)
    assert code == 4 and "transfer" in err  # not the sender's to accept
    code, out, _ = as_amina(supervisor, "case", "show", case_id, "--json",
                            monkeypatch=monkeypatch)
    assert json.loads(out)["case"]["site"] == "LAMP-01"


def test_a_declined_transfer_needs_a_reason_and_keeps_the_case(
        supervisor: str, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = as_amina(supervisor, "case", "create", "--json",
                              stdin=json.dumps(document()), monkeypatch=monkeypatch)
    case_id = json.loads(out)["id"]
    as_amina(supervisor, "case", "transfer", case_id, "--site", "PORT-01",
             monkeypatch=monkeypatch)
    code, _, err = as_amina(supervisor, "case", "transfer-decline", case_id,
                            monkeypatch=monkeypatch)
    assert code == 2  # --reason is required
    code, out, err = as_amina(supervisor, "case", "escalate", case_id, "--reason",
                              "threats", "--json", monkeypatch=monkeypatch)
    assert code == 0, err
    assert json.loads(out)["escalation"]["reason"] == "threats"


def test_a_worker_transfer_exits_4(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = str(tmp_path / "worker")
    code, _, err = run("init", "--profile", folder, "--user", "amina", "--role", "worker",
                       "--team", "lamp", "--site", "LAMP-01", monkeypatch=monkeypatch)
    assert code == 0, err
    code, out, err = as_amina(folder, "case", "create", "--json", stdin=json.dumps(document()),
                              monkeypatch=monkeypatch)
    assert code == 0, err
    code, _, err = as_amina(folder, "case", "transfer", json.loads(out)["id"], "--site",
                            "PORT-01", monkeypatch=monkeypatch)
    assert code == 4 and "transfer" in err
