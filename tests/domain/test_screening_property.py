"""Properties of scoring over the real bundled instruments and random answers and contexts:
it never raises on valid input, always explains a non-low level, and is monotone in the way the
"unanswered could change the level" reasoning relies on."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from fieldcase import bundled
from fieldcase.domain.screening import (
    Instrument,
    ScreeningContext,
    applicable_questions,
    score,
)
from fieldcase.domain.screening_types import LEVELS, STAGES, level_rank

INSTRUMENTS = bundled.instruments()
PROPERTY_SETTINGS = settings(max_examples=300, derandomize=True, database=None, deadline=None)

contexts = st.builds(
    ScreeningContext,
    age=st.one_of(st.none(), st.integers(min_value=0, max_value=120)),
    stage=st.sampled_from(STAGES),
)


@st.composite
def instrument_and_answers(
    draw: st.DrawFn,
) -> tuple[Instrument, dict[str, bool | None]]:
    instrument = draw(st.sampled_from(INSTRUMENTS))
    ids = [q.id for q in instrument.questions]
    answers = draw(
        st.dictionaries(
            st.sampled_from(ids), st.one_of(st.none(), st.booleans()), max_size=len(ids)
        )
    )
    return instrument, answers


@PROPERTY_SETTINGS
@given(case=instrument_and_answers(), context=contexts)
def test_score_never_raises_and_explains_every_non_low_level(
    case: tuple[Instrument, dict[str, bool | None]], context: ScreeningContext
) -> None:
    instrument, answers = case
    result = score(
        instrument,
        answers,
        context,
        instrument_id=instrument.id,
        instrument_version=instrument.version,
    )
    assert result.level in LEVELS
    assert result.review == (result.level in ("high", "critical"))
    assert (result.instrument_id, result.instrument_version) == (instrument.id, instrument.version)
    if result.level != "low":
        assert result.reasons
        assert result.reasons[0].startswith(f"Level {result.level}: ")
    assert all(isinstance(r, str) and r for r in result.reasons)


@PROPERTY_SETTINGS
@given(case=instrument_and_answers(), context=contexts, data=st.data())
def test_a_further_yes_moves_the_level_only_in_its_own_direction(
    case: tuple[Instrument, dict[str, bool | None]],
    context: ScreeningContext,
    data: st.DataObject,
) -> None:
    instrument, answers = case
    question = data.draw(st.sampled_from(instrument.questions))
    before = score(instrument, {**answers, question.id: False}, context)
    after = score(instrument, {**answers, question.id: True}, context)
    if question.raises_risk:
        assert level_rank(after.level) >= level_rank(before.level)
    else:
        assert level_rank(after.level) <= level_rank(before.level)


@PROPERTY_SETTINGS
@given(case=instrument_and_answers(), context=contexts)
def test_answering_every_applicable_question_leaves_no_unanswered_reason(
    case: tuple[Instrument, dict[str, bool | None]], context: ScreeningContext
) -> None:
    instrument, answers = case
    complete: dict[str, bool | None] = {
        q.id: bool(answers.get(q.id)) for q in applicable_questions(instrument, context)
    }
    result = score(instrument, complete, context)
    assert not any("unanswered" in reason for reason in result.reasons)
