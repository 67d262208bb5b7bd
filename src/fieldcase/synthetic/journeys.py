"""Journeys: the legs a person travelled to reach a site, with dates and incidents.

A plan (:class:`JourneyPlan`) is drawn once per household and copied to each member with new
ids, because families travel together. Dates are laid out backwards from the day the case was
opened, so every leg starts and ends on or before it, and no leg ends before it starts.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from fieldcase.synthetic.routes import (
    CANDIDATES,
    COUNTRIES,
    HOME_PLACES,
    SITE_PLACES,
    SITES,
    TRANSIT_PLACES,
    Candidate,
    Site,
)
from fieldcase.synthetic.sampling import Table, between, chance, pick

MAX_LEGS = 4

_MEANS = {code: Table(c.means) for code, c in COUNTRIES.items()}
_RETURN_MEANS = {code: Table(s.return_means) for code, s in SITES.items() if s.return_means}
_CANDIDATES = {key: Table([(c, c.weight) for c in found]) for key, found in CANDIDATES.items()}
_ARRIVAL_DAYS = {"origin": 5, "transit": 21, "destination": 45, "return": 10}


@dataclass(frozen=True, slots=True)
class Leg:
    stage: str
    country: str
    place: str
    started_on: date
    ended_on: date | None
    means: str
    incidents: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class JourneyPlan:
    nationality: str
    home: str
    legs: tuple[Leg, ...]

    @property
    def incidents(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(i for leg in self.legs for i in leg.incidents))


def plan_journey(
    rng: random.Random, site: Site, stage: str, opened_on: date, incident_factor: float
) -> JourneyPlan:
    """Draw an origin and chain that reach ``site`` at ``stage`` and lay out its legs."""
    candidate: Candidate = _CANDIDATES[(site.code, stage)].draw(rng)
    nationality = candidate.origin.nationality
    chain = candidate.chain[: candidate.position + 1]
    stages = ["origin"] + ["transit"] * (len(chain) - 1)
    if stage == "return":
        chain = (*chain, site.country)
        stages.append("return")
    elif stage == "destination":
        stages[-1] = "destination"
    if len(chain) > MAX_LEGS:
        keep = [0, *range(len(chain) - MAX_LEGS + 1, len(chain))]
        chain = tuple(chain[i] for i in keep)
        stages = [stages[i] for i in keep]
    legs: list[Leg] = []
    next_start = opened_on - timedelta(days=between(rng, 0, _ARRIVAL_DAYS[stage]))
    last = len(chain) - 1
    for index in range(last, -1, -1):
        country = chain[index]
        info = COUNTRIES[country]
        at_site = index == last
        if at_site:
            started, ended = next_start, None
        else:
            ended = next_start - timedelta(days=between(rng, 0, 2))
            started = ended - timedelta(days=between(rng, *info.days))
        means = (
            _RETURN_MEANS[site.code].draw(rng)
            if at_site and stages[index] == "return" and site.code in _RETURN_MEANS
            else _MEANS[country].draw(rng)
        )
        legs.append(
            Leg(
                stage=stages[index],
                country=country,
                place=_place(rng, site, nationality, country, index, at_site),
                started_on=started,
                ended_on=ended,
                means=means,
                incidents=_incidents(rng, country, incident_factor if index else 0.5),
            )
        )
        next_start = started
    legs.reverse()
    return JourneyPlan(nationality, candidate.origin.home, tuple(legs))


def _place(
    rng: random.Random, site: Site, nationality: str, country: str, index: int, at_site: bool
) -> str:
    if at_site and country == site.country:
        return SITE_PLACES.get(site.code, site.name)
    table = HOME_PLACES if index == 0 else TRANSIT_PLACES
    places = table.get((nationality, country)) or COUNTRIES[country].places
    return pick(rng, places)


def _incidents(rng: random.Random, country: str, factor: float) -> tuple[str, ...]:
    return tuple(
        incident for incident, rate in COUNTRIES[country].incidents if chance(rng, rate * factor)
    )


def add_incident(plan: JourneyPlan, incident: str, chooser: Callable[[int], int]) -> JourneyPlan:
    """The plan with ``incident`` added to one non-origin leg (``chooser`` picks the index)."""
    candidates = [i for i, leg in enumerate(plan.legs) if leg.stage != "origin"]
    if not candidates or incident in plan.incidents:
        return plan
    at = candidates[chooser(len(candidates))]
    legs = list(plan.legs)
    leg = legs[at]
    legs[at] = Leg(leg.stage, leg.country, leg.place, leg.started_on, leg.ended_on, leg.means,
                   (*leg.incidents, incident))
    return JourneyPlan(plan.nationality, plan.home, tuple(legs))


def legs_for_member(
    plan: JourneyPlan, rng: random.Random, *, sex: str, age: int, new_id: Callable[[], str]
) -> list[dict[str, object]]:
    """The plan as journey records for one traveller.

    Shared events stay shared; sexual violence is kept for women and adolescent girls and only
    rarely for others, so a family's small children do not all carry the mother's report.
    """
    records: list[dict[str, object]] = []
    for leg in plan.legs:
        incidents = leg.incidents
        if "sexual_violence" in incidents and not (
            (sex == "female" and age >= 12) or chance(rng, 0.1)
        ):
            incidents = tuple(i for i in incidents if i != "sexual_violence")
        records.append(
            {
                "id": new_id(),
                "stage": leg.stage,
                "country": leg.country,
                "place": leg.place,
                "started_on": leg.started_on.isoformat(),
                "ended_on": None if leg.ended_on is None else leg.ended_on.isoformat(),
                "means": leg.means,
                "incidents": list(incidents),
            }
        )
    return records
