"""Counts of people by nationality and stage, split by sex and age, tagged for HXL.

Humanitarian reporting (sector dashboards, HDX) reads tables whose second row holds
Humanitarian Exchange Language hashtags (https://hxlstandard.org): ``#country+code`` says
"this column is a country code", ``#affected+f+children`` "girls affected". A table with that
row is read by any HXL tool without a mapping by hand.

Counts of people leak too: a cell of 1 or 2 names someone to whoever knows the border post.
Every cell below ``threshold`` is left empty (*primary suppression*); when a row has exactly one
such cell, its total would give it back, so the row's smallest other count is emptied as well
(*secondary suppression*); a row whose total is below ``threshold`` shows no count at all,
not even its zeros. Rows of nationalities with fewer than ``threshold`` people at a stage are
first gathered into one row, ``XXX`` (other or unspecified nationalities).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Final

from fieldcase.domain.codes import Sex, Stage
from fieldcase.domain.document_model import CaseDocument, age_on

__all__ = ["COUNT_COLUMNS", "HEADER", "HXL_TAGS", "AggregateTable", "aggregate"]

ADULT_AGE: Final = 18
OTHER: Final = "XXX"
"""The nationality of the row that gathers small rows: ICAO's "unspecified" code, so the row
reads as other or unspecified nationalities."""
COUNT_COLUMNS: Final = ("girls", "boys", "women", "men", "unspecified", "total")
HEADER: Final = ("Nationality", "Stage", "Girls (under 18)", "Boys (under 18)", "Women",
                 "Men", "Sex or age not recorded", "Total")
HXL_TAGS: Final = ("#country+code+nationality", "#status+stage", "#affected+f+children",
                   "#affected+m+children", "#affected+f+adults", "#affected+m+adults",
                   "#affected+unspecified", "#affected+total")


@dataclass(frozen=True)
class AggregateTable:
    """``rows``: nationality, stage, then the counts of :data:`COUNT_COLUMNS` as text, an
    empty string where suppressed. ``suppressed``: cells emptied (primary and secondary)."""

    rows: tuple[tuple[str, ...], ...]
    threshold: int
    people: int
    suppressed_primary: int
    suppressed_secondary: int


def _column(doc: CaseDocument, today: date) -> str:
    age = age_on(doc, today)
    sex = doc.person.sex
    if age is None or sex not in (Sex.FEMALE, Sex.MALE):
        return "unspecified"
    if age < ADULT_AGE:
        return "girls" if sex is Sex.FEMALE else "boys"
    return "women" if sex is Sex.FEMALE else "men"


def aggregate(documents: Iterable[CaseDocument], threshold: int) -> AggregateTable:
    """The table of ``documents`` (each counted once, its age on the day its case opened)."""
    if threshold < 1:
        raise ValueError("the threshold is at least 1")
    counts: dict[tuple[str, str], Counter[str]] = {}
    people = 0
    for doc in documents:
        key = (doc.person.nationality, doc.case.stage.value)
        counts.setdefault(key, Counter())[_column(doc, doc.case.opened_on)] += 1
        people += 1
    counts = _fold_small_rows(counts, threshold)
    stage_order = [s.value for s in Stage]
    rows: list[tuple[str, ...]] = []
    primary = secondary = 0
    for (nationality, stage), cell in sorted(
            counts.items(), key=lambda item: (item[0][0], stage_order.index(item[0][1]))):
        values = {c: cell[c] for c in COUNT_COLUMNS[:-1]}
        values["total"] = sum(values.values())
        hidden = {c for c, n in values.items() if 0 < n < threshold}
        primary += len(hidden)
        if "total" in hidden:  # even its zeros would say who the few are: show nothing
            hidden = set(COUNT_COLUMNS)
        parts = list(COUNT_COLUMNS[:-1])
        if len(hidden & set(parts)) == 1 and "total" not in hidden:
            others = [c for c in parts if c not in hidden and values[c] > 0]
            if others:
                hidden.add(min(others, key=lambda c: values[c]))
            else:
                hidden.add("total")
            secondary += 1
        rows.append((nationality, stage, *("" if c in hidden else str(values[c])
                                          for c in COUNT_COLUMNS)))
    return AggregateTable(tuple(rows), threshold, people, primary, secondary)


def _fold_small_rows(counts: dict[tuple[str, str], Counter[str]], threshold: int
                     ) -> dict[tuple[str, str], Counter[str]]:
    """A row holding fewer than ``threshold`` people would say, by being there, that someone
    of that nationality passed at that stage: such rows join the stage's :data:`OTHER` row."""
    folded: dict[tuple[str, str], Counter[str]] = {}
    for (nationality, stage), cell in counts.items():
        key = (nationality, stage) if sum(cell.values()) >= threshold else (OTHER, stage)
        folded.setdefault(key, Counter()).update(cell)
    return folded
