"""Follow-ups due: overdue, due today and due in the next seven days, for the Due view.

``due_tasks(session, today)`` reads the cases whose earliest open task is due within the week
(``storage/due_list.py``: one walk of the ``cases_due`` index) and returns one ``DueTask`` per
open task in those days, grouped and sorted.

Whose follow-ups: a worker sees the tasks they own (a task's ``assigned_to``, or for a task
with none, the case's worker); a supervisor sees every task of the cases they may open, with
the owner, because overdue follow-ups of the team are theirs to chase. A case the person may
not open is never listed, as in the case list. Reading the list is not audited (the case list
is not either): it carries task titles and case numbers; a name is shown by the view only for
the row the person selects.

What can go wrong: a store with thousands of overdue cases would make a list nobody can act
on and cost a second to read, so at most ``limit`` cases are read and ``unlisted_cases`` says
how many more have follow-ups due; the earliest are the ones listed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Final

from fieldcase.domain import policy
from fieldcase.domain.policy import Role
from fieldcase.services.lease import require_working_lease
from fieldcase.services.session import Session
from fieldcase.storage import due_list
from fieldcase.storage.due_list import DueCase

WEEK_DAYS: Final = 7
DUE_LIMIT: Final = 500


class DueGroup(StrEnum):
    OVERDUE = "overdue"
    TODAY = "today"
    WEEK = "week"  # tomorrow to seven days from today


GROUP_ORDER: Final = (DueGroup.OVERDUE, DueGroup.TODAY, DueGroup.WEEK)


@dataclass(frozen=True)
class DueTask:
    case_id: str
    case_number: str
    display_name: str
    task_id: str
    title: str
    due_on: date
    owner: str | None
    group: DueGroup
    days: int  # due_on - today: negative when overdue


@dataclass(frozen=True)
class DueList:
    today: date
    tasks: tuple[DueTask, ...]  # by group, then due date, then case number
    unlisted_cases: int = 0  # cases with follow-ups due that were not read (past the limit)

    def group(self, group: DueGroup) -> tuple[DueTask, ...]:
        return tuple(task for task in self.tasks if task.group is group)


def group_of(due_on: date, today: date) -> DueGroup | None:
    if due_on < today:
        return DueGroup.OVERDUE
    if due_on == today:
        return DueGroup.TODAY
    if due_on <= today + timedelta(days=WEEK_DAYS):
        return DueGroup.WEEK
    return None


def due_tasks(session: Session, today: date | None = None, *,
              limit: int = DUE_LIMIT) -> DueList:
    """The open follow-ups of this person (see the module) due up to a week from ``today``
    (by default the session's today). Refused while the offline lease has expired."""
    require_working_lease(session)
    today = today or session.today()
    until = today + timedelta(days=WEEK_DAYS)
    with session.store.reading():
        rows = due_list.due_cases(session.store.raw, until, limit + 1)
        total = due_list.count_due_cases(session.store.raw, until) if len(rows) > limit else 0
    tasks = [task for row in rows[:limit] if _may_view(session, row)
             for task in _tasks_of(row, today) if _is_theirs(session, task)]
    tasks.sort(key=lambda t: (GROUP_ORDER.index(t.group), t.due_on, t.case_number, t.title))
    return DueList(today, tuple(tasks), max(0, total - limit))


def _may_view(session: Session, row: DueCase) -> bool:
    context = policy.CaseContext(team=session.actor.team, site=row.site,
                                 assigned_to=row.assigned_to)
    return policy.decide(session.actor, policy.Action.VIEW_CASE, context).allowed


def _is_theirs(session: Session, task: DueTask) -> bool:
    return session.actor.role is not Role.WORKER or task.owner == session.actor.user


def _tasks_of(row: DueCase, today: date) -> list[DueTask]:
    found = []
    for task in json.loads(row.tasks_json):
        if not isinstance(task, dict) or task.get("done_on") or not task.get("due_on"):
            continue
        try:
            due_on = date.fromisoformat(str(task["due_on"]))
        except ValueError:
            continue  # a stored document is valid; a merge never leaves a date unreadable
        group = group_of(due_on, today)
        if group is None:
            continue
        found.append(DueTask(row.case_id, row.case_number, row.display_name,
                             str(task.get("id") or ""), str(task.get("title") or ""), due_on,
                             task.get("assigned_to") or row.assigned_to, group,
                             (due_on - today).days))
    return found
