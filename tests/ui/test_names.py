"""Codes shown by their names: every code of the document has words, countries and languages
have CLDR names in the interface language, pickers are sorted by name."""

from __future__ import annotations

from collections.abc import Iterator
from enum import StrEnum

import pytest
from PySide6.QtWidgets import QApplication

from fieldcase import bundled
from fieldcase.domain import codes
from fieldcase.domain.policy import Role
from fieldcase.domain.records import LIST_KINDS
from fieldcase.domain.service_directory import CATEGORIES, DAYS, ServiceDirectory
from fieldcase.domain.workflow import WorkflowAction
from fieldcase.resources import load_json
from fieldcase.ui import names
from fieldcase.ui.code_names import CODE_WORDS, LANGUAGES_NOT_IN_CLDR
from fieldcase.ui.i18n import install_language

VOCABULARIES: dict[str, type[StrEnum] | tuple[str, ...]] = {
    "sex": codes.Sex, "status": codes.Status, "stage": codes.Stage, "flag": codes.Flag,
    "risk": codes.RiskLevel, "means": codes.Means, "incident": codes.Incident,
    "assistance": codes.AssistanceType, "referral_status": codes.ReferralStatus,
    "consent_purpose": codes.ConsentPurpose, "consent_giver": codes.ConsentGiver,
    "consent_form": codes.ConsentForm, "document_type": codes.DocumentType,
    "document_holder": codes.DocumentHolder, "wg_domain": codes.WgDomain,
    "wg_answer": codes.WgAnswer, "relationship": codes.Relationship,
    "attachment_kind": codes.AttachmentKind, "workflow_action": WorkflowAction, "role": Role,
    "service_category": CATEGORIES, "weekday": DAYS,
    "record_kind": ("person", "identity_document", "case", *LIST_KINDS.values()),
}


@pytest.fixture
def arabic(qapp: QApplication) -> Iterator[None]:
    install_language(qapp, "ar")
    yield
    install_language(qapp, "en")


@pytest.mark.parametrize("kind", sorted(VOCABULARIES))
def test_every_code_of_the_domain_has_words_and_none_is_invented(kind: str) -> None:
    vocabulary = VOCABULARIES[kind]
    domain_codes = {str(value) for value in vocabulary}
    assert set(CODE_WORDS[kind]) == domain_codes
    for code in domain_codes:
        words = names.code_name(kind, code)
        assert words and words != code and "_" not in words


def test_every_kind_of_the_table_is_checked_against_the_domain() -> None:
    assert set(CODE_WORDS) == set(VOCABULARIES)


def test_a_code_is_shown_by_its_words_and_an_unknown_one_as_itself(qapp: QApplication) -> None:
    assert names.code_name("status", "case_plan") == "Case plan"
    assert names.code_name("status", "archived_by_a_newer_version") == \
        "archived_by_a_newer_version"
    assert names.code_name("status", None) == ""
    assert names.code_names("flag", ["pregnant", "", "stateless"]) == ["Pregnant", "Stateless"]


def test_countries_and_languages_are_named_from_cldr(qapp: QApplication) -> None:
    assert names.country_name("KHM") == "Cambodia"
    assert names.country_name("XXA") == "Stateless person"
    assert names.country_name("ZZZ") == "ZZZ"
    assert names.language_name("ti") == "Tigrinya"
    assert names.language_name("prs") == "Dari"  # through CLDR's alias fa_AF
    assert names.language_name("haz") == "Hazaragi"  # not in CLDR: the app's own words


def test_every_accepted_country_and_language_has_a_name(qapp: QApplication) -> None:
    unnamed = [code for code in codes.NATIONALITY_CODES if names.country_name(code) == code]
    assert not unnamed
    unnamed = [code for code in codes.LANGUAGE_CODES if names.language_name(code) == code]
    assert not unnamed


def test_own_language_names_are_only_for_what_cldr_lacks(qapp: QApplication) -> None:
    from babel import Locale
    from babel.core import get_global
    english, aliases = Locale.parse("en").languages, get_global("language_aliases")
    for code in LANGUAGES_NOT_IN_CLDR:
        assert code in codes.ISO_639_3_EXTRA
        assert code not in english and aliases.get(code) not in english


def test_names_follow_the_interface_language(arabic: None) -> None:
    assert names.country_name("KHM") == "كمبوديا"
    assert names.language_name("ar") == "العربية"
    assert names.language_name("prs") == "الدارية"


def test_pickers_are_sorted_by_name_in_the_interface_language(qapp: QApplication) -> None:
    countries = names.country_choices()
    assert [c.name for c in countries[:3]] == ["Afghanistan", "Åland Islands", "Albania"]
    assert {"XXA", "XXB", "XXX"} <= {c.code for c in countries}
    assert "XXA" not in {c.code for c in names.country_choices(nationality=False)}
    flags = names.choices("flag")
    assert [c.name for c in flags] == sorted(c.name for c in flags)
    assert len(names.language_choices()) == len(codes.LANGUAGE_CODES)
    with pytest.raises(KeyError, match="no code kind"):
        names.choices("colour")


def test_questions_are_looked_up_by_instrument_and_id(qapp: QApplication) -> None:
    instrument = next(i for i in bundled.instruments() if i.id == "trafficking-adult")
    question = instrument.questions[0]
    assert names.question_text(instrument.id, question.id) == question.text
    assert names.question_label(instrument.id, question.id) == question.label
    assert names.question_text(instrument.id, "no.such") == "no.such"
    assert names.instrument_title(instrument.id) == instrument.title


def test_questions_and_titles_are_in_the_interface_language_from_the_translation_files(
        qapp: QApplication) -> None:
    instrument = next(i for i in bundled.instruments() if i.id == "trafficking-adult")
    question = instrument.questions[0]
    arabic = bundled.instrument_translation(instrument, "ar")
    assert arabic is not None
    try:
        install_language(qapp, "ar")
        assert names.question_text(instrument.id, question.id) == \
            arabic.questions[question.id].text
        assert names.question_label(instrument.id, question.id) == \
            arabic.questions[question.id].label
        assert names.instrument_title(instrument.id) == arabic.title
        assert names.question_text(instrument.id, "no.such") == "no.such"
    finally:
        install_language(qapp, "en")


def test_services_are_named_from_the_directory(qapp: QApplication) -> None:
    directory = ServiceDirectory.from_dict(load_json("services", "directory.json"))
    service = directory.services[0]
    assert names.service_name(directory, service.id) == service.name
    assert names.service_name(directory, "gone-01") == "Service no longer listed (gone-01)"
    assert names.service_name(None, "") == ""
