"""A lock leaves no process that held case data (docs/security.md, "Memory").

``cipher_memory_security`` is off, so what protects a locked laptop's memory is that the
process which showed the cases is gone: the app, started as the ``fieldcase`` command starts,
is unlocked, shows its list (a person's name is then in its memory: the control), and is
locked with the Lock action. The same process id must come back at the unlock screen with a
new address space: neither the name nor the passphrase is anywhere in its readable memory.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldcase.services import cases, profile
from fieldcase.storage.keyslots import KdfParams

DRIVER = Path(__file__).with_name("lock_driver.py")
PASSPHRASE = "Vellichor-quartz-sundial-4417"
NAME = "Zephyrinaquell"  # a name no library holds: found only where the case was read
WAIT_S = 90
KDF = KdfParams.insecure_for_tests()

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="reads another process's memory through /proc")


def memory_holds(pid: int, needles: dict[str, bytes]) -> set[str]:
    """Which needles are in the process's private writable memory (heap, stacks, anonymous
    mappings: where Python, Qt and SQLite keep what they decoded)."""
    found: set[str] = set()
    with open(f"/proc/{pid}/maps") as maps, open(f"/proc/{pid}/mem", "rb", 0) as memory:
        for line in maps:
            fields = line.split()
            path = fields[5] if len(fields) > 5 else ""
            if "rw" not in fields[1] or (path and not path.startswith(("[heap", "[stack",
                                                                         "[anon"))):
                continue
            start, end = (int(part, 16) for part in fields[0].split("-"))
            try:
                memory.seek(start)
                chunk = memory.read(end - start)
            except OSError:  # a guard page or a mapping gone meanwhile
                continue
            found.update(label for label, needle in needles.items() if needle in chunk)
    return found


def encodings(label: str, text: str) -> dict[str, bytes]:
    """As Python (Latin-1 or UTF-8) and Qt (UTF-16) keep the text."""
    return {f"{label} (utf-8)": text.encode(), f"{label} (utf-16)": text.encode("utf-16-le")}


def wait_for(state: Path, prefix: str, process: subprocess.Popen[bytes]) -> str:
    deadline = time.monotonic() + WAIT_S
    while time.monotonic() < deadline:
        line = state.read_text() if state.exists() else ""
        if line.startswith(prefix):
            return line
        if process.poll() is not None:
            raise AssertionError(f"the app ended ({process.returncode}) before {prefix!r}: "
                                 f"{process.stderr.read().decode() if process.stderr else ''}")
        time.sleep(0.05)
    raise AssertionError(f"no {prefix!r} within {WAIT_S} s")


@pytest.fixture
def app_with_a_case(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    folder = tmp_path / "profile"
    profile.create_profile(folder, user="amina", passphrase=PASSPHRASE, role="worker",
                           team="lamp", site="LAMP-01", kdf=KDF)
    session = profile.unlock(folder, user="amina", passphrase=PASSPHRASE, kdf=KDF)
    try:
        cases.create_case(session, {
            "person": {"given_name": NAME, "family_name": "Tesfay", "sex": "female",
                       "age_estimate": 24, "nationality": "ERI"},
            "case": {"site": "LAMP-01", "stage": "transit", "assigned_to": "amina",
                     "opened_on": "2026-11-29"}})
    finally:
        session.close()
    yield folder, tmp_path / "state"


def test_a_lock_replaces_the_process_that_showed_the_cases(
        app_with_a_case: tuple[Path, Path]) -> None:
    if os.geteuid() != 0:
        pytest.skip("reading the memory of a non-dumpable process (core dumps are off) "
                    "needs root, as CI runs")
    folder, state = app_with_a_case
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen([sys.executable, str(DRIVER), str(folder), str(state)],
                               stdin=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    try:
        assert process.stdin is not None
        process.stdin.write(f"{PASSPHRASE}\n".encode())
        process.stdin.close()
        pid = int(wait_for(state, "unlocked ", process).split()[1])
        assert pid == process.pid
        name = encodings("name", NAME)
        assert memory_holds(pid, name), "the control: a shown list holds the name"

        state.write_text("lock")
        again = int(wait_for(state, "unlock-screen ", process).split()[1])
        assert again == pid  # the same process id, replaced by exec: a new address space
        assert memory_holds(pid, {**name, **encodings("passphrase", PASSPHRASE)}) == set()
    finally:
        process.kill()
        process.wait(timeout=30)
