"""Printed documents and re-authentication, over a real encrypted store: the case summary
holds the case number and who printed it, and the person's name only when the printer chose
to include it; nothing is written and nothing audited until the passphrase is typed again
(a wrong one counts as a failed unlock); the PDF goes only where the person chose; the PDFs
render (to PNG, in English and Arabic, the Arabic laid out right to left)."""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from tests.ui.case_sections_support import PASSPHRASE, USER, Harness
from tests.ui.printouts_support import CASE, FAMILY, GIVEN, NOTE, REASON, pdf_text, save_pages

from fieldcase.services import profile
from fieldcase.services.case_summary import case_summary
from fieldcase.services.printouts import PrintMark
from fieldcase.storage.keyslots import KdfParams
from fieldcase.ui.case_page.case_summary import CaseSummaryDialog, summary_pdf
from fieldcase.ui.dialogs.reauth_dialog import ReauthDialog
from fieldcase.ui.i18n import install_language

MARK = PrintMark(USER, datetime(2026, 12, 7, 14, 5, tzinfo=UTC))


def _events(harness: Harness, action: str) -> list[Any]:
    found: list[Any] = []
    harness.runner.submit(lambda session: session.store.raw.execute(
        "SELECT user, case_id, details FROM audit_log WHERE action = ?", (action,)).fetchall(),
        found.append)
    return list(found[0])


def _summary_dialog(qtbot: QtBot, harness: Harness) -> CaseSummaryDialog:
    harness.create(CASE)
    dialog = CaseSummaryDialog(harness.runner, harness.case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.summary is not None  # the synchronous runner answered at once
    return dialog


def _choose(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName",
                        lambda *args, **kwargs: (str(target), "PDF documents (*.pdf)"))


def _type(dialog: ReauthDialog | None, passphrase: str) -> None:
    assert dialog is not None and dialog.isVisible()
    dialog.passphrase_box.setText(passphrase)
    dialog.submit()


def _failures(harness: Harness) -> int:
    folder: list[Path] = []
    harness.runner.submit(lambda session: session.store.connection.path.parent, folder.append)
    return profile._keys(KdfParams.insecure_for_tests()).failed_attempts(folder[0], USER)


def test_a_wrong_passphrase_writes_nothing_audits_nothing_and_counts_as_a_failed_unlock(
        qtbot: QtBot, harness: Harness, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = _summary_dialog(qtbot, harness)
    target = tmp_path / "chosen" / "summary.pdf"
    target.parent.mkdir()
    _choose(monkeypatch, target)
    dialog.save_pdf()
    before = _failures(harness)
    _type(dialog.reauth, "not my passphrase at all")
    assert dialog.reauth.isVisible()
    assert "not your current passphrase" in dialog.reauth.binder.binding(
        "passphrase").problem_label.text()
    assert dialog.reauth.passphrase_box.text() == ""  # emptied the moment it was tried
    assert not target.exists() and list(target.parent.iterdir()) == []
    assert _events(harness, "case_summary.print") == []
    assert _failures(harness) == before + 1
    dialog.reauth.reject()
    assert not target.exists() and _events(harness, "case_summary.print") == []


def test_the_right_passphrase_writes_the_pdf_only_where_chosen_and_audits_it(
        qtbot: QtBot, harness: Harness, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = _summary_dialog(qtbot, harness)
    target = tmp_path / "chosen" / "summary.pdf"
    target.parent.mkdir()
    _choose(monkeypatch, target)
    temporary = set(Path(tempfile.gettempdir()).iterdir())
    dialog.save_pdf()
    _type(dialog.reauth, PASSPHRASE)
    assert target.read_bytes().startswith(b"%PDF")
    assert list(target.parent.iterdir()) == [target]  # only where the person chose
    assert {p for p in Path(tempfile.gettempdir()).iterdir()
            if p.suffix == ".pdf" or "pdf" in p.name.lower()} - temporary == set()
    events = _events(harness, "case_summary.print")
    assert len(events) == 1
    user, case_id, details = events[0]
    assert (user, case_id) == (USER, harness.case_id)
    assert '"output":"pdf"' in details.replace(" ", "")
    assert '"identifying":false' in details.replace(" ", "")
    assert GIVEN not in details and FAMILY not in details
    text = pdf_text(target.read_bytes())
    assert "Confidential" in text and f"Printed by {USER}" in text.replace("\u2068", "") \
        .replace("\u2069", "")


def test_the_summary_names_the_case_and_the_printer_and_the_person_only_when_chosen(
        qtbot: QtBot, harness: Harness, tmp_path: Path) -> None:
    harness.create(CASE)
    found: list[Any] = []
    case_id = harness.case_id
    for identifying in (False, True):
        harness.runner.submit(lambda session, i=identifying: case_summary(
            session, case_id, identifying=i), found.append)
    plain, named = (pdf_text(summary_pdf(summary, MARK)) for summary in found)
    number = found[0].case_number
    assert number and number in plain and USER in plain and "Confidential" in plain
    for private in (FAMILY, GIVEN, NOTE, REASON, "Syria", "31"):
        assert private not in plain, private
    assert "Medium" in plain and "Example Lampedusa Migrant Health Clinic" in plain
    assert "Call the clinic about the appointment" in plain
    assert FAMILY in named and number in named and "Syria" in named
    assert NOTE not in named and REASON not in named
    assert save_pages(summary_pdf(found[1], MARK), tmp_path, "summary")  # renders


def _mean_x(data: bytes) -> float:
    """Where the text sits across the first page, 0 (left) to 1 (right)."""
    document = pdfium.PdfDocument(data)
    page = document[0]
    text = page.get_textpage()
    boxes = [text.get_rect(i) for i in range(text.count_rects())]
    width = page.get_width()
    centre = sum((box[0] + box[2]) / 2 for box in boxes) / len(boxes) / width
    text.close()
    page.close()
    document.close()
    return centre


def test_in_arabic_the_summary_reads_right_to_left_and_its_words_are_arabic(
        qtbot: QtBot, harness: Harness, qapp: QApplication, tmp_path: Path) -> None:
    harness.create(CASE)
    found: list[Any] = []
    case_id = harness.case_id
    harness.runner.submit(lambda session: case_summary(session, case_id), found.append)
    english = summary_pdf(found[0], MARK)
    install_language(qapp, "ar")
    try:
        arabic = summary_pdf(found[0], MARK)
    finally:
        install_language(qapp, "en")
    text = pdf_text(arabic)
    assert "سري" in text  # "Confidential", shaped from Arabic letters, in reading order
    assert found[0].case_number in text and USER in text
    assert _mean_x(arabic) > _mean_x(english) + 0.1  # the labels' column on the right
    pages = save_pages(arabic, tmp_path, "summary-ar")
    image = QImage(str(pages[0]))
    assert not image.isNull() and image.width() > 500


def test_the_open_case_s_summary_opens_from_the_case_page_over_the_threaded_runner(
        qtbot: QtBot, case_page: Any, runner: Any, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.ui.case_page_helpers import new_case, open_case
    from tests.ui.conftest import PASSPHRASE as DEMO_PASSPHRASE

    case_id = new_case(qtbot, runner)
    open_case(qtbot, case_page, runner, case_id)
    case_page.print_summary()
    dialog = case_page.summary_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.summary is not None and not runner.busy, timeout=10_000)
    assert dialog.summary.case_id == case_id and dialog.summary.identifying is None
    assert "Tesfay" not in dialog.preview.toPlainText()
    dialog.identifying_box.setChecked(True)  # the printer's choice: who the person is
    qtbot.waitUntil(lambda: dialog.summary is not None and dialog.summary.identifying
                    is not None and not runner.busy, timeout=10_000)
    assert "Tesfay" in dialog.preview.toPlainText()
    target = tmp_path / "named.pdf"
    _choose(monkeypatch, target)
    dialog.save_pdf()
    _type(dialog.reauth, DEMO_PASSPHRASE)
    qtbot.waitUntil(target.exists, timeout=10_000)
    assert "Tesfay" in pdf_text(target.read_bytes())


def test_printing_asks_for_the_passphrase_then_prints_marked_pages_and_audits_the_printer(
        qtbot: QtBot, harness: Harness, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QDialog

    printed = tmp_path / "spooler" / "printed.pdf"  # stands in for the system's spooler
    printed.parent.mkdir()

    class ChosenPrinter:  # the person picks a printer and presses Print
        def __init__(self, printer: QPrinter, _parent: object) -> None:
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(printed))

        def exec(self) -> QDialog.DialogCode:
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr("PySide6.QtPrintSupport.QPrintDialog", ChosenPrinter)
    dialog = _summary_dialog(qtbot, harness)
    dialog.print_summary()
    assert not printed.exists() and _events(harness, "case_summary.print") == []
    _type(dialog.reauth, PASSPHRASE)
    text = pdf_text(printed.read_bytes())
    assert "Confidential" in text and USER in text and dialog.summary is not None
    assert dialog.summary.case_number in text and FAMILY not in text
    events = _events(harness, "case_summary.print")
    assert len(events) == 1 and '"output":"printer"' in events[0][2].replace(" ", "")
