"""Bad input on the command line: never a traceback, exit 4 naming the problem, nothing written.

Standard input is given as bytes (a real process's ``sys.stdin`` has a binary buffer under
its text layer), so text that is not UTF-8 reaches the command as it would from a pipe."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from tests.cli.store_snapshot import snapshot
from tests.cli.test_cli import DOCUMENT, OPTIONS, PASSPHRASE

from fieldcase import cli

CREATE = ("case", "create")


def run_bytes(*argv: str, stdin: bytes = b"", monkeypatch: pytest.MonkeyPatch
              ) -> tuple[int, str, str]:
    monkeypatch.setenv("FIELDCASE_PASSPHRASE", PASSPHRASE)
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(list(argv), stdin=io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"),
                    stdout=out, stderr=err, options=OPTIONS)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def profile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    folder = str(tmp_path / "profile")
    code, _, err = run_bytes("init", "--profile", folder, "--user", "amina", "--role",
                             "supervisor", "--team", "lamp", "--site", "LAMP-01",
                             monkeypatch=monkeypatch)
    assert code == 0, err
    return folder


def _with(placeholder_value: str) -> bytes:
    """The sample document with the person's given name replaced by raw JSON text."""
    text = json.dumps({**DOCUMENT, "person": {**DOCUMENT["person"], "given_name": "@@"}},
                      ensure_ascii=False)
    return text.replace('"@@"', placeholder_value).encode("utf-8")


BAD_DOCUMENTS = {
    "invalid UTF-8 in a name": (_with('"Am\xffina"').replace(b"\xc3\xbf", b"\xff"),
                                "person.given_name", "UTF-8"),
    "invalid UTF-8 between values": (b'{"person": \xff}', "", "UTF-8"),
    "a lone surrogate": (_with('"\\ud800"'), "person.given_name", "surrogate"),
    "a 5,000-digit integer": (_with("9" * 5000), "person.given_name", "number"),
    "NaN": (_with("NaN"), "person.given_name", "NaN"),
    "a number beyond a float": (_with("1e999"), "person.given_name", "number"),
    "nested 1,000 deep": (b"[" * 1000 + b"]" * 1000, "", "deeper"),
    "nested 100,000 deep": (b'{"person": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", "",
                            "deeper"),
    "a duplicate key": (b'{"person": {"sex": "male", "sex": "female"}}', "person.sex",
                        "twice"),
    "not JSON": (b"{not json", "", "not JSON"),
}


@pytest.mark.parametrize("name", sorted(BAD_DOCUMENTS))
def test_bad_case_documents_exit_4_naming_the_problem_and_write_nothing(
        name: str, profile: str, monkeypatch: pytest.MonkeyPatch) -> None:
    data, path, words = BAD_DOCUMENTS[name]
    before = snapshot(profile, "amina", PASSPHRASE)
    code, out, err = run_bytes(*CREATE, "--profile", profile, "--user", "amina",
                               stdin=data, monkeypatch=monkeypatch)
    assert (code, out) == (4, ""), err
    assert "Traceback" not in err and words in err
    if path:
        assert f"invalid: {path}:" in err
    assert snapshot(profile, "amina", PASSPHRASE) == before


def test_bad_partial_document_for_update_exits_4_and_changes_nothing(
        profile: str, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = run_bytes(*CREATE, "--profile", profile, "--user", "amina", "--json",
                               stdin=json.dumps(DOCUMENT).encode(), monkeypatch=monkeypatch)
    assert code == 0, err
    case_id = json.loads(out)["id"]
    before = snapshot(profile, "amina", PASSPHRASE)
    for data in (b'{"case": {"stage": "\\udfff"}}', b'{"case": ' + b"{" * 2000,
                 b'{"person": {"age_estimate": ' + b"1" * 5000 + b"}}"):
        code, out, err = run_bytes("case", "update", case_id, "--profile", profile, "--user",
                                   "amina", stdin=data, monkeypatch=monkeypatch)
        assert (code, out) == (4, ""), err
        assert "Traceback" not in err
    assert snapshot(profile, "amina", PASSPHRASE) == before


def test_the_passphrase_line_then_a_bad_document(profile: str,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FIELDCASE_PASSPHRASE")
    out, err = io.StringIO(), io.StringIO()
    stdin = io.TextIOWrapper(io.BytesIO(PASSPHRASE.encode() + b"\n" + _with('"\\ud800"')),
                             encoding="utf-8")
    code = cli.main([*CREATE, "--profile", profile, "--user", "amina"], stdin=stdin,
                    stdout=out, stderr=err, options=OPTIONS)
    assert code == 4 and "invalid: person.given_name:" in err.getvalue()


@pytest.mark.parametrize("value", ["[" * 5000, '"\\ud800"', "1" * 5000, "{oops"])
def test_a_bad_conflict_value_exits_4(value: str, profile: str,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    code, _, err = run_bytes("conflicts", "--profile", profile, "--user", "amina",
                             "--resolve", "0190a000-0000-7000-8000-000000000000",
                             "--value", value, monkeypatch=monkeypatch)
    assert code == 4 and "invalid: --value" in err and "Traceback" not in err


@pytest.mark.parametrize("cursor", ["[" * 5000, "[{}]", "1" * 5000, '["\\ud800"]'])
def test_a_bad_list_cursor_is_a_usage_error(cursor: str, profile: str,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    code, _, err = run_bytes("case", "list", "--profile", profile, "--user", "amina",
                             "--after", cursor, monkeypatch=monkeypatch)
    assert code == 2 and "--after" in err


def test_text_arguments_that_are_not_utf8_are_a_usage_error(
        profile: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # A shell passes bytes; Python hands arguments that are not UTF-8 over as surrogates.
    code, _, err = run_bytes("search", "Am\udcffina", "--profile", profile, "--user", "amina",
                             monkeypatch=monkeypatch)
    assert code == 2 and "not UTF-8" in err


@pytest.mark.parametrize("content", ["zz-not-hex", "abcd", ""])
def test_a_bad_recovery_key_file_exits_4(content: str, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    key_file = tmp_path / "recovery.hex"
    key_file.write_text(content)
    code, _, err = run_bytes("init", "--profile", str(tmp_path / "p"), "--user", "amina",
                             "--role", "admin", "--team", "lamp", "--site", "LAMP-01",
                             "--recovery-key", str(key_file), monkeypatch=monkeypatch)
    assert code == 4 and "invalid: --recovery-key" in err
    assert not (tmp_path / "p").exists()


def test_a_missing_recovery_key_file_exits_4(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    code, _, err = run_bytes("init", "--profile", str(tmp_path / "p"), "--user", "amina",
                             "--role", "admin", "--team", "lamp", "--site", "LAMP-01",
                             "--recovery-key", str(tmp_path / "absent"),
                             monkeypatch=monkeypatch)
    assert code == 4 and "invalid: --recovery-key" in err


def test_an_unexpected_failure_names_its_type_never_its_message(
        profile: str, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise KeyError("Amina Yusuf")  # a bug whose message quotes case content

    monkeypatch.setattr("fieldcase.services.cases.search_cases", broken)
    code, out, err = run_bytes("search", "x", "--profile", profile, "--user", "amina",
                               monkeypatch=monkeypatch)
    assert (code, out) == (1, "")
    assert "KeyError" in err and "Amina" not in err and "Traceback" not in err


def test_a_problem_is_one_printable_line_whatever_the_keys_hold(
        profile: str, monkeypatch: pytest.MonkeyPatch) -> None:
    document = {**DOCUMENT, "person": {**DOCUMENT["person"],
                                       "x\ninvalid: forged\u202e": "y"}}
    code, _, err = run_bytes(*CREATE, "--profile", profile, "--user", "amina",
                             stdin=json.dumps(document).encode(), monkeypatch=monkeypatch)
    assert code == 4
    (line,) = err.splitlines()
    assert line.startswith("invalid: person.x\\u000ainvalid: forged\\u202e")
