"""Attachment files on the device: chunked AES-GCM under a per-file key, and nothing readable
on disk. Round trips, every kind of damage (changed, swapped, moved, truncated), downloads
that resume after a torn write, reconciliation with the case documents, re-wrapping after a
rekey, and the profile folder scanned for a canary."""

from __future__ import annotations

import hashlib
import random
import re
from pathlib import Path

import pytest

from fieldcase.domain.errors import ValidationError
from fieldcase.domain.policy import PermissionDenied
from fieldcase.services import attachments as attachment_service
from fieldcase.services import cases as case_service
from fieldcase.services import profile
from fieldcase.storage import cases
from fieldcase.storage.attachments import (
    OVERHEAD,
    AttachmentError,
    AttachmentFiles,
    Layout,
    open_chunk,
    seal_chunk,
)
from fieldcase.storage.keyslots import KdfParams
from fieldcase.storage.store import Store

from .conftest import case_json, fixed_now

ATTACHMENTS_KEY = bytes(range(100, 132))
CHUNK = 64
CANARY = "Canary-Tsegereda-Scan"


def seeded(seed: int) -> random.Random:
    return random.Random(seed)


def new_files(store: Store, seed: int = 1, key: bytes = ATTACHMENTS_KEY) -> AttachmentFiles:
    return AttachmentFiles(store, key, chunk_size=CHUNK, random_bytes=seeded(seed).randbytes)


def new_case(store: Store) -> str:
    with store.atomic():
        return cases.insert_case(store, case_json(store.ids, "Canary"),
                                 author="worker.1").case_id


def add(store: Store, files: AttachmentFiles, data: bytes) -> str:
    attachment_id = store.ids.new()
    with store.atomic():
        files.add(attachment_id, new_case(store), data)
    return attachment_id


def file_of(files: AttachmentFiles, attachment_id: str) -> Path:
    stored = files.get(attachment_id)
    assert stored is not None
    return files.sealed.path(stored)


@pytest.mark.parametrize("size", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 5 * CHUNK + 17])
def test_round_trip_at_every_chunk_boundary(store: Store, size: int) -> None:
    files = new_files(store)
    data = seeded(size).randbytes(size)
    attachment_id = add(store, files, data)
    assert files.read(attachment_id) == data
    stored = files.get(attachment_id)
    assert stored is not None and stored.layout is not None
    assert stored.sha256 == hashlib.sha256(data).hexdigest() and stored.size == size
    assert stored.layout.chunk_count == max(1, -(-size // CHUNK))
    assert file_of(files, attachment_id).stat().st_size == stored.layout.sealed_size
    assert stored.layout.sealed_size == size + stored.layout.chunk_count * OVERHEAD


def test_one_changed_byte_is_a_tampered_chunk(store: Store) -> None:
    files = new_files(store)
    attachment_id = add(store, files, b"x" * (3 * CHUNK))
    path = file_of(files, attachment_id)
    raw = bytearray(path.read_bytes())
    raw[CHUNK + OVERHEAD + 20] ^= 1  # inside chunk 1
    path.write_bytes(bytes(raw))
    with pytest.raises(AttachmentError) as error:
        files.read(attachment_id)
    assert error.value.problem == "tampered"
    assert "chunk 1 of 3" in str(error.value)


def test_swapped_chunks_are_refused(store: Store) -> None:
    files = new_files(store)
    attachment_id = add(store, files, bytes(range(256)) * 2)  # 512 bytes: 8 full chunks
    path = file_of(files, attachment_id)
    raw = path.read_bytes()
    sealed = CHUNK + OVERHEAD
    chunks = [raw[i:i + sealed] for i in range(0, len(raw), sealed)]
    chunks[2], chunks[5] = chunks[5], chunks[2]
    path.write_bytes(b"".join(chunks))
    with pytest.raises(AttachmentError) as error:
        files.read(attachment_id)
    assert error.value.problem == "tampered"


def test_a_chunk_from_another_file_is_refused(store: Store) -> None:
    files = new_files(store)
    first = add(store, files, b"a" * (2 * CHUNK))
    second = add(store, files, b"b" * (2 * CHUNK))
    one, two = file_of(files, first), file_of(files, second)
    sealed = CHUNK + OVERHEAD
    one.write_bytes(two.read_bytes()[:sealed] + one.read_bytes()[sealed:])
    with pytest.raises(AttachmentError) as error:
        files.read(first)
    assert error.value.problem == "tampered"
    assert files.read(second) == b"b" * (2 * CHUNK)


def test_chunk_position_and_count_are_bound_by_the_aad() -> None:
    key, attachment_id = bytes(32), "0195a0b2-7c00-7000-8000-000000000001"
    sealed = seal_chunk(key, attachment_id, 1, 3, b"middle", seeded(1).randbytes)
    assert open_chunk(key, attachment_id, 1, 3, sealed) == b"middle"
    for index, count in ((0, 3), (1, 2), (2, 3)):  # moved, or the file cut short
        with pytest.raises(AttachmentError):
            open_chunk(key, attachment_id, index, count, sealed)
    with pytest.raises(AttachmentError):
        open_chunk(key, "0195a0b2-7c00-7000-8000-000000000002", 1, 3, sealed)


@pytest.mark.parametrize("cut", ["last_chunk", "inside_a_chunk", "middle_chunk", "all"])
def test_a_truncated_file_is_refused_clearly(store: Store, cut: str) -> None:
    files = new_files(store)
    attachment_id = add(store, files, b"z" * (4 * CHUNK - 10))
    path = file_of(files, attachment_id)
    raw, sealed = path.read_bytes(), CHUNK + OVERHEAD
    path.write_bytes({"last_chunk": raw[:3 * sealed], "inside_a_chunk": raw[:-5],
                      "middle_chunk": raw[:sealed] + raw[2 * sealed:], "all": b""}[cut])
    with pytest.raises(AttachmentError) as error:
        files.read(attachment_id)
    assert error.value.problem == "truncated"
    assert "bytes, not" in str(error.value)


def test_a_missing_file_and_a_wrong_profile_key_are_refused(store: Store) -> None:
    files = new_files(store)
    attachment_id = add(store, files, b"content")
    with pytest.raises(AttachmentError) as wrong_key:
        new_files(store, key=bytes(32)).read(attachment_id)
    assert wrong_key.value.problem == "tampered"
    file_of(files, attachment_id).unlink()
    with pytest.raises(AttachmentError) as missing:
        files.read(attachment_id)
    assert missing.value.problem == "truncated"


def test_rewrap_moves_every_file_key_to_a_new_attachment_key(store: Store) -> None:
    files = new_files(store)
    ids = [add(store, files, bytes([n]) * 100) for n in range(3)]
    before = {i: file_of(files, i).read_bytes() for i in ids}
    new_key = bytes(range(200, 232))
    with store.atomic():
        assert files.rewrap(new_key) == 3
    reopened = new_files(store, key=new_key)
    assert [reopened.read(i) for i in ids] == [bytes([n]) * 100 for n in range(3)]
    assert {i: file_of(files, i).read_bytes() for i in ids} == before  # files untouched
    with pytest.raises(AttachmentError):
        new_files(store).read(ids[0])


def test_a_download_resumes_after_the_last_intact_chunk(store: Store, tmp_path: Path) -> None:
    """A second profile receives the sealed chunks and the file key, as from a server."""
    source = new_files(store)
    data = seeded(3).randbytes(6 * CHUNK + 5)
    attachment_id = add(store, source, data)
    stored = source.get(attachment_id)
    assert stored is not None and stored.layout is not None
    layout, file_key = stored.layout, source.file_key(attachment_id)
    sealed = [source.sealed.sealed_chunk(stored, i) for i in range(layout.chunk_count)]

    (tmp_path / "other").mkdir()
    with Store.open(tmp_path / "other", bytes(range(1, 33)), now=fixed_now) as other:
        target = new_files(other, seed=2)
        with other.atomic():
            target.want(attachment_id, stored.case_id, stored.size, stored.sha256)
            wanted = target.in_state("wanted")[0]
            receiving = target.begin_download(wanted, file_key,
                                              Layout.from_sealed(CHUNK, layout.chunk_count,
                                                                 layout.sealed_size))
        files = target.sealed  # what a sync thread uses: the files alone, no store
        for index in range(3):
            files.write_chunk(receiving, file_key, index, sealed[index])
        with open(files.path(receiving), "ab") as torn:  # the connection dropped mid-write
            torn.write(sealed[3][:40])
        assert files.intact_prefix(receiving, file_key) == 3
        assert files.path(receiving).stat().st_size == 3 * (CHUNK + OVERHEAD)
        with pytest.raises(AttachmentError):
            files.write_chunk(receiving, file_key, 3, sealed[4])  # sent for another place
        with pytest.raises(AttachmentError) as short:
            files.check(receiving, file_key)
        assert short.value.problem == "truncated"
        for index in range(3, layout.chunk_count):
            files.write_chunk(receiving, file_key, index, sealed[index])
        files.check(receiving, file_key)
        with other.atomic():
            assert target.finish_download(receiving)
            assert not target.finish_download(receiving)  # done once: no longer a download
        assert target.read(attachment_id) == data
        assert target.in_state("ready")[0].attachment_id == attachment_id


def test_reconcile_wants_listed_files_and_drops_unlisted_ones(store: Store) -> None:
    files = new_files(store)
    kept = add(store, files, b"kept")
    case_id = files.get(kept)
    assert case_id is not None
    doc = cases.load_case(store, case_id.case_id)
    listed = store.ids.new()
    doc["attachments"] = [
        {"id": kept, "kind": "photo", "media_type": "image/jpeg", "size": 4,
         "sha256": hashlib.sha256(b"kept").hexdigest(), "label": None},
        {"id": listed, "kind": "photo", "media_type": "image/jpeg", "size": 9,
         "sha256": "a" * 64, "label": None}]
    orphan = add(store, files, b"orphan")  # its case lists nothing
    stray = files.folder / ("f" * 32)
    stray.write_bytes(b"left by a crash")
    with store.atomic():
        cases.update_case(store, case_id.case_id, doc, author="worker.1")
        store.raw.execute("INSERT OR IGNORE INTO attachment_scan VALUES (?)",
                          (files.get(orphan).case_id,))  # type: ignore[union-attr]
        doomed = files.reconcile()
    orphan_file = files.folder / doomed[0]
    files.discard_files(doomed)
    assert [s.attachment_id for s in files.in_state("wanted")] == [listed]
    assert files.get(orphan) is None and not orphan_file.exists() and not stray.exists()
    assert files.read(kept) == b"kept"
    with store.atomic():
        cases.delete_case(store, case_id.case_id, author="worker.1")  # the trigger queues it
        doomed = files.reconcile()
    files.discard_files(doomed)
    assert files.get(kept) is None and files.get(listed) is None
    assert list(files.folder.iterdir()) == []


# -- through the services, on a real profile --------------------------------------------------

KDF = KdfParams.insecure_for_tests()
PASSPHRASE = "correct horse battery staple"


def open_profile(folder: Path, user: str = "amina", role: str = "worker") -> profile.Session:
    profile.create_profile(folder, user=user, passphrase=PASSPHRASE, role=role, team="lamp",
                           site="LAMP-01", kdf=KDF, now=fixed_now)
    return profile.unlock(folder, user=user, passphrase=PASSPHRASE, kdf=KDF, now=fixed_now)


def case_document(assigned_to: str | None) -> dict[str, object]:
    return {"person": {"given_name": CANARY, "family_name": "Tesfay", "sex": "female",
                       "age_estimate": 24, "nationality": "ERI", "languages": ["ti"]},
            "case": {"site": "LAMP-01", "stage": "transit", "assigned_to": assigned_to,
                     "opened_on": "2026-11-29"}}


def test_no_plaintext_name_or_media_type_on_disk(tmp_path: Path) -> None:
    folder = tmp_path / "profile"
    session = open_profile(folder)
    source = tmp_path / "outside" / f"{CANARY}-passport.jpeg"
    source.parent.mkdir()
    content = seeded(11).randbytes(3 * 1024 * 1024 + 7) + f"{CANARY}-in-the-bytes".encode()
    source.write_bytes(content)
    try:
        case_id = case_service.create_case(session, case_document("amina")).case_id
        attachment_id = attachment_service.add_attachment(
            session, case_id, source, "document_scan", f"{CANARY} label")
        assert attachment_service.open_attachment(session, attachment_id) == content
        entry = case_service.show_case(session, case_id).document["attachments"][0]
        assert (entry["media_type"], entry["size"]) == ("image/jpeg", len(content))
        assert entry["sha256"] == hashlib.sha256(content).hexdigest()
    finally:
        session.close()
    names = [p.name for p in (folder / "attachments").iterdir()]
    assert len(names) == 1 and re.fullmatch(r"[0-9a-f]{32}", names[0])
    needles = [text.encode(codec) for text in (CANARY, "image/jpeg", "passport", "jpeg")
               for codec in ("utf-8", "utf-16-le", "utf-32-le")]
    needles.append(content[:64])  # the plaintext's first bytes
    for path in folder.rglob("*"):
        assert CANARY not in path.name and "jpeg" not in path.name
        if path.is_file():
            raw = path.read_bytes()
            assert not [n for n in needles if n in raw], path.name


def test_open_is_audited_and_document_scans_are_for_who_may_see_them(tmp_path: Path) -> None:
    folder = tmp_path / "profile"
    session = open_profile(folder, user="amina", role="worker")
    try:
        intake = case_service.create_case(session, case_document(None)).case_id
        # intake: not assigned to this worker, who may not see its confidential parts, so may
        # not record one either (tests/services/test_confidential_parts.py)
        with pytest.raises(ValidationError):
            attachment_service.add_attachment(session, intake, b"scan", "document_scan",
                                              media_type="image/png")
        photo = attachment_service.add_attachment(session, intake, b"photo", "photo")
        assert attachment_service.open_attachment(session, photo) == b"photo"
        actions = [r[0] for r in session.store.raw.execute(
            "SELECT action FROM audit_log ORDER BY seq")]
        assert actions.count("attachment.add") == 1 and actions.count("attachment.view") == 1
        own = case_service.create_case(session, case_document("amina")).case_id
        own_scan = attachment_service.add_attachment(session, own, b"own scan",
                                                     "document_scan")
        assert attachment_service.open_attachment(session, own_scan) == b"own scan"
        # A supervisor returns the case to site intake (it arrives by sync): the scan stays on
        # the case but this worker may no longer open it.
        document = case_service.show_case(session, own).document
        document["case"]["assigned_to"] = None
        cases.update_case(session.store, own, document, author="sara")
        with pytest.raises(PermissionDenied):
            attachment_service.open_attachment(session, own_scan)
    finally:
        session.close()


def test_remove_takes_the_entry_off_the_case_and_destroys_the_file(tmp_path: Path) -> None:
    session = open_profile(tmp_path / "profile", user="amina", role="worker")
    try:
        case_id = case_service.create_case(session, case_document("amina")).case_id
        attachment_id = attachment_service.add_attachment(session, case_id, b"photo bytes",
                                                          "photo")
        changes = attachment_service.remove_attachment(session, attachment_id)
        assert changes.case_ids == frozenset({case_id})
        assert case_service.show_case(session, case_id).document["attachments"] == []
        assert list((tmp_path / "profile" / "attachments").iterdir()) == []
        outbox = session.store.raw.execute(
            "SELECT op FROM outbox WHERE record_id = ? ORDER BY seq", (attachment_id,))
        assert [r[0] for r in outbox] == ["upsert", "delete"]
    finally:
        session.close()


def test_a_failed_add_leaves_no_file(tmp_path: Path) -> None:
    session = open_profile(tmp_path / "profile", user="amina", role="worker")
    try:
        case_id = case_service.create_case(session, case_document("amina")).case_id
        with pytest.raises(Exception, match="media_type"):
            attachment_service.add_attachment(session, case_id, b"x", "photo",
                                              media_type="Not A Type")
        assert not (tmp_path / "profile" / "attachments").exists() or \
            list((tmp_path / "profile" / "attachments").iterdir()) == []
    finally:
        session.close()


def test_limits_refuse_before_reading_and_name_the_new_entry(tmp_path: Path) -> None:
    """Too large (from the size on disk: a sparse file is never read), a program (by name, then
    by its first bytes), no kind, a file that cannot be read: each a ValidationError at the new
    entry, and nothing is added."""
    session = open_profile(tmp_path / "profile")
    try:
        case_id = case_service.create_case(session, case_document("amina")).case_id
        attachment_service.add_attachment(session, case_id, b"first", "photo")
        big = tmp_path / "big.jpg"
        with big.open("wb") as handle:
            handle.truncate(attachment_service.MAX_SIZE + 1)
        refusals = {
            "big": (big, "photo"),
            "exe": (tmp_path / "tool.exe", "other"),
            "elf": (b"\x7fELF binary", "photo"),
            "kind": (b"bytes", ""),
            "gone": (tmp_path / "no-such-file.pdf", "photo"),
        }
        (tmp_path / "tool.exe").write_bytes(b"harmless text, named like a program")
        found = {}
        for name, (source, kind) in refusals.items():
            with pytest.raises(ValidationError) as caught:
                attachment_service.add_attachment(session, case_id, source, kind)
            found[name] = (caught.value.path, caught.value.rule)
        assert found == {
            "big": ("attachments[1].size", "file_too_large"),
            "exe": ("attachments[1].media_type", "program"),
            "elf": ("attachments[1].media_type", "program"),
            "kind": ("attachments[1].kind", "required"),
            "gone": ("attachments[1].size", "unreadable"),
        }
        shown = case_service.show_case(session, case_id).document["attachments"]
        assert len(shown) == 1
        assert attachment_service.file_states(session, case_id) == {
            shown[0]["id"]: "pending_upload"}
    finally:
        session.close()
