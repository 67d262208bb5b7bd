"""The supervisor's dashboard over a seeded team: every chart's exact counts, closed cases
counted apart (out of stage, risk, site, nationality and workload; in status, new cases per
week, days to first assistance and referral outcomes), and a worker's dashboard holding only
what the worker may see."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from fieldcase.services.dashboard import (
    AssistanceDelay,
    Dashboard,
    dashboard,
    iso_week,
    last_weeks,
)
from fieldcase.services.session import Session

from .conftest import new_case
from .test_computed_fields import child_screening
from .test_review_queue import SERVICE, add, team  # noqa: F401  (the team fixture)


def helped(*days: str) -> list[dict[str, Any]]:
    return [{"type": "food", "provided_on": day, "provided_by": "bilal"} for day in days]


def referred(*statuses: str) -> dict[str, Any]:
    return {"consents": [{"purpose": "referral", "service_id": SERVICE, "given_by": "self",
                          "form": "verbal", "given_on": "2026-11-01"}],
            "referrals": [{"service_id": SERVICE, "reason": "legal advice", "status": status,
                           "referred_on": "2026-11-02"} for status in statuses]}


@pytest.fixture
def seeded(team: dict[str, Session]) -> None:  # noqa: F811
    """Today is Monday 30 November 2026 (ISO week 2026-W49). Seven cases, one closed."""
    amina = team["amina"]
    critical = {**new_case("Critical")["person"], "age_estimate": 15}
    add(amina, "A", case={"assigned_to": "bilal", "opened_on": "2026-11-30"},
        assistance=helped("2026-11-30"))  # 0 days
    add(amina, "B", case={"assigned_to": "bilal", "opened_on": "2026-11-24",
                          "stage": "destination"},
        assistance=helped("2026-11-29", "2026-11-25"), **referred("sent", "accepted"))  # 1
    add(amina, "C", person=critical, screenings=[child_screening()],
        case={"assigned_to": "chen", "site": "LAMP-02", "opened_on": "2026-11-10"},
        assistance=helped("2026-11-15"), status_moves=("start_assessment",))  # 5 days
    add(amina, "D", person={**new_case("D")["person"], "nationality": "NGA"},
        case={"assigned_to": None, "opened_on": "2026-10-01"},
        assistance=helped("2026-10-21"), **referred("declined"))  # 20 days
    add(amina, "E", person={**new_case("E")["person"], "nationality": "NGA"},
        case={"assigned_to": "chen", "site": "LAMP-02", "opened_on": "2026-06-01"},
        assistance=helped("2026-08-01"))  # 61 days, registered before the 12 weeks
    add(amina, "F", case={"assigned_to": "bilal", "opened_on": "2026-11-29"})  # none yet
    add(amina, "Closed", case={"assigned_to": "bilal", "opened_on": "2026-11-03",
                               "stage": "return"},
        assistance=helped("2026-11-20"), **referred("completed"),
        status_moves=("request_closure", "approve_closure"))  # 17 days


def test_the_weeks_are_the_last_twelve_iso_weeks() -> None:
    weeks = last_weeks(date(2026, 11, 30))
    assert len(weeks) == 12 and weeks[-1] == "2026-W49" and weeks[0] == "2026-W38"
    assert iso_week(date(2027, 1, 1)) == "2026-W53"  # ISO years, not calendar years


def test_every_chart_counts_the_seeded_team_exactly(team: dict[str, Session],  # noqa: F811
                                                    seeded: None) -> None:
    board = dashboard(team["amina"])
    assert isinstance(board, Dashboard)
    assert (board.total, board.closed) == (7, 1)
    assert board.by_stage == (("origin", 0), ("transit", 5), ("destination", 1),
                              ("return", 0))  # the closed case's "return" is left out
    assert dict(board.by_status) == {"open": 5, "assessment": 1, "case_plan": 0,
                                     "services": 0, "closure_requested": 0, "closed": 1,
                                     "reopened": 0}
    assert [code for code, _ in board.by_status] == [
        "open", "assessment", "case_plan", "services", "closure_requested", "closed",
        "reopened"]
    assert board.by_risk == (("critical", 1), ("high", 0), ("medium", 0), ("low", 0),
                             ("", 5))
    assert board.by_site == (("LAMP-01", 4), ("LAMP-02", 2))
    assert board.by_nationality == (("ERI", 4), ("NGA", 2))
    weeks = dict(board.new_per_week)
    assert list(weeks)[-1] == "2026-W49" and len(weeks) == 12
    assert {week: n for week, n in weeks.items() if n} == {
        "2026-W49": 1, "2026-W48": 2, "2026-W46": 1, "2026-W45": 1, "2026-W40": 1}
    assert board.assistance == AssistanceDelay(
        count=6, median=11.0, bands=(("0-1", 2), ("2-7", 1), ("8-30", 2), (">30", 1)),
        none_yet=1)
    assert board.referrals == (("proposed", 0), ("sent", 1), ("accepted", 1),
                               ("declined", 1), ("completed", 1))
    assert board.workload == (("bilal", 3), ("chen", 2))  # the closed case is not work
    assert board.unassigned == 1


def test_an_empty_scope_has_zeros_and_no_median(team: dict[str, Session]) -> None:  # noqa: F811
    board = dashboard(team["amina"])
    assert board.total == 0 and board.assistance.median is None
    assert sum(n for _, n in board.new_per_week) == 0 and board.workload == ()


def test_a_worker_counts_only_their_own_and_their_sites_intake(
        team: dict[str, Session], seeded: None) -> None:  # noqa: F811
    board = dashboard(team["bilal"])
    assert (board.total, board.closed) == (5, 1)  # A, B, F, D (intake at LAMP-01), Closed
    assert board.workload == (("bilal", 3),) and board.unassigned == 1
