"""The printable referral: a letter to the service, shown first, then printed or saved as PDF.

The letter holds only what ``services.referrals.referral_letter`` gives (the service's needs:
no notes, no screening, no other referral, no documents). It is made in memory: a
``QTextDocument`` for the preview and the printer, and PDF bytes from a ``QPdfWriter`` over a
``QBuffer``. Nothing is written to disk unless the person saves the PDF, and then only to the
file they chose; no temporary file exists at any point (a print spooler is the system's).
Printing and saving ask for the passphrase again (``dialogs.reauth_dialog``) and are audited
(``referral.print``, with the output) *before* the letter leaves, so a letter that left is
never missing from the audit log; each page is marked "Confidential" with who printed it and
when (``ui.printed_pages``, the helper the case summary uses too).
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from fieldcase.services.printouts import PrintMark
from fieldcase.services.referrals import ReferralLetter, record_referral_print
from fieldcase.ui.case_sections.service_words import direction_attribute, service_rows
from fieldcase.ui.dialogs.reauth_dialog import ReauthDialog, confirm_then
from fieldcase.ui.i18n import Context, fill
from fieldcase.ui.names import code_name, country_name, language_name, service_name
from fieldcase.ui.operations import Runner
from fieldcase.ui.printed_pages import facts_table, paint_pages, pdf_bytes
from fieldcase.ui.widgets import ERROR_STYLE

FSI, PDI = "\u2068", "\u2069"


class LetterWords(Context):
    """Translation context of the letter (said in the interface language of the worker who
    prints it)."""


def letter_html(letter: ReferralLetter) -> str:
    """The letter as HTML (every value escaped; free text isolated in its own direction)."""
    name = " ".join(p for p in (letter.given_name, letter.family_name) if p)
    age = letter.date_of_birth or (fill(LetterWords.tr("about %1 years"), letter.age)
                                   if letter.age is not None else LetterWords.tr("not known"))
    person = [
        (LetterWords.tr("Name"), FSI + name + PDI),
        (LetterWords.tr("Sex"), code_name("sex", letter.sex)),
        (LetterWords.tr("Born / age"), age),
        (LetterWords.tr("Nationality"), country_name(letter.nationality)),
        (LetterWords.tr("Languages"),
         ", ".join(language_name(c) for c in letter.languages)),
    ]
    consent = fill(LetterWords.tr("Given on %1 (%2, %3)"), letter.consent_given_on or "",
                   code_name("consent_form", letter.consent_form),
                   code_name("consent_giver", letter.consent_given_by)) \
        if letter.consent_given_on else LetterWords.tr("No consent to this referral is recorded.")
    referral = [
        (LetterWords.tr("Case number to quote"), letter.case_number),
        (LetterWords.tr("Referred on"), letter.referred_on),
        (LetterWords.tr("Status"), code_name("referral_status", letter.status)),
        (LetterWords.tr("Consent to this referral"), consent),
        (LetterWords.tr("Referred by"),
         fill(LetterWords.tr("%1, site %2"), letter.referred_by, letter.site)),
        (LetterWords.tr("Printed on"), letter.printed_on.isoformat()),
    ]
    service = service_rows(letter.service) if letter.service is not None else []
    reason = escape(letter.reason).replace("\n", "<br>")
    to = letter.service.name if letter.service is not None \
        else service_name(None, letter.service_id)
    title = fill(LetterWords.tr("Referral to %1"), to)
    warning = LetterWords.tr("Confidential: for the receiving service only. Do not copy or "
                             "pass on.")
    headings = (LetterWords.tr("The person referred"), LetterWords.tr("Reason for the referral"),
                LetterWords.tr("The referral"), LetterWords.tr("The service"))
    return "".join((
        f"<html><body{direction_attribute()} style='font-size: 10.5pt'>",
        f"<h2>{escape(title)}</h2><p style='color:#444'>{escape(warning)}</p>",
        f"<h3>{escape(headings[0])}</h3>{facts_table(person)}",
        f"<h3>{escape(headings[1])}</h3><p>{FSI}{reason}{PDI}</p>",
        f"<h3>{escape(headings[2])}</h3>{facts_table(referral)}",
        f"<h3>{escape(headings[3])}</h3>{facts_table(service)}",
        "</body></html>",
    ))


def letter_pdf(letter: ReferralLetter, mark: PrintMark) -> bytes:
    """The letter as PDF bytes, made in memory (A4, each page marked: ``ui.printed_pages``)."""
    return pdf_bytes(letter_html(letter), LetterWords.tr("Referral"), mark)


class ReferralPrintDialog(QDialog):
    """The letter as the service will read it, with Print…, Save as PDF… and Close."""

    def __init__(self, runner: Runner, case_id: str, referral_id: str, letter: ReferralLetter,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._case_id = case_id
        self._referral_id = referral_id
        self.letter = letter
        self.reauth: ReauthDialog | None = None
        self.setWindowTitle(self.tr("FieldCase — referral letter"))
        intro = QLabel(self.tr("This is everything the letter shows. Print it, or save it as a "
                               "PDF where you choose; either is recorded in the case's "
                               "history."), self)
        intro.setWordWrap(True)
        self.preview = QTextBrowser(self)
        self.preview.setAccessibleName(self.tr("Letter"))
        self.preview.setHtml(letter_html(letter))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        buttons = QDialogButtonBox(self)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.save_button = QPushButton(self.tr("&Save as PDF…"), self)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        close.clicked.connect(self.reject)
        self.print_button.clicked.connect(self.print_letter)
        self.save_button.clicked.connect(self.save_pdf)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(620, 720)

    def _confirmed(self, output: str, then: Callable[[PrintMark], None]) -> None:
        """The passphrase again, then the audit, then ``then`` (the only writer)."""
        case_id, referral_id = self._case_id, self._referral_id
        self.message.clear()
        self.reauth = confirm_then(
            self, self._runner, self.tr("Print the referral letter"),
            lambda session: record_referral_print(session, case_id, referral_id, output), then)

    def save_pdf(self) -> None:
        """Ask where (the person's choice, nothing else), then the passphrase, then write."""
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the referral letter"), self.tr("referral.pdf"),
            self.tr("PDF documents (*.pdf)"))
        if not chosen:
            return
        letter = self.letter

        def write(mark: PrintMark) -> None:
            try:
                Path(chosen).write_bytes(letter_pdf(letter, mark))
            except OSError:
                self.message.setText(self.tr("The letter could not be saved there."))
        self._confirmed("pdf", write)

    def print_letter(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.tr("Referral"))
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        html = letter_html(self.letter)

        def send(mark: PrintMark) -> None:
            try:
                paint_pages(html, printer, mark)
            except OSError:
                self.message.setText(self.tr("The printer could not be reached."))
        self._confirmed("printer", send)
