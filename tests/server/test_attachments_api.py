"""The attachment endpoints in-process, on SQLite and PostgreSQL: the server stores and returns
sealed chunks only, an upload resumes where it stopped, and an attachment outside the device's
scope is 404 whoever asks."""

from __future__ import annotations

import hashlib
import json
import random
import uuid
from collections.abc import Iterator

import httpx
import pytest
import sqlalchemy as sa

from fieldcase.domain.merge import delete_change
from fieldcase.server.attachments_store import erase_orphans
from fieldcase.server.db import attachment_chunks, attachments, changes, records
from fieldcase.storage.attachments import Layout, open_chunk, seal_chunk
from fieldcase.sync.signing import b64url, sign_request

from .sync_harness import Device, World, call, make_world

CHUNK = 1024
CANARY = b"Canary-Plaintext-Tsegereda"
FILE_KEY = bytes(range(50, 82))


@pytest.fixture
def world(engine: sa.Engine, db_url: str) -> Iterator[World]:
    yield make_world(engine, db_url)


def send(device: Device, method: str, path: str, body: bytes = b"",
         content_type: str | None = None) -> httpx.Response:
    headers = sign_request(device.key, device_id=device.id,
                           session_token=device.enrolment.session_token, method=method,
                           path=path, body=body, now=device.world.clock(),
                           random_bytes=device.world.rng.randbytes)
    if content_type is not None:
        headers["Content-Type"] = content_type
    return call(device.world.app, path, body, headers, method=method)


class Upload:
    """A file sealed as a device seals it, and the requests that move it."""

    def __init__(self, attachment_id: str, case_id: str, data: bytes) -> None:
        self.attachment_id, self.case_id, self.data = attachment_id, case_id, data
        self.layout = Layout.for_size(len(data), CHUNK)
        rng = random.Random(3)
        self.chunks = [seal_chunk(FILE_KEY, attachment_id, i, self.layout.chunk_count,
                                  data[i * CHUNK:(i + 1) * CHUNK], rng.randbytes)
                       for i in range(self.layout.chunk_count)]
        self.path = f"/v1/attachments/{attachment_id}"

    def declaration(self, **changed: object) -> bytes:
        return json.dumps({"case": self.case_id, "key": b64url(FILE_KEY),
                           "chunks": self.layout.chunk_count, "chunk_size": CHUNK,
                           "size": self.layout.sealed_size, **changed}).encode()

    def start(self, device: Device, **changed: object) -> httpx.Response:
        return send(device, "POST", self.path, self.declaration(**changed), "application/json")

    def put(self, device: Device, index: int, data: bytes | None = None) -> httpx.Response:
        return send(device, "PUT", f"{self.path}/chunks/{index}",
                    self.chunks[index] if data is None else data, "application/octet-stream")


def case_with_attachment(device: Device, data: bytes, *, kind: str = "photo",
                         assigned_to: str | None = "amina", site: str = "LAMP-01") -> Upload:
    case_id, created = device.new_case(site=site, assigned_to=assigned_to)
    attachment_id = device.ids()
    entry = device.edit(case_id, attachment_id, "attachment", {
        "kind": kind, "media_type": "image/jpeg", "size": len(data),
        "sha256": hashlib.sha256(data).hexdigest(), "label": None})
    answer = device.push([*created, entry])
    assert answer.rejected == (), answer.rejected
    return Upload(attachment_id, case_id, data)


def photo() -> bytes:
    return random.Random(8).randbytes(5 * CHUNK - 100) + CANARY


def test_upload_resumes_and_a_teammate_downloads_the_ciphertext(world: World) -> None:
    amina, sara = world.enrol("amina"), world.enrol("sara")
    upload = case_with_attachment(amina, photo())
    assert upload.layout.chunk_count == 5

    first = upload.start(amina)
    assert first.status_code == 200, first.text
    assert first.json() == {"have": [], "complete": False}
    for index in (0, 1, 3):
        assert upload.put(amina, index).json() == {"have": 1 + [0, 1, 3].index(index),
                                                   "complete": False}
    # The connection dropped; the device comes back and asks what the server has.
    resumed = upload.start(amina)
    assert resumed.json() == {"have": [0, 1, 3], "complete": False}
    assert upload.put(amina, 2).json()["complete"] is False
    assert upload.put(amina, 4).json() == {"have": 5, "complete": True}
    assert upload.put(amina, 4).status_code == 200  # a lost answer: sent again, harmless
    assert upload.start(amina).json() == {"have": [0, 1, 2, 3, 4], "complete": True}

    manifest = send(sara, "GET", upload.path)
    assert manifest.status_code == 200, manifest.text
    body = manifest.json()
    assert body["key"] == b64url(FILE_KEY) and body["case"] == upload.case_id
    assert (body["chunks"], body["chunk_size"], body["size"]) == (
        5, CHUNK, upload.layout.sealed_size)
    received = []
    for index in range(5):
        answer = send(sara, "GET", f"{upload.path}/chunks/{index}")
        assert answer.headers["content-type"] == "application/octet-stream"
        received.append(open_chunk(FILE_KEY, upload.attachment_id, index, 5, answer.content))
    assert b"".join(received) == upload.data


def test_the_server_holds_ciphertext_only_and_the_key_apart(world: World) -> None:
    amina = world.enrol("amina")
    upload = case_with_attachment(amina, photo())
    upload.start(amina)
    for index in range(5):
        upload.put(amina, index)
    with world.engine.connect() as conn:
        stored = conn.execute(sa.select(attachment_chunks.c.idx, attachment_chunks.c.data)
                              .order_by(attachment_chunks.c.idx)).all()
        keys = conn.execute(sa.select(attachments.c.file_key)).scalars().all()
    assert [bytes(row.data) for row in stored] == upload.chunks
    everything = b"".join(bytes(row.data) for row in stored)
    assert CANARY not in everything and upload.data[:64] not in everything
    assert FILE_KEY not in everything and [bytes(k) for k in keys] == [FILE_KEY]


@pytest.mark.parametrize("who", ["hana", "omar", "bilal"])
def test_an_attachment_outside_the_scope_is_not_found(world: World, who: str) -> None:
    """Another team's worker and supervisor, and a colleague the case is not assigned to."""
    amina, other = world.enrol("amina"), world.enrol(who)
    upload = case_with_attachment(amina, photo())
    upload.start(amina)
    for index in range(5):
        upload.put(amina, index)
    missing = f"/v1/attachments/{uuid.uuid4()}"
    for method, path, body in (("GET", upload.path, b""),
                               ("GET", f"{upload.path}/chunks/0", b""),
                               ("GET", missing, b""),
                               ("POST", upload.path, upload.declaration()),
                               ("PUT", f"{upload.path}/chunks/0", upload.chunks[0])):
        answer = send(other, method, path, body)
        assert (answer.status_code, answer.json()["kind"]) == (404, "not_found"), (method, path)


def test_document_scans_need_the_right_to_see_confidential_parts(world: World) -> None:
    amina, bilal, sara = world.enrol("amina"), world.enrol("bilal"), world.enrol("sara")
    # Made by the team's supervisor: a worker may not make a confidential part on an intake
    # case (tests/server/test_intake_confidential.py).
    upload = case_with_attachment(sara, b"scan of a passport", kind="document_scan",
                                  assigned_to=None)  # site intake: both workers see the case
    # A worker who may not be sent the scan may not write its content either.
    assert upload.start(amina).status_code == 404
    assert upload.start(sara).status_code == 200
    assert upload.put(amina, 0).status_code == 404
    upload.put(sara, 0)
    assert send(bilal, "GET", upload.path).status_code == 404
    assert send(amina, "GET", upload.path).status_code == 404
    assert send(world.enrol("sara", "Office desktop"), "GET", upload.path).status_code == 200


def test_unsigned_malformed_and_conflicting_requests_are_refused(world: World) -> None:
    amina = world.enrol("amina")
    upload = case_with_attachment(amina, photo())
    unsigned = call(world.app, upload.path, upload.declaration(), method="POST")
    assert (unsigned.status_code, unsigned.json()["kind"]) == (400, "malformed")
    assert send(amina, "PUT", f"{upload.path}/chunks/0", b"x").status_code == 404  # undeclared
    assert upload.start(amina, size=10).status_code == 400  # cannot fit 5 chunks
    assert upload.start(amina, case=str(uuid.uuid4())).status_code == 404
    assert upload.start(amina).status_code == 200
    assert upload.start(amina, chunk_size=2048, chunks=3,
                        size=upload.layout.sealed_size - 2 * 28).status_code == 409
    assert upload.put(amina, 0, upload.chunks[0][:-1]).status_code == 400  # short
    assert send(amina, "PUT", f"{upload.path}/chunks/9", upload.chunks[4]).status_code == 400
    assert send(amina, "PUT", f"{upload.path}/chunks/x", upload.chunks[0]).status_code == 400
    assert send(amina, "GET", f"{upload.path}/chunks/0").status_code == 404  # not complete
    for index in range(5):
        upload.put(amina, index)
    changed = upload.chunks[0][:-1] + bytes([upload.chunks[0][-1] ^ 1])
    assert upload.put(amina, 0, changed).status_code == 409


def test_an_erased_case_takes_its_attachments_with_it(world: World) -> None:
    amina, sara = world.enrol("amina"), world.enrol("sara")
    upload = case_with_attachment(amina, photo())
    upload.start(amina)
    for index in range(5):
        upload.put(amina, index)
    sara.pull_all()
    assert sara.push([sara.purge(upload.case_id)]).rejected == ()
    assert send(sara, "GET", upload.path).status_code == 404
    with world.engine.connect() as conn:  # gone with the purge, in its transaction
        for table in (attachments, attachment_chunks):
            assert conn.execute(sa.select(sa.func.count()).select_from(table)).scalar() == 0
        assert conn.execute(sa.select(sa.func.count()).select_from(records)).scalar() == 1
        assert conn.execute(sa.select(sa.func.count()).select_from(changes)).scalar() > 0


def test_a_removed_attachment_is_swept_with_the_push_that_removes_it(world: World) -> None:
    amina = world.enrol("amina")
    upload = case_with_attachment(amina, photo())
    upload.start(amina)
    for index in range(5):
        upload.put(amina, index)
    record = amina.cases[upload.case_id].records[upload.attachment_id]
    removal = delete_change(record, change_id=amina.ids(), stamp=amina.stamp(), author="amina")
    assert amina.push([removal]).rejected == ()
    assert send(amina, "GET", upload.path).status_code == 404
    with world.engine.begin() as conn:
        assert erase_orphans(conn) == 0  # nothing left for a later sweep
    with world.engine.connect() as conn:
        for table in (attachments, attachment_chunks):
            assert conn.execute(sa.select(sa.func.count()).select_from(table)).scalar() == 0


@pytest.mark.parametrize("body", [
    b"", b"{", b"[]", b'"text"', b"\xff\xfe",
    b'{"case": 1, "key": "k", "chunks": 1, "chunk_size": 1024, "size": 100}',
    b'{"case": "x", "key": "!!", "chunks": 1, "chunk_size": 1024, "size": 100}',
    b'{"case": "00000000-0000-0000-0000-000000000000", "key": "AA", "chunks": true, '
    b'"chunk_size": 1024, "size": 100}',
    b'{"chunks": 99999999999999999999999, "case": "", "key": "", "chunk_size": 0, "size": -1}',
])
def test_malformed_declarations_are_400_never_500(world: World, body: bytes) -> None:
    amina = world.enrol("amina")
    upload = case_with_attachment(amina, photo())
    answer = send(amina, "POST", upload.path, body, "application/json")
    assert (answer.status_code, answer.json()["kind"]) == (400, "malformed")
