"""Who may see what sync keeps about a case outside its document (conflicts, refused
changes): the case's policy context read from its row, and the confidential kinds.

A device holds only its team's cases, so the team is the signed-in user's. A case that shows
no row (deleted here, or not complete yet) is treated as this site's intake: visible to who
may see intake, never wider.
"""

from __future__ import annotations

from fieldcase.domain import policy
from fieldcase.services.session import Session

CONFIDENTIAL_KINDS = frozenset({"identity_document", "attachment"})


def case_context(session: Session, case_id: str) -> tuple[policy.CaseContext, str | None]:
    """The case's policy context and its number (None when it shows no row here)."""
    row = session.store.raw.execute(
        "SELECT site, assigned_to, case_number FROM cases WHERE id = ?", (case_id,)).fetchone()
    if row is None:
        return policy.CaseContext(session.actor.team, session.actor.site, None), None
    return policy.CaseContext(session.actor.team, row[0], row[1]), str(row[2])


def may_see(session: Session, context: policy.CaseContext, record_kind: str, *,
            confidential: bool = False) -> bool:
    """Whether this user may see a record of this kind of the case (``confidential``: the
    record is marked so, a confidential note)."""
    if not policy.decide(session.actor, policy.Action.VIEW_CASE, context).allowed:
        return False
    if record_kind in CONFIDENTIAL_KINDS or confidential:
        return policy.decide(session.actor, policy.Action.VIEW_CONFIDENTIAL, context).allowed
    return True
