"""What the printout tests and the render script share: a case worth printing (an Arabic
name, a screening, an open referral and follow-up, a note that must never print) and the
PDF read back by PDFium (its text; its pages as pictures, the attachment viewer's way)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pypdfium2 as pdfium

from fieldcase.ui.case_sections.attachment_viewer import draw

SERVICE = "lamp-01-medical"
GIVEN, FAMILY = "سلمى", "Haddad"
NOTE = "SECRET-NOTE-TEXT about the family"
REASON = "PRIVATE-REFERRAL-REASON"

CASE: dict[str, Any] = {
    "person": {"given_name": GIVEN, "family_name": FAMILY, "sex": "female",
               "nationality": "SYR", "age_estimate": 31, "languages": ["ar", "en"]},
    "case": {"site": "LAMP-01", "stage": "transit", "assigned_to": "amina",
             "flags": ["survivor_of_violence"]},
    "consents": [{"purpose": "referral", "service_id": SERVICE, "given_by": "self",
                  "form": "verbal", "given_on": "2026-11-20"}],
    "referrals": [{"service_id": SERVICE, "reason": REASON, "status": "sent",
                   "referred_on": "2026-11-21"}],
    "screenings": [{"instrument_id": "trafficking-adult", "instrument_version": 1,
                    "completed_at": "2026-11-20T09:00:00Z",
                    "answers": {"dr.job_place_employer": True}}],
    "tasks": [{"title": "Call the clinic about the appointment", "due_on": "2026-12-10"}],
    "notes": [{"text": NOTE, "author": "amina", "written_at": "2026-11-20T10:00:00Z"}],
}


def pdf_text(data: bytes) -> str:
    """Every page's text, as a reader (or a search engine) would extract it."""
    document = pdfium.PdfDocument(data)
    try:
        texts = []
        for index in range(len(document)):
            page = document[index]
            text_page = page.get_textpage()
            texts.append(text_page.get_text_range())
            text_page.close()
            page.close()
        return "\n".join(texts)
    finally:
        document.close()


def save_pages(data: bytes, out: Path, stem: str) -> list[Path]:
    """Each page of the PDF as ``<stem>-<n>.png`` in ``out`` (to look at)."""
    drawn = draw(data, "application/pdf")
    paths = []
    for number, image in enumerate(drawn.pages, 1):
        path = out / f"{stem}-{number}.png"
        image.save(str(path))
        paths.append(path)
    return paths
