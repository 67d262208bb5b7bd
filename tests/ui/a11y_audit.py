"""Walk a window as someone with a keyboard and a screen reader meets it, and say what fails.

``audit(qtbot, window)`` presses Tab from the first control until the focus comes back to
where it started, and returns every failure it met, as words naming the widget:

- **a name**: each focusable control has an accessible name: what Qt hands a screen reader
  (``QAccessibleInterface.text(Name)``: the explicit ``accessibleName``, else a buddy label's
  words, a button's text, a group box's title);
- **the visible label**: a control with a visible label (a buddy ``QLabel``, the label beside
  it in a form or grid row, its own text, the title of the group box it sits in) is named by
  those words without the ``&`` of the mnemonic;
- **reached by Tab**: each visible, enabled control that takes Tab focus is reached, and Tab
  always moves on (a text box that types a tab character, or a table that walks its cells,
  keeps the focus: a trap), stays in the window, and comes back round to the first control
  (not round a smaller ring of controls);
- **reading order**: between two consecutive stops of the same form (the same parent
  widget), the next is not above the previous one (unless it starts a column further along
  the reading direction) and, on the same line, not behind it; mirrored right to left.

Shared by ``tests/ui/test_accessibility.py``; a new screen is audited by calling ``audit`` on
it (``label_problems`` and ``order_problems`` alone for a widget that is not a window).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import pairwise

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QScrollBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

LIMIT = 400  # Tab presses before a walk is taken to be lost


def plain(text: str) -> str:
    """Words as a screen reader says them: no ``&`` mnemonic, no markup, no outer blanks, no
    colon that ends a label ("Status:" is read as "Status")."""
    text = re.sub(r"<[^>]+>", "", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.strip().rstrip(":\uff1a").strip()


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader announces for ``widget``.

    Qt's own answer (``QAccessibleInterface.text(Name)``: the explicit ``accessibleName``,
    else a buddy label, a button's text, a group box's title), except for a combo box: on
    Linux Qt reports its current entry as its name and leaves the label to a relation, so
    there the name is the explicit one, else the buddy label's words (that relation)."""
    if isinstance(widget, QComboBox):
        if widget.accessibleName():
            return widget.accessibleName().strip()
        label = _buddies(widget.window()).get(id(widget))
        return plain(label.text()) if label is not None else ""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def _buddies(window: QWidget) -> dict[int, QLabel]:
    """Each control's label, by id: the labels whose buddy it is, leaving out the binder's
    problem lines (``problem:<path>``, buddies too, but read as a description)."""
    return {id(label.buddy()): label for label in window.findChildren(QLabel)
            if label.buddy() is not None and not label.objectName().startswith("problem:")}


def describe(widget: QWidget) -> str:
    name = widget.objectName() or spoken_name(widget) or "?"
    parent = widget.parentWidget()
    where = f" in {type(parent).__name__}#{parent.objectName()}" if parent is not None else ""
    return f"{type(widget).__name__}#{name}{where}"


_COMPOSITES = (QComboBox, QAbstractSpinBox, QAbstractItemView)


def control_of(widget: QWidget | None) -> QWidget | None:
    """The control a focused widget belongs to: the line edit inside an editable combo box
    or a spin box is that box; an editor inside a table is the table."""
    node, control = widget, widget
    while node is not None and not node.isWindow():
        if isinstance(node, _COMPOSITES):
            control = node
        node = node.parentWidget()
    return control


def is_control(widget: QWidget, window: QWidget) -> bool:
    """A widget Tab should stop at: shown, enabled, takes Tab focus, no part of another."""
    return (widget.isVisibleTo(window) and widget.isEnabled()
            and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
            and widget.focusProxy() is None and not isinstance(widget, QScrollBar)
            and control_of(widget) is widget and widget.window() is window)


def controls(window: QWidget) -> list[QWidget]:
    return [w for w in window.findChildren(QWidget) if is_control(w, window)]


# --- labels ---------------------------------------------------------------------------------
def _layout_holding(widget: QWidget) -> QLayout | None:
    parent = widget.parentWidget()
    if parent is None or parent.layout() is None:
        return None
    pending: list[QLayout] = [parent.layout()]
    while pending:
        layout = pending.pop()
        if layout.indexOf(widget) >= 0:
            return layout
        for index in range(layout.count()):
            child = layout.itemAt(index).layout()
            if child is not None:
                pending.append(child)
    return None


def _beside(widget: QWidget) -> QLabel | None:
    """A label placed before ``widget`` in its form row or grid row, if any."""
    layout = _layout_holding(widget)
    label: QWidget | None = None
    if isinstance(layout, QFormLayout):
        label = layout.labelForField(widget)
    elif isinstance(layout, QGridLayout):
        row, column, _rows, _columns = layout.getItemPosition(layout.indexOf(widget))
        if column > 0:
            item = layout.itemAtPosition(row, column - 1)
            label = item.widget() if item is not None else None
    elif isinstance(layout, QBoxLayout) and layout.direction() in (
            QBoxLayout.Direction.LeftToRight, QBoxLayout.Direction.RightToLeft):
        index = layout.indexOf(widget)
        item = layout.itemAt(index - 1) if index > 0 else None
        label = item.widget() if item is not None else None
    if isinstance(label, QLabel) and label.isVisibleTo(widget.window()) and label.text() \
            and not label.objectName().startswith("problem:") \
            and (label.buddy() is None or label.buddy() is widget):
        return label
    return None


def visible_label(widget: QWidget, buddies: dict[int, QLabel]) -> str | None:
    """The words a sighted person reads as this control's label, or None if it has none."""
    if isinstance(widget, QGroupBox):
        return plain(widget.title()) or None
    if isinstance(widget, QAbstractButton):
        return plain(widget.text()) or None
    label = buddies.get(id(widget)) or _beside(widget)
    if label is not None:
        return plain(label.text()) or None
    group = widget.parentWidget()
    if isinstance(group, QGroupBox) and group.title() and len(
            [w for w in controls(widget.window()) if w.parentWidget() is group]) == 1:
        return plain(group.title())  # a group box around one control labels it
    return None


def label_problems(window: QWidget, reached: Iterable[QWidget] | None = None) -> list[str]:
    """Controls without a name, or named otherwise than their visible label reads."""
    buddies = _buddies(window)
    problems = []
    for widget in controls(window) if reached is None else reached:
        name = spoken_name(widget)
        label = visible_label(widget, buddies)
        if not name:
            problems.append(f"{describe(widget)}: no accessible name"
                            + (f" (its label reads {label!r})" if label else ""))
        elif label is not None and plain(name) != label:
            problems.append(f"{describe(widget)}: named {name!r}, its label reads {label!r}")
    return problems


# --- Tab ------------------------------------------------------------------------------------
def focused_control() -> QWidget | None:
    return control_of(QApplication.focusWidget())


def tab_walk(qtbot: QtBot, window: QWidget, *, limit: int = LIMIT
             ) -> tuple[list[QWidget], list[str]]:
    """Press Tab from the window's first control until the focus is back at it: the stops in
    order, and the traps met (a control Tab did not leave)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    start = next((w for w in _chain(window) if is_control(w, window)), None)
    if start is None:
        return [], []
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: focused_control() is start, timeout=5_000)
    stops: list[QWidget] = [start]
    traps: list[str] = []
    for _ in range(limit):
        current = QApplication.focusWidget()
        assert current is not None
        before = focused_control()
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        after = focused_control()
        if after is before and before is not None and len(controls(window)) > 1:
            traps.append(f"{describe(before)}: Tab does not leave it")
            after = _next_control(window, before)
            if after is None:
                break
            after.setFocus(Qt.FocusReason.TabFocusReason)
        if after is start:
            break
        if after is None or after.window() is not window:
            traps.append(f"{describe(before)}: Tab leaves the window" if before is not None
                         else "the focus is lost")
            break
        if after in stops:  # a ring that never comes back to the first control
            traps.append(f"{describe(before)}: Tab goes back to {describe(after)}, never "
                         f"on to {describe(start)}")
            break
        stops.append(after)
    else:
        traps.append(f"Tab never came back to {describe(start)} in {limit} presses")
    return stops, traps


def _chain(window: QWidget) -> list[QWidget]:
    chain, node = [], window.nextInFocusChain()
    while node is not window and node not in chain:
        chain.append(node)
        node = node.nextInFocusChain()
    return chain


def _next_control(window: QWidget, after: QWidget) -> QWidget | None:
    chain = _chain(window)
    position = chain.index(after) if after in chain else -1
    for widget in chain[position + 1:]:
        if is_control(widget, window) and widget is not after:
            return widget
    return None


def unreached(window: QWidget, stops: Sequence[QWidget]) -> list[str]:
    reached = {id(w) for w in stops}
    return [f"{describe(w)}: not reached by Tab" for w in controls(window)
            if id(w) not in reached]


# --- reading order --------------------------------------------------------------------------
def _rect(widget: QWidget, window: QWidget, right_to_left: bool) -> QRect:
    top_left = widget.mapTo(window, QPoint(0, 0))
    rect = QRect(top_left, widget.size())
    if right_to_left:  # read as if mirrored: the reading start is on the left
        rect.moveLeft(window.width() - rect.right() - 1)
    return rect


def order_problems(window: QWidget, stops: Sequence[QWidget]) -> list[str]:
    """Consecutive stops of one form that go back against the reading order."""
    right_to_left = window.layoutDirection() is Qt.LayoutDirection.RightToLeft
    problems = []
    for before, after in pairwise(stops):
        if before.parentWidget() is not after.parentWidget():
            continue
        a, b = _rect(before, window, right_to_left), _rect(after, window, right_to_left)
        same_line = b.top() < a.bottom() and a.top() < b.bottom()
        if same_line and b.right() <= a.left():
            problems.append(f"{describe(after)} comes after {describe(before)} but stands "
                            "before it on the same line")
        elif not same_line and b.bottom() <= a.top() and b.left() < a.right():
            problems.append(f"{describe(after)} comes after {describe(before)} but stands "
                            "above it")
    return problems


def audit(qtbot: QtBot, window: QWidget) -> list[str]:
    """Every failure of ``window`` (names, labels, Tab reach and traps, reading order)."""
    QApplication.processEvents()
    stops, traps = tab_walk(qtbot, window)
    return [*label_problems(window), *traps, *unreached(window, stops),
            *order_problems(window, stops)]
