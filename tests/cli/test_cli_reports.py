"""``fieldcase export --format htcds|hxl``, ``subject-access`` and ``decrypt-export``: every
file sealed unless ``--plaintext`` (warned), k-anonymous where it says so, opened only with the
organisation's private key or the passphrase, bad input exit 4, and no plaintext left behind."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from fieldcase import cli
from fieldcase.cli_commands import Options
from fieldcase.domain import htcds
from fieldcase.domain.k_anonymity import classes
from fieldcase.services import export, export_file, profile
from fieldcase.services.export_seal import MAGIC, SealedWriter
from fieldcase.storage import audit
from fieldcase.storage.keyslots import KdfParams

PASSPHRASE = "correct horse battery staple"
EXPORT_PASSPHRASE = "a different passphrase for the stick"
KDF = KdfParams.insecure_for_tests()
NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
CANARY = "Qorvanexil"
PERSON: dict[str, Any] = {
    "person": {"given_name": CANARY, "family_name": "Haile", "sex": "female",
               "age_estimate": 19, "nationality": "ETH", "languages": ["am"]},
    "case": {"site": "LAMP-01", "stage": "origin", "assigned_to": "amina",
             "opened_on": "2026-11-03", "flags": ["trafficking_indicators"]},
    "notes": [{"text": "she fears the recruiter in Sabha", "confidential": True,
               "author": "amina", "written_at": "2026-11-04T10:00:00Z"}],
}


def run(*argv: str, stdin: str = "", monkeypatch: pytest.MonkeyPatch,
        user_passphrase: str = PASSPHRASE) -> tuple[int, str, str]:
    monkeypatch.setenv("FIELDCASE_PASSPHRASE", user_passphrase)
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(list(argv), stdin=io.StringIO(stdin), stdout=out, stderr=err,
                    options=Options(kdf=KDF, now=lambda: NOW))
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def org(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """A profile set up with the organisation's recovery key, 150 synthetic cases and one
    case whose name is the canary."""
    key = tmp_path / "org-key.pem"
    code, public, err = run("recovery-key", "generate", "--output", str(key),
                            monkeypatch=monkeypatch)
    assert code == 0, err
    (tmp_path / "org-key.hex").write_text(public)
    folder = str(tmp_path / "profile")
    code, _, err = run("init", "--profile", folder, "--user", "amina", "--role", "supervisor",
                       "--team", "lamp", "--site", "LAMP-01", "--recovery-key",
                       str(tmp_path / "org-key.hex"), monkeypatch=monkeypatch)
    assert code == 0, err
    code, _, err = run("demo-data", "--profile", folder, "--user", "amina", "--cases", "150",
                       monkeypatch=monkeypatch)
    assert code == 0, err
    code, out, err = run("case", "create", "--profile", folder, "--user", "amina", "--json",
                         stdin=json.dumps(PERSON), monkeypatch=monkeypatch)
    assert code == 0, err
    (tmp_path / "pass.txt").write_text(EXPORT_PASSPHRASE + "\n")
    stick = tmp_path / "stick"
    stick.mkdir()
    return {"folder": folder, "key": key, "case": json.loads(out)["id"], "stick": stick,
            "passphrase_file": str(tmp_path / "pass.txt")}


def cmd(org: dict[str, Any], *argv: str, monkeypatch: pytest.MonkeyPatch
        ) -> tuple[int, str, str]:
    return run(argv[0], "--profile", org["folder"], "--user", "amina", *argv[1:],
               monkeypatch=monkeypatch)


def opened(org: dict[str, Any], path: Path, monkeypatch: pytest.MonkeyPatch, *,
           passphrase: bool = False) -> str:
    way = ("--passphrase-file", org["passphrase_file"]) if passphrase else \
        ("--key", str(org["key"]))
    code, out, err = run("decrypt-export", str(path), *way, monkeypatch=monkeypatch)
    assert code == 0, err
    return out


def audited(org: dict[str, Any], action: str) -> list[audit.AuditEvent]:
    session = profile.unlock(Path(org["folder"]), user="amina", passphrase=PASSPHRASE,
                             kdf=KDF, now=lambda: NOW)
    try:
        return [e for e in audit.events(session.store.raw) if e.action == action]
    finally:
        session.close()


def test_htcds_is_sealed_to_the_organisation_key_and_no_class_is_below_k(
        org: dict[str, Any], monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    target = org["stick"] / "ctdc.csv"
    code, out, err = cmd(org, "export", "--format", "htcds", "--output", str(target),
                         monkeypatch=monkeypatch)
    assert code == 0, err
    assert out.strip() == "htcds export written (public_key)"
    data = target.read_bytes()
    assert data.startswith(MAGIC) and b"Datasource" not in data
    report = capsys.readouterr().err
    assert "k = 11" in report and "suppressed" in report and CANARY not in report

    rows = list(csv.DictReader(io.StringIO(opened(org, target, monkeypatch))))
    assert rows and list(rows[0]) == list(htcds.COLUMNS)
    assert min(classes(rows, htcds.QUASI_IDENTIFIERS).values()) >= 11
    assert CANARY not in json.dumps(rows)

    events = audited(org, "report.htcds")
    assert len(events) == 1 and events[0].details["protection"] == "public_key"
    assert events[0].details["k"] == 11 and "ctdc" not in json.dumps(events[0].details)


def test_hxl_with_a_passphrase_and_the_report_in_a_file(
        org: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target, account = org["stick"] / "counts.csv", tmp_path / "what-it-took.txt"
    code, out, err = cmd(org, "export", "--format", "hxl", "--k", "5", "--output",
                         str(target), "--passphrase-file", org["passphrase_file"],
                         "--report", str(account), "--json", monkeypatch=monkeypatch)
    assert code == 0, err
    assert json.loads(out)["protection"] == "passphrase" and err == ""
    assert "Cells below 5 left empty" in account.read_text()
    table = list(csv.reader(io.StringIO(opened(org, target, monkeypatch, passphrase=True))))
    assert table[1][0] == "#country+code+nationality" and "#affected+f+children" in table[1]
    for row in table[2:]:
        assert all(cell == "" or int(cell) == 0 or int(cell) >= 5 for cell in row[2:])
    code, _, err = run("decrypt-export", str(target), "--key", str(org["key"]),
                       monkeypatch=monkeypatch)
    assert code == 4 and "passphrase" in err


def test_plain_text_only_when_asked_for_and_after_a_warning(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    folder = str(tmp_path / "nokey")
    code, _, err = run("init", "--profile", folder, "--user", "amina", "--role", "supervisor",
                       "--team", "lamp", "--site", "LAMP-01", monkeypatch=monkeypatch)
    assert code == 0, err
    code, _, err = run("case", "create", "--profile", folder, "--user", "amina",
                       stdin=json.dumps(PERSON), monkeypatch=monkeypatch)
    assert code == 0, err
    target = tmp_path / "cases.jsonl"
    base = ("export", "--profile", folder, "--user", "amina")
    code, out, err = run(*base, "--output", str(target), monkeypatch=monkeypatch)
    assert code == 2 and "--plaintext" in err and not target.exists()
    code, out, err = run(*base, monkeypatch=monkeypatch)  # standard output is plain text
    assert code == 2 and out == "" and "--plaintext" in err
    code, out, err = run(*base, "--output", str(target), "--plaintext",
                         monkeypatch=monkeypatch)
    assert code == 0, err
    assert "warning: --plaintext" in capsys.readouterr().err
    assert json.loads(target.read_text())["person"]["given_name"] == CANARY


def test_bad_input_exits_4_and_a_wrong_key_exits_3(
        org: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stick = org["stick"]
    code, _, err = cmd(org, "export", "--format", "htcds", "--k", "1", "--output",
                       str(stick / "a.csv"), monkeypatch=monkeypatch)
    assert code == 4 and "--k" in err
    (tmp_path / "junk.hex").write_text("not a key")
    code, _, err = cmd(org, "export", "--output", str(stick / "b"), "--recipient",
                       str(tmp_path / "junk.hex"), monkeypatch=monkeypatch)
    assert code == 4 and "--recipient" in err
    (tmp_path / "short.txt").write_text("short\n")
    code, _, err = cmd(org, "export", "--output", str(stick / "c"), "--passphrase-file",
                       str(tmp_path / "short.txt"), monkeypatch=monkeypatch)
    assert code == 4 and "--passphrase-file" in err
    code, _, err = cmd(org, "export", "--format", "hxl", "--plaintext",
                       monkeypatch=monkeypatch)
    assert code == 2 and "--output" in err
    for jsonl_only in (("--k", "5"), ("--report", str(tmp_path / "r.txt"))):
        code, _, err = cmd(org, "export", *jsonl_only, "--output", str(stick / "d"),
                           monkeypatch=monkeypatch)
        assert code == 2 and "--format htcds and hxl" in err
    (tmp_path / "kept.txt").write_text("kept")
    code, _, err = cmd(org, "export", "--format", "htcds", "--report",
                       str(tmp_path / "kept.txt"), "--output", str(stick / "e"),
                       monkeypatch=monkeypatch)
    assert code == 2 and "--report: " in err and (tmp_path / "kept.txt").read_text() == "kept"
    assert list(stick.iterdir()) == []

    target = stick / "cases.sealed"
    code, _, err = cmd(org, "export", "--output", str(target), monkeypatch=monkeypatch)
    assert code == 0, err
    other = tmp_path / "other.pem"
    assert run("recovery-key", "generate", "--output", str(other),
               monkeypatch=monkeypatch)[0] == 0
    code, out, err = run("decrypt-export", str(target), "--key", str(other),
                         monkeypatch=monkeypatch)
    assert code == 3 and out == ""
    cut = tmp_path / "cut.sealed"
    cut.write_bytes(target.read_bytes()[:-10])
    code, out, err = run("decrypt-export", str(cut), "--key", str(org["key"]),
                         monkeypatch=monkeypatch)
    assert code == 4 and out == "" and "cut short" in err
    plain = tmp_path / "plain.jsonl"
    plain.write_text('{"id": "x"}\n')
    code, out, err = run("decrypt-export", str(plain), "--key", str(org["key"]),
                         monkeypatch=monkeypatch)
    assert code == 4 and out == "" and "not a sealed" in err
    code, out, err = cmd(org, "subject-access", "FC-NO-SUCH-CASE", "--output",
                         str(stick / "f"), monkeypatch=monkeypatch)
    assert code == 4 and out == "" and not (stick / "f").exists()


def test_subject_access_holds_everything_about_the_person_readably_and_sealed(
        org: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    code, _, err = run("case", "update", org["case"], "--profile", org["folder"], "--user",
                       "amina", stdin=json.dumps({"person": {"languages": ["am", "ti"]}}),
                       monkeypatch=monkeypatch)
    assert code == 0, err
    target = org["stick"] / "access.txt"
    code, out, err = cmd(org, "subject-access", org["case"], "--output", str(target),
                         "--json", monkeypatch=monkeypatch)
    assert code == 0, err
    summary = json.loads(out)
    assert summary["protection"] == "public_key" and summary["history_events"] >= 2
    assert CANARY.encode() not in target.read_bytes()
    text = opened(org, target, monkeypatch)
    assert "EVERYTHING THIS LAPTOP HOLDS ABOUT ONE PERSON" in text
    assert f"Given name: {CANARY}" in text and "Languages: am, ti" in text
    assert "she fears the recruiter in Sabha" in text  # confidential parts too: they are hers
    assert "case.create" in text and "case.edit" in text  # its history
    bundled = json.loads(text[text.index("(JSON)\n---"):].split("\n", 2)[2])
    assert bundled["id"] == org["case"] and bundled["person"]["given_name"] == CANARY
    events = audited(org, "case.subject_access")
    assert len(events) == 1 and events[0].case_id == org["case"]
    assert CANARY not in json.dumps(events[0].details)


@pytest.mark.parametrize("anonymous", [True, False])
def test_a_failed_sealed_export_leaves_nothing_and_a_finished_one_no_plaintext(
        org: dict[str, Any], anonymous: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(export_file, "ANONYMOUS_FILES", anonymous)
    real_line, calls = export._line, []

    def failing_line(session: Any, case_id: str) -> str:
        calls.append(case_id)
        if len(calls) == 40:
            raise OSError("the stick was pulled out")
        return real_line(session, case_id)

    monkeypatch.setattr(export, "_line", failing_line)
    target = org["stick"] / "handover.sealed"
    code, _, err = cmd(org, "export", "--output", str(target), monkeypatch=monkeypatch)
    assert code == 1 and "OSError" in err
    assert list(org["stick"].iterdir()) == []

    monkeypatch.setattr(export, "_line", real_line)
    code, _, err = cmd(org, "export", "--output", str(target), monkeypatch=monkeypatch)
    assert code == 0, err
    assert [p.name for p in org["stick"].iterdir()] == ["handover.sealed"]
    assert CANARY.encode() not in target.read_bytes()
    assert CANARY in opened(org, target, monkeypatch)


@pytest.mark.parametrize("anonymous", [True, False])
@pytest.mark.parametrize("what", [("export",), ("export", "--format", "htcds"),
                                  ("export", "--format", "hxl"), ("subject-access", "CASE")])
def test_a_sealed_file_cut_off_before_its_last_chunk_leaves_nothing(
        org: dict[str, Any], what: tuple[str, ...], anonymous: bool,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Every kind of export file goes the same way: header and chunks already written, the
    stick pulled before the last chunk, and no file is left under any name."""
    monkeypatch.setattr(export_file, "ANONYMOUS_FILES", anonymous)

    def pulled_out(self: SealedWriter) -> None:
        raise OSError("the stick was pulled out")

    monkeypatch.setattr(SealedWriter, "close", pulled_out)
    argv = [org["case"] if word == "CASE" else word for word in what]
    code, out, err = cmd(org, *argv, "--output", str(org["stick"] / "out.sealed"),
                         monkeypatch=monkeypatch)
    assert code == 1 and out == "" and "OSError" in err
    assert list(org["stick"].iterdir()) == []
    action = {"export": "case.export", "subject-access": "case.subject_access"}[what[0]] \
        if len(what) != 3 else f"report.{what[2]}"
    assert [e.details.get("complete") for e in audited(org, action)] in ([], [False])


def test_a_worker_gets_no_subject_access_and_no_report(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker's own case, on the worker's own laptop: still only a supervisor answers a
    subject-access request or publishes a report."""
    folder, stick = str(tmp_path / "bilal"), tmp_path / "stick"
    stick.mkdir()
    passphrase = "the worker's own passphrase"
    code, _, err = run("init", "--profile", folder, "--user", "bilal", "--role", "worker",
                       "--team", "lamp", "--site", "LAMP-01", monkeypatch=monkeypatch,
                       user_passphrase=passphrase)
    assert code == 0, err
    own = {**PERSON, "case": {**PERSON["case"], "assigned_to": "bilal"}}
    code, out, err = run("case", "create", "--profile", folder, "--user", "bilal", "--json",
                         stdin=json.dumps(own), monkeypatch=monkeypatch,
                         user_passphrase=passphrase)
    assert code == 0, err
    case_id = json.loads(out)["id"]
    for argv in (("subject-access", case_id), ("export", "--format", "htcds"),
                 ("export", "--format", "hxl")):
        code, out, err = run(argv[0], "--profile", folder, "--user", "bilal", *argv[1:],
                             "--output", str(stick / "x"), "--plaintext",
                             monkeypatch=monkeypatch, user_passphrase=passphrase)
        assert code == 4 and out == "" and "only a supervisor" in err, (argv, err)
    assert list(stick.iterdir()) == []


def test_an_htcds_table_in_plain_text_after_the_warning_leaves_out_who_withdrew_consent(
        org: dict[str, Any], monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    first = org["stick"] / "first.csv"
    code, out, err = cmd(org, "export", "--format", "htcds", "--k", "2", "--plaintext",
                         "--output", str(first), "--json", monkeypatch=monkeypatch)
    assert code == 0, err
    before = json.loads(out)
    said = capsys.readouterr().err
    assert said.startswith("warning: --plaintext") and "k = 2" in said
    rows = list(csv.DictReader(io.StringIO(first.read_text())))
    assert before["protection"] == "plaintext" and len(rows) == before["published"] > 0
    assert min(classes(rows, htcds.QUASI_IDENTIFIERS).values()) >= 2

    code, _, err = run("case", "update", org["case"], "--profile", org["folder"], "--user",
                       "amina", stdin=json.dumps({"consents": [
                           {"purpose": "statistics", "given_by": "self", "form": "verbal",
                            "given_on": "2026-11-03", "withdrawn_on": "2026-11-20"}]}),
                       monkeypatch=monkeypatch)
    assert code == 0, err
    second = org["stick"] / "second.csv"
    code, out, err = cmd(org, "export", "--format", "htcds", "--k", "2", "--plaintext",
                         "--output", str(second), "--json", monkeypatch=monkeypatch)
    assert code == 0, err
    after = json.loads(out)
    assert after["consent_withdrawn"] == before["consent_withdrawn"] + 1
    assert after["selected"] == before["selected"]
    first_event, second_event = reversed(audited(org, "report.htcds"))  # newest first
    assert org["case"] in first_event.details["case_ids"]
    assert org["case"] not in second_event.details["case_ids"]
