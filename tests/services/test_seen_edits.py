"""An edit carries what the person saw: a field a sync changed while a form was open becomes a
conflict with both values kept, never a silent overwrite; other fields save normally.

Two real profiles (SQLCipher stores) sync through the merge-only :class:`FakeServer` with the
real sync engine. Laptop A opens a case (``show_case``), laptop B changes it and syncs, A
pulls that change, and only then does A save its form with what it was shown.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from fieldcase.domain.errors import ValidationError
from fieldcase.domain.merge import Seen
from fieldcase.services import cases, profile
from fieldcase.services import sync as sync_service
from fieldcase.services.session import Session
from fieldcase.storage.case_list import CaseFilter
from fieldcase.sync.engine import SyncEngine
from fieldcase.sync.steps import Inline

from ..sync.fake_server import FakeServer
from .conftest import NOW, PASSPHRASE, TEST_KDF, now


@pytest.fixture
def b_clock_ahead() -> timedelta:
    return timedelta(0)


@pytest.fixture
def devices(tmp_path: Path, b_clock_ahead: timedelta) -> Iterator[tuple[Session, Session]]:
    sessions: list[Session] = []
    for name, ahead in (("amina", timedelta(0)), ("berhane", b_clock_ahead)):
        folder = tmp_path / name
        profile.create_profile(folder, user=name, passphrase=PASSPHRASE, role="supervisor",
                               team="lamp", site="LAMP-01", kdf=TEST_KDF, now=now)
        sessions.append(profile.unlock(folder, user=name, passphrase=PASSPHRASE, kdf=TEST_KDF,
                                       now=lambda ahead=ahead: NOW + ahead))
    yield sessions[0], sessions[1]
    for session in sessions:
        session.close()


def sync(session: Session, server: FakeServer) -> None:
    SyncEngine(Inline(session.store), server, device_id=f"dev-{session.actor.user}").run()


def document() -> dict[str, Any]:
    return {
        "person": {"given_name": "Selam", "family_name": "Tesfay", "sex": "female",
                   "age_estimate": 24, "nationality": "ERI"},
        "case": {"site": "LAMP-01", "stage": "transit", "assigned_to": "amina",
                 "opened_on": "2026-11-29"},
        "tasks": [{"title": "call the shelter", "due_on": "2026-12-03"}],
    }


@pytest.fixture
def opened_then_changed(devices: tuple[Session, Session]
                        ) -> tuple[Session, Session, FakeServer, str, cases.ShownCase]:
    """A shows the case; B sets its stage to "destination" and syncs; A pulls that change
    while its form (the ``ShownCase``) is still open."""
    a, b = devices
    server = FakeServer()
    case_id = cases.create_case(a, document()).case_id
    sync(a, server)
    sync(b, server)
    shown = cases.show_case(a, case_id)
    cases.update_case(b, case_id, {"case": {"stage": "destination"}})
    sync(b, server)
    sync(a, server)
    assert cases.show_case(a, case_id).document["case"]["stage"] == "destination"
    return a, b, server, case_id, shown


def in_review(session: Session, case_id: str) -> bool:
    rows = cases.list_cases(session, CaseFilter(review_only=True)).rows
    return case_id in {row.case_id for row in rows}


def conflict_values(session: Session, case_id: str) -> list[tuple[str | None, set[Any]]]:
    return [(view.field, {side.value for side in view.sides})
            for view in sync_service.list_conflicts(session, case_id)]


def test_a_field_a_sync_changed_while_the_form_was_open_becomes_a_conflict(
        opened_then_changed: tuple[Session, Session, FakeServer, str, cases.ShownCase]
) -> None:
    a, b, server, case_id, shown = opened_then_changed
    assert shown.document["case"]["stage"] == "transit"  # what A's person saw

    saved = cases.update_case(a, case_id, {"case": {"stage": "return"}}, seen=shown.seen)

    assert saved.conflicted_fields == ("case.stage",)
    assert conflict_values(a, case_id) == [("stage", {"return", "destination"})]
    winner = next(iter(sync_service.list_conflicts(a, case_id)))
    assert winner.sides[winner.winner].value == "return"  # the greater stamp: A saved last
    assert cases.show_case(a, case_id).document["case"]["stage"] == "return"
    assert in_review(a, case_id)
    # The conflict travels: B, who set "destination", now sees both values too.
    sync(a, server)
    sync(b, server)
    assert conflict_values(b, case_id) == [("stage", {"return", "destination"})]
    assert cases.show_case(b, case_id).document["case"]["stage"] == "return"


@pytest.mark.parametrize("b_clock_ahead", [timedelta(days=2)])
def test_the_case_shows_the_other_value_when_its_clock_was_ahead(
        opened_then_changed: tuple[Session, Session, FakeServer, str, cases.ShownCase]
) -> None:
    """B's clock ran two days ahead, so A never observed its stamp: B's version is the
    greater stamp and the provisional winner, and the stored case must show it."""
    a, _, _, case_id, shown = opened_then_changed
    saved = cases.update_case(a, case_id, {"case": {"stage": "return"}}, seen=shown.seen)
    assert saved.conflicted_fields == ("case.stage",)
    view = next(iter(sync_service.list_conflicts(a, case_id)))
    assert view.sides[view.winner].value == "destination"
    assert cases.show_case(a, case_id).document["case"]["stage"] == "destination"


def test_a_field_the_sync_did_not_change_saves_normally(
        opened_then_changed: tuple[Session, Session, FakeServer, str, cases.ShownCase]
) -> None:
    a, _, _, case_id, shown = opened_then_changed
    task_id = shown.document["tasks"][0]["id"]

    saved = cases.update_case(a, case_id, {
        "person": {"family_name": "Tesfaye"},
        "case": {"flags": ["pregnant"]},  # the record B changed, another field of it
        "tasks": [{"id": task_id, "done_on": "2026-11-30"}],  # a field the task lacked
    }, seen=shown.seen)

    assert saved.conflicted_fields == ()
    assert conflict_values(a, case_id) == []
    after = cases.show_case(a, case_id).document
    assert after["person"]["family_name"] == "Tesfaye"
    assert after["case"]["flags"] == ["pregnant"]
    assert after["case"]["stage"] == "destination"  # B's change, kept
    assert after["tasks"][0]["done_on"] == "2026-11-30"


def test_without_what_was_shown_the_edit_is_based_on_what_is_stored(
        opened_then_changed: tuple[Session, Session, FakeServer, str, cases.ShownCase]
) -> None:
    """The command line's ``case update`` shows nothing first: its bases are the stored
    heads at the moment of the edit, so it replaces the value it was given on purpose."""
    a, _, _, case_id, _ = opened_then_changed
    saved = cases.update_case(a, case_id, {"case": {"stage": "return"}})
    assert saved.conflicted_fields == ()
    assert conflict_values(a, case_id) == []
    assert cases.show_case(a, case_id).document["case"]["stage"] == "return"


def test_an_edit_from_a_view_that_showed_a_conflict_settles_it(
        opened_then_changed: tuple[Session, Session, FakeServer, str, cases.ShownCase]
) -> None:
    a, _, _, case_id, shown = opened_then_changed
    cases.update_case(a, case_id, {"case": {"stage": "return"}}, seen=shown.seen)
    both = cases.show_case(a, case_id)  # shows the conflicted field: both sides are seen
    cases.update_case(a, case_id, {"case": {"stage": "origin"}}, seen=both.seen)
    assert conflict_values(a, case_id) == []
    assert not in_review(a, case_id)


def test_what_was_shown_holds_stamps_only_and_reads_back(
        opened_then_changed: tuple[Session, Session, FakeServer, str, cases.ShownCase]
) -> None:
    _, _, _, case_id, shown = opened_then_changed
    text = shown.seen.to_text()
    for value in ("Selam", "Tesfay", "transit", "call the shelter", "2026-12-03"):
        assert value not in text
    assert Seen.from_text(text) == shown.seen
    assert shown.seen.case_id == case_id
    assert set(shown.seen.records) == {case_id, shown.document["person"]["id"],
                                       shown.document["tasks"][0]["id"]}
    assert len(text) < 600


@pytest.mark.parametrize("text", ["", "{}", "not json", '{"v":1,"c":"x","s":["bad"],"r":{}}',
                                  '{"v":1,"c":"x","s":[],"r":{"r1":{"0":["stage"]}}}',
                                  '{"v":2,"c":"x","s":[],"r":{}}'])
def test_a_record_of_what_was_shown_that_is_not_ours_is_refused(text: str) -> None:
    with pytest.raises(ValidationError) as refused:
        Seen.from_text(text)
    assert (refused.value.path, refused.value.rule) == ("seen", "malformed")


def test_what_was_shown_of_another_case_is_refused(devices: tuple[Session, Session]) -> None:
    a, _ = devices
    first = cases.create_case(a, document()).case_id
    second = cases.create_case(a, document()).case_id
    other = cases.show_case(a, second).seen
    with pytest.raises(ValidationError) as refused:
        cases.update_case(a, first, {"case": {"stage": "return"}}, seen=other)
    assert refused.value.rule == "other_case"
    assert cases.show_case(a, first).document["case"]["stage"] == "transit"


def test_a_refresh_reads_the_change_without_a_second_view_event(
        opened_then_changed: tuple[Session, Session, FakeServer, str, cases.ShownCase]
) -> None:
    a, _, _, case_id, shown = opened_then_changed

    def views() -> int:
        return int(a.store.raw.execute(
            "SELECT count(*) FROM audit_log WHERE action = 'case.view' AND case_id = ?",
            (case_id,)).fetchone()[0])

    before = views()
    refreshed = cases.refresh_case(a, shown.seen)
    assert refreshed.document["case"]["stage"] == "destination"
    assert refreshed.seen != shown.seen
    assert views() == before
    cases.show_case(a, case_id)
    assert views() == before + 1
