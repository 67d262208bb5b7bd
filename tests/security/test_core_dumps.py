"""A crash never writes the process's memory to disk: every entry point switches core dumps
off (RLIMIT_CORE 0, and on Linux the dumpable flag) before it reads a passphrase.

Each check runs in a child process started the way the command starts: through the entry
point the console script (and the bundle's launcher) calls, with the command's ``main``
replaced by what the test needs to see happen inside it."""

from __future__ import annotations

import resource
import signal
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ENTRY_POINTS = {"fieldcase": "fieldcase.cli", "fieldcase-server": "fieldcase.server.cli"}
CANARY = "Qorvanex-core-canary-7731"
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="reads /proc and prctl, which only Linux has")

_REPORT = """
import ctypes, importlib, sys
module = importlib.import_module(sys.argv[1])
def report(*args, **kwargs):
    limits = [line for line in open("/proc/self/limits") if line.startswith("Max core")]
    prctl = ctypes.CDLL(None).prctl
    print(limits[0].split()[4:6], prctl(3, 0, 0, 0, 0))  # soft, hard; PR_GET_DUMPABLE
    return 0
module.main = report
sys.exit(module.entry_point())
"""

_CRASH = """
import importlib, os, sys
secret = ("{canary} " * 4096).encode()  # what a core would hold
if sys.argv[1] == "none":
    os.abort()
module = importlib.import_module(sys.argv[1])
module.main = lambda *args, **kwargs: os.abort()
sys.exit(module.entry_point())
""".replace("{canary}", CANARY)


def _child(script: str, *args: str, cwd: Path | None = None,
           core_limit: int | None = None) -> subprocess.CompletedProcess[str]:
    def allow_cores() -> None:
        if core_limit is not None:
            _, hard = resource.getrlimit(resource.RLIMIT_CORE)
            resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))

    return subprocess.run([sys.executable, "-c", script, *args], cwd=cwd, capture_output=True,
                          text=True, timeout=60, preexec_fn=allow_cores, check=False)


def test_the_commands_start_at_the_entry_points_that_forbid_core_dumps() -> None:
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert scripts == {name: f"{module}:entry_point" for name, module in ENTRY_POINTS.items()}
    launcher = (ROOT / "scripts" / "fieldcase_launcher.py").read_text()
    assert "from fieldcase.cli import entry_point" in launcher
    assert "sys.exit(entry_point())" in launcher


@linux_only
@pytest.mark.parametrize("module", sorted(ENTRY_POINTS.values()))
def test_an_entry_point_makes_its_process_undumpable_before_main(module: str) -> None:
    done = _child(_REPORT, module, core_limit=-1)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["['0',", "'0']", "0"]  # soft 0, hard 0, not dumpable


@linux_only
def test_a_crash_leaves_no_core_file(tmp_path: Path) -> None:
    pattern = Path("/proc/sys/kernel/core_pattern").read_text().strip()
    control = tmp_path / "control"
    control.mkdir()
    crashed = _child(_CRASH, "none", cwd=control, core_limit=-1)
    assert crashed.returncode == -signal.SIGABRT
    if not any(control.iterdir()):
        pytest.skip(f"this machine writes no core file into the working folder for a crash "
                    f"(core_pattern {pattern!r}, or a core limit of 0 it cannot raise); "
                    "test_an_entry_point_makes_its_process_undumpable_before_main still "
                    "checks both switches")
    assert CANARY.encode() in next(control.iterdir()).read_bytes()  # the danger is real
    for module in sorted(ENTRY_POINTS.values()):
        folder = tmp_path / module
        folder.mkdir()
        crashed = _child(_CRASH, module, cwd=folder, core_limit=-1)
        assert crashed.returncode == -signal.SIGABRT, crashed.stderr
        assert list(folder.iterdir()) == [], f"{module} left a core file"


def test_forbidding_is_idempotent_and_never_raises() -> None:
    # In a child: the test process itself keeps its limits.
    script = ("from fieldcase.crash_dumps import forbid_core_dumps as f; a, b = f(), f(); "
              "print(a == b, a.core_limit_zero)")
    done = _child(script)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "True"]
