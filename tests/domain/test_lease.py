"""The offline lease: ok, then a warning with the days left, then online sign-in required."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fieldcase.domain.lease import LeasePolicy, LeaseStatus, lease_state

SYNCED = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
POLICY = LeasePolicy(max_offline_days=14, warn_days=3)


@pytest.mark.parametrize(("since_sync", "status", "days_left"), [
    (timedelta(0), LeaseStatus.OK, 14),
    (timedelta(days=10, hours=23), LeaseStatus.OK, 4),
    (timedelta(days=11), LeaseStatus.WARN, 3),
    (timedelta(days=13, hours=1), LeaseStatus.WARN, 1),
    (timedelta(days=14) - timedelta(seconds=1), LeaseStatus.WARN, 1),
    (timedelta(days=14), LeaseStatus.EXPIRED, 0),
    (timedelta(days=200), LeaseStatus.EXPIRED, 0),
    (timedelta(minutes=-59), LeaseStatus.OK, 15),  # clock a little behind: tolerated
])
def test_lease_table(since_sync: timedelta, status: LeaseStatus, days_left: int) -> None:
    state = lease_state(SYNCED, SYNCED + since_sync, POLICY)
    assert (state.status, state.days_left) == (status, days_left)
    assert state.expires_at == SYNCED + timedelta(days=14)
    assert state.needs_online_sign_in is (status is LeaseStatus.EXPIRED)


def test_never_synced_needs_online_sign_in() -> None:
    state = lease_state(None, SYNCED, POLICY)
    assert state.status is LeaseStatus.EXPIRED and state.expires_at is None


def test_clock_set_back_before_the_last_sync_expires_the_lease() -> None:
    state = lease_state(SYNCED, SYNCED - timedelta(days=2), POLICY)
    assert state.status is LeaseStatus.EXPIRED
    assert "clock" in state.reason


def test_clock_set_back_before_a_time_already_seen_expires_the_lease() -> None:
    seen = SYNCED + timedelta(days=12)
    rewound = SYNCED + timedelta(days=2)  # would look fresh without latest_seen
    assert lease_state(SYNCED, rewound, POLICY).status is LeaseStatus.OK
    state = lease_state(SYNCED, rewound, POLICY, latest_seen=seen)
    assert state.status is LeaseStatus.EXPIRED


def test_warning_reason_counts_days() -> None:
    assert lease_state(SYNCED, SYNCED + timedelta(days=13, hours=5), POLICY).reason == \
        "sync within 1 day"
    assert lease_state(SYNCED, SYNCED + timedelta(days=12), POLICY).reason == "sync within 2 days"


@pytest.mark.parametrize("kwargs", [
    {"max_offline_days": 0},
    {"max_offline_days": 5, "warn_days": 5},
    {"warn_days": -1},
    {"clock_tolerance": timedelta(seconds=-1)},
])
def test_policy_refuses_nonsense(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        LeasePolicy(**kwargs)  # type: ignore[arg-type]


@given(st.integers(1, 60), st.integers(0, 59), st.integers(0, 100 * 86_400))
def test_days_left_never_grows_as_time_passes(max_days: int, warn: int, seconds: int) -> None:
    policy = LeasePolicy(max_offline_days=max_days, warn_days=min(warn, max_days - 1))
    earlier = lease_state(SYNCED, SYNCED + timedelta(seconds=seconds), policy)
    later = lease_state(SYNCED, SYNCED + timedelta(seconds=seconds + 3600), policy)
    assert later.days_left <= earlier.days_left
    order = [LeaseStatus.OK, LeaseStatus.WARN, LeaseStatus.EXPIRED]
    assert order.index(later.status) >= order.index(earlier.status)
    assert (earlier.status is LeaseStatus.EXPIRED) == (earlier.days_left == 0)
