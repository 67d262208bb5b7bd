"""Referrals: who the person was referred to, moving a referral on, a new one, its letter.

A service is picked from the directory of the case's site and described in words (what it is,
phone, hours, languages, whom it takes). Sending a referral shares the person's details, so it
needs their active consent to a referral to that very service: the form says so *before*
saving, from the same rule the service applies (``domain.referral_rules.referral_problem``),
and the service refuses anyway (``consent_required``, ``consent_withdrawn``) with the words
beside the status. Statuses move only forward (``referral_rules.NEXT_STATUSES``).

The directory arrives with the case (``SectionContext.directory``: the organisation's, as the
server last sent it, or the bundled sample until one arrived; ``services.referrals``). A new
referral is offered only the active services of the case's site; a deactivated one still
names the referrals already made to it. Every call about the case itself (the letter, its
audit) goes through the runner.
"""

from __future__ import annotations

import re
from functools import partial
from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldcase.domain.errors import ValidationError
from fieldcase.domain.referral_rules import (
    NEXT_STATUSES,
    ConsentFacts,
    ReferralFacts,
    referral_problem,
)
from fieldcase.domain.service_directory import Service, ServiceDirectory
from fieldcase.services.referrals import ReferralLetter, referral_letter
from fieldcase.ui.case_sections.base import SectionBase
from fieldcase.ui.case_sections.common import (
    NOTICE_STYLE,
    add_row,
    choice_combo,
    date_edit,
    isolate,
    record_tree,
    set_today,
)
from fieldcase.ui.case_sections.referral_letter import ReferralPrintDialog
from fieldcase.ui.case_sections.service_words import direction_attribute, service_html
from fieldcase.ui.fonts import lines_height
from fieldcase.ui.i18n import fill
from fieldcase.ui.messages import OperationError
from fieldcase.ui.names import Choice, code_name, service_name
from fieldcase.ui.problems import problem_text

ID_ROLE = Qt.ItemDataRole.UserRole
WHOLE_CASE_RULES = frozenset({"consent_required", "consent_withdrawn", "unknown_service"})
OK_STYLE = ("background: #e7f4e4; border: 1px solid #7fb174; border-radius: 3px; "
            "padding: 6px; color: #173d12;")


class ReferralSection(SectionBase):
    KEY = "referrals"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._moves: dict[str, str] = {}  # referral id -> the status the person chose
        self.letter_dialog: ReferralPrintDialog | None = None
        self.list = record_tree(self, [self.tr("Date"), self.tr("Service"), self.tr("Status"),
                                       self.tr("Reason")], self.tr("Referrals"))
        self.list.setObjectName("referralList")
        self.list.currentItemChanged.connect(lambda *_: self._show_selected())
        self.empty = QLabel(self.tr("No referrals yet."), self)

        selected = QGroupBox(self.tr("Selected referral"), self)
        selected_form = QFormLayout(selected)
        self.selected_card = QLabel(selected)
        self.selected_card.setObjectName("data:selectedService")
        self.selected_card.setWordWrap(True)
        selected_form.addRow(self.selected_card)
        self.move_box = QComboBox(selected)
        add_row(selected_form, self.tr("Move &to"), self.move_box)
        self.move_box.activated.connect(self._move_chosen)
        self.move_notice = QLabel(selected)
        self.move_notice.setWordWrap(True)
        self.move_notice.setVisible(False)
        selected_form.addRow(self.move_notice)
        self.print_button = QPushButton(self.tr("&Print the referral letter…"), selected)
        self.print_button.clicked.connect(self.print_selected)
        selected_form.addRow(self.print_button)

        new = QGroupBox(self.tr("New referral"), self)
        form = QFormLayout(new)
        self.service_box = QComboBox(new)
        self.service_box.setObjectName("data:services")  # organisations' own names
        self.service_card = QLabel(new)
        self.service_card.setObjectName("data:serviceCard")
        self.service_card.setWordWrap(True)
        self.consent_notice = QLabel(new)
        self.consent_notice.setObjectName("consentNotice")
        self.consent_notice.setWordWrap(True)
        self.consent_notice.setVisible(False)
        self.reason_box = QPlainTextEdit(new)
        self.reason_box.setTabChangesFocus(True)
        self.reason_box.setFixedHeight(lines_height(self.reason_box, 2.5))
        self.status_box = choice_combo(new, [Choice(code_name("referral_status", s), s)
                                             for s in ("proposed", "sent")])
        self.date_box = date_edit(new)
        add_row(form, self.tr("S&ervice"), self.service_box)
        form.addRow(self.service_card)
        add_row(form, self.tr("&Reason"), self.reason_box)
        add_row(form, self.tr("&Status"), self.status_box)
        form.addRow(self.consent_notice)
        add_row(form, self.tr("Referred &on"), self.date_box)
        self._new_widgets = {"service_id": self.service_box, "reason": self.reason_box,
                             "status": self.status_box, "referred_on": self.date_box,
                             "consent_id": self.status_box}
        for name in self._new_widgets:
            self.binder.bind_each(f"referrals[*].{name}", partial(self._widget_for, name))
        self.watch(self.service_box.activated, self.reason_box.textChanged,
                   self.status_box.activated, self.date_box.dateChanged)

        columns = QHBoxLayout()
        columns.addWidget(selected, 1)
        columns.addWidget(new, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addLayout(columns)

    def title(self) -> str:
        return self.tr("Referrals")

    # --- the directory and consents --------------------------------------------------------
    def directory(self) -> ServiceDirectory:
        """The directory the case arrived with (empty before any case is shown)."""
        return self.context.directory if self.context is not None else ServiceDirectory(1, ())

    def services(self) -> tuple[Service, ...]:
        """The active services of the case's site (every active one if it has none)."""
        site = str((self.document.get("case") or {}).get("site") or "")
        return self.directory().offered_at(site)

    def _consents(self) -> list[ConsentFacts]:
        return [ConsentFacts(c.get("id"), c.get("purpose"), c.get("service_id"),
                             c.get("withdrawn_on") is not None)
                for c in self.document.get("consents") or [] if isinstance(c, dict)]

    def _active_consent(self, service_id: object) -> dict[str, Any] | None:
        return next((c for c in self.document.get("consents") or []
                     if c.get("purpose") == "referral" and c.get("service_id") == service_id
                     and c.get("withdrawn_on") is None), None)

    def _consent_words(self, service_id: object, status: str,
                       old: ReferralFacts | None) -> tuple[str, str]:
        """What the person's consent allows for sending to this service, and its style: a
        warning (the save would be refused) or a plain note look alike, a consent in green."""
        problem = referral_problem(ReferralFacts(status, service_id), old, self._consents(),
                                   self.directory().active_ids())
        if problem is not None and problem.field == "status":
            return "⚠ " + problem_text(ValidationError("status", problem.rule,
                                                       problem.message)), NOTICE_STYLE
        consent = self._active_consent(service_id)
        if consent is not None:
            return fill(self.tr("✓ The person consented to a referral to this service on %1 "
                                "(%2)."), consent.get("given_on"),
                        code_name("consent_form", consent.get("form"))), OK_STYLE
        return self.tr("No consent to a referral to this service is recorded: it can be "
                       "proposed, and sent once the person consents (Consents)."), NOTICE_STYLE

    @staticmethod
    def _paint_notice(label: QLabel, words: tuple[str, str]) -> None:
        label.setText(words[0])
        label.setAccessibleName(words[0])
        label.setStyleSheet(words[1])
        label.setVisible(True)

    # --- the list and the selected referral ------------------------------------------------
    def fill_lists(self) -> None:
        current = self._selected_id()
        self.list.clear()
        directory = self.directory()
        items = sorted(self.records(), key=lambda r: str(r.get("referred_on")), reverse=True)
        for referral in items:
            status = self._moves.get(str(referral.get("id")), referral.get("status"))
            row = QTreeWidgetItem([str(referral.get("referred_on") or ""),
                                   service_name(directory, referral.get("service_id")),
                                   code_name("referral_status", status),
                                   isolate(referral.get("reason"))])
            row.setData(0, ID_ROLE, referral.get("id"))
            self.list.addTopLevelItem(row)
            if referral.get("id") == current:
                self.list.setCurrentItem(row)
        self.empty.setVisible(not items)
        first = self.list.topLevelItem(0)
        if self.list.currentItem() is None and first is not None:
            self.list.setCurrentItem(first)
        self._show_selected()
        chosen = self.service_box.currentData()
        self.service_box.clear()
        self.service_box.addItem(self.tr("Choose a service…"), None)
        for service in self.services():
            self.service_box.addItem(service.name, service.id)
        self.service_box.setCurrentIndex(max(self.service_box.findData(chosen), 0))
        self.after_edit()

    def _selected_id(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(0, ID_ROLE)) if item is not None else None

    def _selected(self) -> dict[str, Any] | None:
        wanted = self._selected_id()
        return next((r for r in self.records() if r.get("id") == wanted), None)

    def _show_selected(self) -> None:
        referral = self._selected()
        self.print_button.setEnabled(referral is not None)
        self.move_box.setEnabled(referral is not None)
        self.move_box.clear()
        self.move_notice.setVisible(False)
        if referral is None:
            self.selected_card.setText(self.tr("Select a referral in the list."))
            return
        service = self.directory().get(str(referral.get("service_id")))
        self.selected_card.setText(self._card(service) if service is not None
                                   else service_name(None, referral.get("service_id")))
        stored = str(referral.get("status") or "proposed")
        self.move_box.addItem(fill(self.tr("No change (%1)"),
                                   code_name("referral_status", stored)), None)
        for status in NEXT_STATUSES.get(stored, ()):
            self.move_box.addItem(code_name("referral_status", status), status)
        self.move_box.setEnabled(self.move_box.count() > 1)
        moved = self._moves.get(str(referral.get("id")))
        self.move_box.setCurrentIndex(max(self.move_box.findData(moved), 0))
        self._show_move_notice(referral, moved)

    def _card(self, service: Service) -> str:
        """The service in words; one the organisation deactivated says so first (a worker
        about to phone it for this person should know it may be closed)."""
        if service.active:
            return service_html(service)
        notice = escape("⚠ " + self.tr("Your organisation no longer offers this service for "
                                       "new referrals."))
        return f"<p{direction_attribute()}>{notice}</p>{service_html(service)}"

    def _show_move_notice(self, referral: dict[str, Any], status: str | None) -> None:
        if status != "sent":
            self.move_notice.setVisible(False)
            return
        old = ReferralFacts(referral.get("status"), referral.get("service_id"),
                            referral.get("consent_id"))
        self._paint_notice(self.move_notice,
                           self._consent_words(referral.get("service_id"), status, old))

    def _move_chosen(self) -> None:
        referral = self._selected()
        if referral is None:
            return
        status = self.move_box.currentData()
        if status is None:
            self._moves.pop(str(referral["id"]), None)
        else:
            self._moves[str(referral["id"])] = str(status)
        self._show_move_notice(referral, status)
        self.edited.emit()

    # --- the new referral ------------------------------------------------------------------
    def after_edit(self) -> None:
        service_id = self.service_box.currentData()
        service = self.directory().get(str(service_id)) if service_id else None
        self.service_card.setText(service_html(service) if service is not None else "")
        self.service_card.setVisible(service is not None)
        if service is None:
            self.consent_notice.setVisible(False)
            return
        self._paint_notice(self.consent_notice,
                           self._consent_words(service_id, str(self.status_box.currentData()),
                                               None))

    def reset_editor(self) -> None:
        self._moves.clear()
        self.service_box.setCurrentIndex(0)
        self.reason_box.clear()
        self.status_box.setCurrentIndex(0)
        if self.context is not None:
            set_today(self.date_box, self.context.today)
        self._show_selected()
        self.after_edit()

    def _new_referral(self) -> dict[str, Any] | None:
        service_id = self.service_box.currentData()
        reason = self.reason_box.toPlainText().strip()
        if service_id is None and not reason:
            return None
        new: dict[str, Any] = {"service_id": service_id, "reason": reason or None,
                               "status": self.status_box.currentData(),
                               "referred_on": self.date_box.date().toString("yyyy-MM-dd")}
        consent = self._active_consent(service_id)
        if consent is not None:
            new["consent_id"] = consent.get("id")
        return {key: value for key, value in new.items() if value is not None}

    def _widget_for(self, name: str, index: int) -> QWidget | None:
        """Where a problem of ``referrals[index].<name>`` goes: the new referral's field if
        that item is the new one, the status move if it is a move of one shown here."""
        new = self._new_referral() is not None
        if new and index == 0:
            return self._new_widgets[name]
        moves = list(self._moves)
        position = index - (1 if new else 0)
        if 0 <= position < len(moves):
            return self.move_box
        return None

    def show_problems(self, problems: list[ValidationError]) -> list[ValidationError]:
        """The consent and directory rules are checked on the case as it would be saved, so
        their paths are positions in the whole case (a new referral after the stored ones);
        the document's own rules name positions in what this section sent. Both are brought
        to the latter before the binder places them."""
        return super().show_problems([self._as_sent(problem) for problem in problems])

    def _as_sent(self, problem: ValidationError) -> ValidationError:
        match = re.fullmatch(r"referrals\[(\d+)\]\.(\w+)", problem.path)
        if match is None or problem.rule not in WHOLE_CASE_RULES:
            return problem
        index, stored = int(match.group(1)), self.records()
        new = self._new_referral() is not None
        if index >= len(stored):
            sent = index - len(stored) if new else None
        else:
            moves = list(self._moves)
            referral_id = str(stored[index].get("id"))
            sent = moves.index(referral_id) + (1 if new else 0) if referral_id in moves else None
        if sent is None:
            return problem
        return ValidationError(f"referrals[{sent}].{match.group(2)}", problem.rule,
                               problem.message, problem.params)

    def changes(self) -> dict[str, Any]:
        items: list[dict[str, Any]] = []
        new = self._new_referral()
        if new is not None:
            items.append(new)
        items.extend({"id": referral_id, "status": status}
                     for referral_id, status in self._moves.items())
        return {"referrals": items} if items else {}

    def draft(self) -> dict[str, Any]:
        return {"new": self._new_referral(), "moves": dict(self._moves)} \
            if self.changes() else {}

    def restore_draft(self, state: dict[str, Any]) -> None:
        if not state:
            return
        new = state.get("new") or {}
        with self.filling():
            self._moves = {str(k): str(v) for k, v in (state.get("moves") or {}).items()}
            self.service_box.setCurrentIndex(max(self.service_box.findData(
                new.get("service_id")), 0))
            self.reason_box.setPlainText(str(new.get("reason") or ""))
            self.status_box.setCurrentIndex(max(self.status_box.findData(new.get("status")), 0))
            self.fill_lists()
        self.edited.emit()

    # --- the letter ------------------------------------------------------------------------
    def print_selected(self) -> bool:
        """Prepare the selected referral's letter (on the worker) and show it with Print and
        Save as PDF; the declared ``print`` action (Ctrl+P) calls this on the open case.
        False when no saved referral is selected."""
        referral = self._selected()
        case_id = self.document.get("id")
        if referral is None or self.context is None or not case_id:
            return False
        referral_id = str(referral["id"])
        runner = self.context.runner
        runner.submit(lambda session: referral_letter(session, str(case_id), referral_id),
                      partial(self._letter_ready, str(case_id), referral_id),
                      self._letter_failed)
        return True

    def _letter_ready(self, case_id: str, referral_id: str, letter: ReferralLetter) -> None:
        if self.context is None:
            return
        self.letter_dialog = ReferralPrintDialog(self.context.runner, case_id, referral_id,
                                                 letter, self)
        self.letter_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.letter_dialog.destroyed.connect(self._letter_closed)
        self.letter_dialog.open()

    def _letter_closed(self) -> None:
        self.letter_dialog = None

    def _letter_failed(self, error: OperationError) -> None:
        self.move_notice.setText(error.message)
        self.move_notice.setStyleSheet(NOTICE_STYLE)
        self.move_notice.setVisible(True)
