"""The supervisor's review queue over a seeded team: each group holds exactly the cases its
rule names, closed cases stay out unless asked, the worker and site filters narrow every
group, and a worker's queue holds only what the worker may see."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from fieldcase.services import cases, profile, transfers
from fieldcase.services.review_queue import (
    DEFAULT_ANSWER_DAYS,
    UNASSIGNED,
    QueueFilter,
    QueueGroup,
    ReviewQueue,
    review_queue,
    team_people,
)
from fieldcase.services.session import Session
from fieldcase.storage import refusals, sync_state

from .conftest import PASSPHRASE, TEST_KDF, new_case, now
from .test_computed_fields import child_screening

PEOPLE_PASSPHRASE = "river lamp orbit seven"
SERVICE = "lamp-01-legal"


@pytest.fixture
def team(tmp_path: Path) -> Iterator[dict[str, Session]]:
    """Supervisor amina, workers bilal (LAMP-01) and chen (LAMP-02), one laptop."""
    folder = tmp_path / "team"
    profile.create_profile(folder, user="it.admin", passphrase=PASSPHRASE, role="admin",
                           team="lamp", site="LAMP-01", kdf=TEST_KDF, now=now)
    admin = profile.unlock(folder, user="it.admin", passphrase=PASSPHRASE, kdf=TEST_KDF, now=now)
    try:
        for name, role, site in (("amina", "supervisor", "LAMP-01"),
                                 ("bilal", "worker", "LAMP-01"),
                                 ("chen", "worker", "LAMP-02")):
            profile.add_user(admin, name=name, passphrase=PEOPLE_PASSPHRASE, role=role,
                             team="lamp", site=site, kdf=TEST_KDF)
    finally:
        admin.close()
    sessions = {name: profile.unlock(folder, user=name, passphrase=PEOPLE_PASSPHRASE,
                                     kdf=TEST_KDF, now=now) for name in ("amina", "bilal")}
    yield sessions
    for session in sessions.values():
        session.close()


def add(session: Session, given: str, *, status_moves: tuple[str, ...] = (),
        **extra: Any) -> str:
    document = new_case(given, **extra.pop("case", {}))
    document.update(extra)
    case_id = cases.create_case(session, document).case_id
    for move in status_moves:
        cases.change_status(session, case_id, move, comment="moving on")
    return case_id


def numbers(queue: ReviewQueue, group: QueueGroup) -> list[str]:
    return sorted(queue.cases[c].display_name.split()[0] for c in queue.keys(group))


@pytest.fixture
def seeded(team: dict[str, Session]) -> dict[str, str]:
    """One case per rule, plus a quiet one and a closed one; names say what each is."""
    amina = team["amina"]
    critical_child = {**new_case("Critical")["person"], "age_estimate": 15}
    ids = {
        "Quiet": add(amina, "Quiet", case={"assigned_to": "bilal"}),
        "Critical": add(amina, "Critical", person=critical_child,
                        screenings=[child_screening()], case={"assigned_to": "bilal"}),
        "Child": add(amina, "Child", case={"assigned_to": "chen", "site": "LAMP-02",
                                           "flags": ["separated_child"]},
                     status_moves=("start_assessment",)),
        "Plan": add(amina, "Plan", case={"assigned_to": "bilal"},
                    status_moves=("start_assessment",)),
        "Closing": add(amina, "Closing", case={"assigned_to": "chen", "site": "LAMP-02"},
                       status_moves=("request_closure",)),
        "Late": add(amina, "Late", case={"assigned_to": "bilal"},
                    tasks=[{"title": "call back", "due_on": "2026-11-20"}]),
        "Intake": add(amina, "Intake", case={"assigned_to": None}),
        "Waiting": add(amina, "Waiting", case={"assigned_to": "bilal"},
                       consents=[{"purpose": "referral", "service_id": SERVICE,
                                  "given_by": "self", "form": "verbal",
                                  "given_on": "2026-11-01"}],
                       referrals=[{"service_id": SERVICE, "reason": "legal advice",
                                   "status": "sent", "referred_on": "2026-11-02"}]),
        "Recent": add(amina, "Recent", case={"assigned_to": "bilal"},
                      consents=[{"purpose": "referral", "service_id": SERVICE,
                                 "given_by": "self", "form": "verbal",
                                 "given_on": "2026-11-20"}],
                      referrals=[{"service_id": SERVICE, "reason": "legal advice",
                                  "status": "sent", "referred_on": "2026-11-25"}]),
        "Closed": add(amina, "Closed", case={"assigned_to": None,
                                             "flags": ["unaccompanied_child"]},
                      status_moves=("request_closure", "approve_closure")),
        "Torn": add(amina, "Torn", case={"assigned_to": "bilal"}),
        "Refused": add(amina, "Refused", case={"assigned_to": "bilal"}),
    }
    # A conflict: an edit made from a view older than another edit of the same field.
    seen = cases.show_case(amina, ids["Torn"]).seen
    cases.update_case(amina, ids["Torn"], {"person": {"family_name": "One"}})
    cases.update_case(amina, ids["Torn"], {"person": {"family_name": "Two"}}, seen=seen)
    assert sync_state.has_conflicts(amina.store, ids["Torn"])
    # A change the server refused (as a sync stores one).
    cases.update_case(amina, ids["Refused"], {"case": {"stage": "destination"}})
    change_id = amina.store.raw.execute(
        "SELECT change_id FROM outbox WHERE case_id = ? ORDER BY seq DESC LIMIT 1",
        (ids["Refused"],)).fetchone()[0]
    with amina.store.atomic():
        refusals.refuse(amina.store, [(change_id, "forbidden")])
    return ids


def test_each_group_holds_the_cases_its_rule_names(team: dict[str, Session],
                                                    seeded: dict[str, str]) -> None:
    queue = review_queue(team["amina"])
    assert queue.answer_days == DEFAULT_ANSWER_DAYS == 14
    assert numbers(queue, QueueGroup.NEW_HIGH_RISK) == ["Critical"]
    assert numbers(queue, QueueGroup.CHILDREN) == ["Child"]  # the closed child is out
    assert numbers(queue, QueueGroup.CASE_PLANS) == ["Child", "Plan"]
    assert numbers(queue, QueueGroup.CLOSURES) == ["Closing"]
    assert numbers(queue, QueueGroup.OVERDUE) == ["Late"]
    assert numbers(queue, QueueGroup.UNASSIGNED) == ["Intake"]
    assert numbers(queue, QueueGroup.CONFLICTS) == ["Torn"]
    assert numbers(queue, QueueGroup.REFUSED) == ["Refused"]
    assert numbers(queue, QueueGroup.REFERRALS) == ["Waiting"]  # 28 days; "Recent" 5
    assert queue.counts == {group: len(queue.keys(group)) for group in QueueGroup}
    assert "Quiet" not in {c.display_name.split()[0] for c in queue.cases.values()}
    assert queue.workers == ("bilal", "chen") and queue.sites == ("LAMP-01", "LAMP-02")


def test_closed_cases_come_back_only_when_asked(team: dict[str, Session],
                                                seeded: dict[str, str]) -> None:
    queue = review_queue(team["amina"], QueueFilter(include_closed=True))
    assert numbers(queue, QueueGroup.CHILDREN) == ["Child", "Closed"]
    assert numbers(queue, QueueGroup.UNASSIGNED) == ["Closed", "Intake"]


def test_the_worker_and_site_filters_narrow_every_group(team: dict[str, Session],
                                                       seeded: dict[str, str]) -> None:
    amina = team["amina"]
    chen = review_queue(amina, QueueFilter(worker="chen"))
    assert {group: numbers(chen, group) for group in QueueGroup if chen.keys(group)} == {
        QueueGroup.CHILDREN: ["Child"], QueueGroup.CASE_PLANS: ["Child"],
        QueueGroup.CLOSURES: ["Closing"]}
    assert chen.workers == ("bilal", "chen")  # the choices stay whole
    nobody = review_queue(amina, QueueFilter(worker=UNASSIGNED))
    assert [g for g in QueueGroup if nobody.keys(g)] == [QueueGroup.UNASSIGNED]
    site = review_queue(amina, QueueFilter(site="LAMP-02"))
    assert sorted(c.display_name.split()[0] for c in site.cases.values()) == [
        "Child", "Closing"]
    assert site.counts[QueueGroup.REFUSED] == 0


def test_a_worker_sees_only_their_own_and_their_sites_intake(
        team: dict[str, Session], seeded: dict[str, str]) -> None:
    queue = review_queue(team["bilal"])
    shown = {c.display_name.split()[0] for c in queue.cases.values()}
    assert "Child" not in shown and "Closing" not in shown  # chen's
    assert {"Intake", "Plan", "Late"} <= shown


def test_the_people_a_case_can_go_to_are_the_teams_case_workers(
        team: dict[str, Session], seeded: dict[str, str]) -> None:
    assert team_people(team["amina"]) == ["amina", "bilal", "chen"]  # never the admin


def test_escalated_cases_have_their_own_group_until_a_supervisor_clears_them(
        team: dict[str, Session]) -> None:
    amina, bilal = team["amina"], team["bilal"]
    raised = add(amina, "Raised", case={"assigned_to": "bilal"})
    add(amina, "Quiet", case={"assigned_to": "bilal"})
    transfers.escalate_case(bilal, raised, "the recruiter came to the shelter")
    queue = review_queue(amina)
    assert numbers(queue, QueueGroup.ESCALATED) == ["Raised"]
    assert queue.counts[QueueGroup.ESCALATED] == 1
    transfers.clear_escalation(amina, raised)
    assert review_queue(amina).keys(QueueGroup.ESCALATED) == ()


def test_a_transfer_waiting_at_the_supervisors_site_is_only_in_its_own_group(
        team: dict[str, Session]) -> None:
    """As the receiving supervisor's laptop holds it: at another site, waiting for theirs."""
    amina = team["amina"]
    incoming = add(amina, "Incoming", case={"assigned_to": None, "site": "PORT-01"},
                   tasks=[{"title": "call back", "due_on": "2026-11-20"}])
    transfers.propose_transfer(amina, incoming, "LAMP-01", "family here")
    outgoing = add(amina, "Outgoing", case={"assigned_to": None})
    transfers.propose_transfer(amina, outgoing, "PORT-01")
    queue = review_queue(amina)
    assert numbers(queue, QueueGroup.TRANSFERS) == ["Incoming"]
    assert queue.counts[QueueGroup.TRANSFERS] == 1
    assert [g for g in QueueGroup if incoming in queue.keys(g)] == [QueueGroup.TRANSFERS]
    assert queue.cases[outgoing].transfer_to == "PORT-01"  # ours, waiting elsewhere
    assert outgoing in queue.keys(QueueGroup.UNASSIGNED)
