"""Pulled changes to cases the device already shows go through ``storage.held_cases`` (only
the touched records read and rewritten) and end up exactly as through the general path.

Two devices hold the same cases; colleagues then change them in every way a page can (a risk
flag, notes added and removed, a task due, a field edited on two devices at once, a name and
an identity document, a case deleted, a conflict settled), and one device pulls through the
held-case path while the other is held to the general path. Rows, search hits, identifiers,
conflicts, hidden cases and every case's merged state must come out identical, round after
round; the held path must really have written most of them.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from fieldcase.domain.hlc import Stamp
from fieldcase.domain.merge import Change, FieldEdit, apply_batch, delete_change
from fieldcase.services import cases, profile
from fieldcase.services.session import Session
from fieldcase.storage import held_cases, merged_cases, sync_state
from fieldcase.storage.keyslots import KdfParams
from fieldcase.sync.engine import SyncEngine
from fieldcase.sync.protocol import PushRequest
from fieldcase.sync.steps import Inline

from .fake_server import FakeServer
from .test_engine_pages import document

TEST_KDF = KdfParams.insecure_for_tests()
PASSPHRASE = "correct horse battery staple"
NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
NAMES = ("Qorvanex", "Mohammed", "Selam", "Hiwet", "Tesfaye", "Yonas", "Dawit")


def now() -> datetime:
    return NOW


def open_profile(folder: Path, name: str, *, create: bool = True) -> Session:
    if create:
        profile.create_profile(folder, user=name, passphrase=PASSPHRASE, role="supervisor",
                               team="lamp", site="LAMP-01", kdf=TEST_KDF, now=now)
    return profile.unlock(folder, user=name, passphrase=PASSPHRASE, kdf=TEST_KDF, now=now)


@pytest.fixture
def people(tmp_path: Path) -> Iterator[dict[str, Session]]:
    sessions = {name: open_profile(tmp_path / name, name)
                for name in ("amina", "berhane", "held", "general")}
    yield sessions
    for session in sessions.values():
        session.close()


def engine(session: Session, server: FakeServer) -> SyncEngine:
    return SyncEngine(Inline(session.store), server, device_id=f"dev-{session.actor.user}")


def content(session: Session) -> dict[str, Any]:
    raw = session.store.raw
    ids = [row[0] for row in raw.execute(
        "SELECT id FROM cases UNION SELECT case_id FROM hidden_cases ORDER BY 1")]
    return {
        "cases": raw.execute("""SELECT rowid, id, case_number, person_id, display_name, site,
                                    status, stage, assigned_to, risk_rank, review,
                                    next_due_on, updated_hlc, doc, stamps
                                FROM cases ORDER BY rowid""").fetchall(),
        "identifiers": raw.execute("SELECT * FROM identifiers ORDER BY 1, 2, 3").fetchall(),
        "search rows": raw.execute("SELECT rowid FROM case_search ORDER BY 1").fetchall(),
        "conflicts": raw.execute("SELECT * FROM conflicts ORDER BY 1").fetchall(),
        "hidden": raw.execute("SELECT * FROM hidden_cases ORDER BY 1").fetchall(),
        "purged": raw.execute("SELECT * FROM purged_cases ORDER BY 1").fetchall(),
        "attachment queue": raw.execute("SELECT * FROM attachment_scan ORDER BY 1").fetchall(),
        "search": {text: [hit.case_id for hit in cases.search_cases(session, text)]
                   for text in (*NAMES, "Mariam", "0911234561", "P7654321", "P1111111")},
        "states": {case_id: merged_cases.load_state(session.store, case_id)
                   for case_id in ids},
    }


class Pulls:
    """Pull rounds on the two devices: ``held`` as the engine does, ``general`` with the
    held-case path switched off; counts the cases the held path wrote."""

    def __init__(self, server: FakeServer, held: Session, general: Session,
                 monkeypatch: pytest.MonkeyPatch) -> None:
        self.server, self.held, self.general = server, held, general
        self.monkeypatch = monkeypatch
        self.written: list[str] = []

    def pull(self) -> None:
        real_save, real_candidates = held_cases.save, held_cases.candidates

        def save(*args: Any, **kwargs: Any) -> str | None:
            where = real_save(*args, **kwargs)
            if where is not None:
                self.written.append(args[1].case_id)
            return where

        with self.monkeypatch.context() as patch:
            patch.setattr(held_cases, "save", save)
            engine(self.held, self.server).pull()
        with self.monkeypatch.context() as patch:
            patch.setattr(held_cases, "candidates", lambda changes: {})
            engine(self.general, self.server).pull()
        assert real_candidates is held_cases.candidates

    def same(self) -> dict[str, Any]:
        held, general = content(self.held), content(self.general)
        for name in held:
            assert held[name] == general[name], name
        return held


def test_changes_to_held_cases_store_exactly_what_the_general_path_stores(
        people: dict[str, Session], monkeypatch: pytest.MonkeyPatch) -> None:
    server = FakeServer()
    amina, berhane = people["amina"], people["berhane"]
    made = [cases.create_case(amina, document(name, number)).case_id
            for number, name in enumerate(NAMES)]
    engine(amina, server).run()
    engine(berhane, server).run()
    pulls = Pulls(server, people["held"], people["general"], monkeypatch)
    pulls.pull()
    pulls.same()
    assert not pulls.written  # cases new to the device are not held yet

    # Round 1: every kind of change a colleague makes.
    flagged, noted, tasked, conflicted, renamed, deleted, documented = made
    cases.update_case(amina, flagged, {"case": {"flags": ["supervisor_review"]}, "tasks": [
        {"title": "call back", "due_on": "2026-12-01", "assigned_to": "amina"}]})
    shown = cases.show_case(amina, noted).document
    cases.update_case(amina, noted, {"notes": [*shown["notes"], {
        "text": "called the shelter", "confidential": False, "author": "amina",
        "written_at": "2026-11-30T08:00:00Z"}], "journey": [{
            "stage": "transit", "country": "SDN", "started_on": "2026-11-01",
            "ended_on": "2026-11-10"}]})
    cases.update_case(amina, tasked, {"tasks": [{
        "title": "follow up", "due_on": "2026-12-03", "assigned_to": "amina"}],
        "notes": []})
    cases.update_case(amina, conflicted, {"case": {"stage": "destination"}})
    cases.update_case(berhane, conflicted, {"case": {"stage": "return"}})
    cases.update_case(amina, renamed, {"person": {"given_name": "Mariam"}})
    cases.update_case(amina, documented, {"person": {"documents": [{
        "type": "passport", "number": "P 7654321", "issuing_country": "ERI",
        "held_by": "self"}]}})
    cases.delete_case(amina, deleted)
    engine(amina, server).run()
    engine(berhane, server).run()
    pulls.pull()
    after = pulls.same()
    assert {flagged, noted, tasked, conflicted, documented} <= set(pulls.written)
    assert renamed not in pulls.written and deleted not in pulls.written
    review = {row[1]: row[10] for row in after["cases"]}
    assert review[flagged] == review[conflicted] == 1 and review[noted] == 0
    assert len(after["conflicts"]) == 1 and after["search"]["Mariam"] == [renamed]
    assert after["search"]["P7654321"] == [documented]
    assert deleted not in {row[1] for row in after["cases"]}
    assert {row[1]: row[11] for row in after["cases"]}[tasked] == "2026-12-03"

    # Round 2: the conflict settled, a change to the renamed case, the task's due date
    # changed on two devices at once, the passport's number corrected.
    pulls.written.clear()
    engine(amina, server).run()
    cases.update_case(amina, conflicted, {"case": {"stage": "origin"}})
    task_id = cases.show_case(amina, flagged).document["tasks"][0]["id"]
    server.push(PushRequest("dev-amina", amina.store.ids.new(), (
        _delete(amina.store, flagged, task_id),)))  # no service removes a task: sent as such
    cases.update_case(amina, renamed, {"case": {"stage": "destination"}})
    for person, due in ((amina, "2026-12-04"), (berhane, "2026-12-05")):
        tasks = cases.show_case(person, tasked).document["tasks"]
        cases.update_case(person, tasked, {"tasks": [{**tasks[0], "due_on": due}]})
    passport = cases.show_case(amina, documented).document["person"]["documents"][0]
    cases.update_case(amina, documented, {"person": {"documents": [
        {**passport, "number": "P 1111111"}]}})
    engine(amina, server).run()
    engine(berhane, server).run()
    pulls.pull()
    after = pulls.same()
    assert {conflicted, renamed, tasked, documented, flagged} <= set(pulls.written)
    review = {row[1]: row[10] for row in after["cases"]}
    assert review[conflicted] == 0 and review[tasked] == 1
    assert [row[1] for row in after["conflicts"]] == [tasked]
    assert after["search"]["Mariam"] == [renamed] and after["search"]["P7654321"] == []
    assert after["search"]["P1111111"] == [documented]
    assert {row[1]: row[11] for row in after["cases"]}[flagged] is None  # its task removed

    # Round 3: a note on the case whose task is in conflict: the conflict, on a record the
    # held path does not read, keeps the case in review. A journey leg's dates moved apart
    # on two devices: each edit was valid, the merge is not (a merge problem: review).
    pulls.written.clear()
    shown = cases.show_case(amina, tasked).document
    cases.update_case(amina, tasked, {"notes": [*shown["notes"], {
        "text": "task disputed", "confidential": False, "author": "amina",
        "written_at": "2026-11-30T09:00:00Z"}]})
    for person, dates in ((amina, {"ended_on": "2026-11-05"}),
                          (berhane, {"started_on": "2026-11-08"})):
        leg = cases.show_case(person, noted).document["journey"][0]
        cases.update_case(person, noted, {"journey": [{**leg, **dates}]})
    engine(amina, server).run()
    engine(berhane, server).run()
    pulls.pull()
    after = pulls.same()
    assert sorted(pulls.written) == sorted([tasked, noted])
    review = {row[1]: row[10] for row in after["cases"]}
    assert review[tasked] == review[noted] == 1
    assert len(after["conflicts"]) == 1


def test_a_held_case_edited_here_too_merges_as_through_the_general_path(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A local edit not yet pushed is already in the stored state: the pulled edit of the same
    field opens a conflict, the pulled note joins the local one. The device's store is copied
    after the local edits so both paths start from the same bytes."""
    server = FakeServer()
    amina = open_profile(tmp_path / "amina", "amina")
    device = open_profile(tmp_path / "held", "chaltu")
    try:
        case_id = cases.create_case(amina, document("Qorvanex", 1)).case_id
        engine(amina, server).run()
        engine(device, server).run()
        cases.update_case(device, case_id, {"case": {"stage": "return", "risk_level": "low"}})
        shown = cases.show_case(device, case_id).document
        cases.update_case(device, case_id, {"notes": [*shown["notes"], {
            "text": "local note", "confidential": False, "author": "chaltu",
            "written_at": "2026-11-30T08:30:00Z"}]})
        cases.update_case(amina, case_id, {"case": {"stage": "destination"}})
        engine(amina, server).run()
    finally:
        amina.close()
        device.close()
    shutil.copytree(tmp_path / "held", tmp_path / "general")
    held = open_profile(tmp_path / "held", "chaltu", create=False)
    general = open_profile(tmp_path / "general", "chaltu", create=False)
    try:
        pulls = Pulls(server, held, general, monkeypatch)
        pulls.pull()
        after = pulls.same()
        assert pulls.written == [case_id]
        assert len(after["conflicts"]) == 1
        assert len(sync_state.pending(held.store, after=0, limit=100)) == 2  # still unsent
    finally:
        held.close()
        general.close()


def test_a_held_case_whose_case_record_stops_showing_goes_to_the_general_path(
        people: dict[str, Session]) -> None:
    """``candidates`` keeps a deleted case record away from the held path; should such a
    merge reach ``save`` all the same, it writes nothing and ``whole`` gives the general path
    the full merged state."""
    session = people["held"]
    case_id = cases.create_case(session, document("Qorvanex", 1)).case_id
    store = session.store
    assert held_cases.candidates([_delete(store, case_id)]) == {}
    held = held_cases.load(store, {case_id: {case_id}})[case_id]
    removal = _delete(store, case_id)
    merged = apply_batch({case_id: held.state}, [removal], seen=()).cases[case_id]
    with store.atomic():
        assert held_cases.save(store, merged, held) is None
    full = apply_batch({case_id: merged_cases.load_state(store, case_id)}, [removal],
                       seen=()).cases[case_id]
    assert held.whole(merged) == full
    assert set(held.state.records) == {case_id}  # only the case record was decoded


def test_candidates_leave_purges_and_person_records_to_the_general_path() -> None:
    stamp = Stamp(1_796_000_000_000, 0, "dev-a")
    note = Change("c1", "case-1", "note-1", "note", "upsert", stamp, "amina",
                  {"text": FieldEdit("x")})
    person = Change("c2", "case-2", "person-2", "person", "upsert", stamp, "amina",
                    {"given_name": FieldEdit("x")})
    purge = Change("c3", "case-3", "note-3", "note", "purge", stamp, "dpo", {})
    risk = Change("c4", "case-3", "case-3", "case", "upsert", stamp, "amina",
                  {"risk_level": FieldEdit("high")})
    assert held_cases.candidates([note, person, purge, risk]) == {"case-1": {"note-1"}}


def _delete(store: Any, case_id: str, record_id: str | None = None) -> Change:
    record = merged_cases.load_state(store, case_id).records[record_id or case_id]
    return delete_change(record, change_id=store.ids.new(), stamp=store.clock.now(),
                         author="amina")
