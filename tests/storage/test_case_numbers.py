"""Case numbers a device gives: its own 40-bit prefix, never a number already held here.

Findings of issue 8: the number was ``FC-<first 6 hex digits of the device id>-<counter>``,
shared by two devices with about 3 % chance per 1,000 devices; a teammate's forged
``FC-<her prefix>-000777`` synced to her laptop made every later ``case create`` of hers fail
when her counter reached it (an IntegrityError traceback).
"""

from __future__ import annotations

import itertools
import random
import re
from pathlib import Path

from fieldcase.domain.case_numbers import legacy_prefix
from fieldcase.domain.ids import IdFactory
from fieldcase.domain.merge import apply_batch, edit_change
from fieldcase.domain.records import flatten
from fieldcase.storage import cases, merged_cases
from fieldcase.storage.store import Store

from .conftest import KEY, case_json, fixed_now

NUMBER = re.compile(r"^FC-([0-9A-HJKMNP-TV-Z]{8})-([0-9]{6})$")


def create(store: Store, given: str = "Selam") -> str:
    with store.atomic():
        return cases.insert_case(store, case_json(store.ids, given), author="worker.1").case_number


def pulled(store: Store, number: str) -> None:
    """A case from another device arrives with ``number``, as a sync page writes it."""
    doc = case_json(IdFactory(), "Pulled")
    doc["case"]["case_number"] = number
    stamp = store.clock.now()
    changes = [edit_change(None, record.fields, change_id=store.ids.new(), case_id=doc["id"],
                           record_id=record.record_id, kind=record.kind, stamp=stamp,
                           author="colleague") for record in flatten(doc).values()]
    state = apply_batch({}, changes, seen=()).cases[doc["id"]]
    with store.atomic():
        merged_cases.save_state(store, state, stamps=[stamp])


def test_a_new_device_numbers_with_a_40_bit_crockford_prefix_it_keeps(tmp_path: Path) -> None:
    with Store.open(tmp_path, KEY, now=fixed_now) as store:
        first, second = create(store), create(store)
    with Store.open(tmp_path, KEY, now=fixed_now) as store:
        third = create(store)
        with store.atomic():
            prefix = cases.case_number_prefix(store)
    found = [NUMBER.match(n) for n in (first, second, third)]
    assert all(found)
    assert {m.group(1) for m in found if m} == {prefix}
    assert [m.group(2) for m in found if m] == ["000001", "000002", "000003"]


def test_prefixes_of_many_devices_do_not_collide(tmp_path: Path) -> None:
    rng = random.Random(8)
    prefixes = set()
    for index in range(40):
        folder = tmp_path / str(index)
        folder.mkdir()
        with Store.open(folder, KEY, now=fixed_now, randbytes=rng.randbytes) as store, \
                store.atomic():
            prefixes.add(cases.case_number_prefix(store))
    assert len(prefixes) == 40


def test_a_profile_that_numbered_cases_before_keeps_its_prefix(store: Store) -> None:
    """A store from before this rule: a counter, no recorded prefix."""
    with store.atomic():
        store.set_meta("case_counter", "41")
    assert create(store) == f"FC-{legacy_prefix(store.device_id)}-000042"
    assert create(store) == f"FC-{legacy_prefix(store.device_id)}-000043"


def test_numbers_already_held_here_are_skipped(store: Store) -> None:
    with store.atomic():
        prefix = cases.case_number_prefix(store)
    pulled(store, f"FC-{prefix}-000002")
    pulled(store, f"FC-{prefix}-000003")
    assert [create(store, f"n{i}") for i in range(3)] == [
        f"FC-{prefix}-000001", f"FC-{prefix}-000004", f"FC-{prefix}-000005"]


def test_a_number_in_the_document_is_never_used_and_never_a_traceback(store: Store) -> None:
    numbers = []
    for _ in range(2):
        doc = case_json(store.ids, "Twice")
        doc["case"]["case_number"] = "FC-FAKE-000001"
        with store.atomic():
            numbers.append(cases.insert_case(store, doc, author="w").case_number)
    assert "FC-FAKE-000001" not in numbers and len(set(numbers)) == 2
    assert all(NUMBER.match(n) for n in numbers)


def test_every_number_is_unique_under_a_stream_of_pulls(store: Store) -> None:
    with store.atomic():
        prefix = cases.case_number_prefix(store)
    made = []
    for step in itertools.count():
        if step == 12:
            break
        if step % 3 == 0:
            pulled(store, f"FC-{prefix}-{step + 2:06d}")
        made.append(create(store, f"c{step}"))
    held = [row[0] for row in store.raw.execute("SELECT case_number FROM cases")]
    assert len(held) == len(set(held)) == 16 and set(made) <= set(held)
