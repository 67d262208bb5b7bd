"""``domain.k_anonymity``: no published equivalence class is smaller than k, whatever the
table; generalisation before suppression of many; an honest account of both."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from fieldcase.domain import htcds
from fieldcase.domain.k_anonymity import WITHHELD, anonymise, classes, suppression_budget

AGES = [band for _, _, band in htcds.AGE_BANDS] + [WITHHELD]
COUNTRIES = ["ER", "ET", "SD", "SO", "AF", "SY", "NG", WITHHELD]

rows = st.lists(st.fixed_dictionaries({
    "gender": st.sampled_from(["Female", "Male", WITHHELD]),
    "ageBroad": st.sampled_from(AGES),
    "citizenship": st.sampled_from(COUNTRIES),
    "CountryOfExploitation": st.sampled_from(COUNTRIES),
    "yearOfRegistration": st.sampled_from(["2023", "2024", "2025", "2026"]),
    "isForcedLabour": st.sampled_from(["1", "0", ""]),
}), max_size=300)


@settings(max_examples=200, deadline=None)
@given(rows, st.integers(min_value=2, max_value=25))
def test_no_equivalence_class_of_an_export_is_smaller_than_k(
        table: list[dict[str, str]], k: int) -> None:
    result = anonymise(table, htcds.HIERARCHIES, k)
    counts = classes(result.rows, htcds.QUASI_IDENTIFIERS)
    assert all(n >= k for n in counts.values())
    assert result.rows_in == len(table) == len(result.rows) + result.suppressed
    assert result.smallest_class == min(counts.values(), default=0)
    # What is not a quasi-identifier is published as it was.
    assert {r["isForcedLabour"] for r in result.rows} <= {r["isForcedLabour"] for r in table}


def test_a_table_smaller_than_k_publishes_nothing() -> None:
    table = [{"gender": "Female", "ageBroad": "9--17", "citizenship": "ER",
              "CountryOfExploitation": "LY", "yearOfRegistration": "2026"}] * 10
    result = anonymise(table, htcds.HIERARCHIES, 11)
    assert result.rows == () and result.suppressed == 10


def test_a_few_outliers_are_suppressed_rather_than_coarsening_everyone() -> None:
    common = {"gender": "Female", "ageBroad": "18--20", "citizenship": "ER",
              "CountryOfExploitation": "LY", "yearOfRegistration": "2026"}
    table = [dict(common) for _ in range(40)]
    table.append({**common, "citizenship": "SO"})  # one Somali woman: she would be found
    result = anonymise(table, htcds.HIERARCHIES, 11)
    assert result.suppressed == 1 and len(result.rows) == 40
    assert dict(result.levels)["citizenship"] == "country"
    assert all(r["citizenship"] == "ER" for r in result.rows)


def test_many_small_classes_are_generalised_before_being_suppressed() -> None:
    table = []
    for index in range(60):  # sixty people, each age band alone with its country
        table.append({"gender": "Male", "ageBroad": AGES[index % 9],
                      "citizenship": "ER", "CountryOfExploitation": "LY",
                      "yearOfRegistration": "2026"})
    assert suppression_budget(60, 11) == 11
    result = anonymise(table, htcds.HIERARCHIES, 11)
    assert dict(result.levels)["ageBroad"] == "minor or adult (0--17, 18+)"
    assert {r["ageBroad"] for r in result.rows} <= {"0--17", "18+"}
    assert result.suppressed <= 11
