"""Register a new person: the minimum first, consent, possible duplicates before saving.

Opened by File > New person (Ctrl+N) or from a search that found nothing (what was typed is
carried in: ``seed.seed_from_search``). Left, the form: the minimum a case needs (given and
family name, sex, date of birth or an estimated age, nationality picked by name, stage of
migration; the site is the worker's own), then the consent step (``consent_step``), then the
optional "more" part, enabled only once consent to registration is given. Right, the possible
duplicates (``match_panel``): as the person types, ``services.duplicates.check_registration``
runs on the worker ``DEBOUNCE_MS`` after the last keystroke (a reply to an older check is
dropped) and each candidate is set beside the entry with its reasons in words.

"Register" checks once more on the worker, then saves only when every match shown is decided
"different person"; otherwise it shows them and moves focus to the first. The case is created
in one ``create_case`` with its consents and ``case.assigned_to`` = the registering user; a
refusal's problems go beside their fields (``FormBinder``); afterwards ``registered(case_id)``
and the window opens the new case. "Same person: open FC-…" closes the form having created
nothing (``open_requested(case_id)``).

The dialog is a ``DraftForm`` (docs/ui.md, drafts): ``draft_key`` "register", ``draft()`` /
``restore_draft()`` the JSON of what is typed, ``has_unsaved()``. Its title never names the
person.
"""

from __future__ import annotations

from collections.abc import Callable
from copy import deepcopy
from itertools import pairwise
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fieldcase.domain.policy import Actor
from fieldcase.services import cases
from fieldcase.services.duplicates import RegistrationCheck, check_registration
from fieldcase.services.session import Session
from fieldcase.ui.dialogs.rows import add_field, form_grid, line_edit, plain
from fieldcase.ui.drafts import DraftBar, DraftKeeper
from fieldcase.ui.forms.binder import FormBinder
from fieldcase.ui.i18n import fill
from fieldcase.ui.messages import OperationError
from fieldcase.ui.names import code_name, country_name
from fieldcase.ui.operations import Runner
from fieldcase.ui.problems import problem_text
from fieldcase.ui.register.consent_step import ConsentStep
from fieldcase.ui.register.match_panel import MatchPanel, NewEntry, born_words
from fieldcase.ui.register.pickers import CountryPicker, code_combo, names_field
from fieldcase.ui.widgets import frame_dialog

DEBOUNCE_MS = 300
DRAFT_KEY = "register"
BEYOND_MINIMUM = ("other_names", "contact", "documents")  # only with consent to registration
DEFAULT_STAGE = "transit"


def ask_discard(parent: QWidget) -> bool:
    """Esc or Cancel with something typed: a slip of a key must not lose a registration."""
    box = QMessageBox(QMessageBox.Icon.Question, parent.tr("Discard this registration?"),
                      parent.tr("What you typed about this person will be lost."),
                      parent=parent)
    discard = box.addButton(parent.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(parent.tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is discard


def with_consent_dates(document: dict[str, Any], today: str) -> dict[str, Any]:
    """The consents given today (filled on the worker, from the session's clock)."""
    filled = deepcopy(document)
    for consent in filled.get("consents", []):
        consent.setdefault("given_on", today)
    return filled


class RegisterDialog(QDialog):
    registered = Signal(str)  # the new case's id
    open_requested = Signal(str)  # "same person": that case's id; nothing was created

    def __init__(self, runner: Runner, actor: Actor, *, seed: dict[str, Any] | None = None,
                 debounce_ms: int = DEBOUNCE_MS,
                 confirm_discard: Callable[[QWidget], bool] = ask_discard,
                 drafts: DraftKeeper | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._drafts = drafts  # keeps what is typed on a lock, a close, and every few seconds
        self.confirm_discard = confirm_discard  # tests answer for the person
        self._actor = actor
        self._check_token = 0
        self._saving = False
        self.setObjectName("registerDialog")
        self.setWindowTitle(self.tr("FieldCase — register a new person"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(1080, 760)

        form = QWidget(self)
        self.binder = FormBinder(form)
        self._build_minimum(form)
        self.consent = ConsentStep(form)
        self.binder.bind("consents", self.consent, field=self.consent.field(),
                         problem_label=None)
        self._build_more(form)
        self.draft_bar = DraftBar(form)
        column = QVBoxLayout(form)
        column.setContentsMargins(0, 0, 8, 0)
        column.addWidget(self.draft_bar)
        column.addLayout(self._minimum_grid)
        column.addWidget(self.binder.binding("consents").problem_label)
        column.addWidget(self.consent)
        column.addWidget(self.more)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(form)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.matches = MatchPanel(self)
        self.matches.setMinimumWidth(420)
        form.setMinimumWidth(460)
        body = QHBoxLayout()
        body.addWidget(scroll, 5)
        body.addWidget(self.matches, 4)
        parts = frame_dialog(
            self, heading=self.tr("Register a new person"), body=body,
            intro=fill(self.tr("The minimum first; more once the person consents. The case "
                               "is registered at %1 and assigned to you."), actor.site),
            accept_text=self.tr("&Register"), on_accept=self.submit,
            message_name="registerMessage", reject_text=self.tr("Cancel"))
        self.message_label, self.busy_bar = parts.message_label, parts.busy_bar
        self.register_button, self.cancel_button = parts.accept_button, parts.reject_button
        self.register_button.setObjectName("registerButton")
        self.busy_bar.hide()
        self.message_label.hide()

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self.check_now)
        for box in (self.given_box, self.family_box, self.birth_box, self.others_box,
                    self.phone_box, self.document_number_box):
            box.textEdited.connect(self._edited)
        for combo in (self.sex_box, self.nationality_box, self.document_country_box):
            combo.currentIndexChanged.connect(self._edited)
        nationality_line = self.nationality_box.lineEdit()
        assert nationality_line is not None
        nationality_line.textEdited.connect(self._edited)
        self.age_box.valueChanged.connect(self._edited)
        self.consent.changed.connect(self._consent_changed)
        self.matches.open_requested.connect(self._same_person)
        self.matches.decided.connect(self._refresh_entry)
        self.matches.cards_changed.connect(self._order_tabs)
        self._blank = self._typed()
        if seed:
            self.binder.write({"person": seed, "case": {"stage": DEFAULT_STAGE}})
            self.check_now()
        self._consent_changed()
        self.given_box.setFocus(Qt.FocusReason.OtherFocusReason)
        if drafts is not None:
            drafts.register(self)
            drafts.offer(self)  # a registration interrupted by a lock or a crash

    # --- building ----------------------------------------------------------------------------
    def _build_minimum(self, form: QWidget) -> None:
        grid = self._minimum_grid = form_grid()
        self.given_box = line_edit(form, "givenName")
        self.family_box = line_edit(form, "familyName")
        self.sex_box = code_combo(form, "sex", "sex")
        self.birth_box = line_edit(form, "dateOfBirth")
        self.birth_box.setPlaceholderText(self.tr("year-month-day, e.g. 1994-03-17"))
        self.age_box = QSpinBox(form)
        self.age_box.setObjectName("ageEstimate")
        self.age_box.setRange(-1, 120)
        self.age_box.setValue(-1)
        self.age_box.setSpecialValueText(self.tr("not known"))
        self.nationality_box = CountryPicker(form)
        self.nationality_box.setObjectName("nationality")
        self.stage_box = code_combo(form, "stage", "stage", default=DEFAULT_STAGE)
        row = add_field(grid, 0, self.binder, "person.given_name", self.tr("&Given name"),
                        self.given_box)
        row = add_field(grid, row, self.binder, "person.family_name", self.tr("&Family name"),
                        self.family_box)
        row = add_field(grid, row, self.binder, "person.sex", self.tr("&Sex"), self.sex_box)
        row = add_field(grid, row, self.binder, "person.date_of_birth",
                        self.tr("Date of &birth"), self.birth_box)
        row = add_field(grid, row, self.binder, "person.age_estimate",
                        self.tr("or &age (estimate)"), self.age_box)
        label = QLabel(self.tr("&Nationality"), form)
        label.setBuddy(self.nationality_box)
        self.nationality_box.setAccessibleName(plain(label.text()))
        binding = self.binder.bind("person.nationality", self.nationality_box,
                                   field=self.nationality_box.field())
        grid.addWidget(label, row, 0)
        grid.addWidget(self.nationality_box, row, 1)
        grid.addWidget(binding.problem_label, row + 1, 1)
        row = add_field(grid, row + 2, self.binder, "case.stage",
                        self.tr("S&tage of migration"), self.stage_box)
        site_label = QLabel(self.tr("Site"), form)
        self.site_value = QLabel(self._actor.site, form)
        self.site_value.setObjectName("site")
        self.site_value.setAccessibleName(self.tr("Site"))
        grid.addWidget(site_label, row, 0)
        grid.addWidget(self.site_value, row, 1)

    def _build_more(self, form: QWidget) -> None:
        self.more = QGroupBox(self.tr("More about the person"), form)
        self.more.setObjectName("morePart")
        self.more.setAccessibleName(plain(self.more.title()))
        grid = form_grid()
        self.more_note = QLabel(self.tr("Needs the person's consent to registration."),
                                self.more)
        self.more_note.setObjectName("moreNeedsConsent")
        self.more_note.setWordWrap(True)
        grid.addWidget(self.more_note, 0, 0, 1, 2)
        self.others_box = line_edit(self.more, "otherNames")
        self.others_box.setPlaceholderText(self.tr("other spellings or scripts, separated by ;"))
        self.phone_box = line_edit(self.more, "phone")
        self.document_type_box = code_combo(self.more, "document_type", "documentType")
        self.document_number_box = line_edit(self.more, "documentNumber")
        self.document_country_box = CountryPicker(self.more)
        self.document_country_box.setObjectName("documentCountry")
        label = QLabel(self.tr("&Other names"), self.more)
        label.setBuddy(self.others_box)
        self.others_box.setAccessibleName(plain(label.text()))
        binding = self.binder.bind("person.other_names", self.others_box,
                                   field=names_field(self.others_box))
        grid.addWidget(label, 1, 0)
        grid.addWidget(self.others_box, 1, 1)
        grid.addWidget(binding.problem_label, 2, 1)
        row = add_field(grid, 3, self.binder, "person.contact.phone", self.tr("&Phone"),
                        self.phone_box)
        row = add_field(grid, row, self.binder, "person.documents[0].type",
                        self.tr("Identity &document"), self.document_type_box)
        row = add_field(grid, row, self.binder, "person.documents[0].number",
                        self.tr("Document n&umber"), self.document_number_box)
        label = QLabel(self.tr("Issued b&y"), self.more)
        label.setBuddy(self.document_country_box)
        self.document_country_box.setAccessibleName(plain(label.text()))
        binding = self.binder.bind("person.documents[0].issuing_country",
                                   self.document_country_box,
                                   field=self.document_country_box.field())
        grid.addWidget(label, row, 0)
        grid.addWidget(self.document_country_box, row, 1)
        grid.addWidget(binding.problem_label, row + 1, 1)
        self.more.setLayout(grid)

    # --- the document ------------------------------------------------------------------------
    def _typed(self) -> dict[str, Any]:
        return self.binder.read()

    def document(self) -> dict[str, Any]:
        """The case document to create: what is typed, the site and the assignee; without
        consent to registration, nothing beyond the minimum."""
        document = self._typed()
        person = document.setdefault("person", {})
        if not self.consent.registration_given:
            for key in BEYOND_MINIMUM:
                person.pop(key, None)
        case = document.setdefault("case", {})
        case.update(site=self._actor.site, assigned_to=self._actor.user)
        return document

    def entry(self) -> NewEntry:
        """The entry being typed, as the match cards show it beside each candidate."""
        person = self._typed().get("person", {})
        name = " ".join(p for p in (person.get("given_name"), person.get("family_name")) if p)
        return (name, born_words(person.get("date_of_birth"), person.get("age_estimate")),
                country_name(person.get("nationality")), code_name("sex", person.get("sex")))

    # --- duplicates ------------------------------------------------------------------------
    def _edited(self, *_args: object) -> None:
        self._timer.start()

    def check_now(self, then_save: bool = False) -> None:
        """Look for possible matches on the worker; a reply to an older check is dropped."""
        self._timer.stop()
        self._check_token += 1
        token = self._check_token
        person = self._typed().get("person", {})
        if not person.get("given_name"):  # nothing to compare: the save names what is missing
            self.matches.show_waiting()
            if then_save:
                self._create()
            return
        self.matches.show_looking()
        self._runner.submit(lambda session: check_registration(session, person),
                            lambda check: self._checked(token, check, then_save),
                            self._failed)

    def _checked(self, token: int, check: RegistrationCheck, then_save: bool) -> None:
        if token != self._check_token:
            return
        self.matches.show_check(check, self.entry())
        if not then_save:
            return
        if self.matches.undecided:
            self._saving = False
            self._refresh()
            self._say(self.tr("Someone already registered may be this person. Compare and "
                              "decide for each before registering."))
            self.matches.focus_first_card()
            return
        self._create()

    def _order_tabs(self) -> None:
        """Form, then each possible match's buttons, then Register and Cancel: cards are made
        after the buttons, and Qt would otherwise put them last. Only the cards' buttons are
        moved: Register and Cancel stay behind their button box, whose focus proxy is
        Register; moved ahead of it, Tab from Cancel went back to Register, never on."""
        chain: list[QWidget] = [self.document_country_box, *self.matches.buttons()]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _refresh_entry(self) -> None:
        if not self.matches.undecided and self.message_label.isVisible():
            self._say("")
            self.register_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _same_person(self, case_id: str) -> None:
        self._timer.stop()
        self._check_token += 1
        self._forget()
        self.open_requested.emit(case_id)
        self.accept()

    def _forget(self) -> None:
        """Nothing of this person stays in the form, and no draft is left to keep."""
        self.binder.write({})
        self._blank = self._typed()

    # --- consent -----------------------------------------------------------------------------
    def _consent_changed(self) -> None:
        given = self.consent.registration_given
        for widget in self.more.findChildren(QWidget):
            if isinstance(widget, (QLineEdit, QComboBox)) and widget.parent() is self.more:
                widget.setEnabled(given)
        self.more_note.setVisible(not given)

    # --- saving ------------------------------------------------------------------------------
    def submit(self) -> None:
        """Check once more for possible matches, then save if every one is decided."""
        if self._saving:
            return
        self._saving = True
        self._say("")
        self._refresh()
        self.check_now(then_save=True)

    def _create(self) -> None:
        document = self.document()
        self._runner.mutate(
            lambda session: _create(session, document), self._created, self._failed)

    def _created(self, saved: cases.CaseSaved) -> None:
        self._saving = False
        self._forget()
        if self._drafts is not None:
            self._drafts.form_saved(self)
        self.registered.emit(saved.case_id)
        self.accept()

    def _failed(self, error: OperationError) -> None:
        self._saving = False
        self._refresh()
        unplaced = self.binder.show_problems(error.problems)
        if unplaced or not error.problems:
            self._say(" ".join(problem_text(p) for p in unplaced) or error.message)
            if not error.problems:
                self.matches.show_check(self.matches.check or RegistrationCheck(),
                                        self.entry())

    def _say(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def _refresh(self) -> None:
        self.register_button.setEnabled(not self._saving)
        self.busy_bar.setVisible(self._saving)

    def reject(self) -> None:
        if self._saving or (self.has_unsaved() and not self.confirm_discard(self)):
            return
        if self._drafts is not None:  # the person chose to lose it: no draft either
            self._drafts.unregister(self)
            self._drafts.discard(self.draft_key())
        self.discard()

    def discard(self) -> None:
        """Close without asking (lock, the window closing: the draft keeper keeps what was
        typed first)."""
        self._timer.stop()
        self._check_token += 1  # a check still running is not painted into a closed form
        super().reject()

    # --- DraftForm (docs/ui.md, drafts) ----------------------------------------------------
    def draft_key(self) -> str:
        return DRAFT_KEY

    def draft(self) -> dict[str, Any]:
        """What is typed (consents included) and the matches marked different; {} if none."""
        typed = self._typed()
        if typed == self._blank:
            return {}
        return {"document": typed, "different": sorted(self.matches.different)}

    def restore_draft(self, state: dict[str, Any]) -> None:
        document = state.get("document")
        if isinstance(document, dict):
            self.binder.write(document)
        different = state.get("different")
        if isinstance(different, list):
            self.matches.different.update(str(d) for d in different)
        self._consent_changed()
        self.check_now()

    def has_unsaved(self) -> bool:
        return bool(self.draft())


def _create(session: Session, document: dict[str, Any]) -> cases.CaseSaved:
    """On the worker: the consents dated with the session's today, then one create."""
    return cases.create_case(session, with_consent_dates(document,
                                                         session.today().isoformat()))
