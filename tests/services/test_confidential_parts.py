"""A worker may not record a confidential part on a case whose confidential parts they may not
see (an unassigned intake case): the device refuses it at once and names the field, instead of
journaling a change the server will refuse and the sync will quarantine."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from fieldcase.domain.errors import ValidationError
from fieldcase.services import attachments, cases, profile
from fieldcase.services.session import Session
from fieldcase.storage.store import Store

from .conftest import PASSPHRASE, TEST_KDF, new_case, now

PASSPORT = {"type": "passport", "number": "P-7654321", "issuing_country": "ERI",
            "held_by": "self"}


@pytest.fixture
def worker(tmp_path: Path) -> Iterator[Session]:
    folder = tmp_path / "worker"
    profile.create_profile(folder, user="yonas", passphrase=PASSPHRASE, role="worker",
                           team="lamp", site="LAMP-01", kdf=TEST_KDF, now=now)
    session = profile.unlock(folder, user="yonas", passphrase=PASSPHRASE, kdf=TEST_KDF, now=now)
    yield session
    session.close()


def intake_case(**person: Any) -> dict[str, Any]:
    document = new_case(assigned_to=None)
    document["notes"] = [{"text": "met at the port", "confidential": False, "author": "yonas",
                          "written_at": "2026-11-29T10:00:00Z"}]
    document["person"].update(person)
    return document


def journal_size(store: Store) -> int:
    return int(store.raw.execute("SELECT count(*) FROM outbox").fetchone()[0])


def test_an_identity_document_on_a_new_intake_case_is_refused(worker: Session) -> None:
    with pytest.raises(ValidationError) as refused:
        cases.create_case(worker, intake_case(documents=[PASSPORT]))
    assert (refused.value.path, refused.value.rule) == ("person.documents[0]",
                                                        "confidential_not_allowed")
    assert worker.store.raw.execute("SELECT count(*) FROM cases").fetchone()[0] == 0
    assert journal_size(worker.store) == 0


def test_the_same_case_assigned_to_oneself_may_hold_it(worker: Session) -> None:
    document = intake_case(documents=[PASSPORT])
    document["case"]["assigned_to"] = "yonas"
    saved = cases.create_case(worker, document)
    assert cases.show_case(worker, saved.case_id).document["person"]["documents"][0]["number"] \
        == "P-7654321"


def test_a_confidential_note_added_to_an_intake_case_is_refused(worker: Session) -> None:
    saved = cases.create_case(worker, intake_case())
    before = journal_size(worker.store)
    note = {"text": "says her passport is held", "confidential": True, "author": "yonas",
            "written_at": "2026-11-30T08:00:00Z"}
    with pytest.raises(ValidationError) as refused:
        cases.update_case(worker, saved.case_id, {"notes": [note]})
    assert (refused.value.path, refused.value.rule) == ("notes[1].confidential",
                                                        "confidential_not_allowed")
    assert journal_size(worker.store) == before
    cases.update_case(worker, saved.case_id, {"notes": [{**note, "confidential": False}]})
    assert [n["confidential"] for n in cases.show_case(worker, saved.case_id).document["notes"]] \
        == [False, False]


def test_a_document_scan_on_an_intake_case_is_refused_and_nothing_is_kept(
        worker: Session) -> None:
    saved = cases.create_case(worker, intake_case())
    with pytest.raises(ValidationError) as refused:
        attachments.add_attachment(worker, saved.case_id, b"scan of a passport",
                                   kind="document_scan", label="passport")
    assert refused.value.rule == "confidential_not_allowed"
    assert cases.show_case(worker, saved.case_id).document["attachments"] == []
    assert worker.store.raw.execute("SELECT count(*) FROM attachment_files").fetchone()[0] == 0
    photo = attachments.add_attachment(worker, saved.case_id, b"a photo", kind="photo",
                                       label="photo")
    shown = cases.show_case(worker, saved.case_id).document
    assert [a["id"] for a in shown["attachments"]] == [photo]
