"""Every hot query of the store gets a plan without a temporary B-tree or a full scan of cases.

The SQLite bundled with sqlcipher3 has STAT4, which once picked a plan that took one list
query's p95 from 2 ms to about 100 ms for some parameter values. So the plans are checked on
a store with a realistic spread of sites, workers and statuses, with the parameter values the
screens really send (a frequent and a rare site, a busy and an unknown worker, a frequent and
a rare status, a cursor taken from a real page), both as the app leaves the store (no
statistics) and after ``ANALYZE`` (STAT4 statistics present).

The point reads, the writes' lookups and the searches are not copied here: the real functions
run on a connection that records what they execute, and those statements are explained. A
query changed in ``storage`` is therefore checked as it now is.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
import shutil
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from fieldcase.domain.policy import ListScope
from fieldcase.storage import case_list, case_listing, cases, due_list, search_index
from fieldcase.storage.case_list import CaseFilter, Cursor
from fieldcase.storage.case_listing import Assignee, CaseQuery, DueWindow, SortKey
from fieldcase.storage.connection import StoreConnection
from fieldcase.storage.store import DATABASE_FILE, Store
from fieldcase.synthetic import generate_cases

from .conftest import KEY, fixed_now

INSERTED = 400  # real cases through insert_case (search index, identifiers, journal)
COPIES = 8  # each case row copied this many times more, so the list statistics see 3,600 rows
UNKNOWN_WORKER = "worker.nobody.0"


@dataclass(frozen=True)
class Values:
    """Parameter values taken from the generated data."""

    site_frequent: str
    site_rare: str
    worker_busy: str
    status_frequent: str
    status_rare: str
    case_id: str
    case_number: str
    phone: str
    document: str
    names: tuple[str, ...]  # Latin, Arabic and Ge'ez names, a variant spelling, prefixes


def _fill(folder: Path) -> None:
    documents = list(generate_cases(INSERTED, seed=5, today=date(2026, 11, 30)))
    with Store.open(folder, KEY, now=fixed_now) as store:
        for start in range(0, INSERTED, 200):
            with store.atomic():
                for doc in documents[start:start + 200]:
                    cases.insert_case(store, doc, author="worker.test")
        # More rows with the same distribution, so the planner's statistics describe a store
        # of thousands of cases (insert_case at full cost would make this test slow).
        with store.atomic():
            for copy in range(1, COPIES + 1):
                store.raw.execute(
                    """INSERT INTO cases (id, case_number, person_id, display_name, site, status,
                           stage, assigned_to, risk_rank, review, next_due_on, updated_hlc,
                           doc, stamps)
                       SELECT id || ?1, case_number || ?1, person_id, display_name, site,
                           status, stage, assigned_to, risk_rank, review, next_due_on,
                           updated_hlc || ?1, doc, stamps
                       FROM cases WHERE rowid <= ?2""", (f"-{copy}", INSERTED))


@pytest.fixture(scope="module")
def store_folders(tmp_path_factory: pytest.TempPathFactory) -> dict[bool, Path]:
    """The same store twice: as the app leaves it, and after ANALYZE (STAT4 statistics)."""
    plain = tmp_path_factory.mktemp("plans-plain")
    _fill(plain)
    analyzed = tmp_path_factory.mktemp("plans-analyzed")
    shutil.copy(plain / DATABASE_FILE, analyzed / DATABASE_FILE)
    with StoreConnection(analyzed / DATABASE_FILE, KEY) as connection:
        connection.raw.execute("ANALYZE")
        assert connection.raw.execute("SELECT count(*) FROM sqlite_stat4").fetchone()[0] > 0
    return {False: plain, True: analyzed}


@pytest.fixture(params=[True, False], ids=["analyzed", "no-statistics"])
def store(request: pytest.FixtureRequest, store_folders: dict[bool, Path]) -> Iterator[Store]:
    with Store.open(store_folders[request.param], KEY, now=fixed_now) as opened:
        yield opened


@pytest.fixture(scope="module")
def values(store_folders: dict[bool, Path]) -> Values:
    with StoreConnection(store_folders[False] / DATABASE_FILE, KEY) as connection:
        raw = connection.raw

        def by_count(column: str, order: str) -> str:
            sql = (f"SELECT {column} FROM cases WHERE {column} IS NOT NULL "
                   f"GROUP BY {column} ORDER BY count(*) {order}, {column} LIMIT 1")
            return str(raw.execute(sql).fetchone()[0])

        case_id, case_number = raw.execute(
            "SELECT id, case_number FROM cases WHERE rowid = ?", (INSERTED // 2,)).fetchone()
        identifiers = dict(raw.execute("SELECT kind, value FROM identifiers").fetchall())
        documents = [doc for doc in generate_cases(INSERTED, seed=5, today=date(2026, 11, 30))]
        names = _names([doc["person"] for doc in documents])  # type: ignore[index]
        return Values(
            site_frequent=by_count("site", "DESC"), site_rare=by_count("site", "ASC"),
            worker_busy=by_count("assigned_to", "DESC"),
            status_frequent=by_count("status", "DESC"), status_rare=by_count("status", "ASC"),
            case_id=str(case_id), case_number=str(case_number),
            phone=identifiers["phone"], document=identifiers["document"], names=names)


def _script_of(text: str) -> str:
    for char in text:
        if "\u0600" <= char <= "\u06ff":
            return "arabic"
        if "\u1200" <= char <= "\u137f":
            return "geez"
        if char.isalpha():
            return "latin" if char.isascii() else "other"
    return "none"


def _names(people: Sequence[dict[str, Any]]) -> tuple[str, ...]:
    first: dict[str, str] = {}
    variant = ""
    for person in people:
        full = f"{person.get('given_name') or ''} {person.get('family_name') or ''}".strip()
        first.setdefault(_script_of(full), full)
        if not variant and person.get("other_names"):
            variant = person["other_names"][0]
    assert {"latin", "arabic", "geez"} <= first.keys(), "the sample lacks a script"
    latin, arabic, geez = first["latin"], first["arabic"], first["geez"]
    return (latin, arabic, geez, variant, latin[:3], arabic[:2], geez[:2], "Mohammed", "محمد",
            "Yohannes", "ዮሃንስ")


# -- reading plans ------------------------------------------------------------------------------


def plan(raw: Any, sql: str, params: Sequence[Any]) -> list[str]:
    return [str(row[3]) for row in raw.execute("EXPLAIN QUERY PLAN " + sql, tuple(params))]


_CASES_ALIASES = ("cases", "c")
_SCAN = re.compile(r"^SCAN (\w+)\b(.*)$")


def plan_problems(details: Sequence[str], *, ordered_index_walk_allowed: bool) -> list[str]:
    """What is wrong with a plan: a temporary B-tree (a sort of every matching row before the
    first one is returned), or a scan of the cases table. A walk along an index in ORDER BY
    order that stops at LIMIT is allowed only where the caller says so (the unfiltered list).
    A scan of the FTS5 virtual table is how FTS5 answers MATCH and is fine."""
    problems = [detail for detail in details if "USE TEMP B-TREE" in detail]
    for detail in details:
        match = _SCAN.match(detail)
        if match is None or match.group(1) not in _CASES_ALIASES:
            continue
        walks_index = "USING INDEX" in match.group(2) or "USING COVERING INDEX" in match.group(2)
        if not (walks_index and ordered_index_walk_allowed):
            problems.append(detail)
    return problems


class RecordingRaw:
    """A connection that remembers every statement run through it, with its parameters."""

    def __init__(self, raw: Any) -> None:
        self.raw = raw
        self.statements: list[tuple[str, tuple[Any, ...]]] = []

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        self.statements.append((sql, tuple(params)))
        return self.raw.execute(sql, params)

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> Any:
        rows = [tuple(row) for row in rows]
        self.statements.extend((sql, row) for row in rows[:1])
        return self.raw.executemany(sql, rows)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.raw, name)


def explained_statements(store: Store, recorder: RecordingRaw) -> list[tuple[str, list[str]]]:
    """The plan of every SELECT, UPDATE and DELETE the recorder saw (inserts have none)."""
    seen: list[tuple[str, list[str]]] = []
    for sql, params in recorder.statements:
        verb = sql.split(None, 1)[0].upper()
        if verb in ("SELECT", "UPDATE", "DELETE"):
            seen.append((" ".join(sql.split()), plan(store.connection.raw, sql, params)))
    return seen


# -- the checker itself can fail ------------------------------------------------------------------


def test_a_sort_of_every_row_is_reported(store: Store) -> None:
    details = plan(store.raw, "SELECT id FROM cases ORDER BY display_name LIMIT 50", ())
    assert any("USE TEMP B-TREE FOR ORDER BY" in d for d in
               plan_problems(details, ordered_index_walk_allowed=True))


def test_a_full_scan_of_cases_is_reported(store: Store) -> None:
    details = plan(store.raw, "SELECT doc FROM cases c WHERE display_name = ?", ("x",))
    assert plan_problems(details, ordered_index_walk_allowed=True) == ["SCAN c"]


# -- the case lists -----------------------------------------------------------------------------


LIST_KINDS = ("all", "site_frequent", "site_rare", "worker_busy", "worker_unknown",
              "review_queue", "review_queue_at_site")
STATUSES = ("any", "status_frequent", "status_rare")


def _filter(kind: str, status: str, values: Values) -> CaseFilter:
    chosen = {"any": None, "status_frequent": values.status_frequent,
              "status_rare": values.status_rare}[status]
    return {
        "all": CaseFilter(status=chosen),
        "site_frequent": CaseFilter(site=values.site_frequent, status=chosen),
        "site_rare": CaseFilter(site=values.site_rare, status=chosen),
        "worker_busy": CaseFilter(assigned_to=values.worker_busy, status=chosen),
        "worker_unknown": CaseFilter(assigned_to=UNKNOWN_WORKER, status=chosen),
        "review_queue": CaseFilter(review_only=True, status=chosen),
        "review_queue_at_site": CaseFilter(review_only=True, site=values.site_frequent,
                                           status=chosen),
    }[kind]


def _real_cursor(store: Store, case_filter: CaseFilter) -> Cursor:
    """The cursor page 1 hands out; a filter with one page borrows the unfiltered list's, with
    the sort keys that filter uses."""
    page = case_list.list_cases(store.raw, case_filter)
    if page.next_cursor is not None:
        return page.next_cursor
    unfiltered = CaseFilter(review_only=case_filter.review_only)
    cursor = case_list.list_cases(store.raw, unfiltered).next_cursor
    assert cursor is not None
    return cursor


@pytest.mark.parametrize("with_cursor", [False, True], ids=["page-1", "page-2"])
@pytest.mark.parametrize("status", STATUSES)
@pytest.mark.parametrize("kind", LIST_KINDS)
def test_case_list_pages_use_their_index_in_order(store: Store, values: Values, kind: str,
                                                  status: str, with_cursor: bool) -> None:
    case_filter = _filter(kind, status, values)
    cursor = _real_cursor(store, case_filter) if with_cursor else None
    sql, params = case_list.list_query(case_filter, cursor, case_list.PAGE_SIZE + 1)
    details = plan(store.raw, sql, params)

    unfiltered_first_page = kind == "all" and not with_cursor
    assert plan_problems(details, ordered_index_walk_allowed=unfiltered_first_page) == [], details
    if not unfiltered_first_page:
        assert details[0].startswith("SEARCH cases USING INDEX"), details


# -- the windowed list: ordered keys, then rows ----------------------------------------------------


def _listing_queries(values: Values) -> dict[str, CaseQuery]:
    return {
        "all": CaseQuery(),
        "closed too": CaseQuery(include_closed=True),
        "a frequent site": CaseQuery(site=values.site_frequent),
        "a rare site, a rare status": CaseQuery(site=values.site_rare,
                                                statuses=frozenset({values.status_rare})),
        "mine": CaseQuery(assignee=Assignee.ME),
        "unassigned, overdue": CaseQuery(assignee=Assignee.UNASSIGNED, due=DueWindow.OVERDUE),
        "review queue": CaseQuery(review_only=True),
        "risk, stage, this week": CaseQuery(risks=frozenset({"high", "critical"}),
                                            stages=frozenset({"transit"}),
                                            due=DueWindow.THIS_WEEK),
        "two flags, due today": CaseQuery(flags=frozenset({"stateless", "pregnant"}),
                                          due=DueWindow.TODAY),
    }


@pytest.mark.parametrize("sort", list(SortKey))
def test_every_list_sort_reads_only_its_covering_index_and_never_sorts(
        store: Store, values: Values, sort: SortKey) -> None:
    """The keys of a whole list are one walk of the sort's covering index: index pages
    only, filters tested on the entries, no sort. The flags' lookup list is the one other
    read. A walk is the design here (every matching key is returned), so it is allowed for
    this index and no other."""
    index = case_listing.SORTS[sort][0]
    scopes = (ListScope(everything=True),
              ListScope(assigned_to=values.worker_busy, intake_site=values.site_frequent))
    for (name, query), scope, descending in itertools.product(
            _listing_queries(values).items(), scopes, (True, False)):
        query = dataclasses.replace(query, sort=sort, descending=descending)
        sql, params = case_listing.keys_query(query, scope, user=values.worker_busy,
                                              today=date(2026, 11, 30))
        details = plan(store.raw, sql, params)
        case = (name, scope.everything, descending, details)
        assert not any("TEMP B-TREE" in d for d in details), case
        reads = [d for d in details if d.startswith(("SCAN", "SEARCH"))]
        assert reads[0] in (f"SCAN cases USING COVERING INDEX {index}",
                            f"SEARCH cases USING COVERING INDEX {index} (risk_rank=?)"), case
        # The ordered walk, gathered as it comes (its number follows the flags' subqueries).
        assert re.fullmatch(r"SCAN \(subquery-\d\)", reads[-1]), case
        assert all(d == "SEARCH case_flags USING PRIMARY KEY (flag=?)" for d in reads[1:-1]), \
            case


def test_window_rows_and_case_keys_are_read_by_key(store: Store, values: Values) -> None:
    recorder = RecordingRaw(store.raw)
    keys = [row[0] for row in store.raw.execute("SELECT rowid FROM cases LIMIT 120")]
    case_listing.rows_of(recorder, keys, ListScope(everything=True), today=date(2026, 11, 30))
    case_listing.keys_of_cases(recorder, [values.case_id])
    for scope in (ListScope(everything=True),
                  ListScope(assigned_to=UNKNOWN_WORKER, intake_site="NOWHERE")):
        case_listing.any_case(recorder, scope)
    recorder.execute("DELETE FROM case_flags WHERE case_rowid = ?", (keys[0],))
    explained = explained_statements(store, recorder)
    assert len(explained) == 6
    for sql, details in explained:
        assert plan_problems(details, ordered_index_walk_allowed=False) == [] or \
            sql == "SELECT 1 FROM cases LIMIT 1", (sql, details)
        assert all(d.startswith(("SEARCH", "SCAN cases USING COVERING INDEX")) for d in details), \
            (sql, details)


# -- point reads and the lookups inside writes ----------------------------------------------------


def test_point_reads_by_id_and_case_number_seek(store: Store, values: Values) -> None:
    recorder = RecordingRaw(store.raw)
    store.raw = recorder
    cases.load_case(store, values.case_id)
    cases.load_stamps(store, values.case_id)
    cases.load_case_with_stamps(store, values.case_id)
    cases.find_case_id(store, values.case_id)
    cases.find_case_id(store, values.case_number.lower())
    explained = explained_statements(store, recorder)
    assert len(explained) == 5
    for sql, details in explained:
        assert plan_problems(details, ordered_index_walk_allowed=False) == [], (sql, details)
        assert all(d.startswith(("SEARCH", "MULTI-INDEX OR", "INDEX ")) for d in details), \
            (sql, details)


class _RollBack(Exception):
    """Raised to undo a write once its statements are recorded."""


def test_writes_find_their_rows_by_key(store: Store, values: Values) -> None:
    recorder = RecordingRaw(store.raw)
    store.raw = recorder
    new_case = next(iter(generate_cases(1, seed=99, today=date(2026, 11, 30))))
    with pytest.raises(_RollBack), store.atomic():
        cases.insert_case(store, new_case, author="worker.test")
        edited = cases.load_case(store, values.case_id)
        edited["case"]["status"] = "closed" if edited["case"]["status"] != "closed" else "open"
        cases.update_case(store, values.case_id, edited, author="worker.test")
        raise _RollBack
    explained = explained_statements(store, recorder)
    assert any(sql.startswith("UPDATE cases") for sql, _ in explained)
    for sql, details in explained:
        assert plan_problems(details, ordered_index_walk_allowed=False) == [], (sql, details)


# -- search -----------------------------------------------------------------------------------


def _search_plans(store: Store, text: str) -> list[tuple[str, list[str]]]:
    recorder = RecordingRaw(store.raw)
    search_index.search(recorder, text)
    return explained_statements(store, recorder)


def test_case_number_search_seeks(store: Store, values: Values) -> None:
    explained = _search_plans(store, values.case_number)
    assert explained, "the case-number lookup ran no query"
    for sql, details in explained:
        assert plan_problems(details, ordered_index_walk_allowed=False) == [], (sql, details)


@pytest.mark.parametrize("kind", ["phone", "document"])
def test_identifier_search_seeks_and_joins_by_rowid(store: Store, values: Values,
                                                    kind: str) -> None:
    typed = values.phone if kind == "phone" else values.document
    explained = _search_plans(store, typed)
    joins = [details for sql, details in explained if "FROM identifiers" in sql]
    assert joins, "no identifier lookup ran"
    for sql, details in explained:
        assert plan_problems(details, ordered_index_walk_allowed=False) == [], (sql, details)
    assert any(any("SEARCH c USING INTEGER PRIMARY KEY" in d for d in details)
               for details in joins), joins


def test_name_search_walks_fts5_and_reads_cases_by_rowid(store: Store, values: Values) -> None:
    for text in values.names:
        explained = _search_plans(store, text)
        fts = [details for sql, details in explained if "MATCH" in sql]
        assert len(fts) == 1, (text, explained)
        for sql, details in explained:
            assert plan_problems(details, ordered_index_walk_allowed=False) == [], \
                (text, sql, details)
        assert any("VIRTUAL TABLE" in d for d in fts[0]), fts
        rows = [details for sql, details in explained if "c.rowid IN" in sql]
        assert rows, (text, explained)
        assert all(any("SEARCH c USING INTEGER PRIMARY KEY (rowid=?)" in d for d in details)
                   for details in rows), rows


# -- the Due view ---------------------------------------------------------------------------------


@pytest.mark.parametrize("until", [date(2026, 11, 1), date(2026, 12, 7), date(2027, 6, 1)],
                         ids=["few-due", "a-week-ahead", "nearly-all-due"])
def test_the_due_list_walks_the_due_index_in_order(store: Store, until: date) -> None:
    for sql, params in (due_list.due_query(until, 501), due_list.count_query(until)):
        details = plan(store.raw, sql, params)
        assert plan_problems(details, ordered_index_walk_allowed=False) == [], details
        assert details[0].startswith("SEARCH cases USING INDEX cases_due"), details
    assert len(due_list.due_cases(store.raw, until, 501)) <= 501
