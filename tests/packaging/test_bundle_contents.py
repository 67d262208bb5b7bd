"""The desktop bundle's recipe (build.spec) and its licences, checked without building it.

A real PyInstaller build takes a while and needs binutils, so CI does not run one here
(scripts/build-bundle.sh does, with a headless smoke test). These tests read build.spec's
literal constants with ``ast`` and catch the mistakes that are cheap to make and expensive to
ship: assets left out or put where ``fieldcase.resources`` does not look, a Qt module the app
now imports still excluded, a kept Qt plugin renamed by a PySide6 update, and a GPL-only
library creeping into the runtime dependencies of a bundle that ships under the LGPL terms
of Qt (DESIGN.md, Dependencies).
"""

from __future__ import annotations

import ast
import importlib.metadata as metadata
import importlib.util
import re
import sys
import tomllib
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from fieldcase import resources

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "build.spec"


# --- reading build.spec -------------------------------------------------------------------


@cache
def _spec_tree() -> ast.Module:
    return ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))


@cache
def _spec_constants() -> dict[str, Any]:
    """Module-level ``NAME = <literal>`` assignments of build.spec."""
    constants: dict[str, Any] = {}
    for node in _spec_tree().body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name) and target.id.isupper():
                try:
                    constants[target.id] = ast.literal_eval(node.value)
                except ValueError:
                    continue
    return constants


def _constant(name: str) -> Any:
    constants = _spec_constants()
    assert name in constants, f"build.spec has no literal constant {name}"
    return constants[name]


def _names_used_by_call(function: str) -> set[str]:
    """Every bare name that appears in the arguments of calls to ``function`` in build.spec."""
    names: set[str] = set()
    for node in ast.walk(_spec_tree()):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                and node.func.id == function:
            arguments = [*node.args, *(keyword.value for keyword in node.keywords)]
            for argument in arguments:
                names.update(n.id for n in ast.walk(argument) if isinstance(n, ast.Name))
    return names


def _excluded_modules() -> set[str]:
    return set(_constant("EXCLUDED_QT_MODULES")) | set(_constant("EXCLUDED_PYTHON_MODULES"))


def test_analysis_uses_the_declared_entry_script_data_and_excludes() -> None:
    used = _names_used_by_call("Analysis")
    for name in ("ENTRY_SCRIPT", "DATA_FOLDERS", "EXCLUDED_QT_MODULES",
                 "EXCLUDED_PYTHON_MODULES", "SERVER_ONLY_PACKAGES", "BUNDLED_DISTRIBUTIONS"):
        assert name in used, f"build.spec declares {name} but Analysis() does not use it"


def test_bundle_is_one_folder_named_fieldcase_and_stripped() -> None:
    assert _constant("APP_NAME") == "fieldcase"
    calls = {node.func.id: node for node in ast.walk(_spec_tree())
             if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)}
    assert "COLLECT" in calls, "a one-folder bundle needs a COLLECT step"
    exe_keywords = {k.arg: k.value for k in calls["EXE"].keywords}
    exclude_binaries = exe_keywords.get("exclude_binaries")
    assert isinstance(exclude_binaries, ast.Constant) and exclude_binaries.value is True, \
        "EXE must leave the binaries to COLLECT (one-folder), not pack them in (one-file)"
    for step in ("EXE", "COLLECT"):
        strip = {k.arg: k.value for k in calls[step].keywords}.get("strip")
        assert isinstance(strip, ast.Constant) and strip.value is True, f"{step} must strip"


def test_entry_script_exists_and_runs_the_cli_entry_point() -> None:
    script = ROOT / _constant("ENTRY_SCRIPT")
    assert script.is_file(), f"entry script {script} is missing"
    tree = ast.parse(script.read_text(encoding="utf-8"))
    imports = {(node.module, alias.name) for node in ast.walk(tree)
               if isinstance(node, ast.ImportFrom) for alias in node.names}
    assert ("fieldcase.cli", "entry_point") in imports


def test_assets_folder_is_bundled_where_resources_looks_for_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folders = dict(_constant("DATA_FOLDERS"))
    assert "assets" in folders, "the assets folder is not in the bundle"
    assert (ROOT / "assets").is_dir()
    # Rebuild the bundle's layout in miniature and ask the real lookup where it finds assets.
    bundled = tmp_path / folders["assets"]
    bundled.mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.assets_dir() == bundled


@pytest.mark.parametrize("folder", ["screening", "passphrase", "services", "fonts"])
def test_asset_folders_the_app_reads_are_present_in_the_source(folder: str) -> None:
    path = ROOT / "assets" / folder
    assert path.is_dir() and any(path.iterdir()), f"assets/{folder} is missing or empty"


def test_heavy_qt_modules_and_dev_tools_are_excluded() -> None:
    excluded = _excluded_modules()
    must_exclude = {
        "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtWebEngineQuick",
        "PySide6.QtQml", "PySide6.QtQuick", "PySide6.Qt3DCore", "PySide6.QtMultimedia",
        "PySide6.QtPdf", "PySide6.QtCharts", "PySide6.QtDesigner", "PySide6.QtNetwork",
        "tkinter", "pytest", "_pytest", "hypothesis", "mypy", "ruff", "PyInstaller",
    }
    assert not must_exclude - excluded, f"not excluded: {sorted(must_exclude - excluded)}"


def _qt_modules_imported_by_the_app() -> set[str]:
    pattern = re.compile(r"\bPySide6\.(Qt\w+)")
    found: set[str] = set()
    for source in (ROOT / "src" / "fieldcase").rglob("*.py"):
        found.update(pattern.findall(source.read_text(encoding="utf-8")))
    return found


def test_no_qt_module_the_app_imports_is_excluded() -> None:
    imported = _qt_modules_imported_by_the_app()
    assert {"QtCore", "QtGui", "QtWidgets"} <= imported  # the scan itself works
    excluded = {name.removeprefix("PySide6.") for name in _constant("EXCLUDED_QT_MODULES")}
    assert not imported & excluded, \
        f"the app imports excluded Qt modules: {sorted(imported & excluded)}"
    undeclared = imported - set(_constant("QT_MODULES_USED"))
    assert not undeclared, f"add {sorted(undeclared)} to QT_MODULES_USED in build.spec"


def test_server_package_stays_out_of_the_desktop_bundle() -> None:
    assert "fieldcase.server" in _constant("SERVER_ONLY_PACKAGES")


def _pyside6_plugins_dir() -> Path:
    spec = importlib.util.find_spec("PySide6")  # finds the folder without loading Qt
    assert spec is not None and spec.submodule_search_locations
    return Path(next(iter(spec.submodule_search_locations))) / "Qt" / "plugins"


def test_every_kept_qt_plugin_exists_in_the_installed_pyside6() -> None:
    kept: dict[str, list[str]] = _constant("QT_PLUGINS_KEPT")
    assert {"libqoffscreen.so", "libqxcb.so"} <= set(kept["platforms"])
    plugins = _pyside6_plugins_dir()
    missing = [f"{kind}/{name}" for kind, names in kept.items() for name in names
               if not (plugins / kind / name).is_file()]
    assert not missing, f"PySide6 no longer ships these kept plugins: {missing}"


def test_qt_base_translations_are_kept() -> None:
    kept = _constant("QT_TRANSLATIONS_KEPT")
    dropped = _constant("QT_TRANSLATIONS_DROPPED")
    assert "qtbase_" in kept  # qtbase_ar.qm turns the layout right-to-left
    assert not set(kept) & set(dropped)


# --- licences -----------------------------------------------------------------------------

# SPDX identifiers (by prefix, case-insensitive) that may ship in an LGPL bundle.
ALLOWED_LICENCE_PREFIXES = (
    "lgpl", "mit", "bsd", "0bsd", "apache", "isc", "psf", "python-2.0", "mpl", "ofl", "zlib",
    "unlicense",
)
# Words in Trove classifiers and free-text licence fields, checked after the GPL test.
ALLOWED_LICENCE_WORDS = (
    "lesser general public", "lgpl", "mit", "bsd", "apache", "isc", "python software foundation",
    "psf", "mozilla public", "open font", "zlib", "unlicense",
)

# Distributions that declare no licence in their metadata, reviewed by hand: the licence, and
# a phrase its licence file must still contain (so a change of licence fails this test).
REVIEWED_WITHOUT_METADATA = {
    "sqlcipher3": ("Zlib", "freely, subject to the following restrictions"),
}


def _is_gpl_only(text: str) -> bool:
    """GPL or AGPL without the L: 'GPL-3.0', 'GNU General Public License', 'AGPLv3'."""
    lowered = text.lower()
    if re.search(r"(?<![a-z])a?gpl", lowered):
        return True
    return "general public license" in lowered and "lesser" not in lowered \
        and "library" not in lowered


def _spdx_tokens(expression: str) -> list[str] | None:
    tokens = re.findall(r"\(|\)|[^\s()]+", expression)
    if not tokens or not all(re.fullmatch(r"[()]|[A-Za-z0-9.+:-]+", t) for t in tokens):
        return None
    return tokens


def _spdx_allowed(tokens: list[str]) -> bool:
    """Evaluate an SPDX expression: OR needs one acceptable side, AND needs both."""
    position = 0

    def peek() -> str | None:
        return tokens[position] if position < len(tokens) else None

    def take() -> str:
        nonlocal position
        if position >= len(tokens):
            raise ValueError("licence expression ends too early")
        position += 1
        return tokens[position - 1]

    def licence() -> bool:
        token = take()
        if token == "(":
            allowed = either()
            if take() != ")":
                raise ValueError("unbalanced parentheses in licence expression")
            return allowed
        if peek() == "WITH":  # an exception does not turn GPL into LGPL
            take()
            take()
        return token.lower().startswith(ALLOWED_LICENCE_PREFIXES) and not _is_gpl_only(token)

    def both() -> bool:
        allowed = licence()
        while peek() == "AND":
            take()
            allowed = licence() and allowed
        return allowed

    def either() -> bool:
        allowed = both()
        while peek() == "OR":
            take()
            allowed = both() or allowed
        return allowed

    result = either()
    if position != len(tokens):
        raise ValueError("unexpected text after the licence expression")
    return result


def _words_allowed(text: str) -> bool:
    lowered = text.lower()
    if _is_gpl_only(lowered):
        return False
    return any(re.search(rf"(?<![a-z]){re.escape(word)}", lowered)
               for word in ALLOWED_LICENCE_WORDS)


def licence_verdict(
        expression: str | None, licence: str | None, classifiers: list[str],
) -> tuple[str, bool | None]:
    """(what the metadata declares, allowed?) with None when it declares nothing usable.

    Order follows the packaging specs: License-Expression, then the License field, then the
    Trove classifiers (all of which must be acceptable: a GPL classifier next to an MIT one
    is not a choice we can make on the author's behalf).
    """
    for declared in (expression, licence):
        if declared and declared.strip() and declared.strip().upper() != "UNKNOWN":
            first_line = declared.strip().splitlines()[0]
            tokens = _spdx_tokens(first_line)
            if tokens is not None:
                try:
                    return first_line, _spdx_allowed(tokens)
                except ValueError:
                    pass
            return first_line, _words_allowed(declared)
    licences = [c.split("::")[-1].strip() for c in classifiers
                if c.startswith("License ::") and c.count("::") >= 2
                and c.split("::")[-1].strip() != "OSI Approved"]
    if licences:
        return "; ".join(licences), all(_words_allowed(text) for text in licences)
    return "", None


def _declared_dependencies() -> list[str]:
    """The app's own runtime requirements, from pyproject.toml (not from the installed
    metadata, which an editable install leaves stale until the next ``pip install -e .``)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return list(project["dependencies"])


def _runtime_distributions(requirements: list[str]) -> dict[str, metadata.Distribution | None]:
    """Every distribution the requirements need at run time, followed through the installed
    distributions' Requires-Dist; extras and requirements whose environment marker is false
    here are skipped. A requirement that is not installed maps to None."""
    found: dict[str, metadata.Distribution | None] = {}
    pending = list(requirements)
    while pending:
        requirement = Requirement(pending.pop())
        if requirement.marker is not None and not requirement.marker.evaluate({"extra": ""}):
            continue
        name = canonicalize_name(requirement.name)
        if name in found:
            continue
        try:
            found[name] = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            found[name] = None
            continue
        pending.extend(found[name].requires or [])
    return found


def _verdict_for(dist: metadata.Distribution) -> tuple[str, bool | None]:
    meta = dist.metadata
    return licence_verdict(meta.get("License-Expression"), meta.get("License"),
                           meta.get_all("Classifier") or [])


def _licence_file_text(dist: metadata.Distribution) -> str:
    texts = [file.read_text(encoding="utf-8") for file in dist.files or []
             if re.search(r"(licen[cs]e|copying)", file.name, re.IGNORECASE)
             and file.suffix != ".py"]
    return " ".join(" ".join(texts).split())  # licence files wrap lines anywhere


@cache
def _runtime() -> dict[str, metadata.Distribution | None]:
    return _runtime_distributions(_declared_dependencies())


def test_runtime_dependency_tree_is_followed() -> None:
    names = set(_runtime())
    assert {"pyside6-essentials", "shiboken6", "sqlcipher3", "cryptography", "cffi",
            "pycparser"} <= names
    assert not names & {"pytest", "hypothesis", "mypy", "pyinstaller"}, "extras leaked in"


def test_every_runtime_dependency_is_installed() -> None:
    missing = sorted(name for name, dist in _runtime().items() if dist is None)
    assert not missing, f"not installed, so their licences cannot be checked: {missing}"


def test_fieldcase_itself_is_lgpl() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared, allowed = licence_verdict(project.get("license"), None, [])
    assert allowed and declared.startswith("LGPL"), declared


@pytest.mark.parametrize("name", sorted(_runtime()))
def test_runtime_distribution_licence_allows_an_lgpl_bundle(name: str) -> None:
    dist = _runtime()[name]
    assert dist is not None, f"{name} is required but not installed"
    declared, allowed = _verdict_for(dist)
    if allowed is None:
        assert name in REVIEWED_WITHOUT_METADATA, \
            f"{name} declares no licence: review it and add it to REVIEWED_WITHOUT_METADATA"
        _licence, phrase = REVIEWED_WITHOUT_METADATA[name]
        assert phrase in _licence_file_text(dist), \
            f"{name}'s licence file changed since it was reviewed"
        return
    assert allowed, f"{name} is licensed {declared!r}: GPL-only code cannot ship in the bundle"


def test_bundled_distributions_are_runtime_dependencies() -> None:
    bundled = {canonicalize_name(name) for name in _constant("BUNDLED_DISTRIBUTIONS")}
    assert not bundled - set(_runtime()), \
        f"build.spec bundles {sorted(bundled - set(_runtime()))} that fieldcase does not require"


@pytest.mark.parametrize(("expression", "licence", "classifiers", "allowed"), [
    ("LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only", None, [], True),  # PySide6
    ("Apache-2.0 OR BSD-3-Clause", None, [], True),
    ("MIT-0", None, [], True),
    ("GPL-2.0-or-later", None, [], False),  # unidecode
    ("GPL-3.0-only", None, [], False),
    ("AGPL-3.0-or-later", None, [], False),
    ("GPL-2.0-or-later WITH Bootloader-exception", None, [], False),
    ("MIT AND GPL-3.0-only", None, [], False),
    ("MIT AND (LGPL-2.1-or-later OR GPL-2.0-only)", None, [], True),
    (None, "GPL", [], False),
    (None, "GNU General Public License v2 or later", [], False),
    (None, "GNU Lesser General Public License v3", [], True),
    (None, "BSD License", [], True),
    (None, None, ["License :: OSI Approved :: GNU General Public License v3 (GPLv3)"], False),
    (None, None, ["License :: OSI Approved :: GNU Affero General Public License v3"], False),
    (None, None, ["License :: OSI Approved :: GNU Lesser General Public License v3 (LGPLv3)"],
     True),
    (None, None, ["License :: OSI Approved :: ISC License (ISCL)"], True),
    (None, None, ["License :: OSI Approved :: MIT License",
                  "License :: OSI Approved :: GNU General Public License v2 (GPLv2)"], False),
    (None, "UNKNOWN", ["License :: OSI Approved"], None),
    (None, None, [], None),
])
def test_licence_verdict(expression: str | None, licence: str | None, classifiers: list[str],
                         allowed: bool | None) -> None:
    assert licence_verdict(expression, licence, classifiers)[1] is allowed


def _icu_trimmer() -> Any:
    spec = importlib.util.spec_from_file_location("trim_icu_data",
                                                  ROOT / "scripts" / "trim_icu_data.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("item", "goes"), [
    ("coll/fr.res", False), ("coll/ar_SA.res", False), ("curr/es_419.res", False),
    ("root.res", False), ("coll/root.res", False), ("res_index.res", False),
    ("pool.res", False), ("zoneinfo64.res", False), ("likelySubtags.res", False),
    ("coll/ucadata.icu", False), ("nfkc.nrm", False), ("brkitr/thaidict.dict", False),
    ("brkitr/khmerdict.dict", False), ("brkitr/line.brk", False),
    ("coll/de.res", True), ("coll/de_.res", True), ("zone/zh_Hant_TW.res", True),
    ("ja.res", True), ("ibm-1047_P100-1995.cnv", True), ("translit/Any_Latin.res", True),
    ("unames.icu", True), ("confusables.cfu", True), ("brkitr/cjdict.dict", True),
])
def test_icu_data_keeps_what_the_interface_languages_need(item: str, goes: bool) -> None:
    """scripts/trim_icu_data.py: the rule that rebuilds ICU's data library for the bundle."""
    languages = frozenset({"en", "ar", "fr", "es", "ti", "am", "root"})
    assert _icu_trimmer().removable(item, languages) is goes
