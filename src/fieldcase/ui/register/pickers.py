"""Editors of the registration form that the binder cannot read on its own.

- ``CountryPicker``: a country picked by its name in the interface language, typed or chosen
  (an editable combo box whose completer matches anywhere in the name: "sud" finds "Sudan"
  and "South Sudan"). Its value is the alpha-3 code; a name that is no country reads as the
  typed text, so the service's ``unknown_code`` is shown beside it instead of the typing
  being silently dropped.
- ``names_field``: several names in one line, separated by ";" (or the Arabic "؛").
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from fieldcase.ui.forms.fields import Field
from fieldcase.ui.names import choices, country_choices, country_name

_SEPARATORS = re.compile("[;\u061b]")


class CountryPicker(QComboBox):
    def __init__(self, parent: QWidget | None = None, *, nationality: bool = True) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for choice in country_choices(nationality=nationality):
            self.addItem(choice.name, choice.code)
        self.setCurrentIndex(-1)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.setMaxVisibleItems(12)

    def code(self) -> str | None:
        text = self.currentText().strip()
        if not text:
            return None
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        return str(self.itemData(index)) if index >= 0 else text

    def set_code(self, code: Any) -> None:
        index = self.findData(code) if code else -1
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText(country_name(code) if code else "")

    def field(self) -> Field:
        line = self.lineEdit()
        assert line is not None
        return Field(self.code, self.set_code, line.textEdited)


def code_combo(parent: QWidget, kind: str, name: str, *, default: str | None = None
               ) -> QComboBox:
    """A combo of the codes of ``kind`` by name; nothing chosen unless ``default``."""
    box = QComboBox(parent)
    box.setObjectName(name)
    for choice in choices(kind):
        box.addItem(choice.name, choice.code)
    box.setCurrentIndex(box.findData(default) if default else -1)
    return box


def names_field(box: QLineEdit) -> Field:
    def read() -> list[str] | None:
        names = [part.strip() for part in _SEPARATORS.split(box.text()) if part.strip()]
        return names or None

    def write(value: Any) -> None:
        box.setText("; ".join(value) if isinstance(value, list) else "")
    return Field(read, write, box.textEdited)
