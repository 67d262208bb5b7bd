"""What every section of ``ui/case_sections`` does the same way around the contract.

A section owns one list of the case document (``KEY``: ``assistance``, ``journey``...). It
keeps the last shown document and context, tells edits by the person from the section filling
itself (``filling()``: signals fired while a document is written are not edits), and hands
the problems of a refused save whose path lies in its list to its binder, returning the rest
to the page. A refresh while the person has unsaved edits refreshes the lists and leaves the
editor alone (the page says the case changed meanwhile).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, ClassVar

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QWidget

from fieldcase.domain.errors import ValidationError
from fieldcase.ui.case_page.section import CaseSection, SectionContext
from fieldcase.ui.case_sections.common import split_problems
from fieldcase.ui.forms.binder import FormBinder


class SectionBase(CaseSection):
    KEY: ClassVar[str] = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.binder = FormBinder(self)
        self._document: dict[str, Any] = {}
        self._context: SectionContext | None = None
        self._filling = 0

    # --- the contract ----------------------------------------------------------------------
    def show_case(self, document: dict[str, Any], context: SectionContext) -> None:
        self._document = document
        self._context = context
        with self.filling():
            self.fill_lists()
            if not self.has_edits():
                self.reset_editor()

    def show_problems(self, problems: list[ValidationError]) -> list[ValidationError]:
        mine, rest = split_problems(problems, self.KEY)
        return self.binder.show_problems(mine) + rest

    def clear_edits(self) -> None:
        self.binder.clear_problems()
        with self.filling():
            self.reset_editor()

    # --- what each section gives -----------------------------------------------------------
    def fill_lists(self) -> None:
        """Show the records of the current document."""

    def reset_editor(self) -> None:
        """Empty the editor for a new record (today's date, the signed-in worker...)."""

    def has_edits(self) -> bool:
        return bool(self.changes())

    # --- helpers ---------------------------------------------------------------------------
    @property
    def document(self) -> dict[str, Any]:
        return self._document

    @property
    def context(self) -> SectionContext | None:
        return self._context

    def records(self) -> list[dict[str, Any]]:
        items = self._document.get(self.KEY) or []
        return [item for item in items if isinstance(item, dict)]

    @contextmanager
    def filling(self) -> Iterator[None]:
        """While the section writes into its own editors: their signals are not edits."""
        self._filling += 1
        try:
            yield
        finally:
            self._filling -= 1

    def watch(self, *signals: SignalInstance) -> None:
        for signal in signals:
            signal.connect(self._person_edited)

    def _person_edited(self, *_args: object) -> None:
        if not self._filling:
            self.after_edit()
            self.edited.emit()

    def after_edit(self) -> None:
        """Update what depends on the editor (a consent line, a live level)."""
