"""Table-driven: every role x action x relation to the case."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime

import pytest

from fieldcase.domain.codes import (
    AttachmentKind,
    DocumentHolder,
    DocumentType,
    Sex,
    Stage,
)
from fieldcase.domain.document import (
    Attachment,
    Case,
    CaseDocument,
    Contact,
    IdentityDocument,
    Note,
    Person,
)
from fieldcase.domain.errors import PermissionDenied
from fieldcase.domain.policy import (
    Action,
    Actor,
    CaseContext,
    Role,
    context_of,
    decide,
    redact,
    require,
)

TEAM, SITE = "team-a", "LAMP-01"

# Situations: how the actor relates to the case.
SITUATIONS = {
    "assigned": lambda a: CaseContext(TEAM, SITE, a.user),
    "unassigned_same_site": lambda a: CaseContext(TEAM, SITE, None),
    "assigned_to_other_same_team": lambda a: CaseContext(TEAM, SITE, "other"),
    "unassigned_other_site": lambda a: CaseContext(TEAM, "KOLO-02", None),
    "other_team_assigned_other": lambda a: CaseContext("team-b", "KOLO-02", "other"),
    "other_team_unassigned_same_site": lambda a: CaseContext("team-b", SITE, None),
    # Issue 11: a transfer proposed by team-b to the actor's site, and one by the actor's team
    # to another site (its sender may not accept it).
    "other_team_transfer_to_my_site": lambda a: CaseContext("team-b", "KOLO-02", "other",
                                                            pending_site=SITE),
    "own_transfer_to_other_site": lambda a: CaseContext(TEAM, SITE, None,
                                                        pending_site="KOLO-02"),
}
ROLES = {r: Actor(f"{r}-user", r, TEAM, SITE) for r in Role}

ACCESS = {Action.VIEW_CASE, Action.EDIT_CASE}
SUPERVISE = {
    Action.VIEW_CASE,
    Action.EDIT_CASE,
    Action.VIEW_CONFIDENTIAL,
    Action.ASSIGN_CASE,
    Action.APPROVE_CLOSURE,
    Action.TRANSFER_CASE,
    Action.EXPORT_CASE,
    Action.ERASE_CASE,
    Action.CREATE_CASE,
    Action.CLEAR_ESCALATION,
}
CREATE_AT_SITE = {Action.CREATE_CASE}

# Expected allowed case actions per (role, situation). Admin actions are tested separately.
EXPECTED: dict[tuple[Role, str], set[Action]] = {
    (Role.WORKER, "assigned"): ACCESS | {Action.VIEW_CONFIDENTIAL} | CREATE_AT_SITE,
    (Role.WORKER, "unassigned_same_site"): ACCESS | CREATE_AT_SITE,
    (Role.WORKER, "assigned_to_other_same_team"): CREATE_AT_SITE,
    (Role.WORKER, "unassigned_other_site"): set(),
    (Role.WORKER, "other_team_assigned_other"): set(),
    (Role.WORKER, "other_team_unassigned_same_site"): ACCESS | CREATE_AT_SITE,
    (Role.SUPERVISOR, "assigned"): SUPERVISE,
    (Role.SUPERVISOR, "unassigned_same_site"): SUPERVISE,
    (Role.SUPERVISOR, "assigned_to_other_same_team"): SUPERVISE,
    (Role.SUPERVISOR, "unassigned_other_site"): SUPERVISE,
    (Role.SUPERVISOR, "other_team_assigned_other"): set(),
    (Role.SUPERVISOR, "other_team_unassigned_same_site"): CREATE_AT_SITE,
    (Role.WORKER, "other_team_transfer_to_my_site"): set(),
    (Role.SUPERVISOR, "other_team_transfer_to_my_site"): {Action.VIEW_CASE,
                                                          Action.RECEIVE_TRANSFER},
    (Role.WORKER, "own_transfer_to_other_site"): ACCESS | CREATE_AT_SITE,
    (Role.SUPERVISOR, "own_transfer_to_other_site"): SUPERVISE,
    **{(Role.ADMIN, s): set() for s in SITUATIONS},
}
CASE_ACTIONS = [a for a in Action
                if a not in (Action.MANAGE_USERS, Action.MANAGE_DEVICES, Action.VIEW_AUDIT)]


@pytest.mark.parametrize(
    ("role", "situation", "action"),
    [(r, s, a) for r in Role for s in SITUATIONS for a in CASE_ACTIONS],
)
def test_case_policy_table(role: Role, situation: str, action: Action) -> None:
    actor = ROLES[role]
    decision = decide(actor, action, SITUATIONS[situation](actor))
    assert decision.allowed is (action in EXPECTED[(role, situation)]), decision.reason
    assert decision.reason
    assert bool(decision) is decision.allowed


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("action", [Action.MANAGE_USERS, Action.MANAGE_DEVICES])
def test_admin_actions(role: Role, action: Action) -> None:
    assert decide(ROLES[role], action).allowed is (role is Role.ADMIN)


@pytest.mark.parametrize("role", list(Role))
def test_only_a_supervisor_reads_the_audit_log(role: Role) -> None:
    decision = decide(ROLES[role], Action.VIEW_AUDIT)
    assert decision.allowed is (role is Role.SUPERVISOR), decision.reason


def test_admin_reason_says_no_case_content() -> None:
    decision = decide(ROLES[Role.ADMIN], Action.VIEW_CASE, CaseContext(TEAM, SITE, None))
    assert "do not read" in decision.reason


def test_case_actions_need_context() -> None:
    with pytest.raises(ValueError):
        decide(ROLES[Role.WORKER], Action.VIEW_CASE)


def test_require_raises_with_reason() -> None:
    with pytest.raises(PermissionDenied, match="only a supervisor of team team-a may erase"):
        require(ROLES[Role.WORKER], Action.ERASE_CASE, CaseContext(TEAM, SITE, "worker-user"))
    assert require(ROLES[Role.SUPERVISOR], Action.ERASE_CASE, CaseContext(TEAM, SITE, None))


def _doc(assigned_to: str | None) -> CaseDocument:
    at = datetime(2025, 1, 1, tzinfo=UTC)
    return CaseDocument(
        id=None,
        person=Person(
            id=None,
            given_name="Test",
            sex=Sex.FEMALE,
            nationality="ERI",
            age_estimate=30,
            contact=Contact(phone="+1 555", safe_to_contact=True, code_word="blue river"),
            documents=(
                IdentityDocument(None, DocumentType.PASSPORT, "P1", "ERI", DocumentHolder.SMUGGLER),
            ),
        ),
        case=Case(
            site=SITE, stage=Stage.TRANSIT, opened_on=date(2025, 1, 1), assigned_to=assigned_to
        ),
        notes=(
            Note(None, "open note", "w", at),
            Note(None, "secret note", "w", at, confidential=True),
        ),
        attachments=(
            Attachment(None, AttachmentKind.DOCUMENT_SCAN, "image/png", 1, "a" * 64),
            Attachment(None, AttachmentKind.PHOTO, "image/png", 1, "b" * 64),
        ),
    )


@pytest.mark.parametrize(
    ("role", "assigned_to", "expected"),
    [
        (Role.WORKER, "worker-user", "full"),
        (Role.WORKER, None, "redacted"),  # site intake
        (Role.WORKER, "other", "denied"),
        (Role.SUPERVISOR, "other", "full"),
        (Role.SUPERVISOR, None, "full"),
        (Role.ADMIN, None, "denied"),
        (Role.ADMIN, "admin-user", "denied"),
    ],
)
def test_redact(role: Role, assigned_to: str | None, expected: str) -> None:
    doc = _doc(assigned_to)
    context = context_of(doc, TEAM)
    if expected == "denied":
        with pytest.raises(PermissionDenied):
            redact(doc, ROLES[role], context)
        return
    seen = redact(doc, ROLES[role], context)
    if expected == "full":
        assert seen == doc
    else:
        assert seen.person.documents == ()
        assert seen.person.contact == Contact(phone="+1 555", safe_to_contact=True)
        assert [n.text for n in seen.notes] == ["open note"]
        assert [a.kind for a in seen.attachments] == [AttachmentKind.PHOTO]
        assert (
            dataclasses.replace(
                seen, person=doc.person, notes=doc.notes, attachments=doc.attachments
            )
            == doc
        )
