"""A pull makes feed entries only of the rows it sends (``feed.read_for_pull``), on SQLite and
PostgreSQL: a page whose cases all enter the device's scope builds none and moves the cursor by
position alone; a page mixing entering and held cases sends the held cases' changes, in feed
order, and the entering cases whole; cursors land where the feed's own paging lands, and the
pulls that follow continue with no gap and no duplicate."""

from __future__ import annotations

import gc
from collections.abc import Collection, Iterator
from typing import Any

import pytest
import sqlalchemy as sa

from fieldcase.collector import fewer_collections
from fieldcase.domain.merge import Change
from fieldcase.server import feed, sync_pull
from fieldcase.server.db import users
from fieldcase.server.sync_pull import SyncCursor
from fieldcase.sync.protocol import PullRequest, PullResponse

from .sync_harness import Device, World, make_world


@pytest.fixture
def world(engine: sa.Engine, db_url: str) -> Iterator[World]:
    yield make_world(engine, db_url)


class Built:
    """Which cases each pull asked the page to make entries of, and how many it made."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.asked: set[str] = set()
        self.made = 0
        real = feed.PullPage.entries

        def entries(page: feed.PullPage, case_ids: Collection[object]
                    ) -> tuple[feed.PulledEntry, ...]:
            made = real(page, case_ids)  # type: ignore[arg-type]
            self.asked |= {str(c) for c in case_ids}
            self.made += len(made)
            return made

        monkeypatch.setattr(feed.PullPage, "entries", entries)


def pull_whole(device: Device, limit: int) -> PullResponse:
    """One pull as a laptop of this version asks for it (entering cases as states), applied
    to the device's replica."""
    body = PullRequest(device.cursor, limit, whole=True).to_bytes()
    response = device.send("/v1/sync/pull", body)
    assert response.status_code == 200, response.text
    answer = PullResponse.from_bytes(response.content, compressed=False)
    assert not answer.purges and not answer.out_of_scope
    for case in answer.whole_cases():
        device.cases[case.case_id] = case.state
    device.apply(list(answer.entries))
    device.cursor = answer.next_cursor
    return answer


def expected_cursors(world: World, start: str, limit: int, pages: int) -> list[feed.Cursor]:
    """Where the feed's own paging (``feed.read``) in the worker's scope moves the cursor."""
    cursors, cursor = [], SyncCursor.decode(start).position
    with world.engine.begin() as conn:
        site_id = conn.execute(sa.select(users.c.site_id).where(
            users.c.id == world.users["amina"])).scalar_one()
        scope = feed.Scope(intake_sites=frozenset({site_id}),
                           assigned_to=world.users["amina"])
        for _ in range(pages):
            cursor = feed.read(conn, world.org_id, cursor, limit=limit, scope=scope).next_cursor
            cursors.append(cursor)
    return cursors


def same_positions(answers: list[PullResponse], expected: list[feed.Cursor]) -> bool:
    """Each answer's cursor is where the feed's paging put it: the last row of a full page
    exactly; past the last page, the horizon (on PostgreSQL the oldest running transaction,
    which every transaction moves on, so only its form is compared)."""
    got = [SyncCursor.decode(a.next_cursor).position for a in answers]
    assert len(got) == len(expected)
    return all(g == e if e.seq else g.seq == 0 for g, e in zip(got, expected, strict=True))


def test_a_first_sync_makes_no_entry_and_pages_by_position(
        world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    sara = world.enrol("sara")
    made: list[Change] = []
    for _ in range(4):
        case_id, changes = sara.new_case(assigned_to="amina")
        changes.append(sara.note(case_id))
        made += changes
    assert sara.push(made).rejected == ()
    built = Built(monkeypatch)
    laptop = world.enrol("amina")
    answer = pull_whole(laptop, 500)  # one page: every row's case enters the scope
    assert not answer.more and answer.entries == ()
    assert built.made == 0 and built.asked == set()  # every row dropped unbuilt
    assert sorted(w.case_id for w in answer.whole) == sorted(sara.cases)
    assert laptop.cases == sara.cases
    assert same_positions([answer], expected_cursors(world, "", 500, 1))

    # Small pages: each moves the cursor by the next 5 rows of the worker's scope, and the
    # only rows made entries are those of cases an earlier answer sent whole.
    second = world.enrol("amina", "Second laptop")
    answers, whole_before = [pull_whole(second, 5)], set()
    while answers[-1].more and len(answers) < 20:
        whole_before |= {w.case_id for w in answers[-1].whole}
        built.asked.clear()
        answers.append(pull_whole(second, 5))
        assert built.asked <= whole_before
    assert same_positions(answers, expected_cursors(world, "", 5, len(answers)))
    assert sorted(w.case_id for a in answers for w in a.whole) == sorted(sara.cases)
    assert second.cases == sara.cases
    assert pull_whole(second, 5).entries == ()  # caught up: nothing again


def test_a_page_of_entering_and_held_cases_sends_the_held_changes_once_in_order(
        world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    sara, laptop = world.enrol("sara"), world.enrol("amina")
    amina = "amina"
    held_cases = []
    for _ in range(2):
        case_id, changes = sara.new_case(assigned_to=amina)
        assert sara.push(changes).rejected == ()
        held_cases.append(case_id)
    for _ in range(20):
        if not pull_whole(laptop, 500).more:
            break
    # Interleaved in the feed: edits of held cases and new cases that enter the scope.
    edits: list[Change] = []
    entering: list[str] = []
    for round_ in range(3):
        edit = sara.edit(held_cases[round_ % 2], held_cases[round_ % 2], "case",
                         {"risk_level": ("low", "medium", "high")[round_]})
        note = sara.note(held_cases[(round_ + 1) % 2])
        case_id, changes = sara.new_case(assigned_to=amina)
        entering.append(case_id)
        assert sara.push([edit, *changes, note]).rejected == ()
        edits += [edit, note]
    built = Built(monkeypatch)
    start = laptop.cursor
    answers: list[PullResponse] = []
    sent_whole: set[str] = set()
    while not answers or (answers[-1].more and len(answers) < 20):
        built.asked.clear()
        answers.append(pull_whole(laptop, 3))
        # Rows made entries: only of cases the device held before this answer.
        assert built.asked <= set(held_cases) | sent_whole
        sent_whole |= {w.case_id for w in answers[-1].whole}
    sent = [c for a in answers for c in a.entries]
    assert len({c.change_id for c in sent}) == len(sent)  # no duplicate
    # No gap, feed order: every edit of a held case; besides them only rows of entering
    # cases that an earlier answer had sent whole (the device holds them by then).
    assert [c.change_id for c in sent if c.case_id in held_cases] == [
        c.change_id for c in edits]
    sent_whole.clear()
    for answer in answers:
        assert {c.case_id for c in answer.entries if c.case_id not in held_cases
                } <= sent_whole
        sent_whole |= {w.case_id for w in answer.whole}
    assert sorted(w.case_id for a in answers for w in a.whole) == sorted(entering)
    assert same_positions(answers, expected_cursors(world, start, 3, len(answers)))
    assert laptop.cases == {c: s for c, s in sara.cases.items()}
    assert pull_whole(laptop, 3).entries == ()


def test_collections_are_rarer_while_whole_cases_are_read_and_as_before_after(
        world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    """The collector's threshold is raised while a pull reads whole cases (their decoded
    states made it collect every 700 containers: half the server's time of an initial pull),
    and put back when the last such pull ends, also when pulls overlap."""
    sara, laptop = world.enrol("sara"), world.enrol("amina")
    case_id, changes = sara.new_case(assigned_to="amina")
    assert sara.push(changes).rejected == ()
    seen: list[int] = []
    real = sync_pull.stored_cases

    def spied(*args: Any, **kwargs: Any) -> Any:
        seen.append(gc.get_threshold()[0])
        return real(*args, **kwargs)

    monkeypatch.setattr(sync_pull, "stored_cases", spied)
    before = gc.get_threshold()
    assert before[0] < fewer_collections.THRESHOLD
    assert [w.case_id for w in pull_whole(laptop, 500).whole] == [case_id]
    assert seen and set(seen) == {fewer_collections.THRESHOLD}
    assert gc.get_threshold() == before
    with fewer_collections():  # overlapping: put back when the last one ends
        with fewer_collections():
            assert gc.get_threshold()[0] == fewer_collections.THRESHOLD
        assert gc.get_threshold()[0] == fewer_collections.THRESHOLD
    assert gc.get_threshold() == before
