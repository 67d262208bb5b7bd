"""Screening instruments: worked examples of the decision rules, answer checks, applicability,
instrument choice, supervisor review, and validation of the instrument files themselves."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from fieldcase import bundled
from fieldcase.domain.screening import (
    FactorQuestion,
    IndicatorQuestion,
    Instrument,
    InstrumentDefinitionError,
    InstrumentNotFoundError,
    InvalidAnswerError,
    Level,
    ScreeningContext,
    ScreeningContextError,
    ScreeningResult,
    UnknownQuestionError,
    VersionMismatchError,
    applicable_questions,
    find_instrument,
    needs_supervisor_review,
    score,
    select_instruments,
)
from fieldcase.resources import load_json

INSTRUMENTS = bundled.instruments()
ADULT = find_instrument(INSTRUMENTS, "trafficking-adult", 1)
CHILD = find_instrument(INSTRUMENTS, "trafficking-child", 1)
VULN = find_instrument(INSTRUMENTS, "vulnerability", 1)
AT_DESTINATION = ScreeningContext(age=34, stage="destination")
CHILD_IN_TRANSIT = ScreeningContext(age=15, stage="transit")


def all_no(instrument: Instrument, **yes: bool) -> dict[str, bool | None]:
    """Every question answered "no", except those named (dots written as double underscores)."""
    answers: dict[str, bool | None] = {q.id: False for q in instrument.questions}
    for key, value in yes.items():
        question_id = key.replace("__", ".")
        assert question_id in answers
        answers[question_id] = value
    return answers


def raw(file_name: str) -> dict[str, Any]:
    data = load_json("screening", file_name)
    assert isinstance(data, dict)
    return copy.deepcopy(data)


# --- the bundled instruments -------------------------------------------------------------------


def test_bundled_instruments_carry_id_version_population_and_sources() -> None:
    assert [(i.id, i.version, i.population, i.kind) for i in INSTRUMENTS] == [
        ("trafficking-adult", 1, "adult", "trafficking"),
        ("trafficking-child", 1, "child", "trafficking"),
        ("vulnerability", 1, "all", "vulnerability"),
    ]
    assert {s.id for s in ADULT.sources} >= {"ilo-ec-2009"}
    assert {s.id for s in VULN.sources} >= {"iom-2019"}
    dimensions = [g.label for g in ADULT.groups]
    assert dimensions == [
        "Deceptive recruitment",
        "Coercive recruitment",
        "Recruitment by abuse of vulnerability",
        "Exploitative conditions of work",
        "Coercion at destination",
        "Abuse of vulnerability at destination",
    ]
    assert [g.id for g in VULN.groups] == ["individual", "household", "community", "structural"]
    assert all(isinstance(q, IndicatorQuestion) for q in ADULT.questions + CHILD.questions)
    factors = [q for q in VULN.questions if isinstance(q, FactorQuestion)]
    assert {q.factor for q in factors} == {"risk", "protective"}


# --- trafficking: worked examples ---------------------------------------------------------------


def test_adult_case_meeting_the_ilo_rule_is_critical_and_cites_each_dimension() -> None:
    answers = all_no(
        ADULT,
        dr__job_place_employer=True,  # strong
        dr__pay=True,  # medium
        ex__excessive_hours=True,  # strong
        ex__wage_deductions=True,  # medium
        cd__documents_kept=True,  # strong
        cd__debt_bondage=True,  # strong
    )
    result = score(ADULT, answers, AT_DESTINATION)
    assert result.level == "critical"
    assert result.review is True
    assert result.reasons[0].startswith("Level critical: the ILO/EC rule for adults is met")
    text = "\n".join(result.reasons)
    assert 'Deceptive recruitment: positive (1 strong indicator: "deceived about the kind' in text
    assert "Exploitative conditions of work: positive (1 strong indicator" in text
    assert 'Coercion at destination: positive (2 strong indicators: "identity documents' in text
    assert (result.instrument_id, result.instrument_version) == ("trafficking-adult", 1)


def test_adult_with_recruitment_and_exploitation_but_no_coercion_is_high() -> None:
    answers = all_no(
        ADULT,
        dr__job_place_employer=True,
        dr__pay=True,
        ex__excessive_hours=True,
        ex__low_or_no_pay=True,
    )
    result = score(ADULT, answers, AT_DESTINATION)
    assert result.level == "high"
    assert result.reasons[0] == "Level high: two of the three elements of trafficking are positive"
    assert result.review is True


@pytest.mark.parametrize(
    ("strong", "medium", "weak", "positive"),
    [
        (2, 0, 0, True),
        (1, 1, 0, True),
        (1, 0, 1, True),
        (0, 3, 0, True),
        (0, 2, 1, True),
        (1, 0, 0, False),
        (0, 2, 0, False),
        (0, 1, 1, False),
        (0, 0, 1, False),
    ],
)
def test_dimension_rule_follows_the_ilo_thresholds(
    strong: int, medium: int, weak: int, positive: bool
) -> None:
    by_strength = {
        s: [
            q.id
            for q in ADULT.questions
            if isinstance(q, IndicatorQuestion)
            and q.dimension == "coercion_at_destination"
            and q.strength == s
        ]
        for s in ("strong", "medium", "weak")
    }
    chosen = by_strength["strong"][:strong] + by_strength["medium"][:medium]
    chosen += by_strength["weak"][:weak]
    answers: dict[str, bool | None] = {q.id: False for q in ADULT.questions}
    answers.update({question_id: True for question_id in chosen})
    result = score(ADULT, answers, AT_DESTINATION)
    status = "positive" if positive else "not positive"
    assert any(r.startswith(f"Coercion at destination: {status} (") for r in result.reasons)


def test_one_strong_indicator_alone_is_medium_with_the_indicator_named() -> None:
    result = score(ADULT, all_no(ADULT, cd__violence=True), AT_DESTINATION)
    assert result.level == "medium"
    assert result.review is False
    assert result.reasons[0] == "Level medium: at least one strong indicator is present"
    assert (
        'Coercion at destination: not positive (1 strong indicator: "violence' in result.reasons[1]
    )


def test_no_indicators_is_low_with_no_reasons_when_everything_was_answered() -> None:
    result = score(ADULT, all_no(ADULT), AT_DESTINATION)
    assert (result.level, result.reasons, result.review) == ("low", (), False)


def test_child_rule_needs_no_means_element() -> None:
    answers = all_no(
        CHILD,
        dr__job_place=True,  # strong
        dr__school=True,  # medium
        ex__long_hours=True,  # strong
        ex__no_school=True,  # medium
    )
    result = score(CHILD, answers, CHILD_IN_TRANSIT)
    assert result.level == "critical"
    assert result.review is True
    text = "\n".join(result.reasons)
    assert "ILO/EC rule for children is met" in result.reasons[0]
    assert "is not required" in text
    assert "Coercion at destination" not in text
    # The same pattern for an adult lacks the means element and stays below critical.
    adult = score(
        ADULT,
        all_no(
            ADULT,
            dr__job_place_employer=True,
            dr__pay=True,
            ex__excessive_hours=True,
            ex__low_or_no_pay=True,
        ),
        AT_DESTINATION,
    )
    assert adult.level == "high"


def test_child_with_one_strong_indicator_is_high_and_goes_to_review() -> None:
    result = score(CHILD, all_no(CHILD, cd__confined=True), CHILD_IN_TRANSIT)
    assert result.level == "high"
    assert result.review is True
    assert result.reasons[0] == "Level high: a child with at least one strong indicator"


# --- vulnerability ------------------------------------------------------------------------------


def test_protective_factors_lower_the_vulnerability_level_and_are_listed() -> None:
    risks = all_no(VULN, ind__journey_debt=True, ind__out_of_money=True, com__unsafe_shelter=True)
    without = score(VULN, risks, AT_DESTINATION)
    assert without.level == "high"
    assert "vulnerability score 8 (risk factors 8 minus protective factors 0)" in without.reasons[0]

    protected = dict(risks)
    protected.update({"hh.supportive_family_contact": True, "com.community_support": True})
    result = score(VULN, protected, AT_DESTINATION)
    assert result.level == "medium"
    assert "vulnerability score 4 (risk factors 8 minus protective factors 4)" in result.reasons[0]
    assert result.reasons[-1] == (
        'Protective factors: "regular contact with supportive family" (-2, household and family), '
        '"support from a community, faith or diaspora group" (-2, community)'
    )
    assert 'Individual risk factors: "no money for food or shelter in the coming days" (+2)' in (
        "\n".join(result.reasons)
    )


def test_a_floor_keeps_an_unaccompanied_child_high_despite_protective_factors() -> None:
    answers = all_no(
        VULN,
        ind__child_alone=True,
        hh__supportive_family_contact=True,
        com__community_support=True,
    )
    result = score(VULN, answers, CHILD_IN_TRANSIT)
    assert result.level == "high"
    assert result.reasons[1] == (
        'Level raised from low to at least high by "child travelling without a parent or usual '
        'caregiver"'
    )


# --- answers: unknown ids, bad values, unanswered, versions -------------------------------------


def test_unknown_question_id_is_an_error_naming_the_id() -> None:
    with pytest.raises(UnknownQuestionError) as caught:
        score(ADULT, {"dr.pay": True, "dr.no_such_question": False}, AT_DESTINATION)
    assert caught.value.field == "dr.no_such_question"
    assert caught.value.kind == "unknown_question"
    assert "dr.no_such_question" in str(caught.value)


def test_an_answer_must_be_true_false_or_null() -> None:
    with pytest.raises(InvalidAnswerError) as caught:
        score(ADULT, {"dr.pay": "yes"}, AT_DESTINATION)  # type: ignore[dict-item]
    assert caught.value.field == "dr.pay"


def test_unanswered_questions_are_not_no_and_are_named_when_they_could_change_the_level() -> None:
    answers = all_no(
        ADULT,
        dr__job_place_employer=True,
        dr__pay=True,
        ex__excessive_hours=True,
        ex__low_or_no_pay=True,
    )
    for question_id in ("cd.documents_kept", "cd.debt_bondage", "cd.confined"):
        answers[question_id] = None
    result = score(ADULT, answers, AT_DESTINATION)
    assert result.level == "high"
    assert result.reasons[-1] == (
        "3 questions unanswered (cd.documents_kept, cd.debt_bondage, cd.confined); "
        "answering them could raise the level to critical"
    )


def test_unanswered_questions_that_cannot_change_the_level_are_not_reported() -> None:
    answers = all_no(ADULT, cd__violence=True)
    answers["vd.personal_characteristics"] = None  # one weak indicator cannot lift "medium"
    result = score(ADULT, answers, AT_DESTINATION)
    assert result.level == "medium"
    assert not any("unanswered" in r for r in result.reasons)


def test_unanswered_questions_that_do_not_apply_are_not_reported() -> None:
    origin = ScreeningContext(age=30, stage="origin")
    answers = {q.id: False for q in applicable_questions(ADULT, origin)}
    assert score(ADULT, answers, origin).reasons == ()


def test_unanswered_vulnerability_reports_the_possible_range() -> None:
    result = score(VULN, {"ind.out_of_money": True, "ind.journey_debt": True}, AT_DESTINATION)
    assert result.level == "medium"
    assert (
        "depending on the answers the level could be anywhere from low to critical"
        in result.reasons[-1]
    )
    assert "questions unanswered (ind.health_needs_care, " in result.reasons[-1]
    assert " and 22 more);" in result.reasons[-1]


def test_answers_recorded_with_another_version_are_refused() -> None:
    answers = {"dr.pay": True}
    with pytest.raises(VersionMismatchError) as caught:
        score(
            ADULT, answers, AT_DESTINATION, instrument_id="trafficking-adult", instrument_version=2
        )
    assert caught.value.field == "instrument_version"
    assert caught.value.kind == "version_mismatch"
    with pytest.raises(VersionMismatchError) as other:
        score(
            ADULT, answers, AT_DESTINATION, instrument_id="trafficking-child", instrument_version=1
        )
    assert other.value.field == "instrument_id"
    result = score(
        ADULT, answers, AT_DESTINATION, instrument_id="trafficking-adult", instrument_version=1
    )
    assert (result.instrument_id, result.instrument_version) == ("trafficking-adult", 1)


def test_result_serialises_as_the_case_document_result_object() -> None:
    result = score(ADULT, all_no(ADULT, cd__violence=True), AT_DESTINATION)
    assert result.to_dict() == {
        "level": "medium",
        "reasons": list(result.reasons),
        "review": False,
    }


# --- applicability and instrument choice --------------------------------------------------------


def test_questions_about_destination_are_not_asked_at_origin() -> None:
    at_origin = {
        q.id.split(".")[0] for q in applicable_questions(ADULT, ScreeningContext(30, "origin"))
    }
    assert at_origin == {"dr", "cr", "rv"}
    at_destination = {q.id.split(".")[0] for q in applicable_questions(ADULT, AT_DESTINATION)}
    assert at_destination == {"dr", "cr", "rv", "ex", "cd", "vd"}


def test_vulnerability_questions_adapt_to_age_and_stage() -> None:
    child_ids = {q.id for q in applicable_questions(VULN, CHILD_IN_TRANSIT)}
    adult_ids = {q.id for q in applicable_questions(VULN, ScreeningContext(40, "transit"))}
    assert {"ind.child_alone", "hh.parent_present", "ind.journey_debt_child"} <= child_ids
    assert not {"ind.journey_debt", "ind.cannot_read"} & child_ids
    assert {"ind.journey_debt", "ind.cannot_read"} <= adult_ids
    assert "ind.child_alone" not in adult_ids
    origin_ids = {q.id for q in applicable_questions(VULN, ScreeningContext(40, "origin"))}
    assert "com.recruiters_active" in origin_ids
    assert "com.unsafe_shelter" not in origin_ids
    unknown_age = {q.id for q in applicable_questions(VULN, ScreeningContext(None, "transit"))}
    assert unknown_age == child_ids


@pytest.mark.parametrize(
    ("age", "expected"),
    [
        (30, "trafficking-adult"),
        (18, "trafficking-adult"),
        (17, "trafficking-child"),
        (6, "trafficking-child"),
        (None, "trafficking-child"),
    ],
)
def test_select_instruments_by_age_with_unknown_age_as_a_possible_child(
    age: int | None, expected: str
) -> None:
    trafficking, vulnerability = select_instruments(INSTRUMENTS, ScreeningContext(age, "transit"))
    assert trafficking.id == expected
    assert vulnerability.id == "vulnerability"


def test_select_instruments_prefers_the_newest_version_and_reports_a_missing_one() -> None:
    newer = raw("trafficking-adult.v1.json")
    newer["version"] = 2
    v2 = Instrument.from_dict(newer)
    chosen, _ = select_instruments([*INSTRUMENTS, v2], AT_DESTINATION)
    assert chosen.version == 2
    assert find_instrument([*INSTRUMENTS, v2], "trafficking-adult", 1) is ADULT
    with pytest.raises(InstrumentNotFoundError):
        select_instruments([ADULT, CHILD], AT_DESTINATION)
    with pytest.raises(InstrumentNotFoundError) as caught:
        find_instrument(INSTRUMENTS, "trafficking-adult", 9)
    assert "version 9" in str(caught.value)


@pytest.mark.parametrize(
    ("age", "stage", "field"),
    [
        (-1, "transit", "age"),
        (121, "transit", "age"),
        (True, "transit", "age"),
        (20, "camp", "stage"),
    ],
)
def test_context_rejects_impossible_age_or_stage(age: Any, stage: str, field: str) -> None:
    with pytest.raises(ScreeningContextError) as caught:
        ScreeningContext(age, stage)
    assert caught.value.field == field


# --- supervisor review --------------------------------------------------------------------------


def _result(level: Level, instrument_id: str = "trafficking-adult") -> ScreeningResult:
    return ScreeningResult(
        level, (f"Level {level}: test",), level in ("high", "critical"), instrument_id, 1
    )


def test_supervisor_review_for_high_critical_or_an_unaccompanied_child() -> None:
    quiet = [_result("low"), _result("medium", "vulnerability")]
    assert needs_supervisor_review(quiet, is_unaccompanied_child=False) == (False, ())
    assert needs_supervisor_review(quiet, is_unaccompanied_child=True) == (
        True,
        ("unaccompanied child",),
    )
    loud = [_result("high", "vulnerability"), _result("critical"), _result("low")]
    assert needs_supervisor_review(loud, is_unaccompanied_child=False) == (
        True,
        ("trafficking-adult v1: level critical", "vulnerability v1: level high"),
    )


# --- instrument-file validation -----------------------------------------------------------------


def _set(path: list[Any], value: Any) -> Any:
    def change(data: dict[str, Any]) -> None:
        target: Any = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return change


def _duplicate_first_question(data: dict[str, Any]) -> None:
    data["questions"].append(copy.deepcopy(data["questions"][0]))


def _drop_exploitation_questions(data: dict[str, Any]) -> None:
    data["questions"] = [
        q for q in data["questions"] if q["dimension"] != "exploitative_conditions"
    ]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (_set(["colour"], "red"), "colour"),
        (_set(["questions", 2, "hint"], "x"), "questions[2].hint"),
        (_duplicate_first_question, "questions[58].id"),
        (_set(["questions", 0, "strength"], "very strong"), "questions[0].strength"),
        (_set(["questions", 0, "dimension"], "smuggling"), "questions[0].dimension"),
        (_set(["questions", 0, "source_ref"], "unodc/x"), "questions[0].source_ref"),
        (
            _set(["questions", 0, "applies_to", "stages"], ["border"]),
            "questions[0].applies_to.stages[0]",
        ),
        (
            _set(["questions", 0, "applies_to", "age_bands"], ["child"]),
            "questions[dr.job_place_employer].applies_to.age_bands",
        ),
        (_set(["version"], 0), "version"),
        (_set(["population"], "elderly"), "population"),
        (_set(["scoring", "method"], "vibes"), "scoring.method"),
        (
            _set(["scoring", "dimension_rule", "any_of", 0], {"strongest": 2}),
            "scoring.dimension_rule.any_of[0].strongest",
        ),
        (
            _set(["scoring", "identification", "all_of_elements"], ["intent"]),
            "scoring.identification.all_of_elements[0]",
        ),
        (_set(["scoring", "levels", 0, "level"], "low"), "scoring.levels[0].level"),
        (_set(["scoring", "levels", 2, "level"], "critical"), "scoring.levels[2].level"),
        (
            _set(["scoring", "levels", 0, "when"], {"identified": False}),
            "scoring.levels[0].when.identified",
        ),
        (_drop_exploitation_questions, "dimensions[3]"),
    ],
)
def test_trafficking_instrument_file_errors_name_the_key_path(change: Any, field: str) -> None:
    data = raw("trafficking-adult.v1.json")
    change(data)
    with pytest.raises(InstrumentDefinitionError) as caught:
        Instrument.from_dict(data)
    assert caught.value.field == field
    assert caught.value.kind == "invalid_instrument"


def test_missing_required_key_is_named() -> None:
    data = raw("trafficking-child.v1.json")
    del data["questions"][4]["label"]
    with pytest.raises(InstrumentDefinitionError) as caught:
        Instrument.from_dict(data)
    assert caught.value.field == "questions[4].label"
    assert "required" in str(caught.value)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (_set(["questions", 0, "weight"], 0), "questions[0].weight"),
        (_set(["questions", 0, "factor"], "neutral"), "questions[0].factor"),
        (_set(["questions", 0, "determinant"], "cosmic"), "questions[0].determinant"),
        (_set(["questions", 13, "floor"], "high"), "questions[13].floor"),
        (_set(["scoring", "thresholds", "high"], 3), "scoring.thresholds"),
        (_set(["dimensions"], []), "dimensions"),
    ],
)
def test_vulnerability_instrument_file_errors_name_the_key_path(change: Any, field: str) -> None:
    data = raw("vulnerability.v1.json")
    change(data)
    with pytest.raises(InstrumentDefinitionError) as caught:
        Instrument.from_dict(data)
    assert caught.value.field == field
