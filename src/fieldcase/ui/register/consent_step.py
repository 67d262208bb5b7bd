"""The consent step of a registration: what the person agrees to, purpose by purpose.

Asked before anything beyond the minimum is recorded: the form's "more" part (other names,
phone, an identity document) is enabled only once consent to registration is ticked
(``registration_given``), and its values are left out of the saved document otherwise. The
consents are saved in the same ``create_case`` document as the person, so a case never exists
with data its consent does not cover. Consent to a referral is per service, so it is asked when
a referral is made, not here. ``given_on`` is filled on the worker with the session's today.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QLabel, QWidget

from fieldcase.domain.codes import ConsentPurpose
from fieldcase.ui.dialogs.rows import plain
from fieldcase.ui.forms.fields import Field
from fieldcase.ui.names import code_name
from fieldcase.ui.register.pickers import code_combo

ASKED_HERE = (ConsentPurpose.REGISTRATION, ConsentPurpose.FOLLOW_UP_CONTACT,
              ConsentPurpose.STATISTICS)


class ConsentStep(QGroupBox):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consentStep")
        self.setTitle(self.tr("Consent"))
        self.setAccessibleName(self.tr("Consent"))
        intro = QLabel(self.tr("Ask before recording more than the minimum. Tick what the "
                               "person agrees to; consent to a referral is asked for each "
                               "service when referring."), self)
        intro.setWordWrap(True)
        grid = QGridLayout(self)
        grid.setVerticalSpacing(4)
        grid.addWidget(intro, 0, 0, 1, 4)
        self.boxes: dict[ConsentPurpose, QCheckBox] = {}
        words = {
            ConsentPurpose.REGISTRATION: self.tr("&Registration: keep a record to help them"),
            ConsentPurpose.FOLLOW_UP_CONTACT: self.tr("Follow-up &contact"),
            ConsentPurpose.STATISTICS: self.tr("Anonymous s&tatistics"),
        }
        for row, purpose in enumerate(ASKED_HERE, start=1):
            box = QCheckBox(words[purpose], self)
            box.setObjectName(f"consent:{purpose.value}")
            box.setAccessibleName(plain(words[purpose]))
            box.toggled.connect(lambda _on: self.changed.emit())
            self.boxes[purpose] = box
            grid.addWidget(box, row, 0, 1, 4)
        last = len(ASKED_HERE) + 1
        self.giver_box = code_combo(self, "consent_giver", "consentGivenBy", default="self")
        self.form_box = code_combo(self, "consent_form", "consentForm", default="verbal")
        for column, (text, combo) in enumerate(((self.tr("Given &by"), self.giver_box),
                                                (self.tr("&How"), self.form_box))):
            label = QLabel(text, self)
            label.setBuddy(combo)
            combo.setAccessibleName(plain(text))
            combo.activated.connect(lambda _index: self.changed.emit())
            grid.addWidget(label, last, column * 2)
            grid.addWidget(combo, last, column * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

    @property
    def registration_given(self) -> bool:
        return self.boxes[ConsentPurpose.REGISTRATION].isChecked()

    def consents(self) -> list[dict[str, Any]] | None:
        """The consents ticked, as records of the case document (``given_on`` left for the
        worker to fill); None when none is."""
        given = [{"purpose": purpose.value, "given_by": self.giver_box.currentData(),
                  "form": self.form_box.currentData()}
                 for purpose, box in self.boxes.items() if box.isChecked()]
        return given or None

    def show_consents(self, consents: Any) -> None:
        items = consents if isinstance(consents, list) else []
        purposes = {item.get("purpose") for item in items if isinstance(item, dict)}
        for purpose, box in self.boxes.items():
            box.setChecked(purpose.value in purposes)
        if items and isinstance(items[0], dict):
            for combo, key in ((self.giver_box, "given_by"), (self.form_box, "form")):
                index = combo.findData(items[0].get(key))
                if index >= 0:
                    combo.setCurrentIndex(index)

    def field(self) -> Field:
        return Field(self.consents, self.show_consents, self.changed)

    def summary(self) -> str:
        """The purposes agreed, in words (for the new entry's column)."""
        return ", ".join(code_name("consent_purpose", purpose)
                         for purpose, box in self.boxes.items() if box.isChecked())
