"""Start to the unlock screen of the built bundle, cold and warm, against bare PySide6.

    scripts/build-bundle.sh                                    # -> dist/fieldcase/fieldcase
    .venv/bin/python benchmarks/bundle_start.py [--bundle dist/fieldcase] [--runs 5]

Prints one JSON object: for each kind of start, its samples (seconds), p50 and max.

- ``bundle_cold``: the page cache dropped first (``echo 3 > /proc/sys/vm/drop_caches``: root
  only; otherwise "not measured"), as after a laptop's boot: every library read from disk.
- ``bundle_warm``: the same start again, files cached.
- ``bare_pyside6_warm``: the baseline of the same run, a Python process showing an empty
  ``QWidget`` (``benchmarks/ui.py``'s ``BARE_START``), and ``bare_pyside6_cold`` after a drop.

The bundle reports its first paint through ``FIELDCASE_STARTUP_MARK`` (``ui.startup_mark``);
the clock is CLOCK_MONOTONIC read here just before the process starts. The profile is a
throw-away one made by the bundle itself (``init``), so the screen is the unlock screen.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.ui import BARE_START, MARK  # noqa: E402 - after the path is set

PASSPHRASE = "correct horse battery staple"  # a throw-away profile


def drop_caches() -> bool:
    """Empty the page cache (root only); whether it was done."""
    if os.geteuid() != 0:
        return False
    os.sync()
    Path("/proc/sys/vm/drop_caches").write_text("3\n")
    return True


def bundle_start(program: Path, profile: Path, environment: dict[str, str]) -> float:
    """Seconds from just before the start to the first processed paint of the unlock screen."""
    with tempfile.TemporaryDirectory(prefix="fieldcase-mark-") as folder:
        mark = Path(folder) / "painted"
        started = time.monotonic()
        window = subprocess.Popen([str(program), "--profile", str(profile)],
                                  env={**environment, "FIELDCASE_STARTUP_MARK": str(mark)},
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            while not (mark.exists() and mark.read_text()):
                if window.poll() is not None or time.monotonic() > started + 120:
                    raise RuntimeError(f"no first paint (exit {window.poll()})")
                time.sleep(0.005)
            return float(mark.read_text()) - started
        finally:
            window.kill()
            window.wait()


def bare_start(environment: dict[str, str]) -> float:
    started = time.monotonic()
    child = subprocess.run([sys.executable, "-c", BARE_START], env=environment,
                           capture_output=True, text=True, timeout=120, check=False)
    for line in child.stdout.splitlines():
        if line.startswith(MARK):
            return float(line.split()[1]) - started
    raise RuntimeError(f"no paint from the bare process: {child.stderr[-1000:]}")


def summary(samples: list[float]) -> dict[str, Any]:
    if not samples:
        return {"n": 0, "note": "not measured (dropping the page cache needs root)"}
    return {"n": len(samples), "samples_s": [round(s, 3) for s in samples],
            "p50_s": round(statistics.median(samples), 3), "max_s": round(max(samples), 3)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "fieldcase",
                        help="the bundle's folder (default dist/fieldcase)")
    parser.add_argument("--runs", type=int, default=5, help="starts of each kind")
    args = parser.parse_args(argv)
    program = args.bundle / "fieldcase"
    if not program.is_file():
        raise SystemExit(f"{program} not found: run scripts/build-bundle.sh first")
    with tempfile.TemporaryDirectory(prefix="fieldcase-start-") as folder:
        home = Path(folder)
        environment = {"PATH": "/usr/bin:/bin", "HOME": str(home), "TMPDIR": str(home),
                       "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen",
                       "FIELDCASE_PASSPHRASE": PASSPHRASE}
        profile = home / "profile"
        subprocess.run([str(program), "init", "--profile", str(profile), "--user", "amina",
                        "--team", "demo", "--site", "LAMP-01"], env=environment, check=True,
                       stdout=subprocess.DEVNULL)
        bare_environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        kinds: dict[str, list[float]] = {"bundle_cold": [], "bundle_warm": [],
                                         "bare_pyside6_cold": [], "bare_pyside6_warm": []}
        for _ in range(args.runs):
            if drop_caches():
                kinds["bundle_cold"].append(bundle_start(program, profile, environment))
            kinds["bundle_warm"].append(bundle_start(program, profile, environment))
            if drop_caches():
                kinds["bare_pyside6_cold"].append(bare_start(bare_environment))
            kinds["bare_pyside6_warm"].append(bare_start(bare_environment))
    size = sum(p.stat().st_size for p in args.bundle.rglob("*")
               if p.is_file() and not p.is_symlink())
    report = {"benchmark": "fieldcase bundle start", "bundle_mb": round(size / 1e6, 1),
              "load_average": [round(x, 2) for x in os.getloadavg()],
              **{kind: summary(samples) for kind, samples in kinds.items()}}
    warm, bare = kinds["bundle_warm"], kinds["bare_pyside6_warm"]
    report["warm_ratio_to_bare_p50"] = round(statistics.median(warm) / statistics.median(bare), 2)
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
