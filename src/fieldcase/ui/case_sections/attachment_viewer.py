"""An attachment shown from memory: a photo or a PDF, page by page, in the window.

The bytes come from ``services.attachments.open_attachment`` (checked and audited) and never
touch the disk in clear: an image is decoded with ``QImage.loadFromData``; a PDF is opened
from the bytes by PDFium (``pypdfium2``, its in-memory loader) and each page rendered to an
image. No temporary file, no "open with": handing the file to another program would mean
writing it out in clear, so a kind of file this viewer cannot draw is said to be so, and
nothing more. Closing the dialog drops the bytes and the pictures.

Why PDFium through pypdfium2 and not Qt's own ``QtPdf``: ``QtPdf`` ships only in
``pyside6-addons`` (hundreds of MB, and the bundle is trimmed to Essentials); pypdfium2 is
PDFium itself (the engine inside QtPdf and Chrome), a few MB, BSD/Apache-licensed, and loads
a document from bytes. It is imported when a PDF is first shown (its bindings are about 4 MB of
the process's memory: docs/performance.md, "resident memory").

The window title never carries the attachment's label (it may name the person).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fieldcase.ui.i18n import fill

PDF_MAGIC = b"%PDF-"
MAX_PAGES = 50  # pages drawn at once; a longer document says how many more it has
PAGE_WIDTH = 860  # pixels a page or photo is drawn at, at most


@dataclass(frozen=True)
class Drawn:
    """What a file becomes on screen: its pages as pictures (one for a photo), and how many
    pages the file has in all (more than drawn for a long PDF). No pictures: it cannot be
    shown here (``damaged`` when it looked like an image or a PDF and would not open)."""

    pages: tuple[QImage, ...]
    total: int
    damaged: bool = False


def draw(data: bytes, media_type: str) -> Drawn:
    """Decode ``data`` in memory: a PDF (by type or by its first bytes) page by page, an image
    by Qt's decoders; anything else gives no pages."""
    if media_type == "application/pdf" or data.startswith(PDF_MAGIC):
        return _pdf_pages(data)
    image = QImage()
    if image.loadFromData(data):
        return Drawn((_fit(image),), 1)
    return Drawn((), 0, damaged=media_type.startswith("image/"))


def _pdf_pages(data: bytes) -> Drawn:
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError:
        return Drawn((), 0, damaged=True)
    try:
        total = len(document)
        pages = []
        for index in range(min(total, MAX_PAGES)):
            page = document[index]
            width = page.get_width() or 1.0
            bitmap = page.render(scale=min(PAGE_WIDTH / width, 3.0), rev_byteorder=True,
                                 prefer_bgrx=True)
            pages.append(QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                                QImage.Format.Format_RGBX8888).copy())
            bitmap.close()
            page.close()
        return Drawn(tuple(pages), total)
    finally:
        document.close()


def _fit(image: QImage) -> QImage:
    if image.width() <= PAGE_WIDTH:
        return image
    return image.scaledToWidth(PAGE_WIDTH, Qt.TransformationMode.SmoothTransformation)


class AttachmentViewer(QDialog):
    """One attachment, read-only. ``heading`` says which (label, kind, type, size), already
    in words."""

    def __init__(self, data: bytes, media_type: str, heading: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentViewer")
        self.setWindowTitle(self.tr("FieldCase — attachment"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.drawn = draw(data, media_type)
        del data  # the pictures are all this dialog keeps

        self.heading = QLabel(heading, self)
        self.heading.setObjectName("attachmentHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setStyleSheet("font-weight: bold;")
        self.status = QLabel(self._status_words(), self)
        self.status.setObjectName("attachmentStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        self.pages: list[QLabel] = []
        column = QWidget(self)
        pages_layout = QVBoxLayout(column)
        pages_layout.setSpacing(12)
        for number, image in enumerate(self.drawn.pages, start=1):
            page = QLabel(column)
            page.setPixmap(QPixmap.fromImage(image))
            page.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            page.setAccessibleName(fill(self.tr("Page %1 of %2"), number, self.drawn.total)
                                   if self.drawn.total > 1 else self.tr("The file"))
            page.setStyleSheet("background: white; border: 1px solid #999;")
            pages_layout.addWidget(page)
            self.pages.append(page)
        pages_layout.addStretch(1)
        self.page_area = QScrollArea(self)
        self.page_area.setObjectName("attachmentPages")
        self.page_area.setWidget(column)
        self.page_area.setWidgetResizable(True)
        self.page_area.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrows and PgDn scroll
        self.page_area.setAccessibleName(self.tr("The file"))
        self.page_area.setVisible(bool(self.pages))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.status)
        layout.addWidget(self.page_area, 1)
        layout.addWidget(buttons)
        self.resize(960, 760)
        (self.page_area if self.pages else close).setFocus()

    def _status_words(self) -> str:
        drawn = self.drawn
        if drawn.damaged:
            return self.tr("This file could not be shown: it may be damaged.")
        if not drawn.pages:
            return self.tr("This kind of file cannot be shown here. FieldCase does not open it "
                           "in another program, because that would write it to the disk "
                           "unencrypted.")
        if drawn.total > len(drawn.pages):
            return fill(self.tr("The first %1 pages of %2."), len(drawn.pages), drawn.total)
        if drawn.total > 1:
            return fill(self.tr("%1 pages."), drawn.total)
        return ""
