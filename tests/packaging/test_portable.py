"""Portable mode: a marker beside the launcher keeps everything in the stick's folder.

The app runs as a person would run it from a USB stick, in subprocesses (the command line's
``init`` and ``self-test``, then the desktop app offscreen: unlock and lock), with ``HOME``,
every XDG folder and ``TMPDIR`` pointed at empty folders that are watched: afterwards they are
still empty, and the profile is on the stick.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from fieldcase import portable

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "harbour thistle meadow quill"


def written(folder: Path) -> list[str]:
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*"))


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    shutil.copy(ROOT / "scripts" / "fieldcase_launcher.py", folder)
    (folder / portable.MARKER).touch()
    return folder


def test_a_marker_or_the_flag_finds_the_portable_folder(tmp_path: Path) -> None:
    bare, marked = tmp_path / "bare", tmp_path / "marked"
    bare.mkdir()
    marked.mkdir()
    assert portable.find_portable(False, [bare]) is None
    (marked / portable.MARKER).touch()
    layout = portable.find_portable(False, [bare, marked])
    assert layout is not None and layout.profile == marked / "fieldcase-data" / "profile"
    flagged = portable.find_portable(True, [bare])
    assert flagged is not None and flagged.data == bare / "fieldcase-data"
    environ: dict[str, str] = {}
    portable.enter(flagged, environ)
    assert all(Path(value).is_relative_to(flagged.data) for value in environ.values())
    assert {"XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR", "TMPDIR"} <= set(environ)


def test_the_app_on_a_stick_writes_nothing_outside_its_folder(stick: Path,
                                                              tmp_path: Path) -> None:
    watched = {name: tmp_path / "watched" / name.lower()
               for name in ("HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME",
                            "XDG_STATE_HOME", "XDG_RUNTIME_DIR", "TMPDIR")}
    for folder in watched.values():
        folder.mkdir(parents=True, mode=0o700)
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "QT_QPA_PLATFORM": "offscreen",
           "FIELDCASE_PASSPHRASE": PASSPHRASE, "PYTHONDONTWRITEBYTECODE": "1",
           "LANG": "C.UTF-8", **{name: str(folder) for name, folder in watched.items()}}
    launcher = str(stick / "fieldcase_launcher.py")

    def run(*command: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(command, env=env, capture_output=True, text=True, timeout=300,
                              check=False, cwd=stick)

    init = run(sys.executable, launcher, "init", "--user", "amina", "--team", "t1",
               "--site", "s1")
    assert init.returncode == 0, init.stderr
    check = run(sys.executable, launcher, "self-test", "--user", "amina")
    assert check.returncode == 0, check.stderr
    app = run(sys.executable, str(Path(__file__).with_name("portable_driver.py")), launcher,
              "amina")
    assert app.returncode == 75, app.stderr  # unlocked, locked: back to a fresh unlock screen
    assert (stick / "fieldcase-data" / "profile" / "keyslots.bin").is_file()
    outside = {name: written(folder) for name, folder in watched.items()}
    assert outside == {name: [] for name in watched}, outside
    assert sorted(path.name for path in stick.iterdir()) == [
        "fieldcase-data", "fieldcase-portable", "fieldcase_launcher.py"]
