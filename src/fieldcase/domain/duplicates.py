"""Potential-duplicate scoring: is a newly registered person someone already on file?

People pass through several sites and give their name differently each time, in another
script, with an age instead of a date of birth. Registering them twice splits their history
(a screening here, a referral there) and can hide a risk. ``score_duplicate`` weighs the
evidence that two records describe one person and explains it in plain words, so a worker can
look and decide. It never merges anything.

The evidence, as points added to a score that is then clamped to 0..1:

- names: up to +0.45, rising with ``name_similarity`` from 0.6 (unrelated) to 0.95 (one name,
  two spellings), compared across given + family name and all other names;
- date of birth: same date +0.35 (+0.2 when it is 1 January, often recorded when only the
  year is known), day and month swapped +0.25, same year +0.1, more than a year apart -0.3;
- age estimate: within ±3 years of the other record's age +0.15, further apart -0.2
  (estimates are aged to a common date first);
- nationality: same +0.1, different -0.1 (unspecified "XXX" counts as unknown);
- sex: female against male -0.3;
- the same document number +0.7, the same except O/0 or I/1 +0.45;
- the same phone number +0.4 (phones are often shared by families and groups, so weaker).

What can go wrong: common names plus the 1 January dates given when only the year is known
produce false candidates, and people who give a different name and no document are missed.
The threshold is a prompt to look, not a verdict.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from fieldcase.domain.names import (
    document_number_key,
    normalise,
    normalise_document_number,
    phone_numbers_match,
)
from fieldcase.domain.names_similarity import units_similarity
from fieldcase.domain.names_skeleton import name_units

POTENTIAL_DUPLICATE_THRESHOLD = 0.7
"""A score at or above this is shown to the worker as a potential duplicate."""

NAMES_ALIKE = 0.8
"""Name similarity from which the names are reported as sounding alike."""

_NAME_FLOOR, _NAME_CEILING, _NAME_POINTS = 0.6, 0.95, 0.45
_SAME_DOB, _YEAR_ONLY_DOB, _SWAPPED_DOB, _SAME_YEAR, _DOB_CONFLICT = 0.35, 0.2, 0.25, 0.1, -0.3
_AGE_FITS, _AGE_CONFLICT, _AGE_TOLERANCE = 0.15, -0.2, 3
_SAME_NATIONALITY, _OTHER_NATIONALITY = 0.1, -0.1
_OTHER_SEX = -0.3
_SAME_DOCUMENT, _NEARLY_SAME_DOCUMENT, _MIN_DOCUMENT_LENGTH = 0.7, 0.45, 5
_SAME_PHONE = 0.4
_UNKNOWN_NATIONALITIES = frozenset({"XXX"})
_KNOWN_SEXES = frozenset({"female", "male"})


@dataclass(frozen=True, slots=True)
class PersonFacts:
    """What duplicate scoring looks at, taken from a case's person record.

    ``age_estimated_on`` is the date the age estimate was made (usually the case's opening
    date); without it the estimate is taken as made ``today``.
    """

    given_name: str
    family_name: str | None = None
    other_names: tuple[str, ...] = ()
    date_of_birth: date | None = None
    age_estimate: int | None = None
    age_estimated_on: date | None = None
    nationality: str | None = None
    sex: str | None = None
    phone: str | None = None
    document_numbers: tuple[str, ...] = ()

    def names(self) -> tuple[str, ...]:
        """The full name first, then each other name."""
        full = " ".join(part for part in (self.given_name, self.family_name) if part)
        return (full, *self.other_names)


@dataclass(frozen=True, slots=True)
class Evidence:
    """One piece of evidence, for a window to say in its own language: a stable ``code``
    (``same_name``, ``name_in_other_script``, ``same_phone`` ...; ``EVIDENCE_CODES``), the
    ``values`` its words quote (the two names compared, an age, two nationality codes), and
    ``sign``: +1 for the same person, -1 against, 0 neither. ``text`` is the English reason the
    command line prints."""

    code: str
    text: str
    values: tuple[str, ...] = ()
    sign: int = 1


EVIDENCE_CODES = frozenset({
    "same_name", "name_in_other_script", "names_alike", "names_somewhat_alike",
    "names_differ", "same_birth_date", "same_birth_date_first_january",
    "birth_date_swapped", "same_birth_year", "birth_dates_year_apart", "birth_dates_differ",
    "ages_fit", "ages_far_apart", "age_fits_birth_date", "age_does_not_fit_birth_date",
    "same_document", "nearly_same_document", "same_phone", "same_nationality",
    "other_nationality", "other_sex",
})


@dataclass(frozen=True, slots=True)
class DuplicateScore:
    """How likely two records describe one person (0..1) and why: ``reasons`` in plain
    English words, ``evidence`` the same as codes (in the same order) for a translated view."""

    score: float
    reasons: tuple[str, ...]
    evidence: tuple[Evidence, ...] = ()

    @property
    def is_potential_duplicate(self) -> bool:
        return self.score >= POTENTIAL_DUPLICATE_THRESHOLD


@dataclass(frozen=True, slots=True)
class DuplicateCandidate:
    """An existing record that may be the same person as a new one."""

    record_id: str
    score: DuplicateScore


def _age_on(birth: date, on: date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def _name_evidence(new: PersonFacts, existing: PersonFacts) -> tuple[float, list[Evidence]]:
    best, best_pair = 0.0, ("", "")
    for mine in new.names():
        my_units = name_units(mine)
        for theirs in existing.names():
            similarity = units_similarity(my_units, name_units(theirs))
            if similarity > best:
                best, best_pair = similarity, (mine, theirs)
    fraction = (best - _NAME_FLOOR) / (_NAME_CEILING - _NAME_FLOOR)
    points = _NAME_POINTS * min(1.0, max(0.0, fraction))
    mine, theirs = best_pair
    if best >= NAMES_ALIKE and normalise(mine) == normalise(theirs):
        return points, [Evidence("same_name", f"same name ({mine})", (mine,))]
    if best >= NAMES_ALIKE:
        code = "name_in_other_script" if _script(mine) != _script(theirs) else "names_alike"
        return points, [Evidence(code, f"names sound alike ({mine} ~ {theirs})", (mine, theirs))]
    if best >= _NAME_FLOOR:
        return points, [Evidence("names_somewhat_alike",
                                 f"names somewhat alike ({mine} ~ {theirs})", (mine, theirs))]
    return points, [Evidence("names_differ", "names differ", sign=-1)]


def _script(name: str) -> str:
    """The script of a name's first letter (LATIN, ARABIC, ETHIOPIC...): "Mohamed" and
    "محمد" alike are one name written in two scripts, which a worker checks differently from
    two spellings in one."""
    for char in name:
        if char.isalpha():
            return unicodedata.name(char, "").split(" ")[0]
    return ""


def _birth_evidence(
    new: PersonFacts, existing: PersonFacts, today: date
) -> tuple[float, list[Evidence]]:
    if new.date_of_birth is not None and existing.date_of_birth is not None:
        return _compare_dates(new.date_of_birth, existing.date_of_birth)
    if new.date_of_birth is not None and existing.age_estimate is not None:
        estimated_on = existing.age_estimated_on or today
        return _compare_date_and_age(new.date_of_birth, existing.age_estimate, estimated_on)
    if existing.date_of_birth is not None and new.age_estimate is not None:
        estimated_on = new.age_estimated_on or today
        return _compare_date_and_age(existing.date_of_birth, new.age_estimate, estimated_on)
    if new.age_estimate is not None and existing.age_estimate is not None:
        mine = (new.age_estimated_on or today).year - new.age_estimate
        theirs = (existing.age_estimated_on or today).year - existing.age_estimate
        if abs(mine - theirs) <= _AGE_TOLERANCE:
            return _AGE_FITS, [Evidence("ages_fit", "estimated ages fit each other")]
        return _AGE_CONFLICT, [Evidence("ages_far_apart", "estimated ages are far apart",
                                        sign=-1)]
    return 0.0, []


def _compare_dates(mine: date, theirs: date) -> tuple[float, list[Evidence]]:
    if mine == theirs:
        if (mine.month, mine.day) == (1, 1):
            return _YEAR_ONLY_DOB, [Evidence(
                "same_birth_date_first_january",
                "same date of birth (1 January, often used when only the year is known)")]
        return _SAME_DOB, [Evidence("same_birth_date", "same date of birth")]
    if mine.year == theirs.year and (mine.month, mine.day) == (theirs.day, theirs.month):
        return _SWAPPED_DOB, [Evidence("birth_date_swapped",
                                       "dates of birth match with day and month swapped")]
    if mine.year == theirs.year:
        return _SAME_YEAR, [Evidence("same_birth_year", "born in the same year")]
    if abs(mine.year - theirs.year) == 1:
        return 0.0, [Evidence("birth_dates_year_apart", "dates of birth a year apart", sign=0)]
    return _DOB_CONFLICT, [Evidence("birth_dates_differ", "dates of birth differ", sign=-1)]


def _compare_date_and_age(birth: date, age: int, estimated_on: date
                          ) -> tuple[float, list[Evidence]]:
    if abs(_age_on(birth, estimated_on) - age) <= _AGE_TOLERANCE:
        return _AGE_FITS, [Evidence("age_fits_birth_date",
                                    f"age estimate {age} fits the date of birth", (str(age),))]
    return _AGE_CONFLICT, [Evidence("age_does_not_fit_birth_date",
                                    f"age estimate {age} does not fit the date of birth",
                                    (str(age),), sign=-1)]


def _nationality_evidence(new: PersonFacts, existing: PersonFacts
                          ) -> tuple[float, list[Evidence]]:
    mine = (new.nationality or "").strip().upper()
    theirs = (existing.nationality or "").strip().upper()
    if (
        not mine
        or not theirs
        or mine in _UNKNOWN_NATIONALITIES
        or theirs in (_UNKNOWN_NATIONALITIES)
    ):
        return 0.0, []
    if mine == theirs:
        return _SAME_NATIONALITY, [Evidence("same_nationality", f"same nationality ({mine})",
                                            (mine,))]
    return _OTHER_NATIONALITY, [Evidence("other_nationality",
                                         f"different nationality ({mine} / {theirs})",
                                         (mine, theirs), sign=-1)]


def _sex_evidence(new: PersonFacts, existing: PersonFacts) -> tuple[float, list[Evidence]]:
    mine, theirs = (new.sex or "").lower(), (existing.sex or "").lower()
    if mine in _KNOWN_SEXES and theirs in _KNOWN_SEXES and mine != theirs:
        return _OTHER_SEX, [Evidence("other_sex", "different sex recorded", sign=-1)]
    return 0.0, []


def _identifier_evidence(new: PersonFacts, existing: PersonFacts
                         ) -> tuple[float, list[Evidence]]:
    points, reasons = 0.0, []
    mine = {normalise_document_number(n) for n in new.document_numbers}
    theirs = {normalise_document_number(n) for n in existing.document_numbers}
    exact = {n for n in mine & theirs if len(n) >= _MIN_DOCUMENT_LENGTH}
    if exact:
        points, reasons = _SAME_DOCUMENT, [Evidence("same_document", "same document number")]
    else:
        my_keys = {document_number_key(n) for n in mine if len(n) >= _MIN_DOCUMENT_LENGTH}
        if my_keys & {document_number_key(n) for n in theirs}:
            points, reasons = (
                _NEARLY_SAME_DOCUMENT,
                [Evidence("nearly_same_document",
                          "document numbers match except for O/0 or I/1")],
            )
    if new.phone and existing.phone and phone_numbers_match(new.phone, existing.phone):
        points += _SAME_PHONE
        reasons.append(Evidence("same_phone", "same phone number"))
    return points, reasons


def score_duplicate(new: PersonFacts, existing: PersonFacts, *, today: date) -> DuplicateScore:
    """Score the evidence that ``new`` and ``existing`` are the same person.

    ``today`` ages estimates made on different dates to a common date. The reasons list every
    piece of evidence for and against, strongest kinds first: names, birth, identifiers,
    nationality, sex.
    """
    total, evidence = 0.0, []
    for points, found in (
        _name_evidence(new, existing),
        _birth_evidence(new, existing, today),
        _identifier_evidence(new, existing),
        _nationality_evidence(new, existing),
        _sex_evidence(new, existing),
    ):
        total += points
        evidence.extend(found)
    return DuplicateScore(round(min(1.0, max(0.0, total)), 4),
                          tuple(item.text for item in evidence), tuple(evidence))


def find_potential_duplicates(
    new: PersonFacts,
    existing: Iterable[tuple[str, PersonFacts]],
    *,
    today: date,
    threshold: float = POTENTIAL_DUPLICATE_THRESHOLD,
) -> tuple[DuplicateCandidate, ...]:
    """Score ``new`` against each (record id, facts) and keep those at or above ``threshold``.

    Highest score first; equal scores in record-id order, so the result is deterministic.
    Feed it the records a name or identifier search returned, not the whole store.
    """
    candidates = [
        DuplicateCandidate(record_id, score_duplicate(new, facts, today=today))
        for record_id, facts in existing
    ]
    kept = [c for c in candidates if c.score.score >= threshold]
    return tuple(sorted(kept, key=lambda c: (-c.score.score, c.record_id)))
