"""Who travels together: single adults, couples, families, children alone or with a relative.

A household is drawn first (its kind, its members' sexes, ages and name identities), then each
member becomes one case. Relationships are stored both ways: a mother's case lists her child
as ``child`` and the child's case lists her as ``parent``. The mix is tuned so that children
are about 15-20 % of cases, a share in line with mixed-migration registrations.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from fieldcase.synthetic.names import GROUPS, NATIONALITY_GROUPS, NameGroup
from fieldcase.synthetic.naming import Identity, child_of, new_identity, spouse_of
from fieldcase.synthetic.sampling import Table, between, chance

_KINDS = Table(
    [
        ("single", 0.76),
        ("couple", 0.06),
        ("family", 0.045),
        ("single_parent", 0.045),
        ("unaccompanied", 0.04),
        ("separated", 0.025),
        ("companions", 0.04),
    ]
)
_ADULT_AGES = Table([((18, 24), 0.35), ((25, 34), 0.35), ((35, 44), 0.17), ((45, 59), 0.1),
                     ((60, 78), 0.03)])
_ALONE_CHILD_AGES = Table([((9, 12), 0.1), ((13, 15), 0.35), ((16, 17), 0.55)])
_GROUP_TABLES = {nat: Table(list(pairs)) for nat, pairs in NATIONALITY_GROUPS.items()}

FEMALE_SHARE = {
    "central_med": 0.2,
    "eastern_med": 0.3,
    "horn_of_africa": 0.25,
    "central_america": 0.42,
    "southeast_asia": 0.45,
}

# relationship of B as written in A's case, given A's role and B's role
_LINK = {
    ("parent", "parent"): "spouse",
    ("parent", "child"): "child",
    ("child", "parent"): "parent",
    ("child", "child"): "sibling",
    ("spouse", "spouse"): "spouse",
    ("relative", "ward"): "other_relative",
    ("ward", "relative"): "other_relative",
    ("companion", "companion"): "travel_companion",
}


@dataclass(frozen=True, slots=True)
class Member:
    identity: Identity
    age: int
    role: str
    """``single``, ``parent``, ``child``, ``spouse``, ``relative``, ``ward`` or ``companion``."""
    alone_child: bool = False
    separated_child: bool = False
    single_caregiver: bool = False


@dataclass(frozen=True, slots=True)
class Household:
    kind: str
    group: NameGroup
    members: tuple[Member, ...]

    def relationship(self, a: int, b: int) -> str:
        """How member ``b`` is related to member ``a``, as written in ``a``'s case."""
        return _LINK[(self.members[a].role, self.members[b].role)]


def naming_group(rng: random.Random, nationality: str) -> NameGroup:
    return GROUPS[_GROUP_TABLES[nationality].draw(rng)]


def _adult_age(rng: random.Random) -> int:
    low, high = _ADULT_AGES.draw(rng)
    return between(rng, low, high)


def _sex(rng: random.Random, female_share: float) -> str:
    roll = rng.random()
    if roll < 0.002:
        return "unknown"
    return "female" if roll < female_share else "male"


def draw_household(
    rng: random.Random, group: NameGroup, route: str, room: int
) -> Household:
    """A household of at most ``room`` people (the cases left to generate)."""
    kind = _KINDS.draw(rng) if room > 1 else rng.choice(("single", "single", "unaccompanied"))
    share = FEMALE_SHARE[route]
    members: list[Member] = []
    if kind == "single":
        members.append(Member(new_identity(rng, group, _sex(rng, share)), _adult_age(rng),
                              "single"))
    elif kind == "unaccompanied":
        low, high = _ALONE_CHILD_AGES.draw(rng)
        sex = _sex(rng, share * 0.8)
        members.append(Member(new_identity(rng, group, sex), between(rng, low, high), "single",
                              alone_child=True))
    elif kind in ("couple", "companions"):
        first = new_identity(rng, group, "male" if kind == "couple" else _sex(rng, share))
        role = "spouse" if kind == "couple" else "companion"
        second = spouse_of(rng, first) if kind == "couple" else new_identity(
            rng, group, _sex(rng, share))
        age = _adult_age(rng)
        members.append(Member(first, age, role))
        members.append(Member(second, max(18, age + between(rng, -8, 3)), role))
    elif kind == "separated":
        adult = new_identity(rng, group, _sex(rng, 0.5))
        child = new_identity(rng, group, _sex(rng, 0.45))
        members.append(Member(child, between(rng, 8, 17), "ward", separated_child=True))
        members.append(Member(adult, between(rng, 20, 50), "relative"))
    else:
        members.extend(_family(rng, group, two_parents=kind == "family"))
    return Household(kind, group, tuple(members[:room]))


def _family(rng: random.Random, group: NameGroup, *, two_parents: bool) -> list[Member]:
    parent_age = between(rng, 22, 50)
    father = new_identity(rng, group, "male")
    mother = spouse_of(rng, father)
    if two_parents:
        parents = [Member(father, parent_age, "parent"),
                   Member(mother, max(18, parent_age - between(rng, 0, 8)), "parent")]
    else:
        lone = mother if chance(rng, 0.8) else father
        parents = [Member(lone, parent_age, "parent", single_caregiver=True)]
    oldest = min(17, parent_age - 16)
    children = [
        Member(child_of(rng, father, mother, group, rng.choice(("female", "male"))),
               between(rng, 0, oldest), "child")
        for _ in range(between(rng, 1, 3))
    ]
    return parents + children
