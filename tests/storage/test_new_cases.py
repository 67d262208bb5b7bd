"""The batched write of cases new to the device stores exactly what the general path stores.

Two stores start with the same content; one page of merged cases is written to one through
``PageWriter`` (new cases batched) and to the other through ``save_state`` alone. Rows (row ids
included), search hits, identifiers, conflicts, review flags, hidden and purged cases and the
attachment queue must come out identical. The page mixes every kind of case, in an order that
makes the batch flush between them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from fieldcase.domain.hlc import Stamp
from fieldcase.domain.ids import IdFactory
from fieldcase.domain.merge import (
    CaseState,
    Change,
    FieldEdit,
    apply_batch,
    edit_change,
    purge_change,
)
from fieldcase.domain.records import flatten
from fieldcase.storage import merged_cases, new_cases, search_index
from fieldcase.storage.store import Store

from .conftest import KEY, case_json, fixed_now

BASE_MS = 1_796_000_000_000


def stamp(n: int, node: str = "dev-a") -> Stamp:
    return Stamp(BASE_MS + n, 0, node)


def creation(ids: IdFactory, doc: dict[str, Any], when: Stamp, author: str = "amina",
             skip_kinds: tuple[str, ...] = ()) -> list[Change]:
    return [edit_change(None, record.fields, change_id=ids.new(), case_id=doc["id"],
                        record_id=record.record_id, kind=record.kind, stamp=when, author=author)
            for record in flatten(doc).values() if record.kind not in skip_kinds]


def merged(changes: list[Change], before: dict[str, CaseState] | None = None
           ) -> dict[str, tuple[CaseState, list[Stamp]]]:
    result = apply_batch(before or {}, changes, seen=())
    stamps: dict[str, list[Stamp]] = {}
    for change in result.applied:
        stamps.setdefault(change.case_id, []).append(change.stamp)
    return {case_id: (case, stamps.get(case_id, [])) for case_id, case in result.cases.items()}


class Page:
    """The store's prior content and one page of merged cases, with what each case is."""

    def __init__(self) -> None:
        ids = IdFactory(clock_ms=lambda: BASE_MS, randbytes=lambda n: bytes(n))
        self.ids = ids
        held = case_json(ids, "Tesfay", "Held")
        held["case"]["case_number"] = "FC-SHARED-000001"
        edited = case_json(ids, "Meron", "Edited", phone="+251 911 234 567")
        self.before = merged(creation(ids, held, stamp(1)) + creation(ids, edited, stamp(2)))
        plain = case_json(ids, "Selam", "Plain")
        identified = case_json(ids, "Mohammed", "Identified", phone="0911 765 432",
                               document_number="P 1234567", other_names=("محمد",))
        conflicted = case_json(ids, "Yonas", "Conflicted")
        hidden = case_json(ids, "Hiwet", "Hidden")
        collides = case_json(ids, "Abeba", "Collides")
        collides["case"]["case_number"] = "FC-SHARED-000001"
        twin_a = case_json(ids, "Dawit", "Twin")
        twin_b = case_json(ids, "Dawit", "Twin")
        for twin in (twin_a, twin_b):
            twin["case"]["case_number"] = "FC-TWIN-000007"
        problem = case_json(ids, "Almaz", "Problem")
        problem["person"]["age_estimate"] = None
        flagged = case_json(ids, "Kidane", "Flagged")
        flagged["case"]["flags"] = ["supervisor_review"]
        scanned = case_json(ids, "Ruth", "Scanned")
        scanned["attachments"] = [{"id": ids.new(), "kind": "photo", "media_type": "image/jpeg",
                                   "size": 10, "sha256": "0" * 64, "label": None}]
        erased = case_json(ids, "Gone", "Erased")
        edit = Change(ids.new(), edited["id"], edited["id"], "case", "upsert", stamp(20),
                      "berhane", {"risk_level": FieldEdit("high", (stamp(2),))})
        rival = Change(ids.new(), conflicted["id"], conflicted["id"], "case", "upsert",
                       stamp(21, "dev-b"), "berhane", {"stage": FieldEdit("destination", ())})
        changes = (creation(ids, plain, stamp(10)) + creation(ids, identified, stamp(11))
                   + creation(ids, conflicted, stamp(12)) + [rival]
                   + creation(ids, hidden, stamp(13), skip_kinds=("person",))
                   + [edit] + creation(ids, collides, stamp(14))
                   + creation(ids, twin_a, stamp(15)) + creation(ids, twin_b, stamp(16))
                   + creation(ids, problem, stamp(17)) + creation(ids, flagged, stamp(18))
                   + creation(ids, scanned, stamp(19)) + creation(ids, erased, stamp(22))
                   + [purge_change(change_id=ids.new(), case_id=erased["id"],
                                   record_id=erased["id"], kind="case", stamp=stamp(23),
                                   author="dpo")])
        held_states = {case_id: state for case_id, (state, _) in self.before.items()}
        self.page = merged(changes, held_states)
        self.existing = set(self.before)
        self.not_batched = {hidden["id"], edited["id"], erased["id"]}
        self.queries = ["Selam", "Mohammed", "محمد", "Muhammad", "0911765432", "+251911765432",
                        "P1234567", "Yonas", "Hiwet", "Abeba", "Dawit", "FC-SHARED-000001",
                        "FC-TWIN-000007", "Almaz", "Ruth", "Gone", "Meron"]


TABLES = {
    "cases": """SELECT rowid, id, case_number, review, person_id, display_name, site, status,
                  stage, assigned_to, risk_rank, next_due_on, updated_hlc, doc, stamps
                FROM cases ORDER BY rowid""",
    "search rows": "SELECT rowid FROM case_search ORDER BY rowid",
    "identifiers": "SELECT * FROM identifiers ORDER BY 1, 2, 3",
    "conflicts": "SELECT * FROM conflicts ORDER BY 1",
    "hidden": "SELECT * FROM hidden_cases ORDER BY 1",
    "purged": "SELECT * FROM purged_cases ORDER BY 1",
    "attachment queue": "SELECT * FROM attachment_scan ORDER BY 1",
}


def content(store: Store, queries: list[str]) -> dict[str, Any]:
    found: dict[str, Any] = {name: store.raw.execute(sql).fetchall()
                             for name, sql in TABLES.items()}
    found["searches"] = {text: search_index.search(store.raw, text) for text in queries}
    return found


def write(folder: Path, page: Page, *, batch: bool) -> tuple[dict[str, Any], list[str]]:
    folder.mkdir()
    with Store.open(folder, KEY, now=fixed_now) as store:
        with store.atomic():
            for state, stamps in page.before.values():
                merged_cases.save_state(store, state, stamps=stamps)
        general: list[str] = []
        save_state = merged_cases.save_state

        def counted(store_: Store, case: CaseState, *, stamps: Any = ()) -> str:
            general.append(case.case_id)
            return save_state(store_, case, stamps=stamps)

        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(merged_cases, "save_state", counted)
            with store.atomic():
                writer = new_cases.PageWriter(store, batch=batch)
                places = [writer.save(state, stamps=stamps,
                                      new=case_id not in page.existing)
                          for case_id, (state, stamps) in page.page.items()]
                writer.flush()
        return {**content(store, page.queries), "places": places}, general


def test_a_batched_page_stores_exactly_what_the_general_path_stores(tmp_path: Path) -> None:
    page = Page()
    batched, batched_general = write(tmp_path / "batched", page, batch=True)
    reference, reference_general = write(tmp_path / "reference", page, batch=False)
    assert set(batched_general) == page.not_batched  # the batch really was used
    assert len(reference_general) == len(page.page)
    for name in (*TABLES, "searches", "places"):
        assert batched[name] == reference[name], name
    # The page covers what it claims to: a suffixed number for each clash, a conflict, the
    # review flag for a conflict, a merge problem and a supervisor's flag, hidden and purged
    # cases, identifiers, an attachment to fetch.
    numbers = [row[2] for row in reference["cases"]]
    assert sum(n.startswith("FC-SHARED-000001~") for n in numbers) == 1
    assert sum(n.startswith("FC-TWIN-000007~") for n in numbers) == 1
    assert len(reference["conflicts"]) == 1
    assert sum(row[3] for row in reference["cases"]) == 3
    assert len(reference["hidden"]) == 1 and len(reference["purged"]) == 1
    assert {row[0] for row in reference["identifiers"]} == {"phone", "document"}
    assert len(reference["attachment queue"]) == 1
    assert reference["places"].count("shown") == len(page.page) - 2
    assert all(reference["searches"][name] for name in ("Muhammad", "P1234567", "Dawit"))


def test_an_empty_writer_writes_nothing(store: Store) -> None:
    before = store.raw.total_changes
    with store.atomic():
        new_cases.PageWriter(store).flush()
    # only what every commit writes: the clock's mark and the commit count
    assert store.raw.total_changes - before == 2
