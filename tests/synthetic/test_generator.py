"""The synthetic generator: reproducible, valid, and shaped like field data."""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import subprocess
import sys
import unicodedata
from collections import Counter
from datetime import date

import pytest

from fieldcase import bundled
from fieldcase.domain.document import parse_case_document
from fieldcase.domain.ids import is_uuid7
from fieldcase.domain.screening_types import level_rank
from fieldcase.synthetic import SPAN_DAYS, generate_cases, workers_for
from fieldcase.synthetic.names import GROUPS, NATIONALITY_GROUPS
from fieldcase.synthetic.routes import SITES

TODAY = date(2026, 11, 30)
Doc = dict[str, object]


@pytest.fixture(scope="module")
def docs() -> list[Doc]:
    return list(generate_cases(1000, seed=2024, today=TODAY))


def _dump(cases: list[Doc]) -> str:
    return json.dumps(cases, ensure_ascii=False)


def _age(person: dict[str, object], on: date) -> int:
    if person["age_estimate"] is not None:
        return int(str(person["age_estimate"]))
    born = date.fromisoformat(str(person["date_of_birth"]))
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def test_same_seed_gives_identical_bytes() -> None:
    first = _dump(list(generate_cases(300, seed=5, today=TODAY)))
    second = _dump(list(generate_cases(300, seed=5, today=TODAY)))
    assert first == second


def test_output_does_not_depend_on_hash_randomisation() -> None:
    script = (
        "import hashlib, json, datetime\n"
        "from fieldcase.synthetic import generate_cases\n"
        "docs = list(generate_cases(150, seed=9, today=datetime.date(2026, 11, 30)))\n"
        "print(hashlib.sha256(json.dumps(docs, ensure_ascii=False).encode()).hexdigest())\n"
    )
    digests = set()
    for hash_seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                             text=True, check=True)
        digests.add(out.stdout.strip())
    expected = _dump(list(generate_cases(150, seed=9, today=TODAY))).encode()
    assert digests == {hashlib.sha256(expected).hexdigest()}


def test_different_seeds_give_different_cases() -> None:
    one = list(generate_cases(50, seed=1, today=TODAY))
    two = list(generate_cases(50, seed=2, today=TODAY))
    assert _dump(one) != _dump(two)
    assert {d["id"] for d in one}.isdisjoint({d["id"] for d in two})


@pytest.mark.parametrize("count", [0, 1, 2, 7, 33])
def test_yields_exactly_count_cases(count: int) -> None:
    assert len(list(generate_cases(count, seed=count, today=TODAY))) == count


def test_negative_count_is_refused_at_call_time() -> None:
    with pytest.raises(ValueError, match="count"):
        generate_cases(-1, seed=1, today=TODAY)


def test_cases_can_be_limited_to_some_sites() -> None:
    chosen = {"LAMP-01", "TAP-01"}
    cases = list(generate_cases(60, seed=3, today=TODAY, sites=chosen))
    assert {c["case"]["site"] for c in cases} == chosen  # type: ignore[index]
    with pytest.raises(ValueError, match="unknown site codes"):
        generate_cases(5, seed=1, today=TODAY, sites=["NOWHERE-9"])


def test_every_document_parses_and_round_trips(docs: list[Doc]) -> None:
    for doc in docs:
        parsed = parse_case_document(doc, today=TODAY)
        assert parsed.to_json() == doc


def test_ids_are_unique_uuid7_and_case_ids_increase(docs: list[Doc]) -> None:
    case_ids = [str(d["id"]) for d in docs]
    assert all(is_uuid7(i) for i in case_ids)
    assert case_ids == sorted(case_ids)
    every_id: list[str] = []
    for doc in docs:
        person = doc["person"]
        assert isinstance(person, dict)
        every_id += [str(doc["id"]), str(person["id"])]
        every_id += [str(d["id"]) for d in person["documents"]]
        for key in ("journey", "screenings", "assistance", "referrals", "consents", "tasks",
                    "notes", "household"):
            records = doc[key]
            assert isinstance(records, list)
            every_id += [str(r["id"]) for r in records]
    assert len(every_id) == len(set(every_id))


def test_route_age_and_sex_proportions_are_plausible(docs: list[Doc]) -> None:
    routes = Counter(SITES[str(d["case"]["site"])].route for d in docs)  # type: ignore[index]
    assert set(routes) == {"central_med", "eastern_med", "horn_of_africa", "central_america",
                           "southeast_asia"}
    assert all(0.08 <= n / len(docs) <= 0.4 for n in routes.values()), routes
    ages = [_age(d["person"], date.fromisoformat(d["case"]["opened_on"]))  # type: ignore[arg-type,index]
            for d in docs]
    children = sum(a < 18 for a in ages) / len(docs)
    assert 0.12 <= children <= 0.25, children
    flags = Counter(f for d in docs for f in d["case"]["flags"])  # type: ignore[index]
    assert 0.01 <= flags["unaccompanied_child"] / len(docs) <= 0.08
    assert flags["separated_child"] > 0
    women = sum(d["person"]["sex"] == "female" for d in docs) / len(docs)  # type: ignore[index]
    assert 0.2 <= women <= 0.5, women
    assert max(ages) <= 90


def test_unaccompanied_children_are_children_without_a_parent_case(docs: list[Doc]) -> None:
    for doc in docs:
        case, person = doc["case"], doc["person"]
        assert isinstance(case, dict) and isinstance(person, dict)
        if "unaccompanied_child" in case["flags"]:
            assert _age(person, date.fromisoformat(case["opened_on"])) < 18
            links = doc["household"]
            assert isinstance(links, list)
            assert not any(h["related_case_id"] for h in links)


def test_household_links_point_both_ways_to_generated_cases(docs: list[Doc]) -> None:
    by_id = {d["id"]: d for d in docs}
    inverse = {"parent": "child", "child": "parent", "sibling": "sibling", "spouse": "spouse",
               "other_relative": "other_relative", "travel_companion": "travel_companion"}
    linked = 0
    for doc in docs:
        for link in doc["household"]:  # type: ignore[attr-defined]
            target = link["related_case_id"]
            if target is None:
                continue
            linked += 1
            other = by_id[target]
            back = [h for h in other["household"] if h["related_case_id"] == doc["id"]]  # type: ignore[attr-defined]
            assert [h["relationship"] for h in back] == [inverse[link["relationship"]]]
            assert other["case"]["site"] == doc["case"]["site"]  # type: ignore[index]
    assert linked >= 100


def test_referrals_name_services_of_the_site_with_a_matching_consent(docs: list[Doc]) -> None:
    directory = bundled.service_directory()
    referrals = 0
    for doc in docs:
        site = doc["case"]["site"]  # type: ignore[index]
        consents = {c["id"]: c for c in doc["consents"]}  # type: ignore[attr-defined]
        for referral in doc["referrals"]:  # type: ignore[attr-defined]
            referrals += 1
            service = directory.get(referral["service_id"])
            assert service is not None and service.site == site
            consent = consents[referral["consent_id"]]
            assert consent["purpose"] == "referral"
            assert consent["service_id"] == referral["service_id"]
    assert referrals >= 300


def _dates(doc: Doc) -> list[str]:
    person, case = doc["person"], doc["case"]
    assert isinstance(person, dict) and isinstance(case, dict)
    found = [case["opened_on"], person["date_of_birth"]]
    found += [x for leg in doc["journey"] for x in (leg["started_on"], leg["ended_on"])]  # type: ignore[attr-defined]
    found += [s["completed_at"][:10] for s in doc["screenings"]]  # type: ignore[attr-defined]
    found += [a["provided_on"] for a in doc["assistance"]]  # type: ignore[attr-defined]
    found += [r["referred_on"] for r in doc["referrals"]]  # type: ignore[attr-defined]
    found += [x for c in doc["consents"] for x in (c["given_on"], c["withdrawn_on"])]  # type: ignore[attr-defined]
    found += [t["done_on"] for t in doc["tasks"]]  # type: ignore[attr-defined]
    found += [n["written_at"][:10] for n in doc["notes"]]  # type: ignore[attr-defined]
    return [d for d in found if d is not None]


def test_no_date_lies_in_the_future_and_legs_are_in_order(docs: list[Doc]) -> None:
    earliest = date.fromordinal(TODAY.toordinal() - SPAN_DAYS)
    for doc in docs:
        assert max(_dates(doc)) <= TODAY.isoformat()
        opened = doc["case"]["opened_on"]  # type: ignore[index]
        assert earliest.isoformat() <= opened
        legs = doc["journey"]
        assert isinstance(legs, list) and 1 <= len(legs) <= 4
        for before, after in itertools.pairwise(legs):
            assert before["ended_on"] is not None and before["ended_on"] <= after["started_on"]
        for leg in legs:
            assert leg["ended_on"] is None or leg["started_on"] <= leg["ended_on"]
            assert leg["started_on"] <= opened
        assert legs[-1]["stage"] == doc["case"]["stage"]  # type: ignore[index]


def test_some_tasks_are_overdue_and_some_notes_confidential(docs: list[Doc]) -> None:
    tasks = [t for d in docs for t in d["tasks"]]  # type: ignore[attr-defined]
    overdue = [t for t in tasks if t["done_on"] is None and t["due_on"] < TODAY.isoformat()]
    notes = [n for d in docs for n in d["notes"]]  # type: ignore[attr-defined]
    assert 0 < len(overdue) < len(tasks)
    assert 0 < sum(n["confidential"] for n in notes) < len(notes) / 2
    statuses = Counter(d["case"]["status"] for d in docs)  # type: ignore[index]
    assert set(statuses) == {"open", "assessment", "case_plan", "services", "closure_requested",
                             "closed", "reopened"}


def test_risk_level_and_review_flag_follow_the_screenings(docs: list[Doc]) -> None:
    for doc in docs:
        case = doc["case"]
        assert isinstance(case, dict)
        results = [s["result"] for s in doc["screenings"]]  # type: ignore[attr-defined]
        if results:
            assert case["risk_level"] == max((r["level"] for r in results), key=level_rank)
        else:
            assert case["risk_level"] is None
        wants_review = any(r["review"] for r in results) or "unaccompanied_child" in case["flags"]
        assert ("supervisor_review" in case["flags"]) == wants_review


def test_cases_are_assigned_to_the_sites_workers(docs: list[Doc]) -> None:
    for doc in docs:
        case = doc["case"]
        assert isinstance(case, dict)
        assert case["assigned_to"] is None or case["assigned_to"] in workers_for(case["site"])


def _scripts(text: str) -> set[str]:
    names = set()
    for char in text:
        if char.isalpha():
            names.add(unicodedata.name(char).split()[0])
    return names


def test_names_come_in_several_scripts_with_latin_variants(docs: list[Doc]) -> None:
    given_scripts: Counter[str] = Counter()
    with_aliases = 0
    for doc in docs:
        person = doc["person"]
        assert isinstance(person, dict)
        given_scripts.update(_scripts(person["given_name"]))
        with_aliases += bool(person["other_names"])
        assert unicodedata.is_normalized("NFC", person["given_name"])
    for script in ("LATIN", "ARABIC", "ETHIOPIC", "MYANMAR", "BENGALI", "KHMER"):
        assert given_scripts[script] > 0, script
    assert 0.3 <= with_aliases / len(docs) <= 0.85


def test_name_groups_are_large_enough_and_cover_every_nationality() -> None:
    for key in ("arabic_levant", "tigrinya", "afghan", "somali", "mande_fula", "spanish_ca",
                "haitian", "burmese", "rohingya", "bengali", "venezuelan"):
        group = GROUPS[key]
        assert len(group.male) >= 40 or key == "bengali"
        assert len(group.female) >= 20
    nationalities = {o.nationality for s in SITES.values() for o in _route_origins(s.route)}
    assert nationalities <= set(NATIONALITY_GROUPS)


def _route_origins(route: str) -> list[object]:
    from fieldcase.synthetic.routes import ROUTES

    return list(ROUTES[route].origins)


@pytest.mark.slow
def test_one_hundred_thousand_cases() -> None:
    assert sum(1 for _ in generate_cases(100_000, seed=7, today=TODAY)) == 100_000
