"""Printed documents (the referral letter, the case summary): HTML laid out on A4 pages,
each page marked "Confidential" with who printed it and when, to a PDF in memory or a printer.

One helper for every printout, so every page carries the same marking: the header line says
"Confidential" and the footer says who printed it, when (the moment the print was audited:
``services.printouts.PrintMark``) and the page number. ``QTextDocument.print_`` cannot add a
line to each page, so the pages are drawn here: the document is laid out for the page's
paint area less the two mark lines, and each page's slice is painted between them.

The PDF is made in a ``QBuffer``: nothing is written to disk here, and the window writes the
bytes only to the file the person chose. The PDF's title never names a person (viewers show
it in their lists and recent files). Arabic is shaped and laid out right to left by Qt's
text engine; the marks follow the interface's direction.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextOption,
)

from fieldcase.services.printouts import PrintMark
from fieldcase.ui.i18n import Context, fill

FSI, PDI, LRI = "\u2068", "\u2069", "\u2066"
MARK_POINT_SIZE = 8


class PageWords(Context):
    """Translation context of the marks on every printed page."""


def mark_words(mark: PrintMark) -> str:
    """"Printed by amina on 2026-12-07 14:05 UTC" (the user name isolated: a Latin name
    inside an Arabic sentence keeps its place)."""
    moment = mark.moment.strftime("%Y-%m-%d %H:%M %Z").strip()
    return fill(PageWords.tr("Printed by %1 on %2"), FSI + mark.user + PDI,
                LRI + moment + PDI)  # "2026-12-07" keeps its order in Arabic


def facts_table(rows: list[tuple[str, str]]) -> str:
    """Label and value rows as an HTML table (every word escaped; empty values left out).
    Qt lays a table's columns left to right whatever the text's direction, so under a
    right-to-left interface the cells are given value first and the table stands at the
    right edge: the label is read first, at the right."""
    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    cells = []
    for label, value in rows:
        if not value:
            continue
        pad = "padding-left:14px" if rtl else "padding-right:14px"
        head = f"<td style='color:#444; {pad}'>{escape(label)}</td>"
        body = f"<td>{escape(value)}</td>"
        cells.append(f"<tr>{body}{head}</tr>" if rtl else f"<tr>{head}{body}</tr>")
    tag = "<table align='right'>" if rtl else "<table>"
    return f"{tag}{''.join(cells)}</table>"


def _layout(writer: QPdfWriter) -> None:
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))


def paint_pages(html: str, device: QPagedPaintDevice, mark: PrintMark) -> int:
    """Lay ``html`` out on ``device``'s pages with the marks; returns the number of pages."""
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the printer or the file could not be opened")
    try:
        return _paint(painter, html, device, mark)
    finally:
        painter.end()


def _paint(painter: QPainter, html: str, device: QPagedPaintDevice, mark: PrintMark) -> int:
    page = device.pageLayout().paintRectPixels(device.logicalDpiX())
    width, height = float(page.width()), float(page.height())
    mark_font = QFont(QGuiApplication.font())
    mark_font.setPointSize(MARK_POINT_SIZE)
    painter.setFont(mark_font)
    line = painter.fontMetrics().height() * 2.0
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setDefaultFont(QGuiApplication.font())
    document.setHtml(html)
    body = height - 2 * line
    document.setPageSize(QSizeF(width, body))
    pages = max(document.pageCount(), 1)
    option = QTextOption()
    option.setTextDirection(QGuiApplication.layoutDirection())
    confidential = PageWords.tr("Confidential")
    printed = mark_words(mark)
    for index in range(pages):
        if index:
            device.newPage()
        painter.setFont(mark_font)
        option.setAlignment(Qt.AlignmentFlag.AlignTrailing)  # mirrored in right to left
        painter.drawText(QRectF(0, 0, width, line), confidential, option)
        option.setAlignment(Qt.AlignmentFlag.AlignLeading)
        footer = fill(PageWords.tr("%1 · page %2 of %3"), printed, index + 1, pages)
        painter.drawText(QRectF(0, height - line * 0.75, width, line), footer, option)
        painter.save()
        painter.translate(0, line - index * body)
        document.drawContents(painter, QRectF(0, index * body, width, body))
        painter.restore()
    return pages


def pdf_bytes(html: str, title: str, mark: PrintMark) -> bytes:
    """``html`` as a marked A4 PDF (15 mm margins), made in memory."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    _layout(writer)
    writer.setTitle(title)
    writer.setCreator("FieldCase")
    paint_pages(html, writer, mark)
    del writer  # ends the PDF
    buffer.close()
    return bytes(data.data())
