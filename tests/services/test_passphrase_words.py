"""Passphrase suggestions in the interface language, never weaker than today's English ones."""

from __future__ import annotations

import hashlib
import math
import random
import unicodedata

import pytest

from fieldcase.domain.passphrase import (
    entropy_bits,
    normalize_passphrase,
    reference_entropy_bits,
    word_count_for,
)
from fieldcase.resources import asset_path
from fieldcase.services import passphrase_words, profile

# The vendored files, byte for byte as the mnemonic 0.21 wheel ships them (README.md there).
VENDORED = {
    "wordlist_fr.txt": "ebc3959ab7801a1df6bac4fa7d970652f1df76b683cd2f4003c941c63d517e59",
    "wordlist_es.txt": "46846a5a0139d1e3cb77293e521c2865f7bcdb82c44e8d0a06a2cd0ecba48c0b",
}


def test_todays_english_suggestion_sets_the_bar_at_six_words_of_7776() -> None:
    assert reference_entropy_bits() == pytest.approx(6 * math.log2(7776))
    assert word_count_for(7776) == 6


@pytest.mark.parametrize("language", ["en", "fr", "es", "ar", "fr_CA", None])
def test_every_language_suggests_at_least_the_english_strength(language: str | None) -> None:
    words = passphrase_words.word_list(passphrase_words.list_file(language))
    suggestion = passphrase_words.suggest_passphrase(language, random.Random(7))
    count = len(suggestion.split(" "))
    assert len(set(words)) == len(words)
    assert all(word in words for word in suggestion.split(" "))
    assert entropy_bits(count, len(words)) >= reference_entropy_bits()
    assert entropy_bits(count - 1, len(words)) < reference_entropy_bits()  # no word wasted


def test_french_and_spanish_draw_eight_words_from_their_own_2048_word_lists() -> None:
    for language, sample in (("fr", "abeille"), ("es", "abeja")):
        words = passphrase_words.word_list(passphrase_words.list_file(language))
        assert len(words) == 2048 and sample in words
        assert word_count_for(len(words)) == 8  # 88 bits; seven would give 77 < 77.5
        suggestion = passphrase_words.suggest_passphrase(language, random.Random(1))
        assert len(suggestion.split(" ")) == 8


def test_arabic_keeps_the_english_list_for_want_of_a_maintained_one() -> None:
    assert passphrase_words.list_file("ar") == passphrase_words.list_file("en")


def test_accented_words_are_composed_and_open_the_same_key_either_way() -> None:
    words = passphrase_words.word_list("wordlist_es.txt")
    assert "ábaco" in words  # NFC, as typed on a keyboard
    assert all(unicodedata.is_normalized("NFC", word) for word in words)
    decomposed = unicodedata.normalize("NFD", "ábaco")
    assert normalize_passphrase(decomposed) == normalize_passphrase("ábaco")


@pytest.mark.parametrize("language", ["fr", "es", "en"])
def test_a_suggestion_passes_the_passphrase_policy(language: str) -> None:
    profile.check_new_passphrase(profile.suggest_passphrase(language), user="amina",
                                 site="tapachula")


def test_the_vendored_lists_are_unchanged_and_carry_their_licence() -> None:
    for name, digest in VENDORED.items():
        assert hashlib.sha256(asset_path("passphrase", name).read_bytes()).hexdigest() == digest
    licence = asset_path("passphrase", "LICENSE-mnemonic.txt").read_text(encoding="utf-8")
    assert "MIT License" in licence and "Pavol Rusnak" in licence
