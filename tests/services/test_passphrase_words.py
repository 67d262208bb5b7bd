"""Passphrase suggestions in the interface language, never weaker than today's English ones."""

from __future__ import annotations

import hashlib
import itertools
import math
import random
import unicodedata
from pathlib import Path

import pytest

from fieldcase.domain.passphrase import (
    entropy_bits,
    normalize_passphrase,
    reference_entropy_bits,
    word_count_for,
)
from fieldcase.resources import asset_path
from fieldcase.services import passphrase_words, profile

from .conftest import TEST_KDF

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


def test_arabic_draws_eight_words_from_its_own_2048_word_list() -> None:
    assert passphrase_words.list_file("ar") == "wordlist_ar.txt"
    assert passphrase_words.list_file("ar_EG") == "wordlist_ar.txt"
    words = passphrase_words.word_list("wordlist_ar.txt")
    assert len(words) == 2048 and "شمس" in words and "زيتون" in words
    assert word_count_for(len(words)) == 8  # 88 bits >= 77.5, as French and Spanish
    suggestion = passphrase_words.suggest_passphrase("ar", random.Random(3))
    assert len(suggestion.split(" ")) == 8
    assert all(word in words for word in suggestion.split(" "))


# The Arabic letters a worker types one way on any Arabic keyboard: U+0621-U+064A without the
# hamza forms (ء أ إ آ ؤ ئ), taa marbuta and alif maqsura (ة ى), tatweel (U+0640) and the
# Persian/Urdu letters U+063B-063F.
ARABIC_LETTERS = frozenset("ابتثجحخدذرزسشصضطظعغفقكلمنهوي")


def _arabic_list() -> list[str]:
    text = asset_path("passphrase", "wordlist_ar.txt").read_text(encoding="utf-8")
    return text.splitlines()


def test_every_arabic_word_is_written_and_typed_one_way() -> None:
    words = _arabic_list()
    assert len(words) == len(set(words)) == 2048
    assert words == sorted(words)
    for word in words:
        assert 3 <= len(word) <= 7, word
        assert all("\u0621" <= ch <= "\u064a" for ch in word), word
        assert set(word) <= ARABIC_LETTERS, word  # no hamza form, tatweel, ة or ى
        assert word[-1] not in "هي", word  # written ة or ى by many
        assert word[0] != "ا", word  # typed أ or إ by many
        assert unicodedata.normalize("NFKC", word) == word, word
        assert normalize_passphrase(word) == word


def test_no_arabic_word_begins_another() -> None:
    """A prefix-free list: words run together or cut short can't be read two ways, so the
    entropy holds even if the spaces are lost."""
    words = sorted(_arabic_list())
    clashes = [(a, b) for a, b in itertools.pairwise(words) if b.startswith(a)]
    assert clashes == []


def test_no_word_struck_out_on_review_is_on_the_arabic_list() -> None:
    """Words that could hurt a survivor, insult or speak of religion or politics were struck
    out (scripts/wordlist_ar/struck.txt): a regenerated list must not bring them back."""
    root = Path(__file__).resolve().parents[2]
    struck = set((root / "scripts" / "wordlist_ar" / "struck.txt")
                 .read_text(encoding="utf-8").split())
    assert {"شرطة", "سجن", "حدود", "سلاح", "موت"}.isdisjoint(_arabic_list())
    assert struck and struck.isdisjoint(_arabic_list())


def test_the_arabic_list_is_the_one_the_readme_records() -> None:
    digest = hashlib.sha256(asset_path("passphrase", "wordlist_ar.txt").read_bytes()).hexdigest()
    readme = asset_path("passphrase", "README.md").read_text(encoding="utf-8")
    assert digest in readme


def test_arabic_suggestions_pass_the_passphrase_policy() -> None:
    rng = random.Random(11)
    for _ in range(200):
        suggestion = passphrase_words.suggest_passphrase("ar", rng)
        profile.check_new_passphrase(suggestion, user="amina", site="tapachula")
        assert normalize_passphrase(suggestion) == suggestion


def test_an_arabic_suggestion_creates_a_profile_and_unlocks_it_typed_back(
        tmp_path: Path) -> None:
    suggestion = profile.suggest_passphrase("ar")
    assert all(set(word) <= ARABIC_LETTERS for word in suggestion.split(" "))
    folder = tmp_path / "profile"
    profile.create_profile(folder, user="amina", passphrase=suggestion, role="worker",
                           team="lamp", site="LAMP-01", kdf=TEST_KDF)
    typed_back = " ".join(suggestion.split(" "))  # a fresh string, as the unlock box gives
    session = profile.unlock(folder, user="amina", passphrase=typed_back, kdf=TEST_KDF)
    try:
        assert session.actor.user == "amina"
    finally:
        session.close()
    # Some keyboards and copied text give presentation forms (U+FE70-U+FEFF); NFKC folds
    # them back to the letters, so the same passphrase opens the profile.
    presented = suggestion.translate(_ISOLATED_FORMS)
    assert presented != suggestion
    session = profile.unlock(folder, user="amina", passphrase=presented, kdf=TEST_KDF)
    session.close()
    with pytest.raises(profile.ProfileLocked):
        profile.unlock(folder, user="amina", passphrase=suggestion.replace(" ", "", 1),
                       kdf=TEST_KDF)


_ISOLATED_FORMS = {
    ord(unicodedata.normalize("NFKC", chr(code))): chr(code)
    for code in range(0xFE70, 0xFEFF)
    if unicodedata.decomposition(chr(code)).startswith("<isolated>")
    and len(unicodedata.normalize("NFKC", chr(code))) == 1}


def test_accented_words_are_composed_and_open_the_same_key_either_way() -> None:
    words = passphrase_words.word_list("wordlist_es.txt")
    assert "ábaco" in words  # NFC, as typed on a keyboard
    assert all(unicodedata.is_normalized("NFC", word) for word in words)
    decomposed = unicodedata.normalize("NFD", "ábaco")
    assert normalize_passphrase(decomposed) == normalize_passphrase("ábaco")


@pytest.mark.parametrize("language", ["fr", "es", "en", "ar"])
def test_a_suggestion_passes_the_passphrase_policy(language: str) -> None:
    profile.check_new_passphrase(profile.suggest_passphrase(language), user="amina",
                                 site="tapachula")


def test_the_vendored_lists_are_unchanged_and_carry_their_licence() -> None:
    for name, digest in VENDORED.items():
        assert hashlib.sha256(asset_path("passphrase", name).read_bytes()).hexdigest() == digest
    licence = asset_path("passphrase", "LICENSE-mnemonic.txt").read_text(encoding="utf-8")
    assert "MIT License" in licence and "Pavol Rusnak" in licence
