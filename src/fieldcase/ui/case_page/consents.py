"""The Consents tab: each consent given or withdrawn, with its purpose and (for a referral) the
service by name; a new consent (purpose, service when the purpose needs one, given by, form,
date) and "Withdraw" (``withdrawn_on`` today).

A referral may be sent only under an active consent for that service (``domain.referral_rules``),
so the service is asked for exactly when the purpose is a referral, picked from the service
directory by name. A withdrawal waits for Save like every edit, and the row says so.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldcase.domain.service_directory import ServiceDirectory
from fieldcase.ui.case_page.parts import (
    EDIT_ROLE,
    ChoiceBox,
    CodePicker,
    date_box,
    date_words,
    holds_data,
    iso,
    record_tree,
    set_day,
)
from fieldcase.ui.case_page.record_section import NEW, RecordSection
from fieldcase.ui.case_page.section import SectionContext
from fieldcase.ui.dialogs.rows import add_field, form_grid
from fieldcase.ui.i18n import fill
from fieldcase.ui.names import Choice, choices, code_name, service_name

PURPOSE, SERVICE, GIVEN_BY, FORM, STATE = range(5)
REFERRAL = "referral"


def service_choices(directory: ServiceDirectory) -> list[Choice]:
    """The services a new consent may name: the directory's active ones, by name."""
    return sorted((Choice(s.name, s.id) for s in directory.services if s.active),
                  key=lambda c: c.name)


class ConsentsSection(RecordSection):
    key = "consents"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consentsSection")
        self.tree = record_tree(self, "consentList", [
            self.tr("Purpose"), self.tr("Service"), self.tr("Given by"), self.tr("Form"),
            self.tr("State")])
        self.tree.setAccessibleName(self.tr("Consents"))
        self.withdraw_button = QPushButton(self.tr("&Withdraw"), self)
        self.withdraw_button.setObjectName("withdrawConsent")
        self.withdraw_button.clicked.connect(self._toggle_withdrawn)
        self.tree.currentItemChanged.connect(lambda *_: self._update_button())

        group = QGroupBox(self.tr("Record a consent"), self)
        self.purpose_box = ChoiceBox(group, "consentPurpose",
                                     [(c.name, c.code) for c in choices("consent_purpose")])
        self.service_box = CodePicker(group, "consentService", ())  # filled per case
        holds_data(self.service_box)  # organisations' own names
        self.given_by_box = ChoiceBox(group, "consentGivenBy",
                                      [(c.name, c.code) for c in choices("consent_giver")])
        self.form_box = ChoiceBox(group, "consentForm",
                                  [(c.name, c.code) for c in choices("consent_form")])
        self.given_on_box = date_box(group, "consentGivenOn")
        grid = form_grid()
        row = add_field(grid, 0, self.binder, f"{NEW}.purpose", self.tr("&Purpose"),
                        self.purpose_box, field=self.purpose_box.field())
        row = add_field(grid, row, self.binder, f"{NEW}.service_id", self.tr("&Service"),
                        self.service_box, field=self.service_box.field())
        row = add_field(grid, row, self.binder, f"{NEW}.given_by", self.tr("Given &by"),
                        self.given_by_box, field=self.given_by_box.field())
        row = add_field(grid, row, self.binder, f"{NEW}.form", self.tr("&Form"),
                        self.form_box, field=self.form_box.field())
        add_field(grid, row, self.binder, f"{NEW}.given_on", self.tr("Given &on"),
                  self.given_on_box)
        group.setLayout(grid)
        for box in (self.purpose_box, self.given_by_box, self.form_box):
            box.activated.connect(self.start_new)
        self.purpose_box.activated.connect(lambda _i: self._service_needed())
        self.service_box.picked.connect(self.start_new)
        self.given_on_box.dateChanged.connect(self.start_new)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.withdraw_button)
        column = QVBoxLayout(self)
        column.addWidget(self.tree, 1)
        column.addLayout(buttons)
        column.addWidget(self.message)
        column.addWidget(group)

    def title(self) -> str:
        return self.tr("Consents")

    def new_record(self) -> dict[str, Any]:
        referral = self.purpose_box.value() == REFERRAL
        return {"purpose": self.purpose_box.value(),
                "service_id": self.service_box.code() if referral else None,
                "given_by": self.given_by_box.value(), "form": self.form_box.value(),
                "given_on": self.given_on_box.date().toString("yyyy-MM-dd")}

    def reset_form(self, context: SectionContext) -> None:
        self.purpose_box.setCurrentIndex(-1)  # the person chooses: no purpose is assumed
        self.service_box.set_choices(service_choices(context.directory))
        self.service_box.setCurrentIndex(-1)
        self.service_box.clearEditText()
        self.given_by_box.set_value("self")
        self.form_box.set_value("verbal")
        set_day(self.given_on_box, context.today)
        self._service_needed()

    def fill_rows(self) -> None:
        current = self._current_id()
        self.tree.clear()
        directory = self._context.directory if self._context is not None else None
        for consent in self.records():
            waiting = self.pending(consent.get("id"))
            shown = {**consent, **waiting}
            if shown.get("withdrawn_on"):
                state = fill(self.tr("Withdrawn on %1 (given on %2)"),
                             date_words(shown["withdrawn_on"]), date_words(shown.get("given_on")))
            else:
                state = fill(self.tr("Given on %1"), date_words(shown.get("given_on")))
            if waiting:
                state = fill(self.tr("%1 (not saved yet)"), state)
            item = QTreeWidgetItem([
                code_name("consent_purpose", shown.get("purpose")),
                service_name(directory, shown.get("service_id")) if shown.get("service_id")
                else "",
                code_name("consent_giver", shown.get("given_by")),
                code_name("consent_form", shown.get("form")), state])
            item.setData(0, EDIT_ROLE, consent.get("id"))
            self.tree.addTopLevelItem(item)
            if consent.get("id") == current:
                self.tree.setCurrentItem(item)
        for column in range(self.tree.columnCount()):
            self.tree.resizeColumnToContents(column)
        self._update_button()

    def _service_needed(self) -> None:
        self.service_box.setEnabled(self.purpose_box.value() == REFERRAL)

    def _current_id(self) -> str | None:
        item = self.tree.currentItem()
        return None if item is None else str(item.data(0, EDIT_ROLE))

    def _current(self) -> dict[str, Any] | None:
        current = self._current_id()
        return next((c for c in self.records() if c.get("id") == current), None)

    def _update_button(self) -> None:
        consent = self._current()
        waiting = consent is not None and bool(self.pending(consent.get("id")))
        self.withdraw_button.setText(self.tr("&Keep the consent") if waiting
                                     else self.tr("&Withdraw"))
        self.withdraw_button.setAccessibleName(self.withdraw_button.text().replace("&", ""))
        self.withdraw_button.setEnabled(consent is not None
                                        and (waiting or not consent.get("withdrawn_on")))

    def _toggle_withdrawn(self) -> None:
        consent, context = self._current(), self.context
        if consent is None or context is None:
            return
        record_id = str(consent.get("id"))
        self.set_pending(record_id, None if self.pending(record_id)
                         else {"withdrawn_on": iso(context.today)})
        self.tree.setFocus()
