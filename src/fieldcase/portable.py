"""Portable mode: FieldCase from a USB stick, writing nothing outside the stick's folder.

A marker file ``fieldcase-portable`` beside the executable (the bundle's ``fieldcase``; in a
source checkout, beside the launcher script or at the checkout's root), or ``--portable``,
puts the profile in ``fieldcase-data/profile`` beside it. Before anything else reads them (Qt,
fontconfig, Python's ``tempfile``), every place a library writes on its own is pointed into
``fieldcase-data`` too: ``XDG_CONFIG_HOME`` (Qt's settings, ``QtProject.conf``),
``XDG_CACHE_HOME`` (fontconfig's cache, Qt's caches), ``XDG_DATA_HOME``, ``XDG_STATE_HOME``,
``XDG_RUNTIME_DIR`` (Qt's runtime folder), ``TMPDIR`` (and Windows' ``TEMP``, ``TMP``,
``APPDATA``, ``LOCALAPPDATA``). Python writes no bytecode caches, and core dumps are already
off in every process (``crash_dumps``). The fresh process after a lock inherits all of it.

What it cannot do: what the person saves on purpose (an export, a referral as PDF) goes where
they choose; the operating system's own logs and swap are outside any program's reach; on a
stick formatted FAT32 or exFAT the profile's file modes mean nothing (keep the stick on you).
Linux-only today: the test of "nothing written outside" (tests/test_portable.py); on Windows
Qt takes its folders from the shell rather than the environment (docs/packaging.md).
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import MutableMapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

MARKER: Final = "fieldcase-portable"
DATA_FOLDER: Final = "fieldcase-data"


@dataclass(frozen=True)
class PortableLayout:
    """The folders of a portable installation, all inside ``data``."""

    root: Path  # the folder holding the executable (or launcher) and the marker
    data: Path

    @property
    def profile(self) -> Path:
        return self.data / "profile"

    def environment(self) -> dict[str, str]:
        """The variables that keep libraries' own files inside ``data``."""
        folders = {
            "XDG_CONFIG_HOME": "config", "XDG_CACHE_HOME": "cache", "XDG_DATA_HOME": "share",
            "XDG_STATE_HOME": "state", "XDG_RUNTIME_DIR": "runtime", "TMPDIR": "tmp",
            "TEMP": "tmp", "TMP": "tmp", "APPDATA": "config", "LOCALAPPDATA": "cache",
        }
        return {name: str(self.data / folder) for name, folder in folders.items()}


def app_folders() -> list[Path]:
    """Where a marker is looked for: beside the bundle's executable; from a checkout, beside
    the script that was run (the launcher) and at the checkout's root."""
    if getattr(sys, "frozen", False):
        return [Path(sys.executable).resolve().parent]
    folders = [Path(sys.argv[0]).resolve().parent] if sys.argv and sys.argv[0] else []
    checkout = Path(__file__).resolve().parents[2]
    if (checkout / "pyproject.toml").is_file():
        folders.append(checkout)
    return folders or [Path.cwd()]


def find_portable(flag: bool, folders: Sequence[Path] | None = None) -> PortableLayout | None:
    """The portable layout when a marker is found (or ``flag``: then beside the first
    folder), else None: the usual per-user folders."""
    candidates = list(folders) if folders is not None else app_folders()
    for folder in candidates:
        if (folder / MARKER).is_file():
            return PortableLayout(folder, folder / DATA_FOLDER)
    if flag and candidates:
        return PortableLayout(candidates[0], candidates[0] / DATA_FOLDER)
    return None


def enter(layout: PortableLayout,
          environ: MutableMapping[str, str] | None = None) -> PortableLayout:
    """Make the folders (0700) and point this process (and its children) at them. Call it
    before Qt or anything that caches a folder starts."""
    target = os.environ if environ is None else environ
    for name, value in layout.environment().items():
        Path(value).mkdir(mode=0o700, parents=True, exist_ok=True)
        target[name] = value
    layout.profile.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    if environ is None:
        tempfile.tempdir = None  # tempfile read TMPDIR once already, perhaps
        sys.dont_write_bytecode = True
        os.environ["PYTHONDONTWRITEBYTECODE"] = "1"
    return layout
