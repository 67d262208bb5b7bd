"""First run: create the profile on this laptop, then open it.

Shown when the profile folder has no key slots yet. The form collects the first user (name,
role, team, site) and a passphrase typed twice; "Suggest a passphrase" fills in a few random
words from the service and shows them so they can be written down. Problems are shown next to
their fields before the slow part starts; creating and unlocking then run on the runner's
worker (two Argon2id derivations, about two seconds) with a busy bar.
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
from fieldcase.services.session import Session
from fieldcase.ui.messages import OperationError
from fieldcase.ui.operations import Runner
from fieldcase.ui.service_types import KdfParams
from fieldcase.ui.unlock_flow import ROLES, SetupFlow, SetupForm, Step
from fieldcase.ui.widgets import ERROR_STYLE, fit_height, frame_dialog

Creator = Callable[[SetupForm], Session]
def profile_creator(profile_dir: Path, kdf: KdfParams | None = None) -> Creator:
    """Create the profile and unlock it as its first user, both on the worker."""
    def create(form: SetupForm) -> Session:
        profile.create_profile(profile_dir, user=form.user, passphrase=form.passphrase,
                               role=form.role, team=form.team, site=form.site, kdf=kdf)
        return profile.unlock(profile_dir, user=form.user, passphrase=form.passphrase, kdf=kdf)
    return create


class SetupDialog(QDialog):
    unlocked = Signal(object)  # Actor

    def __init__(self, runner: Runner, creator: Creator, *,
                 suggest: Callable[[], str] = profile.suggest_passphrase,
                 flow: SetupFlow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._creator = creator
        self._suggest = suggest
        self.flow = flow or SetupFlow()
        self.setWindowTitle("FieldCase — set up this laptop")
        self.setObjectName("setupDialog")
        self.setMinimumWidth(520)

        self.fields: dict[str, QLineEdit] = {}
        self.problem_labels: dict[str, QLabel] = {}
        self.role_box = QComboBox(self)
        for role in ROLES:
            self.role_box.addItem(role.capitalize(), role)
        grid = QGridLayout()
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(1, 1)
        row = 0
        for name, label in (("user", "Your user name"), ("role", "Role"), ("team", "Team"),
                            ("site", "Site code"), ("passphrase", "Passphrase"),
                            ("confirmation", "Passphrase again")):
            editor: QWidget = self.role_box if name == "role" else self._line_edit(name)
            grid.addWidget(QLabel(label, self), row, 0)
            grid.addWidget(editor, row, 1)
            problem = QLabel(self)
            problem.setObjectName(f"problem_{name}")
            problem.setStyleSheet(ERROR_STYLE)
            problem.setWordWrap(True)
            problem.setVisible(False)
            self.problem_labels[name] = problem
            grid.addWidget(problem, row + 1, 1)
            row += 2
        self.fields["site"].setPlaceholderText("for example LAMP-01")
        for name in ("passphrase", "confirmation"):
            self.fields[name].setEchoMode(QLineEdit.EchoMode.Password)

        self.suggest_button = QPushButton("Suggest a passphrase", self)
        self.suggest_button.clicked.connect(self.suggest_passphrase)
        self.show_box = QCheckBox("Show passphrase", self)
        self.show_box.toggled.connect(self._show_passphrase)
        grid.addWidget(self.suggest_button, row, 1)
        grid.addWidget(self.show_box, row + 1, 1)

        parts = frame_dialog(
            self, heading="Set up FieldCase on this laptop", body=grid,
            accept_text="Create profile", on_accept=self.submit, message_name="setupMessage",
            intro="Every case on this laptop is encrypted with a key that only your "
                  "passphrase opens. Choose a long passphrase you can remember: a few random "
                  "words work well. If it is forgotten, the cases cannot be opened.")
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
                         text["site"], text["passphrase"], text["confirmation"])

    def suggest_passphrase(self) -> None:
        suggestion = self._suggest()
        self.fields["passphrase"].setText(suggestion)
        self.fields["confirmation"].setText(suggestion)
        self.show_box.setChecked(True)  # a suggestion must be seen to be written down

    def submit(self) -> None:
        form = self.flow.submit(self.form())
        self._refresh()
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
        self.flow.failed(error.message)
        self._refresh()

    def _show_passphrase(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for name in ("passphrase", "confirmation"):
            self.fields[name].setEchoMode(mode)

    def _refresh(self) -> None:
        busy = self.flow.step is Step.BUSY
        for box in (*self.fields.values(), self.role_box, self.suggest_button, self.show_box):
            box.setEnabled(not busy)
        self.create_button.setEnabled(self.flow.step is Step.ENTERING)
        self.create_button.setText("Creating…" if busy else "Create profile")
        self.busy_bar.setVisible(busy)
        for name, label in self.problem_labels.items():
            problem = self.flow.problems.get(name, "")
            label.setText(problem)
            label.setVisible(bool(problem))
        self.message_label.setText(self.flow.message)
        self.message_label.setVisible(bool(self.flow.message))
        fit_height(self)
