"""A process writing cases is killed with SIGKILL at random moments; after every kill the
store passes integrity_check and holds every commit it acknowledged."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from fieldcase.storage.store import Store

from .conftest import KEY, fixed_now

_WRITER = """
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[2])
from conftest import KEY, case_json, fixed_now
from fieldcase.domain.ids import IdFactory
from fieldcase.storage import cases
from fieldcase.storage.store import Store
store = Store.open(Path(sys.argv[1]), KEY, now=fixed_now)
ids = IdFactory()
print("ready", flush=True)
while True:
    with store.atomic():
        case_id = cases.insert_case(store, case_json(ids, "Crash"), author="w").case_id
    print(case_id, flush=True)  # acknowledged: the commit returned
"""

KILLS = 30


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_no_acknowledged_commit(tmp_path: Path) -> None:
    rng = random.Random(20261130)
    acknowledged: set[str] = set()
    for _ in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, "-c", _WRITER, str(tmp_path), str(Path(__file__).parent)],
            stdout=subprocess.PIPE, text=True)
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.25))
        child.send_signal(signal.SIGKILL)
        output, _ = child.communicate()
        assert child.returncode == -signal.SIGKILL
        acknowledged.update(line for line in output.splitlines() if line)
        with Store.open(tmp_path, KEY, now=fixed_now) as store:
            assert store.raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            stored = {r[0] for r in store.raw.execute("SELECT id FROM cases")}
            assert acknowledged <= stored
            outboxed = {r[0] for r in store.raw.execute("SELECT DISTINCT case_id FROM outbox")}
            assert stored == outboxed, "a case and its journal rows commit together"
    assert len(acknowledged) > KILLS
