"""Possible duplicates beside the registration form, before anything is saved.

Each possible match is a card that sets the candidate beside the entry being typed: case
number, name, birth (a date, or an estimated age), nationality and sex in two columns, then
the reasons in words, each marked for (✓) or against (✗), never by colour alone. Two buttons
decide it: "Same person: open FC-…" (``open_requested``: the form closes, nothing is created,
that case opens) and "Different person: continue" (the card folds to one line; ``decided``).
The form saves only when every match shown is decided.

Names are the candidates' only: the worker registering is the one who may compare them, and
the case opens only if they press "Same person". Each name is shown in its own direction.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fieldcase.services.duplicates import PossibleMatch, RegistrationCheck
from fieldcase.ui.i18n import Context, fill
from fieldcase.ui.names import code_name, country_name
from fieldcase.ui.register.evidence_words import evidence_mark, evidence_text

NewEntry = tuple[str, str, str, str]  # name, born, nationality, sex: as the form holds them


def isolate(text: str) -> str:
    """A name inside a sentence keeps its own direction (first-strong isolate)."""
    return f"\u2068{text}\u2069" if text else ""


class MatchWords(Context):
    """Translation context of the words made outside a widget (``i18n.Context``)."""


def born_words(date_of_birth: date | str | None, age: int | None) -> str:
    if date_of_birth:
        return str(date_of_birth)
    if age is not None:
        return MatchWords.tr("about %Ln year(s) old", None, age)
    return MatchWords.tr("not known")


class MatchCard(QFrame):
    open_requested = Signal(str)
    different = Signal(str)

    def __init__(self, match: PossibleMatch, entry: NewEntry, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.match = match
        self.setObjectName(f"match:{match.case_number}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(self)
        grid.setVerticalSpacing(3)
        name = " ".join(p for p in (match.given_name, match.family_name) if p)
        if match.other_names:
            name = fill(self.tr("%1 (also %2)"), name, "; ".join(match.other_names))
        theirs = (name, born_words(match.date_of_birth, match.age_estimate),
                  country_name(match.nationality), code_name("sex", match.sex))
        headings = (self.tr("Name"), self.tr("Born"), self.tr("Nationality"), self.tr("Sex"))
        grid.addWidget(self._label(self._cell(self.tr("This registration")), bold=True), 0, 1)
        grid.addWidget(self._label(self._cell(match.case_number), bold=True), 0, 2)
        for row, (heading, mine, other) in enumerate(zip(headings, entry, theirs,
                                                         strict=True), start=1):
            grid.addWidget(self._label(self._cell(heading)), row, 0)
            grid.addWidget(self._label(self._cell(mine)), row, 1)
            grid.addWidget(self._label(self._cell(other)), row, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        reasons = "\n".join(f"{evidence_mark(e)} {evidence_text(e)}" for e in match.evidence)
        self.reasons_label = self._label(reasons)
        self.reasons_label.setObjectName("matchReasons")
        grid.addWidget(self._label(self.tr("Why it may be the same person:"), bold=True),
                       5, 0, 1, 3)
        grid.addWidget(self.reasons_label, 6, 0, 1, 3)
        self.same_button = QPushButton(fill(self.tr("Same person: open %1"),
                                            match.case_number), self)
        self.same_button.setObjectName("samePerson")
        self.different_button = QPushButton(self.tr("Different person: continue"), self)
        self.different_button.setObjectName("differentPerson")
        for row, button in enumerate((self.same_button, self.different_button), start=7):
            button.setAutoDefault(False)
            button.setAccessibleName(button.text())
            grid.addWidget(button, row, 0, 1, 3)
        self.same_button.clicked.connect(lambda: self.open_requested.emit(match.case_id))
        self.different_button.clicked.connect(lambda: self.different.emit(match.case_id))
        self.setAccessibleName(fill(self.tr("Possible match %1"), match.case_number))

    def _cell(self, value: str) -> str:
        """A value in the column's direction (the interface's), the value itself isolated in
        its own: the column stays aligned whether a name is Arabic, Latin or a date."""
        if not value:
            return ""
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        return ("\u200f" if rtl else "\u200e") + isolate(value)

    def _label(self, text: str, *, bold: bool = False) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        if bold:
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        return label


class MatchPanel(QWidget):
    """``open_requested(case_id)``; ``decided()`` when a match is marked different."""

    open_requested = Signal(str)
    decided = Signal()
    cards_changed = Signal()  # the form puts the cards' buttons in its Tab order

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("matchPanel")
        self.different: set[str] = set()
        self.cards: list[MatchCard] = []
        self.check: RegistrationCheck | None = None
        heading = QLabel(self.tr("Already registered?"), self)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("matchStatus")
        self.status_label.setWordWrap(True)
        self.decided_label = QLabel(self)
        self.decided_label.setObjectName("matchesDecided")
        self.decided_label.setWordWrap(True)
        self._cards_box = QWidget(self)
        self._cards = QVBoxLayout(self._cards_box)
        self._cards.setContentsMargins(0, 0, 0, 0)
        self._cards.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(self._cards_box)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.status_label)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.decided_label)
        self.show_waiting()

    # --- what the panel says ---------------------------------------------------------------
    def show_waiting(self) -> None:
        self._set_cards([], ("", "", "", ""))
        self.status_label.setText(self.tr("Type the person's name: people already registered "
                                          "on this laptop who may be them are shown here "
                                          "before you save."))

    def show_looking(self) -> None:
        self.status_label.setText(self.tr("Looking for people already registered…"))

    def show_check(self, check: RegistrationCheck, entry: NewEntry) -> None:
        self.check = check
        open_matches = [m for m in check.matches if m.case_id not in self.different]
        self._set_cards(open_matches, entry)
        self._update_decided()

    def _say_status(self) -> None:
        check = self.check or RegistrationCheck()
        if self.cards:
            text = self.tr("%Ln possible match(es). Compare, then say for each whether it is "
                           "the same person.", None, len(self.cards))
        elif check.matches:
            text = self.tr("Every possible match is marked as a different person: you can "
                           "register.")
        else:
            text = self.tr("No one already registered on this laptop looks like this person.")
        if check.hidden:
            text += " " + self.tr("%Ln more in cases you cannot open: ask your supervisor.",
                                  None, check.hidden)
        self.status_label.setText(text)

    @property
    def undecided(self) -> list[PossibleMatch]:
        return [card.match for card in self.cards]

    def buttons(self) -> list[QWidget]:
        """Each card's two buttons, in reading order."""
        return [b for card in self.cards for b in (card.same_button, card.different_button)]

    def focus_first_card(self) -> None:
        if self.cards:
            self.cards[0].same_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- inside ----------------------------------------------------------------------------
    def _set_cards(self, matches: list[PossibleMatch], entry: NewEntry) -> None:
        for card in self.cards:
            card.hide()
            card.deleteLater()
        self.cards = []
        for match in matches:
            card = MatchCard(match, entry, self._cards_box)
            card.open_requested.connect(self.open_requested)
            card.different.connect(self._mark_different)
            self._cards.insertWidget(self._cards.count() - 1, card)
            self.cards.append(card)
        self.cards_changed.emit()

    def _mark_different(self, case_id: str) -> None:
        self.different.add(case_id)
        index = next(i for i, card in enumerate(self.cards) if card.match.case_id == case_id)
        card = self.cards.pop(index)
        card.hide()
        card.deleteLater()
        self.cards_changed.emit()
        if self.cards:
            self.cards[min(index, len(self.cards) - 1)].same_button.setFocus(
                Qt.FocusReason.OtherFocusReason)
        self._update_decided()
        self.decided.emit()

    def _update_decided(self) -> None:
        self._say_status()
        shown = [m.case_number for m in (self.check.matches if self.check else ())
                 if m.case_id in self.different]
        self.decided_label.setText(fill(self.tr("Marked as a different person: %1"),
                                        ", ".join(shown)) if shown else "")
        self.decided_label.setVisible(bool(shown))
