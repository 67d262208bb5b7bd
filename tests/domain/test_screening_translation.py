"""Translations of the screening instruments: every bundled question is worded in every shipped
language, a translation file cannot name what its instrument lacks or translate another
instrument or version, and a review is both a name and a date or nothing."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from fieldcase import bundled
from fieldcase.domain.languages import COMPLETE_LANGUAGES, DRAFT_LANGUAGES
from fieldcase.domain.screening import Instrument, InstrumentDefinitionError
from fieldcase.domain.screening_translation import InstrumentTranslation
from fieldcase.domain.screening_types import DimensionRules
from fieldcase.resources import asset_path

LANGUAGES = COMPLETE_LANGUAGES
# What a draft language has worded whole (the adults' trafficking questions come first); its
# other instruments may be partial or absent (each missing question is shown in English).
DRAFT_WHOLE: dict[str, tuple[str, ...]] = {
    "ti": ("trafficking-adult", "trafficking-child", "vulnerability"),
    "am": ("trafficking-adult",),
}
INSTRUMENTS = {i.id: i for i in bundled.instruments()}


def raw(instrument_id: str, language: str) -> dict[str, Any]:
    path = asset_path("screening", "i18n", f"{instrument_id}.v1.{language}.json")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("instrument_id", sorted(INSTRUMENTS))
def test_every_question_of_every_instrument_is_worded_in_every_shipped_language(
        instrument_id: str, language: str) -> None:
    instrument = INSTRUMENTS[instrument_id]
    # complete: a question added to the English file only makes this fail, naming it
    translation = InstrumentTranslation.from_dict(raw(instrument_id, language), instrument)
    assert translation.language == language
    assert translation.missing(instrument) == ()
    for question in instrument.questions:
        words = translation.questions[question.id]
        assert words.text.strip() and words.label.strip()
        assert words.text != question.text, f"{question.id} is still English"
        assert (words.note is not None) == (question.note is not None)
    assert set(translation.groups) == {g.id for g in instrument.groups}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("instrument_id", sorted(INSTRUMENTS))
def test_the_bundled_translations_are_drafts_until_a_protection_lead_reviews_them(
        instrument_id: str, language: str) -> None:
    translation = bundled.instrument_translation(INSTRUMENTS[instrument_id], language)
    assert translation is not None and not translation.reviewed
    assert translation.reviewed_by is None and translation.reviewed_at is None


def test_a_question_added_in_english_only_is_refused_complete_and_read_in_english_leniently(
        ) -> None:
    instrument = INSTRUMENTS["trafficking-adult"]
    data = raw("trafficking-adult", "ar")
    del data["questions"]["dr.contract"]
    with pytest.raises(InstrumentDefinitionError) as refused:
        InstrumentTranslation.from_dict(data, instrument)
    assert refused.value.field == "questions.dr.contract"
    assert refused.value.message == "is required"
    lenient = InstrumentTranslation.from_dict(data, instrument, complete=False)
    assert lenient.missing(instrument) == ("dr.contract",)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("instrument_id", sorted(INSTRUMENTS))
def test_no_translation_file_names_a_question_its_instrument_lacks(
        instrument_id: str, language: str) -> None:
    data = raw(instrument_id, language)
    known = {q.id for q in INSTRUMENTS[instrument_id].questions}
    assert set(data["questions"]) <= known


def mutated(change: Any) -> dict[str, Any]:
    data = copy.deepcopy(raw("trafficking-child", "fr"))
    change(data)
    return data


@pytest.mark.parametrize(("change", "field", "words"), [
    (lambda d: d["questions"].__setitem__("dr.not_a_question", {"text": "?", "label": "?"}),
     "questions.dr.not_a_question", "unknown key"),
    (lambda d: d["dimensions"].__setitem__("elsewhere", "Ailleurs"),
     "dimensions.elsewhere", "unknown key"),
    (lambda d: d.__setitem__("instrument", "trafficking-adult"), "instrument",
     "translates 'trafficking-adult', not 'trafficking-child'"),
    (lambda d: d.__setitem__("version", 2), "version", "translates version 2, not 1"),
    (lambda d: d.__setitem__("language", "en"), "language",
     "'en' is not a language code other than en (ar, fr, es, ar_EG...)"),
    (lambda d: d.__setitem__("reviewed_by", "A. Lead"), "reviewed_at",
     "must be the review date (YYYY-MM-DD) when reviewed_by is set"),
    (lambda d: d.__setitem__("reviewed_at", "2026-12-01"), "reviewed_by",
     "must name the reviewer when reviewed_at is set"),
    (lambda d: d.update(reviewed_by="A. Lead", reviewed_at="1 December"), "reviewed_at",
     "must be a date YYYY-MM-DD"),
    (lambda d: d["questions"]["dr.school"].__setitem__("note", "Une note"),
     "questions.dr.school.note", "unknown key"),
    (lambda d: d["questions"]["dr.school"].__setitem__("text", " "),
     "questions.dr.school.text", "must be a non-empty string"),
    (lambda d: d["rules"]["levels"].pop(), "rules.levels",
     "must word the instrument's 5 levels in order"),
    (lambda d: d.__setitem__("determinants", {}), "determinants",
     "unknown key for a trafficking instrument"),
])
def test_a_translation_that_does_not_fit_its_instrument_is_refused_naming_the_key(
        change: Any, field: str, words: str) -> None:
    with pytest.raises(InstrumentDefinitionError) as refused:
        InstrumentTranslation.from_dict(mutated(change), INSTRUMENTS["trafficking-child"])
    assert (refused.value.field, refused.value.message) == (field, words)


def test_a_review_is_a_name_and_a_date() -> None:
    data = mutated(lambda d: d.update(reviewed_by="A. Lead", reviewed_at="2026-12-01"))
    translation = InstrumentTranslation.from_dict(data, INSTRUMENTS["trafficking-child"])
    assert translation.reviewed
    assert str(translation.reviewed_at) == "2026-12-01"


def test_the_language_of_a_region_falls_back_to_its_language_and_english_has_no_file() -> None:
    instrument: Instrument = INSTRUMENTS["vulnerability"]
    egyptian = bundled.instrument_translation(instrument, "ar_EG")
    assert egyptian is not None and egyptian.language == "ar"
    assert bundled.instrument_translation(instrument, "en") is None
    assert bundled.instrument_translation(instrument, "de") is None


def test_rule_sentences_are_worded_by_their_english() -> None:
    instrument = INSTRUMENTS["trafficking-child"]
    translation = bundled.instrument_translation(instrument, "ar")
    assert translation is not None
    rules = instrument.rules
    assert isinstance(rules, DimensionRules)
    assert translation.rules[rules.identification_text].startswith("الأطفال")
    for level in rules.levels:
        assert level.explain in translation.rules


def draft_files() -> list[tuple[str, str]]:
    return [(instrument_id, language) for language in DRAFT_LANGUAGES
            for instrument_id in sorted(INSTRUMENTS)
            if asset_path("screening", "i18n", f"{instrument_id}.v1.{language}.json").is_file()]


@pytest.mark.parametrize(("instrument_id", "language"), draft_files())
def test_a_draft_languages_file_is_checked_for_what_it_words_and_never_reviewed(
        instrument_id: str, language: str) -> None:
    """Partial is allowed (each missing question is shown in English), but what is there must
    fit the instrument (an unknown question id is refused even leniently), be no longer
    English, and be marked not reviewed."""
    instrument = INSTRUMENTS[instrument_id]
    data = raw(instrument_id, language)
    assert set(data["questions"]) <= {q.id for q in instrument.questions}
    translation = InstrumentTranslation.from_dict(data, instrument, complete=False)
    assert translation.language == language and not translation.reviewed
    english = {q.id: q for q in instrument.questions}
    for question_id, words in translation.questions.items():
        assert words.text.strip() and words.label.strip()
        assert words.text != english[question_id].text, f"{question_id} is still English"
    if instrument_id in DRAFT_WHOLE.get(language, ()):
        assert translation.missing(instrument) == ()
        InstrumentTranslation.from_dict(data, instrument)  # complete: rules and groups too


@pytest.mark.parametrize("language", DRAFT_LANGUAGES)
def test_a_draft_language_keeps_what_it_has_worded_whole(language: str) -> None:
    for instrument_id in DRAFT_WHOLE.get(language, ()):
        assert (instrument_id, language) in draft_files()


def test_a_partial_draft_file_shows_the_rest_in_english() -> None:
    instrument = INSTRUMENTS["trafficking-adult"]
    data = raw("trafficking-adult", "ti")
    for question_id in ("cd.violence", "vd.legal_status"):
        del data["questions"][question_id]
    del data["rules"]
    partial = InstrumentTranslation.from_dict(data, instrument, complete=False)
    assert partial.missing(instrument) == ("cd.violence", "vd.legal_status")
    assert partial.rules == {}
    data["questions"]["cd.made_up"] = {"text": "x", "label": "y"}
    with pytest.raises(InstrumentDefinitionError) as refused:
        InstrumentTranslation.from_dict(data, instrument, complete=False)
    assert refused.value.field == "questions.cd.made_up"
