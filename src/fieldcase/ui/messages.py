"""Turn any error from a service into words a field worker can act on, in their language.

Every FieldCase error carries a ``kind`` (and some a reason code and numbers: seconds to wait,
days offline, a clock's skew); this module maps them to translated sentences, each a whole
template whose numbers are parameters (``%Ln``, ``%1``), never English fragments glued together.
So no stack trace or internal detail reaches the screen. A refused document keeps its
``ValidationError`` problems (path, rule, params) in ``OperationError.problems``: a form shows
each beside its field (``forms.binder``), in the words of ``problems.problem_text``.

The text of an *unexpected* exception is never shown or logged, because it might quote data:
only its type name is, so an administrator can still tell one failure from another. An error
of the project's own whose kind has no words here yet shows its English message inside a
translated sentence: it was written to be shown (it names a rule, never case content).

Translation happens where ``describe`` runs (the runner's worker thread):
``QCoreApplication.translate`` is thread-safe, and the language is fixed before the first call.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Final

from fieldcase.domain.errors import FieldCaseError, ValidationError, ValidationErrors
from fieldcase.sync.errors import EnrolmentError, SyncError, SyncErrorKind
from fieldcase.ui.i18n import QT_TRANSLATE_NOOP, Context, fill, translate
from fieldcase.ui.problems import problem_text

log = logging.getLogger(__name__)

CONTEXT = "Messages"


class Messages(Context):
    """The translation context of this module's sentences (see ``i18n.Context``)."""


class SessionClosed(FieldCaseError):
    """A call reached the runner while no profile was unlocked (after a lock, for example)."""

    kind = "session_closed"

    def __init__(self) -> None:
        super().__init__("FieldCase is locked. Unlock it to continue.")


@dataclass(frozen=True)
class OperationError:
    """What the UI shows when an operation fails: ``message`` in the interface language;
    ``problems`` the broken rules of a refused document, for the form to place."""

    kind: str
    message: str
    retry_after_seconds: float = 0.0
    problems: tuple[ValidationError, ...] = ()


_FIXED: Final = {
    "session_closed": QT_TRANSLATE_NOOP("Messages", "FieldCase is locked. Unlock it to continue."),
    "not_found": QT_TRANSLATE_NOOP(
        "Messages", "That case is not on this device. It may have been erased, or not synced "
                    "yet."),
    "storage_full": QT_TRANSLATE_NOOP(
        "Messages", "The disk is full, so nothing was saved. Free some space and try again."),
    "corrupt": QT_TRANSLATE_NOOP(
        "Messages", "The case store is damaged. Do not delete anything; contact your "
                    "administrator."),
    "read_only": QT_TRANSLATE_NOOP(
        "Messages", "The case store can only be read here, so nothing was saved. Contact your "
                    "administrator."),
    "migration": QT_TRANSLATE_NOOP(
        "Messages", "The case store could not be upgraded. Contact your administrator."),
    "no_profile": QT_TRANSLATE_NOOP("Messages", "Wrong user name or passphrase."),
    "bad_passphrase": QT_TRANSLATE_NOOP(
        "Messages", "That is not your server passphrase. Check it and try again (it is the one "
                    "your administrator set on the server, not this laptop's)."),
}

_SYNC: Final = {
    SyncErrorKind.OFFLINE: QT_TRANSLATE_NOOP(
        "Messages", "No connection. Your changes are kept on this laptop; sync again later."),
    SyncErrorKind.AUTH: QT_TRANSLATE_NOOP(
        "Messages", "The server did not accept this laptop's sign-in. Your changes are kept on "
                    "this laptop; ask your administrator to enrol it again."),
    SyncErrorKind.SERVER: QT_TRANSLATE_NOOP(
        "Messages", "The server had a problem. Your changes are kept on this laptop; sync "
                    "again later."),
    SyncErrorKind.PROTOCOL: QT_TRANSLATE_NOOP(
        "Messages", "The server's answer could not be understood. Your changes are kept on "
                    "this laptop; tell your administrator if this keeps happening."),
    SyncErrorKind.CANCELLED: QT_TRANSLATE_NOOP("Messages", "Sync cancelled. Nothing was lost."),
    SyncErrorKind.STORE_ROLLED_BACK: QT_TRANSLATE_NOOP(
        "Messages", "This laptop's cases are older than what it already sent to the server: "
                    "changes made here before are missing on this laptop (the server still has "
                    "them). Nothing was sent. Stop working on this laptop's cases and tell your "
                    "administrator."),
}

ERASED: Final = QT_TRANSLATE_NOOP(
    "Messages", "Your organisation revoked this laptop, so it has erased its cases. Set it up "
                "again only if your administrator asks you to.")
WIPE_IGNORED: Final = QT_TRANSLATE_NOOP(
    "Messages", "The server says this laptop is revoked, but the erase instruction did not "
                "check out, so nothing was erased. Tell your administrator now.")


def message(text: str) -> str:
    """One of this module's sentences (marked with QT_TRANSLATE_NOOP) in the interface
    language."""
    return translate(CONTEXT, text)  # marked where the text is defined


def duration_words(seconds: float) -> str:
    """"2 days 1 hour", "7 minutes": the two largest units of a length of time, each a plural
    message of its own (Arabic has six plural forms) and their order a template too."""
    amount = int(abs(seconds))
    days, rest = divmod(amount, 86_400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    named = []
    if days:
        named.append(Messages.tr("%Ln day(s)", None, days))
    if hours:
        named.append(Messages.tr("%Ln hour(s)", None, hours))
    if minutes and len(named) < 2:
        named.append(Messages.tr("%Ln minute(s)", None, minutes))
    named = named[:2]
    if not named:
        return Messages.tr("%Ln second(s)", None, secs)
    if len(named) == 1:
        return named[0]
    return fill(translate("Messages", "%1 %2", "two units of a length of time"), *named)


def describe_sync_error(error: SyncError) -> OperationError:
    """A sync failure in words; kind ``erased`` when a genuine wipe erased the profile (the
    app goes back to its first-run screen)."""
    kind = error.error_kind
    if kind is SyncErrorKind.REVOKED:
        if error.erased:
            return OperationError("erased", message(ERASED))
        return OperationError(kind.value, message(WIPE_IGNORED))
    if kind is SyncErrorKind.CLOCK:
        return OperationError(kind.value, clock_words(error.skew_seconds))
    return OperationError(kind.value, message(_SYNC[kind]))


def clock_words(skew_seconds: int | None) -> str:
    if skew_seconds is None:
        return translate("Messages", "This laptop's clock does not agree with the server's. "
                         "Set the date and time, then sync again. Your changes are kept on this "
                         "laptop.")
    if skew_seconds > 0:
        template = translate("Messages", "This laptop's clock is %1 ahead of the server's. "
                             "Set the date and time, then sync again. Your changes are kept on "
                             "this laptop.")
    else:
        template = translate("Messages", "This laptop's clock is %1 behind the server's. "
                             "Set the date and time, then sync again. Your changes are kept on "
                             "this laptop.")
    return fill(template, duration_words(skew_seconds))


ENROLMENT_CODE_RULES: Final = {
    "malformed_code": "code_malformed", "unknown": "code_unknown", "expired": "code_expired",
    "used": "code_used"}
"""Refusals of the code itself, said beside the code's field (``problems.RULE_WORDS``)."""


def describe_enrolment_error(error: EnrolmentError) -> OperationError:
    """A refused enrolment in words: a problem with the code goes beside the code's field;
    an answer that does not check out says nothing was kept."""
    rule = ENROLMENT_CODE_RULES.get(error.kind)
    if rule is not None:
        problem = ValidationError("code", rule, str(error))
        return OperationError(error.kind, problem_text(problem), problems=(problem,))
    if error.kind == "rate_limited":
        wait = float(error.retry_after_seconds or 0)
        minutes = max(1, round(wait / 60)) if wait else 15
        return OperationError(error.kind, Messages.tr(
            "Too many enrolment attempts from this network. Wait %Ln minute(s), then try "
            "again.", None, minutes), wait)
    if error.kind == "fingerprint_mismatch":
        return OperationError(error.kind, translate(
            "Messages", "The server's key is not the one your administrator gave you, so "
                        "nothing was kept. Tell your administrator."))
    if error.kind == "case_number_prefix_taken":
        return OperationError(error.kind, translate(
            "Messages", "Another laptop already numbers its cases the way this one does, so "
                        "nothing was kept. Tell your administrator; this laptop's cases are "
                        "safe."))
    return OperationError(error.kind, translate(
        "Messages", "The server's answer did not check out, so nothing was kept. Check the "
                    "address; if it happens again, tell your administrator."))


def validation_error(error: ValidationError | ValidationErrors) -> OperationError:
    """A refused document: every problem kept; the message is the first problem's words
    (a form shows each beside its field; a view without fields shows the message)."""
    problems = error.errors if isinstance(error, ValidationErrors) else (error,)
    first = problem_text(problems[0])
    if len(problems) == 1:
        return OperationError("validation", first, problems=problems)
    text = Messages.tr("%Ln problem(s) to correct. The first: %1", None, len(problems))
    return OperationError("validation", fill(text, first), problems=problems)


def _locked(error: BaseException, retry_after: float) -> str:
    if retry_after > 0:
        return Messages.tr("Unlock refused. Try again in %Ln second(s).", None,
                           max(1, round(retry_after)))
    return translate("Messages", "Wrong user name or passphrase.")


def _by_kind(kind: str, error: BaseException, retry_after: float) -> str | None:
    """Words for the kinds whose numbers come from the error's own attributes."""
    if kind in ("locked", "throttled"):
        return _locked(error, retry_after)
    if kind == "rate_limited":
        minutes = max(1, round(retry_after / 60)) if retry_after else 15
        return Messages.tr("Too many wrong server passphrases on this laptop. "
                         "Wait %Ln minute(s), then try again.", None, minutes)
    lease_ran_out = kind == "sign_in_required" and getattr(error, "reason", "") == "lease"
    if kind == "lease_expired" or lease_ran_out:
        days = getattr(error, "days_offline", None)
        if days is None:
            return translate("Messages", "This laptop's clock is behind a time it has already "
                             "seen. Connect and sign in to the server before working on cases.")
        return Messages.tr("This laptop has not been online for %Ln day(s). Connect "
                         "and sign in to the server before working on cases.", None, days)
    if kind == "sign_in_required":
        return translate("Messages", "The server needs you to sign in again before this "
                         "laptop syncs.")
    if kind == "clock_drift":
        drift = getattr(error, "drift_ms", 0) / 1000
        return fill(translate("Messages", "Another device's clock is %1 ahead of this one. "
                              "Check this laptop's date, time and time zone."),
                    duration_words(drift))
    return None


def describe(error: BaseException) -> OperationError:
    """The kind and the words to show for ``error``."""
    if isinstance(error, SyncError):
        return describe_sync_error(error)
    if isinstance(error, EnrolmentError):
        return describe_enrolment_error(error)
    if isinstance(error, ValidationError | ValidationErrors):
        return validation_error(error)
    kind = getattr(error, "kind", None)
    retry_after = float(getattr(error, "retry_after_seconds", 0.0) or 0.0)
    if isinstance(kind, str) and kind in _FIXED:
        return OperationError(kind, message(_FIXED[kind]), retry_after)
    if isinstance(kind, str) and (text := _by_kind(kind, error, retry_after)) is not None:
        return OperationError(kind, text, retry_after)
    if isinstance(error, FieldCaseError):
        # workflow and permission reasons, and kinds added below the UI since: the service's
        # own English words (written to be shown) inside a translated sentence.
        template = translate("Messages", "Not done: %1")
        return OperationError(error.kind, fill(template, str(error)), retry_after)
    name = type(error).__name__
    log.error("operation failed with an unexpected %s", name)
    return OperationError("internal", fill(translate(
        "Messages", "Something went wrong (%1). Try again; if it keeps happening, tell your "
                 "administrator."), name))
