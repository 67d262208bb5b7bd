"""The desktop bundle as a field laptop receives it: built by ``scripts/build-bundle.sh`` (which
also runs its smoke test: init, synthetic cases, list, search, self-test, the window), then
run here the way a bare laptop runs it: an empty environment (``env -i``), no font known to
fontconfig (the app brings its own), and a throw-away home and temporary folder.

Built once for the module (about a minute on the 2-core CI machine).
"""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import fieldcase

pytestmark = pytest.mark.slow  # the PyInstaller build: one to two minutes

ROOT = Path(__file__).resolve().parents[2]
SIZE_BUDGET_BYTES = 150 * 1000 * 1000  # issue 12: at most 150 MB
PASSPHRASE = "correct horse battery staple"  # a throw-away test profile
EMPTY_FONTCONFIG = "<?xml version=\"1.0\"?>\n<fontconfig></fontconfig>\n"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    dist = tmp_path_factory.mktemp("dist")
    built = subprocess.run([str(ROOT / "scripts" / "build-bundle.sh"), str(dist)], cwd=ROOT,
                           capture_output=True, text=True, timeout=1200, check=False)
    assert built.returncode == 0, built.stdout[-4000:] + built.stderr[-4000:]
    yield dist / "fieldcase"


def _bare_environment(tmp_path: Path) -> dict[str, str]:
    """What ``env -i`` leaves, plus what the test needs: offscreen Qt, an empty fontconfig."""
    home, temporary = tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    temporary.mkdir()
    fonts = tmp_path / "fonts.conf"
    fonts.write_text(EMPTY_FONTCONFIG)
    return {"PATH": "/usr/bin:/bin", "HOME": str(home), "TMPDIR": str(temporary),
            "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen", "FONTCONFIG_FILE": str(fonts),
            "FIELDCASE_PASSPHRASE": PASSPHRASE}


def _run(bundle: Path, environment: dict[str, str], *args: str) -> str:
    done = subprocess.run(["env", "-i", *(f"{k}={v}" for k, v in environment.items()),
                           str(bundle / "fieldcase"), *args], capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def test_the_bundle_fits_its_size_budget(bundle: Path) -> None:
    size = sum(path.stat().st_size for path in bundle.rglob("*")
               if path.is_file() and not path.is_symlink())
    print(f"bundle: {size / 1e6:.1f} MB")
    assert size <= SIZE_BUDGET_BYTES


def test_the_bundle_says_the_package_version(bundle: Path, tmp_path: Path) -> None:
    assert _run(bundle, _bare_environment(tmp_path), "--version").strip() \
        == f"fieldcase {fieldcase.__version__}"


def test_self_test_passes_in_an_empty_environment_without_fonts(bundle: Path,
                                                               tmp_path: Path) -> None:
    environment = _bare_environment(tmp_path)
    profile = tmp_path / "profile"
    _run(bundle, environment, "init", "--profile", str(profile), "--user", "amina",
         "--team", "demo", "--site", "LAMP-01")
    report = _run(bundle, environment, "self-test", "--profile", str(profile),
                  "--user", "amina")
    assert "ok   encryption: SQLCipher" in report and "ok   audit chain" in report


def test_the_unlock_screen_comes_up_in_an_empty_environment_without_fonts(
        bundle: Path, tmp_path: Path) -> None:
    """The window paints its first screen with the bundled fonts only (the startup mark:
    ``fieldcase.ui.startup_mark``), and the start time is printed for the record."""
    environment = _bare_environment(tmp_path)
    profile = tmp_path / "profile"
    _run(bundle, environment, "init", "--profile", str(profile), "--user", "amina",
         "--team", "demo", "--site", "LAMP-01")
    mark = tmp_path / "painted"
    environment["FIELDCASE_STARTUP_MARK"] = str(mark)
    started = time.monotonic()
    window = subprocess.Popen(["env", "-i", *(f"{k}={v}" for k, v in environment.items()),
                               str(bundle / "fieldcase"), "--profile", str(profile)],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = started + 60
        while not (mark.exists() and mark.read_text()) and time.monotonic() < deadline \
                and window.poll() is None:
            time.sleep(0.05)
        assert mark.exists(), f"no first paint (exit {window.poll()})"
        print(f"bundle start to the unlock screen: {float(mark.read_text()) - started:.2f} s")
    finally:
        window.kill()
        output = window.communicate(timeout=30)[0]
    assert "Traceback" not in output and "Error" not in output, output
    assert not any(os.scandir(tmp_path / "tmp")), "the window left files in TMPDIR"
