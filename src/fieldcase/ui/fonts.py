"""Load the bundled Noto fonts so every name renders, even on a machine with no fonts at all.

A field laptop may be a minimal install: with no fonts Qt draws every label as boxes, and
DejaVu (the usual Linux default) has no Ge'ez, so Tigrinya and Amharic names would be boxes.
The bundle ships Noto Sans (Latin) and the Noto Sans families for the other scripts the
people in the records write their names in: Arabic, Ethiopic, Bengali, Khmer, Myanmar, Thai
(OFL, see ``assets/fonts/OFL.txt``; about 3 MB in all). They are registered with
``QFontDatabase.addApplicationFont`` before the first window opens, and the application font
is Noto Sans with the others as fallbacks, so Qt picks the right glyphs for each script
inside one string.

The size is the person's: a worker with poor sight sets a larger font on the desktop, and the
platform theme hands it to Qt as the application font before any window exists.
``install_fonts`` keeps that point size (never below ``UI_POINT_SIZE``, the size the screens
were drawn at) and only swaps the family. Everything else is relative to it: headings are
``scaled_font`` of the widget's own font, small text boxes are ``lines_height`` lines of their
font tall and list columns ``text_width`` characters wide, so nothing is a fixed number of
pixels that clips a larger font (docs/ui.md, "Text size"). A size chosen once at construction
does not follow a font changed while the window is open; the desktop's size is read at start.

What can go wrong: a missing or unreadable file (an incomplete installation) makes
``addApplicationFont`` return -1; ``load_bundled_fonts`` reports which files failed instead of
raising, because the app is still usable with the system's fonts.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from fieldcase.resources import asset_path

UI_FAMILY = "Noto Sans"
FALLBACK_FAMILIES: tuple[str, ...] = (
    "Noto Sans Arabic", "Noto Sans Ethiopic", "Noto Sans Bengali", "Noto Sans Khmer",
    "Noto Sans Myanmar", "Noto Sans Thai",
)
FONT_FILES: tuple[str, ...] = tuple(
    f"{family.replace(' ', '')}-{weight}.ttf"
    for family in (UI_FAMILY, *FALLBACK_FAMILIES) for weight in ("Regular", "Bold"))
UI_POINT_SIZE = 10


@dataclass(frozen=True)
class FontReport:
    families: tuple[str, ...]
    failed_files: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.failed_files


def fonts_dir() -> Path:
    return asset_path("fonts")


def load_bundled_fonts(folder: Path | None = None) -> FontReport:
    """Register the bundled fonts with Qt (needs a QGuiApplication); safe to call twice."""
    folder = folder or fonts_dir()
    families: list[str] = []
    failed: list[str] = []
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(folder / name))
        if font_id < 0:
            failed.append(name)
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    return FontReport(tuple(families), tuple(failed))


def ui_font(point_size: float = UI_POINT_SIZE) -> QFont:
    """Noto Sans, falling back per character to the Arabic and Ethiopic families."""
    font = QFont(UI_FAMILY)
    font.setPointSizeF(point_size)
    font.setFamilies([UI_FAMILY, *FALLBACK_FAMILIES])
    return font


SCRIPT_FAMILIES: dict[str, str] = {
    "ar": "Noto Sans Arabic", "am": "Noto Sans Ethiopic", "ti": "Noto Sans Ethiopic"}
"""The family of an interface language not written in Latin letters."""


def follow_language(app: QApplication, language: str) -> None:
    """Put the family of the interface language's script first in the application font (when
    the bundled fonts are in use; Latin falls back to Noto Sans). Reached through the fallback,
    an Arabic line was wrapped at widths narrower than it was drawn: at 14–18 pt the unlock
    screen's first line ran past the window's edge (tests/ui/test_fonts.py)."""
    font = app.font()
    families = [f for f in font.families() if f in (UI_FAMILY, *FALLBACK_FAMILIES)]
    if UI_FAMILY not in families:
        return  # the system's fonts: nothing of ours to order
    first = SCRIPT_FAMILIES.get(language.split("_")[0], UI_FAMILY)
    ordered = [first, *(f for f in (UI_FAMILY, *FALLBACK_FAMILIES) if f != first)]
    if font.families() != ordered:
        font.setFamilies(ordered)
        app.setFont(font)


def system_point_size(font: QFont) -> float:
    """The desktop's chosen size (the platform theme's application font), never below
    ``UI_POINT_SIZE``; a font sized in pixels (no point size) counts as the default."""
    return max(font.pointSizeF(), float(UI_POINT_SIZE))


def install_fonts(app: QApplication) -> FontReport:
    """Load the bundled fonts and make them the application's default font, at the size the
    desktop set (a person who needs larger text gets it in every window)."""
    report = load_bundled_fonts()
    if UI_FAMILY in report.families:
        app.setFont(ui_font(system_point_size(app.font())))
    return report


def scaled_font(base: QFont, factor: float, *, bold: bool = False) -> QFont:
    """``base`` ``factor`` times larger, for a heading: relative to the font the widget already
    has (the application font), never a fixed size in a style sheet."""
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * factor)
    else:
        font.setPixelSize(round(base.pixelSize() * factor))
    font.setBold(bold or base.bold())
    return font


def lines_height(box: QAbstractScrollArea, lines: float) -> int:
    """The height that shows ``lines`` lines of ``box``'s font (a small note or reason box):
    with a larger font the box grows and still shows as many lines."""
    document_margin = box.document().documentMargin() \
        if isinstance(box, QPlainTextEdit | QTextEdit) else 2.0
    return round(box.fontMetrics().lineSpacing() * lines + 2 * document_margin
                 + 2 * box.frameWidth())


def text_width(widget: QWidget, characters: int) -> int:
    """The width of about ``characters`` characters of ``widget``'s font (a list column)."""
    return characters * widget.fontMetrics().averageCharWidth()
