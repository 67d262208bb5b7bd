"""Suggested passphrases in the interface language: which word list, and how many words.

French and Spanish draw from the BIP-39 lists (2,048 words each, vendored unchanged from the
``mnemonic`` package: ``assets/passphrase/README.md``); Arabic from FieldCase's own list of
2,048 common Modern Standard Arabic words (no maintained list exists: BIP-39 and the EFF
publish none), each typed one way on any Arabic keyboard (no hamza forms, no word ending in
a letter people write two ways, no diacritics), built and checked by
``scripts/arabic_wordlist.py``; English, and every language without a list of its own, from
the EFF large list (7,776 words).

A shorter list gives fewer bits per word, so the number of words follows the list
(``domain.passphrase.word_count_for``): every suggestion is at least as strong as six English
words (77.5 bits); French, Spanish and Arabic suggestions have eight words (88 bits).

The BIP-39 files store accented letters decomposed (NFKD); they are composed (NFC) here so the
words show and copy as typed. The key derivation normalises with NFKC, so either form of a
word opens the same profile.
"""

from __future__ import annotations

import random
import secrets
import unicodedata
from functools import cache
from typing import Final

from fieldcase.domain import passphrase as passphrase_policy
from fieldcase.resources import read_lines

ENGLISH_LIST: Final = "wordlist.txt"
WORD_LISTS: Final[dict[str, str]] = {
    "fr": "wordlist_fr.txt", "es": "wordlist_es.txt", "ar": "wordlist_ar.txt"}


def list_file(language: str | None) -> str:
    """The word list file for an interface language (``fr_CA`` -> the French list)."""
    head = (language or "").replace("-", "_").split("_")[0].lower()
    return WORD_LISTS.get(head, ENGLISH_LIST)


@cache
def word_list(file_name: str) -> tuple[str, ...]:
    return tuple(unicodedata.normalize("NFC", word)
                 for word in read_lines("passphrase", file_name))


def suggest_passphrase(language: str | None = None,
                       rng: random.Random | None = None) -> str:
    """Random words in ``language`` (English when it has no list), as many as the list needs
    to reach the English suggestion's strength. ``rng`` is for tests only."""
    words = word_list(list_file(language))
    return passphrase_policy.generate_passphrase(
        words, rng or secrets.SystemRandom(), passphrase_policy.word_count_for(len(words)))
