"""Name matching for offline search: one person spelled three ways in two scripts.

The public surface of the ``names_*`` modules. The storage layer indexes ``search_terms`` of
every name in an FTS5 table inside the encrypted store and searches with ``query_terms``;
``name_similarity`` ranks what comes back. See docs/search.md for the whole pipeline.

- ``normalise``: canonical form in the original script (names_normalise).
- ``latin_skeleton``: the Latin consonant skeleton, one word per name unit (names_skeleton).
- ``phonetic_keys``: one coarse key per unit, for an exact-match column.
- ``search_terms`` / ``query_terms``: what to index and what to look up.
- ``name_similarity``: 0..1 score, token-order-insensitive (names_similarity).
- ``normalise_phone``, ``normalise_document_number`` and friends (names_identifiers).

Everything here is pure and total: any string, including unpaired combining marks, direction
marks and joiners, gives a result and never raises.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from fieldcase.domain.names_identifiers import (
    document_number_key,
    national_number,
    normalise_document_number,
    normalise_phone,
    phone_numbers_match,
)
from fieldcase.domain.names_normalise import normalise
from fieldcase.domain.names_similarity import name_similarity
from fieldcase.domain.names_skeleton import NameUnit, name_units, phonetic_key

__all__ = [
    "MIN_PREFIX_LENGTH",
    "QueryGroup",
    "QueryTerms",
    "document_number_key",
    "latin_skeleton",
    "name_similarity",
    "national_number",
    "normalise",
    "normalise_document_number",
    "normalise_phone",
    "phone_numbers_match",
    "phonetic_keys",
    "query_terms",
    "search_terms",
]

MIN_PREFIX_LENGTH = 2
"""Shorter prefixes match too much of the index to be worth a query."""


def latin_skeleton(text: str) -> str:
    """The Latin consonant skeleton of a name, one space-separated word per name unit.

    "Mohammed", "Muhammad", "Mohamed" and "محمد" all give ``mhmd``; "Abd al-Rahman" and
    "عبد الرحمن" give ``abdrhmn``. Idempotent on its own output. Spellings that differ only
    in vowel length ("Yusuf" ``ysf`` / "يوسف" ``ywsf``) still meet through ``search_terms``.
    """
    current = " ".join(unit.skeleton for unit in name_units(text))
    # A unit's skeleton can itself read as a compound prefix ("ubð a" gives "abd a", which
    # reads as "Abd a..."), so re-read the whole output until it is a fixed point.
    for _ in range(_MAX_SKELETON_PASSES):
        following = " ".join(unit.skeleton for unit in name_units(current))
        if following == current:
            break
        current = following
    return current


_MAX_SKELETON_PASSES = 4


def phonetic_keys(text: str) -> tuple[str, ...]:
    """One coarse phonetic key per name unit (the skeleton with b/p and d/t merged)."""
    return tuple(phonetic_key(unit.skeleton) for unit in name_units(text))


def _unit_terms(unit: NameUnit) -> list[str]:
    terms = list(unit.surface)
    if len(unit.surface) > 1:
        terms.append("".join(unit.surface))
    terms.extend(unit.variants)
    terms.extend(unit.parts)
    terms.append(phonetic_key(unit.skeleton))
    return terms


def _unique(terms: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(term for term in terms if term))


@functools.lru_cache(maxsize=65_536)
def search_terms(text: str) -> tuple[str, ...]:
    """The terms to index for a name, in a stable order, without duplicates.

    Cached like ``name_units``: a pull writes thousands of cases whose given and family names
    recur (2,000 synthetic cases: 5,672 names, 2,874 distinct), and what is left once the
    units are cached is mostly building this tuple again.

    Per name unit: the normalised words (original script), the joined compound ("abdalrahman"),
    every skeleton reading, the readings of a compound's second part (so "Rahman" finds
    "Abdulrahman"), and the phonetic key. All terms are single words of letters and digits.
    """
    terms: list[str] = []
    for unit in name_units(text):
        terms.extend(_unit_terms(unit))
    return _unique(terms)


@dataclass(frozen=True, slots=True)
class QueryGroup:
    """The alternatives for one typed name unit: any one of them matching is enough."""

    exact: tuple[str, ...]
    prefix: tuple[str, ...] = ()
    """Terms to match as prefixes (``"term"*``); only the last unit has them."""


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


@dataclass(frozen=True, slots=True)
class QueryTerms:
    """What to look up for a typed query, one group per name unit."""

    groups: tuple[QueryGroup, ...]

    @property
    def exact(self) -> tuple[str, ...]:
        """Every exact term of every group, without duplicates."""
        return _unique([term for group in self.groups for term in group.exact])

    @property
    def prefix(self) -> tuple[str, ...]:
        """Every prefix term, without duplicates."""
        return _unique([term for group in self.groups for term in group.prefix])

    def fts5_match(self, *, require_all: bool = True) -> str:
        """An FTS5 MATCH expression: each group an OR of its terms, groups ANDed.

        With ``require_all=False`` the groups are ORed instead (wider recall, rank after).
        Terms are double-quoted, so no query syntax can be injected. Empty when there is
        nothing to look for; do not run an empty MATCH.
        """
        clauses = []
        for group in self.groups:
            alternatives = [_quote(t) for t in group.exact] + [
                _quote(t) + "*" for t in group.prefix
            ]
            if alternatives:
                clauses.append("(" + " OR ".join(alternatives) + ")")
        return (" AND " if require_all else " OR ").join(clauses)


def query_terms(text: str) -> QueryTerms:
    """The terms to look up for what a user typed, grouped per name unit.

    Each group holds the same kinds of terms ``search_terms`` indexes, so a group matches a
    record when any term is equal. The last group also carries prefix terms (its last
    normalised word and its skeleton readings, each at least ``MIN_PREFIX_LENGTH`` long) so
    that "Moh", "محم" or "Yous" already find Mohammed, محمد and Youssef while being typed.
    """
    units = name_units(text)
    groups: list[QueryGroup] = []
    for position, unit in enumerate(units):
        prefix: tuple[str, ...] = ()
        if position == len(units) - 1:
            candidates = [unit.surface[-1], *unit.variants]
            prefix = _unique([t for t in candidates if len(t) >= MIN_PREFIX_LENGTH])
        groups.append(QueryGroup(exact=_unique(_unit_terms(unit)), prefix=prefix))
    return QueryTerms(tuple(groups))
