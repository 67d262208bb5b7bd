"""Choosing and writing down synthetic people's names the way registers really hold them.

An :class:`Identity` is a person's name before anyone writes it: name forms from a naming
group, plus the family part the group's custom gives (a father's name, an inherited surname,
two surnames). :func:`render` then writes it as one worker would: sometimes in the native
script with a Latin spelling as an alias, sometimes in Latin with the native form as an alias,
sometimes in two Latin spellings, sometimes family name first. Family members share an
identity's parts but each is rendered separately, as separate registrations are.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from fieldcase.synthetic.names import NameForm, NameGroup
from fieldcase.synthetic.sampling import chance, pick

_MD = NameForm("মোঃ", ("Md.", "Mohammad", "Mohammed"))
_MALE_PREFIX = {"bengali": (_MD, 0.4)}
_FEMALE_FAMILY_INSTEAD = {"bengali": (NameForm("আক্তার", ("Akter", "Akhter")), 0.5)}
_TAKES_HUSBANDS_NAME = frozenset({"haitian", "hausa", "yoruba", "igbo", "edo", "mande_fula", "lao"})


@dataclass(frozen=True, slots=True)
class Identity:
    group: NameGroup
    sex: str
    given: NameForm
    family: tuple[NameForm, ...]


@dataclass(frozen=True, slots=True)
class WrittenName:
    given_name: str
    family_name: str | None
    other_names: tuple[str, ...]

    @property
    def full(self) -> str:
        return f"{self.given_name} {self.family_name}" if self.family_name else self.given_name


def _given(rng: random.Random, group: NameGroup, sex: str) -> NameForm:
    if sex == "male" or (sex not in ("male", "female") and chance(rng, 0.5)):
        form = pick(rng, group.male)
        prefix = _MALE_PREFIX.get(group.key)
        if prefix is not None and chance(rng, prefix[1]):
            form = _combine(prefix[0], form)
        return form
    return pick(rng, group.female)


def _combine(a: NameForm, b: NameForm) -> NameForm:
    native = f"{a.native} {b.native}" if a.native and b.native else None
    latin = tuple(dict.fromkeys(f"{x} {y}" for x in a.latin[:2] for y in b.latin[:2]))
    return NameForm(native, latin)


def _father_line(rng: random.Random, group: NameGroup) -> tuple[NameForm, ...]:
    """A patronymic: father's name, sometimes followed by the grandfather's."""
    father = pick(rng, group.male)
    if chance(rng, 0.35 if group.key in ("somali", "arabic_sudan") else 0.12):
        return (father, pick(rng, group.male))
    return (father,)


def new_identity(rng: random.Random, group: NameGroup, sex: str) -> Identity:
    """A person with no relative generated yet: a family part drawn per the group's custom."""
    given = _given(rng, group, sex)
    style = group.style
    if style == "patronymic":
        family: tuple[NameForm, ...] = _father_line(rng, group)
    elif style == "double_surname":
        family = (pick(rng, group.family), pick(rng, group.family))
    elif style in ("surname", "clan_first"):
        family = _surname(rng, group, sex)
    else:
        family = ()
    return Identity(group, sex, given, family)


def _surname(rng: random.Random, group: NameGroup, sex: str) -> tuple[NameForm, ...]:
    if group.key == "afghan":
        roll = rng.random()
        if roll < 0.2:
            return ()
        if roll < 0.4:
            return (pick(rng, group.male),)
    instead = _FEMALE_FAMILY_INSTEAD.get(group.key)
    if sex == "female" and instead is not None and chance(rng, instead[1]):
        return (instead[0],)
    return (pick(rng, group.family),)


def spouse_of(rng: random.Random, partner: Identity) -> Identity:
    """The partner's spouse: own given name; family name by the group's custom."""
    group = partner.group
    sex = "female" if partner.sex == "male" else "male"
    own = new_identity(rng, group, sex)
    if group.key in _TAKES_HUSBANDS_NAME and sex == "female" and chance(rng, 0.7):
        return Identity(group, sex, own.given, partner.family)
    return own


def child_of(
    rng: random.Random, father: Identity | None, mother: Identity | None, group: NameGroup, sex: str
) -> Identity:
    """A child's identity: the family part follows from the parents present, if any."""
    given = _given(rng, group, sex)
    style = group.style
    if style == "patronymic":
        family = (father.given,) if father is not None else _father_line(rng, group)
    elif style == "double_surname":
        first = father.family[0] if father and father.family else pick(rng, group.family)
        second = mother.family[0] if mother and mother.family else pick(rng, group.family)
        family = (first, second)
    elif style in ("surname", "clan_first"):
        parent = father or mother
        family = parent.family if parent is not None else _surname(rng, group, sex)
    else:
        family = ()
    return Identity(group, sex, given, family)


def _latin(rng: random.Random, form: NameForm) -> str:
    if len(form.latin) > 1 and chance(rng, 0.35):
        return pick(rng, form.latin[1:])
    return form.latin[0]


def _other_latin(rng: random.Random, form: NameForm, used: str) -> str:
    others = [s for s in form.latin if s != used]
    return pick(rng, others) if others else used


def _join(parts: list[str]) -> str | None:
    return " ".join(parts) if parts else None


def _full(given: str, family: str | None, clan_first: bool) -> str:
    if not family:
        return given
    return f"{family} {given}" if clan_first else f"{given} {family}"


def render(rng: random.Random, person: Identity) -> WrittenName:
    """Write the name down once, with the aliases a register would carry."""
    clan_first = person.group.style == "clan_first"
    given_latin = _latin(rng, person.given)
    family_latin = [_latin(rng, f) for f in person.family]
    native_ok = person.given.native is not None and all(f.native for f in person.family)
    roll = rng.random()
    if native_ok and roll < 0.35:
        given = person.given.native or given_latin
        family = _join([f.native or "" for f in person.family])
        aliases = [_full(given_latin, _join(family_latin), clan_first)]
        if chance(rng, 0.3):
            alt = _other_latin(rng, person.given, given_latin)
            aliases.append(_full(alt, _join(family_latin), clan_first))
    elif native_ok and roll < 0.7:
        given, family = given_latin, _join(family_latin)
        native_family = _join([f.native or "" for f in person.family])
        aliases = [_full(person.given.native or given, native_family, clan_first)]
    elif (native_ok and roll < 0.85) or (not native_ok and roll < 0.4):
        given, family = given_latin, _join(family_latin)
        alt_family = _join([_other_latin(rng, f, s) for f, s in zip(person.family, family_latin,
                                                                    strict=True)])
        alt = _full(_other_latin(rng, person.given, given_latin), alt_family, clan_first)
        aliases = [alt] if alt != _full(given, family, clan_first) else []
    else:
        given, family = given_latin, _join(family_latin)
        aliases = []
        if family and chance(rng, 0.4):
            aliases.append(_full(given, family, not clan_first))
    written = _full(given, family, clan_first)
    unique = tuple(dict.fromkeys(a for a in aliases if a and a != written))
    return WrittenName(given, family, unique)
