"""The organisation policy's rules: defaults equal to the built-in ones, ranges that name the
field and the rule, and a wire form read strictly about what this version knows."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from fieldcase.domain.lease import LeasePolicy
from fieldcase.domain.org_policy import POLICY_FIELDS, OrgPolicy, PolicyError, PublishedPolicy


def refused(**values: Any) -> tuple[str, str]:
    with pytest.raises(PolicyError) as raised:
        OrgPolicy(**values)
    return raised.value.path, raised.value.rule


def test_the_defaults_are_the_built_in_ones() -> None:
    assert OrgPolicy().lease_policy() == LeasePolicy()
    assert (OrgPolicy().auto_lock_minutes, OrgPolicy().sync_interval_minutes) == (5, 15)
    assert POLICY_FIELDS == ("max_offline_days", "warn_days", "auto_lock_minutes",
                             "sync_interval_minutes", "retention_months_after_closure",
                             "duress", "quick_wipe")
    assert OrgPolicy().retention_months_after_closure is None  # closed cases are kept


@pytest.mark.parametrize(("values", "expected"), [
    ({"max_offline_days": 0}, ("max_offline_days", "out_of_range")),
    ({"max_offline_days": 91}, ("max_offline_days", "out_of_range")),
    ({"warn_days": -1}, ("warn_days", "out_of_range")),
    ({"max_offline_days": 5, "warn_days": 5}, ("warn_days", "not_below_max_offline_days")),
    ({"auto_lock_minutes": 0}, ("auto_lock_minutes", "out_of_range")),
    ({"auto_lock_minutes": 61}, ("auto_lock_minutes", "out_of_range")),
    ({"sync_interval_minutes": 4}, ("sync_interval_minutes", "out_of_range")),
    ({"sync_interval_minutes": 1441}, ("sync_interval_minutes", "out_of_range")),
    ({"auto_lock_minutes": True}, ("auto_lock_minutes", "not_an_integer")),
    ({"warn_days": 2.5}, ("warn_days", "not_an_integer")),
    ({"retention_months_after_closure": 0}, ("retention_months_after_closure", "out_of_range")),
    ({"duress": "yes"}, ("duress", "not_a_choice")),
    ({"quick_wipe": None}, ("quick_wipe", "not_a_choice")),
    ({"retention_months_after_closure": 121},
     ("retention_months_after_closure", "out_of_range")),
    ({"retention_months_after_closure": "12"},
     ("retention_months_after_closure", "not_an_integer")),
])
def test_values_outside_their_range_are_refused_by_name(values: dict[str, Any],
                                                         expected: tuple[str, str]) -> None:
    assert refused(**values) == expected


def test_the_edges_of_the_ranges_are_accepted() -> None:
    low = OrgPolicy(max_offline_days=1, warn_days=0, auto_lock_minutes=1,
                    sync_interval_minutes=5)
    high = OrgPolicy(max_offline_days=90, warn_days=30, auto_lock_minutes=60,
                     sync_interval_minutes=1440)
    assert low.lease_policy() == LeasePolicy(max_offline_days=1, warn_days=0)
    assert high.to_json()["sync_interval_minutes"] == 1440


def test_changes_are_checked_as_a_whole_and_unknown_fields_refused() -> None:
    assert OrgPolicy().with_changes({"warn_days": 7}) == OrgPolicy(warn_days=7)
    with pytest.raises(PolicyError, match="warn_days: must be less than max_offline_days"):
        OrgPolicy().with_changes({"max_offline_days": 2})
    with pytest.raises(PolicyError) as raised:
        OrgPolicy().with_changes({"wipe_after": 3})
    assert (raised.value.path, raised.value.rule) == ("wipe_after", "unknown_field")


def test_the_wire_form_round_trips_and_ignores_fields_it_does_not_know() -> None:
    published = PublishedPolicy(OrgPolicy(max_offline_days=7), 4,
                                datetime(2026, 11, 30, 9, 0, tzinfo=UTC))
    assert PublishedPolicy.from_json(published.to_json()) == published
    newer = published.to_json()
    newer["policy"] = {**OrgPolicy(max_offline_days=7).to_json(), "wipe_after_failures": 10}
    assert PublishedPolicy.from_json({**newer, "signed_by": "x"}) == published
    defaults = PublishedPolicy(OrgPolicy(), 0, None)
    assert PublishedPolicy.from_json(defaults.to_json()) == defaults


def test_retention_is_optional_on_the_wire_so_an_older_server_means_keep() -> None:
    kept = PublishedPolicy(OrgPolicy(retention_months_after_closure=12), 2,
                           datetime(2026, 11, 30, 9, 0, tzinfo=UTC))
    assert PublishedPolicy.from_json(kept.to_json()) == kept
    older = kept.to_json()
    older["policy"] = {name: value for name, value in OrgPolicy().to_json().items()
                       if name != "retention_months_after_closure"}
    assert PublishedPolicy.from_json(older).policy.retention_months_after_closure is None
    assert OrgPolicy().with_changes({"retention_months_after_closure": 12}) == \
        OrgPolicy(retention_months_after_closure=12)


@pytest.mark.parametrize(("answer", "expected"), [
    ([], ("", "malformed")),
    ({"policy": OrgPolicy().to_json(), "version": -1, "updated_at": None},
     ("version", "malformed")),
    ({"policy": OrgPolicy().to_json(), "version": True, "updated_at": None},
     ("version", "malformed")),
    ({"policy": "strict", "version": 1, "updated_at": None}, ("policy", "malformed")),
    ({"policy": {"max_offline_days": 3, "warn_days": 1, "auto_lock_minutes": 2},
      "version": 1, "updated_at": None}, ("sync_interval_minutes", "missing")),
    ({"policy": OrgPolicy().to_json(), "version": 1, "updated_at": "yesterday"},
     ("updated_at", "malformed")),
    ({"policy": OrgPolicy().to_json(), "version": 1, "updated_at": "2026-11-30T09:00:00"},
     ("updated_at", "malformed")),
    ({"policy": {**OrgPolicy().to_json(), "auto_lock_minutes": "5"}, "version": 1,
      "updated_at": None}, ("auto_lock_minutes", "not_an_integer")),
])
def test_a_bad_answer_is_refused_naming_what_is_wrong(answer: object,
                                                      expected: tuple[str, str]) -> None:
    with pytest.raises(PolicyError) as raised:
        PublishedPolicy.from_json(answer)
    assert (raised.value.path, raised.value.rule) == expected
