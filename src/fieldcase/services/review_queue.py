"""The supervisor's review queue: what needs a supervisor now, in groups with counts.

``review_queue(session, QueueFilter(...))`` reads every case of the person's scope once
(``storage.review_queue``) and sorts each into the groups it belongs to (a case can be in
several: a new critical case of an unaccompanied child is in both groups):

- **new high-risk** — risk high or critical, still ``open`` (nobody has started the
  assessment): the first thing a supervisor looks at;
- **children** — unaccompanied or separated children (the case's flags);
- **case plans to agree** — in ``assessment``: the supervisor's ``agree_case_plan`` (or a
  return with a comment) is what moves them on;
- **closures to approve** — ``closure_requested``;
- **overdue follow-ups** — the earliest open task is due before today;
- **unassigned intake** — nobody is assigned;
- **conflicts** — an open conflict between two laptops' edits;
- **refused by the server** — changes the server refused (the count is the sync status's:
  changes, not cases; the cases holding them are listed);
- **referrals with no answer** — a referral still ``sent`` after N days (``answer_days``: the
  organisation's policy when it carries one, else 14);
- **escalated** — someone raised the case to the supervisors (``case.escalation``) and no
  supervisor has cleared it yet;
- **transfers to accept** — another team's case whose transfer waits at the supervisor's own
  site (``case.transfer``; sync sends them only these). Such a case is in no other group: it
  is not this team's yet. A transfer this team proposed shows as ``transfer_to`` on its row.

Closed cases are out unless ``include_closed``. The filters (worker, site) narrow the groups;
the choices offered for them come from the whole scope, so a filter never hides its own
alternatives. Reading the queue is not audited (nor is the case list): it carries case
numbers and names for the rows, and the view shows a name on the selected row only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import Final

from fieldcase.domain import policy
from fieldcase.services.lease import require_working_lease
from fieldcase.services.org_policy import device_policy
from fieldcase.services.refusals import refused_count
from fieldcase.services.session import Session
from fieldcase.storage import review_queue as stored
from fieldcase.storage.review_queue import QueueFacts

__all__ = ["DEFAULT_ANSWER_DAYS", "GROUP_ORDER", "QueueCase", "QueueFilter", "QueueGroup",
           "ReviewQueue", "review_queue", "team_people"]

DEFAULT_ANSWER_DAYS: Final = 14
UNASSIGNED: Final = ""  # the worker filter's value for "nobody"


class QueueGroup(StrEnum):
    NEW_HIGH_RISK = "new_high_risk"
    CHILDREN = "children"
    CASE_PLANS = "case_plans"
    CLOSURES = "closures"
    OVERDUE = "overdue"
    UNASSIGNED = "unassigned"
    CONFLICTS = "conflicts"
    REFUSED = "refused"
    REFERRALS = "referrals"
    ESCALATED = "escalated"
    TRANSFERS = "transfers"


GROUP_ORDER: Final = tuple(QueueGroup)


QueueCase = QueueFacts
"""A row of the queue (the store's facts: number, name, status, risk, worker, site...)."""


@dataclass(frozen=True)
class QueueFilter:
    """``worker``: only that person's cases (``UNASSIGNED``: nobody's); ``site``: one site."""

    worker: str | None = None
    site: str | None = None
    include_closed: bool = False


@dataclass(frozen=True)
class ReviewQueue:
    """The groups in ``GROUP_ORDER``, each with its cases (worst risk first, then by number)
    and its count; ``workers`` and ``sites`` the filter's choices; ``answer_days`` the N of
    the referral group."""

    today: date
    answer_days: int
    groups: dict[QueueGroup, tuple[QueueCase, ...]]
    counts: dict[QueueGroup, int]
    workers: tuple[str, ...] = ()
    sites: tuple[str, ...] = ()
    cases: dict[str, QueueCase] = field(default_factory=dict)

    def keys(self, group: QueueGroup) -> tuple[str, ...]:
        """The case ids of a group, in the order shown."""
        return tuple(case.case_id for case in self.groups[group])


def answer_days(session: Session) -> int:
    """N for "no answer after N days": the organisation's value once its policy carries one
    (``referral_answer_days``), else :data:`DEFAULT_ANSWER_DAYS`."""
    published = device_policy(session)
    value = getattr(published, "referral_answer_days", None)
    return value if isinstance(value, int) and value > 0 else DEFAULT_ANSWER_DAYS


def groups_of(case: QueueFacts, *, today: date, answer_by: date,
              site: str | None = None) -> list[QueueGroup]:
    """The groups one case belongs to (pure: the rules of the module's docstring); ``site``
    the supervisor's own, where transfers to accept wait."""
    if site is not None and case.transfer_to == site and case.site != site:
        return [QueueGroup.TRANSFERS]
    found: list[QueueGroup] = []
    if case.status == "open" and case.risk_level in ("high", "critical"):
        found.append(QueueGroup.NEW_HIGH_RISK)
    if case.child:
        found.append(QueueGroup.CHILDREN)
    if case.status == "assessment":
        found.append(QueueGroup.CASE_PLANS)
    if case.status == "closure_requested":
        found.append(QueueGroup.CLOSURES)
    if case.next_due_on is not None and case.next_due_on < today.isoformat():
        found.append(QueueGroup.OVERDUE)
    if case.assigned_to is None:
        found.append(QueueGroup.UNASSIGNED)
    if case.conflicted:
        found.append(QueueGroup.CONFLICTS)
    if case.refused:
        found.append(QueueGroup.REFUSED)
    if case.oldest_sent_referral is not None \
            and case.oldest_sent_referral <= answer_by.isoformat():
        found.append(QueueGroup.REFERRALS)
    if case.escalated:
        found.append(QueueGroup.ESCALATED)
    return found


def _admitted(case: QueueFacts, chosen: QueueFilter) -> bool:
    if chosen.site is not None and case.site != chosen.site:
        return False
    if chosen.worker is None:
        return True
    return (case.assigned_to or UNASSIGNED) == chosen.worker


def review_queue(session: Session, chosen: QueueFilter | None = None) -> ReviewQueue:
    """The queue of the signed-in person's scope (a supervisor: the team's cases on this
    laptop), narrowed by ``chosen``. One pass over the store; refused while the offline
    lease has expired, like the case list."""
    require_working_lease(session)
    chosen = chosen or QueueFilter()
    today = session.today()
    days = answer_days(session)
    answer_by = today - timedelta(days=days)
    grouped: dict[QueueGroup, list[QueueFacts]] = {group: [] for group in GROUP_ORDER}
    workers: set[str] = set()
    sites: set[str] = set()
    listed: dict[str, QueueFacts] = {}
    scope = policy.list_scope(session.actor)
    for case in stored.queue_facts(session.store.raw, scope,
                                   include_closed=chosen.include_closed):
        sites.add(case.site)
        if case.assigned_to is not None:
            workers.add(case.assigned_to)
        if not _admitted(case, chosen):
            continue
        for group in groups_of(case, today=today, answer_by=answer_by,
                               site=session.actor.site):
            grouped[group].append(case)
            listed[case.case_id] = case
    groups = {group: tuple(sorted(found, key=lambda c: (-c.risk_rank, c.case_number)))
              for group, found in grouped.items()}
    counts = {group: len(found) for group, found in groups.items()}
    if chosen.worker is None and chosen.site is None:
        counts[QueueGroup.REFUSED] = refused_count(session)  # changes, as the sync status
    return ReviewQueue(today, days, groups, counts, tuple(sorted(workers)),
                       tuple(sorted(sites)), listed)


def team_people(session: Session) -> list[str]:
    """The names a case can be assigned to (``storage.review_queue.team_people``)."""
    require_working_lease(session)
    return stored.team_people(session.store.raw, session.actor.team)
