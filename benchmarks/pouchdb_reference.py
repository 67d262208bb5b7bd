"""The PouchDB reference row of the sync benchmark (issue 10): CouchDB-style replication of the
same case documents, as offline-first teams (the Community Health Toolkit) use it.

    .venv/bin/python benchmarks/sync.py --reference pouchdb > result.json   # beside FieldCase
    .venv/bin/python benchmarks/pouchdb_reference.py --cases 2000           # the reference alone

``benchmarks/sync.py --reference pouchdb`` hands ``exporting`` to ``prepare``: every case
document the seeding device makes (the document a laptop holds once it has pulled that case) is
written as one JSON line to a file in the benchmark's temporary folder. After FieldCase's
back ends have run, ``run`` starts ``benchmarks/pouchdb/bench.js`` on that file: a LevelDB
PouchDB on the client and express-pouchdb over PouchDB's LevelDB adapter in a second Node
process on a loopback port (``benchmarks/pouchdb/server.js``). What it measures and how it
counts the wire: ``benchmarks/README.md``. The file of documents and both LevelDB folders are
deleted as soon as the run ends.

The Node packages are installed with ``npm ci`` from the committed ``package-lock.json`` the
first time (into ``benchmarks/pouchdb/node_modules``, which git ignores). Without ``node`` or
``npm`` on the PATH the reference is skipped and the JSON says why.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

NODE_DIR = Path(__file__).resolve().parent / "pouchdb"


def _progress(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


@contextmanager
def exporting(path: Path) -> Iterator[Callable[[dict[str, Any]], None]]:
    """A writer of case documents, one JSON object a line, for ``benchmarks.sync.prepare``."""
    with path.open("w", encoding="utf-8") as out:
        yield lambda document: out.write(json.dumps(document, ensure_ascii=False) + "\n")


def missing_tool() -> str | None:
    """Why the reference cannot run here, or None."""
    for tool in ("node", "npm"):
        if shutil.which(tool) is None:
            return f"{tool} is not on the PATH: the PouchDB reference needs Node.js 18 or newer"
    return None


def installed() -> bool:
    """The packages of ``package-lock.json`` are in ``node_modules`` (as ``npm ci`` left them)."""
    marker = NODE_DIR / "node_modules" / ".package-lock.json"
    lock = NODE_DIR / "package-lock.json"
    return marker.exists() and marker.stat().st_mtime >= lock.stat().st_mtime


def install() -> None:
    _progress("pouchdb: npm ci (first use)")
    subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=NODE_DIR, check=True,
                   stdout=sys.stderr)


def run(documents: Path, work_dir: Path, noop_rounds: int, changed: int = 100) -> dict[str, Any]:
    """Replicate the exported documents with PouchDB and return ``bench.js``'s figures, or
    ``{"skipped": why}`` without Node, or ``{"failed": what}`` if the Node side failed (its own
    message is on stderr): the FieldCase figures of the same run are kept either way. Deletes
    ``documents`` and ``work_dir`` whatever happens."""
    try:
        reason = missing_tool()
        if reason is not None:
            _progress(f"pouchdb reference skipped: {reason}")
            return {"skipped": reason}
        load_before = [round(x, 2) for x in os.getloadavg()]
        try:
            if not installed():
                install()
            finished = subprocess.run(
                ["node", str(NODE_DIR / "bench.js"), "--docs", str(documents),
                 "--dir", str(work_dir), "--noop-rounds", str(noop_rounds),
                 "--changed", str(changed)],
                check=True, stdout=subprocess.PIPE, text=True)
            figures: dict[str, Any] = json.loads(finished.stdout)
        except (subprocess.CalledProcessError, json.JSONDecodeError) as error:
            _progress(f"pouchdb reference failed: {error}")
            return {"failed": str(error)}
        figures["load_average"] = {"before": load_before,
                                   "after": [round(x, 2) for x in os.getloadavg()]}
        return figures
    finally:
        documents.unlink(missing_ok=True)
        shutil.rmtree(work_dir, ignore_errors=True)


def compare(runs: dict[str, dict[str, Any]], pouchdb: dict[str, Any]) -> dict[str, Any]:
    """FieldCase's figures of each back end beside PouchDB's, metric by metric."""
    if "initial_pull" not in pouchdb:  # skipped or failed
        return {}
    rows: dict[str, Any] = {
        "initial_pull_s": {"pouchdb": pouchdb["initial_pull"]["seconds"]},
        "initial_pull_bytes_per_case": {"pouchdb": pouchdb["initial_pull"]["bytes_per_document"]},
        "noop_p95_ms": {"pouchdb": pouchdb["noop"]["replication"]["p95_ms"]},
        "noop_requests": {"pouchdb": pouchdb["noop"]["requests_per_replication"]},
        "noop_bytes": {"pouchdb": pouchdb["noop"]["bytes_per_replication"]},
        "changed_100_pull_s": {"pouchdb": pouchdb["changed_pull"]["seconds"]},
        "changed_100_pull_bytes": {"pouchdb": pouchdb["changed_pull"]["wire"]["total_bytes"]},
        "push_all_s": {"pouchdb_bulk": pouchdb["push_bulk"]["seconds"],
                       "pouchdb_replication": pouchdb["push_replication"]["seconds"]},
    }
    for backend, run_ in runs.items():
        if "initial_pull" in run_:
            rows["initial_pull_s"][backend] = run_["initial_pull"]["seconds"]
            rows["initial_pull_bytes_per_case"][backend] = run_["initial_pull"][
                "wire_bytes_per_case"]
        if "noop" in run_:
            rows["noop_p95_ms"][backend] = run_["noop"]["sync_now"]["p95_ms"]
            rows["noop_requests"][backend] = run_["noop"]["requests_per_sync"]
            rows["noop_bytes"][backend] = run_["noop"]["bytes_per_sync"]
        if "incremental" in run_:
            pulled = run_["incremental"]["pull"]
            rows["changed_100_pull_s"][backend] = pulled["seconds"]
            rows["changed_100_pull_bytes"][backend] = pulled["wire"]["total_bytes"]
        if "seed_push" in run_:
            rows["push_all_s"][backend] = run_["seed_push"]["seconds"]
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="The PouchDB reference alone (no FieldCase "
                                     "server): the same synthetic case documents as sync.py")
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--noop-rounds", type=int, default=200)
    parser.add_argument("--dir", type=Path, default=None)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from benchmarks.sync import prepare

    root = Path(tempfile.mkdtemp(prefix="fieldcase-pouchdb-bench-", dir=args.dir))
    try:
        documents = root / "cases.jsonl"
        _progress(f"exporting {args.cases} synthetic case documents")
        with exporting(documents) as export:
            workload = prepare(args.cases, args.seed, export)
        figures = run(documents, root / "pouchdb", args.noop_rounds)
        json.dump({"benchmark": "pouchdb reference", "workload": {"seed": args.seed,
                                                                  **workload.facts},
                   "reference": {"pouchdb": figures}}, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
