"""k-anonymity by generalisation and suppression (Sweeney's Datafly heuristic).

A table is *k-anonymous* when every combination of quasi-identifier values it contains (an
*equivalence class*: the facts an outsider could know about a person — sex, age, nationality,
where and when) is shared by at least ``k`` rows, so no row can be narrowed to fewer than ``k``
people by what is published. The Counter Trafficking Data Collaborative publishes its global
dataset at k = 11.

How (Datafly, L. Sweeney, "Achieving k-anonymity privacy protection using generalization and
suppression", 2002): while rows remain in classes smaller than ``k``, either suppress them
(drop the rows) when there are few enough — at most :func:`suppression_budget` — or generalise
by one level the quasi-identifier with the most distinct values (an age band to a wider band,
a country to "withheld"). Every hierarchy ends in one value for all, so the loop ends; with
fewer than ``k`` rows in all, every row is suppressed and the table is empty.

What it does not do: protect against *homogeneity* (all ``k`` rows of a class share the same
sensitive flag, so it is known of each), nor against linking several releases of the same
people over time. The report says what was generalised and suppressed so a reader can judge.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

__all__ = ["WITHHELD", "Anonymised", "Hierarchy", "anonymise", "classes", "suppression_budget"]

WITHHELD = ""
"""The value every hierarchy ends in: not published (an empty cell, as CTDC leaves one)."""


@dataclass(frozen=True)
class Hierarchy:
    """How one quasi-identifier generalises, finest level first. ``levels`` are (name, map)
    pairs; level 0 is usually the identity, and the last must map every value to
    :data:`WITHHELD` (checked by :func:`anonymise`)."""

    column: str
    levels: tuple[tuple[str, Callable[[str], str]], ...]

    @property
    def top(self) -> int:
        return len(self.levels) - 1


@dataclass(frozen=True)
class Anonymised:
    """The published rows and what it took: the level each quasi-identifier ended at (by
    name), how many rows were suppressed, and the smallest class left (0 when none)."""

    rows: tuple[dict[str, str], ...]
    k: int
    rows_in: int
    suppressed: int
    levels: tuple[tuple[str, str], ...]
    smallest_class: int
    class_count: int


def suppression_budget(row_count: int, k: int) -> int:
    """Rows Datafly may drop instead of generalising further: ``k`` (Sweeney's choice), or 5%
    of the table when that is more, so a large table is not coarsened for a few outliers."""
    return max(k, row_count // 20)


def classes(rows: Sequence[Mapping[str, str]], columns: Sequence[str]) -> Counter[tuple[str, ...]]:
    """How many rows share each combination of ``columns``' values."""
    return Counter(tuple(row[c] for c in columns) for row in rows)


def anonymise(rows: Sequence[Mapping[str, str]], hierarchies: Sequence[Hierarchy],
              k: int) -> Anonymised:
    """``rows`` generalised and suppressed until every class has at least ``k`` rows. Columns
    without a hierarchy are kept as they are (they are not quasi-identifiers)."""
    if k < 1:
        raise ValueError("k is at least 1")
    columns = [h.column for h in hierarchies]
    for hierarchy in hierarchies:
        last = hierarchy.levels[-1][1]
        if any(last(row[hierarchy.column]) != WITHHELD for row in rows):
            raise ValueError(f"{hierarchy.column}: the last level must withhold every value")
    level = dict.fromkeys(columns, 0)
    budget = suppression_budget(len(rows), k)
    while True:
        current = [_generalise(row, hierarchies, level) for row in rows]
        counts = classes(current, columns)
        outliers = [row for row in current if counts[_key(row, columns)] < k]
        movable = [h for h in hierarchies if level[h.column] < h.top]
        if not outliers or len(outliers) <= budget or not movable:
            break
        widest = max(movable, key=lambda h: (len({row[h.column] for row in current}),
                                             -columns.index(h.column)))
        level[widest.column] += 1
    kept = tuple(row for row in current if counts[_key(row, columns)] >= k)
    final = classes(kept, columns)
    return Anonymised(
        rows=kept, k=k, rows_in=len(rows), suppressed=len(rows) - len(kept),
        levels=tuple((h.column, h.levels[level[h.column]][0]) for h in hierarchies),
        smallest_class=min(final.values(), default=0), class_count=len(final))


def _generalise(row: Mapping[str, str], hierarchies: Sequence[Hierarchy],
                level: Mapping[str, int]) -> dict[str, str]:
    out = dict(row)
    for hierarchy in hierarchies:
        out[hierarchy.column] = hierarchy.levels[level[hierarchy.column]][1](row[hierarchy.column])
    return out


def _key(row: Mapping[str, str], columns: Sequence[str]) -> tuple[str, ...]:
    return tuple(row[c] for c in columns)
