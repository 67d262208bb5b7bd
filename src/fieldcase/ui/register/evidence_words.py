"""The reasons a case may be the person being registered, in the interface language.

``domain.duplicates`` gives each piece of evidence a code, the values its words quote and a
sign (for, against, neither); here each code has its sentence (context ``EvidenceWords``).
A code this build does not know falls back to the domain's English, never to nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from fieldcase.domain.duplicates import Evidence
from fieldcase.ui.i18n import QT_TRANSLATE_NOOP, fill, translate
from fieldcase.ui.names import country_name

CONTEXT = "EvidenceWords"

EVIDENCE_WORDS: Final[Mapping[str, str]] = {
    "same_name": QT_TRANSLATE_NOOP("EvidenceWords", "Same name"),
    "name_in_other_script": QT_TRANSLATE_NOOP("EvidenceWords",
                                              "Same name in another script (%1 ~ %2)"),
    "names_alike": QT_TRANSLATE_NOOP("EvidenceWords", "Names sound alike (%1 ~ %2)"),
    "names_somewhat_alike": QT_TRANSLATE_NOOP("EvidenceWords",
                                              "Names somewhat alike (%1 ~ %2)"),
    "names_differ": QT_TRANSLATE_NOOP("EvidenceWords", "Names differ"),
    "same_birth_date": QT_TRANSLATE_NOOP("EvidenceWords", "Same date of birth"),
    "same_birth_date_first_january": QT_TRANSLATE_NOOP(
        "EvidenceWords",
        "Same date of birth, but 1 January (often written when only the year is known)"),
    "birth_date_swapped": QT_TRANSLATE_NOOP(
        "EvidenceWords", "Same date of birth with day and month swapped"),
    "same_birth_year": QT_TRANSLATE_NOOP("EvidenceWords", "Born in the same year"),
    "birth_dates_year_apart": QT_TRANSLATE_NOOP("EvidenceWords", "Born a year apart"),
    "birth_dates_differ": QT_TRANSLATE_NOOP("EvidenceWords", "Different dates of birth"),
    "ages_fit": QT_TRANSLATE_NOOP("EvidenceWords", "Estimated ages fit each other"),
    "ages_far_apart": QT_TRANSLATE_NOOP("EvidenceWords", "Estimated ages far apart"),
    "age_fits_birth_date": QT_TRANSLATE_NOOP("EvidenceWords",
                                             "Age estimate %1 fits the date of birth"),
    "age_does_not_fit_birth_date": QT_TRANSLATE_NOOP(
        "EvidenceWords", "Age estimate %1 does not fit the date of birth"),
    "same_document": QT_TRANSLATE_NOOP("EvidenceWords", "Same document number"),
    "nearly_same_document": QT_TRANSLATE_NOOP(
        "EvidenceWords", "Document numbers the same except for O/0 or I/1"),
    "same_phone": QT_TRANSLATE_NOOP("EvidenceWords", "Same phone number"),
    "same_nationality": QT_TRANSLATE_NOOP("EvidenceWords", "Same nationality (%1)"),
    "other_nationality": QT_TRANSLATE_NOOP("EvidenceWords",
                                           "Different nationality (%1 / %2)"),
    "other_sex": QT_TRANSLATE_NOOP("EvidenceWords", "Different sex recorded"),
}

_COUNTRY_CODES = frozenset({"same_nationality", "other_nationality"})

FOR, AGAINST, NEITHER = "\u2713", "\u2717", "\u2013"  # ✓ ✗ –: marks, not colour alone


def evidence_text(evidence: Evidence) -> str:
    """One reason in words, its quoted names isolated so a name in another script keeps
    its own direction inside the sentence."""
    words = EVIDENCE_WORDS.get(evidence.code)
    if words is None:
        return evidence.text
    values = [country_name(v) if evidence.code in _COUNTRY_CODES else f"\u2068{v}\u2069"
              for v in evidence.values]
    return fill(translate(CONTEXT, words), *values)


def evidence_mark(evidence: Evidence) -> str:
    return FOR if evidence.sign > 0 else AGAINST if evidence.sign < 0 else NEITHER
