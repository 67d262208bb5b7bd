"""The supervisor's dashboard: the team's cases counted, in one pass, as plain data.

``dashboard(session)`` reads every case of the person's scope once (the review queue's
scope: a supervisor's is every case synced to this laptop; ``storage.dashboard_facts``) and
counts:

- **by stage, risk, site and nationality** — the cases still being worked (every status but
  ``closed``): what the team carries now. Risk ``None`` is a case not screened yet;
- **by status** — every case, closed ones as their own bar (so the status chart adds up to
  the whole scope);
- **new cases per ISO week** — the last 12 weeks up to this one, by registration date
  (``case.opened_on``), closed cases included: a registration happened whatever came after;
- **days from registration to first assistance** — per case with any assistance recorded
  (closed included), its first ``provided_on`` minus ``opened_on`` (never below 0); the
  median, the count, the bands 0–1, 2–7, 8–30, over 30 days, and how many open cases have
  had no assistance yet;
- **referral outcomes** — every referral of every case (closed included), by its status;
- **workload per worker** — open cases (not closed) assigned to each person; cases nobody is
  assigned to are counted apart (``unassigned``).

``closed`` is the number of closed cases, said beside the charts that leave them out. Nothing
here holds a name or a case number: the dashboard's files are aggregate counts. Reading it is
not audited (no person's record is shown), like the queue.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from statistics import median
from typing import Final

from fieldcase.domain import policy
from fieldcase.domain.codes import ReferralStatus, Stage, Status
from fieldcase.services.lease import require_working_lease
from fieldcase.services.session import Session
from fieldcase.storage.case_list import RISK_LEVELS
from fieldcase.storage.dashboard_facts import DashboardFacts, dashboard_facts

__all__ = [
    "BANDS",
    "NOT_SCREENED",
    "WEEKS",
    "AssistanceDelay",
    "Counts",
    "Dashboard",
    "dashboard",
    "iso_week",
    "last_weeks",
]

WEEKS: Final = 12
NOT_SCREENED: Final = ""  # the risk key of a case not screened yet
BANDS: Final = (("0-1", 0, 1), ("2-7", 2, 7), ("8-30", 8, 30), (">30", 31, None))
"""(key, first day, last day or None) of the days-to-first-assistance histogram."""

Counts = tuple[tuple[str, int], ...]
"""(code, count) pairs in the order a chart shows them."""


@dataclass(frozen=True)
class AssistanceDelay:
    """Days from registration to first assistance; ``median`` None when ``count`` is 0."""

    count: int
    median: float | None
    bands: Counts
    none_yet: int  # open cases with no assistance recorded


@dataclass(frozen=True)
class Dashboard:
    today: date
    total: int
    closed: int
    by_stage: Counts
    by_status: Counts
    by_risk: Counts
    by_site: Counts
    by_nationality: Counts
    new_per_week: Counts  # ("2026-W49", n), oldest week first
    assistance: AssistanceDelay
    referrals: Counts
    workload: Counts  # (worker, open cases), busiest first
    unassigned: int


def iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def last_weeks(today: date, count: int = WEEKS) -> list[str]:
    """The ISO weeks of the last ``count`` weeks, this one last."""
    return [iso_week(today - timedelta(weeks=back)) for back in range(count - 1, -1, -1)]


def _parse(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None  # a damaged record: not counted rather than an error


def _ordered(counter: Counter[str], order: Iterable[str]) -> Counts:
    """The codes of ``order`` first (zeros too: an empty bar is news), then any other code
    seen (a newer laptop's), by count."""
    known = list(order)
    rest = sorted((code for code in counter if code not in known),
                  key=lambda code: (-counter[code], code))
    return tuple((code, counter[code]) for code in [*known, *rest])


def _by_count(counter: Counter[str]) -> Counts:
    return tuple(sorted(counter.items(), key=lambda item: (-item[1], item[0])))


def _delay(cases: list[DashboardFacts]) -> AssistanceDelay:
    days: list[int] = []
    none_yet = 0
    for case in cases:
        opened, first = _parse(case.opened_on), _parse(case.first_assistance_on)
        if first is None or opened is None:
            none_yet += case.status != Status.CLOSED and first is None
            continue
        days.append(max((first - opened).days, 0))
    bands = tuple((key, sum(low <= d and (high is None or d <= high) for d in days))
                  for key, low, high in BANDS)
    return AssistanceDelay(len(days), median(days) if days else None, bands, none_yet)


def count_cases(cases: list[DashboardFacts], today: date) -> Dashboard:
    """The dashboard of ``cases`` (pure: the rules of the module's docstring)."""
    working = [case for case in cases if case.status != Status.CLOSED]
    weeks = last_weeks(today)
    registered: Counter[str] = Counter()
    for case in cases:
        opened = _parse(case.opened_on)
        if opened is not None and opened <= today:
            registered[iso_week(opened)] += 1
    workload = Counter(case.assigned_to for case in working if case.assigned_to)
    return Dashboard(
        today=today, total=len(cases), closed=len(cases) - len(working),
        by_stage=_ordered(Counter(case.stage for case in working), Stage),
        by_status=_ordered(Counter(case.status for case in cases), Status),
        by_risk=_ordered(Counter(case.risk_level or NOT_SCREENED for case in working),
                         (*reversed(RISK_LEVELS), NOT_SCREENED)),
        by_site=_by_count(Counter(case.site for case in working)),
        by_nationality=_by_count(Counter(case.nationality or "XXX" for case in working)),
        new_per_week=tuple((week, registered[week]) for week in weeks),
        assistance=_delay(cases),
        referrals=_ordered(Counter(status for case in cases
                                   for status in case.referral_statuses), ReferralStatus),
        workload=_by_count(workload),
        unassigned=sum(case.assigned_to is None for case in working))


def dashboard(session: Session) -> Dashboard:
    """The dashboard of the signed-in person's scope. One pass over the store; refused while
    the offline lease has expired, like the case list and the queue."""
    require_working_lease(session)
    scope = policy.list_scope(session.actor)
    return count_cases(list(dashboard_facts(session.store.raw, scope)), session.today())
