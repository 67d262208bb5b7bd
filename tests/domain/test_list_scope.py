"""The list scope a store query tests agrees with the policy's own decision to show a case."""

from __future__ import annotations

import pytest

from fieldcase.domain.policy import Action, Actor, CaseContext, Role, decide, list_scope

SITES = ("LAMP-01", "NKH-01")
ASSIGNEES = (None, "worker.one", "worker.two", "supervisor.one")


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("user", ["worker.one", "supervisor.one"])
def test_the_list_scope_admits_exactly_what_the_policy_lets_a_user_view(role: Role,
                                                                        user: str) -> None:
    actor = Actor(user, role, "lamp", "LAMP-01")
    scope = list_scope(actor)
    for site in SITES:
        for assigned_to in ASSIGNEES:
            allowed = decide(actor, Action.VIEW_CASE,
                             CaseContext(team="lamp", site=site, assigned_to=assigned_to)).allowed
            assert scope.admits(site, assigned_to) == allowed, (role, site, assigned_to)


def test_a_worker_sees_their_own_cases_and_their_sites_intake() -> None:
    scope = list_scope(Actor("worker.one", Role.WORKER, "lamp", "LAMP-01"))
    assert (scope.everything, scope.assigned_to, scope.intake_site) == \
        (False, "worker.one", "LAMP-01")
    assert not list_scope(Actor("admin", Role.ADMIN, "lamp", "LAMP-01")).admits("LAMP-01", None)
