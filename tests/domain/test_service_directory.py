"""The service directory parser and its queries, and the bundled sample directory."""

from __future__ import annotations

import copy
import re
from typing import Any

import pytest

from fieldcase.domain.service_directory import (
    Eligibility,
    ServiceDirectory,
    ServiceDirectoryError,
)
from fieldcase.resources import load_json


def _service(**changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": "tst-01-medical",
        "site": "TST-01",
        "name": "Example Test Clinic",
        "category": "medical",
        "assistance_types": ["medical"],
        "languages": ["en", "ar"],
        "contact": {"phone": "+44 20 7946 0999", "email": "clinic@example.org", "address": None},
        "eligibility": {"min_age": None, "max_age": None, "sexes": None, "notes": None},
        "opening_hours": [{"days": ["mon", "tue"], "opens": "08:00", "closes": "16:00"}],
    }
    base.update(changes)
    return base


def _directory(*services: dict[str, Any]) -> dict[str, Any]:
    return {"format": "fieldcase-service-directory", "version": 1, "services": list(services)}


@pytest.fixture(scope="module")
def bundled() -> ServiceDirectory:
    return ServiceDirectory.from_dict(load_json("services", "directory.json"))


def test_bundled_directory_has_five_to_twelve_services_per_site(bundled: ServiceDirectory) -> None:
    assert bundled.synthetic
    assert len(bundled.sites()) >= 10
    for site in bundled.sites():
        assert 5 <= len(bundled.services_for(site)) <= 12, site


def test_bundled_contacts_are_fictional(bundled: ServiceDirectory) -> None:
    for service in bundled.services:
        assert service.name.startswith("Example ")
        assert service.contact.phone is not None
        assert re.fullmatch(r"\+44 20 7946 0\d{3}", service.contact.phone)
        assert service.contact.email is not None
        assert service.contact.email.endswith("@example.org")


def test_services_for_filters_by_site_type_and_language(bundled: ServiceDirectory) -> None:
    medical = bundled.services_for("LES-01", assistance_type="medical")
    assert [s.id for s in medical] == ["les-01-medical"]
    speaking_dari = bundled.services_for("LES-01", language="prs")
    assert speaking_dari and all("prs" in s.languages for s in speaking_dari)
    assert bundled.services_for("NOWHERE-01") == ()
    assert bundled.services_for("LES-01", assistance_type="medical", language="km") == ()


def test_get_finds_by_id_and_returns_none_when_missing(bundled: ServiceDirectory) -> None:
    found = bundled.get("agz-01-child")
    assert found is not None and found.site == "AGZ-01" and found.eligibility.max_age == 17
    assert bundled.get("no-such-service") is None


def test_eligibility_admits_by_age_and_sex() -> None:
    women = Eligibility(min_age=18, sexes=("female",))
    assert women.admits(30, "female")
    assert not women.admits(30, "male")
    assert not women.admits(16, "female")
    assert women.admits(None, "female")
    children = Eligibility(max_age=17)
    assert children.admits(17, "male") and not children.admits(18, "male")


def test_minimal_directory_parses() -> None:
    directory = ServiceDirectory.from_dict(_directory(_service()))
    service = directory.services[0]
    assert service.assistance_types == ("medical",)
    assert service.opening_hours[0].days == ("mon", "tue")
    assert service.eligibility.sexes is None
    assert not directory.synthetic


@pytest.mark.parametrize(
    ("service", "path", "rule"),
    [
        (_service(colour="red"), "services[0].colour", "unknown_key"),
        (_service(site="lamp 01"), "services[0].site", "format"),
        (_service(category="spa"), "services[0].category", "unknown_code"),
        (_service(assistance_types=["massage"]), "services[0].assistance_types[0]",
         "unknown_code"),
        (_service(assistance_types=[]), "services[0].assistance_types", "empty"),
        (_service(languages=["xx"]), "services[0].languages[0]", "unknown_code"),
        (_service(contact={"phone": "call us"}), "services[0].contact.phone", "format"),
        (_service(contact={"fax": "1"}), "services[0].contact.fax", "unknown_key"),
        (_service(eligibility={"min_age": 18, "max_age": 5}), "services[0].eligibility.max_age",
         "range"),
        (_service(eligibility={"sexes": ["robot"]}), "services[0].eligibility.sexes[0]",
         "unknown_code"),
        (_service(opening_hours=[{"days": ["mon"], "opens": "9am", "closes": "17:00"}]),
         "services[0].opening_hours[0].opens", "format"),
        (_service(opening_hours=[{"days": ["mon"], "opens": "17:00", "closes": "09:00"}]),
         "services[0].opening_hours[0].closes", "range"),
        (_service(name=""), "services[0].name", "type"),
    ],
)
def test_invalid_services_name_the_field(service: dict[str, Any], path: str, rule: str) -> None:
    with pytest.raises(ServiceDirectoryError) as caught:
        ServiceDirectory.from_dict(_directory(service))
    assert (caught.value.path, caught.value.rule) == (path, rule)
    assert caught.value.kind == "invalid_service_directory"


def test_duplicate_ids_are_refused() -> None:
    with pytest.raises(ServiceDirectoryError) as caught:
        ServiceDirectory.from_dict(_directory(_service(), _service()))
    assert caught.value.path == "services[1].id"
    assert caught.value.rule == "duplicate_id"


def test_wrong_format_or_version_is_refused() -> None:
    data = _directory(_service())
    wrong_format = copy.deepcopy(data) | {"format": "something-else"}
    with pytest.raises(ServiceDirectoryError, match="format"):
        ServiceDirectory.from_dict(wrong_format)
    with pytest.raises(ServiceDirectoryError, match="version"):
        ServiceDirectory.from_dict(data | {"version": 2})
    with pytest.raises(ServiceDirectoryError) as caught:
        ServiceDirectory.from_dict(data | {"extra": 1})
    assert caught.value.path == "extra"


def test_a_service_round_trips_and_a_deactivated_one_is_named_but_not_offered() -> None:
    from fieldcase.domain.service_directory import PublishedDirectory, service_from_dict

    active = _service()
    closed = _service(id="tst-01-closed", name="Closed Clinic", active=False)
    other = _service(id="tst-02-medical", site="TST-02")
    directory = ServiceDirectory.from_dict(_directory(active, closed, other))
    assert ServiceDirectory.from_dict(directory.to_dict()) == directory
    assert directory.to_dict()["services"][1]["active"] is False  # type: ignore[index]
    assert "active" not in directory.to_dict()["services"][0]  # type: ignore[index]
    assert [s.id for s in directory.offered_at("TST-01")] == ["tst-01-medical"]
    assert [s.id for s in directory.offered_at("NONE-01")] == ["tst-01-medical",
                                                               "tst-02-medical"]
    assert directory.get("tst-01-closed") is not None
    assert directory.active_ids() == frozenset({"tst-01-medical", "tst-02-medical"})
    with pytest.raises(ServiceDirectoryError) as raised:
        service_from_dict(_service(active="no"))
    assert raised.value.path == "active"
    with pytest.raises(ServiceDirectoryError) as raised:
        service_from_dict(_service(contact={"phone": "call us"}))
    assert raised.value.path == "contact.phone"
    published = PublishedDirectory(directory, 7, None)
    assert PublishedDirectory.from_json(published.to_json()) == published
    for broken in ({**published.to_json(), "version": -1},
                   {**published.to_json(), "updated_at": "yesterday"},
                   {**published.to_json(), "extra": 1}, []):
        with pytest.raises(ServiceDirectoryError):
            PublishedDirectory.from_json(broken)
