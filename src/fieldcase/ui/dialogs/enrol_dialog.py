"""Sync > Enrol this laptop…: the server address and one-time code, then the server key's
fingerprint to compare before anything is kept (``enrol_flow`` has the steps).

The fingerprint page has no default button on purpose: Enter must not say "they match" for a
person who has not looked. They choose with Tab and Space (or the buttons' Alt+letters):
"They match: enrol" keeps the enrolment; "They do not match" drops it, is audited, and tells
them to call their administrator; Cancel (Esc) drops it too. Every service call runs on the
runner's worker; the dialog shows a busy bar meanwhile, and a call under way finishes before
the dialog can close (its answer is dropped with the session at lock anyway).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fieldcase.services import enrolment
from fieldcase.services.enrolment import EnrolmentInfo, EnrolmentOffer
from fieldcase.ui.dialogs.enrol_flow import EnrolFlow, EnrolStep
from fieldcase.ui.dialogs.rows import add_field, form_grid, line_edit
from fieldcase.ui.forms.binder import FormBinder
from fieldcase.ui.i18n import fill
from fieldcase.ui.messages import OperationError
from fieldcase.ui.operations import Runner
from fieldcase.ui.problems import problem_text
from fieldcase.ui.widgets import fit_height, frame_dialog

if TYPE_CHECKING:
    import httpx

_PAGES = {EnrolStep.ENTERING: 0, EnrolStep.CONTACTING: 0, EnrolStep.CONFIRMING: 1,
          EnrolStep.SAVING: 1, EnrolStep.ENROLLED: 2, EnrolStep.REFUSED: 2}


class EnrolDialog(QDialog):
    enrolled = Signal(object)  # EnrolmentInfo

    def __init__(self, runner: Runner, *, transport: httpx.BaseTransport | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.transport = transport  # None: real HTTP; tests put the in-process server here
        self.flow = EnrolFlow()
        self.setWindowTitle(self.tr("FieldCase — enrol this laptop"))
        self.setObjectName("enrolDialog")
        self.setMinimumWidth(520)
        self.setWindowModality(Qt.WindowModality.WindowModal)

        self.binder = FormBinder(self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._form_page())
        self.pages.addWidget(self._fingerprint_page())
        self.result_label = QLabel(self)
        self.result_label.setObjectName("enrolResult")
        self.result_label.setWordWrap(True)
        self.result_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self.pages.addWidget(self.result_label)
        body = QVBoxLayout()
        body.addWidget(self.pages)
        parts = frame_dialog(
            self, heading=self.tr("Enrol this laptop with your organisation's server"),
            body=body, accept_text=self.tr("&Enrol"), on_accept=self._accept_step,
            message_name="enrolMessage", reject_text=self.tr("Cancel"),
            intro=self.tr("Your administrator gives you three things: the server's address, "
                          "a one-time code, and the server key's fingerprint. Keep the "
                          "fingerprint at hand: you will compare it in the next step."))
        self.message_label, self.busy_bar = parts.message_label, parts.busy_bar
        self.accept_button, self.cancel_button = parts.accept_button, parts.reject_button
        self._refresh()
        self.address_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def _form_page(self) -> QWidget:
        page = QWidget(self)
        grid = form_grid()
        grid.setContentsMargins(0, 0, 0, 0)
        self.address_box = line_edit(page, "serverAddress")
        self.address_box.setPlaceholderText(self.tr("https://cases.example.org"))
        self.code_box = line_edit(page, "enrolmentCode")
        self.code_box.setPlaceholderText(self.tr("XXXXX-XXXXX"))
        row = add_field(grid, 0, self.binder, "server", self.tr("Server &address"),
                        self.address_box)
        row = add_field(grid, row, self.binder, "code", self.tr("One-time &code"),
                        self.code_box)
        grid.setRowStretch(row, 1)  # the taller fingerprint page's height goes below
        page.setLayout(grid)
        return page

    def _fingerprint_page(self) -> QWidget:
        page = QWidget(self)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        self.server_label = QLabel(page)
        self.server_label.setWordWrap(True)
        self.fingerprint_label = QLabel(page)
        self.fingerprint_label.setObjectName("serverFingerprint")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(self.fingerprint_label.font().pointSizeF() * 1.6)  # the app's size
        font.setWeight(QFont.Weight.Bold)
        self.fingerprint_label.setFont(font)
        self.fingerprint_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fingerprint_label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.fingerprint_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.fingerprint_label.setAccessibleName(self.tr("Server key fingerprint"))
        explanation = QLabel(self.tr(
            "Compare it with the fingerprint your administrator gave you: every letter and "
            "digit must be the same. If they differ, someone may be answering in the server's "
            "place: choose \"They do not match\" and tell your administrator."), page)
        explanation.setWordWrap(True)
        self.mismatch_button = QPushButton(self.tr("They do &not match"), page)
        self.mismatch_button.setObjectName("fingerprintMismatch")
        self.mismatch_button.setAutoDefault(False)
        self.mismatch_button.clicked.connect(self.refuse)
        column.addWidget(self.server_label)
        column.addWidget(self.fingerprint_label)
        column.addWidget(explanation)
        column.addWidget(self.mismatch_button, 0, Qt.AlignmentFlag.AlignLeading)
        return page

    # --- the steps -------------------------------------------------------------------------
    def _accept_step(self) -> None:
        step = self.flow.step
        if step is EnrolStep.ENTERING:
            self.submit()
        elif step is EnrolStep.CONFIRMING:
            self.confirm()
        elif step in (EnrolStep.ENROLLED, EnrolStep.REFUSED):
            self.accept()

    def submit(self) -> None:
        request = self.flow.submit(self.address_box.text(), self.code_box.text())
        self._show_problems()
        if request is None:
            return
        transport = self.transport
        self._runner.mutate(lambda session: enrolment.begin_enrolment(
            session, request.server_url, request.code, transport), self._offered, self._failed)

    def confirm(self) -> None:
        offer = self.flow.confirm()
        self._refresh()
        if offer is not None:
            self._runner.mutate(lambda session: enrolment.confirm_enrolment(session, offer),
                                self._enrolled, self._failed)

    def refuse(self) -> None:
        offer = self.flow.refuse()
        if offer is not None:
            self._drop(offer, mismatch=True)
            self.result_label.setText(self.tr(
                "Nothing was kept. Tell your administrator that the fingerprint did not match; "
                "they should revoke the enrolment that code made and give you a new code."))
        self._refresh()

    def reject(self) -> None:
        if self.flow.busy:
            return  # a call under way finishes first
        if self.flow.step is EnrolStep.CONFIRMING and self.flow.offer is not None:
            self._drop(self.flow.offer, mismatch=False)
        super().reject()

    def _drop(self, offer: EnrolmentOffer, *, mismatch: bool) -> None:
        self._runner.mutate(lambda session: enrolment.refuse_enrolment(
            session, offer, mismatch=mismatch))

    def _offered(self, offer: EnrolmentOffer) -> None:
        self.flow.offered(offer)
        self.server_label.setText(fill(self.tr("The server at %1 showed this key "
                                               "fingerprint:"), offer.host))
        self.fingerprint_label.setText(offer.server_fingerprint)
        self._refresh()
        self.fingerprint_label.setFocus(Qt.FocusReason.OtherFocusReason)

    def _enrolled(self, info: EnrolmentInfo) -> None:
        self.flow.enrolled(info)
        self.result_label.setText(self.tr(
            "This laptop is enrolled. Its first sync starts now; after that it syncs on its "
            "own whenever there is a connection."))
        self._refresh()
        self.accept_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.enrolled.emit(info)

    def _failed(self, error: OperationError) -> None:
        self.flow.failed(error)
        self._show_problems()

    def _show_problems(self) -> None:
        self._refresh()  # fields enabled again before focus can move to one
        unplaced = self.binder.show_problems(self.flow.problems)
        if unplaced:
            self.flow.message = " ".join(problem_text(problem) for problem in unplaced)
            self._refresh()
        fit_height(self)  # problem lines appeared or went

    def _refresh(self) -> None:
        step = self.flow.step
        self.pages.setCurrentIndex(_PAGES[step])
        entering = step is EnrolStep.ENTERING
        self.address_box.setEnabled(entering)
        self.code_box.setEnabled(entering)
        self.mismatch_button.setEnabled(step is EnrolStep.CONFIRMING)
        finished = step in (EnrolStep.ENROLLED, EnrolStep.REFUSED)
        self.accept_button.setText({
            EnrolStep.ENTERING: self.tr("&Enrol"),
            EnrolStep.CONTACTING: self.tr("Contacting the server…"),
            EnrolStep.CONFIRMING: self.tr("They &match: enrol"),
            EnrolStep.SAVING: self.tr("Enrolling…"),
        }.get(step, self.tr("Close")))
        self.accept_button.setEnabled(not self.flow.busy)
        confirming = step is EnrolStep.CONFIRMING
        self.accept_button.setDefault(not confirming)  # see the module docstring
        self.accept_button.setAutoDefault(not confirming)
        self.cancel_button.setVisible(not finished)
        self.cancel_button.setEnabled(not self.flow.busy)
        self.busy_bar.setVisible(self.flow.busy)
        self.message_label.setText(self.flow.message)
        self.message_label.setVisible(bool(self.flow.message))
        fit_height(self)
