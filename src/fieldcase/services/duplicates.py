"""Potential duplicates of a new registration: candidates from the search index, scored by
``domain.duplicates`` with reasons a worker can check. Nothing is merged automatically."""

from __future__ import annotations

from dataclasses import dataclass

from fieldcase.domain.document import CaseDocument, read_stored_document
from fieldcase.domain.duplicates import PersonFacts, score_duplicate
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
