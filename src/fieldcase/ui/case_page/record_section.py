"""A section over one list of records (consents, tasks, notes): the records as rows, a form for
a new one, and changes to existing ones by id (a task marked done, a consent withdrawn).

What the person changed is a partial document of that list (docs/case-document.md, "How
updates merge"): first each changed record as ``{"id": ..., <fields set>}``, then the new
record without an id when the person began one in the form. Nothing is saved here: the page's
Save sends every section's changes at once, and until then the rows show what is waiting with
the words "not saved yet".

Problems of the new record come back at its place in the partial (``tasks[1].title``) or, for
a rule judged on the merged case (a confidential note), at its place in the case
(``notes[7].confidential``). Both are shown beside the form's field (bound here under
``new.<field>``); problems of the changed records go back to the page's message line.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from fieldcase.domain.errors import ValidationError
from fieldcase.ui.case_page.section import CaseSection, SectionContext
from fieldcase.ui.forms.binder import FormBinder
from fieldcase.ui.widgets import ERROR_STYLE

NEW = "new"
_INDEX = re.compile(r"^[a-z_]+\[(\d+)\]")


class RecordSection(CaseSection):
    """Subclasses set ``key``, build their form (binding fields at ``new.<field>``) and
    implement ``new_record``, ``reset_form`` and ``fill_rows``."""

    key = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.binder = FormBinder(self)
        self._document: dict[str, Any] = {}
        self._context: SectionContext | None = None
        self._updates: dict[str, dict[str, Any]] = {}
        self._started = False
        self._filling = False
        self.message = QLabel(self)
        self.message.setObjectName(f"{self.key}Message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()

    # --- for subclasses ----------------------------------------------------------------------
    def new_record(self) -> dict[str, Any]:
        raise NotImplementedError

    def reset_form(self, context: SectionContext) -> None:
        raise NotImplementedError

    def fill_rows(self) -> None:
        raise NotImplementedError

    def prepare(self, document: dict[str, Any], context: SectionContext) -> None:
        """Set up what depends on the case or the person working."""

    @property
    def context(self) -> SectionContext | None:
        return self._context

    def records(self) -> list[dict[str, Any]]:
        items = self._document.get(self.key) or []
        return [item for item in items if isinstance(item, dict)]

    def pending(self, record_id: object) -> dict[str, Any]:
        """The fields waiting to be saved for one record ({} none)."""
        return self._updates.get(str(record_id), {})

    def set_pending(self, record_id: str, fields: dict[str, Any] | None) -> None:
        """Change a record (``None``: forget its change) and show it as waiting."""
        if fields:
            self._updates[record_id] = fields
        else:
            self._updates.pop(record_id, None)
        self.fill_rows()
        self.edited.emit()

    def start_new(self, *_args: object) -> None:
        """Connected to the form's editors: the person began a new record."""
        if not self._filling:
            self._started = True
            self.edited.emit()

    def has_new(self) -> bool:
        return self._started

    # --- the contract ------------------------------------------------------------------------
    def show_case(self, document: dict[str, Any], context: SectionContext) -> None:
        same_case = self._context is not None and document.get("id") == self._document.get("id")
        self._document, self._context = document, context
        self._filling = True
        try:
            self.prepare(document, context)
            if same_case:
                known = {str(item.get("id")) for item in self.records()}
                self._updates = {k: v for k, v in self._updates.items() if k in known}
            else:
                self._updates.clear()
                self._started = False
                self.binder.clear_problems()
                self.message.hide()
            if not self._started:
                self.reset_form(context)
        finally:
            self._filling = False
        self.fill_rows()

    def changes(self) -> dict[str, Any]:
        items: list[dict[str, Any]] = [{"id": rid, **fields}
                                       for rid, fields in self._updates.items()]
        if self._started:
            items.append(self.new_record())
        return {self.key: items} if items else {}

    def show_problems(self, problems: list[ValidationError]) -> list[ValidationError]:
        mine: list[ValidationError] = []
        rest: list[ValidationError] = []
        for problem in problems:
            moved = self._on_new_record(problem)
            (mine if moved is not None else rest).append(moved or problem)
        unplaced = self.binder.show_problems(mine)
        return unplaced + rest

    def draft(self) -> dict[str, Any]:
        if not self._updates and not self._started:
            return {}
        return {"updates": dict(self._updates),
                "new": self.new_record() if self._started else None}

    def restore_draft(self, state: dict[str, Any]) -> None:
        updates = state.get("updates")
        if isinstance(updates, dict):
            self._updates.update({str(k): dict(v) for k, v in updates.items()
                                  if isinstance(v, dict)})
        new = state.get("new")
        if isinstance(new, dict):
            self._filling = True
            try:
                self.binder.write({NEW: new})
            finally:
                self._filling = False
            self._started = True
        self.fill_rows()
        if state:
            self.edited.emit()

    def clear_edits(self) -> None:
        self._updates.clear()
        self._started = False
        self.binder.clear_problems()
        self.message.hide()
        if self._context is not None:
            self._filling = True
            try:
                self.reset_form(self._context)
            finally:
                self._filling = False
        self.fill_rows()

    # --- inside ------------------------------------------------------------------------------
    def _on_new_record(self, problem: ValidationError) -> ValidationError | None:
        """The problem moved to ``new.<field>`` if it is about the new record, else None."""
        if not self._started or not problem.path.startswith(self.key + "["):
            return None
        found = _INDEX.match(problem.path)
        if found is None:
            return None
        index = int(found.group(1))
        if index not in (len(self._updates), len(self.records())):
            return None
        return ValidationError(NEW + problem.path[found.end():], problem.rule, problem.message,
                               problem.params)
