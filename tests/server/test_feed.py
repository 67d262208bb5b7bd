"""The change feed on both back ends: idempotent append, paging, scope, erasure; and the
concurrent-writer load on SQLite (the PostgreSQL proof is in test_feed_gap_pg.py)."""

from __future__ import annotations

import uuid
from dataclasses import replace
from pathlib import Path

import pytest
import sqlalchemy as sa

from fieldcase.server import feed, migrations
from fieldcase.server.case_scopes import record_case_scopes
from fieldcase.server.db import changes, create_engine, records, sqlite_url
from fieldcase.server.feed import Cursor, FeedError, Scope
from fieldcase.server.sync_state import CaseScope

from .conftest import NOW, make_org
from .test_feed_gap_pg import FeedReader, Load, new_change, pull_all, run_load


def append(engine: sa.Engine, org_id: uuid.UUID, batch: list[feed.Change]) -> feed.AppendResult:
    with engine.begin() as conn:
        return feed.append(conn, org_id, batch, now=NOW)


def read(engine: sa.Engine, org_id: uuid.UUID, cursor: Cursor, **kwargs: object) -> feed.FeedPage:
    with engine.begin() as conn:
        return feed.read(conn, org_id, cursor, **kwargs)  # type: ignore[arg-type]


def test_append_then_read_returns_the_changes_in_order(engine: sa.Engine) -> None:
    org_id = make_org(engine)
    batch = [new_change() for _ in range(3)]
    result = append(engine, org_id, batch)
    assert result.accepted == result.inserted == tuple(c.change_id for c in batch)
    page = read(engine, org_id, Cursor.START)
    assert [e.change_id for e in page.entries] == [c.change_id for c in batch]
    first = page.entries[0]
    assert (first.case_id, first.payload, first.hlc, first.author, first.accepted_at) == (
        batch[0].case_id, batch[0].payload, batch[0].hlc, batch[0].author, NOW)
    assert not page.more
    assert read(engine, org_id, page.next_cursor).entries == ()


def test_a_repeated_push_is_accepted_and_stored_once(engine: sa.Engine) -> None:
    org_id = make_org(engine)
    change = new_change()
    append(engine, org_id, [change])
    again = append(engine, org_id, [change, replace(change, payload=b"other"), new_change()])
    assert again.accepted[0] == change.change_id and len(again.accepted) == 2
    assert again.duplicates == (change.change_id,)
    with engine.connect() as conn:
        rows = conn.execute(sa.select(changes.c.payload).where(
            changes.c.change_id == change.change_id)).scalars().all()
    assert rows == [change.payload]


def test_a_change_id_of_another_organisation_is_refused(engine: sa.Engine) -> None:
    ours, theirs = make_org(engine, "Ours"), make_org(engine, "Theirs")
    change = new_change()
    append(engine, theirs, [change])
    with pytest.raises(FeedError) as refused:
        append(engine, ours, [change])
    assert refused.value.kind == "change_id_taken"
    assert read(engine, ours, Cursor.START).entries == ()


def test_an_empty_batch_is_a_no_op(engine: sa.Engine) -> None:
    assert append(engine, make_org(engine), []) == feed.AppendResult((), (), ())


def test_paging_walks_every_entry_once(engine: sa.Engine) -> None:
    org_id = make_org(engine)
    for _ in range(4):
        append(engine, org_id, [new_change() for _ in range(5)])
    cursor, seen, pages = Cursor.START, [], 0
    while True:
        page = read(engine, org_id, cursor, limit=3)
        seen += [e.change_id for e in page.entries]
        cursor, pages = page.next_cursor, pages + 1
        if not page.more:
            break
    assert len(seen) == len(set(seen)) == 20
    assert pages == 7


def test_organisations_do_not_see_each_other(engine: sa.Engine) -> None:
    ours, theirs = make_org(engine, "Ours"), make_org(engine, "Theirs")
    append(engine, theirs, [new_change()])
    mine = new_change()
    append(engine, ours, [mine])
    assert [e.change_id for e in read(engine, ours, Cursor.START).entries] == [mine.change_id]


def _case_record(engine: sa.Engine, org_id: uuid.UUID, case_id: uuid.UUID, *,
                 team: uuid.UUID | None = None, site: uuid.UUID | None = None,
                 assigned: uuid.UUID | None = None) -> None:
    with engine.begin() as conn:
        conn.execute(sa.insert(records).values(
            record_id=uuid.uuid4(), org_id=org_id, case_id=case_id, kind="case", fields={},
            deleted=False, team_id=team, site_id=site, assigned_to=assigned, updated_at=NOW))
        record_case_scopes(conn, org_id, {}, {str(case_id): CaseScope(team, site, assigned)})


def test_scope_filters_cases_and_the_cursor_moves_past_the_rest(engine: sa.Engine) -> None:
    org_id = make_org(engine)
    team, other_team, site, user = (uuid.uuid4() for _ in range(4))
    cases = {name: uuid.uuid4() for name in ("team", "other", "intake", "assigned", "taken")}
    _case_record(engine, org_id, cases["team"], team=team, site=site, assigned=uuid.uuid4())
    _case_record(engine, org_id, cases["other"], team=other_team, site=uuid.uuid4())
    _case_record(engine, org_id, cases["intake"], team=other_team, site=site)
    _case_record(engine, org_id, cases["assigned"], team=other_team, assigned=user)
    _case_record(engine, org_id, cases["taken"], site=site, assigned=uuid.uuid4())
    by_case = {name: new_change(case_id) for name, case_id in cases.items()}
    append(engine, org_id, list(by_case.values()))

    def visible(scope: Scope) -> set[str]:
        page = read(engine, org_id, Cursor.START, scope=scope)
        return {name for name, c in by_case.items()
                if c.change_id in {e.change_id for e in page.entries}}

    assert visible(Scope(teams=frozenset({team}))) == {"team"}
    assert visible(Scope(intake_sites=frozenset({site}), assigned_to=user)) == {
        "intake", "assigned"}
    assert visible(Scope()) == set()
    page = read(engine, org_id, Cursor.START, scope=Scope(), limit=1)
    assert not page.more and page.next_cursor > Cursor.START
    assert read(engine, org_id, page.next_cursor).entries == ()


def test_cursor_encoding_round_trips_and_rejects_garbage() -> None:
    cursor = Cursor(123456789, 42)
    assert Cursor.decode(cursor.encode()) == cursor
    assert Cursor.decode(None) == Cursor.decode("") == Cursor.START
    for bad in ("c1.1", "c2.1.2", "c1.-1.2", "c1.x.2", "c1.1.99999999999999999999"):
        with pytest.raises(FeedError) as refused:
            Cursor.decode(bad)
        assert refused.value.kind == "invalid_cursor"


@pytest.mark.parametrize("limit", [0, feed.MAX_PAGE + 1])
def test_page_size_is_bounded(engine: sa.Engine, limit: int) -> None:
    with pytest.raises(FeedError, match="limit"):
        read(engine, make_org(engine), Cursor.START, limit=limit)


def test_erasing_a_case_blanks_its_payloads_but_keeps_positions(engine: sa.Engine) -> None:
    org_id = make_org(engine)
    case_id = uuid.uuid4()
    kept, erased, other = new_change(case_id), new_change(case_id), new_change()
    append(engine, org_id, [erased, other, kept])
    with engine.begin() as conn:
        assert feed.erase_case(conn, org_id, case_id, keep=[kept.change_id]) == 1
    payloads = {e.change_id: e.payload for e in read(engine, org_id, Cursor.START).entries}
    assert payloads == {erased.change_id: None, other.change_id: other.payload,
                        kept.change_id: kept.payload}
    assert append(engine, org_id, [erased]).duplicates == (erased.change_id,)


def test_horizon_is_past_every_committed_change(engine: sa.Engine) -> None:
    org_id = make_org(engine)
    append(engine, org_id, [new_change()])
    with engine.begin() as conn:
        horizon = feed.horizon(conn)
    assert read(engine, org_id, horizon).entries == ()


def test_sqlite_feed_is_gap_free_under_concurrent_writers(tmp_path: Path) -> None:
    engine = create_engine(sqlite_url(tmp_path / "load.db"))
    try:
        migrations.upgrade(engine)
        org_id = make_org(engine)
        reader = FeedReader(org_id)
        outcome = run_load(engine, org_id, [reader],
                           Load(writers=8, transactions=5, rows=4, max_sleep_s=0.0005))
        replay = pull_all(engine, FeedReader(org_id))
    finally:
        engine.dispose()
    seen = outcome.seen[reader.name]
    assert len(seen) == len(set(seen)) and set(seen) == outcome.committed
    assert reader.positions == sorted(reader.positions) and seen == replay


def test_a_pull_reads_the_same_rows_and_cursors_and_makes_entries_only_of_cases_asked_for(
        engine: sa.Engine) -> None:
    """``read_for_pull`` pages exactly like ``read`` (same rows in the same order, same next
    cursor, same ``more``, scope applied, erased payloads kept as None), and makes a row an
    entry only when its case is asked for."""
    org_id = make_org(engine)
    team, site = uuid.uuid4(), uuid.uuid4()
    cases = [uuid.uuid4() for _ in range(5)]
    for case_id in cases[:4]:
        _case_record(engine, org_id, case_id, team=team, site=site)
    _case_record(engine, org_id, cases[4], team=uuid.uuid4(), site=site)  # out of scope
    for round_ in range(3):
        append(engine, org_id, [new_change(cases[(round_ + i) % 5]) for i in range(7)])
    with engine.begin() as conn:
        feed.erase_case(conn, org_id, cases[1])
    scope = Scope(teams=frozenset({team}))
    for limit in (1, 4, 50):
        cursor = Cursor.START
        while True:
            with engine.begin() as conn:
                final = feed.horizon(conn)
                page = feed.read(conn, org_id, cursor, limit=limit, scope=scope, final=final)
                pulled = feed.read_for_pull(conn, org_id, cursor, limit=limit, scope=scope,
                                            final=final)
            assert (pulled.next_cursor, pulled.more) == (page.next_cursor, page.more)
            assert pulled.case_ids == {e.case_id for e in page.entries}
            assert pulled.entries(pulled.case_ids) == tuple(
                feed.PulledEntry(e.position, e.case_id, e.record_id, e.kind, e.op, e.payload,
                                 e.device_id) for e in page.entries)
            assert pulled.entries({cases[0]}) == tuple(
                e for e in pulled.entries(pulled.case_ids) if e.case_id == cases[0])
            assert pulled.entries({cases[4]}) == pulled.entries(()) == ()
            cursor = page.next_cursor
            if not page.more:
                break


def test_a_pull_at_the_horizon_reads_no_row_yet_checks_its_limit(engine: sa.Engine) -> None:
    """A device that is up to date (its cursor at or past the horizon) gets an empty last
    page without a query of the feed, as the query would have answered; and a page size out
    of bounds is refused there too."""
    org_id = make_org(engine)
    append(engine, org_id, [new_change(), new_change()])
    scope = Scope(teams=frozenset({uuid.uuid4()}))
    with engine.begin() as conn:
        final = feed.horizon(conn)
    behind = replace(final, seq=final.seq - 1) if final.seq else replace(final, txid=0)
    statements: list[str] = []

    def seen(_conn: object, _cursor: object, statement: str, *_rest: object) -> None:
        statements.append(statement)

    sa.event.listen(engine, "before_cursor_execute", seen)
    try:
        for cursor in (final, replace(final, seq=final.seq + 5)):
            statements.clear()
            with engine.begin() as conn:
                pulled = feed.read_for_pull(conn, org_id, cursor, limit=10, scope=scope,
                                            final=final)
                page = feed.read(conn, org_id, cursor, limit=10, scope=scope, final=final)
            assert (pulled.rows, pulled.next_cursor, pulled.more) == ((), cursor, False)
            assert (page.entries, page.next_cursor, page.more) == ((), cursor, False)
            assert not [s for s in statements if "changes" in s]
            with engine.begin() as conn, pytest.raises(FeedError, match="limit"):
                feed.read_for_pull(conn, org_id, cursor, limit=0, scope=scope, final=final)
        statements.clear()
        with engine.begin() as conn:  # one step behind: the feed is read
            feed.read_for_pull(conn, org_id, behind, limit=10, scope=scope, final=final)
        assert [s for s in statements if "changes" in s]
    finally:
        sa.event.remove(engine, "before_cursor_execute", seen)
