"""What one no-op sync costs, split by process: the laptop's CPU, the server's, PostgreSQL's.

    .venv/bin/python benchmarks/noop_sync.py --cases 200 --rounds 300
    .venv/bin/python benchmarks/noop_sync.py --backends sqlite --profile device

The same set-up as ``benchmarks/sync.py`` (a real ``fieldcase-server`` process on loopback, a
worker's laptop profile holding the seeded cases), then ``--rounds`` no-op syncs
(``services.sync.sync_now``) back to back. Per round: the wall time, and the laptop's CPU
(``time.process_time`` of this process, which runs nothing else meanwhile); over all rounds,
the CPU the server process and PostgreSQL used (``/proc``), divided by the rounds. CPU moves
far less with the machine's load than wall time does, so on a shared machine it is the figure
to compare before and after. ``--profile device`` prints the laptop's cProfile (top 25 by
cumulative time) of the timed rounds.

Prints one JSON object to stdout; progress goes to stderr.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.store import source_revision
from benchmarks.sync import (
    initial_pull,
    laptop,
    prepare,
    progress,
    seed,
    start,
    summary,
    tree_cpu_s,
    wire,
)
from tests.pg import start_cluster
from tests.server_process import stop

from fieldcase.services import sync as sync_service


def rounds_on(backend: str, root: Path, args: argparse.Namespace) -> dict[str, Any]:
    cluster = start_cluster() if backend == "postgresql" else None
    try:
        server = start(backend, root, cluster, 1)
        session = None
        try:
            seed(server, prepare(args.cases, args.seed, None))
            session, transport = laptop(server, root / f"laptop-{backend}")
            initial_pull(session, transport, args.cases)
            for _ in range(args.warm_up):
                sync_service.sync_now(session, transport=transport)
            transport.take()
            walls, cpus = [], []
            profiler = cProfile.Profile() if args.profile == "device" else None
            server_before = tree_cpu_s(server.process.pid)
            database_before = tree_cpu_s(server.database_pid)
            for _ in range(args.rounds):
                cpu, wall = time.process_time(), time.perf_counter()
                if profiler is not None:
                    profiler.enable()
                report = sync_service.sync_now(session, transport=transport)
                if profiler is not None:
                    profiler.disable()
                walls.append(time.perf_counter() - wall)
                cpus.append(time.process_time() - cpu)
                if report.pushed or report.pulled:
                    raise RuntimeError("a no-op sync moved changes")
            server_cpu = tree_cpu_s(server.process.pid) - server_before
            database_cpu = tree_cpu_s(server.database_pid) - database_before
            exchanges = transport.take()
            result: dict[str, Any] = {
                "rounds": args.rounds, "sync_now": summary(walls),
                "http_exchange": summary([e.seconds for e in exchanges]),
                "device_cpu": summary(cpus),
                "device_cpu_ms_per_sync": round(sum(cpus) * 1000 / args.rounds, 3),
                "server_cpu_ms_per_sync": round(server_cpu * 1000 / args.rounds, 3),
                "database_cpu_ms_per_sync": round(database_cpu * 1000 / args.rounds, 3),
                "bytes_per_sync": round(wire(exchanges)["total_bytes"] / args.rounds, 1)}
            if profiler is not None:
                text = io.StringIO()
                pstats.Stats(profiler, stream=text).sort_stats("cumulative").print_stats(25)
                result["device_profile"] = text.getvalue()
            return result
        finally:
            if session is not None:
                session.close()
            stop(server.process)
    finally:
        if cluster is not None:
            cluster.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=300)
    parser.add_argument("--warm-up", type=int, default=20)
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--profile", choices=["device"], default=None)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args(argv)
    root = Path(tempfile.mkdtemp(prefix="fieldcase-noop-bench-"))
    os.environ.setdefault("HOME", str(root))
    try:
        load = [round(x, 2) for x in os.getloadavg()]
        runs = {}
        for backend in [b for b in args.backends.split(",") if b]:
            progress(f"{backend}: {args.cases} cases, {args.rounds} no-op syncs")
            runs[backend] = rounds_on(backend, root, args)
            progress(f"{backend}: p95 {runs[backend]['sync_now']['p95_ms']} ms, device CPU "
                     f"{runs[backend]['device_cpu_ms_per_sync']} ms, server CPU "
                     f"{runs[backend]['server_cpu_ms_per_sync']} ms per sync")
        print(json.dumps({"benchmark": "fieldcase no-op sync", "source": source_revision(),
                          "load_average_before": load,
                          "load_average_after": [round(x, 2) for x in os.getloadavg()],
                          "runs": runs}, indent=2))
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
