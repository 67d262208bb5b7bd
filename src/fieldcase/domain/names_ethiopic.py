"""Ge'ez (Ethiopic) letter folding for Tigrinya and Amharic names.

Ge'ez writes syllables: each consonant comes in seven (or eight) vowel "orders". Several
consonants that were once distinct now sound the same in Amharic, and writers pick any of them:
ሀ ሐ ኀ are all "h", ሰ and ሠ are "s", አ and ዐ are the glottal onset, ጸ and ፀ are "ts'". The
first and fourth orders of the laryngeals (ሀ/ሃ, አ/ኣ) are also used interchangeably in names.
Folding each group to one series keeps the syllable (so the vowel survives) while letting
ኃይሌ, ሃይሌ and ሀይሌ meet.

What can go wrong: in Tigrinya some of these pairs are still distinct sounds (ሐ is not ሀ), so
the folding is for search only; never show folded text back to a user.
"""

from __future__ import annotations

_HA_SERIES = 0x1200  # ሀ
_HHA_SERIES = 0x1210  # ሐ
_XA_SERIES = 0x1280  # ኀ
_SZA_SERIES = 0x1220  # ሠ
_SA_SERIES = 0x1230  # ሰ
_GLOTTAL_SERIES = 0x12A0  # አ
_AYN_SERIES = 0x12D0  # ዐ
_TSA_SERIES = 0x1338  # ጸ
_TZA_SERIES = 0x1340  # ፀ
_FIRST_ORDER = 0
_FOURTH_ORDER = 3


def _build_folds() -> dict[int, int]:
    folds: dict[int, int] = {}
    # ሐ and ኀ series onto ሀ, including the eighth (labialised "wa"/"oa") position.
    for series in (_HA_SERIES, _HHA_SERIES, _XA_SERIES):
        for order in range(8):
            target = _FOURTH_ORDER if order == _FIRST_ORDER else order
            folds[series + order] = _HA_SERIES + target
    # ዐ series onto አ; ዐ has only seven orders.
    for series in (_GLOTTAL_SERIES, _AYN_SERIES):
        for order in range(7):
            target = _FOURTH_ORDER if order == _FIRST_ORDER else order
            folds[series + order] = _GLOTTAL_SERIES + target
    for order in range(8):
        folds[_SZA_SERIES + order] = _SA_SERIES + order
        folds[_TZA_SERIES + order] = _TSA_SERIES + order
    return {source: target for source, target in folds.items() if source != target}


ETHIOPIC_FOLDS: dict[int, int] = _build_folds()


def fold_ethiopic(char: str) -> str:
    """Return the representative syllable for one Ethiopic character (others unchanged)."""
    target = ETHIOPIC_FOLDS.get(ord(char))
    return char if target is None else chr(target)
