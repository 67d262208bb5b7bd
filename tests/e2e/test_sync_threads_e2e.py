"""A sync off the store thread against a real ``fieldcase-server`` process on a loopback port,
on SQLite and PostgreSQL.

- The next page is asked for while the last one is applied, so the server hears a page's
  cursor before that page is committed. A page that then fails to commit (a crash, a full
  disk) must cost nothing: the next sync starts from the last committed cursor and the server
  sends what was lost again.
- Attachment bytes move on the sync thread: while a chunk is on its way, the store thread
  serves a person's call; the files' own progress counts files and bytes.
"""

from __future__ import annotations

import random
import threading
from collections import Counter
from pathlib import Path
from typing import Any

import httpx
import pytest
from tests.e2e.test_two_laptops import DEVICE_PASSPHRASE, KDF, Server, case_document, laptop
from tests.e2e.test_two_laptops import server as server  # the fixture
from tests.sync.store_thread import StoreThread

from fieldcase.services import attachments, cases, profile
from fieldcase.services import sync as sync_service
from fieldcase.services.session import Session
from fieldcase.services.sync import FilesMoved, SyncHooks
from fieldcase.storage.attachments import CHUNK_SIZE
from fieldcase.sync import engine as engine_module
from fieldcase.sync.client import RetryPolicy

WAIT = 20.0  # an upper bound for an event that must come; never reached when all is well


class Link(httpx.BaseTransport):
    """A real HTTP connection that counts requests by path and can hold one chunk upload
    until released."""

    def __init__(self, hold_chunk: int | None = None) -> None:
        self._inner = httpx.HTTPTransport()
        self.paths: Counter[str] = Counter()
        self.third_pull = threading.Event()
        self.hold_chunk = hold_chunk
        self.holding = threading.Event()
        self.release = threading.Event()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        self.paths["chunk" if "/chunks/" in path else path] += 1
        if self.paths["/v1/sync/pull"] == 3:
            self.third_pull.set()
        if request.method == "PUT" and path.endswith(f"/chunks/{self.hold_chunk}"):
            self.holding.set()
            self.release.wait(WAIT)
        return self._inner.handle_request(request)

    def close(self) -> None:
        self._inner.close()


def documents(count: int) -> list[dict[str, Any]]:
    made = []
    for number in range(count):
        doc = case_document()
        doc["person"]["given_name"] = f"Person {number}"  # type: ignore[index]
        made.append(doc)
    return made


def test_a_page_that_failed_after_the_next_was_asked_for_is_sent_again(
        server: Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    worker = laptop(tmp_path / "laptop-a", "amina", "worker", server)
    supervisor = laptop(tmp_path / "laptop-b", "selam", "supervisor", server)
    try:
        made = [cases.create_case(worker, doc).case_id for doc in documents(6)]
        sync_service.sync_now(worker)
        real_apply = engine_module.apply_page
        applied = 0

        link = Link()

        def power_cut_on_the_second_page(store: Any, page: Any) -> Any:
            nonlocal applied
            applied += 1
            if applied == 2:  # once the request carrying this page's cursor has gone out
                assert link.third_pull.wait(WAIT)
                raise RuntimeError("power cut")  # the page's transaction never commits
            return real_apply(store, page)

        monkeypatch.setattr(engine_module, "apply_page", power_cut_on_the_second_page)
        with pytest.raises(RuntimeError):
            sync_service.sync_now(supervisor, transport=link, pull_limit=2)
        assert link.paths["/v1/sync/pull"] == 3  # the third carried the uncommitted cursor
        held = {row.case_id for row in cases.list_cases(supervisor, cases.CaseFilter()).rows}
        assert 0 < len(held) < len(made)
        monkeypatch.setattr(engine_module, "apply_page", real_apply)
        sync_service.sync_now(supervisor)
        for case_id in made:
            assert (cases.show_case(supervisor, case_id).document
                    == cases.show_case(worker, case_id).document)
    finally:
        worker.close()
        supervisor.close()


def test_attachment_bytes_move_while_the_store_serves_a_person(
        server: Server, tmp_path: Path) -> None:
    folder = tmp_path / "laptop-a"
    worker = laptop(folder, "amina", "worker", server)
    data = random.Random(4).randbytes(3 * CHUNK_SIZE + 1234)
    try:
        case_id = cases.create_case(worker, case_document()).case_id
        attachments.add_attachment(worker, case_id, data, "photo", media_type="image/jpeg")
    finally:
        worker.close()

    def unlock() -> Session:
        return profile.unlock(folder, user="amina", passphrase=DEVICE_PASSPHRASE, kdf=KDF)

    link = Link(hold_chunk=1)
    moved: list[FilesMoved] = []
    outcome: list[object] = []
    with StoreThread(unlock) as store:
        def sync() -> None:
            try:
                outcome.append(sync_service.run_sync(
                    store, SyncHooks(files=moved.append), link, retry=RetryPolicy(attempts=2),
                    sleep=lambda _s: None))
            except Exception as error:  # reported below
                outcome.append(error)

        syncing = threading.Thread(target=sync, name="test-sync")
        syncing.start()
        try:
            assert link.holding.wait(WAIT)  # the second chunk is on its way
            shown = store.call(lambda session: cases.show_case(session, case_id))
            assert shown.result(timeout=WAIT).document["attachments"][0]["size"] == len(data)
            assert not link.release.is_set() and syncing.is_alive()
        finally:
            link.release.set()
            syncing.join()
    report = outcome[0]
    assert isinstance(report, sync_service.SyncReport), report
    assert link.paths["chunk"] == 4
    assert moved[0] == FilesMoved(0, 1, 0, len(data))
    assert moved[-1] == FilesMoved(1, 1, len(data), len(data))
    assert [m.bytes_done for m in moved] == sorted(m.bytes_done for m in moved)
