"""A new passphrase typed twice, with "Suggest a passphrase" and "Show passphrase", as at
set-up: the rows the recovery and the passphrase-change dialogs share.

A suggestion (random words from ``profile.suggest_passphrase``) fills both boxes and shows
them, since it must be seen to be written down. The boxes are bound to ``passphrase`` and
``confirmation``, the paths of the policy's and the form's problems.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLineEdit, QPushButton, QWidget

from fieldcase.ui import profile_calls
from fieldcase.ui.dialogs.rows import add_field, line_edit
from fieldcase.ui.forms.binder import FormBinder
from fieldcase.ui.i18n import current_language


def suggest_in_interface_language() -> str:
    """Random words from the interface language's list (English where it has none), as many
    as that list needs to be as strong as six English words (``services.passphrase_words``)."""
    return profile_calls.suggest_passphrase(current_language())


def show_whole(box: QLineEdit) -> None:
    """A suggestion must be read whole to be written down: eight French words do not fit the
    usual width, so the box widens to its text (up to a screen's worth) and shows its start."""
    box.setCursorPosition(0)
    width = box.fontMetrics().horizontalAdvance(box.text()) + 4 * box.fontMetrics().height()
    box.setMinimumWidth(min(width, 900))
    window = box.window()
    layout = window.layout()
    if layout is not None:  # the dialog grows with it (fit_height keeps that width)
        layout.activate()
        needed = layout.totalMinimumSize().width()
        if needed > window.minimumWidth():
            window.setMinimumWidth(needed)
            window.resize(max(window.width(), needed), window.height())


class NewPassphraseFields(QObject):
    def __init__(self, form: QWidget, grid: QGridLayout, row: int, binder: FormBinder, *,
                 suggest: Callable[[], str]) -> None:
        super().__init__(form)
        self._binder = binder
        self._suggest = suggest
        self.passphrase_box = line_edit(form, "newPassphrase", secret=True)
        self.confirmation_box = line_edit(form, "confirmation", secret=True)
        row = add_field(grid, row, binder, "passphrase", self.tr("&New passphrase"),
                        self.passphrase_box)
        row = add_field(grid, row, binder, "confirmation", self.tr("New passphrase a&gain"),
                        self.confirmation_box)
        self.suggest_button = QPushButton(self.tr("&Suggest a passphrase"), form)
        self.suggest_button.setObjectName("suggestPassphrase")
        self.suggest_button.setAutoDefault(False)  # Enter still means the dialog's button
        self.suggest_button.clicked.connect(self.suggest)
        self.show_box = QCheckBox(self.tr("S&how the new passphrase"), form)
        self.show_box.setObjectName("showPassphrase")
        self.show_box.toggled.connect(self._show)
        grid.addWidget(self.suggest_button, row, 1)
        grid.addWidget(self.show_box, row + 1, 1)
        self.next_row = row + 2

    @property
    def boxes(self) -> tuple[QLineEdit, QLineEdit]:
        return self.passphrase_box, self.confirmation_box

    def widgets(self) -> tuple[QWidget, ...]:
        return (*self.boxes, self.suggest_button, self.show_box)

    def suggest(self) -> None:
        words = self._suggest()
        for box in self.boxes:
            box.setText(words)
            show_whole(box)
        for path in ("passphrase", "confirmation"):
            self._binder.clear_problem(path)
        self.show_box.setChecked(True)

    def clear(self) -> None:
        for box in self.boxes:
            box.clear()
        self.show_box.setChecked(False)

    def _show(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for box in self.boxes:
            box.setEchoMode(mode)
