from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fieldcase.domain.errors import FieldCaseError
from fieldcase.domain.hlc import DEFAULT_MAX_DRIFT_MS, ClockDriftError, HybridLogicalClock, Stamp

WALL = st.integers(min_value=0, max_value=10**13)
COUNTER = st.integers(min_value=0, max_value=1000)
NODE = st.from_regex(r"[A-Za-z0-9._-]{1,12}", fullmatch=True)
STAMPS = st.builds(Stamp, WALL, COUNTER, NODE)


class FakeWall:
    def __init__(self, now: int) -> None:
        self.now = now

    def __call__(self) -> int:
        return self.now


@given(STAMPS)
def test_encode_round_trip(stamp: Stamp) -> None:
    assert Stamp.decode(stamp.encode()) == stamp


@given(STAMPS, STAMPS)
def test_encoding_sorts_like_stamps(a: Stamp, b: Stamp) -> None:
    assert (a < b) == (a.encode() < b.encode())
    assert (a == b) == (a.encode() == b.encode())


@pytest.mark.parametrize("text", ["", "x", "0000000000-00000000-n", "000000000000-0000000g-n"])
def test_decode_rejects_garbage(text: str) -> None:
    with pytest.raises(ValueError):
        Stamp.decode(text)


@pytest.mark.parametrize(
    ("wall", "counter", "node"),
    [(-1, 0, "n"), (1 << 48, 0, "n"), (0, -1, "n"), (0, 1 << 32, "n"), (0, 0, ""), (0, 0, "a b")],
)
def test_stamp_rejects_out_of_range(wall: int, counter: int, node: str) -> None:
    with pytest.raises(ValueError):
        Stamp(wall, counter, node)


@given(st.lists(st.integers(min_value=-1000, max_value=1000), min_size=1, max_size=100))
def test_now_is_strictly_monotonic_whatever_the_wall_clock_does(deltas: list[int]) -> None:
    wall = FakeWall(10**12)
    clock = HybridLogicalClock("a", wall)
    previous = clock.now()
    for delta in deltas:
        wall.now = max(0, wall.now + delta)
        stamp = clock.now()
        assert stamp > previous
        previous = stamp


@given(
    st.lists(
        st.tuples(st.booleans(), st.integers(min_value=-500, max_value=500), WALL, COUNTER),
        min_size=1,
        max_size=60,
    )
)
def test_observe_is_greater_than_both(events: list[tuple[bool, int, int, int]]) -> None:
    wall = FakeWall(10**12)
    clock = HybridLogicalClock("local", wall, max_drift_ms=10**14)
    last = clock.now()
    for is_remote, delta, remote_wall, remote_counter in events:
        wall.now = max(0, wall.now + delta)
        if is_remote:
            remote = Stamp(remote_wall, remote_counter, "remote")
            stamp = clock.observe(remote)
            assert stamp > remote
        else:
            stamp = clock.now()
        assert stamp > last
        assert stamp.wall_ms >= wall.now
        last = stamp


def test_stamps_stay_close_to_wall_time() -> None:
    wall = FakeWall(1000)
    clock = HybridLogicalClock("a", wall)
    clock.observe(Stamp(1500, 7, "b"))
    assert clock.now() == Stamp(1500, 9, "a")
    wall.now = 2000
    assert clock.now() == Stamp(2000, 0, "a")


def test_observe_same_wall_takes_max_counter() -> None:
    wall = FakeWall(100)
    clock = HybridLogicalClock("a", wall, last=Stamp(200, 3, "old-node"))
    assert clock.last == Stamp(200, 3, "a")
    assert clock.observe(Stamp(200, 9, "b")) == Stamp(200, 10, "a")
    assert clock.node == "a"


def test_drift_beyond_limit_is_refused_and_named() -> None:
    wall = FakeWall(1_000_000_000)
    clock = HybridLogicalClock("a", wall)
    before = clock.now()
    ahead = Stamp(wall.now + DEFAULT_MAX_DRIFT_MS + 3_600_000, 0, "b")
    with pytest.raises(ClockDriftError) as info:
        clock.observe(ahead)
    assert info.value.drift_ms == DEFAULT_MAX_DRIFT_MS + 3_600_000
    assert "1 d 1 h ahead" in str(info.value)
    assert isinstance(info.value, FieldCaseError) and info.value.kind == "clock_drift"
    assert clock.last == before


def test_drift_limit_is_configurable_and_inclusive() -> None:
    wall = FakeWall(10_000)
    clock = HybridLogicalClock("a", wall, max_drift_ms=500)
    assert clock.observe(Stamp(10_500, 0, "b")) == Stamp(10_500, 1, "a")
    with pytest.raises(ClockDriftError):
        clock.observe(Stamp(11_001, 0, "b"))
    with pytest.raises(ValueError):
        HybridLogicalClock("a", wall, max_drift_ms=-1)


def test_counter_exhaustion_raises() -> None:
    clock = HybridLogicalClock("a", FakeWall(0), last=Stamp(5, (1 << 32) - 1, "a"))
    with pytest.raises(OverflowError):
        clock.now()
