"""Store benchmark: the encrypted store beside plain SQLite on the same schema and write path.

    .venv/bin/python benchmarks/store.py --cases 100000

Prints one JSON object to stdout (progress goes to stderr). Every metric is given for
``sqlcipher`` (the real store: ``StoreConnection``, keyed, every required pragma), for
``plain`` (the same schema from ``storage.migrations.MIGRATIONS``, the same ``Store`` and
``storage.cases`` write path, the same pragmas minus the cipher ones, no key) and as the ratio
``sqlcipher / plain``. The ``targets`` section says pass or fail for each target of issue 3.

How it is kept fair, and what can go wrong:

- Each engine runs in its own forked process. ``PRAGMA cipher_memory_security = ON`` switches
  SQLCipher's allocator to lock (mlock) and wipe every allocation, *for the whole process and
  for good* (SQLCipher 4.5 changelog), so a baseline run in the same process after the store
  was opened would pay the same cost and hide it.
- The baseline is plain SQLite without a codec. The standard library's ``sqlite3`` is used
  when its SQLite can create the schema (FTS5 ``contentless_delete`` needs 3.43); otherwise
  the ``sqlcipher3`` module is opened *without a key*, which is plain SQLite of the same
  version and build (its file starts with "SQLite format 3", which is checked).
- Documents are generated, validated, scored and serialised before anything is timed; each
  batch is decoded from JSON outside the timed region.
- The workload is deterministic for a seed; timings are not. Run on an otherwise idle machine.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import platform
import random
import resource
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import unicodedata
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import sqlcipher3

from fieldcase.domain.document import assign_ids, parse_case_document
from fieldcase.domain.ids import IdFactory
from fieldcase.services.profile import database_files
from fieldcase.services.screening import apply_screening
from fieldcase.storage import case_list, cases, search_index
from fieldcase.storage.case_list import CaseFilter, Cursor
from fieldcase.storage.connection import CACHE_SIZE_KIB, StoreConnection, map_error
from fieldcase.storage.keys import KeyPurpose, ProfileKeys, calibrate, subkey
from fieldcase.storage.store import DATABASE_FILE, Store
from fieldcase.synthetic import generate_cases

TODAY = date(2026, 11, 30)
BATCH = 500  # cases per transaction in the bulk load, as services.demo does
SINGLE_SAVES = 200  # new cases saved one per transaction
EDITS = 200  # existing cases edited one per transaction
CASE_OPENS = 1000
PAGES_DEEP = 5
PAGE_ROUNDS = 3
SEARCH_ROUNDS = 2
RAW_OPENS = 30
UNLOCKS = 3
AUTHOR = "bench.worker"
BENCH_USER = "bench.user"
BENCH_PASSPHRASE = "correct horse battery staple benchmark"  # synthetic profile, thrown away
MIN_STDLIB_SQLITE = (3, 43, 0)  # FTS5 contentless_delete, used by the SEARCH migration


def progress(message: str) -> None:
    print(f"[store-bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# -- the workload: made once, before any store exists ----------------------------------------


@dataclass
class Workload:
    seed: int
    documents: list[str]  # compact JSON, validated and scored; the first `count` are bulk-loaded
    count: int
    queries: list[tuple[str, str]]  # (category, text)
    filters: list[tuple[str, CaseFilter]]
    open_sample: list[str]  # case ids
    edit_sample: list[str]
    facts: dict[str, Any] = field(default_factory=dict)


def _script(text: str) -> str:
    for char in text:
        if char.isalpha():
            return unicodedata.name(char, "UNKNOWN").split()[0]
    return "NONE"


def prepare(count: int, seed: int) -> Workload:
    started = time.perf_counter()
    new_ids = IdFactory(clock_ms=iter(range(1_700_000_000_000, 1 << 60)).__next__,
                        randbytes=random.Random(seed).randbytes)
    documents: list[str] = []
    facts: dict[str, Counter[str]] = {"site": Counter(), "assigned_to": Counter(),
                                      "status": Counter()}
    names: list[tuple[str, str, list[str]]] = []  # (given, family, other_names)
    ids: list[str] = []
    total = count + SINGLE_SAVES
    for index, raw in enumerate(generate_cases(total, seed=seed, today=TODAY)):
        doc = parse_case_document(raw, today=TODAY)
        doc = apply_screening(assign_ids(doc, new_ids.new), today=TODAY)
        as_json = doc.to_json()
        documents.append(json.dumps(as_json, ensure_ascii=False, separators=(",", ":")))
        if index < count:
            case, person = as_json["case"], as_json["person"]
            facts["site"][case["site"]] += 1
            facts["assigned_to"][case["assigned_to"] or ""] += 1
            facts["status"][case["status"]] += 1
            names.append((person.get("given_name") or "", person.get("family_name") or "",
                          list(person.get("other_names") or [])))
            ids.append(as_json["id"])
        if (index + 1) % 10_000 == 0:
            progress(f"generated {index + 1} of {total} documents")
    rng = random.Random(seed + 1)
    workload = Workload(
        seed=seed, documents=documents, count=count,
        queries=_query_mix(names, rng), filters=_filters(facts),
        open_sample=rng.choices(ids, k=CASE_OPENS), edit_sample=rng.sample(ids, k=min(EDITS,
                                                                                       len(ids))),
    )
    workload.facts = {
        "generate_and_validate_s": round(time.perf_counter() - started, 1),
        "mean_document_bytes": round(sum(len(d.encode()) for d in documents) / len(documents)),
        "sites": len(facts["site"]), "workers": len(facts["assigned_to"]),
        "site_frequent": facts["site"].most_common()[0],
        "site_rare": facts["site"].most_common()[-1],
        "worker_busy": facts["assigned_to"].most_common()[0],
        "status_frequent": facts["status"].most_common()[0],
        "status_rare": facts["status"].most_common()[-1],
        "queries": dict(Counter(category for category, _ in workload.queries)),
    }
    return workload


def _filters(facts: dict[str, Counter[str]]) -> list[tuple[str, CaseFilter]]:
    site_frequent = facts["site"].most_common()[0][0]
    site_rare = facts["site"].most_common()[-1][0]
    worker_busy = facts["assigned_to"].most_common()[0][0]
    status_frequent = facts["status"].most_common()[0][0]
    status_rare = facts["status"].most_common()[-1][0]
    bases: list[tuple[str, CaseFilter]] = [
        ("all", CaseFilter()),
        ("site_frequent", CaseFilter(site=site_frequent)),
        ("site_rare", CaseFilter(site=site_rare)),
        ("worker_busy", CaseFilter(assigned_to=worker_busy)),
        ("worker_unknown", CaseFilter(assigned_to="worker.nobody.0")),
        ("review_queue", CaseFilter(review_only=True)),
    ]
    variants: list[tuple[str, CaseFilter]] = []
    for name, base in bases:
        for suffix, status in (("", None), ("+status_frequent", status_frequent),
                               ("+status_rare", status_rare)):
            variants.append((name + suffix, CaseFilter(site=base.site,
                                                       assigned_to=base.assigned_to,
                                                       review_only=base.review_only,
                                                       status=status)))
    return variants


# Spellings a worker types for common names, across scripts (search must bring them together).
CROSS_SCRIPT = ("Mohammed", "Muhammad", "Mohamad", "محمد", "Yohannes", "Johannes", "ዮሃንስ",
                "Abdulrahman", "عبد الرحمن", "Tesfaye", "ተስፋዬ", "Hussein", "حسين", "Youssef",
                "يوسف", "Mariam", "ማርያም", "Ibrahim", "إبراهيم", "Fatima", "فاطمة")


def _query_mix(names: list[tuple[str, str, list[str]]],
               rng: random.Random) -> list[tuple[str, str]]:
    """Names taken from the generated data: full Latin names, Arabic and Ge'ez names, the
    generator's variant spellings (other_names), partial prefixes, and curated spellings."""
    by_script: dict[str, list[str]] = {"LATIN": [], "ARABIC": [], "ETHIOPIC": []}
    variants: list[str] = []
    for given, family, others in names:
        full = f"{given} {family}".strip()
        if _script(full) in by_script:
            by_script[_script(full)].append(full)
        variants.extend(other for other in others if other)
    queries: list[tuple[str, str]] = []

    def take(category: str, pool: list[str], k: int) -> list[str]:
        chosen = rng.sample(pool, k=min(k, len(pool)))
        queries.extend((category, text) for text in chosen)
        return chosen

    take("latin_full_name", by_script["LATIN"], 60)
    take("arabic_name", by_script["ARABIC"], 30)
    take("geez_name", by_script["ETHIOPIC"], 30)
    take("variant_spelling", variants, 40)
    for text in rng.sample(by_script["LATIN"], k=min(25, len(by_script["LATIN"]))):
        queries.append(("prefix", text.split()[0][: rng.choice((3, 4))]))
    for script in ("ARABIC", "ETHIOPIC"):
        for text in rng.sample(by_script[script], k=min(8, len(by_script[script]))):
            queries.append(("prefix", text.split()[0][: rng.choice((2, 3))]))
    queries.extend(("cross_script", text) for text in CROSS_SCRIPT)
    return queries


# -- the plain-SQLite adapter -------------------------------------------------------------------


def plain_module() -> tuple[Any, str]:
    """The module for the baseline and why it was chosen."""
    if sqlite3.sqlite_version_info >= MIN_STDLIB_SQLITE:
        return sqlite3, "the standard library's sqlite3"
    return sqlcipher3, (
        f"sqlcipher3 without a key (no codec): the standard library's SQLite "
        f"{sqlite3.sqlite_version} cannot create the schema (FTS5 contentless_delete needs "
        f"{'.'.join(map(str, MIN_STDLIB_SQLITE))}), and this is the same SQLite version and "
        f"build as the store's")


class PlainConnection:
    """Looks like ``StoreConnection`` to ``Store`` (``.raw``, ``.path``, ``checkpoint()``,
    ``close()``), so ``Store`` runs the migrations, the HLC, ids, meta and ``atomic()``
    unchanged and ``storage.cases`` writes exactly as it does on the real store. The pragmas are
    the store's minus the cipher ones."""

    readonly = False  # what ``Store`` asks before migrating and before each write
    damaged = False

    def __init__(self, path: Path, module: Any) -> None:
        self.path = path
        self.raw: Any = module.connect(str(path), isolation_level=None, check_same_thread=True)
        execute = self.raw.execute
        execute("PRAGMA journal_mode = WAL")
        execute("PRAGMA synchronous = FULL")
        execute("PRAGMA temp_store = MEMORY")
        execute("PRAGMA secure_delete = ON")
        execute("PRAGMA foreign_keys = ON")
        execute(f"PRAGMA cache_size = -{CACHE_SIZE_KIB}")
        execute("PRAGMA busy_timeout = 5000")

    def failure(self, error: BaseException) -> Exception:
        return map_error(error)

    def checkpoint(self) -> None:
        self.raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()

    def close(self) -> None:
        self.checkpoint()
        self.raw.close()


class NoMemorySecurityConnection(StoreConnection):
    """Diagnostic only: the real store with every pragma except ``cipher_memory_security``,
    to show what that one setting costs. Never used by the application."""

    def _apply_pragmas(self, *, readonly: bool) -> None:
        execute = self.raw.execute
        if not readonly:
            execute("PRAGMA journal_mode = WAL")
        execute("PRAGMA synchronous = FULL")
        execute("PRAGMA temp_store = MEMORY")
        execute("PRAGMA secure_delete = ON")
        execute("PRAGMA foreign_keys = ON")
        execute(f"PRAGMA cache_size = -{CACHE_SIZE_KIB}")
        execute("PRAGMA busy_timeout = 5000")


# -- measuring ---------------------------------------------------------------------------------


def summary(samples_s: list[float]) -> dict[str, float]:
    ms = sorted(s * 1000 for s in samples_s)
    cuts = statistics.quantiles(ms, n=100, method="inclusive") if len(ms) > 1 else ms * 99
    return {"p50_ms": round(statistics.median(ms), 3), "p95_ms": round(cuts[94], 3),
            "max_ms": round(ms[-1], 3), "n": len(ms)}


def timed(action: Callable[[], object]) -> tuple[float, object]:
    started = time.perf_counter()
    result = action()
    return time.perf_counter() - started, result


def decoded(documents: list[str]) -> Iterator[dict[str, Any]]:
    for text in documents:
        yield json.loads(text)


def bulk_insert(store: Store, workload: Workload) -> dict[str, Any]:
    elapsed = 0.0
    per_batch: list[float] = []
    for start in range(0, workload.count, BATCH):
        batch = list(decoded(workload.documents[start:min(start + BATCH, workload.count)]))

        def load(batch: list[dict[str, Any]] = batch) -> None:
            with store.atomic():
                for doc in batch:
                    cases.insert_case(store, doc, author=AUTHOR)
                store.audit(AUTHOR, "demo.add", details={"cases": len(batch)})

        seconds, _ = timed(load)
        elapsed += seconds
        per_batch.append(len(batch) / seconds)
        if (start + BATCH) % 10_000 == 0:
            progress(f"  inserted {start + BATCH} cases ({per_batch[-1]:.0f} cases/s now)")
    tenth = max(1, len(per_batch) // 10)
    return {"cases_per_s": round(workload.count / elapsed, 1),
            "first_tenth_cases_per_s": round(statistics.mean(per_batch[:tenth]), 1),
            "last_tenth_cases_per_s": round(statistics.mean(per_batch[-tenth:]), 1),
            "seconds": round(elapsed, 1)}


def single_saves(store: Store, workload: Workload) -> dict[str, float]:
    samples: list[float] = []
    for doc in decoded(workload.documents[workload.count:]):
        def save(doc: dict[str, Any] = doc) -> None:
            with store.atomic():
                saved = cases.insert_case(store, doc, author=AUTHOR)
                store.audit(AUTHOR, "case.create", case_id=saved.case_id)
        samples.append(timed(save)[0])
    return summary(samples)


def edits(store: Store, workload: Workload) -> dict[str, float]:
    """An edit as a worker makes one: a note added to an existing case, one transaction."""
    samples: list[float] = []
    for case_id in workload.edit_sample:
        doc = cases.load_case(store, case_id)
        doc["notes"] = [*doc.get("notes", []), {
            "id": store.ids.new(), "text": "Follow-up call made; next visit agreed.",
            "confidential": False, "author": AUTHOR, "written_at": "2026-11-30T10:00:00Z"}]

        def save(case_id: str = case_id, doc: dict[str, Any] = doc) -> None:
            with store.atomic():
                cases.update_case(store, case_id, doc, author=AUTHOR)
                store.audit(AUTHOR, "case.edit", case_id=case_id, details={"records": 1})
        samples.append(timed(save)[0])
    return summary(samples)


def case_opens(store: Store, workload: Workload) -> dict[str, float]:
    return summary([timed(lambda i=case_id: cases.load_case(store, i))[0]
                    for case_id in workload.open_sample])


def audited_opens(store: Store, workload: Workload) -> dict[str, float]:
    """What services.show_case does with the store: read, validate, and commit a view event."""
    def show(case_id: str) -> None:
        parse_case_document(cases.load_case(store, case_id), today=TODAY)
        with store.atomic():
            store.audit(AUTHOR, "case.view", case_id=case_id)
    return summary([timed(lambda i=case_id: show(i))[0]
                    for case_id in workload.open_sample[:200]])


def pages(store: Store, workload: Workload) -> dict[str, Any]:
    samples: list[float] = []
    by_variant: dict[str, list[float]] = {}
    for _ in range(PAGE_ROUNDS):
        for name, case_filter in workload.filters:
            cursor: Cursor | None = None
            for _depth in range(PAGES_DEEP):
                seconds, page = timed(lambda f=case_filter, c=cursor:
                                      case_list.list_cases(store.raw, f, c))
                samples.append(seconds)
                by_variant.setdefault(name, []).append(seconds)
                cursor = page.next_cursor  # type: ignore[attr-defined]
                if cursor is None:
                    break
    worst = sorted(((summary(v)["p95_ms"], k) for k, v in by_variant.items()), reverse=True)
    return {**summary(samples),
            "p95_ms_by_variant": {k: summary(v)["p95_ms"] for k, v in by_variant.items()},
            "worst_variant": worst[0][1]}


def searches(store: Store, workload: Workload) -> dict[str, Any]:
    samples: list[float] = []
    by_category: dict[str, list[float]] = {}
    hits: list[int] = []
    for _ in range(SEARCH_ROUNDS):
        for category, text in workload.queries:
            seconds, found = timed(lambda t=text: search_index.search(store.raw, t, limit=50))
            samples.append(seconds)
            by_category.setdefault(category, []).append(seconds)
            hits.append(len(found))  # type: ignore[arg-type]
    return {**summary(samples),
            "p95_ms_by_category": {k: summary(v)["p95_ms"] for k, v in by_category.items()},
            "mean_hits": round(statistics.mean(hits), 1),
            "queries_with_no_hit": sum(1 for h in hits[:len(workload.queries)] if h == 0)}


def file_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in database_files(path.parent) if p.exists())


def vma_count() -> int:
    try:
        return len(Path("/proc/self/maps").read_text().splitlines())
    except OSError:
        return -1


# -- one engine, in its own process ------------------------------------------------------------


def run_engine(kind: str, folder: Path, workload: Workload, analyze: bool) -> dict[str, Any]:
    folder.mkdir(parents=True)
    path = folder / DATABASE_FILE
    result: dict[str, Any] = {}
    opener: Callable[[], Any]
    keys: ProfileKeys | None = None
    if kind == "sqlcipher":
        progress("sqlcipher: calibrating Argon2id to about 1 s (as the app does)")
        kdf = calibrate(1.0)
        keys = ProfileKeys(database_files=database_files, kdf_policy=kdf)
        dek = keys.create(folder, uuid.uuid4(), BENCH_USER, BENCH_PASSPHRASE, kdf)
        key = subkey(dek, KeyPurpose.DATABASE)
        result["kdf"] = {"memory_kib": kdf.memory_kib, "iterations": kdf.iterations,
                         "lanes": kdf.lanes}
        opener = lambda: StoreConnection(path, key)  # noqa: E731
    elif kind == "sqlcipher_no_memory_security":
        key = os.urandom(32)
        opener = lambda: NoMemorySecurityConnection(path, key)  # noqa: E731
    else:
        module, why = plain_module()
        result["baseline"] = why
        opener = lambda: PlainConnection(path, module)  # noqa: E731

    store = Store(opener())
    result["cache_size_kib"] = -int(store.raw.execute("PRAGMA cache_size").fetchone()[0])
    result["page_size"] = int(store.raw.execute("PRAGMA page_size").fetchone()[0])
    result["memory_security"] = _memory_security(store.raw)
    result["sqlite_version"] = store.raw.execute("SELECT sqlite_version()").fetchone()[0]
    progress(f"{kind}: bulk insert of {workload.count} cases")
    result["bulk_insert"] = bulk_insert(store, workload)
    store.checkpoint()
    if analyze:
        store.raw.execute("ANALYZE")
    progress(f"{kind}: one-case saves, edits, opens, pages, searches")
    result["save_one_case"] = single_saves(store, workload)
    result["edit_one_case"] = edits(store, workload)
    result["open_case"] = case_opens(store, workload)
    result["open_case_audited"] = audited_opens(store, workload)
    result["page"] = pages(store, workload)
    result["name_search"] = searches(store, workload)
    result["vma_count"] = vma_count()
    store.close()
    result["file_bytes"] = file_bytes(path)
    if kind == "plain":
        result["file_is_plain_sqlite"] = path.read_bytes()[:16] == b"SQLite format 3\x00"

    opens: list[float] = []
    for _ in range(RAW_OPENS):
        seconds, connection = timed(opener)
        opens.append(seconds)
        connection.close()  # type: ignore[attr-defined]
    result["raw_open"] = summary(opens)
    if keys is not None:
        progress("sqlcipher: unlock (Argon2id + open)")
        result["unlock"] = _unlocks(keys, folder, path)
    result["max_rss_mib"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    return result


def _memory_security(raw: Any) -> str | None:
    try:
        row = raw.execute("PRAGMA cipher_memory_security").fetchone()
    except Exception:  # the standard library's SQLite does not know the pragma
        return None
    return None if row is None else str(row[0])


def _unlocks(keys: ProfileKeys, folder: Path, path: Path) -> dict[str, Any]:
    """Unlock as the app does: Argon2id over the passphrase, unwrap the DEK, derive the
    database key, open and migrate-check the store."""
    total: list[float] = []
    kdf_only: list[float] = []
    for _ in range(UNLOCKS):
        started = time.perf_counter()
        dek = keys.unlock(folder, BENCH_USER, BENCH_PASSPHRASE)
        unwrapped = time.perf_counter()
        store = Store(StoreConnection(path, subkey(dek, KeyPurpose.DATABASE)))
        finished = time.perf_counter()
        store.close()
        total.append(finished - started)
        kdf_only.append(unwrapped - started)
    return {"p50_s": round(statistics.median(total), 3), "max_s": round(max(total), 3),
            "key_slot_p50_s": round(statistics.median(kdf_only), 3)}


def _child(kind: str, folder: Path, workload: Workload, analyze: bool,
           pipe: Connection) -> None:
    try:
        pipe.send(("ok", run_engine(kind, folder, workload, analyze)))
    except BaseException as error:
        pipe.send(("error", f"{type(error).__name__}: {error}"))
        raise


def in_own_process(kind: str, folder: Path, workload: Workload,
                   analyze: bool) -> dict[str, Any]:
    context = multiprocessing.get_context("fork")  # the child inherits the prepared workload
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(kind, folder, workload, analyze, sender))
    process.start()
    sender.close()
    status, payload = receiver.recv()
    process.join()
    if status != "ok":
        raise RuntimeError(f"{kind} run failed: {payload}")
    result: dict[str, Any] = payload
    return result


# -- the report --------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    model = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
        mem_kib = int(next(line.split()[1] for line in
                           Path("/proc/meminfo").read_text().splitlines()
                           if line.startswith("MemTotal")))
    except (OSError, StopIteration, ValueError):
        mem_kib = 0
    return {"cpus": os.cpu_count(), "cpu_model": model, "ram_gib": round(mem_kib / 2**20, 1),
            "os": platform.platform(), "python": platform.python_version(),
            "load_average_1_5_15": [round(x, 2) for x in os.getloadavg()]}


def versions() -> dict[str, str]:
    connection = sqlcipher3.connect(":memory:")
    try:
        connection.execute("PRAGMA key = \"x'" + "00" * 32 + "'\"")
        cipher = connection.execute("PRAGMA cipher_version").fetchone()[0]
        cipher_sqlite = connection.execute("SELECT sqlite_version()").fetchone()[0]
    finally:
        connection.close()
    return {"sqlcipher": cipher, "sqlcipher_sqlite": cipher_sqlite,
            "stdlib_sqlite": sqlite3.sqlite_version, "python": platform.python_version(),
            "sqlcipher3_module": _dist_version("sqlcipher3"), "source": source_revision()}


def source_revision() -> str:
    """The commit benchmarked, with "+dirty" when the working tree has changes."""
    import subprocess
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, check=True, cwd=Path(__file__).parent).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True, check=True,
                               cwd=Path(__file__).parent).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head + ("+dirty" if dirty else "")


def _dist_version(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version
    try:
        return version(name)
    except PackageNotFoundError:
        return "unknown"


def _pair(cipher: float | int | None, plain: float | int | None, unit: str,
          **extra: Any) -> dict[str, Any]:
    ratio = None if cipher is None or not plain else round(cipher / plain, 3)
    return {"sqlcipher": cipher, "plain": plain, "ratio": ratio, "unit": unit, **extra}


def metrics(cipher: dict[str, Any], plain: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {
        "bulk_insert": _pair(cipher["bulk_insert"]["cases_per_s"],
                             plain["bulk_insert"]["cases_per_s"], "cases/s",
                             note="batches of 500 per transaction; ratio = sqlcipher / plain"),
    }
    for name in ("save_one_case", "edit_one_case", "open_case", "open_case_audited", "page",
                 "name_search", "raw_open"):
        for stat in ("p50_ms", "p95_ms"):
            out[f"{name}_{stat}"] = _pair(cipher[name][stat], plain[name][stat], "ms")
    out["file_size"] = _pair(round(cipher["file_bytes"] / 2**20, 1),
                             round(plain["file_bytes"] / 2**20, 1), "MiB")
    out["unlock_p50"] = _pair(cipher["unlock"]["p50_s"], None, "s",
                              note="Argon2id at the calibrated cost + open; no plain analogue")
    out["unlock_max"] = _pair(cipher["unlock"]["max_s"], None, "s")
    out["cache_size"] = _pair(round(cipher["cache_size_kib"] / 1024, 1),
                              round(plain["cache_size_kib"] / 1024, 1), "MiB")
    return out


def targets(cipher: dict[str, Any], plain: dict[str, Any]) -> dict[str, Any]:
    ratio = cipher["bulk_insert"]["cases_per_s"] / plain["bulk_insert"]["cases_per_s"]
    checks = {
        "bulk_insert_ratio": (">= 0.85", round(ratio, 3), ratio >= 0.85),
        "save_one_case_p95_ms": ("<= 5", cipher["save_one_case"]["p95_ms"],
                                 cipher["save_one_case"]["p95_ms"] <= 5),
        "open_case_p95_ms": ("<= 5", cipher["open_case"]["p95_ms"],
                             cipher["open_case"]["p95_ms"] <= 5),
        "page_p95_ms": ("<= 5", cipher["page"]["p95_ms"], cipher["page"]["p95_ms"] <= 5),
        "name_search_p95_ms": ("<= 20", cipher["name_search"]["p95_ms"],
                               cipher["name_search"]["p95_ms"] <= 20),
        "unlock_s": ("0.3 .. 1.5 (every unlock)",
                     [cipher["unlock"]["p50_s"], cipher["unlock"]["max_s"]],
                     cipher["unlock"]["p50_s"] >= 0.3 and cipher["unlock"]["max_s"] <= 1.5),
        "raw_open_p95_ms": ("<= 5", cipher["raw_open"]["p95_ms"],
                            cipher["raw_open"]["p95_ms"] <= 5),
        "cache_size_mib": (">= 32", cipher["cache_size_kib"] / 1024,
                           cipher["cache_size_kib"] >= 32 * 1024),
    }
    report = {name: {"target": t, "value": v, "pass": ok} for name, (t, v, ok) in checks.items()}
    report["all_pass"] = all(ok for _, _, ok in checks.values())
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=5000, help="cases to bulk-load (5000)")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--dir", type=Path, default=None,
                        help="where the stores are made (default: a temporary folder)")
    parser.add_argument("--keep", action="store_true", help="keep the stores afterwards")
    parser.add_argument("--analyze", action="store_true",
                        help="run ANALYZE after the bulk load (the app does not)")
    parser.add_argument("--diagnose-memory-security", action="store_true",
                        help="also run the store without cipher_memory_security (diagnostic)")
    args = parser.parse_args(argv)
    if args.cases < BATCH:
        parser.error(f"--cases must be at least {BATCH}")

    root = Path(tempfile.mkdtemp(prefix="fieldcase-bench-", dir=args.dir))
    try:
        load_before = [round(x, 2) for x in os.getloadavg()]
        progress(f"preparing {args.cases} + {SINGLE_SAVES} synthetic case documents")
        workload = prepare(args.cases, args.seed)
        runs: dict[str, dict[str, Any]] = {}
        kinds = ["plain", "sqlcipher"]
        if args.diagnose_memory_security:
            kinds.append("sqlcipher_no_memory_security")
        for kind in kinds:
            started = time.perf_counter()
            runs[kind] = in_own_process(kind, root / kind, workload, args.analyze)
            progress(f"{kind}: done in {time.perf_counter() - started:.0f} s")
        cipher, plain = runs["sqlcipher"], runs["plain"]
        report: dict[str, Any] = {
            "benchmark": "fieldcase store",
            "date": datetime.now(UTC).isoformat(timespec="seconds"),
            "machine": {**machine(), "load_average_at_start": load_before},
            "versions": versions(),
            "workload": {"cases": args.cases, "seed": args.seed, "analyze": args.analyze,
                         **workload.facts},
            "baseline": plain.get("baseline"),
            "metrics": metrics(cipher, plain),
            "targets": targets(cipher, plain),
            "runs": runs,
        }
        if "sqlcipher_no_memory_security" in runs:
            diag = runs["sqlcipher_no_memory_security"]
            report["memory_security_cost"] = {
                "bulk_insert_cases_per_s": {
                    "memory_security_on": cipher["bulk_insert"]["cases_per_s"],
                    "memory_security_off": diag["bulk_insert"]["cases_per_s"],
                    "plain": plain["bulk_insert"]["cases_per_s"],
                    "ratio_off_vs_plain": round(diag["bulk_insert"]["cases_per_s"]
                                                / plain["bulk_insert"]["cases_per_s"], 3)},
                **{f"{name}_p95_ms": {"memory_security_on": cipher[name]["p95_ms"],
                                      "memory_security_off": diag[name]["p95_ms"],
                                      "plain": plain[name]["p95_ms"]}
                   for name in ("save_one_case", "open_case", "page", "name_search")},
            }
        json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    finally:
        if args.keep:
            progress(f"stores kept in {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
