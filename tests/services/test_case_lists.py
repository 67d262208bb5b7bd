"""The list services over a real profile: who sees which cases, rows by window, a refresh
that brings the named rows, and a search in the same shape."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fieldcase.domain.document import assign_ids, parse_case_document
from fieldcase.services import case_lists, cases, profile
from fieldcase.services.case_lists import Assignee, CaseQuery, SortKey
from fieldcase.services.session import Session
from fieldcase.storage import cases as store_cases

from .conftest import NOW, PASSPHRASE, TEST_KDF, new_case, now

TODAY = NOW.date()


def registered(session: Session, given: str, **case: Any) -> str:
    document = new_case(given, "Tesfay", **case)
    document["notes"] = []
    return cases.create_case(session, document).case_id


def test_a_worker_lists_their_cases_and_their_sites_intake_only(tmp_path: Path) -> None:
    folder = tmp_path / "worker"
    profile.create_profile(folder, user="selam", passphrase=PASSPHRASE, role="worker",
                           team="lamp", site="LAMP-01", kdf=TEST_KDF, now=now)
    worker = profile.unlock(folder, user="selam", passphrase=PASSPHRASE, kdf=TEST_KDF, now=now)
    try:
        mine = registered(worker, "Mine", assigned_to="selam")
        intake = registered(worker, "Intake", assigned_to=None)
        # Cases a sync brought that are another worker's, or intake at another site.
        for given, site, assigned_to in (("Other", "LAMP-01", "amina"),
                                         ("Elsewhere", "NKH-01", None)):
            document = parse_case_document(new_case(given, "Tesfay", site=site,
                                                    assigned_to=assigned_to), today=TODAY)
            with worker.store.atomic():
                store_cases.insert_case(worker.store, assign_ids(document, worker.new_id)
                                        .to_json(), author="amina")
        listing = case_lists.list_keys(worker, CaseQuery(sort=SortKey.NAME, descending=False))
        rows = case_lists.list_rows(worker, listing.keys)
        by_key = {row.key: row for row in rows}
        assert [by_key[key].case_id for key in listing.keys] == [intake, mine]
        every_key = [r[0] for r in worker.store.raw.execute("SELECT rowid FROM cases")]
        assert len(every_key) == 4
        # A key of a case the worker may not see gives no row even when asked for directly.
        assert {r.case_id for r in case_lists.list_rows(worker, every_key)} == {mine, intake}
        unassigned = case_lists.list_keys(worker, CaseQuery(assignee=Assignee.UNASSIGNED))
        assert [r.case_id for r in case_lists.list_rows(worker, unassigned.keys)] == [intake]
    finally:
        worker.close()


def test_a_new_list_comes_with_its_first_rows(session: Session) -> None:
    for given in ("Selam", "Yonas", "Hiwet"):
        registered(session, given)
    listing = case_lists.list_keys(session, CaseQuery(sort=SortKey.NAME, descending=False),
                                   first_rows=2)
    by_key = {row.key: row.display_name for row in listing.rows}
    assert [by_key[key] for key in listing.keys[:2]] == ["Hiwet Tesfay", "Selam Tesfay"]
    assert len(by_key) == 2
    assert case_lists.list_keys(session, CaseQuery()).rows == ()


def test_an_empty_list_says_whether_there_is_any_case_at_all(session: Session) -> None:
    assert case_lists.list_keys(session, CaseQuery()).any_case is False
    registered(session, "Selam")
    nothing = case_lists.list_keys(session, CaseQuery(statuses=frozenset({"closed"})))
    assert len(nothing.keys) == 0 and nothing.any_case is True


def test_a_refresh_brings_the_rows_of_the_named_cases(session: Session) -> None:
    first = registered(session, "Selam")
    second = registered(session, "Yonas")
    before = case_lists.list_keys(session, CaseQuery())
    cases.update_case(session, first, {"person": {"family_name": "Haile"}})
    after = case_lists.refresh_listing(session, CaseQuery(), [first])
    assert [row.case_id for row in after.rows] == [first]
    assert after.rows[0].display_name == "Selam Haile"
    assert list(after.keys) == list(reversed(before.keys))  # newest change first
    assert case_lists.refresh_listing(session, CaseQuery(), []).rows == ()
    assert second in {r.case_id for r in case_lists.list_rows(session, after.keys)}


def test_a_search_comes_as_a_listing_with_its_rows_in_order(session: Session) -> None:
    registered(session, "Mohammed")
    number_hit = cases.create_case(session, new_case("محمد", "Hussein"))
    listing = case_lists.search_listing(session, number_hit.case_number)
    assert [row.case_id for row in listing.rows] == [number_hit.case_id]
    assert listing.rows[0].matched == "case_number"
    assert list(listing.keys) == [row.key for row in listing.rows]
    names = case_lists.search_listing(session, "Mohamed")
    assert {row.display_name for row in names.rows} >= {"Mohammed Tesfay", "محمد Hussein"}
