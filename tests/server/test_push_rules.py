"""The rules a device keeps before it saves a case hold at the server too: a hostile or buggy
device cannot get round them by syncing (issue 8, "Rules a document must not bypass").

Each refusal is a quarantine with a reason ``<kind>.<field>.<rule>``; the refused change is not
applied (not in the feed, not in the records) and the rest of the push is.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from fieldcase import bundled
from fieldcase.domain import screening
from fieldcase.domain.merge import Change, edit_change
from fieldcase.server.db import changes, records, sites, teams
from fieldcase.sync.enrolment import start_enrolment
from fieldcase.sync.protocol import PushResponse

from .sync_harness import Device, World, call, make_world

CHILD_RULE_MET = {"dr.job_place": True, "dr.school": True, "ex.long_hours": True,
                  "ex.no_school": True}
SERVICE = "lamp-01-legal"


@pytest.fixture
def world(engine: sa.Engine, db_url: str) -> Iterator[World]:
    yield make_world(engine, db_url)


def outcome(answer: PushResponse) -> dict[str, str]:
    found = {cid: "ok" for cid in answer.accepted}
    found.update({r.change_id: r.reason for r in answer.rejected})
    return found


def applied(world: World, change: Change) -> bool:
    with world.engine.connect() as conn:
        logged = conn.execute(sa.select(sa.func.count()).select_from(changes).where(
            changes.c.change_id == uuid.UUID(change.change_id))).scalar_one()
    return bool(logged)


def held(world: World, record_id: str) -> bool:
    with world.engine.connect() as conn:
        return conn.execute(sa.select(records.c.record_id).where(
            records.c.record_id == uuid.UUID(record_id))).first() is not None


def own_case(device: Device, **case_fields: object) -> tuple[str, list[Change]]:
    case_id, made = device.new_case(assigned_to=device.user if device.user != "sara" else None,
                                    **case_fields)
    assert set(outcome(device.push(made)).values()) == {"ok"}
    return case_id, made


# -- workflow ---------------------------------------------------------------------------------


def test_a_new_case_starts_open(world: World) -> None:
    sara = world.enrol("sara")
    _, made = sara.new_case(status="closed")
    answer = outcome(sara.push(made))
    # the case record is refused, and a new case is refused whole (refuse_stillborn)
    assert set(answer.values()) == {"case.status.workflow_transition"}
    assert not any(applied(world, change) for change in made)


def test_status_moves_only_by_workflow_transitions_for_the_role(world: World) -> None:
    amina, sara = world.enrol("amina"), world.enrol("sara")
    case_id, _ = own_case(amina)
    sara.pull_all()
    plan = amina.edit(case_id, case_id, "case", {"status": "case_plan"})  # supervisor's move
    assessing = amina.edit(case_id, case_id, "case", {"status": "assessment"})
    assert outcome(amina.push([plan, assessing])) == {
        plan.change_id: "case.status.workflow_transition", assessing.change_id: "ok"}
    sara.pull_all()
    jump = sara.edit(case_id, case_id, "case", {"status": "closed"})  # no such move
    assert outcome(sara.push([jump])) == {jump.change_id: "case.status.workflow_transition"}
    steps = [sara.edit(case_id, case_id, "case", {"status": status})
             for status in ("closure_requested", "closed")]
    assert set(outcome(sara.push(steps)).values()) == {"ok"}
    assert not applied(world, jump) and not applied(world, plan)


def test_an_intake_case_is_moved_only_by_its_assigned_worker(world: World) -> None:
    sara, bilal = world.enrol("sara"), world.enrol("bilal")
    case_id, _ = own_case(sara)  # unassigned: site intake, bilal may edit it
    bilal.pull_all()
    stage = bilal.edit(case_id, case_id, "case", {"stage": "return"})
    assess = bilal.edit(case_id, case_id, "case", {"status": "assessment"})
    assert outcome(bilal.push([stage, assess])) == {
        stage.change_id: "ok", assess.change_id: "case.status.workflow_transition"}


# -- case numbers -----------------------------------------------------------------------------


def test_a_case_numbered_in_another_devices_sequence_is_refused(world: World) -> None:
    hers = world.enrol("amina", "her laptop", prefix="7K3M9QXA")
    his = world.enrol("bilal", "his laptop", prefix="4D2H8RPB")
    _, made = hers.new_case(assigned_to="amina", case_number="FC-7K3M9QXA-000001")
    assert set(outcome(hers.push(made)).values()) == {"ok"}
    forged_id, forged = his.new_case(assigned_to="bilal", case_number="FC-7K3M9QXA-000777")
    answer = outcome(his.push(forged))
    assert answer[forged[0].change_id] == "case.case_number.case_number_forged"
    assert not applied(world, forged[0]) and not held(world, forged_id)
    for number in ("FC-FAKE-000001", "FC-4D2H8RPB-12", "FC-7K3M9QXA-000002"):
        _, attempt = his.new_case(assigned_to="bilal", case_number=number)
        assert outcome(his.push(attempt))[attempt[0].change_id] == (
            "case.case_number.case_number_forged"), number
    _, own = his.new_case(assigned_to="bilal", case_number="FC-4D2H8RPB-000001")
    assert set(outcome(his.push(own)).values()) == {"ok"}


def test_a_device_enrolled_before_prefixes_registers_its_own_with_its_first_case(
        world: World) -> None:
    older, another = world.enrol("amina", "older laptop"), world.enrol("bilal", "older too")
    _, first = older.new_case(assigned_to="amina", case_number="FC-ABC123-000001")
    assert set(outcome(older.push(first)).values()) == {"ok"}
    _, forged = another.new_case(assigned_to="bilal", case_number="FC-ABC123-000002")
    assert outcome(another.push(forged))[forged[0].change_id] == (
        "case.case_number.case_number_forged")
    _, second = older.new_case(assigned_to="amina", case_number="FC-ABC123-000002")
    assert set(outcome(older.push(second)).values()) == {"ok"}
    _, elsewhere = older.new_case(assigned_to="amina", case_number="FC-DEF456-000001")
    assert outcome(older.push(elsewhere))[elsewhere[0].change_id] == (
        "case.case_number.case_number_forged")  # one prefix per device


def test_a_case_number_never_changes(world: World) -> None:
    amina = world.enrol("amina", prefix="7K3M9QXA")
    case_id, _ = own_case(amina, case_number="FC-7K3M9QXA-000001")
    renumber = amina.edit(case_id, case_id, "case", {"case_number": "FC-7K3M9QXA-000009"})
    assert outcome(amina.push([renumber])) == {renumber.change_id: "case.case_number.immutable"}


def test_enrolling_with_a_prefix_another_device_holds_is_refused_and_the_code_kept(
        world: World) -> None:
    world.enrol("amina", prefix="7K3M9QXA")
    code = world.code("bilal")
    pending = start_enrolment(code, "his laptop", world.rng.randbytes,
                              case_number_prefix="7K3M9QXA")
    response = call(world.app, "/v1/enrol", pending.request_body)
    assert response.status_code == 409
    assert response.json()["kind"] == "case_number_prefix_taken"
    retry = start_enrolment(code, "his laptop", world.rng.randbytes,
                            case_number_prefix="4D2H8RPB")
    assert call(world.app, "/v1/enrol", retry.request_body).status_code == 200


# -- transfers --------------------------------------------------------------------------------


def test_a_site_changes_only_by_a_supervisor_to_a_site_of_the_team(world: World) -> None:
    amina, sara = world.enrol("amina"), world.enrol("sara")
    case_id, _ = own_case(amina)
    sara.pull_all()
    to_other_team = sara.edit(case_id, case_id, "case", {"site": "PORT-01"})
    assert outcome(sara.push([to_other_team])) == {  # validated before the rules
        to_other_team.change_id: "site_outside_team"}
    with world.engine.begin() as conn:  # the team moves to a new site of its own
        site_id = uuid.uuid4()
        conn.execute(sa.insert(sites).values(id=site_id, org_id=world.org_id, name="LAMP-02"))
        conn.execute(sa.update(teams).where(teams.c.name == "lamp").values(site_id=site_id))
    by_worker = amina.edit(case_id, case_id, "case", {"site": "LAMP-02"})
    assert outcome(amina.push([by_worker])) == {by_worker.change_id: "forbidden"}
    to_team_site = sara.edit(case_id, case_id, "case", {"site": "LAMP-02"})
    assert outcome(sara.push([to_team_site])) == {to_team_site.change_id: "ok"}


# -- screenings -------------------------------------------------------------------------------


def computed(answers: dict[str, bool | None], age: int = 15) -> dict[str, object]:
    instrument = screening.find_instrument(bundled.instruments(), "trafficking-child", 1)
    result = screening.score(instrument, answers, screening.ScreeningContext(age, "transit"))
    return {"level": result.level, "reasons": list(result.reasons), "review": result.review}


def screening_change(device: Device, case_id: str, result: object,
                     record_id: str | None = None, **fields: object) -> Change:
    return device.edit(case_id, record_id or device.ids(), "screening", {
        "instrument_id": "trafficking-child", "instrument_version": 1,
        "completed_at": "2026-11-29T11:00:00Z", "answers": CHILD_RULE_MET, "result": result,
        **fields})


def test_a_screening_result_must_be_the_instruments(world: World) -> None:
    amina = world.enrol("amina")
    case_id, _ = own_case(amina)
    low = screening_change(amina, case_id, {"level": "low", "reasons": [], "review": False})
    right = screening_change(amina, case_id, computed(CHILD_RULE_MET))
    assert computed(CHILD_RULE_MET)["level"] == "critical"
    assert outcome(amina.push([low, right])) == {
        low.change_id: "screening.result.not_computed", right.change_id: "ok"}
    assert not held(world, low.record_id) and held(world, right.record_id)
    # Changing the answers and keeping the old result is no way round it either.
    fewer = amina.edit(case_id, right.record_id, "screening", {"answers": {"dr.school": True}})
    assert outcome(amina.push([fewer])) == {fewer.change_id: "screening.result.not_computed"}


def test_a_screening_that_cannot_be_scored_is_refused(world: World) -> None:
    amina = world.enrol("amina")
    case_id, _ = own_case(amina)
    unknown = screening_change(amina, case_id, None, answers={"no.such.question": True})
    version = screening_change(amina, case_id, None, instrument_version=9)
    assert outcome(amina.push([unknown, version])) == {
        unknown.change_id: "screening.answers.unknown_question",
        version.change_id: "screening.instrument_version.instrument_not_found"}


def test_a_result_scored_for_an_adult_or_at_another_stage_is_accepted(world: World) -> None:
    """Only the note on unanswered questions depends on age and stage, which the server
    cannot rebuild; every instrument's own result for the answers is accepted."""
    amina = world.enrol("amina")
    case_id, _ = own_case(amina)
    sparse = {"dr.job_place": True}
    as_adult = screening_change(amina, case_id, computed(sparse, age=30), answers=sparse)
    assert outcome(amina.push([as_adult])) == {as_adult.change_id: "ok"}


# -- referrals --------------------------------------------------------------------------------


def consent_change(device: Device, case_id: str, **extra: object) -> Change:
    return device.edit(case_id, device.ids(), "consent", {
        "purpose": "referral", "service_id": SERVICE, "given_by": "self", "form": "verbal",
        "given_on": "2026-11-29", "withdrawn_on": None, **extra})


def referral_change(device: Device, case_id: str, status: str, service: str = SERVICE,
                    record_id: str | None = None) -> Change:
    return device.edit(case_id, record_id or device.ids(), "referral", {
        "service_id": service, "reason": "legal advice", "status": status,
        "referred_on": "2026-11-29", "consent_id": None})


def test_a_referral_is_sent_only_with_an_active_consent(world: World) -> None:
    amina = world.enrol("amina")
    case_id, _ = own_case(amina)
    unconsented = referral_change(amina, case_id, "sent")
    assert outcome(amina.push([unconsented])) == {
        unconsented.change_id: "referral.status.consent_required"}
    consent = consent_change(amina, case_id)
    proposed = referral_change(amina, case_id, "proposed")
    assert set(outcome(amina.push([consent, proposed])).values()) == {"ok"}
    withdraw = amina.edit(case_id, consent.record_id, "consent",
                          {"withdrawn_on": "2026-11-30"})
    send = referral_change(amina, case_id, "sent", record_id=proposed.record_id)
    assert outcome(amina.push([withdraw, send])) == {
        withdraw.change_id: "ok", send.change_id: "referral.status.consent_withdrawn"}
    assert not applied(world, send) and not applied(world, unconsented)


def test_a_referral_sent_under_consent_stays_after_a_withdrawal(world: World) -> None:
    amina = world.enrol("amina")
    case_id, _ = own_case(amina)
    consent = consent_change(amina, case_id)
    sent = referral_change(amina, case_id, "sent")
    withdraw = amina.edit(case_id, consent.record_id, "consent",
                          {"withdrawn_on": "2026-11-30"})
    completed = referral_change(amina, case_id, "completed", record_id=sent.record_id)
    assert set(outcome(amina.push([consent, sent, withdraw, completed])).values()) == {"ok"}


def test_a_referral_names_a_service_of_the_directory(world: World) -> None:
    amina = world.enrol("amina")
    case_id, _ = own_case(amina)
    nowhere = referral_change(amina, case_id, "proposed", service="no-such-service")
    assert outcome(amina.push([nowhere])) == {
        nowhere.change_id: "referral.service_id.unknown_service"}


def test_a_referral_and_its_consent_saved_together_arrive_in_either_order(world: World) -> None:
    """A device journals one save as changes sharing a stamp, records in document order:
    a new case's referrals come before its consents."""
    amina = world.enrol("amina")
    case_id, _ = own_case(amina)
    together = amina.stamp()
    consent_id = amina.ids()
    values = {
        "referral": {"service_id": SERVICE, "reason": "legal advice", "status": "sent",
                     "referred_on": "2026-11-29", "consent_id": consent_id},
        "consent": {"purpose": "referral", "service_id": SERVICE, "given_by": "self",
                    "form": "verbal", "given_on": "2026-11-29", "withdrawn_on": None}}
    saved = [edit_change(None, values[kind], change_id=amina.ids(), case_id=case_id,
                         record_id=record_id, kind=kind, stamp=together, author="amina")
             for kind, record_id in (("referral", amina.ids()), ("consent", consent_id))]
    amina.apply(saved)
    assert set(outcome(amina.push(saved)).values()) == {"ok"}
    later = amina.edit(case_id, amina.ids(), "consent",
                       {**values["consent"], "service_id": "lamp-01-medical"})
    alone = referral_change(amina, case_id, "sent", service="lamp-01-medical")
    assert outcome(amina.push([alone, later]))[alone.change_id] == (
        "referral.status.consent_required")  # a consent of a later save does not count


def test_settling_a_conflict_on_the_status_may_pick_either_side(world: World) -> None:
    amina, sara = world.enrol("amina"), world.enrol("sara")
    case_id, _ = own_case(amina)
    sara.pull_all()
    assessing = amina.edit(case_id, case_id, "case", {"status": "assessment"})
    world.clock.advance(seconds=1)  # sara's side wins the conflict: settling goes back
    closing = sara.edit(case_id, case_id, "case", {"status": "closure_requested"})
    assert outcome(amina.push([assessing])) == {assessing.change_id: "ok"}
    answer = sara.push([closing])
    assert outcome(answer) == {closing.change_id: "ok"} and answer.conflicts
    sara.pull_all()
    assert sara.value(case_id, case_id, "status") == "closure_requested"
    settle = sara.edit(case_id, case_id, "case", {"status": "assessment"})  # the other side
    assert outcome(sara.push([settle])) == {settle.change_id: "ok"}
    backwards = sara.edit(case_id, case_id, "case", {"status": "open"})
    assert outcome(sara.push([backwards])) == {
        backwards.change_id: "case.status.workflow_transition"}
