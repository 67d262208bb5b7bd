"""The case list the window shows: the ordered keys of a whole filtered, sorted list, then
the rows of the windows a person scrolls to.

Paging a list by keyset reaches row 100,000 only through every page before it (15 s here).
Instead one query returns the rowids of every matching case in order (``ordered_keys``: ids
only, read from one covering index, so the list's length and scrollbar are true from the
start), and ``rows_of`` reads the display columns of any window of them by rowid, so a jump
to the end costs one window.

Each sort has one covering index (migration 9): its sort key, the last change, then every
column a filter tests. The query walks it in order and tests the filters on the index entry,
never on the 6 kB case row; the order is the index's own, so there is never a sort. Ties
break by the last change (an HLC stamp, unique per case), then by the index's other columns
and the rowid: a total order, the same on every run. ``tests/storage/test_query_plans.py``
checks each sort with each filter.

Flags are a list inside the document, so they live in ``case_flags`` (kept by triggers on
``cases``); a flag filter is one lookup list. Who may see what (``policy.ListScope``) is part
of every query, and ``rows_of`` checks it again for each row: a case reassigned away since the
keys were read is not shown.
"""

from __future__ import annotations

import json
from array import array
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from fieldcase.domain.policy import ListScope
from fieldcase.storage.case_list import RISK_LEVELS


class SortKey(StrEnum):
    """The columns a list sorts by."""

    CASE_NUMBER = "case_number"
    NAME = "name"
    STATUS = "status"
    STAGE = "stage"
    RISK = "risk"
    NEXT_DUE = "next_due"
    LAST_CHANGE = "last_change"


class Assignee(StrEnum):
    ANYONE = "anyone"
    ME = "me"
    UNASSIGNED = "unassigned"


class DueWindow(StrEnum):
    """Cases by their earliest open task: before today, today, or today and the next six
    days (the "Due" view's three sections)."""

    OVERDUE = "overdue"
    TODAY = "today"
    THIS_WEEK = "this_week"


@dataclass(frozen=True)
class CaseQuery:
    """One list: what it shows and in what order.

    Empty sets mean "any". Closed cases are left out unless ``include_closed`` is set or
    ``statuses`` names ``closed``: a worker's lists and the review queue are about open work.
    ``flags``: cases carrying every flag named."""

    sort: SortKey = SortKey.LAST_CHANGE
    descending: bool = True
    statuses: frozenset[str] = frozenset()
    risks: frozenset[str] = frozenset()
    stages: frozenset[str] = frozenset()
    flags: frozenset[str] = frozenset()
    due: DueWindow | None = None
    assignee: Assignee = Assignee.ANYONE
    site: str | None = None
    review_only: bool = False
    include_closed: bool = False


@dataclass(frozen=True, slots=True)
class ListRow:
    """What one row of the list shows, and nothing else. ``due``: "overdue", "today",
    "this_week" or "" for the earliest open task; ``matched``: what a search hit matched."""

    key: int
    case_id: str
    case_number: str
    display_name: str
    status: str
    stage: str
    risk_rank: int
    review: bool
    next_due_on: str | None
    due: str
    updated_hlc: str
    matched: str = ""

    @property
    def risk_level(self) -> str | None:
        return RISK_LEVELS[self.risk_rank] if 0 <= self.risk_rank < len(RISK_LEVELS) else None


@dataclass(frozen=True)
class OrderedKeys:
    """Every rowid of a list in order, and how many of them are overdue."""

    keys: array[int] = field(default_factory=lambda: array("q"))
    overdue: int = 0


# The sort expressions, written exactly as the indexes of migration 9 write them: SQLite uses
# an expression index only for the identical expression.
STATUS_ORDER = ("CASE status WHEN 'open' THEN 0 WHEN 'reopened' THEN 1 WHEN 'assessment' "
                "THEN 2 WHEN 'case_plan' THEN 3 WHEN 'services' THEN 4 WHEN "
                "'closure_requested' THEN 5 WHEN 'closed' THEN 6 ELSE 7 END")
STAGE_ORDER = ("CASE stage WHEN 'origin' THEN 0 WHEN 'transit' THEN 1 WHEN 'destination' "
               "THEN 2 WHEN 'return' THEN 3 ELSE 4 END")
DUE_ORDER = "ifnull(next_due_on, '9999-12-31')"  # no open task: after every date
NAME_ORDER = "display_name COLLATE NOCASE"
FILTER_COLUMNS = ("updated_hlc", "status", "site", "assigned_to", "stage", "risk_rank",
                  "review", "next_due_on")

SORTS: dict[SortKey, tuple[str, str]] = {  # sort key -> (index, leading expression)
    SortKey.CASE_NUMBER: ("cases_list_by_number", "case_number"),
    SortKey.NAME: ("cases_list_by_name", NAME_ORDER),
    SortKey.STATUS: ("cases_list_by_status", STATUS_ORDER),
    SortKey.STAGE: ("cases_list_by_stage", STAGE_ORDER),
    SortKey.RISK: ("cases_list_by_risk", "risk_rank"),
    SortKey.NEXT_DUE: ("cases_list_by_due", DUE_ORDER),
    SortKey.LAST_CHANGE: ("cases_list_by_change", "updated_hlc"),
}


def index_columns(sort: SortKey) -> tuple[str, ...]:
    """The columns of a sort's index, in order (the migration and the query share them)."""
    lead = SORTS[sort][1]
    return (lead, *(c for c in FILTER_COLUMNS if c != lead))


def keys_query(query: CaseQuery, scope: ListScope, *, user: str,
               today: date) -> tuple[str, tuple[Any, ...]]:
    """The SQL and parameters of :func:`ordered_keys`; exposed for the query-plan test."""
    where, params = _conditions(query, scope, user=user, today=today)
    index, lead = SORTS[query.sort]
    direction = " DESC" if query.descending else ""
    # Only the index's first two columns: an ORDER BY naming a later column that a filter
    # fixes (site = ?) is not seen as satisfied by the index and adds a sort. The walk of the
    # named index orders the rare exact ties by its later columns and the rowid anyway.
    order = ", ".join(f"{column}{direction}" for column in dict.fromkeys((lead, "updated_hlc")))
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    walk = (f"SELECT rowid AS k, next_due_on < ? AS late FROM cases "  # noqa: S608
            f"INDEXED BY {index} {clause} ORDER BY {order}")
    return (f"SELECT json_group_array(k), total(late) FROM ({walk})",  # noqa: S608
            (today.isoformat(), *params))


def ordered_keys(raw: Any, query: CaseQuery, scope: ListScope, *, user: str,
                 today: date) -> OrderedKeys:
    """The rowids of every case of the list, in its order (one walk of one index).

    They come back as one JSON array built in SQLite: a row per key costs more in the
    driver than the walk itself (measured at 100k cases: 130 ms against 35 ms for the walk,
    65 ms with the array). The aggregate takes the ordered subquery's rows in the order it
    yields them (a co-routine); ``tests/storage/test_case_listing.py`` checks the order."""
    text, overdue = raw.execute(*keys_query(query, scope, user=user, today=today)).fetchone()
    return OrderedKeys(array("q", json.loads(text)), int(overdue))


def _conditions(query: CaseQuery, scope: ListScope, *, user: str,
                today: date) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []

    def among(column: str, values: Iterable[Any]) -> None:
        chosen = sorted(values)
        where.append(f"{column} IN ({', '.join('?' * len(chosen))})")
        params.extend(chosen)

    if not scope.everything:
        if scope.assigned_to is None and scope.intake_site is None:
            where.append("0")
        else:
            where.append("(assigned_to = ? OR (assigned_to IS NULL AND site = ?))")
            params.extend((scope.assigned_to, scope.intake_site))
    if query.assignee is Assignee.ME:
        where.append("assigned_to = ?")
        params.append(user)
    elif query.assignee is Assignee.UNASSIGNED:
        where.append("assigned_to IS NULL")
    if query.site is not None:
        where.append("site = ?")
        params.append(query.site)
    if query.statuses:
        among("status", query.statuses)
    elif not query.include_closed:
        where.append("status <> 'closed'")
    if query.risks:
        among("risk_rank", (RISK_LEVELS.index(r) if r in RISK_LEVELS else -1
                            for r in query.risks))
    if query.stages:
        among("stage", query.stages)
    if query.review_only:
        where.append("review = 1")
    if query.due is DueWindow.OVERDUE:
        where.append("next_due_on < ?")
        params.append(today.isoformat())
    elif query.due is DueWindow.TODAY:
        where.append("next_due_on = ?")
        params.append(today.isoformat())
    elif query.due is DueWindow.THIS_WEEK:
        where.append("next_due_on BETWEEN ? AND ?")
        params.extend((today.isoformat(), (today + timedelta(days=6)).isoformat()))
    for flag in sorted(query.flags):
        where.append("rowid IN (SELECT case_rowid FROM case_flags WHERE flag = ?)")
        params.append(flag)
    return where, params


ROW_COLUMNS = ("rowid, id, case_number, display_name, status, stage, risk_rank, review, "
               "next_due_on, updated_hlc, site, assigned_to")
_CHUNK = 500  # rowids per IN (...) list, far below SQLite's limit on bound parameters


def rows_of(raw: Any, keys: Collection[int], scope: ListScope, *, today: date,
            matched: dict[int, str] | None = None) -> list[ListRow]:
    """The display rows of ``keys`` (in no particular order), leaving out cases gone or
    out of ``scope`` since the keys were read."""
    found: list[ListRow] = []
    ordered = sorted(keys)
    for start in range(0, len(ordered), _CHUNK):
        chunk = ordered[start:start + _CHUNK]
        rows = raw.execute(
            f"SELECT {ROW_COLUMNS} FROM cases WHERE rowid IN "  # noqa: S608
            f"({', '.join('?' * len(chunk))})", chunk).fetchall()
        found.extend(_row(r, today, (matched or {}).get(r[0], "")) for r in rows
                     if scope.admits(r[10], r[11]))
    return found


def keys_of_cases(raw: Any, case_ids: Collection[str]) -> dict[str, int]:
    """The rowids of cases named by id (those still shown)."""
    found: dict[str, int] = {}
    ordered = sorted(case_ids)
    for start in range(0, len(ordered), _CHUNK):
        chunk = ordered[start:start + _CHUNK]
        found.update(raw.execute(
            f"SELECT id, rowid FROM cases WHERE id IN ({', '.join('?' * len(chunk))})",  # noqa: S608
            chunk).fetchall())
    return found


def any_case(raw: Any, scope: ListScope) -> bool:
    """Whether the user may see any case at all (an empty list then means "no match")."""
    if scope.everything:
        return raw.execute("SELECT 1 FROM cases LIMIT 1").fetchone() is not None
    if scope.assigned_to is None and scope.intake_site is None:
        return False
    mine = raw.execute("SELECT 1 FROM cases WHERE assigned_to = ? LIMIT 1",
                       (scope.assigned_to,)).fetchone()
    if mine is not None:
        return True
    return raw.execute("SELECT 1 FROM cases WHERE site = ? AND assigned_to IS NULL LIMIT 1",
                       (scope.intake_site,)).fetchone() is not None


def due_state(next_due_on: str | None, today: date) -> str:
    if not next_due_on:
        return ""
    day = today.isoformat()
    if next_due_on < day:
        return DueWindow.OVERDUE.value
    if next_due_on == day:
        return DueWindow.TODAY.value
    if next_due_on <= (today + timedelta(days=6)).isoformat():
        return DueWindow.THIS_WEEK.value
    return ""


def _row(r: Sequence[Any], today: date, matched: str) -> ListRow:
    return ListRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], bool(r[7]), r[8],
                   due_state(r[8], today), r[9], matched)
