"""What importing the app leaves in memory (``fieldcase.ui.lean_imports``, issue 9).

PySide6's import hook read every later module's source through ``linecache``, which kept it
(16 MB in the warm app); httpx's command line brought click, rich and pygments; PDFium's
bindings came with the case page. These tests fail if any of that comes back, including when a
PySide6 release renames the private hook the app answers in its place.
"""

from __future__ import annotations

import json
import linecache
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

import fieldcase.ui  # noqa: F401  (applies the trims, as the app's first UI import does)
from fieldcase.ui.lean_imports import PYSIDE_FEATURE_MODULE, mentions_pyside


def test_modules_imported_after_pyside_keep_no_source_and_are_told_apart_as_before(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    feature = sys.modules[PYSIDE_FEATURE_MODULE]
    assert feature._mod_uses_pyside is mentions_pyside
    (tmp_path / "lean_probe_qt.py").write_text("from PySide6.QtCore import QObject\n")
    (tmp_path / "lean_probe_plain.py").write_text("VALUE = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    for name in ("lean_probe_qt", "lean_probe_plain"):
        monkeypatch.delitem(sys.modules, name, raising=False)
        __import__(name)  # the replaced builtins.__import__, which calls the hook
        monkeypatch.delitem(sys.modules, name)
    # PySide6's verdicts: 0 (uses PySide6: its feature switches apply), -1 (ignored)
    assert feature.pyside_feature_dict["lean_probe_qt"] == 0
    assert feature.pyside_feature_dict["lean_probe_plain"] == -1
    kept = set(linecache.cache)
    assert str(tmp_path / "lean_probe_qt.py") not in kept
    assert str(tmp_path / "lean_probe_plain.py") not in kept


def test_a_module_without_a_source_file_does_not_mention_pyside() -> None:
    import PySide6.QtCore

    assert not mentions_pyside(sys)  # built in
    assert not mentions_pyside(PySide6.QtCore)  # an extension module (its file is binary)
    missing = ModuleType("lean_probe_missing")
    missing.__file__ = "/nonexistent/lean_probe_missing.py"  # a bundled archive's module
    assert not mentions_pyside(missing)


WARM = """
import json, sys
import fieldcase.ui
from fieldcase.ui.controller import WARM_MODULES
import importlib, linecache
for name in WARM_MODULES:
    importlib.import_module(name)
print(json.dumps({"loaded": sorted(m for m in ("pypdfium2", "click", "rich", "pygments")
                                   if m in sys.modules),
                  "httpx": "httpx" in sys.modules,
                  "sources_kept": len(linecache.cache)}))
"""


def test_the_warm_app_has_no_pdf_engine_nor_httpx_command_line_nor_module_sources() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", WARM], env=env, capture_output=True,
                         text=True, check=True, timeout=120).stdout
    report = json.loads(out.splitlines()[-1])
    assert report["httpx"]  # the sync stack is warm...
    assert report["loaded"] == []  # ...without what it never runs, and PDFium waits
    assert report["sources_kept"] < 20  # hundreds of files before
