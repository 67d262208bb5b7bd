"""One form binder: document paths to widgets, a draft read from them, problems placed beside.

Every form is a draft document plus a ``FormBinder``::

    binder = FormBinder(form)
    binder.bind("person.given_name", given_box)            # a problem label is made for it
    binder.bind("referrals[0].consent_id", consent_box)
    binder.bind_each("journey[*].ended_on", leg_end_box)    # leg_end_box(index) -> widget
    binder.write(document)                                  # show a document
    draft = binder.read()                                   # {"person": {"given_name": ...}}
    unplaced = binder.show_problems(error.problems)         # OperationError.problems

A problem (``ValidationError``: path, rule, params) goes to the widget bound at its path; else
to a ``[*]`` pattern bound for its list (``journey[2].ended_on`` -> ``journey[*].ended_on``);
else to the nearest bound parent (``person.contact.phone`` -> ``person.contact``). What has no
place comes back, for the form's own message line. Each placed problem is shown in its words
(``problems.problem_text``, translated) in a label beside the field, prefixed with a warning
sign and not only coloured; the field's accessible description carries the same words, so a
screen reader announces the problem with the field; focus moves to the first problem in the
order the fields were bound (the form's reading order, not the service's). Editing a field
clears its problem, and only its own.

What can go wrong: a path bound twice raises (one field, one place); a problem whose path is
bound to a row that is not on screen (``bind_each`` returned None) is returned unplaced rather
than lost.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget

from fieldcase.domain.errors import ValidationError
from fieldcase.ui.forms.fields import Field, field_for
from fieldcase.ui.problems import problem_text
from fieldcase.ui.widgets import ERROR_STYLE

WARNING_SIGN = "\u26a0"  # ⚠: the mark that does not rely on colour
INVALID_PROPERTY = "invalid"  # a dynamic property style sheets may use: [invalid="true"]
_SEGMENT = re.compile(r"([^.\[\]]+)|\[(\d+|\*)\]")

Segment = str | int


def split_path(path: str) -> list[Segment]:
    """``referrals[0].consent_id`` -> ``["referrals", 0, "consent_id"]``."""
    return [int(index) if index.isdigit() else (name or index)
            for name, index in _SEGMENT.findall(path)]


def pattern_of(path: str) -> str:
    """``journey[2].ended_on`` -> ``journey[*].ended_on``."""
    return re.sub(r"\[\d+\]", "[*]", path)


def parent_of(path: str) -> str:
    """``person.contact.phone`` -> ``person.contact``; ``journey[2]`` -> ``journey``; top -> ""."""
    cut = max(path.rfind("."), path.rfind("["))
    return path[:cut] if cut > 0 else ""


@dataclass
class Binding:
    path: str
    widget: QWidget
    field: Field
    problem_label: QLabel
    problem: ValidationError | None = None


class FormBinder(QObject):
    """Binds one form's widgets to document paths; see the module docstring."""

    def __init__(self, form: QWidget) -> None:
        super().__init__(form)
        self._form = form
        self._bindings: dict[str, Binding] = {}
        self._patterns: dict[str, Callable[[int], QWidget | None]] = {}
        self._pattern_labels: dict[QWidget, Binding] = {}

    # --- binding ---------------------------------------------------------------------------
    def bind(self, path: str, widget: QWidget, *, field: Field | None = None,
             problem_label: QLabel | None = None) -> Binding:
        """Bind ``widget`` to ``path``; returns the binding, whose ``problem_label`` the form
        places under or beside the field (one is made if none is given)."""
        if path in self._bindings:
            raise ValueError(f"{path} is bound twice")
        binding = Binding(path, widget, field or field_for(widget),
                          problem_label or self._new_label(path))
        self._bindings[path] = binding
        if binding.field.edited is not None:
            binding.field.edited.connect(lambda *_args: self.clear_problem(path))
        return binding

    def bind_each(self, pattern: str, widget_for: Callable[[int], QWidget | None]) -> None:
        """Place problems of every item of a list (``journey[*].ended_on``) in the widget the
        form gives for that item's index (a row editor), or None if the row is not shown."""
        if "[*]" not in pattern:
            raise ValueError(f"{pattern} has no [*]")
        self._patterns[pattern] = widget_for

    def binding(self, path: str) -> Binding:
        return self._bindings[path]

    @property
    def paths(self) -> list[str]:
        return list(self._bindings)

    # --- documents -------------------------------------------------------------------------
    def read(self) -> dict[str, Any]:
        """The draft document the widgets hold; an empty editor leaves its key out."""
        document: dict[str, Any] = {}
        for path, binding in self._bindings.items():
            value = binding.field.read()
            if value is not None:
                _put(document, split_path(path), value)
        return document

    def write(self, document: dict[str, Any]) -> None:
        """Show ``document`` in the widgets (a path the document lacks empties its field)."""
        for path, binding in self._bindings.items():
            binding.field.write(_get(document, split_path(path)))

    # --- problems --------------------------------------------------------------------------
    def show_problems(self, problems: Iterable[ValidationError]) -> list[ValidationError]:
        """Show each problem beside its field, focus the first; returns those with no field.
        Problems shown before are cleared first: this is the service's whole answer."""
        self.clear_problems()
        unplaced: list[ValidationError] = []
        for problem in problems:
            target = self._place(problem.path)
            if target is None:
                unplaced.append(problem)
            elif target.problem is None:  # the first problem of a field is the one shown
                target.problem = problem
                self._paint(target)
        self.focus_first_problem()
        return unplaced

    def problem_paths(self) -> list[str]:
        return [path for path, binding in self._bindings.items() if binding.problem is not None]

    def clear_problem(self, path: str) -> None:
        binding = self._bindings.get(path)
        if binding is not None and binding.problem is not None:
            binding.problem = None
            self._paint(binding)

    def clear_problems(self) -> None:
        for binding in [*self._bindings.values(), *self._pattern_labels.values()]:
            if binding.problem is not None:
                binding.problem = None
                self._paint(binding)

    def focus_first_problem(self) -> QWidget | None:
        ordered = [b for b in [*self._bindings.values(), *self._pattern_labels.values()]
                   if b.problem is not None]
        if not ordered:
            return None
        widget = ordered[0].widget
        _scroll_to(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return widget

    # --- inside ----------------------------------------------------------------------------
    def _place(self, path: str) -> Binding | None:
        while path:
            if path in self._bindings:
                return self._bindings[path]
            row = self._pattern_binding(path)
            if row is not None:
                return row
            path = parent_of(path)
        return None

    def _pattern_binding(self, path: str) -> Binding | None:
        widget_for = self._patterns.get(pattern_of(path))
        indexes = [int(n) for n in re.findall(r"\[(\d+)\]", path)]
        if widget_for is None or not indexes:
            return None
        widget = widget_for(indexes[-1])
        if widget is None:
            return None
        if widget not in self._pattern_labels:
            binding = Binding(path, widget, field_for(widget), self._new_label(path))
            self._pattern_labels[widget] = binding
            if binding.field.edited is not None:
                binding.field.edited.connect(lambda *_args: self._clear_row(widget))
        return self._pattern_labels[widget]

    def _clear_row(self, widget: QWidget) -> None:
        binding = self._pattern_labels.get(widget)
        if binding is not None and binding.problem is not None:
            binding.problem = None
            self._paint(binding)

    def _new_label(self, path: str) -> QLabel:
        label = QLabel(self._form)
        label.setObjectName(f"problem:{path}")
        label.setWordWrap(True)
        label.setStyleSheet(ERROR_STYLE)
        label.setVisible(False)
        return label

    @staticmethod
    def _paint(binding: Binding) -> None:
        """Words beside the field, the same words in its accessible description, a sign."""
        text = problem_text(binding.problem) if binding.problem is not None else ""
        label = binding.problem_label
        label.setText(f"{WARNING_SIGN} {text}" if text else "")
        label.setAccessibleName(text)
        label.setVisible(bool(text))
        label.setBuddy(binding.widget)
        binding.widget.setAccessibleDescription(text)
        binding.widget.setProperty(INVALID_PROPERTY, bool(text))
        binding.widget.style().unpolish(binding.widget)  # re-read [invalid="true"] rules
        binding.widget.style().polish(binding.widget)


def value_at(document: dict[str, Any], path: str) -> Any:
    """The value at ``path`` in a document (None where the path leads nowhere)."""
    return _get(document, split_path(path))


def put_at(document: dict[str, Any], path: str, value: Any) -> None:
    """Set ``path`` in a (partial) document, making the objects and lists on the way."""
    _put(document, split_path(path), value)


def _put(document: dict[str, Any], segments: Sequence[Segment], value: Any) -> None:
    node: Any = document
    for here, after in pairwise(segments):
        empty: Any = [] if isinstance(after, int) else {}
        if isinstance(here, int):
            while len(node) <= here:
                node.append(None)
            if node[here] is None:
                node[here] = empty
            node = node[here]
        else:
            node = node.setdefault(here, empty)
    last = segments[-1]
    if isinstance(last, int):
        while len(node) <= last:
            node.append(None)
    node[last] = value


def _get(document: Any, segments: Sequence[Segment]) -> Any:
    node = document
    for segment in segments:
        if isinstance(segment, int):
            if not isinstance(node, list) or segment >= len(node):
                return None
        elif not isinstance(node, dict) or segment not in node:
            return None
        node = node[segment]
    return node


def _scroll_to(widget: QWidget) -> None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget)
            return
        parent = parent.parentWidget()
