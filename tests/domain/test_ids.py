from __future__ import annotations

import random
import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fieldcase.domain.ids import IdFactory, is_uuid7, uuid7, uuid7_unix_ms

MS = st.integers(min_value=0, max_value=(1 << 48) - 1)
RAND = st.binary(min_size=10, max_size=10)


@given(MS, RAND)
def test_uuid7_is_a_valid_rfc9562_uuid(ms: int, rand: bytes) -> None:
    text = uuid7(ms, rand)
    parsed = uuid.UUID(text)
    assert parsed.version == 7
    assert parsed.variant == uuid.RFC_4122
    assert str(parsed) == text
    assert is_uuid7(text)
    assert uuid7_unix_ms(text) == ms


@given(MS, MS, RAND, RAND)
def test_uuid7_sorts_by_time(a: int, b: int, ra: bytes, rb: bytes) -> None:
    if a < b:
        assert uuid7(a, ra) < uuid7(b, rb)


def test_rfc9562_example_vector() -> None:
    # RFC 9562 appendix A.6: unix_ms 0x017F22E279B0, rand_a 0xCC3, rand_b 0x18C4DC0C0C07398F.
    rand = ((0xCC3 << 68) | 0x18C4DC0C0C07398F).to_bytes(10, "big")
    assert uuid7(0x017F22E279B0, rand) == "017f22e2-79b0-7cc3-98c4-dc0c0c07398f"


def test_uuid7_rejects_bad_input() -> None:
    with pytest.raises(ValueError):
        uuid7(-1, bytes(10))
    with pytest.raises(ValueError):
        uuid7(1 << 48, bytes(10))
    with pytest.raises(ValueError):
        uuid7(0, bytes(9))


@pytest.mark.parametrize(
    "text",
    [
        "0195a0b2-7c00-4000-8000-000000000001",  # version 4
        "0195a0b2-7c00-7000-c000-000000000001",  # wrong variant
        "0195A0B2-7C00-7000-8000-000000000001",  # uppercase
        "0195a0b27c0070008000000000000001",  # no hyphens
        "",
        None,
        42,
    ],
)
def test_is_uuid7_rejects(text: object) -> None:
    assert not is_uuid7(text)


def test_factory_ids_sort_within_one_millisecond() -> None:
    rng = random.Random(7)
    factory = IdFactory(clock_ms=lambda: 1_700_000_000_000, randbytes=rng.randbytes)
    ids = [factory.new() for _ in range(1000)]
    assert ids == sorted(ids)
    assert len(set(ids)) == 1000
    assert all(uuid7_unix_ms(i) == 1_700_000_000_000 for i in ids)


@given(st.lists(st.integers(min_value=0, max_value=5), min_size=1, max_size=200), st.randoms())
def test_factory_is_monotonic_even_when_clock_steps_back(
    steps: list[int], rnd: random.Random
) -> None:
    times = iter([1_000_000 + (s if i % 3 else -s) for i, s in enumerate(steps)])
    factory = IdFactory(clock_ms=lambda: next(times), randbytes=rnd.randbytes)
    ids = [factory.new() for _ in steps]
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)
    assert all(is_uuid7(i) for i in ids)


def test_counter_overflow_advances_the_timestamp() -> None:
    factory = IdFactory(clock_ms=lambda: 5000, randbytes=lambda n: b"\xff" * n)
    factory._counter = (1 << 42) - 2  # white-box: start right below the rollover
    first = factory.new()  # new ms: counter seeded (top bit clear)
    factory._counter = (1 << 42) - 1
    second = factory.new()
    assert uuid7_unix_ms(first) == 5000
    assert uuid7_unix_ms(second) == 5001
    assert first < second


def test_factory_default_clock_and_randomness() -> None:
    factory = IdFactory()
    a, b = factory(), factory()
    assert is_uuid7(a) and is_uuid7(b) and a < b
