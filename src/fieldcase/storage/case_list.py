"""The case lists the screens show: filtered, sorted, paged by keyset.

Every list sorts newest change first (``updated_hlc``, then ``rowid``) and pages with a keyset
cursor, so page 200 costs what page 1 costs. Each filter combination below is served by one
index without a temporary B-tree; ``tests/storage/test_query_plans.py`` checks that with
``EXPLAIN QUERY PLAN`` because the bundled SQLite's STAT4 statistics have picked a bad plan
for some parameter values before.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

PAGE_SIZE = 50
RISK_LEVELS = ("low", "medium", "high", "critical")  # cases.risk_rank indexes this


@dataclass(frozen=True)
class CaseFilter:
    """At most one of site / assigned_to / review_only selects the index; status narrows."""

    site: str | None = None
    assigned_to: str | None = None
    review_only: bool = False
    status: str | None = None


@dataclass(frozen=True)
class CaseSummary:
    case_id: str
    case_number: str
    display_name: str
    site: str
    status: str
    stage: str
    assigned_to: str | None
    risk_rank: int
    review: bool
    next_due_on: str | None
    updated_hlc: str

    @property
    def risk_level(self) -> str | None:
        """low / medium / high / critical, or None before any screening."""
        return RISK_LEVELS[self.risk_rank] if 0 <= self.risk_rank < len(RISK_LEVELS) else None


@dataclass(frozen=True)
class Cursor:
    """The sort key of the last row shown; the next page starts after it."""

    values: tuple[Any, ...]


@dataclass(frozen=True)
class Page:
    rows: tuple[CaseSummary, ...]
    next_cursor: Cursor | None


COLUMNS = ("id, case_number, display_name, site, status, stage, assigned_to, risk_rank, "
            "review, next_due_on, updated_hlc, rowid")


# Each list index has a twin with the status after its equality columns (migration 6).
_WITH_STATUS = {
    "cases_by_update": "cases_by_status",
    "cases_by_site": "cases_by_site_status",
    "cases_by_worker": "cases_by_worker_status",
    "cases_for_review": "cases_for_review_by_status",
}


def list_query(case_filter: CaseFilter, cursor: Cursor | None,
               limit: int) -> tuple[str, tuple[Any, ...]]:
    """The SQL and parameters for one page; exposed so the query-plan test checks it."""
    where: list[str] = []
    params: list[Any] = []
    index = "cases_by_update"
    if case_filter.review_only:
        where.append("review = 1")
        index = "cases_for_review"
    elif case_filter.assigned_to is not None:
        where.append("assigned_to = ?")
        params.append(case_filter.assigned_to)
        index = "cases_by_worker"
    elif case_filter.site is not None:
        where.append("site = ?")
        params.append(case_filter.site)
        index = "cases_by_site"
    if case_filter.site is not None and index != "cases_by_site":
        where.append("site = ?")
        params.append(case_filter.site)
    if case_filter.status is not None:
        where.append("status = ?")
        params.append(case_filter.status)
        index = _WITH_STATUS[index]
    keys = sort_keys(case_filter)
    if cursor is not None:
        where.append(f"({', '.join(keys)}) < ({', '.join('?' * len(keys))})")
        params.extend(cursor.values)
    order = ", ".join(f"{key} DESC" for key in keys)
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    sql = (f"SELECT {COLUMNS} FROM cases INDEXED BY {index} {clause} "  # noqa: S608
           f"ORDER BY {order} LIMIT ?")
    params.append(limit)
    return sql, tuple(params)


def sort_keys(case_filter: CaseFilter) -> tuple[str, ...]:
    """Newest change first; the review queue is worst risk first, then newest."""
    if case_filter.review_only:
        return ("risk_rank", "updated_hlc", "rowid")
    return ("updated_hlc", "rowid")


def list_cases(raw: Any, case_filter: CaseFilter, cursor: Cursor | None = None,
               limit: int = PAGE_SIZE) -> Page:
    sql, params = list_query(case_filter, cursor, limit + 1)
    rows = raw.execute(sql, params).fetchall()
    summaries = tuple(
        CaseSummary(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], bool(r[8]), r[9], r[10])
        for r in rows[:limit])
    next_cursor = None
    if len(rows) > limit:
        last = rows[limit - 1]
        by_name = {"risk_rank": last[7], "updated_hlc": last[10], "rowid": last[11]}
        next_cursor = Cursor(tuple(by_name[key] for key in sort_keys(case_filter)))
    return Page(summaries, next_cursor)
