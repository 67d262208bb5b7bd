"""The questions of a transfer and an escalation (issue 11): where to and why, or only why.

**Transfer to another site…** asks for the receiving site's code and a reason the receiving
supervisor reads; **Decline transfer…** and **Escalate…** ask for a reason, which is required.
Each dialog stays open until the service has saved the step: the desk calls ``done()`` on
success, and ``show_problems`` with the service's refusal, which the form binder places beside
the field it names (``case.transfer.to_site: same_site``) and focuses. Keyboard only: the first
box has the focus, Tab moves on, the named button confirms, Esc cancels.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldcase.domain.errors import ValidationError
from fieldcase.ui.dialogs.rows import plain
from fieldcase.ui.forms.binder import FormBinder
from fieldcase.ui.i18n import fill, translate
from fieldcase.ui.problems import problem_text

TO_SITE = "case.transfer.to_site"
TRANSFER_REASON = "case.transfer.reason"
DECLINE_REASON = "case.transfer_declined.reason"
ESCALATION_REASON = "case.escalation.reason"


class _StepDialog(QDialog):
    """A reason box (and what a subclass adds above it), a binder, and a confirm button that
    asks the desk to run the step (``confirmed``) without closing."""

    confirmed = Signal()

    def __init__(self, title: str, intro: str, reason_label: str, reason_path: str,
                 button: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(fill(translate("TransferDialogs", "FieldCase — %1"), title))
        self.binder = FormBinder(self)
        self.intro = QLabel(intro, self)
        self.intro.setWordWrap(True)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.intro)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("stepReason")
        self.reason.setTabChangesFocus(True)
        self._reason_label = QLabel(reason_label, self)
        self._reason_label.setBuddy(self.reason)
        self.reason.setAccessibleName(plain(reason_label))
        self._reason_binding = self.binder.bind(reason_path, self.reason)
        self._reason_path = reason_path
        self.buttons = QDialogButtonBox(self)
        self.confirm_button: QPushButton = self.buttons.addButton(
            button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm_button.setObjectName("stepConfirm")
        self.confirm_button.setAccessibleName(plain(button))
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._confirm)
        self.buttons.rejected.connect(self.reject)
        self.message = QLabel(self)
        self.message.setObjectName("stepMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.resize(500, 300)

    def _finish_layout(self) -> None:
        self.layout_.addWidget(self._reason_label)
        self.layout_.addWidget(self.reason, 1)
        self.layout_.addWidget(self._reason_binding.problem_label)
        self.layout_.addWidget(self.message)
        self.layout_.addWidget(self.buttons)

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()

    def _required(self) -> list[ValidationError]:
        if self.reason_text():
            return []
        return [ValidationError(self._reason_path, "required", "give a reason")]

    def _confirm(self) -> None:
        missing = self._required()
        if missing:
            self.binder.show_problems(missing)
            return
        self.binder.clear_problems()
        self.confirm_button.setEnabled(False)  # one save at a time
        self.confirmed.emit()

    def show_problems(self, problems: Iterable[ValidationError], message: str) -> None:
        """The service refused: each problem beside its field; one with no field (a
        permission) in words under the form."""
        self.confirm_button.setEnabled(True)
        problems = tuple(problems)
        unplaced = self.binder.show_problems(problems)
        words = [problem_text(p) for p in unplaced] or ([] if problems else [message])
        self.message.setText(" ".join(words) if words else "")
        self.message.setVisible(bool(words))

    def done_(self) -> None:
        self.accept()


class TransferDialog(_StepDialog):
    """"Transfer FC-… to another site": the site's code and a reason (optional)."""

    def __init__(self, case_number: str, parent: QWidget | None = None) -> None:
        intro = translate("TransferDialogs", "%1 stays at its site, with your team, until a "
                                             "supervisor at the other site accepts the transfer.")
        super().__init__(
            translate("TransferDialogs", "transfer to another site"), fill(intro, case_number),
            translate("TransferDialogs", "&Why? (the receiving supervisor reads this)"),
            TRANSFER_REASON, translate("TransferDialogs", "Propose the transfer"), parent)
        self.setObjectName("transferDialog")
        self.site = QLineEdit(self)
        self.site.setObjectName("transferSite")
        self.site.setPlaceholderText(translate("TransferDialogs", "e.g. PORT-01"))
        self.site.setMaxLength(32)
        site_label = QLabel(translate("TransferDialogs", "&Site code"), self)
        site_label.setBuddy(self.site)
        self.site.setAccessibleName(plain(site_label.text()))
        site_binding = self.binder.bind(TO_SITE, self.site)
        self.layout_.addWidget(site_label)
        self.layout_.addWidget(self.site)
        self.layout_.addWidget(site_binding.problem_label)
        self._finish_layout()
        self.setTabOrder(self.site, self.reason)
        self.site.setFocus(Qt.FocusReason.OtherFocusReason)

    def site_code(self) -> str:
        return self.site.text().strip().upper()

    def _required(self) -> list[ValidationError]:
        if self.site_code():
            return []  # the reason is optional; the service judges the code
        return [ValidationError(TO_SITE, "required", "give the site")]


class ReasonDialog(_StepDialog):
    """Decline a transfer, or escalate a case: a reason, required."""

    def __init__(self, title: str, intro: str, label: str, path: str, button: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(title, intro, label, path, button, parent)
        self.setObjectName("reasonDialog")
        self._finish_layout()
        self.reason.setFocus(Qt.FocusReason.OtherFocusReason)


def decline_dialog(case_number: str, parent: QWidget | None) -> ReasonDialog:
    intro = translate("TransferDialogs", "%1 stays where it is, with the team that sent it. "
                                         "They read your reason.")
    return ReasonDialog(
        translate("TransferDialogs", "decline the transfer"), fill(intro, case_number),
        translate("TransferDialogs", "&Why do you decline it?"), DECLINE_REASON,
        translate("TransferDialogs", "Decline the transfer"), parent)


def escalate_dialog(case_number: str, parent: QWidget | None) -> ReasonDialog:
    intro = translate("TransferDialogs", "%1 goes to the supervisors' review queue, under "
                                         "\"Escalated to a supervisor\", until a supervisor "
                                         "clears it.")
    return ReasonDialog(
        translate("TransferDialogs", "escalate"), fill(intro, case_number),
        translate("TransferDialogs", "&What needs a supervisor?"), ESCALATION_REASON,
        translate("TransferDialogs", "Escalate"), parent)
