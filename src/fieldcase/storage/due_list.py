"""The follow-ups the Due view lists: cases whose earliest open task is due by a given day.

Each case row keeps ``next_due_on``, the earliest due date among its tasks not done (kept by
``cases.list_columns`` on every write), under the partial index ``cases_due``. The query walks
that index in due order up to the last day of interest and stops at ``limit``: it costs the
cases listed, not the cases stored. The tasks themselves are read from the document by SQLite
(``json_extract``) in the same statement, without parsing the rest of the case in Python.

Closed cases are left out: their open tasks are no longer anyone's follow-up. Since
``next_due_on`` is the *earliest* open task, a case the bound leaves out has no open task due
by then, so nothing is missed; what can be missed is a case past ``limit``, which
``count_due_cases`` counts so the view can say how many were not listed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

_WHERE = ("FROM cases INDEXED BY cases_due "
          "WHERE next_due_on IS NOT NULL AND next_due_on <= ? AND status != 'closed'")


@dataclass(frozen=True)
class DueCase:
    case_id: str
    case_number: str
    display_name: str
    site: str
    assigned_to: str | None
    next_due_on: str
    tasks_json: str  # the document's "tasks" list as JSON text


def due_query(until: date, limit: int) -> tuple[str, tuple[Any, ...]]:
    """The SQL and parameters; exposed so the query-plan test checks it."""
    sql = ("SELECT id, case_number, display_name, site, assigned_to, next_due_on, "
           f"coalesce(json_extract(doc, '$.tasks'), '[]') {_WHERE} "
           "ORDER BY next_due_on, rowid LIMIT ?")
    return sql, (until.isoformat(), limit)


def count_query(until: date) -> tuple[str, tuple[Any, ...]]:
    return f"SELECT count(*) {_WHERE}", (until.isoformat(),)


def due_cases(raw: Any, until: date, limit: int) -> list[DueCase]:
    """Cases not closed with a task not done due on or before ``until``, earliest first."""
    sql, params = due_query(until, limit)
    return [DueCase(*row) for row in raw.execute(sql, params).fetchall()]


def count_due_cases(raw: Any, until: date) -> int:
    sql, params = count_query(until)
    return int(raw.execute(sql, params).fetchone()[0])
