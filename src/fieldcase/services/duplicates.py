"""Potential duplicates of a new registration: candidates from the search index, scored by
``domain.duplicates`` with reasons a worker can check. Nothing is merged automatically.

Two doors: :func:`find_potential_duplicates` for a parsed document (``create_case`` records
how many it found), and :func:`check_registration` for a registration still being typed, so
the window can show the candidates *before* anything is saved. The second reads the person
part of an unfinished document leniently (a half-typed form breaks rules the save will name
beside its fields) and lists only the cases this user may open.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from fieldcase.domain import policy
from fieldcase.domain.document import CaseDocument, read_stored_document
from fieldcase.domain.duplicates import Evidence, PersonFacts, score_duplicate
from fieldcase.services.lease import require_working_lease
from fieldcase.services.session import Session
from fieldcase.storage import cases, search_index

CANDIDATES_PER_QUERY = 30


@dataclass(frozen=True)
class PotentialDuplicate:
    case_id: str
    case_number: str
    score: float
    reasons: tuple[str, ...]


def person_facts(doc: CaseDocument) -> PersonFacts:
    person = doc.person
    return PersonFacts(
        given_name=person.given_name, family_name=person.family_name,
        other_names=person.other_names, date_of_birth=person.date_of_birth,
        age_estimate=person.age_estimate, age_estimated_on=doc.case.opened_on,
        nationality=person.nationality, sex=person.sex.value, phone=person.contact.phone,
        document_numbers=tuple(d.number for d in person.documents))


def _queries(doc: CaseDocument) -> list[str]:
    person = doc.person
    full_name = " ".join(p for p in (person.given_name, person.family_name) if p)
    queries = [full_name, person.given_name, *person.other_names]
    if person.contact.phone:
        queries.append(person.contact.phone)
    queries.extend(d.number for d in person.documents)
    return queries


def find_potential_duplicates(session: Session, doc: CaseDocument) -> list[PotentialDuplicate]:
    """Cases on this device that may be the same person as ``doc``, most likely first."""
    candidate_ids: dict[str, str] = {}
    for query in _queries(doc):
        for hit in search_index.search(session.store.raw, query, limit=CANDIDATES_PER_QUERY):
            if hit.case_id != doc.id:
                candidate_ids[hit.case_id] = hit.case_number
    new_facts, today = person_facts(doc), session.today()
    found = []
    for case_id, case_number in candidate_ids.items():
        # A stored case is read leniently: one a merge left broken is still a candidate.
        existing = read_stored_document(cases.load_case(session.store, case_id),
                                        today=today).document
        result = score_duplicate(new_facts, person_facts(existing), today=today)
        if result.is_potential_duplicate:
            found.append(PotentialDuplicate(case_id, case_number, round(result.score, 3),
                                            result.reasons))
    return sorted(found, key=lambda d: -d.score)


@dataclass(frozen=True)
class PossibleMatch:
    """A case that may be the person being registered: what the worker compares side by side
    (the candidate's names, birth, nationality, sex) and the evidence, as codes to put in
    words. Never the candidate's documents, contact or anything confidential."""

    case_id: str
    case_number: str
    score: float
    given_name: str
    family_name: str | None
    other_names: tuple[str, ...]
    date_of_birth: date | None
    age_estimate: int | None
    nationality: str | None
    sex: str | None
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class RegistrationCheck:
    """The possible matches of a registration being typed, most likely first; ``hidden``
    counts those in cases this user may not open (a supervisor can look)."""

    matches: tuple[PossibleMatch, ...] = ()
    hidden: int = 0


def _text(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _date(value: Any) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def draft_facts(person: Mapping[str, Any], today: date) -> PersonFacts | None:
    """The facts of a person record still being typed; None until it has a given name.
    Values of the wrong kind are left out, not refused: the save names them."""
    given = _text(person.get("given_name"))
    if given is None:
        return None
    age = person.get("age_estimate")
    contact = person.get("contact")
    documents = person.get("documents")
    other = person.get("other_names")
    return PersonFacts(
        given_name=given, family_name=_text(person.get("family_name")),
        other_names=tuple(n for n in (_text(v) for v in other or ()) if n)
        if isinstance(other, list) else (),
        date_of_birth=_date(person.get("date_of_birth")),
        age_estimate=age if isinstance(age, int) and not isinstance(age, bool) else None,
        age_estimated_on=today, nationality=_text(person.get("nationality")),
        sex=_text(person.get("sex")),
        phone=_text(contact.get("phone")) if isinstance(contact, dict) else None,
        document_numbers=tuple(n for n in (_text(d.get("number")) for d in documents
                                           if isinstance(d, dict)) if n)
        if isinstance(documents, list) else ())


def _facts_queries(facts: PersonFacts) -> list[str]:
    return [*facts.names(), facts.given_name, *([facts.phone] if facts.phone else []),
            *facts.document_numbers]


def check_registration(session: Session, person: Mapping[str, Any]) -> RegistrationCheck:
    """Cases on this laptop that may be the person in ``person`` (the ``person`` part of a
    case document being typed), with the evidence for and against each. Reads only."""
    require_working_lease(session)
    today = session.today()
    facts = draft_facts(person, today)
    if facts is None:
        return RegistrationCheck()
    candidate_ids: dict[str, str] = {}
    for query in _facts_queries(facts):
        for hit in search_index.search(session.store.raw, query, limit=CANDIDATES_PER_QUERY):
            candidate_ids[hit.case_id] = hit.case_number
    found: list[PossibleMatch] = []
    hidden = 0
    for case_id, case_number in candidate_ids.items():
        existing = read_stored_document(cases.load_case(session.store, case_id),
                                        today=today).document
        result = score_duplicate(facts, person_facts(existing), today=today)
        if not result.is_potential_duplicate:
            continue
        context = policy.device_context(existing, session.actor)
        if not policy.decide(session.actor, policy.Action.VIEW_CASE, context).allowed:
            hidden += 1
            continue
        who = existing.person
        found.append(PossibleMatch(
            case_id, case_number, round(result.score, 3), who.given_name, who.family_name,
            tuple(who.other_names), who.date_of_birth, who.age_estimate, who.nationality,
            who.sex.value, result.evidence))
    found.sort(key=lambda match: (-match.score, match.case_number))
    return RegistrationCheck(tuple(found), hidden)
