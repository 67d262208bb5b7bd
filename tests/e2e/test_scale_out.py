"""Three server processes on one PostgreSQL, real HTTP: ``fieldcase-server serve --workers 2``
on one port and a plain ``serve`` on another, as behind a load balancer. Every device sends its
requests to the two ports in turn, so each device's requests reach at least two processes.

- The feed: four workers push notes to their own cases, all at once, while two supervisors
  pull the team's feed in small pages, all at once. Each supervisor must receive every change
  any worker got acknowledged exactly once: no gap, no duplicate, however the pushes'
  transactions on three processes interleave with the pulls.
- The attempt limits: ten wrong enrolment codes from one address, five on each port, lock
  that address out on both (each process alone saw at most five: with a count per process
  the right code went through); five wrong server passphrases from one device, spread the
  same way, lock that device's sign-in on both. Another address and another device are not
  held up.

Writers and readers are light devices (``sync.client.SyncClient`` with a real enrolment and
signed, compressed requests, no encrypted store): the processes under test are the servers.
"""

from __future__ import annotations

import re
import threading
import uuid
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa
from tests.e2e.test_faults import SERVER_PASSPHRASE, SITE, ServerProcess, set_up_organisation
from tests.pg import PostgresCluster

from fieldcase.domain.hlc import Stamp
from fieldcase.domain.ids import IdFactory
from fieldcase.domain.merge import Change, edit_change
from fieldcase.server.db import changes, create_engine, users
from fieldcase.server.keys_file import load_key
from fieldcase.server.sync_store import issue_enrolment_code
from fieldcase.sync.client import RetryPolicy, SyncClient
from fieldcase.sync.enrolment import EnrolmentError, complete_enrolment, start_enrolment
from fieldcase.sync.errors import SyncError
from fieldcase.sync.protocol import PullRequest, PushRequest
from fieldcase.sync.signing import DeviceKey, RequestSigner

WRITERS = ("w1", "w2", "w3", "w4")
READERS = ("s1", "s2")
USERS = {**dict.fromkeys(WRITERS, "worker"), **dict.fromkeys(READERS, "supervisor"),
         "guesser": "worker", "bystander": "worker"}
ROUNDS = 10
PAGE = 4
"""Changes per pull page: small, so a pull ends between the pushes of one round."""
NO_RETRY = RetryPolicy(attempts=1)
WRONG_PASSPHRASE = "not the server passphrase at all"


@dataclass
class Deployment:
    servers: list[ServerProcess]
    root: Path

    @property
    def urls(self) -> list[str]:
        return [server.url for server in self.servers]

    @property
    def database_url(self) -> str:
        return self.servers[0].database_args[1]

    def code(self, user: str) -> str:
        keys = load_key(self.root / "fieldcase-server-data" / "server-key")
        engine = create_engine(self.database_url)
        try:
            with engine.begin() as conn:
                user_id = conn.execute(sa.select(users.c.id).where(users.c.name == user)
                                       ).scalar_one()
                return issue_enrolment_code(conn, keys, user_id, now=datetime.now(UTC))
        finally:
            engine.dispose()


@pytest.fixture(scope="module")
def deployment(tmp_path_factory: pytest.TempPathFactory,
               pg_cluster: PostgresCluster) -> Iterator[Deployment]:
    root = tmp_path_factory.mktemp("scale-out")
    name = f"fieldcase_scale_{uuid.uuid4().hex[:8]}"
    url = pg_cluster.create_database(name)
    # One folder, so one server key file: every process signs sessions and answers alike.
    servers = [ServerProcess(root, ("--database-url", url, "--workers", "2")),
               ServerProcess(root, ("--database-url", url))]
    try:
        servers[0].start()  # the parent makes the key file before its workers start
        servers[1].start()
        set_up_organisation(servers[0], USERS)
        yield Deployment(servers, root)
    finally:
        for server in servers:
            server.stop()
        pg_cluster.drop_database(name)
    workers = set(re.findall(r"Started server process \[(\d+)\]", servers[0].logs[0]))
    assert len(workers) == 2, "serve --workers 2 did not start two server processes"
    problems = [p for server in servers for p in server.log_problems()]
    if problems:
        pytest.fail("a server logged errors:\n" + "\n".join(problems), pytrace=False)


@dataclass
class LightDevice:
    """An enrolled device without a store; its requests go to each server in turn."""

    user: str
    device_id: str
    clients: list[SyncClient]
    cursor: str = ""
    sent: int = 0
    counter: int = 0
    ids: IdFactory = field(default_factory=IdFactory)

    def next_client(self) -> SyncClient:
        self.sent += 1
        return self.clients[self.sent % len(self.clients)]

    def stamp(self) -> Stamp:
        self.counter += 1
        return Stamp(int(datetime.now(UTC).timestamp() * 1000), self.counter, self.device_id)

    def change(self, case_id: str, record_id: str, kind: str, values: dict[str, object]
               ) -> Change:
        return edit_change(None, values, change_id=self.ids.new(), case_id=case_id,
                           record_id=record_id, kind=kind, stamp=self.stamp(), author=self.user)

    def push(self, batch: list[Change]) -> list[str]:
        answer = self.next_client().push(PushRequest(self.device_id, self.ids.new(),
                                                     tuple(batch)))
        assert answer.rejected == (), answer.rejected
        return list(answer.accepted)

    def pull(self) -> tuple[list[str], bool]:
        page = self.next_client().pull(PullRequest(self.cursor, PAGE))
        self.cursor = page.next_cursor
        return [c.change_id for c in (*page.entries, *page.purges)], page.more

    def pull_until_caught_up(self) -> list[str]:
        received: list[str] = []
        more = True
        while more:
            got, more = self.pull()
            received += got
        return received

    def close(self) -> None:
        for client in self.clients:
            client.close()


def enrol(deployment: Deployment, user: str, via: int = 0) -> LightDevice:
    pending = start_enrolment(deployment.code(user), f"light {user}")
    with SyncClient(deployment.urls[via], retry=NO_RETRY) as client:
        enrolment = complete_enrolment(pending, client.enrol(pending.request_body))
    signer = RequestSigner(DeviceKey(enrolment.device_private_key), enrolment.device_id,
                           enrolment.session_token)
    return LightDevice(user, enrolment.device_id,
                       [SyncClient(url, signer=signer, retry=NO_RETRY, timeout=120)
                        for url in deployment.urls])


def test_the_feed_has_no_gap_and_no_duplicate_across_processes(deployment: Deployment
                                                                ) -> None:
    writers = [enrol(deployment, user, via=n % 2) for n, user in enumerate(WRITERS)]
    readers = [enrol(deployment, user, via=n % 2) for n, user in enumerate(READERS)]
    try:
        own_cases: dict[str, list[str]] = {}
        for writer in writers:
            own_cases[writer.user] = []
            for _ in range(2):
                case_id = writer.ids.new()
                writer.push([
                    writer.change(case_id, case_id, "case", {
                        "site": SITE, "status": "open", "stage": "transit",
                        "assigned_to": writer.user}),
                    writer.change(case_id, writer.ids.new(), "person",  # a whole record
                                  {"given_name": f"Scale {writer.user}", "sex": "female",
                                   "nationality": "ERI", "age_estimate": 30})])
                own_cases[writer.user].append(case_id)
        for reader in readers:
            reader.pull_until_caught_up()  # from here on they hold every case: no whole sends

        writing = threading.Event()
        writing.set()
        start = threading.Barrier(len(writers) + len(readers))

        def write(writer: LightDevice) -> list[str]:
            start.wait(60)
            acknowledged: list[str] = []
            for round_number in range(ROUNDS):
                acknowledged += writer.push([
                    writer.change(case_id, writer.ids.new(), "note", {  # a whole record
                        "text": f"round {round_number} by {writer.user}", "confidential": False,
                        "author": writer.user, "written_at": "2026-11-29T10:00:00Z"})
                    for case_id in own_cases[writer.user]])
            return acknowledged

        def read(reader: LightDevice) -> list[str]:
            start.wait(60)
            received: list[str] = []
            while writing.is_set():
                received += reader.pull()[0]
            for _ in range(2):  # everything committed by now is below a later horizon
                received += reader.pull_until_caught_up()
            return received

        with ThreadPoolExecutor(max_workers=len(writers) + len(readers)) as pool:
            reading = [pool.submit(read, reader) for reader in readers]
            written = [pool.submit(write, writer) for writer in writers]
            try:
                acknowledged = [cid for future in written for cid in future.result(300)]
            finally:
                writing.clear()
            received = [future.result(300) for future in reading]
    finally:
        for device in (*writers, *readers):
            device.close()

    assert len(acknowledged) == len(WRITERS) * ROUNDS * 2
    for got in received:
        twice = [cid for cid, n in Counter(got).items() if n > 1]
        assert not twice, f"{len(twice)} changes received twice"
        missing = set(acknowledged) - set(got)
        assert not missing, f"{len(missing)} acknowledged changes never reached a reader"
        assert set(got) == set(acknowledged)
    engine = create_engine(deployment.database_url)
    try:
        with engine.connect() as conn:
            stored = conn.execute(sa.select(changes.c.change_id).where(
                changes.c.change_id.in_([uuid.UUID(c) for c in acknowledged]))).scalars().all()
    finally:
        engine.dispose()
    assert len(stored) == len(set(stored)) == len(acknowledged)


def test_wrong_codes_spread_over_processes_lock_the_address_everywhere(
        deployment: Deployment) -> None:
    """All from 127.0.0.2, another loopback address: the enrolments of the other tests come
    from 127.0.0.1 and are not held up."""
    guesses = [SyncClient(url, retry=NO_RETRY, transport=httpx.HTTPTransport(
        local_address="127.0.0.2")) for url in deployment.urls]
    try:
        for attempt in range(10):
            with pytest.raises(EnrolmentError) as wrong:
                guesses[attempt % 2].enrol(start_enrolment("ZZZZZ-ZZZZZ", "x").request_body)
            assert wrong.value.kind == "unknown"
        code = deployment.code("guesser")
        for client in guesses:
            with pytest.raises(EnrolmentError) as limited:
                client.enrol(start_enrolment(code, "x").request_body)
            assert limited.value.kind == "rate_limited"
            assert limited.value.retry_after_seconds == 900
    finally:
        for client in guesses:
            client.close()
    enrol(deployment, "guesser", via=1).close()  # from 127.0.0.1: the same code still works


def test_wrong_passphrases_spread_over_processes_lock_the_device_everywhere(
        deployment: Deployment) -> None:
    device, other = enrol(deployment, "bystander"), enrol(deployment, "s1", via=1)
    try:
        for _ in range(5):
            with pytest.raises(SyncError) as wrong:
                device.next_client().sign_in(WRONG_PASSPHRASE)
            assert wrong.value.server_kind == "bad_passphrase"
        for client in device.clients:
            with pytest.raises(SyncError) as limited:
                client.sign_in(SERVER_PASSPHRASE)
            assert (limited.value.status, limited.value.server_kind) == (429, "rate_limited")
        for client in other.clients:  # another device of the same organisation signs in
            assert client.sign_in(SERVER_PASSPHRASE).session_token
    finally:
        device.close()
        other.close()
