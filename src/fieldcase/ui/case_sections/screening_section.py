"""Screening: past screenings in words, and a new one as a questionnaire in plain words.

The questionnaire asks the questions that apply to this person (age band and journey stage,
``screening.applicable_questions``) grouped by dimension or determinant, each answered yes,
no, or left without an answer; an unanswered question is never read as "no". The level and
its reasons update at every answer from the domain's own score (``screening_words``), so what
the worker sees while asking is what the service will store; the level is never an input.

In another interface language the questions, the groups and the reasons are the instrument's
translation file (``screening_words.InstrumentWords``), question by question (English where it
has none). While no protection lead has reviewed it, a line above the questions says so, and
"Show the English text" (a check box, reached by Tab) puts each question's English under it,
for the worker or the interpreter to check. The answers stay stored by question id.

Keyboard: Tab reaches each question (its chosen answer), the arrow keys move between its
three answers, and Y, N or 0 answer it directly. A sensitive question says "ask in private".

The trafficking questionnaire follows the person's age band (``select_instruments``: a person
of unknown age is screened as a child); for a child the ILO/EC child rule (recruitment and
exploitation are enough, no means needed) is shown above the questions.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldcase import bundled
from fieldcase.domain.screening import (
    FactorQuestion,
    IndicatorQuestion,
    Instrument,
    Question,
    ScreeningContext,
    ScreeningError,
    applicable_questions,
    find_instrument,
    select_instruments,
)
from fieldcase.ui.case_sections.base import SectionBase
from fieldcase.ui.case_sections.common import (
    CHILD_STYLE,
    age_years,
    notice_label,
    record_tree,
)
from fieldcase.ui.case_sections.screening_words import (
    InstrumentWords,
    Reading,
    child_rule,
    instrument_words,
    read_answers,
)
from fieldcase.ui.fonts import lines_height, scaled_font
from fieldcase.ui.forms.fields import Field
from fieldcase.ui.i18n import fill
from fieldcase.ui.names import code_name

NEW = "screenings[0]"
_ANSWERS: tuple[bool | None, ...] = (True, False, None)
_KEYS = {Qt.Key.Key_Y: True, Qt.Key.Key_N: False, Qt.Key.Key_0: None}


class AnswerRow(QWidget):
    """One question: its words, and yes / no / no answer (one of three, never none)."""

    answered = Signal()

    def __init__(self, words: InstrumentWords, question: Question, number: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        text = words.text(question)
        self.label = QLabel(fill(self.tr("%1. %2"), number, text), self)
        self.label.setWordWrap(True)
        self.label.setObjectName(f"data:question:{question.id}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(2)
        layout.addWidget(self.label)
        # the English the translation was made from, shown on request (Questionnaire)
        self.english: QLabel | None = None
        if words.has_question(question):
            self.label.setToolTip(question.text)
            # isolated left to right (U+2066…U+2069), so in an Arabic line the English
            # keeps its own order and its question mark at its end
            self.english = QLabel(fill(self.tr("English: %1"),
                                       f"\u2066{question.text}\u2069"), self)
            self.english.setObjectName(f"data:english:{question.id}")
            self.english.setWordWrap(True)
            self.english.setStyleSheet("color: #444; font-style: italic;")
            self.english.setVisible(False)
            layout.addWidget(self.english)
        if question.sensitive:
            caution = QLabel(self.tr("⚠ Sensitive: ask in private, with no one else present."),
                             self)
            caution.setStyleSheet("color: #7a4b00;")
            layout.addWidget(caution)
        note_words = words.note(question)
        if note_words:
            note = QLabel(note_words, self)
            note.setObjectName(f"data:note:{question.id}")
            note.setWordWrap(True)
            note.setStyleSheet("color: #555;")
            layout.addWidget(note)
        buttons = QHBoxLayout()
        self.group = QButtonGroup(self)
        self.buttons: dict[bool | None, QRadioButton] = {}
        for value, answer in zip(_ANSWERS, (self.tr("&Yes"), self.tr("&No"),
                                            self.tr("No answer")), strict=True):
            button = QRadioButton(answer.replace("&", ""), self)
            # named as it reads; the question it answers is said after, as its description
            button.setAccessibleName(answer.replace("&", ""))
            button.setAccessibleDescription(text)
            button.installEventFilter(self)
            self.group.addButton(button)
            self.buttons[value] = button
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.buttons[None].setChecked(True)
        self.group.buttonToggled.connect(self._toggled)

    def _toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:
            self.answered.emit()

    def answer(self) -> bool | None:
        return next(value for value, button in self.buttons.items() if button.isChecked())

    def set_answer(self, value: bool | None) -> None:
        self.buttons[value].setChecked(True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(event, QFocusEvent) and \
                event.reason() in (Qt.FocusReason.TabFocusReason,
                                   Qt.FocusReason.BacktabFocusReason):
            checked = self.group.checkedButton()
            if checked is not None and checked is not watched:
                checked.setFocus(event.reason())  # Tab lands on the answer given so far
                return True
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = Qt.Key(event.key())
            if key in _KEYS:
                button = self.buttons[_KEYS[key]]
                button.setChecked(True)
                button.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return True
        return super().eventFilter(watched, event)


class Questionnaire(QWidget):
    """The questions of one instrument that apply here, grouped, with their answer rows."""

    answered = Signal()

    def __init__(self, instrument: Instrument, context: ScreeningContext,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.instrument = instrument
        self.context = context
        self.rows: dict[str, AnswerRow] = {}
        layout = QVBoxLayout(self)
        words = instrument_words(instrument)
        self.unreviewed = QLabel(self.tr("Translation not yet reviewed — check with the "
                                         "English text"), self)
        self.unreviewed.setObjectName("translationUnreviewed")
        self.unreviewed.setWordWrap(True)
        self.unreviewed.setStyleSheet("color: #7a4b00; font-weight: bold;")
        self.unreviewed.setVisible(words.unreviewed)
        layout.addWidget(self.unreviewed)
        # reached by Tab (no Alt letter: the case page's own letters are taken)
        self.show_english = QCheckBox(self.tr("Show the English text"), self)
        self.show_english.setObjectName("showEnglish")
        self.show_english.setAccessibleName(self.show_english.text())
        self.show_english.setVisible(words.translated)
        self.show_english.toggled.connect(self._show_english)
        layout.addWidget(self.show_english)
        asked = applicable_questions(instrument, context)
        number = 0
        for group in instrument.groups:
            here = [q for q in asked if _group_of(q) == group.id]
            if not here:
                continue
            box = QGroupBox(words.group(group), self)
            box.setObjectName(f"data:group:{group.id}")
            inner = QVBoxLayout(box)
            for question in here:
                number += 1
                row = AnswerRow(words, question, number, box)
                row.answered.connect(self.answered)
                inner.addWidget(row)
                self.rows[question.id] = row
            layout.addWidget(box)
        layout.addStretch(1)

    def _show_english(self, shown: bool) -> None:
        for row in self.rows.values():
            if row.english is not None:
                row.english.setVisible(shown)

    def answers(self) -> dict[str, bool | None]:
        return {qid: row.answer() for qid, row in self.rows.items() if row.answer() is not None}

    def set_answers(self, answers: dict[str, Any]) -> None:
        for qid, value in answers.items():
            if qid in self.rows and value in _ANSWERS:
                self.rows[qid].set_answer(value)


def _group_of(question: Question) -> str:
    if isinstance(question, IndicatorQuestion):
        return question.dimension
    if isinstance(question, FactorQuestion):
        return question.determinant
    return ""


class ScreeningSection(SectionBase):
    KEY = "screenings"

    def __init__(self, parent: QWidget | None = None,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        super().__init__(parent)
        self._clock = clock
        self.questionnaire: Questionnaire | None = None
        self.child_notice = notice_label(self, CHILD_STYLE)
        self.child_notice.setObjectName("childRule")
        self.past = record_tree(self, [self.tr("Date"), self.tr("Questionnaire"),
                                       self.tr("Level"), self.tr("Reasons")],
                                self.tr("Past screenings"))
        self.past.setObjectName("pastScreenings")
        self.past.setMaximumHeight(lines_height(self.past, 8))
        self.past.currentItemChanged.connect(lambda *_: self._show_past_reasons())
        self.past_reasons = QLabel(self)
        self.past_reasons.setObjectName("data:pastReasons")
        self.past_reasons.setWordWrap(True)
        self.past_reasons.setTextFormat(Qt.TextFormat.PlainText)
        self.past_reasons.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.empty = QLabel(self.tr("Not screened yet."), self)
        self.instrument_box = QComboBox(self)
        self.instrument_box.setObjectName("data:instruments")  # titles: instrument/<id>
        chooser_label = QLabel(self.tr("&Questionnaire"), self)
        chooser_label.setBuddy(self.instrument_box)
        self.instrument_box.setAccessibleName(self.tr("Questionnaire"))
        self.new_button = QPushButton(self.tr("New &screening"), self)
        self.new_button.clicked.connect(self.new_screening)
        chooser = QHBoxLayout()
        chooser.addWidget(chooser_label)
        chooser.addWidget(self.instrument_box, 1)
        chooser.addWidget(self.new_button)

        self.questions_area = QScrollArea(self)
        self.questions_area.setWidgetResizable(True)
        self.questions_area.setAccessibleName(self.tr("Questions"))
        self.level_label = QLabel(self)
        self.level_label.setObjectName("liveLevel")
        self.level_label.setFont(scaled_font(self.level_label.font(), 1.3, bold=True))
        self.reasons_label = QLabel(self)
        self.reasons_label.setObjectName("data:liveReasons")
        self.reasons_label.setWordWrap(True)
        self.reasons_label.setTextFormat(Qt.TextFormat.PlainText)
        self.reasons_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        live = QWidget(self)
        live_layout = QVBoxLayout(live)
        live_layout.addWidget(self.level_label)
        live_layout.addWidget(self.reasons_label, 1)
        live_layout.addStretch(1)
        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.addWidget(self.questions_area)
        live_area = QScrollArea(self)
        live_area.setWidgetResizable(True)
        live_area.setMinimumWidth(340)
        live_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        live_area.setWidget(live)
        live_area.setAccessibleName(self.tr("Level and reasons"))
        self.split.addWidget(live_area)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        self.split.setVisible(False)
        binding = self.binder.bind("screenings", self.split, field=Field(
            lambda: None, lambda _value: None, None))

        layout = QVBoxLayout(self)
        layout.addWidget(self.child_notice)
        layout.addWidget(self.past)
        layout.addWidget(self.past_reasons, 1)
        layout.addWidget(self.empty)
        layout.addLayout(chooser)
        layout.addWidget(binding.problem_label)
        layout.addWidget(self.split, 3)

    def title(self) -> str:
        return self.tr("Screening")

    # --- who is screened -------------------------------------------------------------------
    def screening_context(self) -> ScreeningContext | None:
        if self.context is None:
            return None
        person = self.document.get("person") or {}
        stage = (self.document.get("case") or {}).get("stage") or "transit"
        return ScreeningContext(age=age_years(person, self.context.today), stage=str(stage))

    def fill_lists(self) -> None:
        context = self.screening_context()
        if context is None:
            return
        trafficking, vulnerability = select_instruments(bundled.instruments(), context)
        if not self.has_edits():
            self.instrument_box.clear()
            for instrument in (trafficking, vulnerability):
                self.instrument_box.addItem(instrument_words(instrument).title(),
                                            instrument.id)
        self._show_child_rule(trafficking, context)
        self.past.clear()
        items = sorted(self.records(), key=lambda s: str(s.get("completed_at")), reverse=True)
        for item in items:
            self.past.addTopLevelItem(self._past_row(item, context))
        first = self.past.topLevelItem(0)
        if first is not None:
            self.past.setCurrentItem(first)
        self._show_past_reasons()
        self.past.setVisible(bool(items))
        self.empty.setVisible(not items)

    def _show_child_rule(self, trafficking: Instrument, context: ScreeningContext) -> None:
        if context.age_band != "child":
            self.child_notice.setVisible(False)
            return
        text = fill(self.tr("Child rule (ILO/EC): %1"), child_rule(trafficking))
        if context.age is None:
            text += "\n" + self.tr("The age is not known, so the person is screened as a child "
                                   "until shown otherwise.")
        self.child_notice.setText(text)
        self.child_notice.setAccessibleName(text)
        self.child_notice.setVisible(True)

    def _past_row(self, item: dict[str, Any], context: ScreeningContext) -> QTreeWidgetItem:
        when = str(item.get("completed_at") or "")[:10]
        try:
            instrument = find_instrument(bundled.instruments(), str(item.get("instrument_id")),
                                         int(item.get("instrument_version") or 0))
        except ScreeningError:
            stored = (item.get("result") or {}).get("level")
            missing = self.tr("This questionnaire version is not on this laptop.")
            row = QTreeWidgetItem([when, str(item.get("instrument_id")),
                                   code_name("risk", stored), missing])
            row.setData(0, Qt.ItemDataRole.UserRole, [missing])
            return row
        reading = read_answers(instrument, item.get("answers") or {}, context)
        row = QTreeWidgetItem([when, instrument_words(instrument).title(),
                               self._level_words(reading), reading.reasons[0]])
        row.setData(0, Qt.ItemDataRole.UserRole, list(reading.reasons))
        return row

    def _show_past_reasons(self) -> None:
        """Every reason of the screening selected in the list, in words."""
        item = self.past.currentItem()
        reasons = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        self.past_reasons.setText("\n".join(f"• {reason}" for reason in reasons or []))

    def _level_words(self, reading: Reading) -> str:
        words = code_name("risk", reading.level)
        if reading.level in ("high", "critical"):
            return fill(self.tr("⚠ %1"), words)
        return words

    # --- a new screening -------------------------------------------------------------------
    def new_screening(self) -> None:
        """Start the questionnaire chosen above (a fresh one; the last stays until saved)."""
        context = self.screening_context()
        chosen = self.instrument_box.currentData()
        if context is None or chosen is None:
            return
        instrument = next(i for i in select_instruments(bundled.instruments(), context)
                          if i.id == chosen)
        self._start(instrument, context)
        first = next(iter(self.questionnaire.rows.values()), None) if self.questionnaire else None
        if first is not None:
            first.buttons[None].setFocus()

    def _start(self, instrument: Instrument, context: ScreeningContext) -> None:
        self.questionnaire = Questionnaire(instrument, context)
        self.questionnaire.answered.connect(self._person_edited)
        self.questions_area.setWidget(self.questionnaire)
        self.split.setVisible(True)
        self.past_reasons.setVisible(False)
        self.split.setSizes([max(self.width() * 3 // 5, 400), max(self.width() * 2 // 5, 340)])
        self.after_edit()

    def after_edit(self) -> None:
        """The level and reasons, again, from the answers so far."""
        if self.questionnaire is None:
            return
        reading = self.reading()
        assert reading is not None
        self.level_label.setText(fill(self.tr("Level: %1"), self._level_words(reading)))
        lines = ["• " + reason for reason in reading.reasons]
        if reading.review:
            lines.append(self.tr("A supervisor will review this case once it is saved."))
        self.reasons_label.setText("\n".join(lines))
        self.level_label.setAccessibleName(self.level_label.text())

    def reading(self) -> Reading | None:
        if self.questionnaire is None:
            return None
        return read_answers(self.questionnaire.instrument, self.questionnaire.answers(),
                            self.questionnaire.context)

    def reset_editor(self) -> None:
        self.questionnaire = None
        self.questions_area.takeWidget()
        self.split.setVisible(False)
        self.past_reasons.setVisible(True)

    def has_edits(self) -> bool:
        return self.questionnaire is not None and bool(self.questionnaire.answers())

    def changes(self) -> dict[str, Any]:
        if self.questionnaire is None or not self.questionnaire.answers():
            return {}
        instrument = self.questionnaire.instrument
        completed = self._clock().astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        return {"screenings": [{"instrument_id": instrument.id,
                                "instrument_version": instrument.version,
                                "completed_at": completed,
                                "answers": self.questionnaire.answers()}]}

    def draft(self) -> dict[str, Any]:
        if not self.has_edits() or self.questionnaire is None:
            return {}
        return {"instrument_id": self.questionnaire.instrument.id,
                "instrument_version": self.questionnaire.instrument.version,
                "answers": self.questionnaire.answers()}

    def restore_draft(self, state: dict[str, Any]) -> None:
        context = self.screening_context()
        if not state or context is None:
            return
        try:
            instrument = find_instrument(bundled.instruments(), str(state.get("instrument_id")),
                                         int(state.get("instrument_version") or 0))
        except ScreeningError:
            return
        with self.filling():
            self._start(instrument, context)
            assert self.questionnaire is not None
            self.questionnaire.set_answers(dict(state.get("answers") or {}))
        self.after_edit()
        self.edited.emit()
