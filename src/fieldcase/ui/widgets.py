"""Small pieces the dialogs share: the error style, a busy bar, and fitting to content."""

from __future__ import annotations

from PySide6.QtWidgets import QProgressBar, QWidget

ERROR_STYLE = "color: #a00000;"


def busy_bar(parent: QWidget) -> QProgressBar:
    """An indeterminate bar for work of unknown length (key derivation, demo build)."""
    bar = QProgressBar(parent)
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(8)
    return bar


def fit_height(widget: QWidget) -> None:
    """Resize to the height the content needs at the current width.

    Word-wrapped messages appear and disappear; ``adjustSize`` would use the narrow size
    hint's height and leave gaps or clip a wrapped line, so the height is computed for the
    width the window really has."""
    layout = widget.layout()
    if layout is None:
        return
    layout.activate()
    natural = widget.width() if widget.isVisible() else widget.sizeHint().width()
    width = max(natural, widget.minimumWidth())
    height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() \
        else layout.totalSizeHint().height()
    widget.resize(width, max(height, layout.totalMinimumSize().height()))
