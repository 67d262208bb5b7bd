"""Follow-ups due: overdue, today and the next seven days, for the person who owns them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from fieldcase.services import cases, due, profile
from fieldcase.services.due import DueGroup
from fieldcase.services.session import Session

from .conftest import PASSPHRASE, TEST_KDF, new_case, now

TODAY = date(2026, 11, 30)  # conftest.NOW
WORKER_PASSPHRASE = "river lamp orbit seven"


def task(title: str, due_on: str, owner: str | None = None, done_on: str | None = None
         ) -> dict[str, Any]:
    return {"title": title, "due_on": due_on, "assigned_to": owner, "done_on": done_on}


@pytest.fixture
def team(tmp_path: Path) -> Iterator[dict[str, Session]]:
    """A profile with supervisor amina and worker bilal, both unlocked."""
    folder = tmp_path / "team"
    profile.create_profile(folder, user="it.admin", passphrase=PASSPHRASE, role="admin",
                           team="lamp", site="LAMP-01", kdf=TEST_KDF, now=now)
    admin = profile.unlock(folder, user="it.admin", passphrase=PASSPHRASE, kdf=TEST_KDF, now=now)
    try:
        for name, role in (("amina", "supervisor"), ("bilal", "worker")):
            profile.add_user(admin, name=name, passphrase=WORKER_PASSPHRASE, role=role,
                             team="lamp", site="LAMP-01", kdf=TEST_KDF)
    finally:
        admin.close()
    sessions = {name: profile.unlock(folder, user=name, passphrase=WORKER_PASSPHRASE,
                                     kdf=TEST_KDF, now=now) for name in ("amina", "bilal")}
    yield sessions
    for session in sessions.values():
        session.close()


def add_case(session: Session, tasks: list[dict[str, Any]], assigned_to: str = "bilal") -> str:
    document = new_case(assigned_to=assigned_to)
    document["tasks"] = tasks
    return cases.create_case(session, document).case_number


def titles(listed: due.DueList, group: DueGroup) -> list[str]:
    return [t.title for t in listed.group(group)]


def test_open_follow_ups_are_grouped_overdue_today_and_the_next_seven_days(
        team: dict[str, Session]) -> None:
    amina = team["amina"]
    number = add_case(amina, [
        task("Call the shelter", "2026-11-20"), task("Clinic visit", "2026-11-30"),
        task("Bring the papers", "2026-12-07"), task("Too far ahead", "2026-12-08"),
        task("Already done", "2026-11-21", done_on="2026-11-22"),
        task("Earlier overdue", "2026-11-02")])
    listed = due.due_tasks(amina, TODAY)
    assert listed.today == TODAY and listed.unlisted_cases == 0
    assert titles(listed, DueGroup.OVERDUE) == ["Earlier overdue", "Call the shelter"]
    assert titles(listed, DueGroup.TODAY) == ["Clinic visit"]
    assert titles(listed, DueGroup.WEEK) == ["Bring the papers"]
    late = listed.group(DueGroup.OVERDUE)[1]
    assert (late.case_number, late.days, late.owner, late.due_on) == (
        number, -10, "bilal", date(2026, 11, 20))
    assert [t.group for t in listed.tasks] == [DueGroup.OVERDUE, DueGroup.OVERDUE,
                                               DueGroup.TODAY, DueGroup.WEEK]


def test_a_closed_case_has_no_follow_ups_left(team: dict[str, Session]) -> None:
    amina = team["amina"]
    number = add_case(amina, [task("Overdue on a case about to close", "2026-11-25")])
    assert titles(due.due_tasks(amina, TODAY), DueGroup.OVERDUE) == [
        "Overdue on a case about to close"]
    cases.change_status(amina, number, "request_closure")
    cases.change_status(amina, number, "approve_closure")
    assert due.due_tasks(amina, TODAY).tasks == ()


def test_a_worker_sees_the_follow_ups_they_own_and_a_supervisor_the_teams(
        team: dict[str, Session]) -> None:
    amina, bilal = team["amina"], team["bilal"]
    add_case(amina, [task("Bilal's by the case", "2026-11-29"),
                     task("Amina reviews", "2026-11-29", owner="amina"),
                     task("Given to bilal", "2026-11-30", owner="bilal")])
    add_case(amina, [task("Amina's own case", "2026-11-29")], assigned_to="amina")
    add_case(amina, [task("Bilal helps here", "2026-12-01", owner="bilal")],
             assigned_to="amina")  # a case bilal may not open: never listed to him
    assert [t.title for t in due.due_tasks(bilal, TODAY).tasks] == [
        "Bilal's by the case", "Given to bilal"]
    seen_by_supervisor = [(t.title, t.owner) for t in due.due_tasks(amina, TODAY).tasks]
    assert sorted(seen_by_supervisor) == sorted([
        ("Bilal's by the case", "bilal"), ("Amina reviews", "amina"), ("Given to bilal", "bilal"),
        ("Amina's own case", "amina"), ("Bilal helps here", "bilal")])


def test_past_the_limit_the_cases_left_out_are_counted_and_the_earliest_kept(
        team: dict[str, Session]) -> None:
    amina = team["amina"]
    for day in range(20, 26):
        add_case(amina, [task(f"Due on the {day}th", f"2026-11-{day}")])
    listed = due.due_tasks(amina, TODAY, limit=4)
    assert [t.title for t in listed.tasks] == [f"Due on the {day}th" for day in range(20, 24)]
    assert listed.unlisted_cases == 2
    assert due.due_tasks(amina, TODAY, limit=6).unlisted_cases == 0


def test_the_groups_follow_the_day_asked_for(team: dict[str, Session]) -> None:
    amina = team["amina"]
    add_case(amina, [task("Next week", "2026-12-05")])
    assert titles(due.due_tasks(amina, TODAY), DueGroup.WEEK) == ["Next week"]
    assert titles(due.due_tasks(amina, date(2026, 12, 5)), DueGroup.TODAY) == ["Next week"]
    assert titles(due.due_tasks(amina, date(2026, 12, 9)), DueGroup.OVERDUE) == ["Next week"]
    assert due.due_tasks(amina, date(2026, 11, 27)).tasks == ()  # eight days ahead
