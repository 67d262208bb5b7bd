"""The toolbar's search box and list choice.

Typing searches after a short pause (``debounce``), so each keystroke does not start a query;
Enter searches at once; clearing the box goes back to the list. Once a search has found
nothing (the window says so with ``offer_registration``), Enter on the same text asks to
register that person instead (``register_requested``): search first, then one key. The
choice offers the lists a worker needs (My cases, Site, All cases, Review queue);
``query_for`` turns a choice into the ``CaseQuery`` the list service takes, for the signed-in
user, which the filter row (``case_filters``) then narrows.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from fieldcase.domain.policy import Actor
from fieldcase.ui.service_types import Assignee, CaseQuery, SortKey

DEBOUNCE_MS = 300


class ListChoice(Enum):
    MY_CASES = "My cases"
    SITE = "Site"
    ALL = "All cases"  # everything this laptop holds: sync keeps it to the team's scope
    REVIEW_QUEUE = "Review queue"


def query_for(choice: ListChoice, actor: Actor) -> CaseQuery:
    """The list a choice names; the review queue puts the worst risk first."""
    if choice is ListChoice.MY_CASES:
        return CaseQuery(assignee=Assignee.ME)
    if choice is ListChoice.SITE:
        return CaseQuery(site=actor.site)
    if choice is ListChoice.ALL:
        return CaseQuery()
    return CaseQuery(review_only=True, sort=SortKey.RISK)


class SearchBar(QWidget):
    search_requested = Signal(str)  # "" means: back to the list
    filter_chosen = Signal(object)  # ListChoice
    register_requested = Signal(str)  # what was typed, when a search for it found no one

    def __init__(self, initial: ListChoice = ListChoice.SITE, *, debounce_ms: int = DEBOUNCE_MS,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("searchBox")
        self.search_box.setPlaceholderText(
            self.tr("Search name, case number, phone or document"))
        self.search_box.setAccessibleName(self.tr("Search"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumWidth(320)
        self.filter_box = QComboBox(self)
        self.filter_box.setObjectName("listFilter")
        labels = {ListChoice.MY_CASES: self.tr("My cases"), ListChoice.SITE: self.tr("Site"),
                  ListChoice.ALL: self.tr("All cases"),
                  ListChoice.REVIEW_QUEUE: self.tr("Review queue")}
        for choice in ListChoice:
            self.filter_box.addItem(labels[choice], choice)
        self.filter_box.setCurrentIndex(list(ListChoice).index(initial))
        self.filter_box.setAccessibleName(self.tr("Show"))
        label = QLabel(self.tr("Show:"), self)
        label.setBuddy(self.filter_box)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.search_box, 1)
        layout.addSpacing(12)
        layout.addWidget(label)
        layout.addWidget(self.filter_box)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self._emit_search)
        self._searching = False  # whether the list shows search hits
        self._no_match: str | None = None  # the text a search found no one for
        self.search_box.textChanged.connect(self._text_changed)
        self.search_box.returnPressed.connect(self._enter)
        self.filter_box.currentIndexChanged.connect(self._filter_changed)

    @property
    def choice(self) -> ListChoice:
        data = self.filter_box.currentData()
        return data if isinstance(data, ListChoice) else ListChoice.SITE

    @property
    def no_match_text(self) -> str | None:
        return self._no_match

    def offer_registration(self, text: str | None) -> None:
        """The search for ``text`` found no one (None: it found someone, or no search)."""
        self._no_match = text

    def clear(self) -> None:
        """Empty the box without asking for the list again (the caller reloads it)."""
        self._timer.stop()
        self._searching = False
        self.search_box.clear()

    def _text_changed(self, text: str) -> None:
        self._no_match = None
        if text.strip():
            self._timer.start()
            return
        self._timer.stop()  # emptied (typing, the clear button): back to the list at once
        if self._searching:
            self._searching = False
            self.search_requested.emit("")

    def _enter(self) -> None:
        text = self.search_box.text().strip()
        if text and text == self._no_match and not self._timer.isActive():
            self.register_requested.emit(text)
        else:
            self._emit_search()

    def _emit_search(self) -> None:
        self._timer.stop()
        text = self.search_box.text().strip()
        self._searching = bool(text)
        self.search_requested.emit(text)

    def _filter_changed(self, _index: int) -> None:
        self.clear()
        self.filter_chosen.emit(self.choice)
