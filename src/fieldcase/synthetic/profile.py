"""A case's status, household links, flags and screening signals, derived from its story.

Kept apart from the generator loop so each rule reads on its own: a flag is set because of
something in the person's record (an incident, an age, a household), never at random alone,
so queues and reports built on flags show the same picture as the records behind them.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Collection

from fieldcase.synthetic.households import Household, Member
from fieldcase.synthetic.naming import WrittenName, new_identity, render
from fieldcase.synthetic.sampling import Table, chance
from fieldcase.synthetic.screenings import conflict_origin

_ABSENT_RELATIVE = Table([("spouse", 3), ("child", 3), ("parent", 2), ("sibling", 2)])
_STATUS_BY_AGE: tuple[tuple[int, Table[str]], ...] = (
    (7, Table([("open", 0.5), ("assessment", 0.4), ("case_plan", 0.1)])),
    (30, Table([("open", 0.15), ("assessment", 0.3), ("case_plan", 0.3), ("services", 0.25)])),
    (120, Table([("open", 0.03), ("assessment", 0.1), ("case_plan", 0.2), ("services", 0.45),
                 ("closure_requested", 0.1), ("closed", 0.12)])),
    (10**6, Table([("assessment", 0.04), ("case_plan", 0.06), ("services", 0.3),
                   ("closure_requested", 0.08), ("closed", 0.45), ("reopened", 0.07)])),
)
_HELD_BY_EXPLOITERS = ("employer", "recruiter", "smuggler")
_DETENTION_RISK_COUNTRIES = ("LBY", "MEX", "MYS", "THA", "SAU", "YEM", "TUR")


def status_for(rng: random.Random, days_open: int) -> str:
    """Older cases are further along the workflow; most cases over four months are closed."""
    for limit, table in _STATUS_BY_AGE:
        if days_open < limit:
            return table.draw(rng)
    return _STATUS_BY_AGE[-1][1].draw(rng)


def exploit_factor(stage: str, alone_child: bool, child_with_family: bool, group: str,
                   sex: str) -> float:
    factor = 0.3 if stage == "origin" else 1.0
    if alone_child:
        factor *= 1.5
    if child_with_family:
        factor *= 0.2
    if group == "edo" and sex == "female":
        factor *= 3.0
    return factor


def household_links(
    rng: random.Random,
    household: Household,
    index: int,
    case_ids: list[str],
    names: list[WrittenName],
    new_id: Callable[[], str],
) -> tuple[list[dict[str, object]], bool]:
    """Links to the other members' cases, plus relatives who did not travel or went missing.

    Returns the links and whether a relative is missing (lost contact on the way).
    """
    links: list[dict[str, object]] = []
    for other in range(len(household.members)):
        if other == index:
            continue
        links.append({"id": new_id(), "relationship": household.relationship(index, other),
                      "related_case_id": case_ids[other],
                      "name": names[other].full if chance(rng, 0.6) else None})
    member = household.members[index]
    missing = False
    absent_chance = 0.6 if member.alone_child else (0.2 if member.role == "single" else 0.05)
    if chance(rng, absent_chance):
        relation = "parent" if member.alone_child else _ABSENT_RELATIVE.draw(rng)
        missing = chance(rng, 0.35 if member.alone_child else 0.25)
        relative = new_identity(rng, household.group, "female" if chance(rng, 0.5) else "male")
        links.append({"id": new_id(), "relationship": relation, "related_case_id": None,
                      "name": render(rng, relative).full if chance(rng, 0.7) else None})
    return links, missing


def signals(
    person: dict[str, object],
    incidents: Collection[str],
    member: Member,
    exploited: bool,
    nationality: str,
    household: Household,
) -> dict[str, bool]:
    """Facts the screening answers are drawn from (see ``screenings._VULNERABILITY_SIGNALS``)."""
    documents = person["documents"]
    assert isinstance(documents, list)
    held = [d["held_by"] for d in documents]
    disability = person["disability"]
    assert isinstance(disability, dict)
    return {
        "alone_child": member.alone_child,
        "health": False,
        "disability": any(v != "no_difficulty" for v in disability.values()),
        "pregnant": False,
        "violence": "violence" in incidents or "sexual_violence" in incidents,
        "no_document": "self" not in held,
        "exploited": exploited,
        "with_parent": member.role == "child",
        "with_family": len(household.members) > 1,
        "detention": "detention" in incidents,
        "extortion": "extortion" in incidents,
        "conflict": conflict_origin(nationality),
        "document_held": any(h in _HELD_BY_EXPLOITERS for h in held),
        "forced_labour": "forced_labour" in incidents,
    }


def flags_for(
    rng: random.Random,
    member: Member,
    sig: dict[str, bool],
    countries: Collection[str],
    missing: bool,
    nationality: str,
) -> list[str]:
    """Flags that follow from the record; sets ``health``/``pregnant`` in ``sig`` to match."""
    flags: list[str] = []
    age, sex = member.age, member.identity.sex
    if member.alone_child:
        flags.append("unaccompanied_child")
    if member.separated_child:
        flags.append("separated_child")
    if sex == "female" and 15 <= age <= 45 and chance(rng, 0.06):
        flags.append("pregnant")
        sig["pregnant"] = True
    if chance(rng, 0.04):
        flags.append("serious_medical")
        sig["health"] = True
    if sig["violence"] and chance(rng, 0.8):
        flags.append("survivor_of_violence")
    if any(c in _DETENTION_RISK_COUNTRIES for c in countries) and chance(rng, 0.15):
        flags.append("at_risk_of_detention")
    if sig["disability"]:
        flags.append("disability")
    if age >= 60:
        flags.append("older_person")
    if member.single_caregiver:
        flags.append("single_caregiver")
    if missing:
        flags.append("missing_family_member")
    if nationality == "XXA":
        flags.append("stateless")
    if sig["exploited"] and chance(rng, 0.3):
        flags.append("threatened_by_exploiters")
    return flags
