"""Small pieces the dialogs share: the error style, a busy bar, the common dialog frame,
fitting to content, and Enter on a list that opens its row."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldcase.ui.fonts import scaled_font
from fieldcase.ui.i18n import translate

ERROR_STYLE = "color: #a00000;"


def busy_bar(parent: QWidget) -> QProgressBar:
    """An indeterminate bar for work of unknown length (key derivation, demo build)."""
    bar = QProgressBar(parent)
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(8)
    return bar


@dataclass(frozen=True)
class DialogParts:
    message_label: QLabel
    busy_bar: QProgressBar
    accept_button: QPushButton
    reject_button: QPushButton


def frame_dialog(dialog: QDialog, *, heading: str, intro: str, body: QLayout,
                 accept_text: str, on_accept: Callable[[], None],
                 message_name: str, reject_text: str | None = None) -> DialogParts:
    """Heading, a short explanation, the dialog's own fields, a message line, a busy bar and
    accept / reject buttons, laid out the same way in every dialog. ``reject_text``: "Quit"
    (the default) before the main window, with nothing else to go back to; "Cancel" over it."""
    title = QLabel(heading, dialog)
    title.setTextFormat(Qt.TextFormat.PlainText)  # a host or case number, never markup
    title.setFont(scaled_font(title.font(), 1.4, bold=True))
    explanation = QLabel(intro, dialog)
    explanation.setWordWrap(True)
    message_label = QLabel(dialog)
    message_label.setObjectName(message_name)
    message_label.setWordWrap(True)
    message_label.setStyleSheet(ERROR_STYLE)
    bar = busy_bar(dialog)
    buttons = QDialogButtonBox(dialog)
    accept_button = QPushButton(accept_text, dialog)
    accept_button.setDefault(True)
    buttons.addButton(accept_button, QDialogButtonBox.ButtonRole.AcceptRole)
    reject_button = QPushButton(reject_text or translate("widgets", "Quit"), dialog)
    buttons.addButton(reject_button, QDialogButtonBox.ButtonRole.RejectRole)
    buttons.accepted.connect(on_accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.setSpacing(10)
    layout.setContentsMargins(20, 18, 20, 16)
    layout.addWidget(title)
    layout.addWidget(explanation)
    layout.addLayout(body)
    layout.addWidget(message_label)
    layout.addWidget(bar)
    layout.addWidget(buttons)
    return DialogParts(message_label, bar, accept_button, reject_button)


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


class _EnterActivates(QObject):
    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self._view and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            current = self._view.currentIndex()
            if current.isValid():
                self._view.activated.emit(current)
            return True
        return super().eventFilter(watched, event)


def enter_activates(view: QAbstractItemView) -> QAbstractItemView:
    """Enter on ``view`` activates its current row and stops there: the dialog's own Enter
    (its default button) must not act as well. Returns ``view``."""
    view.installEventFilter(_EnterActivates(view))
    return view
