"""Passphrase policy (NIST SP 800-63B style) and a diceware-style passphrase generator.

Pure: the blocklist and the word list are handed in by the caller (services load them from
``assets/passphrase``), so this module does no I/O.

Why these rules:

- **Minimum 12 code points, not NIST's 8.** SP 800-63B's 8-character floor assumes the
  verifier rate-limits guesses online. FieldCase's main threat is a laptop lost or seized at
  a border: the key-slot file can be copied and attacked offline, where only Argon2id's cost
  (about one second and 64 MiB or more per guess) slows the attacker. Twelve characters is the
  shortest length at which a human-chosen passphrase that passes the blocklist resists a
  well-funded offline attack for years at that cost, while staying typeable on shared laptops
  with changing keyboard layouts. Organisations may raise it (``min_length``); revision 4 of
  SP 800-63B asks for 15 when a password is the only factor, and a generated six-word
  passphrase easily meets that.
- **No composition rules** (no "one digit, one symbol"): they push people to predictable
  patterns and do not add strength (SP 800-63B 3.1.1.2).
- **All of Unicode**, normalised with NFKC and each code point counted as one character, so a
  name typed in Ge'ez or Arabic script counts fully and a passphrase typed on another keyboard
  (full-width digits, composed vs. decomposed accents) still derives the same key. The key
  derivation in ``storage.keys`` uses the same :func:`normalize_passphrase`.
- **Rejected**: entries of a common-password list, repetitive or sequential strings and
  context words (the user name, the product name, the site), as SP 800-63B asks.

What it cannot do: judge a passphrase that is personal but not in any list (a child's name
and birth year). The strength meter is the Argon2id cost plus length, not this check.
"""

from __future__ import annotations

import itertools
import math
import random
import unicodedata
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Final

MIN_LENGTH: Final = 12
MAX_LENGTH: Final = 256
MIN_GENERATED_ENTROPY_BITS: Final = 64.0
DEFAULT_WORD_COUNT: Final = 6
PRODUCT_CONTEXT_WORDS: Final = ("fieldcase", "field case")
_MIN_DISTINCT_CHARACTERS: Final = 5
_MIN_CONTEXT_WORD_LENGTH: Final = 3
_KEYBOARD_RUNS: Final = (
    "`1234567890-=",
    "qwertyuiop[]\\",
    "asdfghjkl;'",
    "zxcvbnm,./",
    "qwertzuiopü",
    "azertyuiop",
    "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik,9ol.0p;/",
)

PROBLEM_MESSAGES: Final[dict[str, str]] = {
    "too_short": f"Use at least {MIN_LENGTH} characters; several words are easiest.",
    "too_long": f"Use at most {MAX_LENGTH} characters.",
    "blocklisted": "This is one of the most common passwords; choose something else.",
    "repetitive": "Too repetitive: repeated characters or a repeated short pattern.",
    "sequential": "A keyboard or alphabet sequence is guessed first; choose something else.",
    "context_word": "Do not build it from your user name, the site or the product name.",
}


@dataclass(frozen=True)
class PolicyResult:
    """``ok`` is True when ``problems`` is empty; problems are keys of PROBLEM_MESSAGES."""

    ok: bool
    problems: tuple[str, ...]


def normalize_passphrase(passphrase: str) -> str:
    """The form every check and every key derivation uses (NFKC; nothing stripped)."""
    return unicodedata.normalize("NFKC", passphrase)


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def parse_blocklist(lines: Iterable[str]) -> frozenset[str]:
    """Turn the lines of ``blocklist.txt`` into the set :func:`check_passphrase` expects."""
    return frozenset(_fold(line.strip()) for line in lines if line.strip())


def check_passphrase(
    passphrase: str,
    *,
    context_words: Iterable[str],
    blocklist: Collection[str],
    min_length: int = MIN_LENGTH,
) -> PolicyResult:
    """Check a new passphrase; every problem found is reported, not just the first.

    ``blocklist`` must hold case-folded NFKC entries (use :func:`parse_blocklist`).
    ``context_words`` are the user name, the site and the like; the product name is always
    added. Raises ValueError if an organisation tries to set ``min_length`` below the floor.
    """
    if min_length < MIN_LENGTH:
        raise ValueError(f"min_length may be raised but never set below {MIN_LENGTH}")
    text = normalize_passphrase(passphrase)
    folded = text.casefold()
    problems: list[str] = []
    if len(text) < min_length:
        problems.append("too_short")
    if len(text) > MAX_LENGTH:
        problems.append("too_long")
    if _is_blocklisted(folded, blocklist):
        problems.append("blocklisted")
    if folded and _is_repetitive(folded, min_length):
        problems.append("repetitive")
    if _is_sequential(folded):
        problems.append("sequential")
    if _leans_on_context(folded, context_words, min_length):
        problems.append("context_word")
    return PolicyResult(ok=not problems, problems=tuple(problems))


def _is_blocklisted(folded: str, blocklist: Collection[str]) -> bool:
    """The whole passphrase, or its letters once digits and symbols around them are dropped."""
    core = folded.strip(" 0123456789!@#$%^&*()-_=+.,;:?'\"/\\|`~[]{}<>")
    return folded in blocklist or folded.strip() in blocklist or (bool(core) and core in blocklist)


def _is_repetitive(folded: str, min_length: int) -> bool:
    if len(set(folded)) < _MIN_DISTINCT_CHARACTERS:
        return True
    for unit_length in range(1, min(min_length, len(folded) // 2 + 1)):
        if len(folded) % unit_length == 0:
            unit = folded[:unit_length]
            if unit * (len(folded) // unit_length) == folded:
                return True
    return False


def _is_sequential(folded: str) -> bool:
    compact = "".join(folded.split())
    if len(compact) < 3:
        return False
    breaks = sum(1 for a, b in itertools.pairwise(compact) if not _is_small_step(a, b))
    if breaks <= len(compact) // 6:  # almost all runs like "abcd", "4321", "7890", "aabb"
        return True
    runs = _KEYBOARD_RUNS + tuple(run[::-1] for run in _KEYBOARD_RUNS)
    return any(compact in run * 3 for run in runs)


def _is_small_step(a: str, b: str) -> bool:
    step = ord(b) - ord(a)
    return abs(step) <= 1 or (a.isdigit() and b.isdigit() and abs(step) == 9)


def _leans_on_context(folded: str, context_words: Iterable[str], min_length: int) -> bool:
    """True when what is left after removing every context word is shorter than the minimum.

    A context word adds almost nothing an attacker would not try first, so it must not count
    towards the length; a long passphrase that merely mentions the site is fine.
    """
    words = {_fold(word).strip() for word in (*context_words, *PRODUCT_CONTEXT_WORDS)}
    found = False
    remainder = folded
    for word in sorted(words, key=len, reverse=True):
        if len(word) >= _MIN_CONTEXT_WORD_LENGTH and word in remainder:
            found = True
            remainder = remainder.replace(word, "")
    return found and len(remainder.strip()) < min_length


def entropy_bits(word_count: int, list_size: int) -> float:
    """Entropy of a passphrase of ``word_count`` words drawn uniformly from ``list_size``."""
    return word_count * math.log2(list_size) if list_size > 1 else 0.0


REFERENCE_LIST_SIZE: Final = 7776
"""The English list's size (EFF large list): with DEFAULT_WORD_COUNT words it sets the strength
every suggestion must reach, whatever the language's list."""


def reference_entropy_bits() -> float:
    """The strength of today's English suggestion: six words of 7,776 (77.5 bits)."""
    return entropy_bits(DEFAULT_WORD_COUNT, REFERENCE_LIST_SIZE)


def word_count_for(list_size: int, at_least_bits: float | None = None) -> int:
    """The fewest words drawn from a list of ``list_size`` that carry ``at_least_bits`` (the
    English suggestion's strength unless told): a shorter list needs more words, never a
    weaker passphrase (the BIP-39 lists of 2,048 words need eight, 88 bits)."""
    target = reference_entropy_bits() if at_least_bits is None else at_least_bits
    if list_size < 2:
        raise ValueError("a word list needs at least two words")
    return max(1, math.ceil(target / math.log2(list_size) - 1e-9))


def generate_passphrase(
    words: Sequence[str],
    rng: random.Random,
    count: int = DEFAULT_WORD_COUNT,
) -> str:
    """Diceware-style passphrase: ``count`` words drawn independently, joined by spaces.

    With the EFF large list (7,776 words, 12.9 bits each) six words give 77.5 bits, five
    give 64.6. Pass ``secrets.SystemRandom()`` in production; a seeded ``random.Random`` is
    for tests only. Raises ValueError if the list has duplicates, words containing spaces, or
    if the result would carry fewer than MIN_GENERATED_ENTROPY_BITS bits.
    """
    unique = set(words)
    if len(unique) != len(words):
        raise ValueError("the word list contains duplicates, which lowers the entropy")
    if any(not word or any(ch.isspace() for ch in word) for word in words):
        raise ValueError("word list entries must be non-empty and contain no spaces")
    if entropy_bits(count, len(words)) < MIN_GENERATED_ENTROPY_BITS:
        raise ValueError(
            f"{count} words from a list of {len(words)} give fewer than "
            f"{MIN_GENERATED_ENTROPY_BITS:.0f} bits; use more words or a longer list"
        )
    return " ".join(rng.choice(words) for _ in range(count))
