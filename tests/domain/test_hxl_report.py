"""``domain.hxl_report`` over any population: no count shown is below the threshold, no row
gives a hidden cell back by subtraction, and no nationality is named for fewer people."""

from __future__ import annotations

import dataclasses
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from fieldcase.domain import hxl_report
from fieldcase.domain.codes import Sex, Stage
from fieldcase.domain.document_model import CaseDocument

from .test_htcds import document

BASE = document()
person = st.tuples(st.sampled_from(list(Sex)), st.one_of(st.none(), st.integers(0, 70)),
                   st.sampled_from(["ERI", "ETH", "SOM", "SDN", "XXX"]),
                   st.sampled_from(list(Stage)))


def _doc(sex: Sex, age: int | None, nationality: str, stage: Stage) -> CaseDocument:
    return dataclasses.replace(
        BASE, person=dataclasses.replace(BASE.person, sex=sex, age_estimate=age,
                                         nationality=nationality),
        case=dataclasses.replace(BASE.case, stage=stage))


@settings(max_examples=150, deadline=None)
@given(st.lists(person, max_size=200), st.integers(min_value=2, max_value=15))
def test_no_small_count_is_shown_or_can_be_worked_out(
        people: list[tuple[Sex, int | None, str, Stage]], k: int) -> None:
    table = hxl_report.aggregate([_doc(*p) for p in people], k)
    assert table.people == len(people)
    at_stage = Counter((nationality, stage.value) for _, _, nationality, stage in people)
    parts = hxl_report.COUNT_COLUMNS[:-1]
    for row in table.rows:
        cells = dict(zip(hxl_report.COUNT_COLUMNS, row[2:], strict=True))
        assert all(c == "" or int(c) == 0 or int(c) >= k for c in cells.values()), row
        if cells["total"] != "":  # a shown total with one hidden part would give it back
            assert sum(cells[c] == "" for c in parts) != 1, row
        if row[0] != hxl_report.OTHER:
            assert at_stage[(row[0], row[1])] >= k, row
