"""Render the Referrals tab over a directory the server sent (a script, not a test):

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/render_service_directory.py /tmp/shots
    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/render_service_directory.py /tmp/shots ar

The organisation's own services at LAMP-01 replace the sample; the case holds a referral to a
service the organisation has since deactivated (still named, with its card, but no longer
offered), and the new referral's picker shows an active one (``case-referrals-server.png``;
``-ar`` right to left).
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from fieldcase.domain.service_directory import (
    PublishedDirectory,
    ServiceDirectory,
    service_from_dict,
)
from fieldcase.services import profile
from fieldcase.services.cases import create_case, show_case
from fieldcase.services.referrals import service_directory
from fieldcase.services.session import Session
from fieldcase.storage import service_directory as stored_directory
from fieldcase.storage.keyslots import KdfParams
from fieldcase.ui.case_page.section import SectionContext
from fieldcase.ui.case_sections import ReferralSection
from fieldcase.ui.fonts import install_fonts
from fieldcase.ui.i18n import install_language
from fieldcase.ui.operations import SynchronousRunner

USER, PASSPHRASE, SITE = "wanjiru", "copper lantern orchard velvet", "LAMP-01"
SHELTER = {"id": "lamp-night-shelter", "site": SITE, "name": "Lampedusa Night Shelter",
           "category": "shelter", "assistance_types": ["shelter", "food"],
           "languages": ["it", "ar", "ti"],
           "contact": {"phone": "+44 20 7946 0990", "address": "Via del Porto 3 (fictional)"},
           "eligibility": {"min_age": 18},
           "opening_hours": [{"days": ["mon", "tue", "wed", "thu", "fri"], "opens": "18:00",
                              "closes": "24:00"}]}
CLINIC = {"id": "lamp-harbour-clinic", "site": SITE, "name": "Harbour Health Post",
          "category": "medical", "assistance_types": ["medical"], "languages": ["it", "en"],
          "contact": {"phone": "+44 20 7946 0991"}, "eligibility": {},
          "opening_hours": [{"days": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
                             "opens": "08:00", "closes": "20:00"}]}
CASE: dict[str, Any] = {
    "person": {"given_name": "Selam", "family_name": "Tesfay", "sex": "female",
               "nationality": "ERI", "age_estimate": 24, "languages": ["ti", "ar"]},
    "case": {"site": SITE, "stage": "transit", "assigned_to": USER},
    "consents": [{"purpose": "referral", "service_id": SHELTER["id"], "given_by": "self",
                  "form": "verbal", "given_on": "2026-11-28"}],
    "referrals": [{"service_id": SHELTER["id"], "reason": "A bed for the night.",
                   "status": "sent", "referred_on": "2026-11-28"}],
}


def publish(*services: dict[str, Any], version: int) -> Any:
    directory = ServiceDirectory(1, tuple(service_from_dict(s) for s in services))
    published = PublishedDirectory(directory, version, datetime(2026, 11, 30, tzinfo=UTC))

    def store(session: Session) -> None:
        with session.store.atomic():
            stored_directory.save(session.store, published)
    return store


def render(out: Path, suffix: str, kdf: KdfParams) -> None:
    with tempfile.TemporaryDirectory(prefix="fieldcase-directory-") as tmp:
        folder = Path(tmp) / "profile"
        profile.create_profile(folder, user=USER, passphrase=PASSPHRASE, role="worker",
                               team="lamp", site=SITE, kdf=kdf)
        runner = SynchronousRunner()
        try:
            runner.open_session(lambda: profile.unlock(folder, user=USER, passphrase=PASSPHRASE,
                                                       kdf=kdf))
            runner.mutate(publish(SHELTER, CLINIC, version=1))
            created: list[Any] = []
            runner.mutate(lambda session: create_case(session, CASE), created.append)
            runner.mutate(publish({**SHELTER, "active": False}, CLINIC, version=2))
            case_id = created[0].case_id
            got: list[Any] = []
            runner.submit(lambda session: (show_case(session, case_id).document,
                                           session.today(), service_directory(session)),
                          got.append)
            document, today, directory = got[0]
            assert runner.actor is not None
            section = ReferralSection()
            section.resize(1100, 760)
            section.show_case(document, SectionContext(runner, runner.actor, today, directory))
            section.service_box.setCurrentIndex(section.service_box.findData(CLINIC["id"]))
            section.service_box.activated.emit(section.service_box.currentIndex())
            section.show()
            QApplication.processEvents()
            path = out / f"case-referrals-server{suffix}.png"
            section.grab().save(str(path))
            print(path)
        finally:
            runner.shutdown()


def main(out: Path, language: str = "en") -> None:
    app = QApplication(sys.argv[:1])
    install_fonts(app)
    print("language:", install_language(app, language))
    out.mkdir(parents=True, exist_ok=True)
    render(out, "" if language == "en" else f"-{language}", KdfParams.insecure_for_tests())


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp"),
         sys.argv[2] if len(sys.argv) > 2 else "en")
