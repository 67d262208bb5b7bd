"""Sync benchmark: a real ``fieldcase-server`` process on loopback, on SQLite and PostgreSQL.

    .venv/bin/python benchmarks/sync.py                 # 10,000 cases, about 10 minutes
    .venv/bin/python benchmarks/sync.py --quick         # 1,000 cases, short levels: a smoke run
    .venv/bin/python benchmarks/sync.py --soak 300      # adds 50 devices for 5 minutes
    .venv/bin/python benchmarks/sync.py --backends postgresql --workers 2   # two server processes

Prints one JSON object to stdout (progress goes to stderr); the ``targets`` section says pass or
fail for each target of issue 4. Per backend, in this order:

1. ``seed``: a supervisor's *lightweight device* (below) pushes N synthetic cases (about 19
   record changes each) in batches of 500, as the device engine batches its outbox: the push
   throughput. On PostgreSQL the same changes (new change ids, a second organisation) are then
   written with ``COPY`` straight into the same ``changes`` table in the same database: the
   baseline the issue compares against. The copied rows are deleted again afterwards.
2. ``initial_pull``: a worker's laptop profile (the real encrypted store, ``services.sync``)
   enrols and syncs; its first sync pulls the N cases assigned to that worker.
3. ``noop``: the same laptop syncs again and again with nothing to push or pull.
4. ``incremental_pull``: the supervisor changes 100 of those cases (a risk level and a new
   note each); the laptop's next sync pulls them. ``incremental_push``: the laptop edits 100
   cases itself (risk level and a note, through ``services.cases.update_case``) and syncs: the
   bytes per changed field come from that push.
5. ``concurrency``: 1, 10 and 50 simulated devices (one worker user each), each in a loop of
   edit two of its own cases (a risk level and a note), push, pull, think; then a check that
   every acknowledged change is in the feed exactly once.
6. ``soak`` (``--soak SECONDS``): 50 devices as in 5 for that long, with the same check.

``--workers N`` starts the server with ``fieldcase-server serve --workers N`` (PostgreSQL only):
N processes on one port, which the kernel hands connections to. The push-throughput and COPY
rows then measure N processes; every other definition is unchanged.

A *lightweight device* is what a simulated device is: ``sync.client.SyncClient`` with a real
enrolment (Ed25519 key, one-time code, session) and real signed, zstd-compressed requests, but
no encrypted store: changes are made with ``domain.merge.edit_change`` from what it pushed, so
the server does exactly the work a laptop's sync causes. The simulated devices run as threads
in a few forked processes, on the same machine as the server (they share its CPUs).

Each concurrency level also reports the CPU milliseconds per request of the server processes and
of PostgreSQL (from ``/proc``): what a request costs, which moves far less with the rest of the
machine's load than the latencies do.

Bytes on the wire are counted at the HTTP transport (``CountingTransport``): request line,
headers and body; status line, headers and body, as HTTP/1.1 sends them (no TLS).

What can go wrong: PostgreSQL is a throw-away cluster made the way the tests make it
(``tests/pg.py``: ``fsync=off``, ``synchronous_commit=off``), so both the server and the COPY
baseline run without durable commits; SQLite runs with the server's own settings. Run on an
otherwise idle machine: the client, the server and the database share the CPUs.
"""

from __future__ import annotations

import argparse
import gc
import json
import multiprocessing
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for tests.pg, tests.server_*

from benchmarks.store import machine, source_revision
from tests.pg import PostgresCluster, free_port, start_cluster
from tests.server_process import start_server, stop, wait_healthy

from benchmarks import bare_endpoint, pouchdb_reference
from fieldcase.domain.case_numbers import format_case_number
from fieldcase.domain.document import assign_ids, parse_case_document
from fieldcase.domain.hlc import Stamp
from fieldcase.domain.ids import IdFactory
from fieldcase.domain.merge import Change, FieldEdit, edit_change
from fieldcase.domain.records import flatten
from fieldcase.server import admin, migrations
from fieldcase.server.db import create_engine, sqlite_url
from fieldcase.server.keys_file import load_or_create_key
from fieldcase.server.sync_store import issue_enrolment_code
from fieldcase.services import cases as case_service
from fieldcase.services import profile
from fieldcase.services import sync as sync_service
from fieldcase.services.screening import apply_screening
from fieldcase.services.session import Session
from fieldcase.storage import sync_state
from fieldcase.storage.keyslots import KdfParams
from fieldcase.sync.client import RetryPolicy, SyncClient
from fieldcase.sync.enrolment import complete_enrolment, start_enrolment
from fieldcase.sync.protocol import PullRequest, PushRequest, encode
from fieldcase.sync.protocol_json import change_to_json
from fieldcase.sync.signing import DeviceKey, RequestSigner
from fieldcase.synthetic import generate_cases

TODAY = date(2026, 11, 30)
SITE = "LAMP-01"
SEED_PREFIX = "BENCH000"  # the seeding device's case-number prefix (Crockford base32)
ORG = "Bench Org"
TEAM = "lamp"
SUPERVISOR = "bench.sup"
LAPTOP_USER = "bench.w0"
PASSPHRASE = "bench server passphrase long"
DEVICE_PASSPHRASE = "bench device passphrase long"
KDF = KdfParams.insecure_for_tests()  # the device's unlock is not what is measured
PUSH_BATCH = 500  # sync.engine.BATCH_SIZE
RISKS = ("low", "medium", "high", "critical")


def progress(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def summary(samples_s: Sequence[float]) -> dict[str, float]:
    if not samples_s:
        return {"n": 0}
    ms = sorted(s * 1000 for s in samples_s)
    cuts = statistics.quantiles(ms, n=100, method="inclusive") if len(ms) > 1 else ms * 99
    return {"p50_ms": round(statistics.median(ms), 2), "p95_ms": round(cuts[94], 2),
            "max_ms": round(ms[-1], 2), "n": len(ms)}


# -- bytes on the wire ---------------------------------------------------------------------------


@dataclass
class Exchange:
    path: str
    request_bytes: int
    response_bytes: int
    request_body: int
    response_body: int
    seconds: float
    status: int


class CountingTransport(httpx.HTTPTransport):
    """An HTTP transport that records what each exchange put on the wire (HTTP/1.1 framing:
    start line, headers, body). The body of an answer is taken from its Content-Length."""

    def __init__(self) -> None:
        super().__init__()
        self.exchanges: list[Exchange] = []
        self._lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        body = len(request.content)
        head = len(f"{request.method} {request.url.raw_path.decode()} HTTP/1.1\r\n") + 2 + sum(
            len(k) + len(v) + 4 for k, v in request.headers.raw)
        started = time.perf_counter()
        response = super().handle_request(request)
        seconds = time.perf_counter() - started
        answer_body = int(response.headers.get("content-length", "0"))
        answer_head = len(f"HTTP/1.1 {response.status_code} {response.reason_phrase}\r\n") + 2 \
            + sum(len(k) + len(v) + 4 for k, v in response.headers.raw)
        with self._lock:
            self.exchanges.append(Exchange(request.url.path, head + body,
                                           answer_head + answer_body, body, answer_body,
                                           seconds, response.status_code))
        return response

    def take(self) -> list[Exchange]:
        with self._lock:
            taken, self.exchanges = self.exchanges, []
        return taken


def wire(exchanges: Sequence[Exchange]) -> dict[str, Any]:
    return {"requests": len(exchanges),
            "paths": sorted({e.path for e in exchanges}),
            "request_bytes": sum(e.request_bytes for e in exchanges),
            "response_bytes": sum(e.response_bytes for e in exchanges),
            "total_bytes": sum(e.request_bytes + e.response_bytes for e in exchanges),
            "body_bytes": sum(e.request_body + e.response_body for e in exchanges)}


# -- the workload --------------------------------------------------------------------------------


@dataclass
class Workload:
    case_ids: list[str]
    changes: list[Change]  # every record of every case, as creations by the supervisor
    heads: dict[tuple[str, str], dict[str, Stamp]]  # (case, record) -> field -> stamp
    note_fields: dict[str, object]
    facts: dict[str, Any] = field(default_factory=dict)


class StampSource:
    """Increasing HLC stamps near the real time (the server refuses stamps far ahead)."""

    def __init__(self, node: str) -> None:
        self.node = node
        self._last = (0, 0)
        self._lock = threading.Lock()

    def __call__(self) -> Stamp:
        with self._lock:
            wall = int(time.time() * 1000)
            last_wall, counter = self._last
            self._last = (wall, 0) if wall > last_wall else (last_wall, counter + 1)
            return Stamp(*self._last, self.node)


def prepare(count: int, seed: int,
            export: Callable[[dict[str, Any]], None] | None = None) -> Workload:
    """``export``, if given, receives each case document as the seeding device made it (the
    document a laptop holds once it has pulled the case): the PouchDB reference replicates those."""
    started = time.perf_counter()
    rng = random.Random(seed)
    new_id = IdFactory(randbytes=rng.randbytes).new
    stamp = StampSource("bench-seeder")
    changes: list[Change] = []
    heads: dict[tuple[str, str], dict[str, Stamp]] = {}
    case_ids: list[str] = []
    raw_bytes = 0
    for index, raw in enumerate(generate_cases(count, seed=seed, today=TODAY, sites=[SITE])):
        raw_case = dict(raw["case"])  # type: ignore[call-overload]
        # The server holds pushes to the device rules (server/push_rules.py): a new case
        # starts open and is numbered under the pushing device's registered prefix.
        raw_case.update(assigned_to=LAPTOP_USER, status="open",
                        case_number=format_case_number(SEED_PREFIX, index + 1))
        doc = parse_case_document({**raw, "case": raw_case}, today=TODAY)
        as_json = apply_screening(assign_ids(doc, new_id), today=TODAY).to_json()
        raw_bytes += len(json.dumps(as_json, ensure_ascii=False).encode())
        case_ids.append(as_json["id"])
        if export is not None:
            export(as_json)
        made = stamp()
        for record in flatten(as_json).values():
            changes.append(edit_change(None, record.fields, change_id=new_id(),
                                       case_id=as_json["id"], record_id=record.record_id,
                                       kind=record.kind, stamp=made, author=SUPERVISOR))
            heads[(as_json["id"], record.record_id)] = dict.fromkeys(record.fields, made)
        if (index + 1) % 2000 == 0:
            progress(f"generated {index + 1} of {count} cases")
    note = {"text": "called the shelter; a bed is free from Monday", "confidential": False,
            "author": SUPERVISOR, "written_at": "2026-11-30T08:00:00Z"}
    workload = Workload(case_ids, changes, heads, note)
    workload.facts = {"cases": count, "record_changes": len(changes),
                      "changed_fields": sum(len(c.fields) for c in changes),
                      "mean_document_bytes": round(raw_bytes / max(1, count)),
                      "generate_s": round(time.perf_counter() - started, 1)}
    return workload


def edits_for(case_ids: Sequence[str], heads: dict[tuple[str, str], dict[str, Stamp]],
              new_id: Callable[[], str], stamp: Callable[[], Stamp], author: str,
              note: dict[str, object], round_: int) -> list[Change]:
    """For each case: a new risk level on the case record (based on the head it replaces) and a
    new note (append-only, a new record). Updates ``heads``."""
    made: list[Change] = []
    for case_id in case_ids:
        now = stamp()
        base = heads[(case_id, case_id)].get("risk_level")
        made.append(Change(new_id(), case_id, case_id, "case", "upsert", now, author, {
            "risk_level": FieldEdit(RISKS[round_ % len(RISKS)], (base,) if base else ())}))
        heads[(case_id, case_id)]["risk_level"] = now
        note_id = new_id()
        made.append(Change(new_id(), case_id, note_id, "note", "upsert", now, author,
                           {name: FieldEdit(value) for name, value in
                            {**note, "author": author}.items()}))
    return made


# -- servers and devices -------------------------------------------------------------------------


@dataclass
class Server:
    backend: str
    url: str
    cwd: Path
    database_url: str
    process: Any
    database_pid: int | None = None  # PostgreSQL's postmaster (SQLite runs in the server)
    users: dict[str, uuid.UUID] = field(default_factory=dict)
    org_id: uuid.UUID | None = None

    def engine(self) -> Any:
        return create_engine(self.database_url)

    def code(self, user: str) -> str:
        keys = load_or_create_key(self.cwd / "fieldcase-server-data" / "server-key")
        engine = self.engine()
        try:
            with engine.begin() as conn:
                return issue_enrolment_code(conn, keys, self.users[user],
                                            now=datetime.now(UTC))
        finally:
            engine.dispose()


def start(backend: str, root: Path, cluster: PostgresCluster | None, users: int,
          server_processes: int = 1) -> Server:
    cwd = root / backend
    cwd.mkdir(parents=True)
    if backend == "postgresql":
        assert cluster is not None
        database_url = cluster.create_database("fieldcase_bench")
    else:
        database_url = sqlite_url(cwd / "server.sqlite")
    engine = create_engine(database_url)
    try:
        migrations.upgrade(engine)
    finally:
        engine.dispose()
    process, port = start_server(cwd, "--database-url", database_url,
                                 *(("--workers", str(server_processes))
                                   if server_processes > 1 else ()))
    wait_healthy(process, port)
    server = Server(backend, f"http://127.0.0.1:{port}", cwd, database_url, process)
    if cluster is not None and backend == "postgresql":
        pid_file = cluster.data_dir / "postmaster.pid"
        server.database_pid = int(pid_file.read_text().split()[0])
    hasher = admin.PassphraseHasher.insecure_for_tests()
    engine = server.engine()
    try:
        with engine.begin() as conn:
            now = datetime.now(UTC)
            server.org_id = admin.create_org(conn, ORG, now=now)
            admin.create_team(conn, server.org_id, SITE, TEAM)
            people = [(SUPERVISOR, "supervisor"), (LAPTOP_USER, "worker")]
            people += [(f"bench.w{i}", "worker") for i in range(1, users + 1)]
            for name, role in people:
                server.users[name] = admin.create_user(
                    conn, server.org_id, name, role=role, team=TEAM, passphrase=PASSPHRASE,
                    hasher=hasher, now=now)
    finally:
        engine.dispose()
    return server


@dataclass
class Credentials:
    user: str
    device_id: str
    private_key: bytes
    session_token: str


def enrol_light(server: Server, user: str, prefix: str) -> Credentials:
    """Enrol a lightweight device that numbers its cases under ``prefix``."""
    pending = start_enrolment(server.code(user), f"bench {user}", case_number_prefix=prefix)
    with SyncClient(server.url) as client:
        answer = client.enrol(pending.request_body)
    enrolment = complete_enrolment(pending, answer)
    return Credentials(user, enrolment.device_id, enrolment.device_private_key,
                       enrolment.session_token)


class LightDevice:
    """A signed sync client without a store (see the module docstring)."""

    def __init__(self, url: str, credentials: Credentials) -> None:
        self.credentials = credentials
        self.transport = CountingTransport()
        signer = RequestSigner(DeviceKey(credentials.private_key), credentials.device_id,
                               credentials.session_token)
        self.client = SyncClient(url, signer=signer, transport=self.transport,
                                 retry=RetryPolicy(attempts=1), timeout=120)
        self.cursor = ""
        self._ids = IdFactory()

    def push(self, changes: Sequence[Change]) -> Any:
        return self.client.push(PushRequest(self.credentials.device_id,
                                            self._ids.new(), tuple(changes)))

    def pull_all(self) -> int:
        received = 0
        while True:
            page = self.client.pull(PullRequest(self.cursor, 1000))
            received += len(page.entries) + len(page.purges)
            self.cursor = page.next_cursor
            if not page.more:
                return received

    def close(self) -> None:
        self.client.close()


def laptop(server: Server, folder: Path) -> tuple[Session, CountingTransport]:
    profile.create_profile(folder, user=LAPTOP_USER, passphrase=DEVICE_PASSPHRASE,
                           role="worker", team=TEAM, site=SITE, kdf=KDF)
    session = profile.unlock(folder, user=LAPTOP_USER, passphrase=DEVICE_PASSPHRASE, kdf=KDF)
    sync_service.enroll(session, server.url, server.code(LAPTOP_USER))
    return session, CountingTransport()


# -- phases --------------------------------------------------------------------------------------


def seed(server: Server, workload: Workload) -> tuple[dict[str, Any], Credentials]:
    credentials = enrol_light(server, SUPERVISOR, SEED_PREFIX)
    device = LightDevice(server.url, credentials)
    batches = [workload.changes[i:i + PUSH_BATCH]
               for i in range(0, len(workload.changes), PUSH_BATCH)]
    latencies: list[float] = []
    accepted = 0
    started = time.perf_counter()
    for number, batch in enumerate(batches, 1):
        began = time.perf_counter()
        answer = device.push(batch)
        latencies.append(time.perf_counter() - began)
        accepted += len(answer.accepted)
        if answer.rejected:
            raise RuntimeError(f"seed push rejected {len(answer.rejected)} changes: "
                               f"{answer.rejected[:3]}")
        if number % 40 == 0:
            progress(f"  pushed {number * PUSH_BATCH} changes "
                     f"({number * PUSH_BATCH / (time.perf_counter() - started):.0f}/s)")
    seconds = time.perf_counter() - started
    traffic = wire(device.transport.take())
    device.close()
    return {"changes": len(workload.changes), "accepted": accepted,
            "batch_size": PUSH_BATCH, "seconds": round(seconds, 2),
            "changes_per_s": round(len(workload.changes) / seconds, 1),
            "push_latency": summary(latencies),
            "wire_bytes_per_change": round(traffic["total_bytes"] / len(workload.changes), 1),
            "wire": traffic}, credentials


def copy_baseline(server: Server, cluster: PostgresCluster, workload: Workload,
                  device_id: str) -> dict[str, Any]:
    """The same changes written with COPY into the same ``changes`` table, under a second
    organisation and new change ids (change ids are unique), then deleted again."""
    import psycopg

    rows: list[tuple[Any, ...]] = []
    now = datetime.now(UTC)
    org_id = uuid.uuid4()
    for change in workload.changes:
        rows.append((uuid.uuid4(), org_id, uuid.UUID(change.case_id),
                     uuid.UUID(change.record_id), change.kind, change.op,
                     encode(change_to_json(change)), change.stamp.encode(), change.author,
                     uuid.UUID(device_id), now))
    libpq = cluster.libpq_url("fieldcase_bench")
    with psycopg.connect(libpq, autocommit=True) as conn:
        conn.execute("INSERT INTO organisations (id, name, created_at) VALUES (%s, %s, %s)",
                     (org_id, "Bench COPY baseline", now))
        started = time.perf_counter()
        with conn.transaction(), conn.cursor() as cursor, cursor.copy(
                "COPY changes (change_id, org_id, case_id, record_id, kind, op, payload, hlc, "
                "author, device_id, accepted_at) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        seconds = time.perf_counter() - started
        conn.execute("DELETE FROM changes WHERE org_id = %s", (org_id,))
        conn.execute("DELETE FROM organisations WHERE id = %s", (org_id,))
        conn.execute("VACUUM ANALYZE changes")
    return {"changes": len(rows), "seconds": round(seconds, 2),
            "changes_per_s": round(len(rows) / seconds, 1),
            "note": "one COPY in one transaction from this process (psycopg 3), same table, "
                    "second organisation, new change ids; payloads encoded beforehand"}


def stored_case_count(session: Session) -> int:
    return int(session.store.raw.execute("SELECT count(*) FROM cases").fetchone()[0])


def timed_sync(session: Session, transport: CountingTransport) -> tuple[float, Any,
                                                                         list[Exchange]]:
    started = time.perf_counter()
    report = sync_service.sync_now(session, transport=transport)
    return time.perf_counter() - started, report, transport.take()


def initial_pull(session: Session, transport: CountingTransport, count: int) -> dict[str, Any]:
    seconds, report, exchanges = timed_sync(session, transport)
    held = stored_case_count(session)
    traffic = wire(exchanges)
    return {"cases": count, "cases_in_store": held, "changes_pulled": report.pulled,
            "seconds": round(seconds, 2), "cases_per_s": round(count / seconds, 1),
            "server_seconds": round(sum(e.seconds for e in exchanges), 2),
            "wire": traffic, "wire_bytes_per_case": round(traffic["total_bytes"] / count, 1)}


def noop(session: Session, transport: CountingTransport, rounds: int,
         root: Path) -> dict[str, Any]:
    """``rounds`` no-op syncs, each followed by one exchange with a bare endpoint on the same
    server stack (``benchmarks/bare_endpoint.py``): a request of the same size, signed headers
    included, sent by a keep-alive client like the laptop's. Taken turn about, so the load of
    the moment weighs on both alike."""
    samples: list[float] = []
    exchanges: list[Exchange] = []
    bare_transport = CountingTransport()
    bare_process, bare_url = start_bare_endpoint(root)
    signer = RequestSigner(DeviceKey.generate(), "bare", "")
    try:
        with httpx.Client(base_url=bare_url, transport=bare_transport) as bare:
            for _ in range(rounds):
                seconds, report, took = timed_sync(session, transport)
                if report.pushed or report.pulled:
                    raise RuntimeError("a no-op sync moved changes")
                samples.append(seconds)
                exchanges += took
                body = b"x" * took[-1].request_body
                bare.post(bare_endpoint.PATH, content=body, headers={
                    "Content-Type": "application/json", "Content-Encoding": "zstd",
                    "Accept-Encoding": "zstd",
                    **signer.headers("POST", bare_endpoint.PATH, body)}).raise_for_status()
    finally:
        bare_process.terminate()
        bare_process.wait(timeout=15)
    per_sync = wire(exchanges)
    return {"rounds": rounds, "sync_now": summary(samples),
            "http_exchange": summary([e.seconds for e in exchanges]),
            "bare_endpoint_exchange": summary([e.seconds for e in bare_transport.take()]),
            "requests_per_sync": per_sync["requests"] / rounds,
            "paths": per_sync["paths"],
            "bytes_per_sync": round(per_sync["total_bytes"] / rounds, 1),
            "request_bytes_per_sync": round(per_sync["request_bytes"] / rounds, 1),
            "response_bytes_per_sync": round(per_sync["response_bytes"] / rounds, 1)}


def start_bare_endpoint(root: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, str(Path(bare_endpoint.__file__)), str(port)], cwd=root,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            httpx.post(url + bare_endpoint.PATH, content=b"{}", timeout=2)
            return process, url
        except httpx.TransportError:
            time.sleep(0.1)
    process.terminate()
    raise RuntimeError("the bare endpoint did not start within 30 s")


def incremental(server: Server, session: Session, transport: CountingTransport,
                seeder: Credentials, workload: Workload, rounds: int) -> dict[str, Any]:
    rng = random.Random(7)
    device = LightDevice(server.url, seeder)
    new_id = IdFactory().new
    stamp = StampSource("bench-seeder")
    samples: list[float] = []
    for round_ in range(1, rounds + 1):  # one sample is at the mercy of the machine's load
        # at most half the cases, so the laptop's own edits below have cases left to take
        chosen = rng.sample(workload.case_ids, k=min(100, len(workload.case_ids) // 2))
        remote = edits_for(chosen, workload.heads, new_id, stamp, SUPERVISOR,
                           workload.note_fields, round_)
        answer = device.push(remote)
        if answer.rejected:
            raise RuntimeError(f"incremental edits rejected: {answer.rejected[:3]}")
        seconds, report, exchanges = timed_sync(session, transport)
        samples.append(seconds)
    device.close()
    pulled = {"cases": len(chosen), "changes": len(remote), "changes_pulled": report.pulled,
              "rounds": rounds, "seconds": round(statistics.median(samples), 3),
              "samples_s": [round(x, 3) for x in samples],
              "server_seconds_last": round(sum(e.seconds for e in exchanges), 3),
              "wire": wire(exchanges)}
    untouched = [c for c in workload.case_ids if c not in set(chosen)]
    mine = rng.sample(untouched, k=min(100, len(untouched)))
    for number, case_id in enumerate(mine):
        shown = case_service.show_case(session, case_id).document
        risk = next(r for r in RISKS if r != shown["case"].get("risk_level"))
        case_service.update_case(session, case_id, {
            "case": {"risk_level": risk},
            "notes": [*shown.get("notes", []),
                      {"text": f"follow-up call {number}", "confidential": False,
                       "author": LAPTOP_USER, "written_at": "2026-11-30T09:00:00Z"}]})
    outbox = sync_state.pending(session.store, after=0, limit=100_000)
    fields = sum(len(e.change.fields) for e in outbox if e.change is not None)
    seconds, report, exchanges = timed_sync(session, transport)
    push_exchanges = [e for e in exchanges if e.path.endswith("/push")]
    push_body = sum(e.request_body for e in push_exchanges)
    push_total = sum(e.request_bytes + e.response_bytes for e in push_exchanges)
    pushed = {"cases": len(mine), "changes_pushed": report.pushed, "changed_fields": fields,
              "seconds": round(seconds, 3), "wire": wire(exchanges),
              "push_request_body_bytes": push_body,
              "bytes_per_changed_field_body": round(push_body / max(1, fields), 1),
              "bytes_per_changed_field_exchange": round(push_total / max(1, fields), 1)}
    return {"pull": pulled, "push": pushed}


# -- concurrent simulated devices ------------------------------------------------------------


@dataclass
class DeviceLoad:
    credentials: Credentials
    case_ids: list[str]
    heads: dict[tuple[str, str], dict[str, Stamp]]


def _device_loop(url: str, load: DeviceLoad, until: float, think_s: float, seed: int,
                 out: dict[str, Any]) -> None:
    rng = random.Random(seed)
    device = LightDevice(url, load.credentials)
    stamp = StampSource(f"sim-{load.credentials.user}")
    new_id = IdFactory().new
    push_s: list[float] = []
    pull_s: list[float] = []
    acknowledged: list[str] = []
    errors: list[str] = []
    round_ = 0
    note = {"text": "checked in at the centre", "confidential": False,
            "author": load.credentials.user, "written_at": "2026-11-30T08:00:00Z"}
    while time.monotonic() < until:
        round_ += 1
        edits = edits_for(rng.sample(load.case_ids, k=2), load.heads, new_id, stamp,
                          load.credentials.user, note, round_)
        try:
            began = time.perf_counter()
            answer = device.push(edits)
            push_s.append(time.perf_counter() - began)
            acknowledged += answer.accepted
            if answer.rejected:
                errors.append(f"rejected {answer.rejected[0].reason}")
            began = time.perf_counter()
            device.pull_all()
            pull_s.append(time.perf_counter() - began)
        except Exception as error:  # counted and reported, the loop goes on
            errors.append(f"{type(error).__name__}: {error}"[:200])
        time.sleep(rng.uniform(0.5, 1.5) * think_s)
    statuses = [e.status for e in device.transport.take()]
    device.close()
    out.update(push=push_s, pull=pull_s, acknowledged=acknowledged, errors=errors,
               server_errors=sum(1 for s in statuses if s >= 500), requests=len(statuses))


def _process_main(url: str, loads: list[DeviceLoad], until: float, think_s: float,
                  pipe: Any) -> None:
    results: list[dict[str, Any]] = [{} for _ in loads]
    threads = [threading.Thread(target=_device_loop,
                                args=(url, load, until, think_s, index, results[index]))
               for index, load in enumerate(loads)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    pipe.send(results)


def prepare_devices(server: Server, count: int) -> list[DeviceLoad]:
    """Enrol ``count`` simulated devices and give each five cases of its own."""
    loads: list[DeviceLoad] = []
    new_id = IdFactory().new
    for number in range(1, count + 1):
        user = f"bench.w{number}"
        prefix = f"DEV{number:05d}"
        credentials = enrol_light(server, user, prefix)
        device = LightDevice(server.url, credentials)
        stamp = StampSource(f"sim-{user}")
        heads: dict[tuple[str, str], dict[str, Stamp]] = {}
        created: list[Change] = []
        case_ids: list[str] = []
        for raw in generate_cases(5, seed=1000 + number, today=TODAY, sites=[SITE]):
            raw_case = dict(raw["case"])  # type: ignore[call-overload]
            raw_case.update(assigned_to=user, status="open", case_number=None)
            doc = parse_case_document({**raw, "case": raw_case}, today=TODAY)
            as_json = assign_ids(doc, new_id).to_json()
            as_json["case"]["case_number"] = format_case_number(prefix, len(case_ids) + 1)
            case_ids.append(as_json["id"])
            made = stamp()
            for record in flatten(as_json).values():
                created.append(edit_change(None, record.fields, change_id=new_id(),
                                           case_id=as_json["id"], record_id=record.record_id,
                                           kind=record.kind, stamp=made, author=user))
                heads[(as_json["id"], record.record_id)] = dict.fromkeys(record.fields, made)
        answer = device.push(created)
        device.close()
        if answer.rejected:
            raise RuntimeError(f"{user}: own cases rejected: {answer.rejected[:3]}")
        loads.append(DeviceLoad(credentials, case_ids, heads))
    return loads


def _cpu_fields(pid: int) -> list[int] | None:
    """utime, stime, cutime, cstime (clock ticks) and the parent pid from /proc, or None."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = text[text.rindex(")") + 2:].split()
    return [int(fields[i]) for i in (11, 12, 13, 14, 1)]


def tree_cpu_s(pid: int | None) -> float:
    """CPU seconds used so far by a process, its ended children and its living ones (the
    server's worker processes; PostgreSQL's backends). Unlike latencies, CPU time hardly moves
    with what else the machine runs, so it says what a request costs on a quiet machine too."""
    if pid is None:
        return 0.0
    own = _cpu_fields(pid)
    if own is None:
        return 0.0
    ticks = sum(own[:4])
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            child = _cpu_fields(int(entry.name))
            if child is not None and child[4] == pid:
                ticks += sum(child[:4])
    return ticks / os.sysconf("SC_CLK_TCK")


def _ended_children_cpu_s() -> float:
    """CPU seconds of this process's children that have ended and been joined."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_devices(server: Server, loads: list[DeviceLoad], seconds: float,
                think_s: float) -> dict[str, Any]:
    context = multiprocessing.get_context("fork")
    cpu_before = (tree_cpu_s(server.process.pid), tree_cpu_s(server.database_pid),
                  _ended_children_cpu_s())
    processes = min(len(loads), max(1, (os.cpu_count() or 2) * 2))
    groups = [loads[i::processes] for i in range(processes)]
    until = time.monotonic() + seconds
    pipes, children = [], []
    for group in groups:
        receiver, sender = context.Pipe(duplex=False)
        child = context.Process(target=_process_main,
                                args=(server.url, group, until, think_s, sender))
        child.start()
        sender.close()
        pipes.append(receiver)
        children.append(child)
    results: list[dict[str, Any]] = []
    for receiver in pipes:
        results += receiver.recv()
    for child in children:
        child.join()
    server_cpu = tree_cpu_s(server.process.pid) - cpu_before[0]
    database_cpu = tree_cpu_s(server.database_pid) - cpu_before[1]
    devices_cpu = _ended_children_cpu_s() - cpu_before[2]  # the simulated devices, joined
    requests = sum(r["requests"] for r in results)
    push_s = [s for r in results for s in r["push"]]
    pull_s = [s for r in results for s in r["pull"]]
    acknowledged = [cid for r in results for cid in r["acknowledged"]]
    errors = [e for r in results for e in r["errors"]]
    check = check_feed(server, acknowledged)
    return {"devices": len(loads), "seconds": seconds, "think_s_mean": think_s,
            "rounds": len(push_s),
            "push": summary(push_s), "pull": summary(pull_s),
            "requests_per_s": round(requests / seconds, 1),
            "server_cpu_ms_per_request": round(server_cpu * 1000 / max(1, requests), 2),
            "database_cpu_ms_per_request": round(database_cpu * 1000 / max(1, requests), 2),
            # the devices share the server's two cores here; on a real site each is a laptop
            "devices_cpu_ms_per_request": round(devices_cpu * 1000 / max(1, requests), 2),
            "changes_per_s": round(len(acknowledged) / seconds, 1),
            "acknowledged": len(acknowledged), "errors": len(errors),
            "error_samples": errors[:5],
            "server_errors_5xx": sum(r["server_errors"] for r in results), **check}


def check_feed(server: Server, acknowledged: Sequence[str]) -> dict[str, Any]:
    """Every acknowledged change id is in the feed exactly once (nothing lost, nothing twice)."""
    import sqlalchemy as sa

    from fieldcase.server.db import changes

    wanted = {uuid.UUID(c) for c in acknowledged}
    found: list[uuid.UUID] = []
    engine = server.engine()
    try:
        with engine.connect() as conn:
            ids = sorted(wanted)
            for start in range(0, len(ids), 2000):
                found += [row[0] for row in conn.execute(
                    sa.select(changes.c.change_id).where(
                        changes.c.change_id.in_(ids[start:start + 2000])))]
    finally:
        engine.dispose()
    return {"acknowledged_twice": len(acknowledged) - len(wanted),
            "lost": len(wanted - set(found)), "in_feed_twice": len(found) - len(set(found))}


# -- one backend ---------------------------------------------------------------------------------


def run_backend(backend: str, root: Path, cluster: PostgresCluster | None, workload: Workload,
                args: argparse.Namespace) -> dict[str, Any]:
    levels = [int(n) for n in args.devices.split(",") if n]  # "": no concurrency phase
    most = max([*levels, 50 if args.soak else 0])
    progress(f"{backend}: starting the server")
    server = start(backend, root, cluster, most, args.workers)
    result: dict[str, Any] = {}
    session: Session | None = None
    try:
        progress(f"{backend}: seeding {len(workload.case_ids)} cases "
                 f"({len(workload.changes)} changes)")
        result["seed_push"], seeder = seed(server, workload)
        progress(f"{backend}: push {result['seed_push']['changes_per_s']} changes/s")
        if backend == "postgresql":
            assert cluster is not None
            result["copy_baseline"] = copy_baseline(server, cluster, workload,
                                                    seeder.device_id)
            progress(f"{backend}: COPY {result['copy_baseline']['changes_per_s']} changes/s")
        session, transport = laptop(server, root / f"laptop-{backend}")
        progress(f"{backend}: initial pull")
        result["initial_pull"] = initial_pull(session, transport, len(workload.case_ids))
        progress(f"{backend}: initial pull {result['initial_pull']['seconds']} s")
        result["noop"] = noop(session, transport, args.noop_rounds, root)
        progress(f"{backend}: no-op p95 {result['noop']['sync_now'].get('p95_ms')} ms, "
                 f"HTTP exchange {result['noop']['http_exchange'].get('p95_ms')} ms, "
                 f"bare endpoint {result['noop']['bare_endpoint_exchange'].get('p95_ms')} ms")
        result["incremental"] = incremental(server, session, transport, seeder, workload,
                                            args.incremental_rounds)
        progress(f"{backend}: incremental done")
        loads = prepare_devices(server, most)
        result["concurrency"] = {}
        for level in levels:
            progress(f"{backend}: {level} concurrent devices for {args.level_seconds} s")
            result["concurrency"][str(level)] = run_devices(
                server, loads[:level], args.level_seconds, args.think_ms / 1000)
        if args.soak:
            progress(f"{backend}: soak, 50 devices for {args.soak} s")
            result["soak"] = run_devices(server, loads[:50], args.soak, args.think_ms / 1000)
    finally:
        if session is not None:
            session.close()
        log = stop(server.process)
        result["server_log_tracebacks"] = log.count("Traceback")
        result["server_log_5xx"] = sum(1 for line in log.splitlines()
                                       if '" 5' in line and "HTTP/1.1" in line)
        if cluster is not None and backend == "postgresql":
            cluster.drop_database("fieldcase_bench")
    return result


# -- the report ----------------------------------------------------------------------------------


def versions(cluster: PostgresCluster | None) -> dict[str, str]:
    from importlib.metadata import version

    import sqlcipher3

    found = {name: version(name) for name in ("httpx", "uvicorn", "fastapi", "sqlalchemy",
                                              "psycopg", "zstandard", "sqlcipher3")}
    connection = sqlcipher3.connect(":memory:")
    connection.execute("PRAGMA key = \"x'" + "00" * 32 + "'\"")
    found["sqlcipher"] = connection.execute("PRAGMA cipher_version").fetchone()[0]
    connection.close()
    import sqlite3
    found["server_sqlite"] = sqlite3.sqlite_version
    if cluster is not None:
        import psycopg
        with psycopg.connect(cluster.libpq_url()) as conn:
            row = conn.execute("SHOW server_version").fetchone()
            found["postgresql"] = str(row[0]) if row else "unknown"
    found["source"] = source_revision()
    return found


def targets(runs: dict[str, dict[str, Any]], full_scale: bool) -> dict[str, Any]:
    checks: dict[str, tuple[str, Any, bool]] = {}
    pg = runs.get("postgresql")
    if pg is not None and "copy_baseline" in pg:
        ratio = pg["seed_push"]["changes_per_s"] / pg["copy_baseline"]["changes_per_s"]
        checks["push_vs_copy_postgresql"] = (">= 0.3", round(ratio, 3), ratio >= 0.3)
    for backend, run in runs.items():
        if "noop" in run:
            p95 = run["noop"]["sync_now"]["p95_ms"]
            checks[f"noop_sync_p95_ms_{backend}"] = ("<= 10", p95, p95 <= 10)
            size = run["noop"]["bytes_per_sync"]
            checks[f"noop_sync_bytes_{backend}"] = ("<= 1024", size, size <= 1024)
        if "incremental" in run:
            pulled = run["incremental"]["pull"]
            checks[f"incremental_pull_s_{backend}"] = ("<= 0.3 (median)", pulled["seconds"],
                                                       pulled["seconds"] <= 0.3)
            size = pulled["wire"]["total_bytes"]
            checks[f"incremental_pull_bytes_{backend}"] = ("<= 8192", size, size <= 8192)
            per_field = run["incremental"]["push"]["bytes_per_changed_field_body"]
            checks[f"bytes_per_changed_field_{backend}"] = ("<= 120", per_field,
                                                           per_field <= 120)
        if "initial_pull" in run:
            seconds = run["initial_pull"]["seconds"]
            scale = run["initial_pull"]["cases"] / 10_000
            checks[f"initial_pull_10k_s_{backend}"] = (
                "<= 15" if full_scale else f"<= {15 * scale:g} (15 s scaled to "
                f"{run['initial_pull']['cases']} cases)", seconds, seconds <= 15 * scale)
        for name in ("soak", *(f"concurrency.{k}" for k in run.get("concurrency", {}))):
            level = run.get("soak") if name == "soak" else run["concurrency"][name.split(".")[1]]
            if level is None:
                continue
            clean = (level["server_errors_5xx"] == 0 and level["lost"] == 0
                     and level["in_feed_twice"] == 0 and level["errors"] == 0)
            checks[f"{name}_{backend}_push_p95_ms"] = ("<= 1000", level["push"].get("p95_ms"),
                                                       (level["push"].get("p95_ms") or 0) <= 1000)
            checks[f"{name}_{backend}_clean"] = ("no 5xx, no error, nothing lost or twice",
                                                 clean, clean)
    report = {name: {"target": t, "value": v, "pass": ok} for name, (t, v, ok) in checks.items()}
    report["all_pass"] = all(ok for _, _, ok in checks.values())
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true",
                        help="smoke run: 1,000 cases, 5 s per concurrency level")
    parser.add_argument("--cases", type=int, default=None, help="cases to seed (10000)")
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--devices", default="1,10,50",
                        help='concurrency levels ("": none)')
    parser.add_argument("--level-seconds", type=float, default=None,
                        help="seconds per concurrency level (30; quick: 5)")
    parser.add_argument("--think-ms", type=float, default=500,
                        help="mean pause of a simulated device between rounds (500)")
    parser.add_argument("--noop-rounds", type=int, default=None, help="no-op syncs (200)")
    parser.add_argument("--incremental-rounds", type=int, default=5,
                        help="incremental pulls of 100 changed cases, median reported (5)")
    parser.add_argument("--soak", type=float, default=0,
                        help="also run 50 devices for this many seconds (default: off)")
    parser.add_argument("--workers", type=int, default=1,
                        help="server processes (serve --workers; more than 1: PostgreSQL only)")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--dir", type=Path, default=None)
    parser.add_argument("--keep", action="store_true")
    parser.add_argument("--reference", choices=["pouchdb"], default=None,
                        help="also replicate the same case documents with PouchDB "
                        "(benchmarks/pouchdb_reference.py; needs node and npm)")
    args = parser.parse_args(argv)
    args.cases = args.cases or (1000 if args.quick else 10_000)
    args.level_seconds = args.level_seconds or (5.0 if args.quick else 30.0)
    args.noop_rounds = args.noop_rounds or (30 if args.quick else 200)
    backends = [b for b in args.backends.split(",") if b]
    if not set(backends) <= {"sqlite", "postgresql"}:
        parser.error("--backends: sqlite and/or postgresql")
    if args.workers > 1 and "sqlite" in backends:
        parser.error("--workers: more than one server process needs --backends postgresql")

    root = Path(tempfile.mkdtemp(prefix="fieldcase-sync-bench-", dir=args.dir))
    os.environ.setdefault("HOME", str(root))  # profiles never touch a real home
    cluster = None
    try:
        load_before = [round(x, 2) for x in os.getloadavg()]
        started = time.perf_counter()
        progress(f"preparing {args.cases} synthetic cases")
        documents = root / "pouchdb-cases.jsonl"  # deleted by pouchdb_reference.run
        with (pouchdb_reference.exporting(documents) if args.reference else nullcontext()) as out:
            workload = prepare(args.cases, args.seed, out)
        # The workload (every seeded change, kept for the later phases: 200,000 objects and
        # more at 10,000 cases) is the benchmark's, not the laptop's. Frozen out of the cycle
        # collector's sight, a full collection during a timed sync walks what the laptop's
        # process holds rather than the benchmark's own data (0.2-0.5 s a collection at
        # 1,000 cases, charged to whichever sync it fell in).
        gc.collect()
        gc.freeze()
        if "postgresql" in backends:
            progress("starting a throw-away PostgreSQL cluster")
            cluster = start_cluster()
        runs = {backend: run_backend(backend, root, cluster, workload, args)
                for backend in backends}
        reference: dict[str, Any] = {}
        if args.reference:
            progress("PouchDB reference: the same case documents")
            pouchdb = pouchdb_reference.run(documents, root / "pouchdb", args.noop_rounds)
            reference = {"pouchdb": pouchdb,
                         "beside_fieldcase": pouchdb_reference.compare(runs, pouchdb)}
        report: dict[str, Any] = {
            "benchmark": "fieldcase sync",
            "date": datetime.now(UTC).isoformat(timespec="seconds"),
            "duration_s": round(time.perf_counter() - started),
            "machine": {**machine(), "load_average_at_start": load_before},
            "versions": versions(cluster),
            "workload": {"seed": args.seed, "quick": args.quick, "think_ms": args.think_ms,
                         "level_seconds": args.level_seconds, "soak_s": args.soak,
                         "server_processes": args.workers,
                         **workload.facts},
            "targets": targets(runs, args.cases >= 10_000),
            "runs": runs,
            **({"reference": reference} if reference else {}),
        }
        json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    finally:
        if cluster is not None:
            cluster.stop()
            shutil.rmtree(cluster.root, ignore_errors=True)
        (root / "pouchdb-cases.jsonl").unlink(missing_ok=True)  # even with --keep
        if args.keep:
            progress(f"kept {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
