"""Potential-duplicate scoring: worked examples a field team would recognise."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fieldcase.domain.duplicates import (
    POTENTIAL_DUPLICATE_THRESHOLD,
    DuplicateCandidate,
    DuplicateScore,
    PersonFacts,
    find_potential_duplicates,
    score_duplicate,
)

TODAY = date(2025, 6, 1)

MOHAMED = PersonFacts(
    given_name="Mohamed",
    family_name="Hussein",
    date_of_birth=date(1994, 3, 17),
    nationality="SDN",
    sex="male",
)


def _score(new: PersonFacts, existing: PersonFacts) -> DuplicateScore:
    return score_duplicate(new, existing, today=TODAY)


def test_same_person_in_arabic_script_with_same_birth_date_is_a_potential_duplicate() -> None:
    existing = replace(MOHAMED, given_name="محمد", family_name="حسين")
    result = _score(MOHAMED, existing)
    assert result.is_potential_duplicate
    assert result.score == pytest.approx(0.45 + 0.35 + 0.1, abs=0.01)
    assert result.reasons == (
        "names sound alike (Mohamed Hussein ~ محمد حسين)",
        "same date of birth",
        "same nationality (SDN)",
    )


def test_age_estimate_within_three_years_fits_a_date_of_birth() -> None:
    estimated = replace(
        MOHAMED,
        given_name="Muhammad",
        date_of_birth=None,
        age_estimate=29,
        age_estimated_on=date(2024, 1, 10),
    )
    result = _score(estimated, MOHAMED)
    assert result.is_potential_duplicate
    assert "age estimate 29 fits the date of birth" in result.reasons


def test_age_estimate_far_from_the_date_of_birth_is_not_a_duplicate() -> None:
    estimated = replace(MOHAMED, date_of_birth=None, age_estimate=45)
    result = _score(estimated, MOHAMED)
    assert not result.is_potential_duplicate
    assert "age estimate 45 does not fit the date of birth" in result.reasons


def test_two_age_estimates_are_aged_to_a_common_date() -> None:
    then = replace(MOHAMED, date_of_birth=None, age_estimate=25, age_estimated_on=date(2019, 5, 1))
    now = replace(MOHAMED, date_of_birth=None, age_estimate=31)
    assert "estimated ages fit each other" in _score(now, then).reasons
    young = replace(now, age_estimate=20)
    assert "estimated ages are far apart" in _score(young, then).reasons


def test_similar_consonants_but_a_different_name_is_not_a_duplicate() -> None:
    mahmoud = replace(MOHAMED, given_name="Mahmoud")
    result = _score(mahmoud, MOHAMED)
    assert not result.is_potential_duplicate
    assert result.reasons[0].startswith("names")
    assert "sound alike" not in result.reasons[0]


def test_conflicting_dates_of_birth_outweigh_a_shared_name() -> None:
    other = replace(MOHAMED, date_of_birth=date(1971, 8, 2))
    result = _score(other, MOHAMED)
    assert result.score < 0.5
    assert "dates of birth differ" in result.reasons


def test_day_and_month_swapped_still_counts() -> None:
    swapped = replace(MOHAMED, date_of_birth=date(1994, 3, 7))
    original = replace(MOHAMED, date_of_birth=date(1994, 7, 3))
    result = _score(swapped, original)
    assert "dates of birth match with day and month swapped" in result.reasons
    assert result.is_potential_duplicate


def test_first_of_january_counts_as_year_only() -> None:
    year_only = replace(MOHAMED, date_of_birth=date(1994, 1, 1))
    exact = _score(MOHAMED, MOHAMED).score
    assert _score(year_only, year_only).score < exact
    assert "same date of birth (1 January, often used when only the year is known)" in (
        _score(year_only, year_only).reasons
    )


def test_same_document_number_is_strong_evidence_even_with_another_name() -> None:
    new = PersonFacts(given_name="Tesfaye", document_numbers=("ep 123 4567",), nationality="ERI")
    existing = PersonFacts(given_name="Kidane", document_numbers=("EP1234567",), nationality="ERI")
    result = _score(new, existing)
    assert result.is_potential_duplicate
    assert "same document number" in result.reasons
    assert "names differ" in result.reasons


def test_document_number_that_differs_only_by_o_and_zero_is_weaker() -> None:
    new = PersonFacts(given_name="Tesfaye", document_numbers=("EPO12345",))
    existing = PersonFacts(given_name="Kidane", document_numbers=("EP012345",))
    result = _score(new, existing)
    assert "document numbers match except for O/0 or I/1" in result.reasons
    exact = _score(replace(new, document_numbers=("EP012345",)), existing)
    assert "same document number" in exact.reasons
    assert result.score < exact.score


def test_same_phone_helps_but_is_not_enough_alone() -> None:
    new = PersonFacts(given_name="Senait", phone="+251 911 234 567")
    existing = PersonFacts(given_name="Aster", phone="0911234567")
    alone = _score(new, existing)
    assert "same phone number" in alone.reasons
    assert not alone.is_potential_duplicate
    with_name = _score(new, replace(existing, given_name="ሰናይት"))
    assert with_name.is_potential_duplicate


def test_different_sex_and_nationality_count_against() -> None:
    other = replace(MOHAMED, sex="female", nationality="ERI")
    result = _score(other, MOHAMED)
    assert not result.is_potential_duplicate
    assert "different sex recorded" in result.reasons
    assert "different nationality (ERI / SDN)" in result.reasons
    unspecified = _score(replace(MOHAMED, nationality="XXX"), MOHAMED)
    assert not any("nationality" in reason for reason in unspecified.reasons)


def test_other_names_are_compared_too() -> None:
    alias = PersonFacts(
        given_name="Abu Ali",
        other_names=("عبد الرحمن حسين",),
        date_of_birth=date(1990, 2, 14),
    )
    existing = PersonFacts(
        given_name="Abdelrahman", family_name="Hussein", date_of_birth=date(1990, 2, 14)
    )
    result = _score(alias, existing)
    assert result.is_potential_duplicate
    assert result.reasons[0] == "names sound alike (عبد الرحمن حسين ~ Abdelrahman Hussein)"


def test_find_potential_duplicates_keeps_and_orders_candidates() -> None:
    records = [
        ("b", replace(MOHAMED, given_name="محمد", family_name="حسين")),
        ("a", MOHAMED),
        ("c", replace(MOHAMED, given_name="Mahmoud", family_name="Ali")),
    ]
    found = find_potential_duplicates(MOHAMED, records, today=TODAY)
    assert [candidate.record_id for candidate in found] == ["a", "b"]
    assert all(isinstance(candidate, DuplicateCandidate) for candidate in found)
    assert found[0].score.score >= found[1].score.score >= POTENTIAL_DUPLICATE_THRESHOLD
    everyone = find_potential_duplicates(MOHAMED, records, today=TODAY, threshold=0.0)
    assert len(everyone) == 3


NAMES = st.sampled_from(
    ["Mohamed", "محمد", "Yohannes", "ዮሐንስ", "Fatima", "Aster", "", "Abd al-Rahman"]
)
FACTS = st.builds(
    PersonFacts,
    given_name=NAMES,
    family_name=st.one_of(st.none(), NAMES),
    other_names=st.lists(NAMES, max_size=2).map(tuple),
    date_of_birth=st.one_of(st.none(), st.dates(date(1905, 1, 1), TODAY)),
    age_estimate=st.one_of(st.none(), st.integers(0, 120)),
    age_estimated_on=st.one_of(st.none(), st.dates(date(2015, 1, 1), TODAY)),
    nationality=st.one_of(st.none(), st.sampled_from(["SDN", "ERI", "ETH", "XXX", "XXA"])),
    sex=st.one_of(st.none(), st.sampled_from(["female", "male", "unknown", "intersex"])),
    phone=st.one_of(st.none(), st.sampled_from(["+251911234567", "0911234567", "x"])),
    document_numbers=st.lists(st.sampled_from(["EP1234567", "EPI234567", "12"]), max_size=2).map(
        tuple
    ),
)


@settings(max_examples=200, deadline=None)
@given(FACTS, FACTS)
def test_scores_stay_in_range_and_are_symmetric(new: PersonFacts, existing: PersonFacts) -> None:
    forward = _score(new, existing)
    backward = _score(existing, new)
    assert 0.0 <= forward.score <= 1.0
    assert forward.score == pytest.approx(backward.score)
    assert all(isinstance(reason, str) and reason for reason in forward.reasons)


def test_each_reason_has_a_code_and_a_name_in_another_script_is_told_apart() -> None:
    from fieldcase.domain.duplicates import EVIDENCE_CODES
    existing = replace(MOHAMED, given_name="محمد", family_name="حسين")
    result = _score(MOHAMED, existing)
    assert [e.code for e in result.evidence] == [
        "name_in_other_script", "same_birth_date", "same_nationality"]
    assert result.evidence[0].values == ("Mohamed Hussein", "محمد حسين")
    assert tuple(e.text for e in result.evidence) == result.reasons
    spelled = _score(replace(MOHAMED, given_name="Mohammed"), MOHAMED)
    assert spelled.evidence[0].code == "names_alike"
    other = _score(replace(MOHAMED, sex="female", date_of_birth=date(1960, 1, 2)), MOHAMED)
    assert {e.code: e.sign for e in other.evidence}["other_sex"] == -1
    assert {e.code for e in (*result.evidence, *spelled.evidence, *other.evidence)} \
        <= EVIDENCE_CODES
