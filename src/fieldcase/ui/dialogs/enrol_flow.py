"""Enrolment as a plain state machine, tested without widgets.

    entering --submit--> contacting --offered--> confirming --confirm--> saving --> enrolled
        ^                    |                       |                     |
        +------ failed ------+                       +--refuse--> refused  +-- failed --> entering

- **entering**: the server address and the one-time code, typed as the administrator read it
  (case, spaces and dashes do not matter: the service folds them).
- **contacting**: ``services.enrolment.begin_enrolment`` on the worker: the code is sent and
  the server's signed answer checked; nothing is stored.
- **confirming**: the server key's fingerprint is shown; the person compares it with the one
  their administrator gave them. Their answer is a button, never the fingerprint typed again
  (they would copy what the screen shows).
- **saving**: ``confirm_enrolment`` stores it. **refused**: ``refuse_enrolment`` dropped it;
  the code is spent, so the person needs a new one.

A refusal from the server or the address check comes back as problems for the fields
(``server``, ``code``) and a message; after it the person may try again.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from fieldcase.domain.errors import ValidationError
from fieldcase.services.enrolment import EnrolmentInfo, EnrolmentOffer
from fieldcase.ui.i18n import translate
from fieldcase.ui.messages import OperationError


class EnrolStep(Enum):
    ENTERING = "entering"
    CONTACTING = "contacting"
    CONFIRMING = "confirming"
    SAVING = "saving"
    ENROLLED = "enrolled"
    REFUSED = "refused"


BUSY_STEPS = frozenset({EnrolStep.CONTACTING, EnrolStep.SAVING})


@dataclass(frozen=True)
class EnrolRequest:
    server_url: str
    code: str


class EnrolFlow:
    def __init__(self) -> None:
        self.step = EnrolStep.ENTERING
        self.message = ""
        self.problems: tuple[ValidationError, ...] = ()
        self.offer: EnrolmentOffer | None = None
        self.info: EnrolmentInfo | None = None

    @property
    def busy(self) -> bool:
        return self.step in BUSY_STEPS

    def submit(self, server_url: str, code: str) -> EnrolRequest | None:
        if self.step is not EnrolStep.ENTERING:
            return None
        self.problems = tuple(ValidationError(path, "required", "is required")
                              for path, text in (("server", server_url), ("code", code))
                              if not text.strip())
        if self.problems:
            self.message = translate("FlowWords", "Please correct the fields marked above.")
            return None
        self.step, self.message = EnrolStep.CONTACTING, ""
        return EnrolRequest(server_url.strip(), code.strip())

    def offered(self, offer: EnrolmentOffer) -> None:
        self.step, self.offer = EnrolStep.CONFIRMING, offer

    def confirm(self) -> EnrolmentOffer | None:
        if self.step is not EnrolStep.CONFIRMING or self.offer is None:
            return None
        self.step = EnrolStep.SAVING
        return self.offer

    def refuse(self) -> EnrolmentOffer | None:
        """The fingerprints differ: the offer to drop (the dialog tells the service)."""
        if self.step is not EnrolStep.CONFIRMING or self.offer is None:
            return None
        self.step = EnrolStep.REFUSED
        return self.offer

    def enrolled(self, info: EnrolmentInfo) -> None:
        self.step, self.info, self.offer = EnrolStep.ENROLLED, info, None

    def failed(self, error: OperationError) -> None:
        """Back to the form: a refusal while contacting names its fields; one while saving
        (the answer is gone with it) asks for a new start."""
        self.step, self.offer = EnrolStep.ENTERING, None
        self.problems = error.problems
        self.message = translate("FlowWords", "Please correct the fields marked above.") \
            if error.problems else error.message
