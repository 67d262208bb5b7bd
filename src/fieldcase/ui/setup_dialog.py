"""First run: create the profile on this laptop, then open it.

Shown when the profile folder has no key slots yet. The form collects the first user (name,
role, team, site), a passphrase typed twice and, if the organisation has one, its recovery
public key (so "Forgot your passphrase?" can work later); "Suggest a passphrase" fills in a
few random words from the service and shows them so they can be written down. Problems are
shown next to their fields by the form binder (``forms.binder``: the words, a warning sign,
the field's accessible description, focus on the first) before the slow part starts, and so
are the problems of a refusal from the service; creating and unlocking then run on the
runner's worker (two Argon2id derivations, about two seconds) with a busy bar.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from fieldcase.domain.policy import Actor
from fieldcase.services import profile
from fieldcase.services.recovery import read_public_key
from fieldcase.services.session import Session
from fieldcase.ui.dialogs.new_passphrase import show_whole, suggest_in_interface_language
from fieldcase.ui.forms.binder import FormBinder
from fieldcase.ui.messages import OperationError
from fieldcase.ui.names import code_name
from fieldcase.ui.operations import Runner
from fieldcase.ui.problems import problem_text
from fieldcase.ui.service_types import KdfParams
from fieldcase.ui.unlock_flow import ROLES, SetupFlow, SetupForm, Step
from fieldcase.ui.widgets import fit_height, frame_dialog

Creator = Callable[[SetupForm], Session]


def profile_creator(profile_dir: Path, kdf: KdfParams | None = None) -> Creator:
    """Create the profile and unlock it as its first user, both on the worker."""
    def create(form: SetupForm) -> Session:
        recovery_public = read_public_key(form.recovery_key) if form.recovery_key else None
        profile.create_profile(profile_dir, user=form.user, passphrase=form.passphrase,
                               role=form.role, team=form.team, site=form.site, kdf=kdf,
                               recovery_public_key=recovery_public)
        return profile.unlock(profile_dir, user=form.user, passphrase=form.passphrase, kdf=kdf)
    return create


class SetupDialog(QDialog):
    unlocked = Signal(object)  # Actor

    def __init__(self, runner: Runner, creator: Creator, *,
                 suggest: Callable[[], str] = suggest_in_interface_language,
                 flow: SetupFlow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._creator = creator
        self._suggest = suggest
        self.flow = flow or SetupFlow()
        self.setWindowTitle(self.tr("FieldCase — set up this laptop"))
        self.setObjectName("setupDialog")
        self.setMinimumWidth(520)

        self.fields: dict[str, QLineEdit] = {}
        self.role_box = QComboBox(self)
        self.role_box.setObjectName("role")
        for role in ROLES:
            self.role_box.addItem(code_name("role", role), role)
        self.binder = FormBinder(self)
        labels = {"user": self.tr("Your user name"), "role": self.tr("Role"),
                  "team": self.tr("Team"), "site": self.tr("Site code"),
                  "passphrase": self.tr("Passphrase"),
                  "confirmation": self.tr("Passphrase again"),
                  "recovery_key": self.tr("Organisation recovery key")}
        grid = QGridLayout()
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(1, 1)
        for row, (name, text) in enumerate(labels.items()):
            editor: QWidget = self.role_box if name == "role" else self._line_edit(name)
            label = QLabel(text, self)
            label.setBuddy(editor)
            editor.setAccessibleName(text)
            binding = self.binder.bind(name, editor)
            grid.addWidget(label, 2 * row, 0)
            grid.addWidget(editor, 2 * row, 1)
            grid.addWidget(binding.problem_label, 2 * row + 1, 1)
        row = 2 * len(labels)
        # the role box was made before the rows: Tab follows the rows, user name first
        QWidget.setTabOrder(self.fields["user"], self.role_box)
        QWidget.setTabOrder(self.role_box, self.fields["team"])
        self.fields["site"].setPlaceholderText(self.tr("for example LAMP-01"))
        self.fields["recovery_key"].setPlaceholderText(
            self.tr("optional: 64 characters from your organisation"))
        for name in ("passphrase", "confirmation"):
            self.fields[name].setEchoMode(QLineEdit.EchoMode.Password)

        self.suggest_button = QPushButton(self.tr("Suggest a passphrase"), self)
        self.suggest_button.clicked.connect(self.suggest_passphrase)
        self.show_box = QCheckBox(self.tr("Show passphrase"), self)
        self.show_box.toggled.connect(self._show_passphrase)
        grid.addWidget(self.suggest_button, row, 1)
        grid.addWidget(self.show_box, row + 1, 1)

        parts = frame_dialog(
            self, heading=self.tr("Set up FieldCase on this laptop"), body=grid,
            accept_text=self.tr("Create profile"), on_accept=self.submit,
            message_name="setupMessage",
            intro=self.tr("Every case on this laptop is encrypted with a key that only your "
                          "passphrase opens. Choose a long passphrase you can remember: a few "
                          "random words work well. If it is forgotten, the cases cannot be "
                          "opened, unless your organisation gave you its recovery key for "
                          "this laptop."))
        self.message_label, self.busy_bar = parts.message_label, parts.busy_bar
        self.create_button = parts.accept_button
        self._refresh()

    def _line_edit(self, name: str) -> QLineEdit:
        box = QLineEdit(self)
        box.setObjectName(name)
        self.fields[name] = box
        return box

    def form(self) -> SetupForm:
        text = {name: box.text() for name, box in self.fields.items()}
        return SetupForm(text["user"], str(self.role_box.currentData()), text["team"],
                         text["site"], text["passphrase"], text["confirmation"],
                         text["recovery_key"])

    def suggest_passphrase(self) -> None:
        suggestion = self._suggest()
        self.fields["passphrase"].setText(suggestion)
        self.fields["confirmation"].setText(suggestion)
        for name in ("passphrase", "confirmation"):
            show_whole(self.fields[name])
        for name in ("passphrase", "confirmation"):
            self.binder.clear_problem(name)
        self.show_box.setChecked(True)  # a suggestion must be seen to be written down

    def submit(self) -> None:
        form = self.flow.submit(self.form())
        self._show_problems()
        if form is None:
            return
        creator = self._creator
        self._runner.open_session(lambda: creator(form), self._succeeded, self._failed)

    def _succeeded(self, actor: Actor) -> None:
        self.flow.succeeded()
        for name in ("passphrase", "confirmation"):
            self.fields[name].clear()
        self._refresh()
        self.unlocked.emit(actor)

    def _failed(self, error: OperationError) -> None:
        self.flow.failed(error.message, error.problems)
        self._show_problems()

    def _show_problems(self) -> None:
        """Each problem beside its field (focus on the first); the rest in the message line."""
        self._refresh()  # fields enabled again before focus can move to one
        unplaced = self.binder.show_problems(self.flow.problems)
        if unplaced and not self.flow.message:
            self.flow.message = " ".join(problem_text(problem) for problem in unplaced)
            self._refresh()
        fit_height(self)

    def _show_passphrase(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for name in ("passphrase", "confirmation"):
            self.fields[name].setEchoMode(mode)

    def _refresh(self) -> None:
        busy = self.flow.step is Step.BUSY
        for box in (*self.fields.values(), self.role_box, self.suggest_button, self.show_box):
            box.setEnabled(not busy)
        self.create_button.setEnabled(self.flow.step is Step.ENTERING)
        self.create_button.setText(self.tr("Creating…") if busy else self.tr("Create profile"))
        self.busy_bar.setVisible(busy)
        self.message_label.setText(self.flow.message)
        self.message_label.setVisible(bool(self.flow.message))
        fit_height(self)
