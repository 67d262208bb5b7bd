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
