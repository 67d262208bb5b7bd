"""Every insert into ``cases`` queues the case for the attachment step when its document may list
attachments, as the ``attachment_scan_on_insert`` trigger did before store version 13
(``migrations.SCAN_QUEUED_BY_WRITERS``): the trigger ran once per row, about half of a pull's
insert cost, so the writers now queue the scan themselves (``cases.queue_attachment_scans``).

Each way a row enters ``cases`` is checked: a case created on this laptop, a synced case
written by the general path, and new cases written in one batch (``storage.new_cases``).
"""

from __future__ import annotations

from typing import Any

from fieldcase.domain.ids import IdFactory
from fieldcase.domain.merge import CaseState
from fieldcase.storage import cases, merged_cases, new_cases
from fieldcase.storage.store import Store

from .conftest import case_json
from .test_new_cases import BASE_MS, creation, merged, stamp

ATTACHMENT = {"kind": "photo", "media_type": "image/jpeg", "size": 10, "sha256": "0" * 64,
              "label": None}


def docs(ids: IdFactory) -> tuple[dict[str, Any], dict[str, Any]]:
    """A case that lists an attachment and one that lists none."""
    listing = case_json(ids, "Ruth", "Scanned")
    listing["attachments"] = [{"id": ids.new(), **ATTACHMENT}]
    return listing, case_json(ids, "Selam", "Plain")


def queued(store: Store) -> set[str]:
    return {row[0] for row in store.raw.execute("SELECT case_id FROM attachment_scan")}


def states(ids: IdFactory, *made: dict[str, Any]) -> list[tuple[CaseState, Any]]:
    changes = [c for n, doc in enumerate(made) for c in creation(ids, doc, stamp(n))]
    return list(merged(changes).values())


def test_the_insert_trigger_is_gone_and_the_others_stay(store: Store) -> None:
    triggers = {row[0] for row in store.raw.execute(
        "SELECT name FROM sqlite_schema WHERE type = 'trigger'")}
    assert "attachment_scan_on_insert" not in triggers
    assert {"attachment_scan_on_update", "attachment_scan_on_delete"} <= triggers


def test_a_case_created_here_is_queued_when_it_lists_attachments(store: Store) -> None:
    ids = IdFactory(clock_ms=lambda: BASE_MS, randbytes=lambda n: bytes(n))
    listing, plain = docs(ids)
    with store.atomic():
        cases.insert_case(store, listing, author="amina")
        cases.insert_case(store, plain, author="amina")
    assert queued(store) == {listing["id"]}


def test_a_synced_case_written_one_by_one_is_queued_when_it_lists_attachments(
        store: Store) -> None:
    ids = IdFactory(clock_ms=lambda: BASE_MS, randbytes=lambda n: bytes(n))
    listing, plain = docs(ids)
    with store.atomic():
        for state, stamps in states(ids, listing, plain):
            assert merged_cases.save_state(store, state, stamps=stamps) == "shown"
    assert queued(store) == {listing["id"]}


def test_new_cases_written_in_a_batch_are_queued_when_they_list_attachments(
        store: Store) -> None:
    ids = IdFactory(clock_ms=lambda: BASE_MS, randbytes=lambda n: bytes(n))
    listing, plain = docs(ids)
    with store.atomic():
        writer = new_cases.PageWriter(store)
        for state, stamps in states(ids, plain, listing):
            writer.save(state, stamps=stamps, new=True)
        assert queued(store) == set()  # written at the flush, with the rows
        writer.flush()
    assert queued(store) == {listing["id"]}
