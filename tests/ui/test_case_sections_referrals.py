"""The Referrals section over a real store: consent then referral, a referral refused after
the consent was withdrawn (said before saving, and beside the field after), the status moved
on, and the printable letter holding what the service needs and nothing else, audited."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from tests.ui.case_sections_support import ADULT, PASSPHRASE, USER, Harness, pick
from tests.ui.printouts_support import pdf_text

from fieldcase.services.cases import show_case, update_case
from fieldcase.ui.case_sections.referral_letter import letter_html
from fieldcase.ui.case_sections.referral_section import ReferralSection

SERVICE = "lamp-01-medical"
CONSENT = {"purpose": "referral", "service_id": SERVICE, "given_by": "self", "form": "verbal",
           "given_on": "2026-01-05"}


def with_consent(**extra: Any) -> dict[str, Any]:
    return {**ADULT, "consents": [{**CONSENT, **extra}]}


def test_with_consent_a_referral_is_sent_and_listed_by_the_services_name(
        qtbot: QtBot, harness: Harness) -> None:
    harness.create(with_consent())
    section = ReferralSection()
    qtbot.addWidget(section)
    section.show()
    harness.open(section)
    assert section.empty.isVisible()
    pick(section.service_box, SERVICE)
    card = section.service_card.text()
    assert "Example Lampedusa Migrant Health Clinic" in card and "+44 20 7946" in card
    assert "Everyone" in card  # eligibility in words
    notice = section.consent_notice.text()
    assert notice.startswith("✓") and "2026-01-05" in notice
    qtbot.keyClicks(section.reason_box, "Wound on the left foot needs dressing.")
    pick(section.status_box, "sent")
    assert section.consent_notice.text().startswith("✓")
    partial = section.changes()["referrals"][0]
    assert partial["status"] == "sent" and partial["consent_id"]
    assert harness.save(section)
    row = section.list.topLevelItem(0)
    assert row is not None
    assert row.text(1) == "Example Lampedusa Migrant Health Clinic" and row.text(2) == "Sent"


def test_after_the_consent_is_withdrawn_sending_is_refused_and_said_beside_the_status(
        qtbot: QtBot, harness: Harness) -> None:
    case_id = harness.create({**with_consent(), "referrals": [
        {"service_id": SERVICE, "reason": "Check-up", "status": "proposed",
         "referred_on": "2026-01-05"}]})
    stored: list[Any] = []
    harness.runner.submit(lambda session: show_case(session, case_id), stored.append)
    consent_id = stored[0].document["consents"][0]["id"]
    harness.runner.mutate(lambda session: update_case(session, case_id, {"consents": [
        {"id": consent_id, "withdrawn_on": "2026-01-06"}]}))
    section = ReferralSection()
    qtbot.addWidget(section)
    section.show()
    harness.open(section)
    # a new referral to the same service: the form says so before saving
    pick(section.service_box, SERVICE)
    pick(section.status_box, "sent")
    qtbot.keyClicks(section.reason_box, "Again")
    assert section.consent_notice.text().startswith("⚠ The person withdrew their consent")
    assert not harness.save(section)
    assert harness.errors[0].problems[0].rule == "consent_withdrawn"
    # said at its place in the whole case (after the stored referral), placed on the form
    assert [p.path for p in harness.errors[0].problems] == ["referrals[1].status"]
    label = section.binder._pattern_labels[section.status_box].problem_label
    assert label.isVisible() and "withdrew their consent" in label.text()
    assert section.focusWidget() is section.status_box

    # the proposed referral moved on to "sent": the same words, beside the move
    section.clear_edits()
    harness.open(section)
    assert [section.move_box.itemData(i) for i in range(section.move_box.count())] == \
        [None, "sent", "declined"]
    pick(section.move_box, "sent")
    assert section.move_notice.isVisible() and "withdrew" in section.move_notice.text()
    assert section.changes() == {"referrals": [{"id": section._selected_id(),
                                                "status": "sent"}]}
    assert not harness.save(section)
    label = section.binder._pattern_labels[section.move_box].problem_label
    assert "withdrew their consent" in label.text()


def test_the_letter_holds_what_the_service_needs_and_no_note_screening_or_other_referral(
        qtbot: QtBot, harness: Harness, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    harness.create({
        **with_consent(),
        "referrals": [
            {"service_id": SERVICE, "reason": "Dressing for a foot wound", "status": "sent",
             "referred_on": "2026-01-05"},
            {"service_id": "lamp-01-legal", "reason": "OTHER-REFERRAL-REASON",
             "status": "proposed", "referred_on": "2026-01-04"}],
        "notes": [{"text": "SECRET-NOTE-TEXT about the family", "author": USER,
                   "written_at": "2026-01-05T10:00:00Z"}],
        "screenings": [{"instrument_id": "trafficking-adult", "instrument_version": 1,
                        "completed_at": "2026-01-05T09:00:00Z",
                        "answers": {"dr.job_place_employer": True}}],
    })
    section = ReferralSection()
    qtbot.addWidget(section)
    section.show()
    harness.open(section)
    first = section.list.topLevelItem(0)
    assert first is not None and first.text(3).strip("\u2068\u2069") == \
        "Dressing for a foot wound"
    section.list.setCurrentItem(first)
    section.print_selected()
    dialog = section.letter_dialog
    assert dialog is not None
    html = letter_html(dialog.letter)
    for needed in ("Selam", "Tesfay", "Eritrea", "Tigrinya", "Dressing for a foot wound",
                   "Example Lampedusa Migrant Health Clinic", "+44 20 7946 0",
                   "2026-01-05", "Spoken"):
        assert needed in html, needed
    for private in ("SECRET-NOTE-TEXT", "OTHER-REFERRAL-REASON", "Legal Aid",
                    "job_place", "deceived", "risk", "Risk"):
        assert private not in html, private
    assert dialog.preview.toPlainText().count("Dressing for a foot wound") == 1

    target = tmp_path / "chosen" / "letter.pdf"
    target.parent.mkdir()
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName",
                        lambda *args, **kwargs: (str(target), "PDF documents (*.pdf)"))
    dialog.save_pdf()
    assert not target.exists()  # not before the passphrase is typed again
    assert dialog.reauth is not None
    dialog.reauth.passphrase_box.setText(PASSPHRASE)
    dialog.reauth.submit()
    assert target.read_bytes().startswith(b"%PDF")
    text = pdf_text(target.read_bytes())
    assert "Confidential" in text and USER in text  # every page marked: who printed it
    assert list(target.parent.iterdir()) == [target]  # only where the person chose
    events: list[Any] = []
    harness.runner.submit(lambda session: session.store.raw.execute(
        "SELECT details FROM audit_log WHERE action = 'referral.print'").fetchall(),
        events.append)
    assert len(events[0]) == 1 and '"output": "pdf"' in str(events[0][0][0]).replace(
        '":"', '": "')


def test_a_draft_of_a_new_referral_and_a_move_comes_back(qtbot: QtBot,
                                                         harness: Harness) -> None:
    harness.create({**with_consent(), "referrals": [
        {"service_id": SERVICE, "reason": "Check-up", "referred_on": "2026-01-05"}]})
    section = ReferralSection()
    qtbot.addWidget(section)
    harness.open(section)
    pick(section.move_box, "declined")
    pick(section.service_box, "lamp-01-legal")
    qtbot.keyClicks(section.reason_box, "Advice")
    state = section.draft()
    other = ReferralSection()
    qtbot.addWidget(other)
    harness.open(other)
    other.restore_draft(state)
    assert other.changes() == section.changes()
    assert other.move_box.currentData() == "declined"
