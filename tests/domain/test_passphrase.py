"""Passphrase policy (SP 800-63B style) and the diceware generator."""

from __future__ import annotations

import random
import secrets

import pytest

from fieldcase.domain.passphrase import (
    MIN_GENERATED_ENTROPY_BITS,
    PROBLEM_MESSAGES,
    check_passphrase,
    entropy_bits,
    generate_passphrase,
    normalize_passphrase,
    parse_blocklist,
)
from fieldcase.resources import asset_path

BLOCKLIST = parse_blocklist(
    asset_path("passphrase", "blocklist.txt").read_text(encoding="utf-8").splitlines())
WORDS = asset_path("passphrase", "wordlist.txt").read_text(encoding="utf-8").split()


def problems(passphrase: str, *context: str) -> tuple[str, ...]:
    return check_passphrase(passphrase, context_words=context, blocklist=BLOCKLIST).problems


def test_a_plain_long_passphrase_passes() -> None:
    result = check_passphrase("river stone lantern quiet", context_words=["amina"],
                              blocklist=BLOCKLIST)
    assert result.ok and result.problems == ()


@pytest.mark.parametrize(
    ("passphrase", "problem"),
    [
        ("short one", "too_short"),
        ("x" * 257, "too_long"),
        ("qwerty123456", "blocklisted"),
        ("!!password1234!!", "blocklisted"),
        ("aaaaaaaaaaaaaaa", "repetitive"),
        ("abcabcabcabcabc", "repetitive"),
        ("abcdefghijklmnop", "sequential"),
        ("9876543210543210", "sequential"),
        ("7890123456789", "sequential"),
        ("aaabbbcccdddeee", "sequential"),
        ("qwertyuiop[]\\", "sequential"),
        ("amina-fieldcase-2024", "context_word"),
    ],
)
def test_each_rule_has_a_stable_problem_code(passphrase: str, problem: str) -> None:
    found = problems(passphrase, "Amina")
    assert problem in found
    assert all(code in PROBLEM_MESSAGES for code in found)


def test_no_composition_rules_and_any_script_counts() -> None:
    assert problems("all lower case words here") == ()
    tigrinya = "ሰላም ዓለም ከመይ ኣለኹም"  # Ge'ez script, 15 code points
    assert len(tigrinya) >= 12 and problems(tigrinya) == ()
    assert problems("مرحبا بالعالم الجميل") == ()


def test_length_counts_nfkc_code_points() -> None:
    decomposed = "e\u0301" * 7  # 14 code points, 7 after NFKC composition
    assert normalize_passphrase(decomposed) == "\u00e9" * 7
    assert "too_short" in problems(decomposed)


def test_context_words_only_count_against_length() -> None:
    assert "context_word" in problems("Amina Amina 12", "Amina")
    assert "context_word" not in problems("amina walks the long river road", "Amina")
    assert "context_word" in problems("FIELDCASE rules!")


def test_min_length_may_rise_but_not_fall() -> None:
    with pytest.raises(ValueError):
        check_passphrase("x", context_words=(), blocklist=BLOCKLIST, min_length=8)
    raised = check_passphrase("thirteen char", context_words=(), blocklist=BLOCKLIST,
                              min_length=15)
    assert raised.problems == ("too_short",)


def test_word_list_is_the_eff_large_list() -> None:
    assert len(WORDS) == len(set(WORDS)) == 7776
    assert round(entropy_bits(6, len(WORDS)), 1) == 77.5


def test_generation_is_reproducible_with_a_seeded_rng_and_passes_the_policy() -> None:
    first = generate_passphrase(WORDS, random.Random(1))
    assert first == generate_passphrase(WORDS, random.Random(1))
    assert len(first.split(" ")) == 6
    assert all(word in WORDS for word in first.split(" "))
    assert problems(first) == ()
    system = generate_passphrase(WORDS, secrets.SystemRandom())
    assert len(system.split(" ")) == 6 and problems(system) == ()


def test_generation_refuses_weak_settings() -> None:
    with pytest.raises(ValueError):
        generate_passphrase(WORDS, random.Random(1), count=4)  # 51.7 bits
    with pytest.raises(ValueError):
        generate_passphrase(["same", "same"] * 5000, random.Random(1))
    with pytest.raises(ValueError):
        generate_passphrase(["two words", *WORDS[1:]], random.Random(1))
    assert entropy_bits(5, len(WORDS)) >= MIN_GENERATED_ENTROPY_BITS
