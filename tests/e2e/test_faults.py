"""Sync through a faulty network: real ``fieldcase-server`` processes, real HTTP, three laptops.

Every laptop talks to the server through :mod:`tests.e2e.fault_proxy`, which drops requests,
drops answers after the server committed, duplicates, delays and reorders requests, truncates
bodies, and kills the server mid-batch. A laptop is also killed (SIGKILL, in a child process)
between the server's acknowledgement and its own bookkeeping.

Each scenario: a worker (amina) and two supervisors (selam, dawit) of one team share two cases;
offline, each sets the same field differently, sets a field of its own and writes a note on
each case, and amina registers a new case. They sync through the fault (a failed sync is
retried, a bounded number of times), then twice cleanly. Then, on every laptop: the same cases
(``show_case`` JSON), every note exactly once, no record id twice, each laptop's own field as
written, one conflict holding all three values with the same id everywhere, empty outboxes
and quarantines; on the server, each note stored once.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import textwrap
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from tests.e2e.fault_proxy import FaultProxy, Rule
from tests.pg import PostgresCluster, free_port
from tests.server_process import admin, server_env, wait_healthy

from fieldcase.server import admin as server_admin
from fieldcase.server.db import create_engine
from fieldcase.services import cases, profile
from fieldcase.services import sync as sync_service
from fieldcase.services.session import Session
from fieldcase.storage import sync_state
from fieldcase.storage.keyslots import KdfParams
from fieldcase.sync.client import RetryPolicy
from fieldcase.sync.errors import SyncError

KDF = KdfParams.insecure_for_tests()
SERVER_PASSPHRASE = "server side passphrase long"
DEVICE_PASSPHRASE = "device side passphrase long"
CODE = re.compile(r"\b[0-9A-Z]{5}-[0-9A-Z]{5}\b")
CHEAP_HASH = server_admin.PassphraseHasher.insecure_for_tests()
FAST_RETRY = RetryPolicy(attempts=3, base_seconds=0.01, cap_seconds=0.05)
SYNC_ATTEMPTS = 8
ORG, TEAM, SITE = "Border Aid", "lamp", "LAMP-01"


# -- a real server process that can be killed and restarted on the same port ----------------

@dataclass
class ServerProcess:
    cwd: Path
    database_args: tuple[str, ...]
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None
    logs: list[str] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, *, wait: bool = True) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "fieldcase.server.cli", "serve", "--port", str(self.port),
             *self.database_args],
            cwd=self.cwd, env=server_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        if wait:
            self.wait()

    def wait(self) -> None:
        assert self.process is not None
        wait_healthy(self.process, self.port)

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def kill(self) -> None:
        """SIGKILL, as a crash or the OOM killer would: no graceful shutdown."""
        if self.process is not None:
            self.process.kill()
            _, log = self.process.communicate(timeout=15)
            self.logs.append(log.decode(errors="replace"))
            self.process = None

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            _, log = self.process.communicate(timeout=15)
            self.logs.append(log.decode(errors="replace"))
            self.process = None

    def admin(self, *args: str, passphrase: str | None = None) -> str:
        return admin(self.cwd, *args, *self.database_args, passphrase=passphrase)

    def log_problems(self) -> list[str]:
        return [line for log in self.logs for line in log.splitlines()
                if "Traceback" in line or "ERROR" in line]


def set_up_organisation(server: ServerProcess, users: dict[str, str]) -> None:
    """The organisation, team and users, written in-process with a cheap passphrase hash (the
    ``org``/``team``/``user create`` commands are tested elsewhere and cost a second each)."""
    engine = create_engine(database_url(server))
    now = datetime.now(UTC)
    try:
        with engine.begin() as conn:
            org_id = server_admin.create_org(conn, ORG, now=now)
            server_admin.create_team(conn, org_id, SITE, TEAM)
            for user, role in users.items():
                server_admin.create_user(conn, org_id, user, role=role, team=TEAM,
                                         passphrase=SERVER_PASSPHRASE, hasher=CHEAP_HASH,
                                         now=now)
    finally:
        engine.dispose()


def enrolment_codes(server: ServerProcess, users: list[str]) -> list[str]:
    def one(user: str) -> str:
        found = CODE.search(server.admin("enroll-code", "--user", user))
        assert found, "enroll-code printed no code"
        return found.group(0)

    with ThreadPoolExecutor(max_workers=2) as pool:
        return list(pool.map(one, users))


def database_url(server: ServerProcess) -> str:
    if server.database_args:
        return server.database_args[1]
    return f"sqlite:///{server.cwd / 'fieldcase-server-data' / 'fieldcase-server.db'}"


def server_record_count(server: ServerProcess, case_id: str, kind: str) -> int:
    engine = sa.create_engine(database_url(server))
    try:
        with engine.connect() as conn:
            query = sa.text("SELECT count(*) FROM records WHERE case_id = :c AND kind = :k"
                            ).bindparams(sa.bindparam("c", type_=sa.Uuid))
            return int(conn.execute(query, {"c": uuid.UUID(case_id), "k": kind}).scalar_one())
    finally:
        engine.dispose()


# -- laptops ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Laptop:
    folder: Path
    user: str
    role: str

    def open(self, now: Callable[[], Any] | None = None) -> Session:
        return profile.unlock(self.folder, user=self.user, passphrase=DEVICE_PASSPHRASE,
                              kdf=KDF, now=now)


def make_laptops(root: Path, server_urls: list[str], codes: list[str],
                 people: list[tuple[str, str]]) -> list[Laptop]:
    laptops = []
    for number, ((user, role), url, code) in enumerate(zip(people, server_urls, codes,
                                                           strict=True)):
        folder = root / f"laptop-{number}-{user}"
        profile.create_profile(folder, user=user, passphrase=DEVICE_PASSPHRASE, role=role,
                               team=TEAM, site=SITE, kdf=KDF)
        laptop = Laptop(folder, user, role)
        session = laptop.open()
        try:
            sync_service.enroll(session, url, code)
        finally:
            session.close()
        laptops.append(laptop)
    return laptops


def sync_until_ok(session: Session, *, attempts: int = SYNC_ATTEMPTS,
                  on_error: Callable[[SyncError], None] | None = None,
                  batch_size: int = 500) -> list[str]:
    """Sync, retrying a failed round a bounded number of times; the kinds of the failures."""
    failures: list[str] = []
    for _ in range(attempts):
        try:
            sync_service.sync_now(session, retry=FAST_RETRY, batch_size=batch_size)
        except SyncError as error:
            failures.append(error.kind)
            if on_error is not None:
                on_error(error)
            continue
        return failures
    raise AssertionError(f"sync never succeeded in {attempts} rounds: {failures}")


def case_document(given: str, assigned_to: str = "amina") -> dict[str, object]:
    return {
        "person": {"given_name": given, "family_name": "Kidane", "sex": "male",
                   "age_estimate": 19, "nationality": "ERI", "languages": ["ti"]},
        "case": {"site": SITE, "stage": "transit", "assigned_to": assigned_to,
                 "opened_on": "2026-11-20"},
    }


def note(author: str, text: str) -> dict[str, object]:
    return {"notes": [{"text": text, "confidential": False, "author": author,
                       "written_at": "2026-11-30T08:00:00Z"}]}


def record_ids(document: dict[str, Any]) -> list[str]:
    return [item["id"] for value in document.values() if isinstance(value, list)
            for item in value if isinstance(item, dict) and "id" in item]


# -- one scenario: shared cases, concurrent offline edits, a faulty sync, two clean syncs ----

OWN_FIELD = {  # each laptop's own edit: (section, field, value)
    0: ("person", "age_estimate", 23),
    1: ("case", "stage", "destination"),
    2: ("person", "languages", ["ti", "ar"]),
}


@dataclass
class Scenario:
    laptops: list[Laptop]
    tag: str = field(default_factory=lambda: uuid.uuid4().hex[:6])
    shared: list[str] = field(default_factory=list)
    created: list[str] = field(default_factory=list)
    notes: dict[str, list[str]] = field(default_factory=dict)
    family_names: set[str] = field(default_factory=set)

    @property
    def case_ids(self) -> list[str]:
        return [*self.shared, *self.created]

    def share_cases(self, sessions: list[Session]) -> None:
        """amina registers two cases; everyone syncs cleanly and holds them."""
        worker = sessions[0]
        self.shared = [cases.create_case(worker, case_document(f"ዮሃንስ {self.tag} {n}")).case_id
                       for n in range(2)]
        self.notes = {case_id: [] for case_id in self.shared}
        for session in sessions:
            sync_until_ok(session)

    def edit_offline(self, sessions: list[Session]) -> None:
        for number, session in enumerate(sessions):
            user = session.actor.user
            family = f"Family {user} {self.tag}"
            self.family_names.add(family)
            section, name, value = OWN_FIELD[number]
            for index, case_id in enumerate(self.shared):
                text = f"note {self.tag} by {user} on {index}"
                self.notes[case_id].append(text)
                partial: dict[str, Any] = note(user, text)
                if index == 0:
                    partial["person"] = {"family_name": family}
                    partial.setdefault(section, {})[name] = value
                cases.update_case(session, case_id, partial)
        new = cases.create_case(sessions[0], {**case_document(f"Semhar {self.tag}"),
                                              **note("amina", f"new case {self.tag}")})
        self.created.append(new.case_id)
        self.notes[new.case_id] = [f"new case {self.tag}"]

    def converge(self, sessions: list[Session], rounds: int = 2) -> None:
        for _ in range(rounds):
            for session in sessions:
                sync_service.sync_now(session, retry=FAST_RETRY)

    def check(self, sessions: list[Session], server: ServerProcess) -> None:
        shown = {case_id: [cases.show_case(s, case_id).document for s in sessions]
                 for case_id in self.case_ids}
        for case_id, views in shown.items():
            assert all(view == views[0] for view in views), "every laptop holds the same case"
            texts = [n["text"] for n in views[0]["notes"]]
            assert sorted(texts) == sorted(self.notes[case_id]), "each note exactly once"
            ids = record_ids(views[0])
            assert len(ids) == len(set(ids)), "no record twice"
            assert server_record_count(server, case_id, "note") == len(self.notes[case_id])
        first = shown[self.shared[0]][0]
        for section, name, value in OWN_FIELD.values():
            assert first[section][name] == value, f"{section}.{name} kept"
        assert first["person"]["family_name"] in self.family_names
        conflicts = [sync_service.list_conflicts(s, self.shared[0]) for s in sessions]
        for found in conflicts:
            assert [c.field for c in found] == ["family_name"], "one conflict, on that field"
            assert {side.value for side in found[0].sides} == self.family_names
        assert len({found[0].conflict_id for found in conflicts}) == 1
        assert not any(sync_service.list_conflicts(s, self.shared[1]) for s in sessions)
        for session in sessions:
            assert sync_state.outbox_size(session.store) == 0
            refused = [(q.kind, q.reason) for q in sync_state.quarantined(session.store)
                       if q.case_id in self.case_ids]
            assert refused == [], "nothing quarantined"


# -- fixtures -----------------------------------------------------------------------------

PEOPLE = [("amina", "worker"), ("selam", "supervisor"), ("dawit", "supervisor")]


@dataclass
class World:
    """A server and three enrolled laptops for a module; ``proxy_port`` is where each test
    puts its own proxy (the laptops enrolled with that address)."""

    server: ServerProcess
    proxy_port: int
    laptops: list[Laptop]


@pytest.fixture(scope="module")
def module_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("faults")


def build_world(root: Path, database_args: tuple[str, ...]) -> Iterator[World]:
    server = ServerProcess(root, database_args)
    server.start()
    try:
        set_up_organisation(server, dict(PEOPLE))
        codes = enrolment_codes(server, [user for user, _ in PEOPLE])
        with FaultProxy(server.port) as proxy:
            laptops = make_laptops(root, [proxy.url] * len(PEOPLE), codes, PEOPLE)
        yield World(server, proxy.port, laptops)
    finally:
        server.stop()
    if server.log_problems():
        pytest.fail("the server logged errors:\n" + "\n".join(server.logs), pytrace=False)


@pytest.fixture(scope="module")
def sqlite_world(module_root: Path) -> Iterator[World]:
    folder = module_root / "sqlite"
    folder.mkdir()
    yield from build_world(folder, ())


@pytest.fixture(scope="module")
def pg_world(module_root: Path, pg_cluster: PostgresCluster) -> Iterator[World]:
    folder = module_root / "postgresql"
    folder.mkdir()
    name = f"fieldcase_faults_{uuid.uuid4().hex[:8]}"
    url = pg_cluster.create_database(name)
    try:
        yield from build_world(folder, ("--database-url", url))
    finally:
        pg_cluster.drop_database(name)


@dataclass
class Network:
    """What a test works with: the module's world and this test's own proxy in front of it."""

    server: ServerProcess
    proxy: FaultProxy
    laptops: list[Laptop]


@pytest.fixture
def world(request: pytest.FixtureRequest) -> Iterator[Network]:
    """The module's world on the back end the test asks for (``sqlite`` by default)."""
    backend = getattr(request, "param", "sqlite")
    running: World = request.getfixturevalue({"sqlite": "sqlite_world",
                                              "postgresql": "pg_world"}[backend])
    if not running.server.running:
        running.server.start()
    with FaultProxy(running.server.port, port=running.proxy_port) as proxy:
        yield Network(running.server, proxy, running.laptops)


@pytest.fixture
def sessions(world: Network) -> Iterator[list[Session]]:
    opened = [laptop.open() for laptop in world.laptops]
    try:
        yield opened
    finally:
        for session in opened:
            session.close()


def run_scenario(world: Network, sessions: list[Session], rules: list[Rule],
                 on_error: Callable[[SyncError], None] | None = None,
                 batch_size: int = 500) -> tuple[Scenario, list[str]]:
    scenario = Scenario(world.laptops)
    scenario.share_cases(sessions)
    scenario.edit_offline(sessions)
    world.proxy.add(*rules)
    failures: list[str] = []
    for session in sessions:
        failures += sync_until_ok(session, on_error=on_error, batch_size=batch_size)
    world.proxy.clear()
    scenario.converge(sessions)
    scenario.check(sessions, world.server)
    return scenario, failures


# -- the faults ---------------------------------------------------------------------------

PUSH, PULL = "/v1/sync/push", "/v1/sync/pull"

FAULTS: dict[str, Callable[[], list[Rule]]] = {
    # Within one round (the client retries) and across rounds (sync_now fails, retried).
    "dropped requests": lambda: [Rule("drop_request", PUSH, times=4),
                                 Rule("drop_request", PULL, skip=1, times=2)],
    "answers lost after the server committed": lambda: [
        Rule("drop_response", PUSH, times=4), Rule("drop_response", PULL, skip=1, times=3)],
    "duplicated requests, first answer relayed": lambda: [
        Rule("duplicate", PUSH, times=3), Rule("duplicate", PULL, times=2)],
    "duplicated requests, the replay refusal relayed": lambda: [
        Rule("duplicate", PUSH, times=2, relay="second"),
        Rule("duplicate", PULL, skip=2, times=1, relay="second")],
    "request delayed past its own retry": lambda: [
        Rule("delay", PUSH, times=2, hang_up=True, release_after=1),
        Rule("delay", PULL, skip=1, times=1, hang_up=True, release_after=1)],
    "truncated requests": lambda: [
        Rule("truncate_request", PUSH, times=1, keep=0.5),
        Rule("truncate_request", PUSH, times=2, keep=0.3, honest_length=False, skip=1),
        Rule("truncate_request", PULL, times=1, keep=0.5)],
    "truncated answers": lambda: [
        Rule("truncate_response", PUSH, times=1, keep=0.5),
        Rule("truncate_response", PUSH, skip=1, times=2, keep=0.6, honest_length=False),
        Rule("truncate_response", PULL, skip=2, times=2, keep=0.4)],
}


@pytest.mark.parametrize("fault", list(FAULTS))
def test_laptops_converge_through_a_faulty_network(fault: str, world: Network,
                                                   sessions: list[Session]) -> None:
    rules = FAULTS[fault]()
    _, failures = run_scenario(world, sessions, rules)
    assert all(rule.hits == rule.times for rule in rules), "every fault was injected"
    assert set(failures) <= {"offline", "protocol", "server", "auth"}, failures


@pytest.mark.parametrize("world", ["sqlite", "postgresql"], indirect=True)
def test_concurrent_duplicates_are_applied_once(world: Network, sessions: list[Session]) -> None:
    """The same signed push delivered twice at the same moment (a load balancer retrying)."""
    rules = [Rule("duplicate", PUSH, times=3, concurrent=True),
             Rule("duplicate", PULL, times=2, concurrent=True)]
    run_scenario(world, sessions, rules)
    assert all(rule.hits == rule.times for rule in rules)


@pytest.mark.parametrize("world", ["sqlite", "postgresql"], indirect=True)
def test_the_server_killed_mid_batch_restarts_and_nothing_is_lost(
        world: Network, sessions: list[Session]) -> None:
    """SIGKILL while the second push batch is in flight; restarted on the same database and
    port once the laptop has given up, and the laptops carry on."""
    killed = Rule("kill_server", PUSH, skip=1, kill_delay=0.02, on_kill=world.server.kill)
    restarts: list[float] = []

    def restart(_: SyncError) -> None:
        if not world.server.running:
            restarts.append(time.monotonic())
            world.server.start()

    # Three changes a batch: amina's outbox goes in two pushes, the second one killed.
    _, failures = run_scenario(world, sessions, [killed], on_error=restart, batch_size=3)
    assert killed.hits == 1 and len(restarts) == 1, (killed.hits, restarts)
    assert failures[0] in ("server", "offline"), failures


def test_a_new_case_split_over_two_push_batches_reaches_everyone(
        world: Network, sessions: list[Session]) -> None:
    """A worker's new case whose person record goes in one push and its case record in the
    next (small batches, or a push cut short): the server keeps it provisionally assigned to
    her (docs/sync.md, "Push"), so her case record, assigning it to herself at her site, must
    be accepted, not quarantined as ``forbidden`` (it was: the case then never reached the
    supervisors and stayed headless on the server)."""
    run_scenario(world, sessions, [], batch_size=2)


def test_laptops_converge_when_requests_arrive_out_of_order(world: Network,
                                                          sessions: list[Session]) -> None:
    """amina's push is held in the network while selam pushes and pulls, then delivered."""
    scenario = Scenario(world.laptops)
    scenario.share_cases(sessions)
    scenario.edit_offline(sessions)
    held = Rule("delay", PUSH, release_after=2)
    world.proxy.add(held)
    logged_before = len(world.proxy.log)
    with ThreadPoolExecutor(max_workers=1) as pool:
        # sessions are bound to the thread that opened them: amina's laptop gets its own.
        sessions[0].close()
        amina = pool.submit(reopen_and_sync, world.laptops[0])
        deadline = time.monotonic() + 10
        while held.hits == 0 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert held.hits == 1, "amina's push reached the network"
        sync_until_ok(sessions[1])
        assert amina.result(timeout=30) == []
    sessions[0] = world.laptops[0].open()
    world.proxy.clear()
    scenario.converge(sessions)
    scenario.check(sessions, world.server)
    faults = [fault for _, _, fault in world.proxy.log[logged_before:]]
    assert faults.index("delay") >= 2, "selam's push and pull were answered before it"


def reopen_and_sync(laptop: Laptop) -> list[str]:
    session = laptop.open()
    try:
        return sync_until_ok(session)
    finally:
        session.close()


# -- a laptop killed between the server's acknowledgement and its own bookkeeping -----------

CHILD = textwrap.dedent("""
    import os, sys
    from pathlib import Path
    from fieldcase.services import profile, sync
    from fieldcase.storage import sync_state
    from fieldcase.storage.keyslots import KdfParams

    acknowledge = sync_state.acknowledge

    def stalled(store, accepted):
        # The answer is in; the outbox is not yet updated. Say so and wait to be killed.
        print("acknowledged", len(accepted), flush=True)
        sys.stdin.readline()
        return acknowledge(store, accepted)

    sync_state.acknowledge = stalled
    session = profile.unlock(Path(sys.argv[1]), user=sys.argv[2],
                             passphrase=os.environ["DEVICE_PASSPHRASE"],
                             kdf=KdfParams.insecure_for_tests())
    sync.sync_now(session)
""")


def test_a_laptop_killed_after_the_acknowledgement_duplicates_nothing(
        world: Network, sessions: list[Session]) -> None:
    scenario = Scenario(world.laptops)
    scenario.share_cases(sessions)
    scenario.edit_offline(sessions)
    amina = world.laptops[0]
    sessions[0].close()
    relayed = Rule("notify", PUSH)
    world.proxy.add(relayed)
    env = {**os.environ, "DEVICE_PASSPHRASE": DEVICE_PASSPHRASE}
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(amina.folder), amina.user],
                             env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE)
    try:
        assert child.stdout is not None
        line = child.stdout.readline().decode()
        assert relayed.relayed.wait(10), "the push answer was relayed"
        assert line.startswith("acknowledged"), child.stderr.read() if child.stderr else ""
        child.send_signal(signal.SIGKILL)
    finally:
        child.kill()
        child.communicate(timeout=15)
    assert child.returncode == -signal.SIGKILL
    world.proxy.clear()

    sessions[0] = amina.open()
    assert sync_state.outbox_size(sessions[0].store) > 0, "killed before its bookkeeping"
    sync_until_ok(sessions[0])
    assert sync_state.outbox_size(sessions[0].store) == 0
    for session in sessions[1:]:
        sync_until_ok(session)
    scenario.converge(sessions)
    scenario.check(sessions, world.server)
