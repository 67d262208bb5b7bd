"""``services.export``: JSON Lines of case documents, permitted and redacted by the policy as
``case show`` is, audited once per export without names, written only to new 0600 files, and
refused while the offline lease has expired."""

from __future__ import annotations

import io
import json
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from fieldcase.domain.errors import PermissionDenied, ValidationError
from fieldcase.domain.lease import LeaseState, LeaseStatus
from fieldcase.domain.policy import Actor, Role
from fieldcase.services import cases, export, export_file, profile
from fieldcase.services.export import ExportFileError, ExportSelection
from fieldcase.services.export_seal import PLAINTEXT
from fieldcase.services.lease import LeaseExpired
from fieldcase.services.session import Session
from fieldcase.storage import audit, leftover_files
from fieldcase.storage.errors import NotFound

from .conftest import PASSPHRASE, TEST_KDF, new_case, now

NAMES = ("Qorvanex", "Zelthira", "ሰላም")
EVERY_CASE = ExportSelection()


def with_identity(document: dict[str, Any]) -> dict[str, Any]:
    document["person"]["documents"] = [{"type": "passport", "number": "P-1234567",
                                        "issuing_country": "ERI", "held_by": "self"}]
    return document


def lines(text: str) -> list[dict[str, Any]]:
    assert text.endswith("\n") or text == ""
    return [json.loads(line) for line in text.splitlines()]


def exported(session: Session, selection: ExportSelection = EVERY_CASE
             ) -> list[dict[str, Any]]:
    out = io.StringIO()
    result = export.export_cases(session, selection, out.write)
    documents = lines(out.getvalue())
    assert [d["id"] for d in documents] == list(result.case_ids)
    return documents


def export_events(session: Session) -> list[audit.AuditEvent]:
    """Oldest first (``audit.events`` lists newest first)."""
    return [e for e in reversed(audit.events(session.store.raw)) if e.action == "case.export"]


@pytest.fixture
def three(session: Session) -> list[str]:
    """Amina's (supervisor) profile with three cases: one with an identity document and a
    confidential note assigned to her, one closed-able open one, one unassigned intake."""
    made = [cases.create_case(session, with_identity(new_case(NAMES[0]))),
            cases.create_case(session, new_case(NAMES[1], assigned_to="bilal")),
            cases.create_case(session, new_case(NAMES[2], "Intake", assigned_to=None))]
    cases.change_status(session, made[1].case_id, "start_assessment")
    return [m.case_id for m in made]


def test_a_supervisor_exports_every_case_whole_as_case_show_gives_it(
        session: Session, three: list[str]) -> None:
    documents = exported(session)
    assert sorted(d["id"] for d in documents) == sorted(three)
    for document in documents:
        assert document == cases.show_case(session, document["id"]).document
    first = next(d for d in documents if d["id"] == three[0])
    assert first["person"]["documents"][0]["number"] == "P-1234567"
    assert first["notes"][0]["confidential"] is True


def test_the_export_round_trips_through_case_create(
        session: Session, three: list[str], tmp_path: Path) -> None:
    documents = exported(session)
    fresh_dir = tmp_path / "fresh"
    profile.create_profile(fresh_dir, user="amina", passphrase=PASSPHRASE, role="supervisor",
                           team="lamp", site="LAMP-01", kdf=TEST_KDF, now=now)
    fresh = profile.unlock(fresh_dir, user="amina", passphrase=PASSPHRASE, kdf=TEST_KDF,
                           now=now)
    try:
        for document in documents:
            saved = cases.create_case(fresh, document)
            # A new case starts open with the new store's number: those two are the store's
            # and the workflow's to set, not an export's (issue 8), and the answer says so.
            fresh_case = {**document["case"], "status": "open",
                          "case_number": saved.case_number}
            shown = cases.show_case(fresh, saved.case_id).document
            assert shown == {**document, "case": fresh_case}
            expected = ["case.case_number"] + (
                ["case.status"] if document["case"]["status"] != "open" else [])
            assert sorted(saved.ignored) == sorted(expected)
    finally:
        fresh.close()


def test_cases_are_selected_by_id_case_number_and_status(
        session: Session, three: list[str]) -> None:
    number = cases.show_case(session, three[1]).document["case"]["case_number"]
    chosen = exported(session, ExportSelection((three[0], number, three[0])))
    assert [d["id"] for d in chosen] == [three[0], three[1]]
    assessed = exported(session, ExportSelection(status="assessment"))
    assert [d["id"] for d in assessed] == [three[1]]
    both = exported(session, ExportSelection((three[0], three[1]), status="open"))
    assert [d["id"] for d in both] == [three[0]]
    assert exported(session, ExportSelection(status="closed")) == []


def test_an_unknown_case_or_status_is_refused_before_anything_is_written(
        session: Session, three: list[str]) -> None:
    out = io.StringIO()
    with pytest.raises(NotFound):
        export.export_cases(session, ExportSelection((three[0], "FC-NOPE-000001")), out.write)
    with pytest.raises(ValidationError) as caught:
        export.export_cases(session, ExportSelection(status="finished"), out.write)
    assert caught.value.path == "status"
    assert out.getvalue() == ""
    assert export_events(session) == []


def test_a_worker_exports_nothing_not_even_the_cases_they_may_open(
        session: Session, three: list[str]) -> None:
    session.actor = Actor("amina", Role.WORKER, "lamp", "LAMP-01")
    assert cases.show_case(session, three[2]).document  # intake: she may open it, no secrets
    for selection in (ExportSelection(), ExportSelection((three[0],)),
                      ExportSelection((three[2],))):
        out = io.StringIO()
        with pytest.raises(PermissionDenied, match="only a supervisor of team lamp"):
            export.export_cases(session, selection, out.write)
        assert out.getvalue() == ""
    assert export_events(session) == []


def test_one_audit_event_per_export_with_ids_and_counts_and_no_names(
        session: Session, three: list[str]) -> None:
    exported(session)
    exported(session, ExportSelection((three[2],)))
    events = export_events(session)
    assert [e.details["count"] for e in events] == [3, 1]
    assert sorted(events[0].details["case_ids"]) == sorted(three)
    assert events[1].details == {"count": 1, "case_ids": [three[2]], "complete": True,
                                 "destination": "stdout", "selected": 1,
                                 "protection": "plaintext"}
    rows = session.store.raw.execute("SELECT * FROM audit_log").fetchall()
    dumped = json.dumps([list(map(str, row)) for row in rows], ensure_ascii=False)
    assert not [name for name in (*NAMES, "Tesfay", "P-1234567") if name in dumped]
    assert audit.verify(session.store.raw).ok


def test_an_export_that_fails_half_way_is_audited_with_what_left(
        session: Session, three: list[str]) -> None:
    written: list[str] = []

    def fragile(line: str) -> None:
        if written:
            raise OSError("disk full")
        written.append(line)

    with pytest.raises(OSError, match="disk full"):
        export.export_cases(session, ExportSelection(), fragile)
    (event,) = export_events(session)
    assert event.details["count"] == 1 and event.details["complete"] is False
    assert event.details["case_ids"] == [json.loads(written[0])["id"]]


@pytest.fixture(params=["anonymous", "named"])
def file_mode(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Both ways an export file is written: anonymous (O_TMPFILE) where the file system has
    it, a named temporary file recorded in the store elsewhere."""
    if request.param == "named":
        monkeypatch.setattr(export_file, "ANONYMOUS_FILES", False)
    elif not export_file.ANONYMOUS_FILES:
        pytest.skip("this file system has no anonymous files (O_TMPFILE)")
    return str(request.param)


def test_the_file_is_new_and_0600_and_never_overwritten_without_force(
        session: Session, three: list[str], tmp_path: Path, file_mode: str) -> None:
    target = tmp_path / "export.jsonl"
    result = export.export_to_file(session, ExportSelection(), target, protection=PLAINTEXT)
    assert result.count == 3
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [d["id"] for d in lines(target.read_text("utf-8"))] == list(result.case_ids)

    target.write_text("kept\n", encoding="utf-8")
    target.chmod(0o644)
    with pytest.raises(ExportFileError) as caught:
        export.export_to_file(session, ExportSelection((three[0],)), target, protection=PLAINTEXT)
    assert caught.value.problem == "exists"
    assert target.read_text("utf-8") == "kept\n"

    export.export_to_file(session, ExportSelection((three[0],)), target, force=True,
                          protection=PLAINTEXT)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [d["id"] for d in lines(target.read_text("utf-8"))] == [three[0]]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.jsonl", "profile"]
    assert [e.details["destination"] for e in export_events(session)] == ["file", "file"]


def test_a_refused_file_export_leaves_no_file_behind(
        session: Session, three: list[str], tmp_path: Path, file_mode: str) -> None:
    with pytest.raises(ExportFileError) as caught:
        export.export_to_file(session, ExportSelection(), tmp_path / "missing" / "out.jsonl",
                              protection=PLAINTEXT)
    assert caught.value.problem == "no_folder"
    with pytest.raises(ExportFileError):
        export.export_to_file(session, ExportSelection(), tmp_path, protection=PLAINTEXT)
    session.actor = Actor("amina", Role.WORKER, "lamp", "LAMP-01")
    with pytest.raises(PermissionDenied):
        export.export_to_file(session, ExportSelection(), tmp_path / "out.jsonl",
                              protection=PLAINTEXT)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["profile"]


def test_an_expired_lease_refuses_the_export(
        open_session: Callable[..., Session], three: list[str], tmp_path: Path) -> None:
    session = open_session()
    session.lease = LeaseState(LeaseStatus.EXPIRED, 0, None, "offline too long")
    with pytest.raises(LeaseExpired):
        export.export_cases(session, ExportSelection(), io.StringIO().write)
    with pytest.raises(LeaseExpired):
        export.export_to_file(session, ExportSelection(), tmp_path / "out.jsonl",
                              protection=PLAINTEXT)
    assert not (tmp_path / "out.jsonl").exists()
    assert export_events(session) == []


def test_a_file_export_that_fails_half_way_leaves_nothing_and_no_record(
        session: Session, three: list[str], tmp_path: Path, file_mode: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    real_line = export._line
    built: list[str] = []

    def failing_line(session: Session, case_id: str) -> str:
        if built:
            raise OSError("device removed")
        built.append(case_id)
        return real_line(session, case_id)

    monkeypatch.setattr(export, "_line", failing_line)
    with pytest.raises(OSError, match="device removed"):
        export.export_to_file(session, ExportSelection(), tmp_path / "out.jsonl",
                              protection=PLAINTEXT)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["profile"]
    assert leftover_files.remembered(session.store) == []
    assert export_events(session)[-1].details["complete"] is False


def test_without_hard_links_the_name_is_reserved_and_never_overwritten(
        session: Session, three: list[str], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(export_file, "ANONYMOUS_FILES", False)

    def no_hard_links(*args: object, **kwargs: object) -> None:
        raise PermissionError("operation not permitted")  # what FAT answers

    monkeypatch.setattr(export_file.os, "link", no_hard_links)
    target = tmp_path / "out.jsonl"
    assert export.export_to_file(session, ExportSelection(), target,
                                 protection=PLAINTEXT).count == 3
    assert stat.S_IMODE(target.stat().st_mode) == 0o600 and len(lines(target.read_text())) == 3
    with pytest.raises(ExportFileError):
        export.export_to_file(session, ExportSelection(), target, protection=PLAINTEXT)
    assert len(lines(target.read_text())) == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl", "profile"]


def test_the_sweep_removes_recorded_leftovers_and_keeps_unreachable_ones(
        session: Session, tmp_path: Path) -> None:
    stick, elsewhere = tmp_path / "stick", tmp_path / "unplugged"
    stick.mkdir()
    left = stick / (export_file.TEMP_PREFIX + "0123")
    left.write_text('{"person": {"given_name": "Qorvanex"}}\n')
    not_ours = stick / "notes.txt"  # a record can only ever remove files named like ours
    not_ours.write_text("kept")
    away = elsewhere / (export_file.TEMP_PREFIX + "4567")
    with session.store.atomic():
        for path in (left, not_ours, away):
            leftover_files.remember(session.store, path)
    assert export_file.sweep_leftovers(session.store) == 1
    assert sorted(p.name for p in stick.iterdir()) == ["notes.txt"]
    assert sorted(leftover_files.remembered(session.store)) == sorted([not_ours, away])


def test_every_unlock_sweeps(open_session: Callable[..., Session], tmp_path: Path) -> None:
    session = open_session()
    left = tmp_path / (export_file.TEMP_PREFIX + "89ab")
    left.write_text("plaintext")
    with session.store.atomic():
        leftover_files.remember(session.store, left)
    session.close()
    reopened = open_session()
    assert not left.exists() and leftover_files.remembered(reopened.store) == []
