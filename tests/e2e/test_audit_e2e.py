"""The audit log reaches a real ``fieldcase-server`` process with the sync, and the admin's
command answers "who saw this person's record" across two laptops (SQLite and PostgreSQL).

A worker registers a case on laptop A and syncs; the supervisor on laptop B syncs and edits
it; the worker opens it; both sync. ``fieldcase-server audit --case`` lists the worker's view
and the supervisor's edit, each with its user, its laptop and its time, and no name.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from tests.e2e.test_two_laptops import Server, case_document, laptop
from tests.e2e.test_two_laptops import server as server  # the fixture

from fieldcase.services import cases
from fieldcase.services import sync as sync_service
from fieldcase.storage import sync_state


def test_the_admin_sees_who_viewed_and_who_changed_a_case_across_laptops(
        server: Server, tmp_path: Path) -> None:
    worker = laptop(tmp_path / "laptop-a", "amina", "worker", server)
    supervisor = laptop(tmp_path / "laptop-b", "selam", "supervisor", server)
    try:
        laptops = {name: sync_state.load_enrolment(s.store).device_id  # type: ignore[union-attr]
                   for name, s in (("amina", worker), ("selam", supervisor))}
        case_id = cases.create_case(worker, case_document()).case_id
        sync_service.sync_now(worker)
        sync_service.sync_now(supervisor)
        cases.update_case(supervisor, case_id, {"case": {"stage": "destination"}})
        cases.show_case(worker, case_id)
        sync_service.sync_now(worker)
        sync_service.sync_now(supervisor)
    finally:
        worker.close()
        supervisor.close()

    answer = server.admin("audit", "--case", case_id, "--json")
    events = [json.loads(line) for line in answer.splitlines()]
    view = next(e for e in events if e["action"] == "case.view")
    edit = next(e for e in events if e["action"] == "case.edit")
    assert (view["user"], view["device"]) == ("amina", laptops["amina"])
    assert (edit["user"], edit["device"]) == ("selam", laptops["selam"])
    assert all(datetime.fromisoformat(e["at"]).tzinfo is not None for e in (view, edit))
    assert "Kidane" not in answer and "ዮሃንስ" not in answer

    words = server.admin("audit", "--case", case_id)
    assert "amina  case.view" in words and "selam  case.edit" in words
    assert server.admin("audit", "--breaks") == ""
