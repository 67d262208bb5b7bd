"""A referral goes out only with the person's active consent, to a service that exists.

Sharing a person's details with a service is the moment that needs their consent, so the rule
is checked when a referral is *sent*: when it is recorded as ``sent`` (or later: ``accepted``,
``completed``) having not been so before, or when a sent referral is pointed at another
service. It then needs a consent with purpose ``referral`` for that same service (the one its
``consent_id`` names, when it names one) that has not been withdrawn (``consent_required``,
``consent_withdrawn``). A referral sent while its consent was active stays valid after a
later withdrawal: the history is what happened, and withdrawal stops what comes next.

A new referral, or one given another service, must name a service of the service directory
(``unknown_service``); a stored referral to a service since removed from the directory stays
readable.

The rule is written over plain values so that both doors apply the same one: the device over a
whole document (:func:`referral_problems`), the server over the pushed referral record and the
case's consent records (``server/push_rules.py``, :func:`referral_problem`).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Final

from fieldcase.domain.codes import ConsentPurpose, ReferralStatus
from fieldcase.domain.document_fields import index_path, key_path
from fieldcase.domain.document_model import CaseDocument, Referral
from fieldcase.domain.errors import ValidationError

SENT_OR_LATER: Final = frozenset({ReferralStatus.SENT.value, ReferralStatus.ACCEPTED.value,
                                  ReferralStatus.COMPLETED.value})

NEXT_STATUSES: Final[dict[str, tuple[str, ...]]] = {
    ReferralStatus.PROPOSED.value: (ReferralStatus.SENT.value, ReferralStatus.DECLINED.value),
    ReferralStatus.SENT.value: (ReferralStatus.ACCEPTED.value, ReferralStatus.DECLINED.value),
    ReferralStatus.ACCEPTED.value: (ReferralStatus.COMPLETED.value,),
    ReferralStatus.DECLINED.value: (),
    ReferralStatus.COMPLETED.value: (),
}
"""Where a referral's status goes next, as a worker records it: proposed, then sent (which
needs consent) or declined; sent, then accepted or declined by the service; accepted, then
completed. The forms offer only these; the store keeps what a sync brings whatever it is."""


@dataclass(frozen=True, slots=True)
class ReferralFacts:
    """What the rule reads of a referral (raw values: the server passes pushed ones)."""

    status: object
    service_id: object
    consent_id: object = None


@dataclass(frozen=True, slots=True)
class ConsentFacts:
    """What the rule reads of a consent of the same case."""

    id: object
    purpose: object
    service_id: object
    withdrawn: bool


@dataclass(frozen=True, slots=True)
class Problem:
    """A broken rule: the referral's field, the rule and a message naming no one."""

    field: str
    rule: str
    message: str


def referral_problem(new: ReferralFacts, old: ReferralFacts | None,
                     consents: Iterable[ConsentFacts], services: Collection[str]
                     ) -> Problem | None:
    """The first rule ``new`` breaks, having been ``old`` (None: a new referral), or None."""
    moved = old is None or old.service_id != new.service_id
    if moved and new.service_id not in services:
        return Problem("service_id", "unknown_service",
                       "names no service of the service directory")
    sending = new.status in SENT_OR_LATER and (moved or old is None
                                               or old.status not in SENT_OR_LATER)
    if not sending:
        return None
    given = [c for c in consents
             if c.purpose == ConsentPurpose.REFERRAL.value and c.service_id == new.service_id
             and (new.consent_id is None or c.id == new.consent_id)]
    if not given:
        return Problem("status", "consent_required",
                       "a referral is sent only with the person's consent to a referral to this "
                       "service: record the consent first")
    if all(c.withdrawn for c in given):
        return Problem("status", "consent_withdrawn",
                       "the person withdrew their consent to this referral: it cannot be sent")
    return None


def _facts(referral: Referral) -> ReferralFacts:
    return ReferralFacts(referral.status.value, referral.service_id, referral.consent_id)


def referral_problems(doc: CaseDocument, previous: CaseDocument | None,
                      services: Collection[str]) -> list[ValidationError]:
    """Every referral of ``doc`` that breaks the rule, compared with ``previous`` (the stored
    case an edit started from; None for a new case). Paths are positions in ``doc``."""
    before = {r.id: r for r in previous.referrals} if previous is not None else {}
    consents = [ConsentFacts(c.id, c.purpose.value, c.service_id, c.withdrawn_on is not None)
                for c in doc.consents]
    errors: list[ValidationError] = []
    for index, referral in enumerate(doc.referrals):
        old = before.get(referral.id) if referral.id is not None else None
        problem = referral_problem(_facts(referral), None if old is None else _facts(old),
                                   consents, services)
        if problem is not None:
            errors.append(ValidationError(key_path(index_path("referrals", index), problem.field),
                                          problem.rule, problem.message))
    return errors
