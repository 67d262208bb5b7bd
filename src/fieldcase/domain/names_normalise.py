"""``normalise``: one canonical spelling-independent form of a name, in its own script.

The normalised form keeps the script the name was written in (Arabic stays Arabic, Ge'ez
stays Ge'ez); it only removes the differences that spellers and keyboards introduce:
compatibility forms, case, Latin accents, Arabic short-vowel marks and letter variants,
Ge'ez series that sound alike, invisible joiners and direction marks, punctuation.

What can go wrong: marks are stripped only after Latin letters and from Arabic and Ge'ez,
where they are optional; in other scripts (Cyrillic й, Bengali, Myanmar vowel signs) a mark
changes the letter and is kept. The result is for comparison and indexing, never for display.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from fieldcase.domain.names_arabic import ARABIC_FOLDS
from fieldcase.domain.names_ethiopic import fold_ethiopic

# Apostrophe-like characters vanish instead of splitting a word: O'Brien, Sa'id, ʿAbd.
_APOSTROPHES = frozenset("'`´ʹʻʼʽʾʿˈ‘’‛′")

# Latin letters that carry a stroke or hook rather than a combining accent, so NFD leaves
# them whole. Values are what a speller without the letter types.
_LATIN_FOLDS: dict[str, str] = {
    "ø": "o",
    "đ": "d",
    "ð": "d",
    "ł": "l",
    "ħ": "h",
    "ı": "i",
    "ŧ": "t",
    "ŀ": "l",
    "æ": "ae",
    "œ": "oe",
    "þ": "th",
    "ɓ": "b",
    "ɗ": "d",
    "ƙ": "k",
    "ƴ": "y",
}

_MAX_PASSES = 4


@lru_cache(maxsize=4096)
def _is_latin(char: str) -> bool:
    return unicodedata.name(char, "").startswith("LATIN")


@lru_cache(maxsize=1024)
def _is_optional_mark(char: str) -> bool:
    """Arabic harakat (and hamza marks) and Ge'ez gemination marks are optional in writing."""
    name = unicodedata.name(char, "")
    return name.startswith(("ARABIC", "ETHIOPIC COMBINING"))


def _fold_letter(char: str) -> str:
    if char in ARABIC_FOLDS:
        return ARABIC_FOLDS[char]
    if char in _LATIN_FOLDS:
        return _LATIN_FOLDS[char]
    return fold_ethiopic(char)


def _normalise_once(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", unicodedata.normalize("NFKC", text).casefold())
    out: list[str] = []
    # Marks after a Latin letter, after a removed character, or at the start are dropped.
    drop_marks = True
    for char in decomposed:
        category = unicodedata.category(char)
        if category[0] == "M":
            if not drop_marks and not _is_optional_mark(char):
                out.append(char)
            continue
        if char in _APOSTROPHES or category == "Cf":
            drop_marks = True
            continue
        if category[0] == "L":
            out.append(_fold_letter(char))
            drop_marks = _is_latin(char)
        elif category == "Nd":
            out.append(str(unicodedata.decimal(char)))
            drop_marks = True
        elif category[0] == "N":
            out.append(char)
            drop_marks = True
        else:
            out.append(" ")
            drop_marks = True
    return " ".join(unicodedata.normalize("NFC", "".join(out)).split())


def normalise(text: str) -> str:
    """Canonical form for matching: NFKC, casefolded, accents and variant letters folded.

    Arabic: harakat, tatweel and hamza marks removed; alef, yeh, taa marbuta, heh and kaf
    variants folded (Persian and Urdu letters included). Ge'ez: syllables kept, the series
    that sound alike folded (ሐ/ኀ→ሀ, ሠ→ሰ, ዐ→አ, ፀ→ጸ, first order ሀ/አ → fourth order ሃ/ኣ).
    Latin: accents removed, ø/ł/đ and similar folded. Punctuation and symbols become spaces;
    apostrophes, zero-width joiners and direction marks disappear; whitespace is collapsed.
    Digits of any script become ASCII digits.

    Idempotent: ``normalise(normalise(x)) == normalise(x)``. Unicode case folding and
    compatibility normalisation do not always reach a fixed point in one pass, so passes repeat
    until the text stops changing (in practice one or two).
    """
    current = text
    for _ in range(_MAX_PASSES):
        following = _normalise_once(current)
        if following == current:
            return following
        current = following
    return current


def normalised_tokens(text: str) -> tuple[str, ...]:
    """The normalised form split into words."""
    return tuple(normalise(text).split())
