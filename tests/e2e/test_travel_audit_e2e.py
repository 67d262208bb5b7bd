"""Travel mode and the audit log across a real ``fieldcase-server`` process (SQLite and
PostgreSQL): events synced, travel prepared, unlock, sync. The server holds the
``travel.prepare`` event and the events after it as the same device's chain going on, lists no
break (``fieldcase-server audit --breaks`` is empty), and the case is back on the laptop.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.e2e.test_two_laptops import DEVICE_PASSPHRASE, KDF, Server, case_document, laptop
from tests.e2e.test_two_laptops import server as server  # the fixture

from fieldcase.services import cases, profile, travel
from fieldcase.services import sync as sync_service
from fieldcase.storage import audit as stored_audit


def test_after_travel_the_server_takes_the_audit_log_as_the_same_chain(
        server: Server, tmp_path: Path) -> None:
    folder = tmp_path / "laptop-a"
    worker = laptop(folder, "amina", "worker", server)
    try:
        case_id = cases.create_case(worker, case_document()).case_id
        sync_service.sync_now(worker)
        cases.show_case(worker, case_id)
        assert travel.status(worker).audit > 0  # the view is not on the server yet
        sync_service.sync_now(worker)
        held = stored_audit.sent_mark(worker.store.raw)
        assert travel.prepare(worker).cases_erased == 1

        worker = profile.unlock(folder, user="amina", passphrase=DEVICE_PASSPHRASE, kdf=KDF)
        sync_service.sync_now(worker)
        assert stored_audit.refused_reason(worker.store.raw) is None
        back = cases.show_case(worker, case_id).document  # audited: a view after the crossing
        assert back["person"]["given_name"] == "ዮሃንስ"
        sync_service.sync_now(worker)
        assert stored_audit.verify(worker.store.raw).ok
    finally:
        worker.close()

    assert server.admin("audit", "--breaks") == ""
    answer = server.admin("audit", "--user", "amina", "--json")
    events = sorted((json.loads(line) for line in answer.splitlines()), key=lambda e: e["seq"])
    assert [e["seq"] for e in events] == list(range(1, len(events) + 1))  # no gap
    after = [e["action"] for e in events if e["seq"] > held]
    assert "travel.prepare" in after and after.index("travel.prepare") < after.index("unlock")
    prepared = next(e for e in events if e["action"] == "travel.prepare")
    assert prepared["details"] == {"cases_erased": 1}
    views = [e["seq"] for e in events if e["case_id"] == case_id and e["action"] == "case.view"]
    assert len(views) == 2 and views[0] < prepared["seq"] < views[1]  # before and after
    assert "Kidane" not in answer and "ዮሃንስ" not in answer
