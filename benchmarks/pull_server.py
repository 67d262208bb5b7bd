"""The server's side of a new laptop's initial pull, in-process, on SQLite: thread CPU of
``server.sync_pull.pull`` and of encoding each answer (JSON and zstd), page after page, as a
laptop of this version asks for them (``"w": true``, the protocol's largest page).

    .venv/bin/python benchmarks/pull_server.py --cases 2000 --rounds 3
    .venv/bin/python benchmarks/pull_server.py --cases 2000 --keep DIR   # seed once into DIR
    .venv/bin/python benchmarks/pull_server.py --reuse DIR --rounds 3     # then measure it
    .venv/bin/python benchmarks/pull_server.py --reuse DIR --profile 30   # cProfile, top 30

The organisation is seeded as ``benchmarks/sync.py`` seeds it (a real server process, the
supervisor's pushes), then the server process is stopped and the laptop's pulls run in this
process against the same database file, each page in its own transaction, as a request does;
every round starts over (``"fr": true``, travel mode), so each round is a whole initial pull.
CPU time, not wall time: it moves far less with the machine's load (printed with the result).
No HTTP, no signature check, no device: what is left is the pull's work on the server.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for tests.server_process

from tests.server_process import stop

from benchmarks import sync as bench
from fieldcase.server import sync_pull
from fieldcase.server.db import create_engine
from fieldcase.server.sync_store import DeviceFinder
from fieldcase.sync.protocol import MAX_PULL, PullRequest

FACTS = "pull-server.json"


def seed(root: Path, cases: int, seed_value: int) -> dict[str, Any]:
    server = bench.start("sqlite", root, None, users=0)
    try:
        bench.seed(server, bench.prepare(cases, seed_value))
        laptop = bench.enrol_light(server, bench.LAPTOP_USER, "BENCH001")
    finally:
        stop(server.process)
    facts = {"database_url": server.database_url, "device_id": laptop.device_id,
             "cases": cases}
    (root / FACTS).write_text(json.dumps(facts))
    return facts


def one_pull(engine: Any, device_id: str) -> dict[str, Any]:
    """A whole initial pull: per page, the thread CPU of the pull and of its encoding."""
    pull_s = encode_s = 0.0
    pages = states = entries = body = 0
    cursor, first = "", True
    while True:
        with engine.begin() as conn:
            finder = DeviceFinder(conn, lock=True)
            assert finder(device_id) is not None
            user = finder.user
            request = PullRequest(cursor, MAX_PULL, fresh=first, whole=True)
            began = time.thread_time()
            answer = sync_pull.pull(conn, user, request)
            pulled = time.thread_time()
            data = answer.to_bytes(compressed=True)
            encoded = time.thread_time()
        pull_s += pulled - began
        encode_s += encoded - pulled
        pages += 1
        states += len(answer.whole)
        entries += len(answer.entries) + len(answer.purges)
        body += len(data)
        cursor, first = answer.next_cursor, False
        if not answer.more:
            break
    return {"pull_cpu_s": round(pull_s, 3), "encode_cpu_s": round(encode_s, 3),
            "total_cpu_s": round(pull_s + encode_s, 3), "pages": pages,
            "cases_sent_whole": states, "entries_sent": entries, "body_bytes": body}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--keep", type=Path, default=None,
                        help="seed into this folder and keep it (for --reuse)")
    parser.add_argument("--reuse", type=Path, default=None,
                        help="a folder seeded earlier with --keep")
    parser.add_argument("--profile", type=int, default=0,
                        help="one round under cProfile; print this many functions")
    args = parser.parse_args(argv)
    if args.reuse is not None:
        root = args.reuse
        facts = json.loads((root / FACTS).read_text())
    else:
        root = args.keep or Path(tempfile.mkdtemp(prefix="fieldcase-pull-server-"))
        root.mkdir(parents=True, exist_ok=True)
        os.environ.setdefault("HOME", str(root))
        bench.progress(f"seeding {args.cases} cases")
        facts = seed(root, args.cases, args.seed)
    engine = create_engine(facts["database_url"])
    try:
        if args.profile:
            profiler = cProfile.Profile()
            profiler.enable()
            result = one_pull(engine, facts["device_id"])
            profiler.disable()
            pstats.Stats(profiler, stream=sys.stderr).sort_stats("cumulative").print_stats(
                args.profile)
            pstats.Stats(profiler, stream=sys.stderr).sort_stats("tottime").print_stats(
                args.profile)
            print(json.dumps(result))
            return 0
        rounds = []
        for number in range(args.rounds):
            load = [round(x, 2) for x in os.getloadavg()]
            result = one_pull(engine, facts["device_id"])
            rounds.append({"round": number + 1, "load_average": load, **result})
            bench.progress(json.dumps(rounds[-1]))
        print(json.dumps({"cases": facts["cases"], "revision": bench.source_revision(),
                          "rounds": rounds}, indent=2))
        return 0
    finally:
        engine.dispose()
        if args.reuse is None and args.keep is None:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
