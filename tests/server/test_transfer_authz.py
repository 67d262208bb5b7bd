"""The server authorizes each step of a transfer for the person who made it (issue 11), on
SQLite and PostgreSQL: only a supervisor of the case's team proposes; only a supervisor at the
site it waits at accepts or declines (not the sender, not a worker there); a site edit that
accepts nothing stays refused; the receiving supervisor sees the case without its
confidential parts until they accept, then the case is their team's and leaves the sender.

Harness teams: ``lamp`` at LAMP-01 (amina, bilal workers; sara supervisor) and ``harbour`` at
PORT-01 (hana worker; omar supervisor).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from fieldcase.domain.merge import Change, record_view

from .sync_harness import Device, World, make_world

PROPOSAL = {"to_site": "PORT-01", "proposed_by": "sara",
            "proposed_at": "2026-01-01T09:00:00Z", "reason": "family at the port"}


@pytest.fixture
def world(engine: sa.Engine, db_url: str) -> Iterator[World]:
    yield make_world(engine, db_url)


def reason(device: Device, change: Change) -> str:
    """"ok" or the rejection reason of one pushed change."""
    answer = device.push([change])
    if change.change_id in answer.accepted:
        return "ok"
    (rejection,) = [r for r in answer.rejected if r.change_id == change.change_id]
    return rejection.reason


def case_values(device: Device, case_id: str) -> dict[str, object]:
    return dict(record_view(device.cases[case_id].records[case_id]).values)


def kinds(device: Device, case_id: str) -> set[str]:
    return {r.kind for r in device.cases[case_id].records.values()}


@pytest.fixture
def proposed(world: World) -> tuple[str, Device, Device]:
    """amina's case (with a passport: a confidential part), proposed by sara to PORT-01 and
    pulled by sara and omar."""
    amina, sara, omar = world.enrol("amina"), world.enrol("sara"), world.enrol("omar")
    case_id, made = amina.new_case(assigned_to="amina")
    passport = amina.edit(case_id, amina.ids(), "identity_document",
                          {"type": "passport", "number": "Canary-Doc",
                           "issuing_country": "ERI"})
    assert not amina.push([*made, passport]).rejected
    amina.pull_all()
    assert reason(amina, amina.edit(case_id, case_id, "case", {"transfer": PROPOSAL})) \
        == "forbidden"  # a worker may not propose
    sara.pull_all()
    assert reason(sara, sara.edit(case_id, case_id, "case", {"transfer": {
        **PROPOSAL, "to_site": "NOWHERE-9"}})) == "unknown_site"
    assert reason(sara, sara.edit(case_id, case_id, "case", {"transfer": PROPOSAL})) == "ok"
    sara.pull_all()
    omar.pull_all()
    return case_id, sara, omar


def test_the_receiving_supervisor_holds_the_waiting_case_without_its_confidential_parts(
        world: World, proposed: tuple[str, Device, Device]) -> None:
    case_id, _, omar = proposed
    assert case_values(omar, case_id)["site"] == "LAMP-01"
    assert "identity_document" not in kinds(omar, case_id)
    hana = world.enrol("hana")
    hana.pull_all()
    assert case_id not in hana.cases  # a worker at the receiving site is not sent it


def test_only_a_supervisor_at_the_receiving_site_accepts(
        world: World, proposed: tuple[str, Device, Device]) -> None:
    case_id, sara, omar = proposed
    accept = {"site": "PORT-01", "transfer": None, "assigned_to": None}
    assert reason(sara, sara.edit(case_id, case_id, "case", accept)) \
        == "case.site.transfer_not_allowed"  # the sender may not accept their own proposal
    hana = world.enrol("hana")
    hana.cases[case_id] = omar.cases[case_id]
    assert reason(hana, hana.edit(case_id, case_id, "case", accept)) == "not_found"
    # The receiver may accept, not edit: a site edit that leaves the transfer waiting, or
    # any other field, is a change to a case that is not theirs.
    assert reason(omar, omar.edit(case_id, case_id, "case", {"site": "PORT-01"})) \
        == "not_found"
    assert reason(omar, omar.edit(case_id, case_id, "case", {**accept, "stage": "return"})) \
        == "not_found"
    assert reason(omar, omar.edit(case_id, case_id, "case",
                                  {**accept, "assigned_to": "bilal"})) == "not_found"
    assert reason(omar, omar.edit(case_id, case_id, "case",
                                  {**accept, "assigned_to": "hana"})) == "ok"
    omar.pull_all()
    sara.pull_all()
    assert case_id not in sara.cases  # the harbour team's case now
    assert case_values(omar, case_id)["site"] == "PORT-01"
    assert "identity_document" in kinds(omar, case_id)  # sent whole once it is theirs
    assert reason(omar, omar.edit(case_id, case_id, "case", {"stage": "return"})) == "ok"


def test_a_decline_needs_the_receiver_and_leaves_the_case_with_the_sender(
        world: World, proposed: tuple[str, Device, Device]) -> None:
    case_id, sara, omar = proposed
    declined = {"transfer": None, "transfer_declined": {
        "to_site": "PORT-01", "declined_by": "omar", "declined_at": "2026-01-02T09:00:00Z",
        "reason": "no interpreter"}}
    assert reason(sara, sara.edit(case_id, case_id, "case", declined)) == "forbidden"
    assert reason(omar, omar.edit(case_id, case_id, "case", {"transfer": None})) \
        == "not_found"  # a decline says why: not a transfer silently dropped
    assert reason(omar, omar.edit(case_id, case_id, "case", declined)) == "ok"
    omar.pull_all()
    sara.pull_all()
    assert case_id not in omar.cases
    values = case_values(sara, case_id)
    assert values["site"] == "LAMP-01" and values["transfer"] is None
    assert isinstance(values["transfer_declined"], dict)
    assert values["transfer_declined"]["reason"] == "no interpreter"


def test_a_forged_site_edit_stays_refused(world: World) -> None:
    sara, omar = world.enrol("sara"), world.enrol("omar")
    case_id, made = sara.new_case()
    assert not sara.push(made).rejected
    assert reason(sara, sara.edit(case_id, case_id, "case", {"site": "PORT-01"})) \
        == "site_outside_team"
    omar.cases[case_id] = sara.cases[case_id]
    # Nothing waits for PORT-01: the shape of an accept is nothing without a transfer.
    assert reason(omar, omar.edit(case_id, case_id, "case",
                                  {"site": "PORT-01", "transfer": None})) == "not_found"
