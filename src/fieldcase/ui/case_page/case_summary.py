"""File > Print case summary…: the case as its reader needs it, shown first, then printed or
saved as PDF.

What the summary holds is the service's (``services.case_summary``): case number, status and
stage, the risk level and the reasons in words (read from the answers as the Screening tab
reads them), needs, where the case plan stands, open referrals and follow-ups. The person's
identifying details are a separate section at the end, there only when the printer ticks
"Include who the person is" (off by default, off again each time the window opens).

Print… and Save as PDF… ask for the passphrase again and audit the output first
(``dialogs.reauth_dialog``, ``case_summary.print``); each page is marked "Confidential" with
who printed it and when (``ui.printed_pages``, the referral letter's helper). The PDF is made
in memory and written only to the file the person chose; its title names no one.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from fieldcase import bundled
from fieldcase.domain.screening import ScreeningContext, ScreeningError, find_instrument
from fieldcase.services.case_summary import CaseSummary, case_summary, record_case_summary_print
from fieldcase.services.printouts import PrintMark
from fieldcase.ui.case_page.parts import date_words
from fieldcase.ui.case_sections.screening_words import instrument_words, read_answers
from fieldcase.ui.case_sections.service_words import direction_attribute
from fieldcase.ui.dialogs.reauth_dialog import ReauthDialog, confirm_then
from fieldcase.ui.i18n import Context, fill
from fieldcase.ui.messages import OperationError
from fieldcase.ui.names import (
    code_name,
    code_names,
    country_name,
    language_name,
    service_name,
)
from fieldcase.ui.operations import Runner
from fieldcase.ui.printed_pages import FSI, PDI, facts_table, paint_pages, pdf_bytes
from fieldcase.ui.widgets import ERROR_STYLE


class SummaryWords(Context):
    """Translation context of the case summary (in the interface language of who prints)."""


def _section(title: str, content: str) -> str:
    return f"<h3>{escape(title)}</h3>{content}"


def _risk_reasons(summary: CaseSummary) -> str:
    """The latest screening of each instrument, its level and its reasons in words."""
    if not summary.screenings:
        nothing = SummaryWords.tr("No screening is recorded.")
        return f"<p>{escape(nothing)}</p>"
    parts = []
    try:
        context = ScreeningContext(age=summary.age, stage=summary.stage)
    except ScreeningError:
        context = ScreeningContext(age=None, stage="transit")
    for line in summary.screenings:
        try:
            instrument = find_instrument(bundled.instruments(), line.instrument_id,
                                         line.instrument_version)
        except ScreeningError:
            title, reasons = line.instrument_id, [
                SummaryWords.tr("This questionnaire version is not on this laptop.")]
            level = line.level
        else:
            reading = read_answers(instrument, line.answers, context)
            title, reasons, level = (instrument_words(instrument).title(),
                                     list(reading.reasons), reading.level)
        head = fill(SummaryWords.tr("%1: %2 (on %3)"), title,
                    code_name("risk", level) or SummaryWords.tr("not scored"),
                    date_words(line.completed_on))
        if line.review:
            head = fill(SummaryWords.tr("%1 — a supervisor should review it"), head)
        items = "".join(f"<li>{escape(reason)}</li>" for reason in reasons)
        parts.append(f"<p><b>{escape(head)}</b></p><ul>{items}</ul>")
    return "".join(parts)


def _plan(summary: CaseSummary) -> str:
    if summary.status == "closed":
        return SummaryWords.tr("The case is closed.")
    if summary.plan_agreed:
        return SummaryWords.tr("The case plan is agreed; the steps are the open referrals and "
                               "follow-ups below.")
    return SummaryWords.tr("No case plan is agreed yet.")


def summary_html(summary: CaseSummary) -> str:
    """The summary as HTML (every value escaped; free text isolated in its own direction)."""
    directory = bundled.service_directory()
    case = [
        (SummaryWords.tr("Case number"), summary.case_number),
        (SummaryWords.tr("Status"), code_name("status", summary.status)),
        (SummaryWords.tr("Stage"), code_name("stage", summary.stage)),
        (SummaryWords.tr("Risk level"), code_name("risk", summary.risk_level)
         if summary.risk_level else SummaryWords.tr("Not screened")),
        (SummaryWords.tr("Needs"), ", ".join(code_names("flag", list(summary.flags)))),
        (SummaryWords.tr("Site"), summary.site),
        (SummaryWords.tr("Assigned to"), FSI + summary.assigned_to + PDI
         if summary.assigned_to else SummaryWords.tr("Nobody")),
        (SummaryWords.tr("Opened on"), date_words(summary.opened_on)),
    ]
    referrals = [(service_name(directory, service),
                  fill(SummaryWords.tr("%1, since %2"), code_name("referral_status", status),
                       date_words(since)))
                 for service, status, since in summary.open_referrals]
    tasks = [(date_words(due), FSI + title + PDI + (
        fill(SummaryWords.tr(" (%1)"), FSI + who + PDI) if who else ""))
        for title, due, who in summary.open_tasks]
    none_words = SummaryWords.tr("None.")
    none = f"<p>{escape(none_words)}</p>"
    title = fill(SummaryWords.tr("Case summary %1"), summary.case_number)
    warning = SummaryWords.tr("Confidential: for the people working on this case only. Do not "
                              "copy or pass on.")
    parts = [
        f"<html><body{direction_attribute()} style='font-size: 10.5pt'>",
        f"<h2>{escape(title)}</h2><p style='color:#444'>{escape(warning)}</p>",
        _section(SummaryWords.tr("The case"), f"{facts_table(case)}"),
        _section(SummaryWords.tr("Risk and screening"), _risk_reasons(summary)),
        _section(SummaryWords.tr("Case plan"), f"<p>{escape(_plan(summary))}</p>"),
        _section(SummaryWords.tr("Open referrals"),
                 f"{facts_table(referrals)}" if referrals else none),
        _section(SummaryWords.tr("Open follow-ups"),
                 f"{facts_table(tasks)}" if tasks else none),
    ]
    person = summary.identifying
    if person is not None:
        name = " ".join(p for p in (person.given_name, person.family_name) if p)
        age = date_words(person.date_of_birth) if person.date_of_birth else (
            fill(SummaryWords.tr("about %1 years"), person.age) if person.age is not None
            else SummaryWords.tr("not known"))
        rows = [
            (SummaryWords.tr("Name"), FSI + name + PDI),
            (SummaryWords.tr("Other names"),
             ", ".join(FSI + n + PDI for n in person.other_names)),
            (SummaryWords.tr("Sex"), code_name("sex", person.sex)),
            (SummaryWords.tr("Born / age"), age),
            (SummaryWords.tr("Nationality"), country_name(person.nationality)),
            (SummaryWords.tr("Languages"),
             ", ".join(language_name(c) for c in person.languages)),
        ]
        heading = SummaryWords.tr("Who the person is (included by the person who printed)")
        parts.append(  # a page of its own: it can be kept apart from the rest
            f"<h3 style='page-break-before: always'>{escape(heading)}</h3>"
            f"{facts_table(rows)}")
    parts.append("</body></html>")
    return "".join(parts)


def summary_pdf(summary: CaseSummary, mark: PrintMark) -> bytes:
    """The summary as PDF bytes, made in memory, each page marked."""
    return pdf_bytes(summary_html(summary), SummaryWords.tr("Case summary"), mark)


class CaseSummaryDialog(QDialog):
    """The summary as it will print, the choice to include who the person is, and Print…,
    Save as PDF…, Close."""

    loaded = Signal()

    def __init__(self, runner: Runner, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._case_id = case_id
        self._token = 0
        self.summary: CaseSummary | None = None
        self.reauth: ReauthDialog | None = None
        self.setObjectName("caseSummaryDialog")
        self.setWindowTitle(self.tr("FieldCase — case summary"))
        intro = QLabel(self.tr("This is everything the summary shows. Print it, or save it as "
                               "a PDF where you choose; either asks for your passphrase and is "
                               "recorded in the audit log."), self)
        intro.setWordWrap(True)
        self.identifying_box = QCheckBox(self.tr("&Include who the person is (name, age, "
                                                 "nationality, languages)"), self)
        self.identifying_box.setAccessibleName(self.identifying_box.text().replace("&", ""))
        self.identifying_box.toggled.connect(self.reload)
        self.preview = QTextBrowser(self)
        self.preview.setAccessibleName(self.tr("Case summary"))
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
        self.print_button.clicked.connect(self.print_summary)
        self.save_button.clicked.connect(self.save_pdf)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.identifying_box)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(640, 760)
        self._enable(False)
        self.reload()

    def reload(self) -> None:
        """Read the summary on the worker, with or without who the person is."""
        self._token += 1
        token, case_id = self._token, self._case_id
        identifying = self.identifying_box.isChecked()
        self._enable(False)
        self._runner.submit(
            lambda session: case_summary(session, case_id, identifying=identifying),
            lambda summary: self._arrived(token, summary), self._failed)

    def _arrived(self, token: int, summary: CaseSummary) -> None:
        if token != self._token:
            return
        self.summary = summary
        self.preview.setHtml(summary_html(summary))
        self._enable(True)
        self.loaded.emit()

    def _failed(self, error: OperationError) -> None:
        self.message.setText(error.message)

    def _enable(self, ready: bool) -> None:
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    def _confirmed(self, output: str, then: Callable[[PrintMark], None]) -> None:
        case_id = self._case_id
        summary = self.summary
        identifying = summary is not None and summary.identifying is not None
        self.message.clear()
        self.reauth = confirm_then(
            self, self._runner, self.tr("Print the case summary"),
            lambda session: record_case_summary_print(session, case_id, output,
                                                      identifying=identifying), then)

    def save_pdf(self) -> None:
        """Ask where (the person's choice, nothing else), then the passphrase, then write."""
        summary = self.summary
        if summary is None:
            return
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the case summary"), self.tr("case-summary.pdf"),
            self.tr("PDF documents (*.pdf)"))
        if not chosen:
            return

        def write(mark: PrintMark) -> None:
            try:
                Path(chosen).write_bytes(summary_pdf(summary, mark))
            except OSError:
                self.message.setText(self.tr("The summary could not be saved there."))
        self._confirmed("pdf", write)

    def print_summary(self) -> None:
        summary = self.summary
        if summary is None:
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.tr("Case summary"))
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        html = summary_html(summary)

        def send(mark: PrintMark) -> None:
            try:
                paint_pages(html, printer, mark)
            except OSError:
                self.message.setText(self.tr("The printer could not be reached."))
        self._confirmed("printer", send)


def open_summary(parent: QWidget, runner: Runner, case_id: str) -> CaseSummaryDialog:
    dialog = CaseSummaryDialog(runner, case_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
