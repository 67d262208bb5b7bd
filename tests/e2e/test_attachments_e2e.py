"""Attachments between two laptops through a real ``fieldcase-server`` process on a loopback
port, on SQLite and PostgreSQL: a photo-sized file attached on one laptop opens byte for byte
on the other, the server's files never hold its plaintext, and an upload and a download cut
off half-way each resume with the chunks still missing and nothing more."""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import httpx
import pytest
from tests.e2e.test_two_laptops import Server, case_document, laptop
from tests.e2e.test_two_laptops import server as server  # the fixture

from fieldcase.services import attachments, cases
from fieldcase.services import sync as sync_service
from fieldcase.services.session import Session
from fieldcase.storage.attachments import CHUNK_SIZE
from fieldcase.sync.client import RetryPolicy
from fieldcase.sync.errors import SyncError

CANARY = b"Canary-Attachment-Plaintext"


class Link(httpx.BaseTransport):
    """A real HTTP connection that counts attachment chunk requests and can drop for good
    after ``cut_after`` of them, as a field link does."""

    def __init__(self, cut_after: int | None = None) -> None:
        self._inner = httpx.HTTPTransport()
        self._cut_after = cut_after
        self.chunks: Counter[str] = Counter()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if "/chunks/" in request.url.path:
            if self._cut_after is not None and sum(self.chunks.values()) >= self._cut_after:
                raise httpx.ConnectError("the link dropped", request=request)
            self.chunks[request.method] += 1
        return self._inner.handle_request(request)

    def close(self) -> None:
        self._inner.close()


def sync(session: Session, link: Link) -> None:
    sync_service.sync_now(session, transport=link, retry=RetryPolicy(attempts=2),
                          sleep=lambda _: None, rng=random.Random(1))


def photo() -> bytes:
    return random.Random(4).randbytes(3 * CHUNK_SIZE + 123_456) + CANARY


def test_a_photo_attached_on_one_laptop_opens_on_the_other(server: Server,
                                                           tmp_path: Path) -> None:
    worker = laptop(tmp_path / "laptop-a", "amina", "worker", server)
    supervisor = laptop(tmp_path / "laptop-b", "selam", "supervisor", server)
    try:
        case_id = cases.create_case(worker, case_document()).case_id
        data = photo()
        attachment_id = attachments.add_attachment(worker, case_id, data, "photo",
                                                   "at the port", media_type="image/jpeg")
        up = Link()
        sync(worker, up)
        assert up.chunks == {"PUT": 4}
        down = Link()
        sync(supervisor, down)
        assert down.chunks == {"GET": 4}
        assert attachments.open_attachment(supervisor, attachment_id) == data
        entry = cases.show_case(supervisor, case_id).document["attachments"][0]
        assert (entry["id"], entry["label"], entry["size"]) == (attachment_id, "at the port",
                                                                len(data))
        again = Link()
        sync(supervisor, again)  # nothing left to move
        assert again.chunks == {}
    finally:
        worker.close()
        supervisor.close()
    for path in tmp_path.rglob("*"):  # both profiles, and the server's data folder on SQLite
        if path.is_file():
            assert CANARY not in path.read_bytes(), path


def test_a_transfer_cut_off_half_way_resumes(server: Server, tmp_path: Path) -> None:
    worker = laptop(tmp_path / "laptop-a", "amina", "worker", server)
    supervisor = laptop(tmp_path / "laptop-b", "selam", "supervisor", server)
    try:
        case_id = cases.create_case(worker, case_document()).case_id
        data = photo()
        attachment_id = attachments.add_attachment(worker, case_id, data, "photo",
                                                   media_type="image/jpeg")
        cut = Link(cut_after=2)
        with pytest.raises(SyncError) as offline:
            sync(worker, cut)
        assert offline.value.kind == "offline"
        assert cut.chunks == {"PUT": 2}
        resumed = Link()
        sync(worker, resumed)
        assert resumed.chunks == {"PUT": 2}  # only the chunks the server did not have

        cut = Link(cut_after=3)
        with pytest.raises(SyncError):
            sync(supervisor, cut)
        assert cut.chunks == {"GET": 3}
        with pytest.raises(attachments.AttachmentError) as not_yet:
            attachments.open_attachment(supervisor, attachment_id)
        assert not_yet.value.problem == "not_here"
        resumed = Link()
        sync(supervisor, resumed)
        assert resumed.chunks == {"GET": 1}
        assert attachments.open_attachment(supervisor, attachment_id) == data
    finally:
        worker.close()
        supervisor.close()
