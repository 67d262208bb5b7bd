"""The service directory kept on a real ``fieldcase-server`` process reaches the referral
picker of a laptop (SQLite and PostgreSQL, real HTTP).

An admin adds a service with ``fieldcase-server services add``; the laptop syncs; the services
layer and the Referrals tab (pytest-qt, a real encrypted store) offer it with its name,
contact, hours and languages, in place of the sample. The admin deactivates it; after the next
sync the picker no longer offers it, and the referral already made to it still shows its name.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot
from tests.e2e.test_two_laptops import Server, laptop
from tests.e2e.test_two_laptops import server as server  # the fixture

from fieldcase.services import cases, referrals
from fieldcase.services import sync as sync_service
from fieldcase.services.cases import show_case
from fieldcase.ui.case_page.section import SectionContext
from fieldcase.ui.case_sections.referral_section import ReferralSection
from fieldcase.ui.operations import SynchronousRunner

ORG = ("--org", "Border Aid")
SHELTER = "lamp-night-shelter"


def add_the_shelter(server: Server) -> None:
    server.admin("services", "add", *ORG, "--id", SHELTER, "--site", "LAMP-01",
                 "--name", "Lampedusa Night Shelter", "--category", "shelter",
                 "--types", "shelter,food", "--languages", "it,ar,ti",
                 "--phone", "+39 0922 555 010", "--address", "Via del Porto 3",
                 "--hours", "mon-fri 18:00-24:00", "--min-age", "18")


def show(runner: SynchronousRunner, section: ReferralSection, case_id: str) -> None:
    """Open the case as the case page does: the document, today and the directory."""
    got: list[Any] = []
    runner.submit(lambda session: (show_case(session, case_id).document, session.today(),
                                   referrals.service_directory(session)), got.append)
    document, today, directory = got[0]
    assert runner.actor is not None
    section.show_case(document, SectionContext(runner, runner.actor, today, directory))


def test_an_admins_service_reaches_the_picker_and_leaves_it_when_deactivated(
        server: Server, tmp_path: Path, qtbot: QtBot) -> None:
    worker = laptop(tmp_path / "laptop", "amina", "worker", server)
    runner = SynchronousRunner()
    runner.open_session(lambda: worker)
    try:
        made: list[Any] = []
        runner.mutate(lambda session: cases.create_case(session, {
            "person": {"given_name": "Qorvanex", "family_name": "Tesfay", "sex": "female",
                       "age_estimate": 24, "nationality": "ERI", "languages": ["ti"]},
            "case": {"site": "LAMP-01", "stage": "transit", "assigned_to": "amina"}}),
            made.append)
        case_id = made[0].case_id
        section = ReferralSection()
        qtbot.addWidget(section)
        show(runner, section, case_id)
        sample = {section.service_box.itemData(i) for i in range(section.service_box.count())}
        assert "lamp-01-shelter" in sample  # the bundled sample until a directory arrives

        add_the_shelter(server)
        runner.mutate(lambda session: sync_service.sync_now(session))
        got: list[Any] = []
        runner.submit(lambda session: referrals.service_directory(session).offered_at(
            "LAMP-01"), got.append)
        [shelter] = got[0]
        assert (shelter.name, shelter.contact.phone, shelter.contact.address) == (
            "Lampedusa Night Shelter", "+39 0922 555 010", "Via del Porto 3")
        assert shelter.languages == ("it", "ar", "ti")
        assert (shelter.opening_hours[0].opens, shelter.opening_hours[0].closes) == (
            "18:00", "24:00")

        show(runner, section, case_id)
        box = section.service_box
        assert [box.itemData(i) for i in range(box.count())] == [None, SHELTER]
        box.setCurrentIndex(1)
        box.activated.emit(1)
        card = section.service_card.text()
        assert "no longer offers" not in card
        for words in ("Lampedusa Night Shelter", "+39 0922 555 010", "Via del Porto 3",
                      "18:00 to 24:00", "Italian", "Arabic", "Tigrinya", "Aged 18 or over"):
            assert words in card, words
        section.reason_box.setPlainText("A bed for tonight")
        saved: list[Any] = []
        failed: list[Any] = []
        changes = section.changes()
        runner.mutate(lambda session: cases.update_case(session, case_id, changes),
                      saved.append, failed.append)
        assert saved and not failed
        runner.mutate(lambda session: sync_service.sync_now(session))

        server.admin("services", "deactivate", *ORG, SHELTER)
        runner.mutate(lambda session: sync_service.sync_now(session))
        show(runner, section, case_id)
        assert [box.itemData(i) for i in range(box.count())] == [None]  # none left at LAMP-01
        row = section.list.topLevelItem(0)
        assert row is not None and row.text(1) == "Lampedusa Night Shelter"
        section.list.setCurrentItem(row)
        card = section.selected_card.text()  # its card still there, saying it is no longer
        assert "+39 0922 555 010" in card and "no longer offers this service" in card
    finally:
        runner.shutdown()
