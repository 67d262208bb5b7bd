"""Deterministic synthetic case documents for demos, benchmarks and tests.

``generate_cases(count, seed=..., today=...)`` yields plain case-document dicts that
:func:`fieldcase.domain.document.parse_case_document` accepts. All randomness comes from one
``random.Random(seed)`` and ids are UUIDv7s made by :class:`~fieldcase.domain.ids.IdFactory`
from a generated clock and that same generator, so one seed and one ``today`` always give
byte-identical output, on any machine and in any process.

Cases are opened evenly over the two years before ``today`` in generation order, and each
case's ids carry its registration moment, so ids are increasing across the stream; the store
inserts them at the end of its B-trees, which keeps bulk loads fast.

Everything generated is fictional: names are drawn independently from lists of common names,
phone numbers lie in a range reserved for drama, and services come from the sample directory.
"""

from __future__ import annotations

import functools
import random
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from fieldcase import bundled
from fieldcase.domain.ids import IdFactory
from fieldcase.domain.screening import ScreeningContext, needs_supervisor_review
from fieldcase.synthetic.casework import STATUS_RANK, CaseFacts, ServiceIndex, case_work
from fieldcase.synthetic.households import Household, draw_household, naming_group
from fieldcase.synthetic.journeys import JourneyPlan, add_incident, legs_for_member, plan_journey
from fieldcase.synthetic.naming import render
from fieldcase.synthetic.people import person_record
from fieldcase.synthetic.profile import (
    exploit_factor,
    flags_for,
    household_links,
    signals,
    status_for,
)
from fieldcase.synthetic.routes import SITES, Site
from fieldcase.synthetic.sampling import Table, between, chance, pick
from fieldcase.synthetic.screenings import Screener, ScreeningOutcome

SPAN_DAYS = 730
"""Cases are opened over this many days before ``today``."""

GROWTH = 0.5
"""Opening times follow (case index / count) ** GROWTH of the span: with 0.5 about 30 % of
cases were opened in the last four months, like a programme whose caseload grows."""

_DAY_MS = 86_400_000
_SITES = Table([(site, site.weight) for site in SITES.values()])
_STAGES = {code: Table(site.stages) for code, site in SITES.items()}
_EXPLOITED_RATE = {
    "AGZ-01": 0.12, "LAMP-01": 0.15, "MET-01": 0.08, "VAN-01": 0.1, "LES-01": 0.06,
    "OBK-01": 0.15, "MOY-01": 0.08, "BEI-01": 0.15, "TAP-01": 0.1, "CJS-01": 0.12,
    "MAE-01": 0.25, "POI-01": 0.3, "COX-01": 0.15, "NKH-01": 0.2,
}


@dataclass(frozen=True, slots=True)
class _World:
    services: ServiceIndex
    screener: Screener


@functools.cache
def _world() -> _World:
    """The bundled directory and instruments, read once per process."""
    return _World(ServiceIndex(bundled.service_directory()), Screener(list(bundled.instruments())))


class _Clock:
    """The generated registration moment, read by the id factory."""

    def __init__(self) -> None:
        self.ms = 0

    def now(self) -> int:
        return self.ms


def workers_for(site_code: str) -> tuple[str, ...]:
    """The synthetic user names of a site's frontline workers (e.g. ``worker.agz.1``)."""
    slug = site_code.split("-")[0].lower()
    return tuple(f"worker.{slug}.{n}" for n in range(1, 3 + round(SITES[site_code].weight * 20)))


def supervisor_for(site_code: str) -> str:
    """The synthetic user name of a site's supervisor (e.g. ``supervisor.agz``)."""
    return f"supervisor.{site_code.split('-')[0].lower()}"


def generate_cases(
    count: int, *, seed: int, today: date, sites: Collection[str] | None = None
) -> Iterator[dict[str, object]]:
    """Yield ``count`` case documents, lazily.

    ``sites`` limits the cases to those site codes (default: all of :data:`routes.SITES`, in
    proportion to their weights). Members of a household are yielded one after the other and
    link to each other's case ids. Raises ValueError, at the call, for a negative count or an
    unknown site code.
    """
    if count < 0:
        raise ValueError(f"count must not be negative, got {count}")
    table = _SITES
    if sites is not None:
        unknown = sorted(set(sites) - set(SITES))
        if unknown or not sites:
            raise ValueError(f"unknown site codes {unknown}; known: {', '.join(SITES)}")
        table = Table([(s, s.weight) for s in SITES.values() if s.code in sites])
    return _generate(count, seed, today, table)


def _generate(
    count: int, seed: int, today: date, site_table: Table[Site]
) -> Iterator[dict[str, object]]:
    rng = random.Random(seed)  # noqa: S311 - reproducible fiction, not a secret
    world = _world()
    clock = _Clock()
    ids = IdFactory(clock_ms=clock.now, randbytes=rng.randbytes)
    start = datetime.combine(today - timedelta(days=SPAN_DAYS), datetime.min.time(), tzinfo=UTC)
    start_ms = int(start.timestamp()) * 1000
    span_ms = SPAN_DAYS * _DAY_MS
    produced = 0
    while produced < count:
        position = (produced + rng.random()) / count
        clock.ms = start_ms + int(span_ms * position**GROWTH)
        opened_on = datetime.fromtimestamp(clock.ms // 1000, tz=UTC).date()
        site = site_table.draw(rng)
        stage = _STAGES[site.code].draw(rng)
        plan = plan_journey(rng, site, stage, opened_on, incident_factor=1.0)
        group = naming_group(rng, plan.nationality)
        household = draw_household(rng, group, site.route, count - produced)
        builder = _HouseholdBuilder(rng, world, ids, site, stage, plan, household, opened_on, today)
        yield from builder.cases()
        produced += len(household.members)


class _HouseholdBuilder:
    """Turns one drawn household into its members' case documents."""

    def __init__(
        self, rng: random.Random, world: _World, ids: IdFactory, site: Site, stage: str,
        plan: JourneyPlan, household: Household, opened_on: date, today: date,
    ) -> None:
        self.rng, self.world, self.ids = rng, world, ids
        self.site, self.stage, self.plan = site, stage, plan
        self.household, self.opened_on, self.today = household, opened_on, today
        self.workers = workers_for(site.code)
        self.worker = pick(rng, self.workers)
        self.status = status_for(rng, (today - opened_on).days)
        self.case_ids = [ids.new() for _ in household.members]
        self.names = [render(rng, m.identity) for m in household.members]

    def cases(self) -> Iterator[dict[str, object]]:
        for index in range(len(self.household.members)):
            yield self._case(index)

    def _case(self, index: int) -> dict[str, object]:
        rng, member, new_id = self.rng, self.household.members[index], self.ids.new
        child = member.age < 18
        factor = exploit_factor(self.stage, member.alone_child, child and not member.alone_child,
                                self.household.group.key, member.identity.sex)
        exploited = chance(rng, _EXPLOITED_RATE[self.site.code] * factor)
        person = person_record(rng, new_id, member, self.names[index], self.plan.nationality,
                               self.opened_on, exploited=exploited)
        plan = self.plan
        if exploited and chance(rng, 0.6):
            incident = "forced_labour" if member.age >= 14 else "document_confiscation"
            plan = add_incident(plan, incident, lambda n: between(rng, 0, n - 1))
        journey = legs_for_member(plan, rng, sex=member.identity.sex, age=member.age,
                                  new_id=new_id)
        incidents = [i for leg in plan.legs for i in leg.incidents]
        links, missing = household_links(rng, self.household, index, self.case_ids, self.names,
                                         new_id)
        sig = signals(person, incidents, member, exploited, plan.nationality, self.household)
        flags = flags_for(rng, member, sig, [leg.country for leg in plan.legs], missing,
                          plan.nationality)
        outcome = self._screen(sig, exploited, member.age)
        if outcome is not None and outcome.trafficking_level in ("medium", "high", "critical"):
            flags.append("trafficking_indicators")
        if outcome is not None:
            review = outcome.review
        else:
            review = needs_supervisor_review((), is_unaccompanied_child=member.alone_child)[0]
        if review:
            flags.append("supervisor_review")
        contact = person["contact"]
        assert isinstance(contact, dict)
        facts = CaseFacts(
            site=self.site.code, stage=self.stage, status=self.status, opened_on=self.opened_on,
            today=self.today, age=member.age, sex=member.identity.sex, child=child,
            alone_child=member.alone_child, flags=tuple(flags), exploited=exploited,
            missing_family=missing, has_phone=contact["phone"] is not None,
            workers=self.workers, supervisor=supervisor_for(self.site.code),
        )
        work = case_work(rng, facts, self.world.services, new_id)
        unassigned = self.status == "open" and chance(rng, 0.2)
        return {
            "id": self.case_ids[index],
            "person": person,
            "case": {
                "case_number": None,
                "site": self.site.code,
                "status": self.status,
                "stage": self.stage,
                "flags": list(dict.fromkeys(flags)),
                "assigned_to": None if unassigned else self.worker,
                "risk_level": None if outcome is None else outcome.level,
                "opened_on": self.opened_on.isoformat(),
            },
            "journey": journey,
            "screenings": [] if outcome is None else outcome.records,
            "assistance": work["assistance"],
            "referrals": work["referrals"],
            "consents": work["consents"],
            "tasks": work["tasks"],
            "notes": work["notes"],
            "household": links,
            "attachments": [],
        }

    def _screen(self, sig: dict[str, bool], exploited: bool, age: int) -> ScreeningOutcome | None:
        """Screen most cases; new cases only sometimes, and trafficking when there is cause."""
        rng = self.rng
        just_opened = STATUS_RANK[self.status] == 0
        if not chance(rng, 0.5 if just_opened else 0.92):
            return None
        trafficking = not just_opened and (
            exploited or sig["document_held"] or chance(rng, 0.55)
        )
        first = min(self.today, self.opened_on + timedelta(days=between(rng, 0, 3)))
        when = datetime.combine(first, datetime.min.time(), tzinfo=UTC) + timedelta(
            minutes=between(rng, 7 * 60, 18 * 60)
        )
        return self.world.screener.screen(
            rng,
            context=ScreeningContext(age=age, stage=self.stage),
            signals=sig,
            trafficking=trafficking,
            unaccompanied=sig["alone_child"],
            completed_at=[when, when + timedelta(minutes=between(rng, 10, 40))],
            new_id=self.ids.new,
        )
