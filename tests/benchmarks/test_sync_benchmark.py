"""The sync benchmark runs end to end on a small organisation (a real server process on
SQLite): a phase that only works at 10,000 cases fails here, not at the full run."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

BENCHMARK = Path(__file__).parents[2] / "benchmarks" / "sync.py"


def test_the_benchmark_measures_every_phase_below_two_hundred_cases(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(BENCHMARK), "--cases", "40", "--backends", "sqlite",
         "--devices", "", "--noop-rounds", "3", "--incremental-rounds", "1",
         "--dir", str(tmp_path)],
        capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    run = json.loads(done.stdout)["runs"]["sqlite"]
    assert run["initial_pull"]["cases"] == 40
    pulled, pushed = run["incremental"]["pull"], run["incremental"]["push"]
    # half the cases changed on the server, the other half on the laptop: none of them twice
    assert pulled["cases"] == pushed["cases"] == 20
    assert pulled["changes_pulled"] == pulled["changes"]
    assert pushed["changes_pushed"] == 20
