"""What the supervisor's dashboard counts of every case, in one read of the store.

One query over ``cases`` returns, per case the scope admits (closed ones too: the dashboard
counts them apart), the list columns it groups on (status, stage, site, assignee, risk) and
four facts held in the document, read there by SQLite's JSON functions rather than Python
parsing each document: the person's nationality, the registration date (``case.opened_on``),
the date of the first assistance given, and the status of every referral.

What can go wrong: like the review queue's read this walks every case row (about a second at
100,000 cases); the dashboard is opened by a person, not painted on every change.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from fieldcase.domain.policy import ListScope
from fieldcase.storage.case_list import RISK_LEVELS


@dataclass(frozen=True, slots=True)
class DashboardFacts:
    """One case as the dashboard counts it; dates are ISO text or None; no name, no number."""

    status: str
    stage: str
    site: str
    assigned_to: str | None
    risk_rank: int
    nationality: str | None
    opened_on: str | None
    first_assistance_on: str | None
    referral_statuses: tuple[str, ...]

    @property
    def risk_level(self) -> str | None:
        return RISK_LEVELS[self.risk_rank] if 0 <= self.risk_rank < len(RISK_LEVELS) else None


_QUERY = """
SELECT c.status, c.stage, c.site, c.assigned_to, c.risk_rank,
       json_extract(c.doc, '$.person.nationality'),
       json_extract(c.doc, '$.case.opened_on'),
       (SELECT min(json_extract(x.value, '$.provided_on'))
        FROM json_each(c.doc, '$.assistance') x),
       (SELECT group_concat(json_extract(x.value, '$.status'), ' ')
        FROM json_each(c.doc, '$.referrals') x)
FROM cases c"""


def dashboard_facts(raw: Any, scope: ListScope) -> Iterator[DashboardFacts]:
    """Every case ``scope`` admits, closed ones included, in no particular order."""
    where = ""
    params: list[Any] = []
    if not scope.everything:
        if scope.assigned_to is None and scope.intake_site is None:
            return
        where = " WHERE (c.assigned_to = ? OR (c.assigned_to IS NULL AND c.site = ?))"
        params.extend((scope.assigned_to, scope.intake_site))
    for row in raw.execute(_QUERY + where, params):
        yield DashboardFacts(row[0], row[1], row[2], row[3], int(row[4]), row[5], row[6],
                             row[7], tuple(str(row[8]).split()) if row[8] else ())
