"""The recovery and passphrase-change forms as plain state machines, tested without widgets.

Like ``unlock_flow.SetupFlow``: ``validate`` returns every problem as a ``ValidationError``
(path = the form's field, a rule), the same shape as a service refusal, so the dialog's binder
shows them beside their fields before the slow key derivation starts. The service checks
again (the recovery form cannot know the user's site, which the policy also refuses as part of
a passphrase), and its problems come back through ``failed``.

- ``recovery_problems``: user name, recovery key, the new passphrase twice.
- ``change_problems``: the current passphrase, the new one twice, and the new one different.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from fieldcase.domain.errors import ValidationError
from fieldcase.domain.passphrase import normalize_passphrase
from fieldcase.ui.i18n import translate
from fieldcase.ui.messages import OperationError
from fieldcase.ui.profile_calls import check_new_passphrase
from fieldcase.ui.unlock_flow import FlowWords, PassphraseCheck, Step

F = TypeVar("F")


@dataclass(frozen=True)
class RecoveryForm:
    user: str
    recovery_key: str
    passphrase: str
    confirmation: str

    def __repr__(self) -> str:  # the key and the passphrases stay out of logs
        return f"RecoveryForm(user={self.user!r})"


@dataclass(frozen=True)
class ChangeForm:
    current: str
    passphrase: str
    confirmation: str

    def __repr__(self) -> str:
        return "ChangeForm(…)"


def _required(path: str) -> ValidationError:
    return ValidationError(path, "required", "is required")


def new_passphrase_problems(passphrase: str, confirmation: str, *, user: str, site: str,
                            check: PassphraseCheck) -> list[ValidationError]:
    """The policy's verdict on ``passphrase`` and whether ``confirmation`` repeats it."""
    if not passphrase:
        return [_required("passphrase")]
    problems = []
    try:
        check(passphrase, user=user, site=site)
    except ValidationError as error:
        problems.append(error)
    if confirmation != passphrase:
        problems.append(ValidationError("confirmation", "confirmation_mismatch",
                                        "the two passphrases are not the same"))
    return problems


def recovery_problems(form: RecoveryForm, check: PassphraseCheck = check_new_passphrase
                      ) -> tuple[ValidationError, ...]:
    problems = [_required(path) for path in ("user", "recovery_key")
                if not getattr(form, path).strip()]
    problems += new_passphrase_problems(form.passphrase, form.confirmation,
                                        user=form.user.strip(), site="", check=check)
    return tuple(problems)


def change_problems(form: ChangeForm, *, user: str, site: str,
                    check: PassphraseCheck = check_new_passphrase
                    ) -> tuple[ValidationError, ...]:
    problems = [] if form.current else [_required("current_passphrase")]
    if form.current and form.passphrase and \
            normalize_passphrase(form.passphrase) == normalize_passphrase(form.current):
        problems.append(ValidationError("passphrase", "unchanged",
                                        "the new passphrase must differ from the current one"))
    else:
        problems += new_passphrase_problems(form.passphrase, form.confirmation, user=user,
                                            site=site, check=check)
    return tuple(problems)


class FormFlow(Generic[F]):
    """entering -> busy -> done, or back to entering with the problems and a message."""

    def __init__(self, validate: Callable[[F], tuple[ValidationError, ...]]) -> None:
        self._validate = validate
        self.step = Step.ENTERING
        self.problems: tuple[ValidationError, ...] = ()
        self.message = ""

    def submit(self, form: F) -> F | None:
        """The form to send, or None (see ``problems``) if not now."""
        if self.step is not Step.ENTERING:
            return None
        self.problems = self._validate(form)
        if self.problems:
            self.message = translate("FlowWords", "Please correct the fields marked above.")
            return None
        self.step, self.message = Step.BUSY, ""
        return form

    def failed(self, error: OperationError) -> None:
        """The service refused: its problems go beside their fields (the message line then
        only points at them; a problem without a field takes the message line instead); a
        wait is said in words that fit a passphrase form (the unlock screen's say "unlock")."""
        self.step = Step.ENTERING
        self.problems = error.problems
        if error.problems:  # each is said beside its field; not twice
            self.message = translate("FlowWords", "Please correct the fields marked above.")
        elif error.kind == "locked" and error.retry_after_seconds > 0:
            self.message = FlowWords.tr("Too many wrong passphrases. Try again in %Ln "
                                        "second(s).", None,
                                        max(1, round(error.retry_after_seconds)))
        else:
            self.message = error.message

    def succeeded(self) -> None:
        self.step, self.message, self.problems = Step.DONE, "", ()
