"""Render the case sections to PNG (a script, not a test), over an encrypted profile holding
one fictional unaccompanied child's case:

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/render_case_sections.py /tmp/shots
    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/render_case_sections.py /tmp/shots ar
    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/render_case_sections.py /tmp/shots fr

Each section alone at a laptop's panel size (``case-<section>.png``; ``-ar`` right to left),
plus the screening questionnaire part-answered (in another language also with the English
text of each question shown, ``case-screening-english-<lang>.png``), the vulnerability one
begun (``case-screening-vulnerability``), the adults' trafficking questions begun
(``case-screening-adult``, with the English too in another language), a referral the
consent no longer allows, and the referral letter as the service will read it.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QWidget

from fieldcase.services import profile
from fieldcase.services.cases import ShownCase, create_case, show_case
from fieldcase.services.referrals import service_directory
from fieldcase.storage.keyslots import KdfParams
from fieldcase.ui.case_page.section import CaseSection, SectionContext
from fieldcase.ui.case_sections import (
    AssistanceSection,
    HouseholdSection,
    JourneySection,
    ReferralSection,
    ScreeningSection,
)
from fieldcase.ui.fonts import install_fonts
from fieldcase.ui.i18n import install_language
from fieldcase.ui.operations import SynchronousRunner

USER, PASSPHRASE, SITE = "wanjiru", "copper lantern orchard velvet", "LAMP-01"
CASE: dict[str, Any] = {
    "person": {"given_name": "ዳዊት", "family_name": "Tesfay", "other_names": ["داويت تسفاي"],
               "sex": "male", "nationality": "ERI", "age_estimate": 14,
               "languages": ["ti", "ar"]},
    "case": {"site": SITE, "stage": "transit", "assigned_to": USER,
             "flags": ["unaccompanied_child"]},
    "journey": [
        {"stage": "origin", "country": "ERI", "place": "Keren", "started_on": "2025-09-02",
         "ended_on": "2025-09-20", "means": "foot"},
        {"stage": "transit", "country": "SDN", "place": "Khartoum", "started_on": "2025-09-25",
         "ended_on": "2025-11-01", "means": "bus"},
        {"stage": "transit", "country": "LBY", "place": "الكفرة", "started_on": "2025-11-10",
         "ended_on": "2026-02-01", "means": "truck",
         "incidents": ["extortion", "detention", "forced_labour"]},
        {"stage": "transit", "country": "ITA", "place": "Lampedusa", "started_on": "2026-02-03",
         "means": "boat"},
    ],
    "screenings": [{"instrument_id": "trafficking-child", "instrument_version": 1,
                    "completed_at": "2026-02-04T09:30:00Z",
                    "answers": {"dr.job_place": True, "ex.no_pay": True,
                                "cd.confined": False}}],
    "assistance": [
        {"type": "shelter", "provided_on": "2026-02-03", "provided_by": USER,
         "details": "Child wing, bed 4."},
        {"type": "medical", "provided_on": "2026-02-04", "provided_by": "clinic.nurse",
         "details": None},
        {"type": "interpretation", "provided_on": "2026-02-04", "provided_by": USER,
         "details": "Tigrinya interpreter by phone."},
    ],
    "consents": [
        {"purpose": "referral", "service_id": "lamp-01-child", "given_by": "guardian",
         "form": "verbal", "given_on": "2026-02-04"},
        {"purpose": "referral", "service_id": "lamp-01-legal", "given_by": "self",
         "form": "verbal", "given_on": "2026-02-04", "withdrawn_on": "2026-02-05"},
    ],
    "referrals": [
        {"service_id": "lamp-01-child", "reason": "Unaccompanied child: best-interests "
         "assessment and a guardian.", "status": "sent", "referred_on": "2026-02-04"},
        {"service_id": "lamp-01-legal", "reason": "Advice on asylum.", "status": "proposed",
         "referred_on": "2026-02-04"},
    ],
    "household": [
        {"relationship": "travel_companion", "name": "سلام"},
        {"relationship": "sibling", "name": "Yonas Tesfay"},
    ],
}

SUFFIX = ""


def save(widget: QWidget, out: Path, name: str) -> None:
    widget.show()
    QApplication.processEvents()
    path = out / f"case-{name}{SUFFIX}.png"
    widget.grab().save(str(path))
    print(path)


def factory_made(factory: Callable[[QWidget | None], CaseSection], document: Any,
                 context: SectionContext) -> CaseSection:
    made = factory(None)
    made.resize(1100, 760)
    made.show_case(document, context)
    return made


def render(out: Path, kdf: KdfParams) -> None:
    with tempfile.TemporaryDirectory(prefix="fieldcase-sections-") as tmp:
        folder = Path(tmp) / "profile"
        profile.create_profile(folder, user=USER, passphrase=PASSPHRASE, role="worker",
                               team="lamp", site=SITE, kdf=kdf)
        runner = SynchronousRunner()
        try:
            runner.open_session(lambda: profile.unlock(folder, user=USER, passphrase=PASSPHRASE,
                                                       kdf=kdf))
            created: list[Any] = []
            runner.mutate(lambda session: create_case(session, CASE), created.append)
            case_id = created[0].case_id
            shown: list[ShownCase] = []
            runner.submit(lambda session: show_case(session, case_id), shown.append)
            today: list[Any] = []
            runner.submit(lambda session: (session.today(), service_directory(session)),
                          today.append)
            assert runner.actor is not None
            context = SectionContext(runner, runner.actor, *today[0])
            document = shown[0].document

            def section(factory: Callable[[QWidget | None], CaseSection]) -> CaseSection:
                return factory_made(factory, document, context)

            save(section(JourneySection), out, "journey")
            save(section(AssistanceSection), out, "assistance")
            save(section(HouseholdSection), out, "household")
            screening = section(ScreeningSection)
            assert isinstance(screening, ScreeningSection)
            save(screening, out, "screening")
            screening.new_screening()
            assert screening.questionnaire is not None
            rows = list(screening.questionnaire.rows.values())
            rows[0].buttons[True].click()
            rows[1].buttons[False].click()
            rows[4].buttons[True].click()
            save(screening, out, "screening-new")
            if screening.questionnaire.show_english.isVisibleTo(screening):
                # a translation: each question's English under it, as the interpreter checks
                screening.questionnaire.show_english.setChecked(True)
                save(screening, out, "screening-english")
            screening.reset_editor()
            screening.instrument_box.setCurrentIndex(
                screening.instrument_box.findData("vulnerability"))
            screening.new_screening()
            assert screening.questionnaire is not None
            next(iter(screening.questionnaire.rows.values())).buttons[True].click()
            save(screening, out, "screening-vulnerability")
            # the adults' questions (Tigrinya words them first), on an adult's case
            grown: list[Any] = []
            adult_case = {"person": {**CASE["person"], "age_estimate": 32},
                          "case": {**CASE["case"], "flags": []}}
            runner.mutate(lambda session: create_case(session, adult_case), grown.append)
            runner.submit(lambda session: show_case(session, grown[0].case_id), shown.append)
            screening = factory_made(ScreeningSection, shown[-1].document, context)
            screening.instrument_box.setCurrentIndex(
                screening.instrument_box.findData("trafficking-adult"))
            screening.new_screening()
            assert screening.questionnaire is not None
            adult = list(screening.questionnaire.rows.values())
            adult[0].buttons[True].click()
            adult[2].buttons[False].click()
            save(screening, out, "screening-adult")
            if screening.questionnaire.show_english.isVisibleTo(screening):
                screening.questionnaire.show_english.setChecked(True)
                save(screening, out, "screening-adult-english")
            referrals = section(ReferralSection)
            assert isinstance(referrals, ReferralSection)
            save(referrals, out, "referrals")
            legal = referrals.list.topLevelItem(1)
            if legal is not None:
                referrals.list.setCurrentItem(legal)
            referrals.move_box.setCurrentIndex(referrals.move_box.findData("sent"))
            referrals.move_box.activated.emit(referrals.move_box.currentIndex())
            referrals.service_box.setCurrentIndex(referrals.service_box.findData(
                "lamp-01-medical"))
            referrals.service_box.activated.emit(referrals.service_box.currentIndex())
            referrals.reason_box.setPlainText("Check-up after the sea crossing.")
            save(referrals, out, "referrals-consent")
            referrals.list.setCurrentItem(referrals.list.topLevelItem(0))
            referrals.print_selected()
            if referrals.letter_dialog is not None:
                save(referrals.letter_dialog, out, "referral-letter")
        finally:
            runner.shutdown()


def main(out: Path, language: str = "en") -> None:
    global SUFFIX
    app = QApplication(sys.argv[:1])
    install_fonts(app)
    print("language:", install_language(app, language))
    SUFFIX = "" if language == "en" else f"-{language}"
    out.mkdir(parents=True, exist_ok=True)
    render(out, KdfParams.insecure_for_tests())


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp"),
         sys.argv[2] if len(sys.argv) > 2 else "en")
