"""What the supervisor's review queue needs of every case in one read of the store.

One query over ``cases`` returns, per case the scope admits, the list columns the queue
groups on (status, assignee, site, risk, earliest open task) and three facts held elsewhere:
whether the case is an unaccompanied or separated child (``case_flags``), whether it has an
open conflict (``conflicts``) or a change the server refused (``refusals``), and the date of
its oldest referral still ``sent`` (waiting for the service's answer: inside the document, so
SQLite's ``json_each`` reads it there rather than Python parsing 6 kB per case).

What can go wrong: the referral date is the only part read from the document, so this is a
walk of every case row (about a second at 100,000 cases here); the queue is opened by a
person, not painted on every change, so that is acceptable where a list walk would not be.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from fieldcase.domain.policy import ListScope
from fieldcase.storage.case_list import RISK_LEVELS

CHILD_FLAGS = ("unaccompanied_child", "separated_child")


@dataclass(frozen=True, slots=True)
class QueueFacts:
    """One case as the queue sees it; ``oldest_sent_referral``: ISO date or None."""

    key: int
    case_id: str
    case_number: str
    display_name: str
    site: str
    status: str
    assigned_to: str | None
    risk_rank: int
    next_due_on: str | None
    child: bool
    conflicted: bool
    refused: bool
    oldest_sent_referral: str | None
    transfer_to: str | None = None
    """The site a transfer of the case waits to be accepted at (``case.transfer``)."""
    escalated: bool = False
    """Someone raised the case to the supervisors (``case.escalation``)."""

    @property
    def risk_level(self) -> str | None:
        return RISK_LEVELS[self.risk_rank] if 0 <= self.risk_rank < len(RISK_LEVELS) else None


_QUERY = f"""
SELECT c.rowid, c.id, c.case_number, c.display_name, c.site, c.status, c.assigned_to,
       c.risk_rank, c.next_due_on,
       EXISTS (SELECT 1 FROM case_flags f WHERE f.case_rowid = c.rowid
               AND f.flag IN ({", ".join(f"'{flag}'" for flag in CHILD_FLAGS)})),
       EXISTS (SELECT 1 FROM conflicts k WHERE k.case_id = c.id),
       EXISTS (SELECT 1 FROM refusals r WHERE r.case_id = c.id),
       (SELECT min(json_extract(x.value, '$.referred_on')) FROM json_each(c.doc, '$.referrals') x
        WHERE json_extract(x.value, '$.status') = 'sent'),
       json_extract(c.doc, '$.case.transfer.to_site'),
       json_extract(c.doc, '$.case.escalation') IS NOT NULL
FROM cases c"""  # noqa: S608  (constants only)


def queue_facts(raw: Any, scope: ListScope, *, include_closed: bool) -> Iterator[QueueFacts]:
    """Every case ``scope`` admits (closed ones only when asked), in no particular order."""
    where: list[str] = []
    params: list[Any] = []
    if not scope.everything:
        if scope.assigned_to is None and scope.intake_site is None:
            return
        where.append("(c.assigned_to = ? OR (c.assigned_to IS NULL AND c.site = ?))")
        params.extend((scope.assigned_to, scope.intake_site))
    if not include_closed:
        where.append("c.status <> 'closed'")
    clause = f" WHERE {' AND '.join(where)}" if where else ""
    for row in raw.execute(_QUERY + clause, params):
        yield QueueFacts(int(row[0]), row[1], row[2], row[3], row[4], row[5], row[6],
                         int(row[7]), row[8], bool(row[9]), bool(row[10]), bool(row[11]),
                         row[12], row[13], bool(row[14]))


def team_people(raw: Any, team: str) -> list[str]:
    """Who a case of ``team`` can be given to, as far as this laptop knows: its local users
    of the team who handle cases (workers and supervisors, not admins), and anyone a case
    here is assigned to already (a colleague working on another laptop)."""
    rows = raw.execute(
        """SELECT name FROM users WHERE team = ? AND role IN ('worker', 'supervisor')
           UNION SELECT DISTINCT assigned_to FROM cases WHERE assigned_to IS NOT NULL""",
        (team,)).fetchall()
    return sorted({str(r[0]) for r in rows})


def case_assignee(raw: Any, case_id: str) -> tuple[str, str | None] | None:
    """A case's number and assignee, or None when it is not on this laptop."""
    row = raw.execute("SELECT case_number, assigned_to FROM cases WHERE id = ?",
                      (case_id,)).fetchone()
    return None if row is None else (str(row[0]), None if row[1] is None else str(row[1]))
