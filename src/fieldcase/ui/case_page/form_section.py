"""A section whose fields edit values of the document in place (Person): one binder from
document paths to editors, and what changed read by comparing each editor with the document it
was filled from.

Why compare rather than count keystrokes: a person who types a name and then types it back has
changed nothing, and sending it anyway would make the field an edit of what a sync may have
changed meanwhile (a needless conflict). And on a refresh while editing, the fields the person
changed keep their words while every other field shows the new document.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from fieldcase.domain.errors import ValidationError
from fieldcase.ui.case_page.section import CaseSection, SectionContext
from fieldcase.ui.forms.binder import FormBinder, put_at, value_at


def same(a: Any, b: Any) -> bool:
    """Equal as the document means them: no value, an empty text and an empty list agree."""
    def plain(value: Any) -> Any:
        return None if value in ("", [], {}) else value
    return bool(plain(a) == plain(b))


class FormSection(CaseSection):
    """A ``CaseSection`` over one ``FormBinder`` whose paths all start with ``root.``."""

    root = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.binder = FormBinder(self)
        self._document: dict[str, Any] = {}
        self._context: SectionContext | None = None
        self._filling = False

    # --- the contract ------------------------------------------------------------------------
    def show_case(self, document: dict[str, Any], context: SectionContext) -> None:
        same_case = self._context is not None and document.get("id") == self._document.get("id")
        edited = self._edited_values() if same_case else {}
        self._document, self._context = document, context
        self._filling = True
        try:
            self.prepare(document, context)
            if not same_case:
                self.binder.clear_problems()
            for path in self.binder.paths:
                if path not in edited:
                    self.binder.binding(path).field.write(value_at(document, path))
        finally:
            self._filling = False

    def changes(self) -> dict[str, Any]:
        partial: dict[str, Any] = {}
        for path, value in self._edited_values().items():
            put_at(partial, path, value)
        return partial

    def show_problems(self, problems: list[ValidationError]) -> list[ValidationError]:
        mine = [p for p in problems if self._owns(p.path)]
        rest = [p for p in problems if not self._owns(p.path)]
        return self.binder.show_problems(mine) + rest

    def draft(self) -> dict[str, Any]:
        return dict(self._edited_values())

    def restore_draft(self, state: dict[str, Any]) -> None:
        for path, value in state.items():
            if path in self.binder.paths:
                self.binder.binding(path).field.write(value)
        if state:
            self.edited.emit()

    def clear_edits(self) -> None:
        self.binder.clear_problems()
        self._filling = True
        try:
            self.binder.write(self._document)
        finally:
            self._filling = False

    # --- for subclasses ----------------------------------------------------------------------
    def prepare(self, document: dict[str, Any], context: SectionContext) -> None:
        """Set up what depends on the case or the person working (before the fill)."""

    def note_edit(self, *_args: object) -> None:
        """Connected to every editor's change: the page learns of unsaved edits."""
        if not self._filling:
            self.edited.emit()

    def _edited_values(self) -> dict[str, Any]:
        edited: dict[str, Any] = {}
        for path in self.binder.paths:
            value = self.binder.binding(path).field.read()
            before = value_at(self._document, path)
            if not same(value, before):
                # an emptied text is sent as "": a required one is then "must not be empty",
                # an optional one is read as absent
                edited[path] = "" if value is None and isinstance(before, str) else value
        return edited

    def _owns(self, path: str) -> bool:
        return path == self.root or path.startswith((self.root + ".", self.root + "["))
