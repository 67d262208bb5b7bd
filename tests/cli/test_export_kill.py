"""``fieldcase export --output`` killed with SIGKILL while it writes: no plaintext outlives it.

A real child process runs the command; each case line is slowed down (a sleep around the
line builder, nothing else changed) so the kill lands mid-file every time. Both ways the
export can write are killed several times: an anonymous file (Linux ``O_TMPFILE``: the kernel
frees it with the process) and, where the file system has none (a FAT USB stick), a named
temporary file recorded in the store beforehand and swept by the next command that opens the
profile. Killed as plain text (``--plaintext``, the worst case) and, once, sealed with a
passphrase: what a kill leaves of a sealed export is ciphertext only."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from fieldcase import cli
from fieldcase.cli_commands import Options
from fieldcase.services import cases, profile
from fieldcase.services.export_seal import MAGIC
from fieldcase.storage.keyslots import KdfParams

from ..services.conftest import PASSPHRASE, new_case, now

CANARY = "Qorvanexkill"
CASES = 40
KILLS = 3

_EXPORTER = """
import sys, time
from fieldcase import cli
from fieldcase.cli_commands import Options
from fieldcase.services import export
from fieldcase.storage.keyslots import KdfParams
if sys.argv[3] == "named":  # as on a file system without anonymous files
    from fieldcase.services import export_file
    export_file.ANONYMOUS_FILES = False
real_line = export._line
def slow_line(session, case_id):
    time.sleep(0.02)
    line = real_line(session, case_id)
    print("line", flush=True)
    return line
export._line = slow_line
protection = ["--passphrase-file", sys.argv[4]] if len(sys.argv) > 4 else ["--plaintext"]
if len(sys.argv) > 4:  # small chunks, so sealed chunks reach the disk before the kill
    from fieldcase.services import export_seal
    export_seal.CHUNK = 1024
sys.exit(cli.main(["export", "--profile", sys.argv[1], "--user", "amina", "--output",
                   sys.argv[2], *protection],
                  options=Options(kdf=KdfParams.insecure_for_tests())))
"""


@pytest.fixture(scope="module")
def filled_profile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("kill") / "profile"
    profile.create_profile(folder, user="amina", passphrase=PASSPHRASE, role="supervisor",
                           team="lamp", site="LAMP-01", kdf=KdfParams.insecure_for_tests(),
                           now=now)
    session = profile.unlock(folder, user="amina", passphrase=PASSPHRASE,
                             kdf=KdfParams.insecure_for_tests(), now=now)
    try:
        for index in range(CASES):
            cases.create_case(session, new_case(f"{CANARY}{index}"))
    finally:
        session.close()
    return folder


def _kill_mid_export(profile_dir: Path, target: Path, mode: str,
                     *sealed_with: str) -> None:
    """``sealed_with``: a passphrase file to seal with; none: ``--plaintext``."""
    env = {**os.environ, "FIELDCASE_PASSPHRASE": PASSPHRASE}
    child = subprocess.Popen([sys.executable, "-c", _EXPORTER, str(profile_dir), str(target),
                              mode, *sealed_with], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, env=env)
    assert child.stdout is not None
    for _ in range(CASES // 2):  # half the lines built: several buffers reached the file
        assert child.stdout.readline() == "line\n", child.stderr.read() if child.stderr else ""
    if mode == "anonymous":
        assert _open_export_size(child.pid, target.parent) > 0
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=30)
    assert child.returncode == -signal.SIGKILL


def _open_export_size(pid: int, folder: Path) -> int:
    """Bytes in the file the child is writing in ``folder`` (it has no name there)."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        for fd in os.listdir(f"/proc/{pid}/fd"):
            try:
                where = os.readlink(f"/proc/{pid}/fd/{fd}")
                size = os.stat(f"/proc/{pid}/fd/{fd}").st_size
            except OSError:
                continue
            if where.startswith(str(folder)) and size > 0:
                return size
        time.sleep(0.01)
    return 0


def _plaintext_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if CANARY.encode() in p.read_bytes())


def _open_the_profile(profile_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDCASE_PASSPHRASE", PASSPHRASE)
    code = cli.main(["case", "list", "--profile", str(profile_dir), "--user", "amina"],
                    options=Options(kdf=KdfParams.insecure_for_tests(), now=now))
    assert code == 0


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="watches /proc for the file")
@pytest.mark.parametrize("mode", ["anonymous", "named"])
def test_a_killed_export_leaves_no_plaintext_once_the_profile_is_opened_again(
        mode: str, filled_profile: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    usb_stick = tmp_path / "stick"
    usb_stick.mkdir()
    for kill in range(KILLS):
        target = usb_stick / f"handover-{kill}.jsonl"
        _kill_mid_export(filled_profile, target, mode)
        if mode == "anonymous":
            assert list(usb_stick.iterdir()) == [], "an anonymous file has no name to leave"
        assert not target.exists(), "never a half-written export under the chosen name"
    _open_the_profile(filled_profile, monkeypatch)  # any command that opens it sweeps
    assert _plaintext_files(usb_stick) == []
    assert list(usb_stick.iterdir()) == []


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="watches /proc for the file")
def test_a_killed_sealed_export_leaves_only_ciphertext_until_the_sweep(
        filled_profile: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The named temporary file a kill leaves on a stick without anonymous files holds the
    sealed header and chunks only: the text of a sealed export never reaches a disk."""
    usb_stick, secret = tmp_path / "stick", tmp_path / "export-passphrase.txt"
    usb_stick.mkdir()
    secret.write_text("a passphrase for the stick only\n")
    _kill_mid_export(filled_profile, usb_stick / "handover.sealed", "named", str(secret))
    left = list(usb_stick.iterdir())
    assert len(left) == 1 and left[0].name.startswith(".fieldcase-export-")
    assert left[0].read_bytes().startswith(MAGIC) and left[0].stat().st_size > 4096
    assert _plaintext_files(usb_stick) == []
    _open_the_profile(filled_profile, monkeypatch)
    assert list(usb_stick.iterdir()) == []
