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


def test_waiting_leaves_out_only_a_sync_s_own_records_at_the_end(store: Store) -> None:
    assert audit.waiting(store.raw) == 5
    _acknowledge(store, 5)
    assert audit.waiting(store.raw) == 0
    with store.atomic():
        store.audit("worker.1", "sync")
        store.audit("worker.1", "sync.failed")
    assert audit.waiting(store.raw) == 0  # they wait for the next other event by design
    with store.atomic():
        store.audit("worker.1", "case.view", case_id="case-9")
        store.audit("worker.1", "sync")
    assert audit.waiting(store.raw) == 3  # the sync records before a view go with it
    _acknowledge(store, 8)
    assert audit.waiting(store.raw) == 0


def _continued(old: Store, folder: Path) -> Store:
    """A new store whose log continues ``old``'s chain from the server's mark (travel)."""
    rows = audit.anchor_rows(old.raw)
    folder.mkdir()
    new = Store.open(folder, KEY)
    with new.atomic():
        new.raw.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", rows)
        new.audit("worker.1", "travel.prepare", details={"cases_erased": 5})
        new.audit("worker.1", "unlock")
    return new


def test_a_new_log_continues_the_chain_from_the_acknowledged_head(store: Store,
                                                                  tmp_path: Path) -> None:
    assert audit.anchor_rows(store.raw) == ()  # the server holds nothing: a chain of its own
    _acknowledge(store, 4)
    head = store.raw.execute("SELECT hash FROM audit_log WHERE seq = 4").fetchone()[0]
    with _continued(store, tmp_path / "new") as new:
        assert audit.anchor(new.raw) == (4, head)
        first, second = sorted(audit.events(new.raw), key=lambda e: e.seq)
        assert (first.seq, first.prev_hash, first.action) == (5, head, "travel.prepare")
        assert (second.seq, second.prev_hash) == (6, first.hash)
        assert audit.verify(new.raw) == audit.ChainReport(True, 2)
        assert audit.sent_mark(new.raw) == 4 and audit.waiting(new.raw) == 2
        assert audit.acknowledged_head(new.raw) == (4, head)
        assert [e.seq for e in audit.unsent(new.raw)] == [5, 6]


@pytest.mark.parametrize(("sql", "problem"), [
    ("UPDATE audit_log SET user = 'x' WHERE seq = 5", "event 5 was altered"),
    ("DELETE FROM audit_log WHERE seq = 5", "event 5 is missing"),
    ("DELETE FROM audit_log WHERE seq = 6", "removed from the end"),
    ("UPDATE meta SET value = '3:' || substr(value, 3) WHERE key = 'audit_anchor'",
     "event 4 is missing"),
    ("UPDATE meta SET value = '4:' || printf('%064d', 0) WHERE key = 'audit_anchor'",
     "event 5 does not follow event 4"),
])
def test_an_anchored_log_still_catches_an_edit_or_a_gap(store: Store, tmp_path: Path,
                                                        sql: str, problem: str) -> None:
    _acknowledge(store, 4)
    with _continued(store, tmp_path / "new") as new:
        _as_attacker(new, sql)
        report = audit.verify(new.raw)
        assert not report.ok
        assert report.problem is not None and problem in report.problem
