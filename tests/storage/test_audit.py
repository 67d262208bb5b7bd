"""The audit chain verifies, and any change, removal or reordering of an event is caught."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldcase.storage import audit
from fieldcase.storage.store import Store

KEY = bytes(range(32))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path, KEY) as opened:
        with opened.atomic():
            for n in range(5):
                opened.audit("worker.1", "case.view", case_id=f"case-{n}", details={"n": n})
        yield opened


def _as_attacker(store: Store, sql: str, params: tuple[object, ...] = ()) -> None:
    """Someone holding the key can drop the triggers; the chain must still give them away."""
    store.raw.execute("DROP TRIGGER audit_log_no_update")
    store.raw.execute("DROP TRIGGER audit_log_no_delete")
    store.raw.execute(sql, params)


def test_chain_verifies(store: Store) -> None:
    assert audit.verify(store.raw) == audit.ChainReport(True, 5)
    assert [e.details["n"] for e in audit.events(store.raw)] == [4, 3, 2, 1, 0]


def test_triggers_refuse_update_and_delete(store: Store) -> None:
    with pytest.raises(Exception, match="append-only"):
        store.raw.execute("UPDATE audit_log SET user = 'x' WHERE seq = 1")
    with pytest.raises(Exception, match="append-only"):
        store.raw.execute("DELETE FROM audit_log WHERE seq = 1")


@pytest.mark.parametrize(("sql", "problem"), [
    ("UPDATE audit_log SET action = 'case.edit' WHERE seq = 3", "event 3 was altered"),
    ("UPDATE audit_log SET details = '{\"n\":9}' WHERE seq = 2", "event 2 was altered"),
    ("DELETE FROM audit_log WHERE seq = 2", "event 2 is missing"),
    ("DELETE FROM audit_log WHERE seq = 5", "removed from the end"),
    ("UPDATE audit_log SET seq = seq + 10 WHERE seq IN (2, 3)", "event 2 is missing"),
])
def test_tampering_is_detected(store: Store, sql: str, problem: str) -> None:
    _as_attacker(store, sql)
    report = audit.verify(store.raw)
    assert not report.ok
    assert report.problem is not None and problem in report.problem


def test_swapping_two_events_is_detected(store: Store) -> None:
    _as_attacker(store, "UPDATE audit_log SET seq = 100 WHERE seq = 2")
    store.raw.execute("UPDATE audit_log SET seq = 2 WHERE seq = 3")
    store.raw.execute("UPDATE audit_log SET seq = 3 WHERE seq = 100")
    report = audit.verify(store.raw)
    assert not report.ok and report.problem == "event 2 does not follow event 1"


# -- what the server has not acknowledged, and a log that continues from an anchor ---------------

def _acknowledge(store: Store, seq: int) -> None:
    with store.atomic():
        audit.mark_sent(store.raw, seq)


def test_waiting_leaves_out_only_the_sync_records_and_unlocks_at_the_end(store: Store) -> None:
    assert audit.waiting(store.raw) == 5
    _acknowledge(store, 5)
    assert audit.waiting(store.raw) == 0
    with store.atomic():
        store.audit("worker.1", "sync")
        store.audit("worker.1", "unlock", details={"failed_attempts_before": 2})
        store.audit("worker.1", "sync.failed")
    assert audit.waiting(store.raw) == 0  # carried into a new store as they are (travel)
    with store.atomic():
        store.audit("worker.1", "case.view", case_id="case-9")
        store.audit("worker.1", "sync")
    assert audit.waiting(store.raw) == 4  # what comes before a view goes with it
    _acknowledge(store, 9)
    assert audit.waiting(store.raw) == 0
    with store.atomic():
        store.audit("worker.1", "sync")
        audit.mark_sent(store.raw, 9, "event 10 was altered")
    assert audit.waiting(store.raw) == 2  # the server refused: an admin looks first


def _continued(old: Store, folder: Path) -> Store:
    """A new store whose log continues ``old``'s chain as the server holds it (travel)."""
    start = audit.continuation(old.raw)
    folder.mkdir()
    new = Store.open(folder, KEY)
    with new.atomic():
        audit.restore(new.raw, start)
        new.audit("worker.1", "travel.prepare", details={"cases_erased": 5})
    return new


def test_a_new_log_continues_the_chain_from_the_acknowledged_head(store: Store,
                                                                  tmp_path: Path) -> None:
    _acknowledge(store, 5)
    head = store.raw.execute("SELECT hash FROM audit_log WHERE seq = 5").fetchone()[0]
    with store.atomic():
        store.audit("worker.1", "sync")
        store.audit("worker.1", "unlock")
    carried = sorted(audit.events(store.raw, limit=2), key=lambda e: e.seq)
    with _continued(store, tmp_path / "new") as new:
        assert audit.anchor(new.raw) == (5, head)
        events = sorted(audit.events(new.raw), key=lambda e: e.seq)
        assert events[:2] == carried  # as they were: same numbers, same hashes
        assert (events[2].seq, events[2].prev_hash, events[2].action) == (
            8, carried[1].hash, "travel.prepare")
        assert audit.verify(new.raw) == audit.ChainReport(True, 3)
        assert audit.sent_mark(new.raw) == 5 and audit.waiting(new.raw) == 3
        assert audit.acknowledged_head(new.raw) == (5, head)
        assert [e.seq for e in audit.unsent(new.raw)] == [6, 7, 8]


def test_nothing_acknowledged_gives_a_chain_from_the_first_event(tmp_path: Path) -> None:
    with Store.open(tmp_path, KEY) as store:
        with store.atomic():
            store.audit("worker.1", "unlock")
        with _continued(store, tmp_path / "new") as new:
            assert audit.anchor(new.raw) == (0, audit.GENESIS)
            assert [e.seq for e in audit.events(new.raw)] == [2, 1]
            assert audit.verify(new.raw).ok


def test_no_continuation_while_the_server_lacks_an_event(store: Store) -> None:
    _acknowledge(store, 4)
    with pytest.raises(ValueError, match="would leave"):
        audit.continuation(store.raw)


@pytest.mark.parametrize(("sql", "problem"), [
    ("UPDATE audit_log SET user = 'x' WHERE seq = 6", "event 6 was altered"),
    ("DELETE FROM audit_log WHERE seq = 6", "event 6 is missing"),
    ("DELETE FROM audit_log WHERE seq = 7", "removed from the end"),
    ("UPDATE meta SET value = '4:' || substr(value, 3) WHERE key = 'audit_anchor'",
     "event 5 is missing"),
    ("UPDATE meta SET value = '5:' || printf('%064d', 0) WHERE key = 'audit_anchor'",
     "event 6 does not follow event 5"),
])
def test_an_anchored_log_still_catches_an_edit_or_a_gap(store: Store, tmp_path: Path,
                                                        sql: str, problem: str) -> None:
    _acknowledge(store, 5)
    with store.atomic():
        store.audit("worker.1", "sync")
    with _continued(store, tmp_path / "new") as new:
        _as_attacker(new, sql)
        report = audit.verify(new.raw)
        assert not report.ok
        assert report.problem is not None and problem in report.problem
