"""The supervisor's audit log viewer: who viewed, changed, exported, printed which case, with
the right kind and user, newest first; filters by user, case, kind and time; windows with a
cursor; a worker refused in words; every opening audited without details; no name shown."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from fieldcase.domain.errors import ValidationError
from fieldcase.services import cases, profile, referrals
from fieldcase.services.audit_view import (
    AUDIT_VIEW_ACTION,
    AuditFilter,
    AuditKind,
    audit_page,
    kind_of,
    open_audit_log,
)
from fieldcase.services.export import ExportSelection, export_cases
from fieldcase.services.session import Session

from .conftest import NOW, PASSPHRASE, TEST_KDF, new_case

WORKER_PASSPHRASE = "a worker's own long passphrase"
SERVICE = "lamp-01-medical"


class Clock:
    def __init__(self) -> None:
        self.at = NOW

    def __call__(self) -> datetime:
        return self.at


@dataclass
class Seeded:
    folder: Path
    clock: Clock
    case_id: str
    number: str
    other_id: str

    def open(self, user: str) -> Session:
        secret = PASSPHRASE if user == "it.admin" else WORKER_PASSPHRASE
        return profile.unlock(self.folder, user=user, passphrase=secret, kdf=TEST_KDF,
                              now=self.clock)


@pytest.fixture
def seeded(tmp_path: Path) -> Iterator[Seeded]:
    """Day 1: the admin adds supervisor amina and worker bilal; amina registers two cases.
    Day 2: bilal opens, changes and prints a referral of the first. Day 3: amina exports."""
    clock = Clock()
    folder = tmp_path / "team"
    profile.create_profile(folder, user="it.admin", passphrase=PASSPHRASE, role="admin",
                           team="lamp", site="LAMP-01", kdf=TEST_KDF, now=clock)
    seeded = Seeded(folder, clock, "", "", "")
    admin = seeded.open("it.admin")
    try:
        for name, role in (("amina", "supervisor"), ("bilal", "worker")):
            profile.add_user(admin, name=name, passphrase=WORKER_PASSPHRASE, role=role,
                             team="lamp", site="LAMP-01", kdf=TEST_KDF)
    finally:
        admin.close()
    amina = seeded.open("amina")
    try:
        saved = cases.create_case(amina, {
            **new_case(given="Canary-Audit", assigned_to="bilal"),
            "consents": [{"purpose": "referral", "service_id": SERVICE, "given_by": "self",
                          "form": "written", "given_on": "2026-11-29"}],
            "referrals": [{"service_id": SERVICE, "reason": "wound care", "status": "sent",
                           "referred_on": "2026-11-29"}]})
        other = cases.create_case(amina, new_case(given="Other"))
        number = cases.show_case(amina, saved.case_id).document["case"]["case_number"]
    finally:
        amina.close()
    seeded.case_id, seeded.number, seeded.other_id = saved.case_id, number, other.case_id
    clock.at = NOW + timedelta(days=1)
    bilal = seeded.open("bilal")
    try:
        shown = cases.show_case(bilal, saved.case_id).document
        cases.update_case(bilal, saved.case_id, {"person": {"family_name": "Canary-Two"}})
        referrals.record_referral_print(bilal, saved.case_id, shown["referrals"][0]["id"],
                                        "pdf")
    finally:
        bilal.close()
    clock.at = NOW + timedelta(days=2)
    amina = seeded.open("amina")
    try:
        export_cases(amina, ExportSelection(), io.StringIO().write)
    finally:
        amina.close()
    yield seeded


def test_the_worker_s_view_change_and_print_and_the_export_are_listed(seeded: Seeded) -> None:
    amina = seeded.open("amina")
    try:
        open_audit_log(amina)
        rows = audit_page(amina).rows
    finally:
        amina.close()
    top = [(r.entry.user, r.entry.action, r.kind) for r in rows[:6]]
    assert top == [
        ("amina", AUDIT_VIEW_ACTION, AuditKind.OTHER),
        ("amina", "unlock", AuditKind.UNLOCKED),
        ("amina", "case.export", AuditKind.EXPORTED),
        ("amina", "unlock", AuditKind.UNLOCKED),
        ("bilal", "referral.print", AuditKind.PRINTED),
        ("bilal", "case.edit", AuditKind.CHANGED),
    ]
    assert [r.seq for r in rows] == sorted((r.seq for r in rows), reverse=True)
    export = rows[2]
    assert export.case_id is None and export.more_cases == 0
    assert seeded.number in export.case_numbers and len(export.case_numbers) == 2
    assert ("count", 2) in export.entry.counts
    viewed = next(r for r in rows if r.entry.action == "case.view" and r.entry.user == "bilal")
    assert viewed.kind is AuditKind.VIEWED
    assert viewed.case_id == seeded.case_id and viewed.case_numbers == (seeded.number,)
    words = repr(rows)
    for private in ("Canary", "wound care", "Tesfay"):
        assert private not in words


def test_filters_by_user_case_kind_and_time(seeded: Seeded) -> None:
    amina = seeded.open("amina")
    try:
        by_bilal = audit_page(amina, AuditFilter(user="bilal")).rows
        assert {r.entry.user for r in by_bilal} == {"bilal"}
        assert [r.entry.action for r in by_bilal] == [
            "referral.print", "case.edit", "case.view", "unlock"]
        by_number = audit_page(amina, AuditFilter(case=seeded.number.lower())).rows
        assert {seeded.case_id} <= {r.case_id for r in by_number}
        assert "case.export" in [r.entry.action for r in by_number]  # the export names it
        assert all(seeded.number in r.case_numbers for r in by_number)
        by_id = audit_page(amina, AuditFilter(case=seeded.other_id)).rows
        assert [r.entry.action for r in by_id] == ["case.export", "case.create"]
        printed = audit_page(amina, AuditFilter(kind=AuditKind.PRINTED)).rows
        assert [r.entry.action for r in printed] == ["referral.print"]
        changed = audit_page(amina, AuditFilter(kind=AuditKind.CHANGED)).rows
        assert {r.entry.action for r in changed} == {"case.create", "case.edit"}
        other = audit_page(amina, AuditFilter(kind=AuditKind.OTHER)).rows
        assert other and all(kind_of(r.entry.action) is AuditKind.OTHER for r in other)
        assert "user.add" in {r.entry.action for r in other}
        day_two = audit_page(amina, AuditFilter(since=NOW + timedelta(days=1),
                                                until=NOW + timedelta(days=2))).rows
        assert {r.entry.user for r in day_two} == {"bilal"} and len(day_two) == 4
        with pytest.raises(ValidationError) as refused:
            audit_page(amina, AuditFilter(case="FC-NOSUCH-9"))
        assert refused.value.rule == "unknown_case"
    finally:
        amina.close()


def test_windows_follow_one_another_without_gaps(seeded: Seeded) -> None:
    amina = seeded.open("amina")
    try:
        whole = audit_page(amina).rows
        seen: list[int] = []
        cursor: int | None = None
        while True:
            window = audit_page(amina, cursor=cursor, limit=3)
            assert len(window.rows) <= 3
            seen += [r.seq for r in window.rows]
            if window.cursor is None:
                break
            cursor = window.cursor
    finally:
        amina.close()
    assert seen == [r.seq for r in whole]


def test_a_worker_is_refused_in_words(seeded: Seeded) -> None:
    bilal = seeded.open("bilal")
    try:
        for call in (open_audit_log, audit_page):
            with pytest.raises(ValidationError) as refused:
                call(bilal)
            assert refused.value.rule == "supervisor_only"
            assert "supervisor" in refused.value.message
        opened = bilal.store.raw.execute(
            "SELECT count(*) FROM audit_log WHERE action = ?", (AUDIT_VIEW_ACTION,)).fetchone()
        assert opened[0] == 0
    finally:
        bilal.close()


def test_each_opening_is_audited_once_without_details(seeded: Seeded) -> None:
    amina = seeded.open("amina")
    try:
        choices = open_audit_log(amina)
        assert choices.users == ("amina", "bilal", "it.admin")
        audit_page(amina, AuditFilter(user="bilal"))
        audit_page(amina, AuditFilter(case=seeded.number))
        open_audit_log(amina)
        rows = amina.store.raw.execute(
            "SELECT user, case_id, details FROM audit_log WHERE action = ?",
            (AUDIT_VIEW_ACTION,)).fetchall()
    finally:
        amina.close()
    assert rows == [("amina", None, "{}"), ("amina", None, "{}")]
