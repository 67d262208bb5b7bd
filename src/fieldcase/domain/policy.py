"""Who may do what with a case: the one place permission decisions are made.

The rules, in short (each row is tested in tests/domain/test_policy.py):

- The **assigned worker** and the **supervisors of the case's team** may view and edit the case
  and see its confidential parts (confidential notes, identity documents, document scans).
- A **worker at the case's site** may view and edit an *unassigned* case (site intake), but not
  its confidential parts. Making a confidential part (registering an identity document,
  marking a note confidential) needs the same right as seeing one, judged on the case as it
  will be: a device must never hold what it may not be sent (server/sync_authz.py).
- **Supervisors of the team** assign and reassign, approve closures, propose a transfer of a
  case to another site (never a plain edit of ``case.site``), clear an escalation, export and
  erase.
- A **supervisor at the site a transfer is proposed to** (``CaseContext.pending_site``) sees the
  case (not its confidential parts) and accepts or declines the transfer
  (``receive_transfer``); nobody else does, not even the sending team's supervisors.
- **Supervisors** read this laptop's audit log (``view_audit``: who viewed, changed, exported,
  printed which case); workers and admins do not. It is a team action: it needs no case.
- **Admins** enrol users and devices; they do not read case content, so every case action is
  refused to them, whatever their team or site.

Everything not allowed is denied, and every decision carries a reason that can be shown to the
user or written to the audit log (it names roles and teams, never case content).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from fieldcase.domain.codes import AttachmentKind
from fieldcase.domain.errors import PermissionDenied, ValidationError

if TYPE_CHECKING:
    from fieldcase.domain.document_model import CaseDocument


class Role(StrEnum):
    WORKER = "worker"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


@dataclass(frozen=True, slots=True)
class Actor:
    """The signed-in user as far as permissions are concerned."""

    user: str
    role: Role
    team: str
    site: str


@dataclass(frozen=True, slots=True)
class CaseContext:
    """What the policy needs to know about a case: never its content."""

    team: str
    site: str
    assigned_to: str | None
    pending_site: str | None = None
    """The site a proposed transfer waits to be accepted at (None: no transfer pending)."""


class Action(StrEnum):
    CREATE_CASE = "create_case"
    VIEW_CASE = "view_case"
    EDIT_CASE = "edit_case"
    VIEW_CONFIDENTIAL = "view_confidential"
    ASSIGN_CASE = "assign_case"
    APPROVE_CLOSURE = "approve_closure"
    TRANSFER_CASE = "transfer_case"
    RECEIVE_TRANSFER = "receive_transfer"
    CLEAR_ESCALATION = "clear_escalation"
    EXPORT_CASE = "export_case"
    ERASE_CASE = "erase_case"
    MANAGE_USERS = "manage_users"
    MANAGE_DEVICES = "manage_devices"
    VIEW_AUDIT = "view_audit"


ADMIN_ACTIONS = frozenset({Action.MANAGE_USERS, Action.MANAGE_DEVICES})
"""Actions on the organisation, not on a case: they need no case context."""

TEAM_ACTIONS = frozenset({Action.VIEW_AUDIT})
"""Actions on the team's work as a whole, not on one case: a supervisor's, no case context."""

SUPERVISOR_ONLY = frozenset(
    {Action.ASSIGN_CASE, Action.APPROVE_CLOSURE, Action.TRANSFER_CASE, Action.EXPORT_CASE,
     Action.ERASE_CASE, Action.CLEAR_ESCALATION}
)


@dataclass(frozen=True, slots=True)
class Decision:
    allowed: bool
    reason: str

    def __bool__(self) -> bool:
        return self.allowed


def _allow(reason: str) -> Decision:
    return Decision(True, reason)


def _deny(reason: str) -> Decision:
    return Decision(False, reason)


def decide(actor: Actor, action: Action, case: CaseContext | None = None) -> Decision:
    """Decide whether ``actor`` may take ``action`` on ``case``.

    ``case`` is required for every action except user and device administration; for
    ``create_case`` it describes the case about to be created (its team, site, no assignee).
    """
    if action in ADMIN_ACTIONS:
        if actor.role is Role.ADMIN:
            return _allow("admins administer users and devices")
        return _deny("only an admin administers users and devices")
    if action in TEAM_ACTIONS:
        if actor.role is Role.SUPERVISOR:
            return _allow(f"supervisor of team {actor.team}")
        return _deny("only a supervisor reads the audit log")
    if case is None:
        raise ValueError(f"{action.value} needs the case context")
    if actor.role is Role.ADMIN:
        return _deny("admins administer users and devices but do not read or change case content")
    supervises = actor.role is Role.SUPERVISOR and actor.team == case.team
    receives = (actor.role is Role.SUPERVISOR and case.pending_site is not None
                and actor.site == case.pending_site)
    if action is Action.RECEIVE_TRANSFER:
        if receives:
            return _allow(f"supervisor at {case.pending_site}, where the transfer waits")
        return _deny("only a supervisor at the site the case is transferred to accepts or "
                     "declines the transfer")
    if action is Action.CREATE_CASE:
        if actor.site == case.site or supervises:
            return _allow("registers cases at their own site or for their team")
        return _deny("cases can only be registered at your own site")
    if supervises:
        return _allow(f"supervisor of team {case.team}")
    if receives and action is Action.VIEW_CASE:
        return _allow(f"a transfer to your site {case.pending_site} waits for you")
    if action in SUPERVISOR_ONLY:
        return _deny(f"only a supervisor of team {case.team} may {_verb(action)}")
    if actor.role is Role.WORKER and case.assigned_to == actor.user:
        return _allow("the case is assigned to you")
    if (
        actor.role is Role.WORKER
        and case.assigned_to is None
        and actor.site == case.site
        and action in (Action.VIEW_CASE, Action.EDIT_CASE)
    ):
        return _allow(f"unassigned case at your site {case.site} (intake)")
    if action is Action.VIEW_CONFIDENTIAL:
        return _deny("only the assigned worker and the team's supervisors see confidential parts")
    return _deny("the case is not assigned to you and you do not supervise its team")


def require(actor: Actor, action: Action, case: CaseContext | None = None) -> Decision:
    """Like :func:`decide`, but raise PermissionDenied with the reason when refused."""
    decision = decide(actor, action, case)
    if not decision.allowed:
        raise PermissionDenied(decision.reason)
    return decision


def _verb(action: Action) -> str:
    return {
        Action.ASSIGN_CASE: "assign or reassign the case",
        Action.APPROVE_CLOSURE: "approve a closure",
        Action.TRANSFER_CASE: "transfer the case to another site",
        Action.CLEAR_ESCALATION: "clear an escalation",
        Action.EXPORT_CASE: "export the case",
        Action.ERASE_CASE: "erase the case",
    }.get(action, action.value.replace("_", " "))


def redact(doc: CaseDocument, actor: Actor, case: CaseContext) -> CaseDocument:
    """The document as ``actor`` may see it.

    Without the right to see confidential parts, confidential notes, identity documents,
    the contact's code word and document scans are removed (not masked: their count is not
    revealed either). Raises PermissionDenied if the actor may not view the case at all.
    """
    require(actor, Action.VIEW_CASE, case)
    if decide(actor, Action.VIEW_CONFIDENTIAL, case).allowed:
        return doc
    return dataclasses.replace(
        doc,
        person=dataclasses.replace(doc.person, documents=(),
                                   contact=dataclasses.replace(doc.person.contact,
                                                               code_word=None)),
        notes=tuple(n for n in doc.notes if not n.confidential),
        attachments=tuple(a for a in doc.attachments if a.kind is not AttachmentKind.DOCUMENT_SCAN),
    )


def context_of(doc: CaseDocument, team: str) -> CaseContext:
    """The policy context of a stored document (the team comes from the store, not the JSON)."""
    pending = doc.case.transfer.to_site if doc.case.transfer is not None else None
    return CaseContext(team=team, site=doc.case.site, assigned_to=doc.case.assigned_to,
                       pending_site=pending)


def device_context(doc: CaseDocument, actor: Actor) -> CaseContext:
    """The policy context of a case this device holds, for ``actor``.

    A device holds its team's cases (sync keeps it so), so a stored case is taken to be of the
    actor's team; except a case held only because a transfer to the actor's site waits for
    them (it is still at another site, with another team): that one is another team's."""
    context = context_of(doc, actor.team)
    if (context.pending_site is not None and context.pending_site == actor.site
            and doc.case.site != actor.site):
        return dataclasses.replace(context, team="")
    return context


def _confidential_parts(doc: CaseDocument) -> dict[str | None, str]:
    """Each confidential part's id and its path in the document."""
    parts: dict[str | None, str] = {
        d.id: f"person.documents[{i}]" for i, d in enumerate(doc.person.documents)}
    parts.update({n.id: f"notes[{i}].confidential"
                  for i, n in enumerate(doc.notes) if n.confidential})
    parts.update({a.id: f"attachments[{i}].kind" for i, a in enumerate(doc.attachments)
                  if a.kind is AttachmentKind.DOCUMENT_SCAN})
    if doc.person.contact.code_word is not None:
        parts[f"{doc.person.id}:code_word"] = "person.contact.code_word"
    return parts


def require_may_add_confidential(actor: Actor, doc: CaseDocument,
                                 previous: CaseDocument | None, case: CaseContext) -> None:
    """Refuse a confidential part that ``doc`` adds to ``previous`` (a new identity document,
    a note made confidential, a document scan) unless ``actor`` may see confidential parts
    of the case as it will be (``case``). The server refuses such a change anyway; refusing it
    here names the field instead of leaving a change to be quarantined at the next sync."""
    before = _confidential_parts(previous) if previous is not None else {}
    added = [path for part, path in _confidential_parts(doc).items() if part not in before]
    if added and not decide(actor, Action.VIEW_CONFIDENTIAL, case).allowed:
        raise ValidationError(added[0], "confidential_not_allowed",
                              "only the assigned worker and the team's supervisors may record "
                              "a confidential part; assign the case to yourself first")


@dataclass(frozen=True, slots=True)
class ListScope:
    """The cases of this device a user may see, in terms a list query can test in the store
    instead of deciding row by row: every case, none, or the cases assigned to one user plus
    the unassigned ones at one site (a worker's own cases and their site's intake)."""

    everything: bool = False
    assigned_to: str | None = None
    intake_site: str | None = None

    def admits(self, site: str, assigned_to: str | None) -> bool:
        if self.everything:
            return True
        if assigned_to is None:
            return self.intake_site is not None and site == self.intake_site
        return assigned_to == self.assigned_to


def list_scope(actor: Actor) -> ListScope:
    """What :func:`decide` answers for ``VIEW_CASE`` on this device's cases, as a scope.

    The device holds only its team's cases (sync keeps it so), so every stored case belongs
    to the actor's team. tests/domain/test_policy.py checks that the scope and ``decide``
    agree for every role, site and assignee; change both together."""
    if actor.role is Role.ADMIN:
        return ListScope()
    if actor.role is Role.SUPERVISOR:
        return ListScope(everything=True)
    return ListScope(assigned_to=actor.user, intake_site=actor.site)
