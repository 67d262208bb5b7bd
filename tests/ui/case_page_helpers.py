"""Shared by the case page's tests: a page over a real encrypted profile, a case made through
the services with known content, and calls on the worker as the app makes them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from pytestqt.qtbot import QtBot

from fieldcase.services import cases
from fieldcase.services.session import Session
from fieldcase.storage import cases as stored_cases
from fieldcase.ui.case_page.page import CasePage
from fieldcase.ui.operations import OperationRunner

from .conftest import USER

WAIT = 10_000


def call(qtbot: QtBot, runner: OperationRunner, fn: Callable[[Session], Any], *,
         mutation: bool = False) -> Any:
    """Run ``fn`` on the worker like the app does, and wait for its result."""
    results: list[Any] = []
    (runner.mutate if mutation else runner.submit)(fn, results.append)
    qtbot.waitUntil(lambda: bool(results) and not runner.busy, timeout=WAIT)
    return results[0]


def case_document(today: date, **person: Any) -> dict[str, Any]:
    return {
        "person": {"given_name": "Selam", "family_name": "Tesfay", "sex": "female",
                   "age_estimate": 24, "nationality": "ERI", "languages": ["ti"],
                   "contact": {"phone": "+251 911 234 567", "other": None}, **person},
        "case": {"site": "LAMP-01", "stage": "transit", "assigned_to": USER,
                 "opened_on": (today - timedelta(days=10)).isoformat()},
        "tasks": [{"title": "Call the shelter back",
                   "due_on": (today - timedelta(days=3)).isoformat(), "assigned_to": USER},
                  {"title": "Check the medical appointment",
                   "due_on": (today + timedelta(days=2)).isoformat(), "assigned_to": USER}],
        "consents": [{"purpose": "registration", "given_by": "self", "form": "verbal",
                      "given_on": (today - timedelta(days=10)).isoformat()}],
        "notes": [{"text": "Met at the bus station.", "confidential": False, "author": USER,
                   "written_at": f"{(today - timedelta(days=10)).isoformat()}T10:00:00Z"}],
    }


def new_case(qtbot: QtBot, runner: OperationRunner, **person: Any) -> str:
    today = call(qtbot, runner, lambda s: s.today())
    saved = call(qtbot, runner, lambda s: cases.create_case(s, case_document(today, **person)),
                 mutation=True)
    return str(saved.case_id)


def stored(qtbot: QtBot, runner: OperationRunner, case_id: str) -> dict[str, Any]:
    """The case as stored (read without auditing a view)."""
    return dict(call(qtbot, runner, lambda s: stored_cases.load_case(s.store, case_id)))


def open_case(qtbot: QtBot, page: CasePage, runner: OperationRunner, case_id: str) -> None:
    page.show_case(case_id)
    qtbot.waitUntil(lambda: page.shown is not None and not runner.busy, timeout=WAIT)


def save(qtbot: QtBot, page: CasePage, runner: OperationRunner) -> None:
    page.save()
    qtbot.waitUntil(lambda: not runner.busy and "Saving" not in page.message_text(),
                    timeout=WAIT)
