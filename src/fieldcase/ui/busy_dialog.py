"""A small window that says what the app is doing while the worker is busy (the demo build).

It has no Cancel: the work it covers (creating a throwaway profile) is short and stopping it
half-way would leave nothing useful. If the work fails, ``show_failure`` replaces the busy bar
with the message and a Quit button.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from fieldcase.ui.widgets import busy_bar, fit_height


class BusyDialog(QDialog):
    def __init__(self, title: str, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("busyDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.failed = False
        self.message_label = QLabel(message, self)
        self.message_label.setWordWrap(True)
        self.busy_bar = busy_bar(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)  # Qt's words
        self.buttons.rejected.connect(self.reject)
        self.buttons.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(self.message_label)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.buttons)
        fit_height(self)

    def show_failure(self, message: str) -> None:
        self.failed = True
        self.message_label.setText(message)
        self.busy_bar.setVisible(False)
        self.buttons.setVisible(True)
        fit_height(self)
