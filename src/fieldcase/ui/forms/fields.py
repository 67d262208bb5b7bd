"""How the binder reads, writes and watches each kind of editor widget.

A ``Field`` is three small functions over one widget: ``read`` gives the document value (None
when the editor is empty, so an empty box means "absent" and the service's ``required`` rule
speaks, instead of an empty string slipping through), ``write`` shows a document value, and
``edited`` is the signal that fires when the *person* changes it (``textEdited``, not
``textChanged``: writing a document into the form must not clear the problems just shown).

``field_for(widget)`` knows Qt's common editors; a composite editor (a list of journey legs,
a date with "estimated") passes its own ``Field``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDate, SignalInstance
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)


@dataclass(frozen=True)
class Field:
    read: Callable[[], Any]
    write: Callable[[Any], None]
    edited: SignalInstance | None


def _text_or_none(text: str) -> str | None:
    return text if text.strip() else None


def _line_edit(box: QLineEdit) -> Field:
    return Field(lambda: _text_or_none(box.text()),
                 lambda value: box.setText("" if value is None else str(value)), box.textEdited)


def _plain_text(box: QPlainTextEdit) -> Field:
    return Field(lambda: _text_or_none(box.toPlainText()),
                 lambda value: box.setPlainText("" if value is None else str(value)),
                 box.textChanged)


def _rich_text(box: QTextEdit) -> Field:
    return Field(lambda: _text_or_none(box.toPlainText()),
                 lambda value: box.setPlainText("" if value is None else str(value)),
                 box.textChanged)


def _combo(box: QComboBox) -> Field:
    """Items carry their code as item data (``names.choices``); the code is the value."""
    def write(value: Any) -> None:
        box.setCurrentIndex(box.findData(value) if value is not None else -1)
    return Field(lambda: box.currentData(), write, box.activated)


def _button(box: QAbstractButton) -> Field:
    return Field(box.isChecked, lambda value: box.setChecked(bool(value)), box.clicked)


def _spin(box: QSpinBox) -> Field:
    """The minimum (shown as the special text, e.g. "not known") means absent."""
    def read() -> int | None:
        return None if box.value() == box.minimum() and box.specialValueText() else box.value()

    def write(value: Any) -> None:
        box.setValue(box.minimum() if value is None else int(value))
    return Field(read, write, box.valueChanged)


def _date(box: QDateEdit) -> Field:
    """ISO dates (``YYYY-MM-DD``), as in the case document; the minimum means absent."""
    def read() -> str | None:
        date = box.date()
        if box.specialValueText() and date == box.minimumDate():
            return None
        return str(date.toString("yyyy-MM-dd"))

    def write(value: Any) -> None:
        box.setDate(QDate.fromString(str(value), "yyyy-MM-dd") if value else box.minimumDate())
    return Field(read, write, box.dateChanged)


def field_for(widget: QWidget) -> Field:
    """The ``Field`` of a standard editor; raises TypeError for one the binder cannot read."""
    if isinstance(widget, QLineEdit):
        return _line_edit(widget)
    if isinstance(widget, QPlainTextEdit):
        return _plain_text(widget)
    if isinstance(widget, QTextEdit):
        return _rich_text(widget)
    if isinstance(widget, QComboBox):
        return _combo(widget)
    if isinstance(widget, QAbstractButton):
        return _button(widget)
    if isinstance(widget, QDateEdit):
        return _date(widget)
    if isinstance(widget, QSpinBox):
        return _spin(widget)
    raise TypeError(f"no standard field for a {type(widget).__name__}; pass field=Field(...)")
