"""Name tables for synthetic people: who is called what, in which script, spelled how.

Every entry is a :class:`NameForm`: the name in the script its bearer writes it in (``native``,
or None for names normally written in Latin) and the Latin spellings met in registers,
passports and interpreter notes, most common first. The variation between spellings is the
point: search, duplicate detection and sync must cope with ``Mohammed``/``Muhammad``/``محمد``.

The raw lists live in ``name_data_*`` modules as compact text, one name a line written
``native|latin|latin...``; this module parses them once at import into immutable groups and
maps each nationality to the naming groups found among its people. The names are common given
names and family names; no combination is meant to denote a real person.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Literal

from fieldcase.synthetic import name_data_africa as africa
from fieldcase.synthetic import name_data_americas as americas
from fieldcase.synthetic import name_data_asia as asia

FamilyStyle = Literal["patronymic", "surname", "double_surname", "none", "clan_first"]
"""How a group forms family names.

``patronymic``: the father's given name (Ethiopia, Eritrea, Sudan, Somalia); ``surname``: an
inherited family name from a list; ``double_surname``: father's first surname then mother's
(Spanish-speaking Americas); ``none``: the full name is one personal name (Myanmar, Rohingya,
Karen); ``clan_first``: a family name written before the given name (Khmer).
"""


@dataclass(frozen=True, slots=True)
class NameForm:
    """One name: its native-script form (None when written in Latin) and Latin spellings."""

    native: str | None
    latin: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class NameGroup:
    """The naming customs of one language community."""

    key: str
    script: str
    male: tuple[NameForm, ...]
    female: tuple[NameForm, ...]
    family: tuple[NameForm, ...]
    style: FamilyStyle
    languages: tuple[tuple[str, ...], ...]
    """Language sets a member speaks, one picked per person (first code is the main one)."""


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text.strip())


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", kept)


def parse_forms(text: str, *, native: bool) -> tuple[NameForm, ...]:
    """Parse ``native|latin|latin`` lines (or ``latin|latin`` when ``native`` is False).

    An accent-free spelling is added after the written ones when it differs, because that is
    how a name typed on a keyboard without accents ends up in a register.
    """
    forms: list[NameForm] = []
    for raw in text.strip().splitlines():
        parts = [_nfc(p) for p in raw.split("|") if p.strip()]
        if not parts:
            continue
        head = parts[0] if native else None
        latin = parts[1:] if native else parts
        plain = [_strip_marks(s) for s in latin]
        spellings = list(dict.fromkeys([*latin, *plain]))
        if not spellings:
            raise ValueError(f"name entry without a Latin spelling: {raw!r}")
        forms.append(NameForm(head, tuple(spellings)))
    return tuple(forms)


def _group(
    key: str,
    script: str,
    male: str,
    female: str,
    family: str,
    style: FamilyStyle,
    languages: str,
) -> NameGroup:
    native = script != "latn"
    return NameGroup(
        key=key,
        script=script,
        male=parse_forms(male, native=native),
        female=parse_forms(female, native=native),
        family=parse_forms(family, native=native) if family else (),
        style=style,
        languages=tuple(tuple(s.split("+")) for s in languages.split()),
    )


GROUPS: dict[str, NameGroup] = {
    g.key: g
    for g in (
        _group("arabic_sudan", "arab", africa.ARABIC_MALE, africa.ARABIC_FEMALE, "",
               "patronymic", "ar ar ar+en"),
        _group("arabic_levant", "arab", africa.ARABIC_MALE, africa.ARABIC_FEMALE,
               africa.ARABIC_FAMILY, "surname", "ar ar ar+en ar+kmr"),
        _group("eritrean_muslim", "arab", africa.ARABIC_MALE, africa.ARABIC_FEMALE, "",
               "patronymic", "tig+ar ti+ar ssy+ar"),
        _group("tigrinya", "ethi", africa.GEEZ_MALE, africa.GEEZ_FEMALE, "",
               "patronymic", "ti ti ti+en ti+am"),
        _group("amharic", "ethi", africa.GEEZ_MALE, africa.GEEZ_FEMALE, "",
               "patronymic", "am am am+en am+om"),
        _group("oromo", "latn", africa.OROMO_MALE, africa.OROMO_FEMALE, "",
               "patronymic", "om om+am om+am"),
        _group("somali", "latn", africa.SOMALI_MALE, africa.SOMALI_FEMALE, "",
               "patronymic", "so so so+ar so+en"),
        _group("hausa", "latn", africa.HAUSA_MALE, africa.HAUSA_FEMALE, africa.HAUSA_FAMILY,
               "surname", "ha+en ha ha+en+yo"),
        _group("yoruba", "latn", africa.YORUBA_MALE, africa.YORUBA_FEMALE, africa.YORUBA_FAMILY,
               "surname", "yo+en yo"),
        _group("igbo", "latn", africa.IGBO_MALE, africa.IGBO_FEMALE, africa.IGBO_FAMILY,
               "surname", "ig+en ig"),
        _group("edo", "latn", africa.EDO_MALE, africa.EDO_FEMALE, africa.EDO_FAMILY,
               "surname", "en en+yo en+ha"),
        _group("mande_fula", "latn", africa.MANDE_MALE, africa.MANDE_FEMALE, africa.MANDE_FAMILY,
               "surname", "bm+fr ff+fr mnk+en snk+fr fr"),
        _group("afghan", "arab", asia.AFGHAN_MALE, asia.AFGHAN_FEMALE, asia.AFGHAN_FAMILY,
               "surname", "prs ps prs+ps haz+prs fa"),
        _group("pakistani", "arab", asia.AFGHAN_MALE, asia.AFGHAN_FEMALE, asia.PAKISTANI_FAMILY,
               "surname", "ur+pa ur ur+en ps+ur"),
        _group("bengali", "beng", asia.BENGALI_MALE, asia.BENGALI_FEMALE, asia.BENGALI_FAMILY,
               "surname", "bn bn syl+bn ctg+bn"),
        _group("burmese", "mymr", asia.BURMESE_MALE, asia.BURMESE_FEMALE, "",
               "none", "my my my+en"),
        _group("karen", "latn", asia.KAREN_MALE, asia.KAREN_FEMALE, "",
               "none", "ksw+my ksw"),
        _group("rohingya", "latn", asia.ROHINGYA_MALE, asia.ROHINGYA_FEMALE, "",
               "none", "rhg rhg+my rhg+bn rhg+ctg"),
        _group("khmer", "khmr", asia.KHMER_MALE, asia.KHMER_FEMALE, asia.KHMER_FAMILY,
               "clan_first", "km km km+th"),
        _group("lao", "latn", asia.LAO_MALE, asia.LAO_FEMALE, asia.LAO_FAMILY,
               "surname", "lo lo+th"),
        _group("spanish_ca", "latn", americas.SPANISH_MALE, americas.SPANISH_FEMALE,
               americas.SPANISH_FAMILY, "double_surname", "es es es es+en"),
        _group("guatemalan_maya", "latn", americas.SPANISH_MALE, americas.SPANISH_FEMALE,
               americas.SPANISH_FAMILY, "double_surname", "quc+es mam+es kek+es"),
        _group("venezuelan", "latn", americas.VENEZUELAN_MALE, americas.VENEZUELAN_FEMALE,
               americas.SPANISH_FAMILY, "double_surname", "es es+en"),
        _group("haitian", "latn", americas.HAITIAN_MALE, americas.HAITIAN_FEMALE,
               americas.HAITIAN_FAMILY, "surname", "ht+fr ht ht+es"),
    )
}

NATIONALITY_GROUPS: dict[str, tuple[tuple[str, float], ...]] = {
    "ERI": (("tigrinya", 0.85), ("eritrean_muslim", 0.15)),
    "ETH": (("amharic", 0.45), ("oromo", 0.4), ("tigrinya", 0.15)),
    "SDN": (("arabic_sudan", 1.0),),
    "SOM": (("somali", 1.0),),
    "NGA": (("edo", 0.35), ("hausa", 0.3), ("yoruba", 0.2), ("igbo", 0.15)),
    "MLI": (("mande_fula", 1.0),),
    "GIN": (("mande_fula", 1.0),),
    "GMB": (("mande_fula", 1.0),),
    "SYR": (("arabic_levant", 1.0),),
    "IRQ": (("arabic_levant", 1.0),),
    "AFG": (("afghan", 1.0),),
    "PAK": (("pakistani", 1.0),),
    "BGD": (("bengali", 1.0),),
    "MMR": (("burmese", 0.75), ("karen", 0.25)),
    "XXA": (("rohingya", 1.0),),
    "KHM": (("khmer", 1.0),),
    "LAO": (("lao", 1.0),),
    "HND": (("spanish_ca", 1.0),),
    "SLV": (("spanish_ca", 1.0),),
    "GTM": (("spanish_ca", 0.7), ("guatemalan_maya", 0.3)),
    "VEN": (("venezuelan", 0.6), ("spanish_ca", 0.4)),
    "HTI": (("haitian", 1.0),),
}
"""Which naming groups a nationality's people belong to, with their shares."""
