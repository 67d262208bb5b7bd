"""A supervisor's decisions reach the worker through a real ``fieldcase-server`` process.

The worker's laptop sends a case plan for agreement and registers an unassigned intake case;
on the supervisor's laptop both show in the review queue; the supervisor returns the plan with
a comment, then agrees it, and assigns the intake case in a batch (the calls the supervisor's
desk makes); after both laptops sync the worker holds the supervisor's status, the comment as a
note and the assignment, and the server took every change (none refused).
"""

from __future__ import annotations

from pathlib import Path

from tests.e2e.test_two_laptops import Server, case_document, laptop
from tests.e2e.test_two_laptops import server as server  # the fixture

from fieldcase.services import cases
from fieldcase.services import sync as sync_service
from fieldcase.services.assignment import assign_cases
from fieldcase.services.refusals import refused_count
from fieldcase.services.review_queue import QueueGroup, review_queue


def test_a_supervisors_return_approval_and_assignment_sync_to_the_worker(
        server: Server, tmp_path: Path) -> None:
    worker = laptop(tmp_path / "laptop-a", "amina", "worker", server)
    supervisor = laptop(tmp_path / "laptop-b", "selam", "supervisor", server)
    try:
        planned = cases.create_case(worker, case_document()).case_id
        cases.change_status(worker, planned, "start_assessment")
        intake_document = case_document()
        intake_case = intake_document["case"]
        assert isinstance(intake_case, dict)
        intake_document["case"] = {**intake_case, "assigned_to": None}  # intake: nobody's
        intake = cases.create_case(worker, intake_document).case_id
        sync_service.sync_now(worker)
        sync_service.sync_now(supervisor)

        queue = review_queue(supervisor)
        assert planned in queue.keys(QueueGroup.CASE_PLANS)
        assert intake in queue.keys(QueueGroup.UNASSIGNED)

        cases.change_status(supervisor, planned, "return_case_plan",
                            "Add the school enrolment to the plan.")
        sync_service.sync_now(supervisor)
        sync_service.sync_now(worker)
        returned = cases.show_case(worker, planned).document
        assert returned["case"]["status"] == "assessment"
        assert returned["notes"][-1]["text"] == "Add the school enrolment to the plan."
        assert returned["notes"][-1]["author"] == "selam"

        cases.change_status(supervisor, planned, "agree_case_plan")
        done = assign_cases(supervisor, [intake], "amina")
        assert done.assigned == (intake,) and done.refused == ()
        sync_service.sync_now(supervisor)
        sync_service.sync_now(worker)
        assert cases.show_case(worker, planned).document["case"]["status"] == "case_plan"
        assert cases.show_case(worker, intake).document["case"]["assigned_to"] == "amina"
        assert refused_count(supervisor) == 0 and refused_count(worker) == 0
        assert review_queue(supervisor).keys(QueueGroup.UNASSIGNED) == ()
    finally:
        worker.close()
        supervisor.close()
