"""Where the bundled data files (screening instruments, service directory, word lists) live.

The same code runs from a source checkout (``assets/`` at the repository root), from an
installed wheel (``fieldcase/assets`` inside the package) and from the PyInstaller bundle
(``sys._MEIPASS/assets``). Reading a file is I/O, so the pure ``domain`` package never calls
this: services load the data and hand the parsed objects to the domain.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any


def assets_dir() -> Path:
    """The folder holding the bundled assets; raises FileNotFoundError if none is found."""
    here = Path(__file__).resolve().parent
    candidates = [here / "assets", here.parents[1] / "assets"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.insert(0, Path(bundle) / "assets")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("FieldCase assets folder not found; the installation is incomplete")


def asset_path(*parts: str) -> Path:
    return assets_dir().joinpath(*parts)


def load_json(*parts: str) -> Any:
    with asset_path(*parts).open(encoding="utf-8") as handle:
        return json.load(handle)


def read_lines(*parts: str) -> list[str]:
    """Non-empty, non-comment lines of a bundled text file."""
    text = asset_path(*parts).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
