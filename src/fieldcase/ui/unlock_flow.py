"""Unlock and first-run set-up as plain state machines, tested without widgets.

The dialogs only mirror these objects: which fields are enabled, what message shows, whether
the button is busy. Keeping the rules here (Electrum's wizard pattern) means the tests can
walk every path (typo, throttling, policy refusal, success) without a window.

- ``UnlockFlow``: entering -> busy -> unlocked, or back to entering with a message. After a
  throttled attempt (``retry_after_seconds``) submitting *that user name* is refused until the
  wait is over, measured with an injected clock; a colleague's name may still be tried (the
  service counts failures per name, so one person's mistakes do not lock the laptop).
- ``SetupFlow``: the create-profile form. ``validate`` returns the problems as
  ``ValidationError`` (path = the field's name, a rule) like a service refusal: blank fields,
  the two passphrases differing, the passphrase policy from the service, an organisation
  recovery key that is not a public key (the private one given by mistake is named). The
  dialog's form binder shows them all at once beside their fields before the slow key
  derivation starts.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from fieldcase.domain.errors import ValidationError
from fieldcase.domain.passphrase import normalize_passphrase
from fieldcase.domain.policy import Role
from fieldcase.ui.i18n import Context, translate
from fieldcase.ui.profile_calls import check_new_passphrase, read_public_key

Clock = Callable[[], float]


class FlowWords(Context):
    """The translation context of the flows' messages (``tr`` marks their plural forms)."""
PassphraseCheck = Callable[..., None]  # check_new_passphrase(passphrase, *, user, site)


class Step(Enum):
    ENTERING = "entering"
    BUSY = "busy"
    DONE = "done"


@dataclass(frozen=True)
class Credentials:
    user: str
    passphrase: str


class UnlockFlow:
    def __init__(self, clock: Clock = time.monotonic) -> None:
        self._clock = clock
        self.step = Step.ENTERING
        self.message = ""
        self._retry_at: dict[str, float] = {}  # by user name as the service compares them
        self._last_user = ""

    def wait_seconds(self, user: str | None = None) -> float:
        """How long ``user`` (by default whoever tried last) must still wait (0: they may)."""
        name = self._last_user if user is None else _comparable(user)
        return max(0.0, self._retry_at.get(name, 0.0) - self._clock())

    @property
    def can_submit(self) -> bool:
        return self.can_submit_for(None)

    def can_submit_for(self, user: str | None) -> bool:
        return self.step is Step.ENTERING and self.wait_seconds(user) == 0.0

    def submit(self, user: str, passphrase: str) -> Credentials | None:
        """The credentials to unlock with, or None (and a message) if not now."""
        if self.step is not Step.ENTERING:
            return None
        wait = self.wait_seconds(user)
        if wait > 0:
            self.message = FlowWords.tr("Too many failed attempts. Try again in %Ln "
                                     "second(s).", None, max(1, round(wait)))
            return None
        if not user.strip():
            self.message = translate("FlowWords", "Enter your user name.")
            return None
        if not passphrase:
            self.message = translate("FlowWords", "Enter your passphrase.")
            return None
        self.step = Step.BUSY
        self.message = ""
        self._last_user = _comparable(user)
        return Credentials(user.strip(), passphrase)

    def failed(self, message: str, retry_after_seconds: float = 0.0) -> None:
        """The last submitted name was refused; it waits ``retry_after_seconds``."""
        self.step = Step.ENTERING
        self.message = message
        if retry_after_seconds > 0:
            self._retry_at[self._last_user] = self._clock() + retry_after_seconds

    def succeeded(self) -> None:
        self.step = Step.DONE
        self.message = ""

    def restart(self) -> None:
        """Back to an empty form (after a lock); a pending wait still applies."""
        self.step = Step.ENTERING
        self.message = ""


def _comparable(user: str) -> str:
    return normalize_passphrase(user.strip()).casefold()


@dataclass(frozen=True)
class SetupForm:
    user: str
    role: str
    team: str
    site: str
    passphrase: str
    confirmation: str
    recovery_key: str = ""  # the organisation's public recovery key (hex), if it has one


ROLES: tuple[str, ...] = tuple(role.value for role in Role)


class SetupFlow:
    def __init__(self, check: PassphraseCheck = check_new_passphrase) -> None:
        self._check = check
        self.step = Step.ENTERING
        self.problems: tuple[ValidationError, ...] = ()
        self.message = ""

    def validate(self, form: SetupForm) -> tuple[ValidationError, ...]:
        """The problems, in the form's order; empty when the form may be submitted."""
        problems: list[ValidationError] = []
        for name in ("user", "team", "site"):
            if not getattr(form, name).strip():
                problems.append(ValidationError(name, "required", "is required"))
        if form.role not in ROLES:
            problems.append(ValidationError("role", "unknown_code", "choose a role"))
        if not form.passphrase:
            problems.append(ValidationError("passphrase", "required", "is required"))
        else:
            try:
                self._check(form.passphrase, user=form.user.strip(), site=form.site.strip())
            except ValidationError as error:
                problems.append(error)
        if form.passphrase and form.confirmation != form.passphrase:
            problems.append(ValidationError("confirmation", "confirmation_mismatch",
                                            "the two passphrases are not the same"))
        if form.recovery_key.strip():
            try:
                read_public_key(form.recovery_key)
            except ValidationError as error:
                problems.append(error)
        return tuple(problems)

    def submit(self, form: SetupForm) -> SetupForm | None:
        """The cleaned form to create the profile with, or None (see ``problems``)."""
        if self.step is not Step.ENTERING:
            return None
        self.problems = self.validate(form)
        if self.problems:
            self.message = translate("FlowWords", "Please correct the fields marked above.")
            return None
        self.step = Step.BUSY
        self.message = ""
        return SetupForm(form.user.strip(), form.role, form.team.strip(), form.site.strip(),
                         form.passphrase, form.confirmation, form.recovery_key.strip())

    def failed(self, message: str, problems: tuple[ValidationError, ...] = ()) -> None:
        """The service refused: its message, and the problems it named (shown by field)."""
        self.step = Step.ENTERING
        self.message = message
        self.problems = problems

    def succeeded(self) -> None:
        self.step = Step.DONE
        self.message = ""
        self.problems = ()
