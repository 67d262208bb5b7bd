"""``name_similarity``: how alike two names are, 0..1, across scripts and word order.

Each name is split into units (see :mod:`names_skeleton`). Units are compared pairwise:

- the same normalised words: 1.0;
- a shared skeleton reading (Mohamed ~ محمد, Yusuf ~ Youssef): 0.95;
- the same coarse phonetic key (Ahmed ~ Ahmet): 0.9;
- a compound against its second part alone (Abdul Rahman ~ Rahman): 0.75;
- otherwise a blend of the edit similarity of the closest readings and of the fuzzy ratio
  of the ASCII transliterations, scaled to at most 0.8, so a near miss never outranks a match.

Units are then paired greedily (best pair first) so word order does not matter, and the
score is the mean over the shorter name, lowered a little when the longer name has words
the shorter lacks ("Mohammed" ~ "Mohammed Ali" is 0.9, not 1.0).

What can go wrong: the score measures spelling and sound only. Two people can share a name,
and one person can have two names; use it to rank and to prompt a person to look, never to
decide that two records are one.
"""

from __future__ import annotations

import functools

from rapidfuzz.distance import Indel, Levenshtein

from fieldcase.domain.names_skeleton import NameUnit, name_units, phonetic_key

SAME_WORDS = 1.0
SAME_READING = 0.95
SAME_PHONETIC_KEY = 0.9
COMPOUND_PART = 0.75
NEAR_MISS_CEILING = 0.8
_SKELETON_WEIGHT = 0.6
_EXTRA_WORDS_WEIGHT = 0.2


@functools.lru_cache(maxsize=65_536)
def unit_similarity(left: NameUnit, right: NameUnit) -> float:
    """Similarity of two name units, 0..1 (see the module docstring for the scale).

    Cached: a search re-ranks up to 200 names against the one typed, and their words repeat
    (the same given and family names across many cases)."""
    if left.surface == right.surface:
        return SAME_WORDS
    if not set(left.variants).isdisjoint(right.variants):
        return SAME_READING
    if phonetic_key(left.skeleton) == phonetic_key(right.skeleton):
        return SAME_PHONETIC_KEY
    if not set(left.parts).isdisjoint(right.variants) or not set(right.parts).isdisjoint(
        left.variants
    ):
        return COMPOUND_PART
    closest = max(
        Levenshtein.normalized_similarity(mine, theirs)
        for mine in left.variants
        for theirs in right.variants
    )
    spelling = Indel.normalized_similarity(left.ascii, right.ascii)
    blended = _SKELETON_WEIGHT * closest + (1 - _SKELETON_WEIGHT) * spelling
    return NEAR_MISS_CEILING * blended


def units_similarity(left: tuple[NameUnit, ...], right: tuple[NameUnit, ...]) -> float:
    """Order-insensitive similarity of two unit lists, 0..1; 0.0 when either is empty."""
    if not left or not right:
        return 0.0
    shorter, longer = (left, right) if len(left) <= len(right) else (right, left)
    pairs = sorted(
        (
            (unit_similarity(mine, theirs), i, j)
            for i, mine in enumerate(shorter)
            for j, theirs in enumerate(longer)
        ),
        reverse=True,
    )
    used_short: set[int] = set()
    used_long: set[int] = set()
    total = 0.0
    for score, i, j in pairs:
        if i in used_short or j in used_long:
            continue
        used_short.add(i)
        used_long.add(j)
        total += score
    coverage = len(shorter) / len(longer)
    mean = total / len(shorter)
    return mean * (1 - _EXTRA_WORDS_WEIGHT + _EXTRA_WORDS_WEIGHT * coverage)


def name_similarity(first: str, second: str) -> float:
    """How alike two names are, 0..1, whatever their scripts and word order.

    1.0 for the same words; about 0.95 for two spellings of one name (Mohamed ~ محمد);
    around 0.6 for different names that share consonants (Mohammed ~ Mahmoud); 0.0 when
    either name has no letters.
    """
    return units_similarity(name_units(first), name_units(second))
