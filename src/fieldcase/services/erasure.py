"""Erasure: a person's whole record removed, on this laptop at once and, through sync, on
the server and every other device (docs/security.md, "Erasure").

An erasure answers a person's request (or a decision of the organisation) to be forgotten:
unlike retention (``services.retention``, a local forgetting the server does not see), it is a
*purge change* that syncs. Here, in one transaction:

- the case's merged state becomes a purge mark (``merged_cases.save_state``, which calls
  ``purge_case``): row, search terms, identifiers, hidden versions, outbox rows (its unsynced
  edits never leave), refused changes, conflicts and tombstones go; its drafts go with the row
  (a trigger); the name index is rewritten (``search_index.rewrite``) so no token of the name
  stays in an FTS5 segment; the attachments' keys go and their encrypted files are deleted
  after the commit;
- the purge change is journaled (case id, stamp and author only: no content), so the next
  sync takes it to the server, which blanks the case's feed and deletes its attachments, and
  every other device applies it at its next pull, exactly as here;
- one audit event, ``case.erase``, with the case number and the reason (never the name).

``secure_delete`` (a required pragma of the store) zeroes every freed page, and the WAL is
checkpointed (TRUNCATE) after the transaction, so no copy is left in the database file, its
free pages or its WAL. What remains: the purge mark (case id, stamp, author), which absorbs
late changes instead of letting them bring the person back, and the audit events, which name
the case by id only.

Who: the policy's ``erase_case``, a supervisor of the case's team; the server checks the same
rule when the purge arrives. The reason is required. The app asks for the passphrase again
first (``profile.confirm_passphrase``); the command line asks for a confirmation.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from fieldcase.domain import policy
from fieldcase.domain.document import read_stored_document
from fieldcase.domain.errors import ValidationError
from fieldcase.domain.merge import apply_to_case
from fieldcase.domain.merge_changes import purge_change
from fieldcase.services.attachments import files
from fieldcase.services.changes import Changes
from fieldcase.services.lease import require_working_lease
from fieldcase.services.profile import confirm_passphrase
from fieldcase.services.session import Session
from fieldcase.storage import cases, merged_cases

REASON_LIMIT: Final = 500
"""Characters of a reason kept in the audit log: enough for a request's reference and why."""


@dataclass(frozen=True, slots=True)
class ErasureResult:
    """What an erasure did: the case (by id and number, never by name) is gone here, and its
    purge change waits in the outbox for the next sync."""

    case_id: str
    case_number: str
    attachments: int  # encrypted files deleted from this laptop

    @property
    def changes(self) -> Changes:
        """For the app's runner: the lists and the case page showing this case refresh."""
        return Changes(frozenset({self.case_id}), frozenset({"case"}))


def check_reason(reason: str) -> str:
    """The reason as kept (trimmed); a blank or overlong one is refused on ``reason``."""
    text = reason.strip()
    if not text:
        raise ValidationError("reason", "required", "say why this record is erased")
    if len(text) > REASON_LIMIT:
        raise ValidationError("reason", "too_long",
                              f"the reason is kept to {REASON_LIMIT} characters")
    return text


@dataclass(frozen=True, slots=True)
class ErasureTarget:
    """The case an erasure would remove, as a confirmation names it: never by the name."""

    case_id: str
    case_number: str


def target(session: Session, reference: str) -> ErasureTarget:
    """The case (id or number) the signed-in person may erase; raises NotFound or
    PermissionDenied, exactly as :func:`erase_case` would, before anyone is asked to
    confirm."""
    require_working_lease(session)
    with session.store.reading():
        return _target(session, reference)


def _target(session: Session, reference: str) -> ErasureTarget:
    store = session.store
    case_id = cases.find_case_id(store, reference)
    document = read_stored_document(cases.load_case(store, case_id),
                                    today=session.today()).document
    policy.require(session.actor, policy.Action.ERASE_CASE,
                   policy.context_of(document, session.actor.team))
    return ErasureTarget(case_id, cases.case_numbers(store, [case_id])[case_id])


def erase_confirmed(session: Session, reference: str, reason: str,
                    passphrase: str) -> ErasureResult:
    """The app's erasure: the reason and the permission are checked first (so a refused
    erasure spends no unlock attempt), then the passphrase again (``profile
    .confirm_passphrase``: a wrong one counts as a failed unlock and is refused on
    ``passphrase``), then :func:`erase_case`."""
    check_reason(reason)
    target(session, reference)
    confirm_passphrase(session, passphrase)
    return erase_case(session, reference, reason)


def erase_case(session: Session, reference: str, reason: str) -> ErasureResult:
    """Erase one case (a person's whole record) here and, at the next sync, everywhere; see
    the module docstring. Raises NotFound for a case not on this device, PermissionDenied
    for anyone the policy does not let erase it, ValidationError for a missing reason."""
    why = check_reason(reason)
    require_working_lease(session)
    store = session.store
    attachments = files(session)
    with store.atomic():
        found = _target(session, reference)
        case_id, case_number = found.case_id, found.case_number
        change = purge_change(change_id=store.ids.new(), case_id=case_id, record_id=case_id,
                              kind="case", stamp=store.clock.now(), author=session.actor.user)
        erased = apply_to_case(merged_cases.load_state(store, case_id), change)
        merged_cases.save_state(store, erased, stamps=[change.stamp])  # forgets its outbox
        cases.journal(store, [change])  # then the purge alone waits to sync
        doomed = attachments.reconcile()
        store.audit(session.actor.user, "case.erase", case_id=case_id,
                    details={"case_number": case_number, "reason": why})
    attachments.discard_files(doomed)
    store.checkpoint()
    return ErasureResult(case_id, case_number, len(doomed))
