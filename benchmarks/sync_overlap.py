"""Does the device apply a page while the server prepares the next? An A/B of the initial pull.

    .venv/bin/python benchmarks/sync_overlap.py                      # 1,000 cases, 3 rounds, SQLite
    .venv/bin/python benchmarks/sync_overlap.py --cases 10000 --backends sqlite,postgresql

One real ``fieldcase-server`` process per backend (as ``benchmarks/sync.py`` starts it), seeded
once; then fresh laptops (real encrypted stores, ``services.sync.sync_now``) make their initial
pull in turn, alternately in two modes, the order swapped every round so a change of load hits
both alike:

- ``overlap``: the engine as it is — page N+1 is asked for while page N is applied;
- ``turns``: the engine's one-page-ahead fetch replaced by a fetch on the calling thread, so
  the device and the server take turns (what the engine did before).

Per pull: wall time; CPU seconds of this process (the device, all its threads) and of the
server process (``/proc``); the seconds spent applying pages (``sync.engine.apply_page``,
wrapped to time it), the seconds pull requests were in flight, and the seconds both happened at
once. One JSON object on stdout, progress on stderr.

What can go wrong: on a machine with no idle core, the overlapped phases just share the CPU
and stretch (and the device's page decoding shares the GIL with the apply): then ``both at
once`` is high while the wall time does not drop. Run it on an idle machine, and compare the
modes within one run only. The patching is confined to this process and undone at exit.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from concurrent.futures import Future
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for tests.pg, benchmarks.*

from benchmarks.store import machine, source_revision

from benchmarks import sync as bench
from fieldcase.storage.store import Store
from fieldcase.sync import engine as engine_module
from fieldcase.sync.protocol import PullRequest, PullResponse

Interval = tuple[float, float]


class Timeline:
    """When pages were applied and pull requests were in flight, during one pull."""

    def __init__(self) -> None:
        self.applying: list[Interval] = []
        self.pulling: list[Interval] = []

    def clear(self) -> None:
        self.applying.clear()
        self.pulling.clear()

    def both_at_once(self) -> float:
        return sum(max(0.0, min(a1, p1) - max(a0, p0))
                   for a0, a1 in self.applying for p0, p1 in self.pulling)


TIMELINE = Timeline()
REAL_APPLY = engine_module.apply_page
REAL_START = engine_module._Prefetch.start


def timed_apply(store: Store, page: PullResponse) -> engine_module.AppliedPage:
    started = time.perf_counter()
    try:
        return REAL_APPLY(store, page)
    finally:
        TIMELINE.applying.append((started, time.perf_counter()))


def take_turns(self: Any, cursor: str) -> Future[PullResponse]:
    """The prefetch replaced by a fetch here and now: the engine takes turns again."""
    done: Future[PullResponse] = Future()
    done.set_result(self._server.pull(PullRequest(cursor, self._limit)))
    return done


class TimedTransport(bench.CountingTransport):
    def handle_request(self, request: Any) -> Any:
        started = time.perf_counter()
        try:
            return super().handle_request(request)
        finally:
            if request.url.path.endswith("/sync/pull"):
                TIMELINE.pulling.append((started, time.perf_counter()))


def cpu_seconds(pid: int) -> float:
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def one_pull(server: bench.Server, folder: Path, count: int) -> dict[str, Any]:
    session, _ = bench.laptop(server, folder)
    transport = TimedTransport()
    TIMELINE.clear()
    try:
        device, serving = time.process_time(), cpu_seconds(server.process.pid)
        started = time.perf_counter()
        result = bench.initial_pull(session, transport, count)
        wall = time.perf_counter() - started
        device = time.process_time() - device
        serving = cpu_seconds(server.process.pid) - serving
    finally:
        session.close()
    return {"wall_s": round(wall, 2), "device_cpu_s": round(device, 2),
            "server_cpu_s": round(serving, 2),
            "applying_s": round(sum(b - a for a, b in TIMELINE.applying), 2),
            "pulling_s": round(sum(b - a for a, b in TIMELINE.pulling), 2),
            "both_at_once_s": round(TIMELINE.both_at_once(), 2),
            "pull_requests": len(TIMELINE.pulling), "cases_in_store": result["cases_in_store"],
            "load_average": round(os.getloadavg()[0], 2)}


def run_backend(backend: str, root: Path, cluster: Any, workload: bench.Workload,
                rounds: int) -> dict[str, Any]:
    server = bench.start(backend, root, cluster, 1)
    modes: dict[str, list[dict[str, Any]]] = {"turns": [], "overlap": []}
    try:
        bench.progress(f"{backend}: seeding {len(workload.case_ids)} cases")
        bench.seed(server, workload)
        made = 0
        for round_ in range(rounds):
            for mode in ("turns", "overlap") if round_ % 2 == 0 else ("overlap", "turns"):
                engine_module._Prefetch.start = (  # type: ignore[method-assign]
                    take_turns if mode == "turns" else REAL_START)
                made += 1
                modes[mode].append(one_pull(server, root / f"laptop-{backend}-{made}",
                                            len(workload.case_ids)))
                bench.progress(f"{backend} {mode}: {modes[mode][-1]}")
    finally:
        engine_module._Prefetch.start = REAL_START  # type: ignore[method-assign]
        bench.stop(server.process)
        if cluster is not None and backend == "postgresql":
            cluster.drop_database("fieldcase_bench")
    summary = {mode: {"wall_s_median": statistics.median(p["wall_s"] for p in pulls),
                      "both_at_once_s_median": statistics.median(p["both_at_once_s"]
                                                                 for p in pulls)}
               for mode, pulls in modes.items()}
    return {"summary": summary, "pulls": modes}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--backends", default="sqlite")
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args(argv)
    backends = [b for b in args.backends.split(",") if b]
    if not set(backends) <= {"sqlite", "postgresql"}:
        parser.error("--backends: sqlite and/or postgresql")
    root = Path(tempfile.mkdtemp(prefix="fieldcase-overlap-bench-"))
    os.environ.setdefault("HOME", str(root))
    engine_module.apply_page = timed_apply  # type: ignore[assignment]
    cluster = None
    try:
        load = [round(x, 2) for x in os.getloadavg()]
        workload = bench.prepare(args.cases, args.seed)
        if "postgresql" in backends:
            cluster = bench.start_cluster()
        runs = {backend: run_backend(backend, root, cluster, workload, args.rounds)
                for backend in backends}
        json.dump({"benchmark": "fieldcase sync overlap",
                   "date": datetime.now(UTC).isoformat(timespec="seconds"),
                   "machine": {**machine(), "load_average_at_start": load},
                   "source": source_revision(), "cases": args.cases, "rounds": args.rounds,
                   "runs": runs}, sys.stdout, indent=2)
        sys.stdout.write("\n")
        return 0
    finally:
        engine_module.apply_page = REAL_APPLY
        if cluster is not None:
            cluster.stop()
            shutil.rmtree(cluster.root, ignore_errors=True)
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
