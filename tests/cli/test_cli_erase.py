"""``fieldcase case erase CASE --reason TEXT``: checked first, then the case number typed
again (unless ``--yes``); it says the case number, never the name; exit codes like the other
commands (2 not confirmed, 4 not found or not allowed or no reason)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from fieldcase import cli
from fieldcase.cli_commands import Options
from fieldcase.services import cases, profile
from fieldcase.storage.keyslots import KdfParams

PASSPHRASE = "correct horse battery staple"
KDF = KdfParams.insecure_for_tests()
NAME = "Qzxerasedvelt"
EXIT_OK, EXIT_USAGE, EXIT_INVALID = 0, 2, 4


def run(*argv: str, stdin: str = "", monkeypatch: pytest.MonkeyPatch
        ) -> tuple[int, str, str]:
    monkeypatch.setenv("FIELDCASE_PASSPHRASE", PASSPHRASE)
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(list(argv), stdin=io.StringIO(stdin), stdout=out, stderr=err,
                    options=Options(kdf=KDF))
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def laptop(tmp_path: Path) -> tuple[str, str]:
    """A supervisor's profile with one case; returns the folder and the case number."""
    folder = tmp_path / "profile"
    profile.create_profile(folder, user="selam", passphrase=PASSPHRASE, role="supervisor",
                           team="lamp", site="LAMP-01", kdf=KDF)
    session = profile.unlock(folder, user="selam", passphrase=PASSPHRASE, kdf=KDF)
    try:
        number = cases.create_case(session, {
            "person": {"given_name": NAME, "family_name": "Haile", "sex": "female",
                       "age_estimate": 19, "nationality": "ETH", "languages": ["am"]},
            "case": {"site": "LAMP-01", "stage": "origin", "assigned_to": "selam",
                     "opened_on": "2026-06-03"}}).case_number
    finally:
        session.close()
    return str(folder), number


def held(folder: str, monkeypatch: pytest.MonkeyPatch) -> int:
    code, out, _ = run("case", "list", "--profile", folder, "--user", "selam", "--json",
                       monkeypatch=monkeypatch)
    assert code == EXIT_OK
    return len(json.loads(out)["cases"])


def test_a_wrong_confirmation_erases_nothing(laptop: tuple[str, str],
                                            monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    folder, number = laptop
    code, out, err = run("case", "erase", number, "--reason", "asked", "--profile", folder,
                         "--user", "selam", stdin="FC-WRONG\n", monkeypatch=monkeypatch)
    assert code == EXIT_USAGE and "nothing was erased" in err and out == ""
    question = capsys.readouterr().err
    assert f"Erase case {number}" in question and NAME not in question
    assert held(folder, monkeypatch) == 1


def test_the_case_number_typed_again_erases(laptop: tuple[str, str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    folder, number = laptop
    code, out, err = run("case", "erase", number, "--reason", "asked, DP-17", "--profile",
                         folder, "--user", "selam", stdin=f"{number}\n",
                         monkeypatch=monkeypatch)
    assert code == EXIT_OK, err
    assert f"case {number} erased" in out and NAME not in out + err
    assert held(folder, monkeypatch) == 0
    code, _, err = run("case", "erase", number, "--reason", "asked", "--yes", "--profile",
                       folder, "--user", "selam", monkeypatch=monkeypatch)
    assert code == EXIT_INVALID  # not here any more


def test_yes_skips_the_question_and_json_names_the_case(
        laptop: tuple[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    folder, number = laptop
    code, out, err = run("case", "erase", number, "--reason", "asked", "--yes", "--json",
                         "--profile", folder, "--user", "selam", monkeypatch=monkeypatch)
    assert code == EXIT_OK, err
    assert json.loads(out)["case_number"] == number and err == ""


def test_a_blank_reason_is_refused_before_any_question(
        laptop: tuple[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    folder, number = laptop
    code, _, err = run("case", "erase", number, "--reason", " ", "--profile", folder,
                       "--user", "selam", stdin=f"{number}\n", monkeypatch=monkeypatch)
    assert code == EXIT_INVALID and "Type the case number" not in err
    assert held(folder, monkeypatch) == 1
