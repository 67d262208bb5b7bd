"""`fieldcase recovery-key generate`: the organisation's key pair, its private half in a new
0600 file, its public half printed for `fieldcase init --recovery-key`."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from fieldcase.services import profile
from fieldcase.storage.keyslots import KdfParams

from .test_cli import PASSPHRASE, run

KDF = KdfParams.insecure_for_tests()


def test_generate_writes_the_private_key_and_prints_the_public_one(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    key_file = tmp_path / "org-recovery.pem"
    old_umask = os.umask(0o022)
    try:
        code, out, err = run("recovery-key", "generate", "--output", str(key_file),
                             monkeypatch=monkeypatch)
    finally:
        os.umask(old_umask)
    assert (code, err) == (0, "")
    public_hex = out.strip()
    assert len(bytes.fromhex(public_hex)) == 32
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    text = key_file.read_text()
    assert "-----BEGIN PRIVATE KEY-----" in text and public_hex in text
    assert "Keep it offline" in capsys.readouterr().err
    assert "PRIVATE KEY" not in out  # the private key goes only to the file

    # The same name again: refused, and the first key is still there.
    code, out, err = run("recovery-key", "generate", "--output", str(key_file), "--json",
                         monkeypatch=monkeypatch)
    assert code == 2 and "never written over" in err and out == ""
    assert key_file.read_text() == text

    # The printed key sets up a laptop whose passphrase the private file can recover.
    public_file = tmp_path / "public.hex"
    public_file.write_text(public_hex + "\n")
    folder = tmp_path / "laptop"
    code, _, err = run("init", "--profile", str(folder), "--user", "amina", "--role", "worker",
                       "--team", "lamp", "--site", "LAMP-01", "--recovery-key",
                       str(public_file), monkeypatch=monkeypatch)
    assert code == 0, err
    profile.recover(folder, recovery_key=text, user="amina",
                    new_passphrase="a brand new recovered phrase", kdf=KDF)
    profile.unlock(folder, user="amina", passphrase="a brand new recovered phrase",
                   kdf=KDF).close()


def test_json_output_names_the_public_key(tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = run("recovery-key", "generate", "--output", str(tmp_path / "k.pem"),
                       "--json", monkeypatch=monkeypatch)
    assert code == 0 and len(json.loads(out)["public_key"]) == 64


def test_set_up_refuses_the_private_key_file_by_name(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    key_file = tmp_path / "org-recovery.pem"
    assert run("recovery-key", "generate", "--output", str(key_file),
               monkeypatch=monkeypatch)[0] == 0
    folder = tmp_path / "laptop"
    code, _, err = run("init", "--profile", str(folder), "--user", "amina", "--role", "worker",
                       "--team", "lamp", "--site", "LAMP-01", "--recovery-key", str(key_file),
                       monkeypatch=monkeypatch)
    assert code == 4 and "PRIVATE recovery key" in err
    assert "BEGIN" not in err
    assert not folder.exists() or not any(folder.iterdir())
    assert PASSPHRASE not in err


def test_generate_needs_an_output_file(monkeypatch: pytest.MonkeyPatch) -> None:
    assert run("recovery-key", "generate", monkeypatch=monkeypatch)[0] == 2
    assert run("recovery-key", monkeypatch=monkeypatch)[0] == 2
