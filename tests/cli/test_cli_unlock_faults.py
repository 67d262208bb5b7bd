"""The command line under faults: a full disk and a damaged profile give a message and an exit
code, never a traceback.

The full disk is a real, small tmpfs filled to the last byte. Where this machine refuses to
mount one (not root, a container without the capability, or FIELDCASE_TEST_NO_TMPFS set),
the fixture says so on the terminal and injects the same failures instead: every new file
fails with ENOSPC and every store transaction with StoreFull, while overwriting bytes already
on disk still works, as it does on a full disk.
"""

from __future__ import annotations

import errno
import io
import json
import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from fieldcase import cli
from fieldcase.cli_commands import Options
from fieldcase.services import profile
from fieldcase.storage import keyslot_files, unlock_guard
from fieldcase.storage.errors import StoreFull
from fieldcase.storage.keys import ProfileKeys
from fieldcase.storage.keyslots import KdfParams
from fieldcase.storage.store import DATABASE_FILE, Store
from fieldcase.storage.unlock_guard import STATE_FILE_NAME

PASSPHRASE = "correct horse battery staple"
KDF = KdfParams.insecure_for_tests()
OPTIONS = Options(kdf=KDF)


def run(monkeypatch: pytest.MonkeyPatch, *argv: str,
        passphrase: str = PASSPHRASE) -> tuple[int, str, str]:
    monkeypatch.setenv("FIELDCASE_PASSPHRASE", passphrase)
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(list(argv), stdin=io.StringIO(""), stdout=out, stderr=err,
                    options=OPTIONS)
    return code, out.getvalue(), err.getvalue()


def make_profile(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, _, err = run(monkeypatch, "init", "--profile", str(folder), "--user", "amina",
                       "--role", "supervisor", "--team", "lamp", "--site", "LAMP-01")
    assert code == 0, err
    code, _, err = run(monkeypatch, "demo-data", "--profile", str(folder), "--user", "amina",
                       "--cases", "4")
    assert code == 0, err


def failed_attempts(folder: Path) -> int:
    return ProfileKeys(database_files=profile.database_files,
                       kdf_policy=KDF).failed_attempts(folder, "amina")


@dataclass
class FullDisk:
    profile: Path
    injected: bool

    def leave_an_old_guard_file(self) -> None:
        """The small guard file of a FieldCase before per-name counting: it cannot be
        overwritten in place with the fixed-size one, so on a full disk nothing can record
        an attempt."""
        guard = self.profile / STATE_FILE_NAME
        guard.write_text('{"format": 1, "failures": 0, "last_failure_at": null}')


def _no_space(*args: object, **kwargs: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def _fill(mount_point: Path) -> None:
    with open(mount_point / "ballast", "wb", buffering=0) as ballast:
        try:
            while True:
                ballast.write(b"\0" * 4096)
        except OSError as error:
            assert error.errno == errno.ENOSPC


@contextmanager
def _tmpfs(folder: Path) -> Iterator[bool]:
    folder.mkdir()
    if os.environ.get("FIELDCASE_TEST_NO_TMPFS"):
        yield False
        return
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(folder)],
                             capture_output=True, check=False).returncode == 0
    try:
        yield mounted
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(folder)], check=True)


@pytest.fixture
def full_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
              capsys: pytest.CaptureFixture[str]) -> Iterator[FullDisk]:
    with _tmpfs(tmp_path / "disk") as mounted:
        folder = tmp_path / "disk" / "profile"
        make_profile(folder, monkeypatch)
        if mounted:
            _fill(tmp_path / "disk")
        else:
            with capsys.disabled():
                print("\n[full disk] no tmpfs could be mounted here: injecting ENOSPC for new "
                      "files and StoreFull for store transactions instead")
            monkeypatch.setattr(unlock_guard, "atomic_write", _no_space)
            monkeypatch.setattr(keyslot_files, "atomic_write", _no_space)

            def full(*args: object, **kwargs: object) -> None:
                raise StoreFull("storage is full: free disk space, then try again; nothing "
                                "was saved")

            monkeypatch.setattr(Store, "atomic", full)
        yield FullDisk(folder, not mounted)


def test_reading_works_on_a_full_disk(full_disk: FullDisk,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    where = ("--profile", str(full_disk.profile), "--user", "amina")
    code, out, err = run(monkeypatch, "case", "list", *where, "--json")
    assert code == 0, err
    assert len(json.loads(out)["cases"]) == 4
    code, out, err = run(monkeypatch, "search", "a", *where, "--json")
    assert code == 0, err
    code, out, err = run(monkeypatch, "demo-data", "--cases", "1", *where)
    assert code == 1 and "storage is full" in err and "Traceback" not in err


def test_wrong_passphrases_on_a_full_disk_are_counted(full_disk: FullDisk,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    where = ("--profile", str(full_disk.profile), "--user", "amina")
    for _ in range(3):
        code, _, err = run(monkeypatch, "case", "list", *where, passphrase="not it at all")
        assert (code, err.strip()) == (3, "wrong user name or passphrase")
    code, _, err = run(monkeypatch, "case", "list", *where)
    assert code == 3 and "too many failed attempts" in err
    assert failed_attempts(full_disk.profile) == 3


def test_an_attempt_that_cannot_be_recorded_is_refused(full_disk: FullDisk,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    full_disk.leave_an_old_guard_file()
    guard_before = (full_disk.profile / STATE_FILE_NAME).read_bytes()
    for passphrase in ("not it at all", PASSPHRASE):
        code, _, err = run(monkeypatch, "case", "list", "--profile", str(full_disk.profile),
                           "--user", "amina", passphrase=passphrase)
        assert code == 1, err
        assert "could not be recorded" in err and "Traceback" not in err
    assert (full_disk.profile / STATE_FILE_NAME).read_bytes() == guard_before


def test_a_missing_store_and_a_damaged_store_say_so(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "profile"
    make_profile(folder, monkeypatch)
    where = ("--profile", str(folder), "--user", "amina")
    store = folder / DATABASE_FILE
    kept = store.read_bytes()
    store.unlink()
    code, _, err = run(monkeypatch, "case", "list", *where)
    assert code == 1 and "missing" in err and not store.exists()
    damaged = bytearray(kept)
    for page in range(1, len(kept) // 4096):  # every page but the first: unreadable cases
        damaged[page * 4096 + 100] ^= 0xFF
    store.write_bytes(bytes(damaged))
    for command in (("case", "list"), ("search", "a"), ("self-test",)):
        code, out, err = run(monkeypatch, *command, *where)
        assert code == 1, (command, out, err)
        assert "damaged" in err and "Traceback" not in err
        assert store.read_bytes() == bytes(damaged)


def test_self_test_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "profile"
    make_profile(folder, monkeypatch)
    before = (folder / DATABASE_FILE).read_bytes()
    code, out, err = run(monkeypatch, "self-test", "--profile", str(folder), "--user", "amina")
    assert code == 0, err
    assert "store integrity" in out
    assert (folder / DATABASE_FILE).read_bytes() == before
