"""Small pieces the case page's sections share: pickers of codes by name, dates in the
interface language, free text isolated by direction, and a list of records.

Codes are always picked and shown by their names (``ui/names.py``): a worker types "Erit" and
picks "Eritrea", never ``ERI``. Free text (names, places, notes) is wrapped in Unicode
first-strong isolates wherever it sits inside a sentence or a cell of the other direction, so
an Arabic name keeps its order in an English row and a Latin one in an Arabic row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from fieldcase.ui.fonts import lines_height
from fieldcase.ui.forms.fields import Field
from fieldcase.ui.i18n import translate
from fieldcase.ui.locale_words import day_words
from fieldcase.ui.names import Choice

FSI, PDI = "\u2068", "\u2069"
EDIT_ROLE = Qt.ItemDataRole.UserRole + 1  # a record's id on its row
DATA_PROPERTY = "caseData"
"""Set on a widget whose words are the case's data (a name, a case number, a service's own
name), not the interface's: the translation walk skips it (tests/ui/test_translations.py)."""


def holds_data(widget: QWidget) -> QWidget:
    widget.setProperty(DATA_PROPERTY, True)
    return widget


def isolate(text: object) -> str:
    """Free text isolated so it keeps its own reading direction ("" for nothing)."""
    if text is None or text == "":
        return ""
    return f"{FSI}{text}{PDI}"


def date_words(value: object) -> str:
    """An ISO date (or the date part of a date-time) in the interface language's short form,
    isolated so it keeps its order inside a sentence of either direction ("Done on 27/11/2026"
    in an Arabic row); "" for none, the text itself if it is not a date."""
    words = day_words(value)
    return isolate(words) if words != str(value) else str(value)[:10]


def iso(day: date) -> str:
    return day.isoformat()


class DateBox(QDateEdit):
    """A date editor that Tab leaves. QDateEdit's own Tab walks its day, month and year
    first, a trap for someone moving through a form by keyboard; Left and Right still move
    between them, and Up and Down change them."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


def date_box(parent: QWidget, name: str) -> QDateEdit:
    """A date picker in the interface language's format, with a calendar."""
    box = DateBox(parent)
    box.setObjectName(name)
    box.setCalendarPopup(True)
    box.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
    return box


def set_day(box: QDateEdit, day: date) -> None:
    box.setDate(QDate(day.year, day.month, day.day))


class CodePicker(QComboBox):
    """A code picked by its name: type part of the name (any position, any case) and choose.
    The code is the item data; ``none_text`` adds a first entry meaning "none" (None)."""

    picked = Signal()  # the person chose an entry (not a fill from a document)

    def __init__(self, parent: QWidget, name: str, choices: Sequence[Choice], *,
                 none_text: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._none_text = none_text
        self.set_choices(choices)
        completer = QCompleter(self.model(), self)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        self.activated.connect(lambda _index: self.picked.emit())
        completer.activated.connect(lambda _text: self.picked.emit())

    def set_choices(self, choices: Sequence[Choice]) -> None:
        """Offer these entries instead (unchanged entries are left alone, so the list and
        what is typed stay put when a case is shown again with the same choices)."""
        wanted = ([(self._none_text, None)] if self._none_text is not None else []) + \
            [(choice.name, choice.code) for choice in choices]
        if [(self.itemText(i), self.itemData(i)) for i in range(self.count())] == wanted:
            return
        self.clear()
        for text, code in wanted:
            self.addItem(text, code)

    def code(self) -> str | None:
        """The chosen code; None when the typed text names no entry, or several (a part of
        a name that only one entry holds is taken as that entry)."""
        typed = self.currentText().strip()
        index = self.findText(typed, Qt.MatchFlag.MatchFixedString)
        if index < 0 and typed:
            found = [i for i in range(self.count())
                     if typed.casefold() in self.itemText(i).casefold()]
            index = found[0] if len(found) == 1 else -1
        if index < 0:
            return None
        data = self.itemData(index)
        return None if data is None else str(data)

    def set_code(self, code: object) -> None:
        index = self.findData(code) if code is not None else -1
        if index < 0 and code is None and self.count() and self.itemData(0) is None:
            index = 0
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("" if code is None else str(code))

    def field(self) -> Field:
        return Field(self.code, self.set_code, self.picked)


class ChoiceBox(QComboBox):
    """A short list of codes by name, where "not recorded" (None) is an entry of its own."""

    def __init__(self, parent: QWidget, name: str, entries: Sequence[tuple[str, Any]]) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        for text, value in entries:
            self.addItem(text, value)

    def value(self) -> Any:
        return self.currentData()

    def set_value(self, value: Any) -> None:
        for index in range(self.count()):
            if self.itemData(index) == value and type(self.itemData(index)) is type(value):
                self.setCurrentIndex(index)
                return
        self.setCurrentIndex(-1)

    def field(self) -> Field:
        return Field(self.value, self.set_value, self.activated)


def yes_no_entries() -> list[tuple[str, bool | None]]:
    return [(translate("CasePage", "Not asked"), None), (translate("CasePage", "Yes"), True),
            (translate("CasePage", "No"), False)]


class CodeList(QWidget):
    """Several codes picked by name (languages): a picker to add one and a button to remove
    the selected one, above the list of the chosen ones.

    The picker is the focus proxy (the label's Alt+letter and a problem land there, ready to
    type), and Qt's Tab goes on from the proxy's place in the focus chain, passing over
    anything made before it: so the list is made last and stands below the picker row, and
    Tab reaches all of them in reading order (picker, Add, Remove, list). ``setTabOrder``
    cannot do it: with a focus proxy it moves this whole widget and makes a loop."""

    changed = Signal()  # by the person

    def __init__(self, parent: QWidget, name: str, choices: Sequence[Choice],
                 name_of: Callable[[str], str], add_text: str, remove_text: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._name_of = name_of
        self.picker = CodePicker(self, f"{name}Picker", choices)
        self.picker.setCurrentIndex(-1)
        self.add_button = QPushButton(add_text, self)
        self.remove_button = QPushButton(remove_text, self)
        self.chosen = QListWidget(self)  # made last: last in the focus chain
        self.chosen.setObjectName(f"{name}Chosen")
        self.chosen.setMaximumHeight(lines_height(self.chosen, 3.5))
        self.add_button.setAccessibleName(add_text.replace("&", ""))
        self.remove_button.setAccessibleName(remove_text.replace("&", ""))
        row = QHBoxLayout()
        row.addWidget(self.picker, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        column = _column(self)
        column.addLayout(row)
        column.addWidget(self.chosen)
        self.add_button.clicked.connect(self._add)
        self.picker.picked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.setFocusProxy(self.picker)

    def codes(self) -> list[str]:
        return [str(self.chosen.item(i).data(EDIT_ROLE)) for i in range(self.chosen.count())]

    def set_codes(self, codes: object) -> None:
        self.chosen.clear()
        for code in codes if isinstance(codes, list) else []:
            self._append(str(code))

    def field(self) -> Field:
        return Field(self.codes, self.set_codes, self.changed)

    def _append(self, code: str) -> None:
        item = QListWidgetItem(self._name_of(code), self.chosen)
        item.setData(EDIT_ROLE, code)

    def _add(self) -> None:
        code = self.picker.code()
        if code is not None and code not in self.codes():
            self._append(code)
            self.changed.emit()
        self.picker.setCurrentIndex(-1)
        self.picker.clearEditText()

    def _remove(self) -> None:
        row = self.chosen.currentRow()
        if row >= 0:
            self.chosen.takeItem(row)
            self.changed.emit()


def _column(widget: QWidget) -> QVBoxLayout:
    column = QVBoxLayout(widget)
    column.setContentsMargins(0, 0, 0, 0)
    return column


def record_tree(parent: QWidget, name: str, headings: Sequence[str]) -> QTreeWidget:
    """A list of records: one row each, whole rows selected, keyboard-walkable, Tab leaves."""
    tree = QTreeWidget(parent)
    tree.setObjectName(name)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    tree.setTabKeyNavigation(False)
    tree.setHeaderLabels(list(headings))
    tree.setWordWrap(True)
    return tree
