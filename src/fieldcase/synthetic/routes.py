"""Mixed-migration routes, countries and field sites of the synthetic model.

A site sits in one country on one route. Each origin (a nationality with its home country)
travels along one or more country chains, e.g. Nigeria -> Niger -> Libya -> Italy. A case met
at a site gets a stage (origin, transit, destination or return), and its journey is the chain
cut at the site's country; a returnee's chain goes on past the site and then comes back.
Candidates per (site, stage) are worked out once at import so generation only draws numbers.

Rates and shares are rough orders of magnitude drawn from public reporting on these routes
(IOM DTM, UNHCR, MMC 4Mi); they make the data look like field data, not statistics.
"""

from __future__ import annotations

from dataclasses import dataclass

Weighted = tuple[tuple[str, float], ...]


@dataclass(frozen=True, slots=True)
class Country:
    """What a journey leg in a country looks like."""

    places: tuple[str, ...]
    means: Weighted
    days: tuple[int, int]
    """Shortest and longest typical stay or crossing, in days."""
    incidents: Weighted
    """Chance that each incident happens on one leg in this country."""


@dataclass(frozen=True, slots=True)
class Origin:
    nationality: str
    home: str
    weight: float
    chains: tuple[tuple[str, ...], ...]
    """Country chains travelled, each starting at ``home``."""


@dataclass(frozen=True, slots=True)
class Route:
    key: str
    label: str
    origins: tuple[Origin, ...]


@dataclass(frozen=True, slots=True)
class Site:
    code: str
    name: str
    country: str
    route: str
    weight: float
    stages: Weighted
    return_means: Weighted


def _w(text: str) -> Weighted:
    """``"a:1 b:2.5"`` -> ``(("a", 1.0), ("b", 2.5))``."""
    return tuple((k, float(v)) for k, v in (item.split(":") for item in text.split()))


def _c(places: str, means: str, days: tuple[int, int], incidents: str = "") -> Country:
    return Country(tuple(p.strip() for p in places.split(",")), _w(means), days, _w(incidents))


COUNTRIES: dict[str, Country] = {
    # Central Mediterranean and the Horn's northern routes
    "ERI": _c("Asmara, Keren, Mendefera, Tesseney, Adi Keyih, Dekemhare", "foot:3 bus:2 car:1",
              (1, 20)),
    "SDN": _c("Khartoum, Kassala, Gedaref, Omdurman, Port Sudan, Dongola, Nyala", "truck:3 bus:2",
              (7, 150), "extortion:0.15 robbery:0.1 kidnapping:0.05 violence:0.08 detention:0.05"),
    "ETH": _c("Addis Ababa, Dire Dawa, Jimma, Hosaena, Harar, Dessie, Adama, Gondar, Shashamane, "
              "Hawassa, Metema, Moyale", "bus:4 foot:2 truck:1", (1, 30),
              "robbery:0.03 extortion:0.03"),
    "NGA": _c("Benin City, Kano, Lagos, Sokoto, Katsina, Ibadan, Enugu, Maiduguri", "bus:4 car:1",
              (1, 14), "robbery:0.02"),
    "MLI": _c("Bamako, Gao, Kayes, Ségou, Mopti, Sikasso", "bus:4 truck:1", (2, 30),
              "extortion:0.15 robbery:0.08"),
    "GIN": _c("Conakry, Kankan, Labé, Siguiri, Kindia, Nzérékoré", "bus:4 car:1", (1, 14),
              "extortion:0.03"),
    "GMB": _c("Serekunda, Brikama, Banjul, Basse Santa Su, Farafenni", "bus:4 car:1", (1, 10)),
    "BGD": _c("Dhaka, Sylhet, Madaripur, Sunamganj, Cumilla, Noakhali", "plane:3 bus:1", (1, 10)),
    "EGY": _c("Cairo, Alexandria", "plane:3 bus:1", (2, 20), "extortion:0.05"),
    "NER": _c("Agadez, Niamey, Zinder, Arlit, Dirkou, Séguédine, Assamaka", "truck:3 bus:2",
              (3, 60), "extortion:0.25 robbery:0.15 abandonment:0.08 violence:0.06"),
    "LBY": _c("Tripoli, Sabha, Bani Walid, Kufra, Zuwara, Sabratha, Misrata, Benghazi, Zawiya, "
              "Qatrun", "truck:4 car:1", (30, 420),
              "detention:0.4 extortion:0.35 forced_labour:0.2 violence:0.3 kidnapping:0.12 "
              "robbery:0.2 sexual_violence:0.12 document_confiscation:0.06"),
    "DZA": _c("Tamanrasset, In Guezzam, Algiers, Oran", "truck:3 bus:1", (20, 300),
              "detention:0.2 extortion:0.1 forced_labour:0.08 robbery:0.1 abandonment:0.05"),
    "ITA": _c("Lampedusa, Pozzallo, Crotone, Augusta, Reggio Calabria, Porto Empedocle", "boat:1",
              (1, 10), "detention:0.02"),
    # Eastern Mediterranean
    "SYR": _c("Aleppo, Idlib, Homs, Damascus, Deir ez-Zor, Daraa, Hama, Raqqa, Afrin, Qamishli",
              "car:2 bus:2 foot:1", (1, 30), "violence:0.05 extortion:0.05"),
    "AFG": _c("Kabul, Herat, Kandahar, Mazar-i-Sharif, Jalalabad, Kunduz, Ghazni, Bamyan, Khost",
              "bus:2 car:2 foot:1", (1, 20), "extortion:0.05 violence:0.04"),
    "IRQ": _c("Mosul, Baghdad, Erbil, Duhok, Sulaymaniyah, Basra, Sinjar, Kirkuk", "car:3 bus:2",
              (1, 20), "extortion:0.03"),
    "PAK": _c("Lahore, Gujrat, Sialkot, Karachi, Peshawar, Quetta, Mandi Bahauddin",
              "bus:3 car:1", (1, 20), "extortion:0.05"),
    "IRN": _c("Tehran, Zahedan, Mashhad, Urmia, Khoy, Maku, Isfahan", "car:2 foot:2 truck:1",
              (10, 500), "detention:0.12 extortion:0.15 forced_labour:0.1 violence:0.1 "
              "robbery:0.08 document_confiscation:0.04"),
    "TUR": _c("Van, Istanbul, Izmir, Ayvalık, Çeşme, Edirne, Gaziantep, Ankara, Doğubayazıt, "
              "Şanlıurfa", "bus:3 truck:1 foot:1", (10, 400),
              "detention:0.12 violence:0.08 extortion:0.1 forced_labour:0.07 robbery:0.05"),
    "GRC": _c("Mytilene, Samos, Chios, Kos, Athens, Evros, Leros", "boat:5 foot:1", (1, 30),
              "violence:0.06 detention:0.05 robbery:0.03"),
    # Horn of Africa: eastern and southern routes
    "SOM": _c("Mogadishu, Bosaso, Hargeisa, Kismayo, Baidoa, Beledweyne, Galkayo, Burao",
              "truck:2 bus:2 foot:1", (2, 40), "extortion:0.1 robbery:0.08 violence:0.05"),
    "DJI": _c("Obock, Tadjourah, Djibouti City, Ali Sabieh, Dikhil", "foot:4 truck:1", (3, 60),
              "abandonment:0.1 robbery:0.1 extortion:0.08"),
    "YEM": _c("Aden, Lahj, Ras al-Ara, Marib, Saada, Shabwa", "boat:3 foot:2 truck:1", (10, 200),
              "kidnapping:0.25 extortion:0.35 violence:0.3 detention:0.2 sexual_violence:0.15 "
              "robbery:0.2 forced_labour:0.1"),
    "SAU": _c("Jizan, Najran, Riyadh, Jeddah, Khamis Mushait", "foot:3 car:1", (30, 900),
              "detention:0.35 forced_labour:0.2 violence:0.15 document_confiscation:0.15"),
    "KEN": _c("Moyale, Nairobi, Isiolo, Marsabit, Mandera, Namanga", "truck:3 bus:2", (3, 60),
              "detention:0.12 extortion:0.12 robbery:0.06"),
    "TZA": _c("Dar es Salaam, Arusha, Mbeya, Tunduma, Dodoma", "truck:4 foot:1", (5, 90),
              "detention:0.2 abandonment:0.06 extortion:0.1"),
    "ZAF": _c("Musina, Johannesburg, Polokwane, Pretoria, Durban, Cape Town",
              "truck:2 foot:1 bus:1", (5, 400),
              "robbery:0.12 violence:0.1 forced_labour:0.06 extortion:0.08"),
    # Central America and the northern Americas
    "HND": _c("San Pedro Sula, Tegucigalpa, Choloma, La Ceiba, Comayagua, Choluteca, El Progreso",
              "bus:4 foot:1", (1, 10), "extortion:0.06 violence:0.04"),
    "GTM": _c("Guatemala City, Quetzaltenango, Huehuetenango, San Marcos, Tecún Umán, Escuintla, "
              "Cobán", "bus:3 foot:1 car:1", (2, 20), "extortion:0.1 robbery:0.06"),
    "SLV": _c("San Salvador, Soyapango, San Miguel, Santa Ana, Usulután, Ahuachapán", "bus:4 car:1",
              (1, 10), "extortion:0.06"),
    "VEN": _c("Caracas, Maracaibo, Valencia, Barquisimeto, Maturín, San Cristóbal, Ciudad Guayana",
              "bus:4 car:1", (1, 20)),
    "HTI": _c("Port-au-Prince, Cap-Haïtien, Gonaïves, Les Cayes, Saint-Marc, Jacmel, Port-de-Paix",
              "plane:2 bus:1 boat:1", (1, 15), "violence:0.04"),
    "COL": _c("Necoclí, Cúcuta, Medellín, Bogotá, Turbo, Capurganá", "bus:3 boat:1", (5, 120),
              "extortion:0.08 robbery:0.06"),
    "PAN": _c("Bajo Chiquito, Lajas Blancas, Panama City, San Vicente", "foot:4 boat:1 bus:1",
              (5, 20), "robbery:0.3 sexual_violence:0.08 violence:0.15 abandonment:0.06"),
    "CHL": _c("Santiago, Iquique, Arica, Antofagasta", "plane:2 bus:2", (60, 1500),
              "extortion:0.03"),
    "MEX": _c("Tapachula, Ciudad Juárez, Tijuana, Mexico City, Reynosa, Matamoros, Ciudad Hidalgo, "
              "Monterrey, Piedras Negras, Villahermosa, Oaxaca", "bus:3 train:2 foot:2 truck:1",
              (10, 200), "extortion:0.3 kidnapping:0.08 robbery:0.2 violence:0.12 detention:0.1 "
              "sexual_violence:0.05"),
    "USA": _c("El Paso, San Diego, McAllen, Tucson, Houston, Los Angeles", "foot:3 car:1 bus:1",
              (3, 600), "detention:0.4 forced_labour:0.03"),
    # Southeast Asia
    "MMR": _c("Yangon, Mandalay, Hpa-An, Myawaddy, Mawlamyine, Bago, Dawei, Magway, Pathein",
              "bus:3 car:1 foot:1", (1, 20), "extortion:0.08 violence:0.04"),
    "THA": _c("Mae Sot, Bangkok, Samut Sakhon, Ranong, Songkhla, Chiang Mai, Tak, Aranyaprathet, "
              "Nong Khai, Udon Thani, Chonburi", "car:2 truck:2 foot:1 bus:1", (30, 1200),
              "forced_labour:0.15 document_confiscation:0.12 extortion:0.1 detention:0.08"),
    "MYS": _c("Kuala Lumpur, Penang, Johor Bahru, Alor Setar, Klang", "boat:2 truck:1 foot:1",
              (30, 1200), "forced_labour:0.18 detention:0.2 document_confiscation:0.12 "
              "extortion:0.1"),
    "IDN": _c("Lhokseumawe, Banda Aceh, Pidie, Medan", "boat:1", (5, 200), "detention:0.1"),
    "KHM": _c("Poipet, Phnom Penh, Battambang, Siem Reap, Banteay Meanchey, Prey Veng, "
              "Kampong Cham, Svay Rieng", "bus:3 car:1", (1, 10), "extortion:0.02"),
    "LAO": _c("Vientiane, Savannakhet, Pakse, Luang Prabang, Thakhek, Champasak", "bus:3 car:1",
              (1, 10)),
}

_ROHINGYA_HOME = "Maungdaw, Buthidaung, Sittwe, Rathedaung"
_CAMP_PLACES = "Cox's Bazar, Kutupalong, Teknaf, Ukhia, Balukhali, Bhasan Char"
HOME_PLACES: dict[tuple[str, str], tuple[str, ...]] = {
    ("XXA", "MMR"): tuple(p.strip() for p in _ROHINGYA_HOME.split(",")),
}
"""Origin places that differ from the country's usual list (Rohingya villages of Rakhine)."""

TRANSIT_PLACES: dict[tuple[str, str], tuple[str, ...]] = {
    ("XXA", "BGD"): tuple(p.strip() for p in _CAMP_PLACES.split(",")),
}
"""Places a group passes through that differ from the country's usual list."""


def _o(nationality: str, weight: float, *chains: str, home: str | None = None) -> Origin:
    parsed = tuple(tuple(c.split()) for c in chains)
    return Origin(nationality, home or parsed[0][0], weight, parsed)


ROUTES: dict[str, Route] = {
    r.key: r
    for r in (
        Route("central_med", "Central Mediterranean", (
            _o("ERI", 3, "ERI SDN LBY ITA", "ERI ETH SDN LBY ITA"),
            _o("SDN", 3, "SDN LBY ITA", "SDN ETH"),
            _o("ETH", 1.5, "ETH SDN LBY ITA"),
            _o("NGA", 3, "NGA NER LBY ITA", "NGA NER DZA"),
            _o("MLI", 1.5, "MLI NER LBY ITA", "MLI NER DZA"),
            _o("GIN", 2, "GIN MLI NER LBY ITA", "GIN MLI NER DZA"),
            _o("GMB", 1.5, "GMB MLI NER LBY ITA"),
            _o("BGD", 2.5, "BGD EGY LBY ITA"),
        )),
        Route("eastern_med", "Eastern Mediterranean", (
            _o("SYR", 4, "SYR TUR GRC"),
            _o("AFG", 4, "AFG IRN TUR GRC"),
            _o("IRQ", 2, "IRQ TUR GRC"),
            _o("PAK", 1, "PAK IRN TUR GRC"),
        )),
        Route("horn_of_africa", "Horn of Africa (Eastern and Southern routes)", (
            _o("ETH", 6, "ETH DJI YEM SAU", "ETH KEN TZA ZAF", "ETH KEN"),
            _o("SOM", 2, "SOM YEM SAU", "SOM ETH KEN TZA ZAF"),
        )),
        Route("central_america", "Central America to North America", (
            _o("HND", 4, "HND GTM MEX USA", "HND GTM MEX"),
            _o("GTM", 2.5, "GTM MEX USA"),
            _o("SLV", 1.5, "SLV GTM MEX USA"),
            _o("VEN", 3, "VEN COL PAN MEX USA", "VEN COL PAN MEX"),
            _o("HTI", 2, "HTI CHL PAN MEX USA", "HTI CHL PAN MEX"),
        )),
        Route("southeast_asia", "Southeast Asia", (
            _o("MMR", 5, "MMR THA", "MMR THA MYS"),
            _o("XXA", 3, "MMR BGD MYS", "MMR BGD IDN", home="MMR"),
            _o("KHM", 2.5, "KHM THA"),
            _o("LAO", 1.5, "LAO THA"),
        )),
    )
}

SITES: dict[str, Site] = {
    s.code: s
    for s in (
        Site("AGZ-01", "Agadez", "NER", "central_med", 0.10,
             _w("transit:0.6 return:0.4"), _w("truck:3 bus:1")),
        Site("LAMP-01", "Lampedusa", "ITA", "central_med", 0.12, _w("destination:1"), ()),
        Site("MET-01", "Metema", "ETH", "central_med", 0.05,
             _w("origin:0.35 transit:0.35 destination:0.3"), ()),
        Site("VAN-01", "Van", "TUR", "eastern_med", 0.07, _w("transit:1"), ()),
        Site("LES-01", "Lesvos", "GRC", "eastern_med", 0.10, _w("destination:1"), ()),
        Site("OBK-01", "Obock", "DJI", "horn_of_africa", 0.08,
             _w("transit:0.65 return:0.35"), _w("boat:3 foot:1")),
        Site("MOY-01", "Moyale", "ETH", "horn_of_africa", 0.06,
             _w("origin:0.55 transit:0.2 return:0.25"), _w("bus:2 truck:2")),
        Site("BEI-01", "Beitbridge", "ZAF", "horn_of_africa", 0.05, _w("destination:1"), ()),
        Site("TAP-01", "Tapachula", "MEX", "central_america", 0.12,
             _w("transit:0.8 destination:0.2"), ()),
        Site("CJS-01", "Ciudad Juárez", "MEX", "central_america", 0.07,
             _w("transit:0.6 return:0.4"), _w("foot:3 bus:1")),
        Site("MAE-01", "Mae Sot", "THA", "southeast_asia", 0.07,
             _w("destination:0.75 transit:0.25"), ()),
        Site("POI-01", "Poipet", "KHM", "southeast_asia", 0.04,
             _w("return:0.7 origin:0.3"), _w("bus:3 truck:1")),
        Site("COX-01", "Cox's Bazar", "BGD", "southeast_asia", 0.04,
             _w("transit:0.7 return:0.3"), _w("boat:1")),
        Site("NKH-01", "Nong Khai", "THA", "southeast_asia", 0.03, _w("destination:1"), ()),
    )
}

SITE_PLACES: dict[str, str] = {
    "LES-01": "Mytilene",
    "BEI-01": "Musina",
    "COX-01": "Kutupalong",
}
"""The place written on a leg at the site when it differs from the site's name."""

SITE_ORIGINS: dict[str, tuple[str, ...]] = {
    "MAE-01": ("MMR",),
    "NKH-01": ("LAO",),
    "POI-01": ("KHM",),
    "COX-01": ("XXA",),
}
"""Sites that only see some of their route's origins."""


@dataclass(frozen=True, slots=True)
class Candidate:
    """One way a person can be at a site at a stage: whose chain, cut where."""

    origin: Origin
    chain: tuple[str, ...]
    position: int
    """Index in ``chain`` of the site's country (for a return: where they turned back)."""
    weight: float


def _candidates(site: Site, stage: str) -> tuple[Candidate, ...]:
    found: list[Candidate] = []
    allowed = SITE_ORIGINS.get(site.code)
    for origin in ROUTES[site.route].origins:
        if allowed is not None and origin.nationality not in allowed:
            continue
        for chain in origin.chains:
            if site.country not in chain:
                continue
            at = chain.index(site.country)
            weight = origin.weight / len(origin.chains)
            last = len(chain) - 1
            fits = (
                (stage == "origin" and at == 0)
                or (stage == "transit" and 0 < at < last)
                or (stage == "destination" and 0 < at == last)
            )
            if fits:
                found.append(Candidate(origin, chain, at, weight))
            elif stage == "return" and at < len(chain) - 1:
                for turn in range(at + 1, len(chain)):
                    found.append(Candidate(origin, chain, turn, weight / (len(chain) - at - 1)))
    return tuple(found)


CANDIDATES: dict[tuple[str, str], tuple[Candidate, ...]] = {
    (code, stage): _candidates(site, stage)
    for code, site in SITES.items()
    for stage, _ in site.stages
}


def _check() -> None:
    """Fail at import if a site lists a stage nobody can be at: a data error, not a case."""
    for (code, stage), found in CANDIDATES.items():
        if not found:
            raise ValueError(f"site {code} lists stage {stage!r} but no origin chain reaches it")


_check()
