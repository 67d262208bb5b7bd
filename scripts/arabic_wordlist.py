"""Build and check ``assets/passphrase/wordlist_ar.txt`` from hand-written candidate words.

Why a script: the Arabic list is FieldCase's own (no maintained list exists), written by the
team in themed batches; this keeps only candidates a worker types one way on any Arabic
keyboard, then checks what ``tests/services/test_passphrase_words.py`` checks again.

    python scripts/arabic_wordlist.py build [--without REVIEWED_OUT] CANDIDATES... \
        > assets/passphrase/wordlist_ar.txt
    python scripts/arabic_wordlist.py check assets/passphrase/wordlist_ar.txt

``--without`` names a file of words struck out on review (a word that could hurt a survivor,
sound like an insult or a religious or political term, or mean something else than meant);
``build`` then drops a candidate that breaks a rule (reason on stderr), drops duplicates,
drops every word that is the beginning of another (a shorter word lost costs one word, a
longer word lost may cost several), sorts by code point and keeps the first 2,048 if more remain.
"""

from __future__ import annotations

import itertools
import sys
import unicodedata
from pathlib import Path

LIST_SIZE = 2048
MIN_LETTERS, MAX_LETTERS = 3, 7
# The Arabic letters of U+0621-U+064A without hamza forms (ء أ إ آ ؤ ئ), taa marbuta and
# alif maqsura (ة ى, often typed ه ي), tatweel and the Persian/Urdu letters of U+063B-063F.
LETTERS = frozenset("ابتثجحخدذرزسشصضطظعغفقكلمنهوي")
AMBIGUOUS_ENDINGS = frozenset("هي")  # written ة or ى by many


def problem(word: str) -> str | None:
    """Why ``word`` cannot be on the list, or None."""
    if not MIN_LETTERS <= len(word) <= MAX_LETTERS:
        return "length"
    if not set(word) <= LETTERS:
        return "letters"
    if word[-1] in AMBIGUOUS_ENDINGS:
        return "ending"
    if word[0] == "ا":
        return "initial alif (typed with hamza by many)"
    if unicodedata.normalize("NFKC", word) != word:
        return "not NFKC-stable"
    return None


def prefixes(words: list[str]) -> set[str]:
    """The words that begin another word of ``words``: in code-point order every word between
    a word and one it begins also begins with it, so comparing neighbours finds them all."""
    ordered = sorted(set(words))
    return {a for a, b in itertools.pairwise(ordered) if b.startswith(a)}


def build(paths: list[str]) -> list[str]:
    struck: set[str] = set()
    if paths[:1] == ["--without"]:
        struck = set(Path(paths[1]).read_text(encoding="utf-8").split())
        paths = paths[2:]
    words: list[str] = []
    for path in paths:
        for word in Path(path).read_text(encoding="utf-8").split():
            reason = problem(word)
            if word in struck:
                reason = "struck out on review"
            if reason:
                print(f"drop {word}: {reason}", file=sys.stderr)
            elif word not in words:
                words.append(word)
    dropped = prefixes(words)
    for word in sorted(dropped):
        print(f"drop {word}: begins another word", file=sys.stderr)
    kept = sorted(set(words) - dropped)
    print(f"{len(kept)} words", file=sys.stderr)
    return kept[:LIST_SIZE]


def check(words: list[str]) -> list[str]:
    """Every broken rule, one line each; empty when the list is good."""
    found = [f"{word}: {problem(word)}" for word in words if problem(word)]
    if len(words) != LIST_SIZE:
        found.append(f"{len(words)} words, not {LIST_SIZE}")
    if len(set(words)) != len(words):
        found.append("duplicates")
    found += [f"{word}: begins another word" for word in sorted(prefixes(words))]
    return found


def main(argv: list[str]) -> int:
    if argv[:1] == ["build"]:
        sys.stdout.write("".join(f"{word}\n" for word in build(argv[1:])))
        return 0
    if argv[:1] == ["check"] and len(argv) == 2:
        lines = Path(argv[1]).read_text(encoding="utf-8").splitlines()
        found = check(lines)
        print("\n".join(found) or "ok")
        return 1 if found else 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
