"""The ``person`` part of a synthetic case: name, age, languages, functioning, contact, papers.

Ages are exact at the opening of the case: a date of birth, when one is given, is drawn so the
person has exactly that age on the opening day. Phone numbers come from the UK regulator's
range reserved for drama (+44 7700 900000-900999), so none reaches a real person. A document
held by a smuggler, employer or recruiter is a trafficking indicator, so it is only drawn for
people the generator marks as exploited.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta

from fieldcase.synthetic.households import Member
from fieldcase.synthetic.naming import WrittenName
from fieldcase.synthetic.sampling import Table, between, chance, pick

_WG_DOMAINS = ("seeing", "hearing", "walking", "remembering", "self_care", "communicating")
_WG_LEVELS = Table([("some_difficulty", 0.7), ("a_lot_of_difficulty", 0.25),
                    ("cannot_do_at_all", 0.05)])
_DOCUMENT_SHARE = {"SYR": 0.6, "IRQ": 0.6, "VEN": 0.7, "HND": 0.5, "GTM": 0.5, "SLV": 0.5,
                   "ERI": 0.15, "SDN": 0.3, "AFG": 0.3, "XXA": 0.45, "BGD": 0.6, "PAK": 0.5}
_HOLDERS = Table([("self", 0.86), ("lost", 0.07), ("authorities", 0.04), ("unknown", 0.03)])
_EXPLOITER_HOLDERS = Table([("smuggler", 0.4), ("employer", 0.35), ("recruiter", 0.25)])
_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
_REACH_VIA_DESK = "Reachable through the site's information desk."


def birth_date(rng: random.Random, age: int, on: date) -> date:
    """A date of birth giving exactly ``age`` completed years on ``on``."""
    try:
        anniversary = on.replace(year=on.year - age)
    except ValueError:  # 29 February in a year that has none
        anniversary = on.replace(year=on.year - age, day=28)
    return anniversary - timedelta(days=between(rng, 0, 363))


def _disability(rng: random.Random, age: int) -> dict[str, str]:
    if age < 5 or not chance(rng, 0.3 if age >= 60 else 0.06):
        return {}
    affected = {pick(rng, _WG_DOMAINS) for _ in range(between(rng, 1, 2))}
    full_set = chance(rng, 0.4)
    answers: dict[str, str] = {}
    for domain in _WG_DOMAINS:
        if domain in affected:
            answers[domain] = _WG_LEVELS.draw(rng)
        elif full_set:
            answers[domain] = "no_difficulty"
    return answers


def _document(
    rng: random.Random, new_id: Callable[[], str], nationality: str, age: int, exploited: bool
) -> dict[str, object]:
    if nationality == "XXA":
        kind, issuer = "travel_document" if chance(rng, 0.3) else "other", "BGD"
        number = f"FD{between(rng, 10_000_000, 99_999_999)}"
    elif age < 16:
        kind, issuer = "birth_certificate", nationality
        register, entry = between(rng, 1000, 9999), between(rng, 100, 99_999)
        number = f"{register}/{between(rng, 0, 99):02d}-{entry}"
    else:
        kind = "passport" if chance(rng, 0.5) else "national_id"
        issuer = nationality
        prefix = pick(rng, _LETTERS) + pick(rng, _LETTERS)
        number = f"{prefix}{between(rng, 1_000_000, 9_999_999)}"
    holder = _EXPLOITER_HOLDERS.draw(rng) if exploited and chance(rng, 0.6) else _HOLDERS.draw(rng)
    return {"id": new_id(), "type": kind, "number": number, "issuing_country": issuer,
            "held_by": holder}


def person_record(
    rng: random.Random,
    new_id: Callable[[], str],
    member: Member,
    name: WrittenName,
    nationality: str,
    opened_on: date,
    *,
    exploited: bool,
) -> dict[str, object]:
    """The person object; ``member.age`` is the age on ``opened_on``."""
    person_id = new_id()
    age = member.age
    dob = birth_date(rng, age, opened_on) if chance(rng, 0.4) else None
    adult = age >= 18
    phone = f"+44 7700 900{between(rng, 0, 999):03d}" if adult and chance(rng, 0.5) else None
    documents: list[dict[str, object]] = []
    share = _DOCUMENT_SHARE.get(nationality, 0.35)
    if chance(rng, min(0.9, share + (0.3 if exploited else 0.0))):
        documents.append(_document(rng, new_id, nationality, age, exploited))
    return {
        "id": person_id,
        "given_name": name.given_name,
        "family_name": name.family_name,
        "other_names": list(name.other_names),
        "sex": member.identity.sex,
        "gender": None,
        "date_of_birth": None if dob is None else dob.isoformat(),
        "age_estimate": None if dob is not None else age,
        "nationality": nationality,
        "languages": list(pick(rng, member.identity.group.languages)),
        "disability": _disability(rng, age),
        "contact": {"phone": phone, "other": _REACH_VIA_DESK if chance(rng, 0.05) else None},
        "documents": documents,
    }
