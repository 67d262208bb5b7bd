"""The command-line contract: subcommands, --json output, passphrase handling, exit codes."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from fieldcase import cli
from fieldcase.cli_commands import Options
from fieldcase.services import cases
from fieldcase.services import profile as profiles
from fieldcase.storage.keyslots import KdfParams

PASSPHRASE = "correct horse battery staple"
OPTIONS = Options(kdf=KdfParams.insecure_for_tests())
DOCUMENT = {
    "person": {"given_name": "ዮሃንስ", "family_name": "Kidane", "sex": "male",
               "age_estimate": 30, "nationality": "ERI", "languages": ["ti"]},
    "case": {"site": "LAMP-01", "stage": "transit", "assigned_to": "amina",
             "opened_on": "2026-11-01"},
}


def run(*argv: str, stdin: str = "", env_passphrase: str | None = PASSPHRASE,
        monkeypatch: pytest.MonkeyPatch) -> tuple[int, str, str]:
    if env_passphrase is None:
        monkeypatch.delenv("FIELDCASE_PASSPHRASE", raising=False)
    else:
        monkeypatch.setenv("FIELDCASE_PASSPHRASE", env_passphrase)
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(list(argv), stdin=io.StringIO(stdin), stdout=out, stderr=err,
                    options=OPTIONS)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def profile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    folder = str(tmp_path / "profile")
    code, _, err = run("init", "--profile", folder, "--user", "amina", "--role", "supervisor",
                       "--team", "lamp", "--site", "LAMP-01", monkeypatch=monkeypatch)
    assert code == 0, err
    return folder


def created(profile: str, monkeypatch: pytest.MonkeyPatch, document: Any = DOCUMENT) -> str:
    code, out, err = run("case", "create", "--profile", profile, "--user", "amina", "--json",
                         stdin=json.dumps(document), monkeypatch=monkeypatch)
    assert code == 0, err
    return str(json.loads(out)["id"])


def test_create_show_list_search_update(profile: str, monkeypatch: pytest.MonkeyPatch) -> None:
    case_id = created(profile, monkeypatch)
    code, out, _ = run("case", "show", case_id, "--profile", profile, "--user", "amina",
                       "--json", monkeypatch=monkeypatch)
    assert code == 0 and json.loads(out)["person"]["given_name"] == "ዮሃንስ"
    code, out, _ = run("case", "list", "--profile", profile, "--user", "amina", "--json",
                       monkeypatch=monkeypatch)
    assert [row["case_id"] for row in json.loads(out)["cases"]] == [case_id]
    code, out, _ = run("search", "Yohannes", "--profile", profile, "--user", "amina",
                       "--json", monkeypatch=monkeypatch)
    assert code == 0 and json.loads(out)[0]["case_id"] == case_id
    code, out, _ = run("case", "update", case_id, "--profile", profile, "--user", "amina",
                       "--json", stdin='{"case": {"stage": "destination"}}',
                       monkeypatch=monkeypatch)
    assert code == 0 and json.loads(out) == {"id": case_id, "changed": ["case"], "ignored": []}


def test_passphrase_from_stdin_before_the_document(profile: str,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = run("case", "create", "--profile", profile, "--user", "amina",
                         stdin=PASSPHRASE + "\n" + json.dumps(DOCUMENT), env_passphrase=None,
                         monkeypatch=monkeypatch)
    assert code == 0, err
    assert out.strip().count("-") == 4  # prints the id


def test_wrong_passphrase_exits_3(profile: str, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = run("case", "list", "--profile", profile, "--user", "amina",
                         env_passphrase="not the right one at all", monkeypatch=monkeypatch)
    assert (code, out) == (3, "")
    assert "wrong user name or passphrase" in err


def test_validation_error_exits_4_and_names_the_field(profile: str,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    bad = {**DOCUMENT, "person": {**DOCUMENT["person"], "date_of_birth": "2099-01-01"}}
    code, _, err = run("case", "create", "--profile", profile, "--user", "amina",
                       stdin=json.dumps(bad), monkeypatch=monkeypatch)
    assert code == 4 and "person.date_of_birth" in err
    code, _, err = run("case", "create", "--profile", profile, "--user", "amina",
                       stdin=json.dumps({**DOCUMENT, "colour": "red"}), monkeypatch=monkeypatch)
    assert code == 4 and "colour" in err


@pytest.mark.parametrize("argv", [["case"], ["case", "show"], ["frobnicate"], ["search"]])
def test_usage_errors_exit_2(argv: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    code, _, _ = run(*argv, monkeypatch=monkeypatch)
    assert code == 2


def test_malformed_json_is_invalid_input(profile: str, monkeypatch: pytest.MonkeyPatch) -> None:
    code, _, err = run("case", "create", "--profile", profile, "--user", "amina",
                       stdin="{not json", monkeypatch=monkeypatch)
    assert code == 4 and "invalid: the case document is not JSON" in err


def test_no_document_at_all_is_a_usage_error(profile: str,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    code, _, err = run("case", "create", "--profile", profile, "--user", "amina",
                       stdin=" \n", monkeypatch=monkeypatch)
    assert code == 2 and "usage" in err


def test_self_test_passes(profile: str, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = run("self-test", "--profile", profile, "--user", "amina", "--json",
                         monkeypatch=monkeypatch)
    assert code == 0, err
    report = json.loads(out)
    assert all(check["ok"] for check in report["checks"])


def test_demo_data_adds_cases(profile: str, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = run("demo-data", "--cases", "40", "--profile", profile, "--user", "amina",
                         "--json", monkeypatch=monkeypatch)
    assert code == 0, err
    assert json.loads(out) == {"cases": 40}
    code, out, _ = run("case", "list", "--limit", "25", "--profile", profile, "--user",
                       "amina", "--json", monkeypatch=monkeypatch)
    page = json.loads(out)
    assert len(page["cases"]) == 25 and page["next"]
    code, out, _ = run("case", "list", "--limit", "25", "--after", page["next"], "--profile",
                       profile, "--user", "amina", "--json", monkeypatch=monkeypatch)
    assert len(json.loads(out)["cases"]) == 15


def test_installed_entry_point_runs_with_the_production_kdf(tmp_path: Path) -> None:
    """One real subprocess through the console script, at the calibrated Argon2id cost."""
    folder = str(tmp_path / "real")
    env = {"FIELDCASE_PASSPHRASE": PASSPHRASE, "PATH": "/usr/bin:/bin",
           "HOME": str(tmp_path)}
    exe = str(Path(sys.executable).with_name("fieldcase"))
    init = subprocess.run([exe, "init", "--profile", folder, "--user", "amina", "--team",
                           "lamp", "--site", "LAMP-01"], env=env, capture_output=True,
                          text=True, check=False)
    assert init.returncode == 0, init.stderr
    create = subprocess.run([exe, "case", "create", "--profile", folder, "--user", "amina"],
                            input=json.dumps(DOCUMENT), env=env, capture_output=True,
                            text=True, check=False)
    assert create.returncode == 0, create.stderr
    wrong = subprocess.run([exe, "case", "list", "--profile", folder, "--user", "amina"],
                           env={**env, "FIELDCASE_PASSPHRASE": "wrong wrong wrong wrong"},
                           capture_output=True, text=True, check=False)
    assert wrong.returncode == 3


def test_a_damaged_store_log_is_warned_at_unlock_and_fails_the_self_test(
        profile: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    session = profiles.unlock(Path(profile), user="amina", passphrase=PASSPHRASE,
                              kdf=KdfParams.insecure_for_tests())
    cases.create_case(session, DOCUMENT)
    crashed = tmp_path / "crashed"  # the files as a crash at this moment leaves them
    crashed.mkdir()
    for name in ("store.db", "store.db-wal", "store.mark"):
        if (Path(profile) / name).exists():
            shutil.copy2(Path(profile) / name, crashed / name)
    session.close()
    for name in ("store.db", "store.db-wal", "store.mark"):
        (Path(profile) / name).unlink(missing_ok=True)
        if (crashed / name).exists():
            shutil.copy2(crashed / name, Path(profile) / name)
    log = bytearray((Path(profile) / "store.db-wal").read_bytes())
    log[32 + 24 + 300] ^= 0x40
    (Path(profile) / "store.db-wal").write_bytes(bytes(log))

    code, _, err = run("case", "list", "--profile", profile, "--user", "amina",
                       monkeypatch=monkeypatch)
    assert code == 0
    assert "warning: this laptop's store: " in capsys.readouterr().err
    code, _, err = run("self-test", "--profile", profile, "--user", "amina",
                       monkeypatch=monkeypatch)
    assert code == 1 and "FAIL store history" in err and "damaged frame" in err
    code, out, _ = run("self-test", "--acknowledge", "--profile", profile, "--user", "amina",
                       monkeypatch=monkeypatch)
    assert code == 0 and "acknowledged" in out
    assert run("self-test", "--profile", profile, "--user", "amina",
               monkeypatch=monkeypatch)[0] == 0


def test_version_is_the_package_version(capsys: pytest.CaptureFixture[str]) -> None:
    """One version, in fieldcase/__init__.py: the package metadata (pyproject's dynamic
    version) and ``fieldcase --version`` both read it."""
    import importlib.metadata

    import fieldcase

    assert cli.main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"fieldcase {fieldcase.__version__}"
    assert importlib.metadata.version("fieldcase") == fieldcase.__version__
