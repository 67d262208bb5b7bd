"""The rows of the small forms (enrolment, recovery, passphrase): a label with a mnemonic and
its buddy, the editor, and the binder's problem line under it.

Every field is reached by its label's Alt+letter, read by a screen reader under the label's
words (its accessible name is the label without the ``&``), and shows a refused rule beside
it (``forms.binder``). A secret box uses password echo and has no context menu: Qt then
refuses copying or dragging the text out of it, and nothing offers to.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QWidget

from fieldcase.ui.forms.binder import FormBinder
from fieldcase.ui.forms.fields import Field


def plain(label: str) -> str:
    """A label's words without its mnemonic mark: ``&Server address`` -> ``Server address``."""
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&")


def form_grid() -> QGridLayout:
    grid = QGridLayout()
    grid.setVerticalSpacing(2)
    grid.setColumnStretch(1, 1)
    return grid


def add_field(grid: QGridLayout, row: int, binder: FormBinder, path: str, text: str,
              editor: QWidget, *, field: Field | None = None) -> int:
    """Label, editor and problem line at ``row`` (two grid rows); returns the next row.
    ``field``: how to read an editor the binder does not know (a picker, a list)."""
    label = QLabel(text, editor.parentWidget())
    label.setBuddy(editor)
    editor.setAccessibleName(plain(text))
    binding = binder.bind(path, editor, field=field)
    grid.addWidget(label, row, 0)
    grid.addWidget(editor, row, 1)
    grid.addWidget(binding.problem_label, row + 1, 1)
    return row + 2


def line_edit(parent: QWidget, name: str, *, secret: bool = False) -> QLineEdit:
    box = QLineEdit(parent)
    box.setObjectName(name)
    if secret:
        box.setEchoMode(QLineEdit.EchoMode.Password)
        box.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    return box
