"""The ordered keys of a case list are the cases a person may see that match the filters, in
the order the sort names — checked against the same rule written plainly in Python over the
stored columns — and the rows of a window, the flags table and its triggers agree with the
documents."""

from __future__ import annotations

import dataclasses
import itertools
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from fieldcase.domain.policy import ListScope
from fieldcase.storage import case_listing, cases
from fieldcase.storage.case_listing import Assignee, CaseQuery, DueWindow, SortKey
from fieldcase.storage.store import Store
from fieldcase.synthetic import generate_cases

from .conftest import KEY, fixed_now

TODAY = date(2026, 11, 30)
WORKER = "worker.les.4"
SITE = "LES-01"
STATUS_RANK = {s: i for i, s in enumerate(("open", "reopened", "assessment", "case_plan",
                                           "services", "closure_requested", "closed"))}
STAGE_RANK = {s: i for i, s in enumerate(("origin", "transit", "destination", "return"))}


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    made: Path = tmp_path_factory.mktemp("listing")
    with Store.open(made, KEY, now=fixed_now) as opened, opened.atomic():
        for n, doc in enumerate(generate_cases(160, seed=5, today=TODAY)):
            if n % 9 == 0:  # some intake cases: unassigned
                doc["case"]["assigned_to"] = None
            if n % 4 == 0:  # follow-ups due today and within the week
                doc["tasks"] = [*doc["tasks"], {
                    "id": f"{doc['id'][:-4]}7a5c", "title": "follow up",
                    "due_on": "2026-11-30" if n % 8 == 0 else "2026-12-03"}]
            cases.insert_case(opened, doc, author="worker.test")
    return made


@pytest.fixture
def store(folder: Path) -> Iterator[Store]:
    with Store.open(folder, KEY, now=fixed_now) as opened:
        yield opened


def stored_rows(store: Store) -> list[dict[str, Any]]:
    rows = store.raw.execute(
        "SELECT rowid, case_number, display_name, status, stage, risk_rank, review, "
        "next_due_on, updated_hlc, site, assigned_to, doc FROM cases").fetchall()
    names = ("key", "case_number", "display_name", "status", "stage", "risk_rank", "review",
             "next_due_on", "updated_hlc", "site", "assigned_to", "doc")
    found = [dict(zip(names, row, strict=True)) for row in rows]
    for row in found:
        row["flags"] = set(json.loads(row.pop("doc"))["case"].get("flags") or [])
    return found


def nocase(text: str) -> str:
    return "".join(c.lower() if "A" <= c <= "Z" else c for c in text)


def lead(row: dict[str, Any], sort: SortKey) -> Any:
    return {
        SortKey.CASE_NUMBER: lambda: row["case_number"],
        SortKey.NAME: lambda: nocase(row["display_name"]),
        SortKey.STATUS: lambda: STATUS_RANK.get(row["status"], 7),
        SortKey.STAGE: lambda: STAGE_RANK.get(row["stage"], 4),
        SortKey.RISK: lambda: row["risk_rank"],
        SortKey.NEXT_DUE: lambda: row["next_due_on"] or "9999-12-31",
        SortKey.LAST_CHANGE: lambda: row["updated_hlc"],
    }[sort]()


def matches(row: dict[str, Any], query: CaseQuery, scope: ListScope) -> bool:
    """The list's rule, written plainly."""
    day, week_end = TODAY.isoformat(), "2026-12-06"
    due = row["next_due_on"]
    checks = [
        scope.admits(row["site"], row["assigned_to"]),
        query.assignee is not Assignee.ME or row["assigned_to"] == WORKER,
        query.assignee is not Assignee.UNASSIGNED or row["assigned_to"] is None,
        query.site is None or row["site"] == query.site,
        (row["status"] in query.statuses) if query.statuses
        else (query.include_closed or row["status"] != "closed"),
        not query.risks or row["risk_rank"] in {("low", "medium", "high", "critical").index(r)
                                                if r != "none" else -1 for r in query.risks},
        not query.stages or row["stage"] in query.stages,
        not query.review_only or bool(row["review"]),
        query.due is not DueWindow.OVERDUE or (due is not None and due < day),
        query.due is not DueWindow.TODAY or due == day,
        query.due is not DueWindow.THIS_WEEK or (due is not None and day <= due <= week_end),
        query.flags <= row["flags"],
    ]
    return all(checks)


QUERIES = {
    "all": CaseQuery(),
    "closed too": CaseQuery(include_closed=True),
    "closed only": CaseQuery(statuses=frozenset({"closed"})),
    "mine, due this week": CaseQuery(assignee=Assignee.ME, due=DueWindow.THIS_WEEK),
    "unassigned at a site": CaseQuery(assignee=Assignee.UNASSIGNED, site=SITE),
    "overdue high risk": CaseQuery(due=DueWindow.OVERDUE, risks=frozenset({"high",
                                                                            "critical"})),
    "not screened, in transit": CaseQuery(risks=frozenset({"none"}),
                                          stages=frozenset({"transit"})),
    "review queue with two flags": CaseQuery(review_only=True, include_closed=True, flags=frozenset(
        {"supervisor_review", "trafficking_indicators"})),
    "due today": CaseQuery(due=DueWindow.TODAY, include_closed=True),
}
SCOPES = {
    "supervisor": ListScope(everything=True),
    "worker": ListScope(assigned_to=WORKER, intake_site=SITE),
    "admin": ListScope(),
}


@pytest.mark.parametrize("sort", list(SortKey))
def test_the_keys_are_the_matching_cases_in_the_sorts_order(store: Store,
                                                            sort: SortKey) -> None:
    rows = {row["key"]: row for row in stored_rows(store)}
    for (query_name, base), (scope_name, scope), descending in itertools.product(
            QUERIES.items(), SCOPES.items(), (True, False)):
        query = dataclasses.replace(base, sort=sort, descending=descending)
        case = (query_name, scope_name, descending)
        listed = case_listing.ordered_keys(store.raw, query, scope, user=WORKER, today=TODAY)
        expected = [row for row in rows.values() if matches(row, query, scope)]
        assert sorted(listed.keys) == sorted(row["key"] for row in expected), case
        order = [(lead(rows[k], sort), rows[k]["updated_hlc"]) for k in listed.keys]
        assert order == sorted(order, reverse=descending), case
        late = sum(1 for row in expected
                   if row["next_due_on"] and row["next_due_on"] < TODAY.isoformat())
        assert listed.overdue == late, case


def test_the_fixture_has_what_the_filters_need(store: Store) -> None:
    rows = stored_rows(store)
    assert any(r["assigned_to"] is None and r["site"] == SITE for r in rows)
    assert any(r["assigned_to"] == WORKER for r in rows)
    for query in QUERIES.values():
        assert any(matches(r, query, SCOPES["supervisor"]) for r in rows), query


def test_rows_of_a_window_carry_what_the_list_shows_and_respect_the_scope(
        store: Store) -> None:
    rows = stored_rows(store)
    mine = next(r for r in rows if r["assigned_to"] == WORKER)
    other = next(r for r in rows if r["assigned_to"] not in (WORKER, None))
    late = next(r for r in rows if r["next_due_on"] and r["next_due_on"] < "2026-11-30")
    scope = SCOPES["worker"]
    found = case_listing.rows_of(store.raw, [mine["key"], other["key"], late["key"], 10**9],
                                 SCOPES["supervisor"], today=TODAY)
    assert {row.key for row in found} == {mine["key"], other["key"], late["key"]}
    by_key = {row.key: row for row in found}
    assert by_key[late["key"]].due == "overdue"
    assert by_key[mine["key"]].display_name == mine["display_name"]
    seen_by_worker = case_listing.rows_of(store.raw, [mine["key"], other["key"]], scope,
                                          today=TODAY)
    assert [row.key for row in seen_by_worker] == [mine["key"]]
    assert not hasattr(found[0], "site") and not hasattr(found[0], "assigned_to")


def test_due_states_and_whether_anyone_has_a_case(store: Store) -> None:
    assert case_listing.due_state("2026-11-29", TODAY) == "overdue"
    assert case_listing.due_state("2026-11-30", TODAY) == "today"
    assert case_listing.due_state("2026-12-06", TODAY) == "this_week"
    assert case_listing.due_state("2026-12-07", TODAY) == ""
    assert case_listing.due_state(None, TODAY) == ""
    assert case_listing.any_case(store.raw, SCOPES["supervisor"])
    assert case_listing.any_case(store.raw, SCOPES["worker"])
    assert not case_listing.any_case(store.raw, ListScope(assigned_to="nobody",
                                                          intake_site="NOWHERE"))
    assert not case_listing.any_case(store.raw, SCOPES["admin"])


def flags_table(store: Store) -> set[tuple[str, int]]:
    return set(store.raw.execute("SELECT flag, case_rowid FROM case_flags").fetchall())


def flags_in_documents(store: Store) -> set[tuple[str, int]]:
    return {(flag, row["key"]) for row in stored_rows(store) for flag in row["flags"]}


def test_the_flags_table_follows_every_write(tmp_path: Path) -> None:
    with Store.open(tmp_path, KEY, now=fixed_now) as store:
        documents = list(generate_cases(6, seed=11, today=TODAY))
        documents[0]["case"]["flags"] = ["pregnant", "stateless"]
        with store.atomic():
            for doc in documents:
                cases.insert_case(store, doc, author="worker.test")
        assert flags_table(store) == flags_in_documents(store)
        first = documents[0]["id"]
        edited = cases.load_case(store, first)
        edited["case"]["flags"] = ["stateless", "disability"]
        with store.atomic():
            cases.update_case(store, first, edited, author="worker.test")
        assert flags_table(store) == flags_in_documents(store)
        assert {f for f, _ in flags_table(store)} >= {"stateless", "disability"}
        with store.atomic():
            cases.delete_case(store, first, author="worker.test")
        assert flags_table(store) == flags_in_documents(store)
