"""The case lists of the window: a whole list's ordered keys up front, then rows by window.

``list_keys`` answers "which cases, in what order" for a ``CaseQuery`` with one indexed query
returning rowids only (the list's length, its overdue count, and for an empty list whether
the user has any case at all). ``list_rows`` reads the display columns of the keys a window
needs. ``search_listing`` gives a search's hits in the same shape, rows included, so the list
shows both through one model. ``refresh_listing`` re-reads a list after a change: the keys
again, and the rows of the cases the change named, so a view updates those rows in place.

Rows name only what the list shows (no site, assignee or content); cases the user may not
see are never listed (``policy.list_scope``), as for ``cases.list_cases``. Every call refuses
while the offline lease has expired, like every case service.
"""

from __future__ import annotations

from array import array
from collections.abc import Collection
from dataclasses import dataclass, field

from fieldcase.domain import policy
from fieldcase.services.cases import search_cases
from fieldcase.services.lease import require_working_lease
from fieldcase.services.session import Session
from fieldcase.storage import case_listing
from fieldcase.storage.case_listing import Assignee, CaseQuery, DueWindow, ListRow, SortKey

__all__ = ["Assignee", "CaseQuery", "DueWindow", "ListRow", "Listing", "SortKey", "list_keys",
           "list_rows", "refresh_listing", "search_listing"]

SEARCH_LIMIT = 100


@dataclass(frozen=True)
class Listing:
    """A list in order: its keys (rowids), how many are overdue, the rows already read
    (search hits; the named cases of a refresh), for an empty list whether the user has any
    case at all (``False``: nothing registered yet, rather than nothing matching), and for a
    refresh the keys of the cases it named that are still stored (in the list or not)."""

    keys: array[int] = field(default_factory=lambda: array("q"))
    overdue: int = 0
    rows: tuple[ListRow, ...] = ()
    any_case: bool = True
    named_keys: frozenset[int] = frozenset()


def list_keys(session: Session, query: CaseQuery, *, first_rows: int = 0) -> Listing:
    """The list's keys, with the rows of its first ``first_rows`` keys (so a new list is
    painted after one call, not two)."""
    require_working_lease(session)
    scope = policy.list_scope(session.actor)
    ordered = case_listing.ordered_keys(session.store.raw, query, scope,
                                        user=session.actor.user, today=session.today())
    any_case = bool(ordered.keys) or case_listing.any_case(session.store.raw, scope)
    rows = case_listing.rows_of(session.store.raw, ordered.keys[:first_rows], scope,
                                today=session.today()) if first_rows else []
    return Listing(ordered.keys, ordered.overdue, tuple(rows), any_case)


def list_rows(session: Session, keys: Collection[int]) -> list[ListRow]:
    """The rows of ``keys`` still shown and visible to the user, in no particular order."""
    require_working_lease(session)
    return case_listing.rows_of(session.store.raw, keys, policy.list_scope(session.actor),
                                today=session.today())


def refresh_listing(session: Session, query: CaseQuery, case_ids: Collection[str]
                    ) -> Listing:
    """:func:`list_keys` again, with the rows of ``case_ids`` that are in it."""
    listing = list_keys(session, query)
    if not case_ids:
        return listing
    named = frozenset(case_listing.keys_of_cases(session.store.raw, case_ids).values())
    rows = tuple(list_rows(session, named.intersection(listing.keys))) if listing.keys else ()
    return Listing(listing.keys, listing.overdue, rows, listing.any_case, named)


def search_listing(session: Session, text: str, *, limit: int = SEARCH_LIMIT) -> Listing:
    """The hits of ``search_cases`` (best first) as a listing with every row read."""
    hits = search_cases(session, text, limit=limit)
    rowids = case_listing.keys_of_cases(session.store.raw, [hit.case_id for hit in hits])
    matched = {rowids[hit.case_id]: hit.matched for hit in hits if hit.case_id in rowids}
    rows = {row.key: row for row in case_listing.rows_of(
        session.store.raw, matched, policy.list_scope(session.actor), today=session.today(),
        matched=matched)}
    ordered = [rows[rowids[hit.case_id]] for hit in hits
               if hit.case_id in rowids and rowids[hit.case_id] in rows]
    keys = array("q", (row.key for row in ordered))
    overdue = sum(1 for row in ordered if row.due == DueWindow.OVERDUE.value)
    return Listing(keys, overdue, tuple(ordered), True)

