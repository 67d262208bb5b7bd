"""The device's side of an initial pull, in-process: pages of cases sent whole applied to a
fresh encrypted store (issue 10).

    .venv/bin/python benchmarks/pull_apply.py                      # 2,000 cases, 2 runs
    .venv/bin/python benchmarks/pull_apply.py --cases 1000 --profile 25   # and a cProfile

The pages are prepared once, before any timing: ``benchmarks/sync.py``'s workload (synthetic
cases, every record created by one change of the seeding supervisor) merged into each case's
state, the state the server holds and sends whole (``sync.protocol_state``), cut into pages of
``--page`` cases (the server fills a page of 5,000 records with about 250 of these cases) and
encoded as the server's answer (compressed bytes). Each run opens a fresh encrypted store and,
page by page, reads the answer (``PullResponse.from_bytes``, what the engine's fetch thread
does) and applies it (``sync.engine.apply_page``, the store thread's step), timing the CPU of
each part with ``time.process_time``. No server, no HTTP, no overlap: what one page costs the
device. Prints one JSON object; ``--profile N`` prints the top N functions of a profiled run
(cumulative) to stderr.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import multiprocessing
import os
import pstats
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.sync import prepare

from fieldcase.domain.merge import CaseState, apply_batch
from fieldcase.storage.store import Store
from fieldcase.sync.engine import apply_page
from fieldcase.sync.protocol import PullResponse, WholeCase

KEY = bytes(range(32))


def _now() -> datetime:
    return datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def pages(count: int, seed: int, per_page: int) -> list[bytes]:
    """The server's answers for ``count`` cases, ``per_page`` cases a page."""
    workload = prepare(count, seed)
    by_case: dict[str, list[Any]] = {}
    for change in workload.changes:
        by_case.setdefault(change.case_id, []).append(change)
    whole: list[WholeCase] = []
    for case_id, changes in by_case.items():
        state = apply_batch({case_id: CaseState(case_id)}, changes, seen=()).cases[case_id]
        whole.append(WholeCase(state, max(c.stamp for c in changes)))
    answers = []
    for number, start in enumerate(range(0, len(whole), per_page)):
        chunk = tuple(whole[start:start + per_page])
        more = start + per_page < len(whole)
        answers.append(PullResponse((), (), (), f"c{number + 1}", more, whole=chunk)
                       .to_bytes())
    return answers


def run(answers: list[bytes], folder: Path) -> dict[str, float]:
    decode_s = apply_s = 0.0
    folder.mkdir()
    with Store.open(folder, KEY, now=_now) as store:
        for body in answers:
            started = time.process_time()
            page = PullResponse.from_bytes(body)
            read = time.process_time()
            apply_page(store, page)
            done = time.process_time()
            decode_s += read - started
            apply_s += done - read
        cases = store.raw.execute("SELECT count(*) FROM cases").fetchone()[0]
    return {"cases": cases, "decode_cpu_s": round(decode_s, 3),
            "apply_cpu_s": round(apply_s, 3), "total_cpu_s": round(decode_s + apply_s, 3)}


def profiled(answers: list[bytes], folder: Path, top: int) -> str:
    profiler = cProfile.Profile()
    profiler.enable()
    run(answers, folder)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(top)
    return out.getvalue()


def forked(function: Callable[..., Any], *args: Any) -> Any:
    """``function(*args)`` in a forked child, as a new laptop's first sync runs in a process
    whose caches (names, stamps) are cold; its result comes back pickled."""
    context = multiprocessing.get_context("fork")
    with context.Pool(1) as pool:
        return pool.apply(function, args)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--page", type=int, default=250)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--profile", type=int, default=0, metavar="N")
    parser.add_argument("--keep-pages", type=Path, metavar="FILE",
                        help="read the prepared answers from FILE, or write them there")
    args = parser.parse_args(argv)
    if args.keep_pages is not None and args.keep_pages.exists():
        answers = json.loads(args.keep_pages.read_text())["answers"]
        answers = [bytes.fromhex(a) for a in answers]
    else:
        answers = pages(args.cases, args.seed, args.page)
        if args.keep_pages is not None:
            args.keep_pages.write_text(json.dumps({"answers": [a.hex() for a in answers]}))
    results = []
    with tempfile.TemporaryDirectory(prefix="fieldcase-pull-apply-") as root:
        for number in range(args.runs):
            results.append(forked(run, answers, Path(root) / f"run{number}"))
        if args.profile:
            print(forked(profiled, answers, Path(root) / "profiled", args.profile),
                  file=sys.stderr)
    per_case = [r["total_cpu_s"] / max(1, r["cases"]) * 1000 for r in results]
    print(json.dumps({"cases": args.cases, "page": args.page, "pages": len(answers),
                      "wire_bytes": sum(len(a) for a in answers), "runs": results,
                      "best_ms_per_case": round(min(per_case), 3),
                      "load_average": [round(x, 2) for x in os.getloadavg()]}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
