"""A horizontal bar chart painted with QPainter, and its two files (PNG, CSV).

Why QPainter and not QtCharts: QtCharts ships in PySide6-Addons, which the bundle leaves out
(tens of megabytes for a handful of bar charts); a bar is a rectangle, and painting it here
keeps the charts in the app's own font, palette and direction.

One row per bar: its label in words on the leading side, the bar growing in the reading
direction, its number (``QLocale``) after it. Right to left (Arabic) the whole row mirrors:
the label on the right, the bar growing to the left (:meth:`BarChart.bar_rects` says where
each bar is, for the painting and for the tests). Screen readers cannot see bars: the
chart's accessible description reads every value in words ("Transit: 5; Destination: 1").

Files: :func:`save_png` writes the chart as shown (``QWidget.grab``) under its title;
:func:`save_csv` writes its aggregate counts only (code, words, count): no name of a person,
no case number, ever. The files are plain: they stay with the supervisor (docs/ui.md).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent, QPalette, QPixmap
from PySide6.QtWidgets import QSizePolicy, QStyle, QStyleOptionFocusRect, QWidget

from fieldcase.ui.i18n import fill, translate

ROW_PADDING = 8  # pixels above and below a bar's line of text
GAP = 8  # between the label, the bar and its number
MARGIN = 16  # around a chart saved as PNG


@dataclass(frozen=True)
class Bar:
    code: str  # what the data says ("transit", "2026-W49"): the CSV's first column
    label: str  # in words, in the interface language
    value: int


@dataclass(frozen=True)
class Chart:
    key: str  # names the widgets and the files ("stage")
    title: str
    bars: tuple[Bar, ...]
    note: str = ""  # what the bars leave out or add ("Closed cases are not counted (3).")


def number(value: int | float) -> str:
    return QLocale().toString(value) if isinstance(value, int) else \
        QLocale().toString(value, "f", 1).removesuffix(QLocale().decimalPoint() + "0")


def described(chart: Chart) -> str:
    """Every value in words, for a screen reader: "Transit: 5; Destination: 1"."""
    values = [fill(translate("BarChart", "%1: %2"), bar.label, number(bar.value))
              for bar in chart.bars]
    text = translate("BarChart", "; ").join(values) if values else \
        translate("BarChart", "Nothing to count yet.")
    return f"{text}. {chart.note}" if chart.note else text


class BarChart(QWidget):
    """One chart. Focusable, so a screen reader user lands on it and hears its values."""

    def __init__(self, chart: Chart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{chart.key}Chart")
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.chart = chart
        self.set_chart(chart)

    def set_chart(self, chart: Chart) -> None:
        self.chart = chart
        self.setAccessibleName(chart.title)
        self.setAccessibleDescription(described(chart))
        self.setMinimumHeight(max(1, len(chart.bars)) * self.row_height() + 4)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, max(1, len(self.chart.bars)) * self.row_height() + 4)

    # --- geometry ----------------------------------------------------------------------------
    def row_height(self) -> int:
        """A line of the chart's font and some padding: a larger system font, taller bars."""
        return QFontMetrics(self.font()).height() + ROW_PADDING

    def _columns(self) -> tuple[float, float, float]:
        """(label width, bar space, number width) in this widget's width."""
        metrics = QFontMetrics(self.font())
        widest = max((metrics.horizontalAdvance(bar.label) for bar in self.chart.bars),
                     default=0) + 2 * GAP
        label = min(float(widest), self.width() * 0.45)
        digits = max((metrics.horizontalAdvance(number(bar.value)) for bar in self.chart.bars),
                     default=0) + GAP
        return label, max(self.width() - label - digits - GAP, 10.0), digits

    def _mirror(self, rect: QRectF) -> QRectF:
        if not self.isRightToLeft():
            return rect
        return QRectF(self.width() - rect.x() - rect.width(), rect.y(), rect.width(),
                      rect.height())

    def bar_rects(self) -> list[QRectF]:
        """Where each bar is painted, mirrored right to left (an empty bar is 0 wide)."""
        label, space, _ = self._columns()
        top = max((bar.value for bar in self.chart.bars), default=0) or 1
        row_height = self.row_height()
        return [self._mirror(QRectF(label, 2 + row * row_height + 4, space * bar.value / top,
                                    row_height - 8))
                for row, bar in enumerate(self.chart.bars)]

    # --- painting ----------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        label_width, _, digits = self._columns()
        metrics = QFontMetrics(self.font())
        leading = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
        row_height = self.row_height()
        for row, (bar, rect) in enumerate(zip(self.chart.bars, self.bar_rects(), strict=True)):
            line = QRectF(0, 2 + row * row_height, label_width - GAP, row_height)
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            text = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight,
                                      int(line.width()) + 1)
            painter.drawText(self._mirror(line), int(self.aligned(leading)), text)
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
            x = rect.x() - digits - GAP / 2 if self.isRightToLeft() \
                else rect.x() + rect.width() + GAP / 2
            after = QRectF(x, line.y(), digits, row_height)
            painter.drawText(after, int(self.aligned(leading)), number(bar.value))
        if self.hasFocus():
            option = QStyleOptionFocusRect()
            option.initFrom(self)
            self.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, option,
                                       painter, self)
        painter.end()

    def aligned(self, flags: Qt.AlignmentFlag) -> Qt.AlignmentFlag:
        """Leading is left to right, right right to left (drawText does not mirror)."""
        horizontal = Qt.AlignmentFlag.AlignRight if self.isRightToLeft() \
            else Qt.AlignmentFlag.AlignLeft
        return horizontal | (flags & Qt.AlignmentFlag.AlignVertical_Mask)


# --- the two files ---------------------------------------------------------------------------

def chart_image(view: BarChart) -> QPixmap:
    """The chart as shown, under its title and note, with a margin (what the PNG holds)."""
    shot = view.grab()
    metrics = QFontMetrics(view.font())
    lines = [view.chart.title, *([view.chart.note] if view.chart.note else [])]
    line = metrics.height() + 4
    head = MARGIN + line * len(lines) + GAP
    image = QPixmap(shot.width() + 2 * MARGIN, head + shot.height() + MARGIN)
    image.fill(view.palette().color(QPalette.ColorRole.Window))
    painter = QPainter(image)
    painter.setPen(view.palette().color(QPalette.ColorRole.WindowText))
    align = view.aligned(Qt.AlignmentFlag.AlignTop)
    for index, text in enumerate(lines):
        font = view.font()
        font.setBold(index == 0)
        painter.setFont(font)
        painter.drawText(QRectF(MARGIN, MARGIN + index * line, shot.width(), line),
                         int(align), text)
    painter.drawPixmap(MARGIN, head, shot)
    painter.end()
    return image


def save_png(view: BarChart, path: Path) -> bool:
    """Write the chart (as shown, with its title) to ``path``; False when it could not."""
    return chart_image(view).save(str(path), "PNG")


def csv_text(chart: Chart) -> str:
    """The chart's counts: a header, then one row per bar (code, words, count)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([translate("BarChart", "code"), translate("BarChart", "category"),
                     translate("BarChart", "count")])
    for bar in chart.bars:
        writer.writerow([bar.code, bar.label, bar.value])
    return out.getvalue()


def save_csv(chart: Chart, path: Path) -> None:
    """Write :func:`csv_text` as UTF-8 with a byte order mark (spreadsheets then read Arabic
    and Ge'ez right). Raises ``OSError`` when it cannot."""
    path.write_text(csv_text(chart), encoding="utf-8-sig", newline="")
