"""The work recorded on a case: consents, assistance, referrals, tasks and notes.

How much work a case carries follows its status: a case opened this week has a registration
consent and perhaps a first information session; a case in services has referrals (each with
its referral consent, to a service of the site's directory that accepts this person), tasks
(some overdue) and notes (some confidential); a closed case has its tasks done. Dates stay
between the opening day and ``today``; only task due dates may lie ahead.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from fieldcase.domain.document import format_datetime
from fieldcase.domain.service_directory import Service, ServiceDirectory
from fieldcase.synthetic.sampling import Table, between, chance, day_between, pick

STATUS_RANK = {"open": 0, "assessment": 1, "case_plan": 2, "services": 3,
               "closure_requested": 4, "closed": 5, "reopened": 3}

_REASONS = {
    "shelter": "Needs a safe place to stay while the case is assessed.",
    "medical": "Medical needs identified at screening; consultation requested.",
    "psychosocial": "Reports distress after events on the journey; support offered and accepted.",
    "legal_aid": "Wants advice on asylum, residence or labour rights.",
    "family_tracing": "Lost contact with family members during the journey.",
    "child_protection": "Child without parents; best-interests procedure and care arrangement.",
    "safe_transport": "Needs escorted transport to services or for voluntary return.",
    "anti_trafficking_hotline": "Trafficking indicators found; specialised follow-up needed.",
    "basic_needs": "Out of money; food and hygiene kit needed.",
    "cash_assistance": "No income; eligible for cash support after assessment.",
    "interpretation": "Needs an interpreter for appointments.",
}
_ASSISTANCE_DETAILS = {
    "information": ("Information on services at the site and on rights.", None),
    "food": ("Two days' food ration.", None),
    "water": ("Drinking water at arrival.", None),
    "hygiene": ("Hygiene kit.", "Dignity kit."),
    "clothing": ("Clothes and shoes.", None),
    "medical": ("First aid at the registration point.", None),
    "psychosocial": ("Psychological first aid.", None),
    "interpretation": ("Interpreter for the registration interview.", None),
    "transport": ("Transport to the shelter.", None),
    "cash": ("One-off cash grant.", None),
    "shelter": ("Emergency night in the transit shelter.", None),
    "legal": ("Counselling on the asylum procedure.", None),
    "family_tracing": ("Tracing request registered.", None),
}
_FIRST_ASSISTANCE = Table([("information", 5), ("water", 2), ("food", 2), ("hygiene", 1.5),
                           ("medical", 1), ("interpretation", 1), ("clothing", 1)])
_LATER_ASSISTANCE = Table([("food", 3), ("hygiene", 2), ("psychosocial", 2), ("medical", 2),
                           ("shelter", 2), ("legal", 1), ("cash", 1), ("transport", 1),
                           ("family_tracing", 0.5), ("clothing", 1)])
_NOTES = (
    "Registration interview done with an interpreter.",
    "Person prefers to be contacted through the site's information desk.",
    "Follow-up visit: person is staying at the shelter and attends appointments.",
    "Discussed options for onward travel and the risks on the route.",
    "Person asked about the asylum procedure; gave the legal aid desk's opening hours.",
    "Reported being tired and hungry on arrival; assistance given.",
    "Checked in by phone; no new concerns.",
)
_CONFIDENTIAL_NOTES = (
    "Disclosed violence during the journey; psychosocial referral discussed with consent.",
    "Says a person who arranged the journey still holds their documents and demands money.",
    "Fears retaliation against family at home if they speak to the authorities.",
    "Medical information shared with the clinic only, with consent.",
)
_TASK_TITLES = (
    "Follow up on referral",
    "Call back to check on the medical appointment",
    "Check for a reply to the family tracing request",
    "Review the case plan",
    "Prepare the closure summary",
    "Renew the shelter stay",
)


@dataclass(frozen=True, slots=True)
class CaseFacts:
    """What the case work depends on; ages are at the opening of the case."""

    site: str
    stage: str
    status: str
    opened_on: date
    today: date
    age: int
    sex: str
    child: bool
    alone_child: bool
    flags: tuple[str, ...]
    exploited: bool
    missing_family: bool
    has_phone: bool
    workers: tuple[str, ...]
    supervisor: str


class ServiceIndex:
    """The directory's services grouped per site and category, in file order."""

    def __init__(self, directory: ServiceDirectory) -> None:
        self._by: dict[tuple[str, str], list[Service]] = {}
        for service in directory.services:
            self._by.setdefault((service.site, service.category), []).append(service)

    def find(
        self, rng: random.Random, site: str, category: str, age: int, sex: str
    ) -> Service | None:
        """One service of this category at the site that admits the person, or None."""
        listed = self._by.get((site, category), ())
        fitting = [s for s in listed if s.eligibility.admits(age, sex)]
        return pick(rng, fitting) if fitting else None


def _last_day(facts: CaseFacts, within: int) -> date:
    return min(facts.today, facts.opened_on + timedelta(days=within))


def _moment(rng: random.Random, day: date) -> datetime:
    at = time(hour=between(rng, 7, 18), minute=between(rng, 0, 59), second=between(rng, 0, 59))
    return datetime.combine(day, at, tzinfo=UTC)


def consent(
    facts: CaseFacts, new_id: Callable[[], str], purpose: str, given_on: date, form: str,
    service_id: str | None = None, withdrawn_on: date | None = None,
) -> dict[str, object]:
    giver = "guardian" if facts.child and not (facts.alone_child and facts.age >= 15) else "self"
    return {"id": new_id(), "purpose": purpose, "service_id": service_id, "given_by": giver,
            "form": form, "given_on": given_on.isoformat(),
            "withdrawn_on": None if withdrawn_on is None else withdrawn_on.isoformat()}


def _needs(rng: random.Random, facts: CaseFacts) -> list[str]:
    flags = facts.flags
    needs: list[str] = []
    if facts.child and ("unaccompanied_child" in flags or "separated_child" in flags):
        needs.append("child_protection")
    if "serious_medical" in flags or "pregnant" in flags:
        needs.append("medical")
    if "survivor_of_violence" in flags:
        needs.append("psychosocial")
    if facts.exploited or "trafficking_indicators" in flags:
        needs += ["anti_trafficking_hotline", "legal_aid"]
    if facts.missing_family:
        needs.append("family_tracing")
    if facts.stage == "return" and chance(rng, 0.5):
        needs.append("safe_transport")
    for extra, p in (("shelter", 0.4), ("legal_aid", 0.2), ("basic_needs", 0.2),
                     ("cash_assistance", 0.1), ("interpretation", 0.05)):
        if chance(rng, p):
            needs.append(extra)
    return list(dict.fromkeys(needs))[:3]


def case_work(
    rng: random.Random, facts: CaseFacts, services: ServiceIndex, new_id: Callable[[], str]
) -> dict[str, list[dict[str, object]]]:
    """Consents, assistance, referrals, tasks and notes for one case, ids in creation order."""
    rank = STATUS_RANK[facts.status]
    worker = pick(rng, facts.workers)
    consents = [consent(facts, new_id, "registration", facts.opened_on,
                        "written" if chance(rng, 0.4) else "verbal")]
    for purpose, p in (("statistics", 0.6), ("follow_up_contact", 0.7 if facts.has_phone else 0)):
        if chance(rng, p):
            withdrawn = None
            if chance(rng, 0.05):
                withdrawn = day_between(rng, facts.opened_on, facts.today)
            consents.append(consent(facts, new_id, purpose, facts.opened_on, "verbal",
                                    withdrawn_on=withdrawn))
    assistance = _assistance(rng, facts, rank, worker, new_id)
    referrals: list[dict[str, object]] = []
    if rank >= 2:
        for category in _needs(rng, facts):
            service = services.find(rng, facts.site, category, facts.age, facts.sex)
            if service is None:
                continue
            day = day_between(rng, facts.opened_on, _last_day(facts, 60))
            agreed = consent(facts, new_id, "referral", day, "written" if chance(rng, 0.5)
                             else "verbal", service_id=service.id)
            consents.append(agreed)
            referrals.append({"id": new_id(), "service_id": service.id,
                              "reason": _REASONS[category], "status": _referral_status(rng, rank),
                              "referred_on": day.isoformat(), "consent_id": agreed["id"]})
    tasks = _tasks(rng, facts, rank, worker, new_id)
    notes = _notes(rng, facts, rank, new_id)
    return {"assistance": assistance, "referrals": referrals, "consents": consents,
            "tasks": tasks, "notes": notes}


def _referral_status(rng: random.Random, rank: int) -> str:
    if rank == 2:
        return "proposed" if chance(rng, 0.5) else "sent"
    if rank >= 5:
        return "completed" if chance(rng, 0.8) else "declined"
    return pick(rng, ("sent", "accepted", "accepted", "completed", "declined"))


def _assistance(
    rng: random.Random, facts: CaseFacts, rank: int, worker: str, new_id: Callable[[], str]
) -> list[dict[str, object]]:
    entries: list[tuple[date, str]] = []
    for _ in range(between(rng, 0, 2)):
        entries.append((facts.opened_on, _FIRST_ASSISTANCE.draw(rng)))
    if rank >= 2:
        for _ in range(between(rng, 0, 4)):
            entries.append((day_between(rng, facts.opened_on, _last_day(facts, 90)),
                            _LATER_ASSISTANCE.draw(rng)))
    entries.sort(key=lambda e: e[0])
    records: list[dict[str, object]] = []
    for day, kind in entries:
        first, second = _ASSISTANCE_DETAILS[kind]
        details = second if second is not None and chance(rng, 0.3) else first
        records.append({"id": new_id(), "type": kind, "provided_on": day.isoformat(),
                        "provided_by": worker if chance(rng, 0.8) else pick(rng, facts.workers),
                        "details": details if chance(rng, 0.7) else None})
    return records


def _tasks(
    rng: random.Random, facts: CaseFacts, rank: int, worker: str, new_id: Callable[[], str]
) -> list[dict[str, object]]:
    titles: list[tuple[str, str]] = []
    if "supervisor_review" in facts.flags:
        titles.append(("Supervisor review of the screening result", facts.supervisor))
    if rank >= 2:
        titles += [(pick(rng, _TASK_TITLES), worker) for _ in range(between(rng, 1, 3))]
    records: list[dict[str, object]] = []
    for title, owner in titles:
        due = facts.opened_on + timedelta(days=between(rng, 2, 45))
        done: date | None = None
        if rank == 5 or (due < facts.today and chance(rng, 0.65)) or chance(rng, 0.15):
            done = min(facts.today, day_between(rng, facts.opened_on, due + timedelta(days=5)))
        records.append({"id": new_id(), "title": title, "due_on": due.isoformat(),
                        "assigned_to": owner,
                        "done_on": None if done is None else done.isoformat()})
    return records


def _notes(
    rng: random.Random, facts: CaseFacts, rank: int, new_id: Callable[[], str]
) -> list[dict[str, object]]:
    count = between(rng, 0, 1) + (between(rng, 0, 3) if rank >= 1 else 0)
    moments = sorted(_moment(rng, day_between(rng, facts.opened_on, _last_day(facts, 120)))
                     for _ in range(count))
    records: list[dict[str, object]] = []
    for when in moments:
        secret = (facts.exploited or "survivor_of_violence" in facts.flags) and chance(rng, 0.35)
        text = pick(rng, _CONFIDENTIAL_NOTES) if secret else pick(rng, _NOTES)
        records.append({"id": new_id(), "text": text, "confidential": secret,
                        "author": pick(rng, facts.workers), "written_at": format_datetime(when)})
    return records
