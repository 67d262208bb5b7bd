"""The server's service directory reaches a laptop with the sync round (the real server app
in-process, on SQLite and PostgreSQL): the sample until a directory arrives, then the
organisation's; fetched only when the pull says it changed, so a no-op sync stays one request;
a deactivated service is no longer offered nor accepted for a new referral (on the laptop and
by the server), and still named on the referrals already made to it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa

from fieldcase import bundled
from fieldcase.domain.errors import ValidationErrors
from fieldcase.server import service_directory as server_directory
from fieldcase.services import cases, profile, referrals
from fieldcase.services import sync as sync_service
from fieldcase.services.refusals import refused_count
from fieldcase.services.session import Session
from fieldcase.storage.keyslots import KdfParams

from .sync_harness import SyncAsgi, World, make_world
from .test_services_api import service

PASSPHRASE = "correct horse battery staple"
SERVER = "http://127.0.0.1:8765"


class Counting(httpx.BaseTransport):
    """The in-process server, counting the requests by path."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.paths: list[str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.paths.append(request.url.path)
        return self.inner.handle_request(request)


@pytest.fixture
def world(engine: sa.Engine, db_url: str) -> Iterator[World]:
    yield make_world(engine, db_url)


@pytest.fixture
def laptop(world: World, tmp_path: Path) -> Iterator[tuple[Session, Counting]]:
    kdf = KdfParams.insecure_for_tests()
    folder = tmp_path / "laptop"
    profile.create_profile(folder, user="amina", passphrase=PASSPHRASE, role="worker",
                           team="lamp", site="LAMP-01", kdf=kdf, now=world.clock)
    session = profile.unlock(folder, user="amina", passphrase=PASSPHRASE, kdf=kdf,
                             now=world.clock)
    transport = Counting(SyncAsgi(world))
    sync_service.enroll(session, SERVER, world.code("amina"), transport)
    try:
        yield session, transport
    finally:
        session.close()


def sync(session: Session, transport: Counting) -> list[str]:
    before = len(transport.paths)
    sync_service.sync_now(session, transport, sleep=lambda _s: None)
    return transport.paths[before:]


def referral_case(service_id: str) -> dict[str, object]:
    return {
        "person": {"given_name": "Qorvanex", "family_name": "Tesfay", "sex": "female",
                   "age_estimate": 24, "nationality": "ERI", "languages": ["ti"]},
        "case": {"site": "LAMP-01", "stage": "transit", "assigned_to": "amina",
                 "opened_on": "2026-11-29"},
        "consents": [{"purpose": "referral", "service_id": service_id, "given_by": "self",
                      "form": "verbal", "given_on": "2026-11-29"}],
        "referrals": [{"service_id": service_id, "reason": "A bed for the night",
                       "status": "sent", "referred_on": "2026-11-29"}]}


def test_the_directory_arrives_with_the_sync_and_a_deactivated_service_goes(
        world: World, laptop: tuple[Session, Counting]) -> None:
    session, transport = laptop
    sync(session, transport)
    assert referrals.service_directory(session) == bundled.service_directory()  # none yet

    with world.engine.begin() as conn:
        server_directory.add(conn, world.org_id, service(), now=world.clock())
        server_directory.add(conn, world.org_id, service(
            "port-clinic", site="PORT-01", category="medical", assistance_types=["medical"]),
            now=world.clock())
    assert sync(session, transport)[-1] == "/v1/services"
    directory = referrals.service_directory(session)
    offered = directory.offered_at("LAMP-01")
    assert [s.id for s in offered] == ["lamp-shelter"]  # its site's, not the sample's
    shelter = offered[0]
    assert (shelter.name, shelter.contact.phone, shelter.languages) == (
        "Lampedusa Night Shelter", "+39 0922 555 010", ("it", "ar"))
    assert shelter.opening_hours[0].opens == "18:00"
    assert "services.updated" in [row[0] for row in session.store.raw.execute(
        "SELECT action FROM audit_log")]

    # a referral to it is accepted on the laptop and by the server
    made = cases.create_case(session, referral_case("lamp-shelter")).case_id
    with pytest.raises(ValidationErrors) as refused:
        cases.create_case(session, referral_case("lamp-01-shelter"))  # the sample's
    assert refused.value.errors[0].rule == "unknown_service"
    assert "/v1/services" not in sync(session, transport)  # nothing changed: not asked
    assert refused_count(session) == 0

    # no-op: one request
    assert sync(session, transport) == ["/v1/sync/pull"]

    with world.engine.begin() as conn:
        server_directory.deactivate(conn, world.org_id, "lamp-shelter", now=world.clock())
    assert sync(session, transport)[-1] == "/v1/services"
    directory = referrals.service_directory(session)
    assert directory.offered_at("LAMP-01") == ()
    assert directory.get("lamp-shelter") is not None  # the old referral still names it
    letter = referrals.referral_letter(session, made, str(cases.show_case(
        session, made).document["referrals"][0]["id"]))
    assert letter.service is not None and letter.service.name == "Lampedusa Night Shelter"
    with pytest.raises(ValidationErrors):
        cases.create_case(session, referral_case("lamp-shelter"))


def test_the_server_refuses_a_new_referral_to_a_deactivated_service(
        world: World, laptop: tuple[Session, Counting]) -> None:
    """A laptop that has not synced since the deactivation still sends it: the server says no."""
    session, transport = laptop
    with world.engine.begin() as conn:
        server_directory.add(conn, world.org_id, service(), now=world.clock())
    sync(session, transport)
    cases.create_case(session, referral_case("lamp-shelter"))
    with world.engine.begin() as conn:
        server_directory.deactivate(conn, world.org_id, "lamp-shelter", now=world.clock())
    sync(session, transport)
    assert refused_count(session) >= 1
