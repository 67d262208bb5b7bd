"""The open case, editable: a header, a tab per section, one Save.

**Opening needs a person's action.** ``show_case`` is audited (``case.view``), so the page opens
a case only when a person asked (Enter or a double-click in a list), never to pre-fetch. While
a case is open, a change that names it (``Changes.case_ids``; one that names no case counts
too) re-reads it with ``refresh_case``: no second "viewed" event. A refresh that is refused (a
sync reassigned the case away, or removed it) empties the page and says why. On lock the page
is emptied, so no case stays on screen behind the unlock dialog. A reply for a case the person
already left is dropped (token).

**One Save** (the declared ``save`` action, Ctrl+S, or the button) sends the union of every
section's ``changes()`` to ``services.cases.update_case`` with ``seen``: the stamps of the view
the edits were made on. So a field a sync changed while the person was typing becomes a
conflict (both values kept) rather than a silent overwrite, and the page names it in words.
A refused save gives each section its problems (beside the fields); the first section with a
problem comes to the front and its first field takes the focus; what no section places is
said in the message line.

**A refresh while editing** keeps what the person typed (each section keeps its edits) and
keeps the ``seen`` of the view the edits began on; when the refresh changed a field being
edited, the page says so.

**Drafts.** The page is a ``DraftForm`` (UI-PLAN.md): ``draft_key`` is ``case:<id>``, and
``draft()`` / ``restore_draft()`` gather the sections' own, by section.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from functools import partial
from typing import Any, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fieldcase.domain.errors import ValidationError
from fieldcase.domain.service_directory import ServiceDirectory
from fieldcase.services.cases import (
    CaseSaved,
    Seen,
    ShownCase,
    refresh_case,
    show_case,
    update_case,
)
from fieldcase.services.changes import Changes
from fieldcase.services.erasure import ErasureResult
from fieldcase.services.referrals import service_directory
from fieldcase.ui.case_page.case_summary import CaseSummaryDialog, open_summary
from fieldcase.ui.case_page.erase_dialog import EraseDialog
from fieldcase.ui.case_page.field_words import field_words
from fieldcase.ui.case_page.header import CaseHeader
from fieldcase.ui.case_page.overview import OverviewSection
from fieldcase.ui.case_page.section import CaseSection, SectionContext
from fieldcase.ui.case_page.sections import SECTION_FACTORIES
from fieldcase.ui.case_sections.referral_section import ReferralSection
from fieldcase.ui.drafts import DraftBar, DraftKeeper
from fieldcase.ui.i18n import Context, fill
from fieldcase.ui.messages import OperationError
from fieldcase.ui.operations import Runner
from fieldcase.ui.problems import problem_text
from fieldcase.ui.widgets import ERROR_STYLE

SectionFactory = Callable[[QWidget], CaseSection]
AnySection = TypeVar("AnySection", bound=CaseSection)


class PageWords(Context):
    """The translation context of the page's plural sentences."""


def merge_partials(partials: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """One partial document from the sections' own: objects merged key by key, lists of
    records joined."""
    merged: dict[str, Any] = {}
    for part in partials:
        _merge_into(merged, part)
    return merged


def _merge_into(target: dict[str, Any], part: dict[str, Any]) -> None:
    for key, value in part.items():
        if isinstance(value, dict) and isinstance(target.get(key), dict):
            _merge_into(target[key], value)
        elif isinstance(value, list) and isinstance(target.get(key), list):
            target[key] = [*target[key], *value]
        else:
            target[key] = value


def touched_paths(old: dict[str, Any], new: dict[str, Any], partial: dict[str, Any],
                  prefix: str = "") -> list[str]:
    """The paths of ``partial`` (what the person is editing) whose stored value differs
    between two versions of a case: what a refresh changed under the person's hands. New
    records (no id) are nobody else's, so they never count."""
    found: list[str] = []
    for key, value in partial.items():
        path = f"{prefix}.{key}" if prefix else key
        before, after = old.get(key), new.get(key)
        if isinstance(value, dict) and isinstance(before, dict) and isinstance(after, dict):
            found += touched_paths(before, after, value, path)
        elif isinstance(value, list) and all(isinstance(v, dict) for v in value):
            by_id_old = {i.get("id"): i for i in before or [] if isinstance(i, dict)}
            by_id_new = {i.get("id"): i for i in after or [] if isinstance(i, dict)}
            for index, item in enumerate(value):
                record_id = item.get("id")
                if record_id is None:
                    continue
                was, now = by_id_old.get(record_id, {}), by_id_new.get(record_id, {})
                found += [f"{path}[{index}].{field}" for field in item
                          if field != "id" and was.get(field) != now.get(field)]
        elif before != after:
            found.append(path)
    return found


class CasePage(QWidget):
    opened_changed = Signal(bool)  # a case is on screen (the Save action follows it)
    unsaved_changed = Signal(bool)

    def __init__(self, runner: Runner, parent: QWidget | None = None, *,
                 factories: Sequence[SectionFactory] | None = None,
                 drafts: DraftKeeper | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("casePage")
        self._runner = runner
        self._drafts = drafts  # keeps unsaved edits on a case switch, a lock, a close
        self._token = 0
        self._case_id: str | None = None
        self._shown: ShownCase | None = None
        self._seen: Seen | None = None
        self._take_next_seen = False
        self._saving = False
        self._today: date | None = None
        self.summary_dialog: CaseSummaryDialog | None = None
        self.erase_dialog: EraseDialog | None = None

        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("caseEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.header = CaseHeader(self)
        self.message = QLabel(self)
        self.message.setObjectName("caseMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setContentsMargins(8, 2, 8, 2)
        self.message.hide()
        self.draft_bar = DraftBar(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("caseTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        self.sections: list[CaseSection] = [
            factory(self.tabs) for factory in (factories if factories is not None
                                               else SECTION_FACTORIES)]
        for section in self.sections:
            self.tabs.addTab(section, section.title())
            section.edited.connect(self._edited)
        self.unsaved_label = QLabel(self)
        self.unsaved_label.setObjectName("unsaved")
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("saveCase")
        self.save_button.setAccessibleName(self.tr("Save"))
        self.save_button.setToolTip(fill(self.tr("Save the case (%1)"), QKeySequence(
            "Ctrl+S").toString(QKeySequence.SequenceFormat.NativeText)))
        self.save_button.clicked.connect(self.save)
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 2, 8, 6)
        bar.addWidget(self.unsaved_label, 1)
        bar.addWidget(self.save_button)

        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.header)
        column.addWidget(self.message)
        column.addWidget(self.draft_bar)
        column.addWidget(self.tabs, 1)
        column.addLayout(bar)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self._tab_keys()
        self._show_empty(self._empty_text())
        runner.session_closed.connect(self.clear)
        runner.changed.connect(self._on_changed)
        if drafts is not None:
            drafts.register(self)

    # --- what the window and the tests ask ---------------------------------------------------
    @property
    def case_id(self) -> str | None:
        """The case shown (or being opened), None when empty."""
        return self._case_id

    @property
    def shown(self) -> ShownCase | None:
        """The case on screen and what it shows (None while empty or opening)."""
        return self._shown

    def section(self, kind: type[AnySection]) -> AnySection:
        return next(s for s in self.sections if isinstance(s, kind))

    def shown_text(self) -> str:
        """The words on screen a person reads first: the header, then the overview."""
        if self._shown is None:
            return self.empty_label.text()
        overview = next((s for s in self.sections if isinstance(s, OverviewSection)), None)
        return "\n".join([self.header.text(), overview.text() if overview else ""])

    def message_text(self) -> str:
        return self.message.text() if self.message.isVisibleTo(self) else ""

    # --- opening and following a case --------------------------------------------------------
    def show_case(self, case_id: str) -> None:
        """Open a case a person asked for (audited as a view). Unsaved edits of the case
        being left are kept as its draft first."""
        if self._drafts is not None and self._case_id is not None:
            self._drafts.keep(self)
        self._token += 1
        self._case_id = case_id
        self._shown = None
        self._seen = None
        self._show_empty(self.tr("Opening the case…"))
        self.opened_changed.emit(False)
        self._runner.submit(lambda session: (show_case(session, case_id), session.today(),
                                             service_directory(session)),
                            partial(self._arrived, self._token, False),
                            partial(self._failed, self._token))

    def clear(self) -> None:
        self._token += 1
        self._case_id = None
        self._shown = None
        self._seen = None
        self._saving = False
        self._show_empty(self._empty_text())
        self.opened_changed.emit(False)
        self.unsaved_changed.emit(False)

    def _on_changed(self, changes: object) -> None:
        shown = self._shown
        if shown is None or not isinstance(changes, Changes) or self._runner.actor is None:
            return
        if changes.case_ids and shown.seen.case_id not in changes.case_ids:
            return
        if not changes.case_ids and not changes.record_kinds:
            return  # a change of users, not of cases
        self._token += 1
        seen = shown.seen
        self._runner.submit(lambda session: (refresh_case(session, seen), session.today(),
                                             service_directory(session)),
                            partial(self._arrived, self._token, True),
                            partial(self._refresh_failed, self._token))

    def _arrived(self, token: int, refresh: bool,
                 result: tuple[ShownCase, date, ServiceDirectory]) -> None:
        if token != self._token or self._runner.actor is None:
            return
        shown, today, directory = result
        old = self._shown.document if self._shown is not None and refresh else None
        editing = self.changes() if refresh else {}
        self._shown, self._today = shown, today
        if not editing or self._saving or self._take_next_seen or self._seen is None:
            self._seen = shown.seen  # else: keep the view the edits began on
            self._take_next_seen = False
        context = SectionContext(self._runner, self._runner.actor, today, directory)
        self.header.show_case(shown.document, today)
        for section in self.sections:
            if not refresh:
                section.clear_edits()  # a new open starts clean (a draft is offered apart)
            section.show_case(shown.document, context)
        if not refresh:
            self._say("")
            self.tabs.setCurrentIndex(0)
            if self._drafts is not None:
                self._drafts.offer(self)
        elif editing and not self._saving and old is not None:
            touched = touched_paths(old, shown.document, editing)
            if touched:
                self._say(fill(self.tr("This case changed while you were editing: %1. Your "
                                       "edits are kept; if you save them, both values are kept "
                                       "for you to settle in Conflicts."),
                               _words(touched)), warn=True)
        self.stack.setCurrentIndex(1)
        self.opened_changed.emit(True)
        self._update_unsaved()

    def _failed(self, token: int, error: OperationError) -> None:
        if token == self._token:
            self._show_empty(error.message)

    def _refresh_failed(self, token: int, error: OperationError) -> None:
        if token == self._token:
            self._case_id = None
            self._shown = None
            self._show_empty(error.message)
            self.opened_changed.emit(False)

    def print_referral(self) -> None:
        """Ctrl+P (the ``print`` action): the Referrals tab comes forward with the letter of
        its selected referral; with none selected, the page says what to do."""
        referrals = self.section(ReferralSection)
        self.tabs.setCurrentWidget(referrals)
        if not referrals.print_selected():
            self._say(self.tr("Choose a saved referral in the list, then print its letter."))

    def print_summary(self) -> None:
        """Ctrl+Shift+P (the ``printSummary`` action): the open case's summary, shown first,
        then printed or saved (``case_page.case_summary``)."""
        if self._shown is None:
            return
        self.summary_dialog = open_summary(self, self._runner, self._shown.seen.case_id)

    def erase_case(self) -> None:
        """The ``eraseCase`` action: the confirmation over this page (window-modal, not
        blocking; ``erase_dialog`` while it is open). Nothing when no case is open."""
        shown = self._shown
        if shown is None:
            return
        number = str(shown.document["case"]["case_number"])
        dialog = EraseDialog(self._runner, shown.seen.case_id, number, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.erased.connect(self._erased)
        dialog.destroyed.connect(self._erase_dialog_gone)
        self.erase_dialog = dialog
        dialog.open()

    def _erase_dialog_gone(self) -> None:
        self.erase_dialog = None

    def _erased(self, result: ErasureResult) -> None:
        """The case is gone: nothing of it stays on screen, unsaved edits included (a draft
        of an erased case is never kept, ``services.drafts``)."""
        for section in self.sections:
            section.clear_edits()
        self.clear()
        self._show_empty(fill(self.tr("Case %1 was erased from this laptop. The next sync "
                                      "erases it on the server and every other laptop."),
                              result.case_number))

    # --- saving ------------------------------------------------------------------------------
    def changes(self) -> dict[str, Any]:
        return merge_partials(section.changes() for section in self.sections)

    def save(self) -> None:
        """Save every section's changes at once (Ctrl+S)."""
        if self._shown is None or self._seen is None or self._saving:
            return
        partial_document = self.changes()
        if not partial_document:
            self._say(self.tr("Nothing to save: nothing was changed."))
            return
        self._saving = True
        self.save_button.setEnabled(False)
        self._say(self.tr("Saving…"))
        case_id, seen = self._shown.seen.case_id, self._seen
        self._runner.mutate(
            lambda session: update_case(session, case_id, partial_document, seen=seen),
            partial(self._saved, case_id), partial(self._save_refused, case_id))

    def _saved(self, case_id: str, saved: CaseSaved) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        if self._shown is None or self._shown.seen.case_id != case_id:
            return  # the person left the case meanwhile
        self._take_next_seen = True
        focus = QApplication.focusWidget()
        working_here = focus is not None and self.isAncestorOf(focus)
        for section in self.sections:
            section.clear_edits()
        focus = QApplication.focusWidget()
        if working_here and (focus is None or not self.isAncestorOf(focus)):
            # what had the focus went with the saved edits (a questionnaire): the focus
            # stays on this case, at its tab, not wherever Qt's chain leads next
            self.tabs.tabBar().setFocus(Qt.FocusReason.OtherFocusReason)
        if saved.conflicted_fields:
            self._say(fill(self.tr("This case changed while you were editing: %1 — both values "
                                   "are kept; see Conflicts to choose."),
                           _words(saved.conflicted_fields)), warn=True)
        else:
            self._say(self.tr("Saved."))
        if self._drafts is not None:
            self._drafts.form_saved(self)
        self._update_unsaved()

    def _save_refused(self, case_id: str, error: OperationError) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        if self._shown is None or self._shown.seen.case_id != case_id:
            return
        problems = list(error.problems)
        if not problems:
            self._say(error.message, warn=True)
            return
        rest, first, first_problems, where = problems, None, [], []
        for section in self.sections:
            given = rest
            rest = section.show_problems(given)
            if len(rest) < len(given):
                where.append(section.title())
                if first is None:
                    first, first_problems = section, [p for p in given if p not in rest]
        if first is not None:
            self.tabs.setCurrentWidget(first)
            first.show_problems(first_problems)  # again, now visible: its field takes focus
        words = PageWords.tr("Not saved: %Ln problem(s) to fix.", None, len(problems))
        if where:
            words = fill(self.tr("%1 See: %2."), words, ", ".join(where))
        if rest:
            words = " ".join([words, *(fill(self.tr("%1: %2"), field_words(p.path),
                                            problem_text(p)) for p in rest)])
        self._say(words, warn=True)

    # --- drafts (DraftForm) ------------------------------------------------------------------
    def draft_key(self) -> str:
        return f"case:{self._case_id}" if self._case_id else ""

    def draft(self) -> dict[str, Any]:
        """The sections' unsaved edits and the view they began on (``seen``): a draft
        restored after a sync changed the same fields saves them as conflicts, never over a
        value the person did not see."""
        sections = {_key(s): s.draft() for s in self.sections}
        if not any(sections.values()):
            return {}
        state: dict[str, Any] = {"sections": {k: v for k, v in sections.items() if v}}
        if self._seen is not None:
            state["seen"] = self._seen.to_text()
        return state

    def restore_draft(self, state: dict[str, Any]) -> None:
        sections = state.get("sections")
        if not isinstance(sections, dict):
            return
        seen = state.get("seen")
        if isinstance(seen, str) and self._case_id is not None:
            try:
                restored = Seen.from_text(seen)
            except ValidationError:
                restored = None  # a draft from an older version: based on what is stored
            if restored is not None and restored.case_id == self._case_id:
                self._seen = restored
        for section in self.sections:
            saved = sections.get(_key(section))
            if isinstance(saved, dict) and saved:
                section.restore_draft(saved)
        self._update_unsaved()

    def has_unsaved(self) -> bool:
        return self._shown is not None and any(s.draft() for s in self.sections)

    # --- inside ------------------------------------------------------------------------------
    def _edited(self) -> None:
        self._update_unsaved()

    def _update_unsaved(self) -> None:
        unsaved = self.has_unsaved()
        self.unsaved_label.setText(self.tr("Unsaved changes") if unsaved else "")
        self.unsaved_changed.emit(unsaved)

    def _say(self, text: str, *, warn: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if warn else "")
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _show_empty(self, text: str) -> None:
        self.empty_label.setText(text)
        self.header.clear()
        self._say("")
        self.stack.setCurrentIndex(0)
        self.unsaved_label.clear()

    def _empty_text(self) -> str:
        return self.tr("Select a case in the list and press Enter to open it.")

    def _tab_keys(self) -> None:
        """Ctrl+PgDown / Ctrl+PgUp to the next / previous tab, Alt+1…9 to a tab by place,
        wherever the focus is inside the page (a text box would otherwise keep the keys)."""
        def move(step: int) -> None:
            count = self.tabs.count()
            if count:
                self._go_to((self.tabs.currentIndex() + step) % count)
        for keys, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(partial(move, step))
        for number in range(1, min(9, len(self.sections)) + 1):
            shortcut = QShortcut(QKeySequence(f"Alt+{number}"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(partial(self._go_to, number - 1))

    def _go_to(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        self.tabs.tabBar().setFocus(Qt.FocusReason.ShortcutFocusReason)


def _key(section: CaseSection) -> str:
    return section.objectName() or type(section).__name__


def _words(paths: Iterable[str]) -> str:
    return ", ".join(dict.fromkeys(field_words(path) for path in paths))

