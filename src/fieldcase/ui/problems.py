"""A broken rule in words, in the interface language: ``problem_text(ValidationError)``.

The services refuse a document with ``ValidationError`` (one) or ``ValidationErrors`` (many):
each has a ``path`` (``person.given_name``), a stable ``rule`` (``too_long``) and ``params``
(``{"max": 200}``). The English ``message`` is for the command line; the window says the same
from the rule, translated, shown beside the field the path names (``forms.binder``). So the
words here do not name the field: the field is right there.

A rule with no words here (one added below the UI after this table) falls back to the
service's English message rather than to nothing; ``tests/ui/test_problems.py`` scans the
sources for rules and fails when one has no words, so that fallback is only ever a stopgap.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from PySide6.QtCore import QLocale

from fieldcase.domain.errors import ValidationError
from fieldcase.domain.passphrase import MAX_LENGTH, MIN_LENGTH
from fieldcase.ui.i18n import QT_TRANSLATE_NOOP, fill, translate

CONTEXT = "problems"

RULE_WORDS: Final[Mapping[str, str]] = {
    # shape and type of a value
    "required": QT_TRANSLATE_NOOP("problems", "Required."),
    "missing": QT_TRANSLATE_NOOP("problems", "Required."),
    "empty": QT_TRANSLATE_NOOP("problems", "Must not be empty."),
    "type": QT_TRANSLATE_NOOP("problems", "This is not the right kind of value."),
    "unknown_key": QT_TRANSLATE_NOOP("problems", "This field is not part of a case."),
    "unknown_field": QT_TRANSLATE_NOOP("problems", "This setting is not part of the policy."),
    "malformed": QT_TRANSLATE_NOOP("problems", "This value could not be read."),
    "unreadable": QT_TRANSLATE_NOOP("problems", "This file could not be read."),
    "other_case": QT_TRANSLATE_NOOP(
        "problems", "These changes were made on another case; open that case to save them."),
    "not_json": QT_TRANSLATE_NOOP("problems", "This is not a document FieldCase can read."),
    "too_deep": QT_TRANSLATE_NOOP("problems", "This document is nested too deeply to read."),
    "too_large": QT_TRANSLATE_NOOP("problems", "This is too large to read."),
    "file_too_large": QT_TRANSLATE_NOOP(
        "problems", "This file is too large (%1): a case keeps files of at most %2. Scan or "
                    "photograph it at a lower resolution."),
    "program": QT_TRANSLATE_NOOP(
        "problems", "This is a program or a script. A case keeps photos, scans and "
                    "documents only."),
    "duplicate_key": QT_TRANSLATE_NOOP("problems", "This field is given twice."),
    "lone_surrogate": QT_TRANSLATE_NOOP("problems",
                                        "This text holds a broken character; type it again."),
    "unknown_code": QT_TRANSLATE_NOOP("problems", "Choose one of the values offered."),
    "too_long": QT_TRANSLATE_NOOP("problems", "Too long: at most %1 characters."),
    "bidi_control": QT_TRANSLATE_NOOP(
        "problems", "Remove the hidden direction marks; type the name as it is written."),
    "invisible": QT_TRANSLATE_NOOP("problems", "Type at least one visible letter."),
    "control_chars": QT_TRANSLATE_NOOP("problems",
                                       "Remove the line breaks or invisible characters."),
    "format": QT_TRANSLATE_NOOP("problems", "This is not written the way it should be."),
    "uuid": QT_TRANSLATE_NOOP("problems", "This record's id is not valid."),
    "duplicate_id": QT_TRANSLATE_NOOP("problems", "Two records have the same id."),
    "immutable": QT_TRANSLATE_NOOP("problems", "This cannot be changed once it is set."),
    "append_only": QT_TRANSLATE_NOOP("problems",
                                     "Entries are kept as written; add a correction instead."),
    "not_an_integer": QT_TRANSLATE_NOOP("problems", "Enter a whole number."),
    "out_of_range": QT_TRANSLATE_NOOP("problems", "Enter a number from %1 to %2."),
    "range": QT_TRANSLATE_NOOP("problems", "This number is outside the allowed range."),
    # dates and ages
    "date_format": QT_TRANSLATE_NOOP("problems", "Enter a real date."),
    "datetime_format": QT_TRANSLATE_NOOP("problems", "Enter a real date and time."),
    "future": QT_TRANSLATE_NOOP("problems", "This date is in the future."),
    "date_order": QT_TRANSLATE_NOOP("problems", "This date is before the one it follows."),
    "max_age": QT_TRANSLATE_NOOP("problems", "This birth date gives an impossible age."),
    "age_or_birth_date": QT_TRANSLATE_NOOP(
        "problems", "Give a date of birth or an estimated age."),
    # consent, referrals, records of a case
    "unknown_reference": QT_TRANSLATE_NOOP("problems", "Choose a consent of this case."),
    "unknown_case": QT_TRANSLATE_NOOP(
        "problems", "No case with this number that you may open is on this laptop."),
    "consent_required": QT_TRANSLATE_NOOP(
        "problems", "The person has not consented to a referral to this service. Record their "
                    "consent first."),
    "consent_withdrawn": QT_TRANSLATE_NOOP(
        "problems", "The person withdrew their consent to this referral, so it cannot be sent."),
    "unknown_service": QT_TRANSLATE_NOOP("problems",
                                         "Choose a service from the service directory."),
    "transfer_required": QT_TRANSLATE_NOOP(
        "problems", "Moving a case to another site is a transfer, which a supervisor makes."),
    "escalation_required": QT_TRANSLATE_NOOP(
        "problems", "Escalate a case, or clear an escalation, with its own action."),
    "same_site": QT_TRANSLATE_NOOP("problems", "The case is already at this site."),
    "no_transfer": QT_TRANSLATE_NOOP("problems", "No transfer of this case is waiting."),
    "not_escalated": QT_TRANSLATE_NOOP("problems", "The case is not escalated."),
    "consent_purpose": QT_TRANSLATE_NOOP("problems", "This consent is not for a referral."),
    "consent_service": QT_TRANSLATE_NOOP("problems",
                                         "This consent was given for another service."),
    "required_for_referral": QT_TRANSLATE_NOOP("problems", "A referral needs this."),
    "only_for_referral": QT_TRANSLATE_NOOP("problems", "Only a consent to refer has this."),
    "confidential_not_allowed": QT_TRANSLATE_NOOP(
        "problems", "Only the assigned worker or a supervisor may record this."),
    "workflow_only": QT_TRANSLATE_NOOP("problems",
                                       "This changes only through the case's workflow actions."),
    "unknown_id": QT_TRANSLATE_NOOP("problems", "This case has no such record."),
    "question_id": QT_TRANSLATE_NOOP("problems", "This question is not in the questionnaire."),
    "unknown_question": QT_TRANSLATE_NOOP("problems",
                                          "This question is not in the questionnaire."),
    "invalid_answer": QT_TRANSLATE_NOOP("problems", "Answer yes, no, or leave it unanswered."),
    "version_mismatch": QT_TRANSLATE_NOOP("problems",
                                          "This questionnaire version is not on this laptop."),
    "instrument_not_found": QT_TRANSLATE_NOOP("problems",
                                              "This questionnaire is not on this laptop."),
    "invalid_context": QT_TRANSLATE_NOOP(
        "problems", "The person's age or journey stage is needed to score this."),
    "invalid_instrument": QT_TRANSLATE_NOOP("problems", "This questionnaire file is damaged."),
    # conflicts, users, enrolment, policy
    "choose_one": QT_TRANSLATE_NOOP("problems", "Choose one of the two values."),
    "self_removal": QT_TRANSLATE_NOOP("problems", "You cannot remove yourself."),
    "supervisor_only": QT_TRANSLATE_NOOP(
        "problems", "Only a supervisor may read the audit log of this laptop."),
    "not_a_url": QT_TRANSLATE_NOOP("problems",
                                   "Enter the server's address, starting with https://"),
    "not_https": QT_TRANSLATE_NOOP("problems",
                                   "The address must start with https:// so nothing is sent "
                                   "in clear."),
    "already_enrolled": QT_TRANSLATE_NOOP("problems", "This laptop is already enrolled."),
    "no_pending_enrolment": QT_TRANSLATE_NOOP(
        "problems", "This enrolment is no longer waiting. Start again with a new code."),
    # the enrolment code (the enrolment dialog names the server's refusals so)
    "code_malformed": QT_TRANSLATE_NOOP(
        "problems", "A code is ten letters and digits, like ABCDE-12345."),
    "code_unknown": QT_TRANSLATE_NOOP(
        "problems", "The server does not know this code. Check it with your administrator."),
    "code_expired": QT_TRANSLATE_NOOP(
        "problems", "This code has expired (a code lasts 24 hours). Ask your administrator "
                    "for a new one."),
    "code_used": QT_TRANSLATE_NOOP(
        "problems", "This code has been used already. Ask your administrator for a new one."),
    # recovery and passphrase changes
    "not_a_recovery_key": QT_TRANSLATE_NOOP(
        "problems", "This is not an organisation recovery key. Choose the key's file, or "
                    "paste all of its text."),
    "wrong_recovery_key": QT_TRANSLATE_NOOP(
        "problems", "This key does not open this laptop: it is another organisation's key, "
                    "or the laptop was set up without one."),
    "unreadable_file": QT_TRANSLATE_NOOP("problems", "This file could not be read."),
    "private_key_given": QT_TRANSLATE_NOOP(
        "problems", "This is the private recovery key. Give the public key; keep the private "
                    "one offline."),
    "not_a_public_key": QT_TRANSLATE_NOOP(
        "problems", "A recovery public key is 64 hexadecimal digits."),
    "unknown_user": QT_TRANSLATE_NOOP("problems", "This laptop has no user of that name."),
    "wrong_passphrase": QT_TRANSLATE_NOOP("problems", "This is not your current passphrase."),
    "unchanged": QT_TRANSLATE_NOOP(
        "problems", "Choose a passphrase different from your current one."),
    "not_below_max_offline_days": QT_TRANSLATE_NOOP(
        "problems", "The warning must come before the limit."),
    "not_a_choice": QT_TRANSLATE_NOOP("problems", "Choose one of the values offered."),
    # duress passphrase and quick wipe (services.protections)
    "policy_forbids": QT_TRANSLATE_NOOP("problems", "Your organisation does not allow this."),
    "policy_requires": QT_TRANSLATE_NOOP("problems", "Your organisation requires this."),
    "same_as_passphrase": QT_TRANSLATE_NOOP(
        "problems", "Choose a duress passphrase different from your passphrase."),
    "not_switched_on": QT_TRANSLATE_NOOP("problems", "Switch quick wipe on first."),
    # a new passphrase (domain.passphrase, and the set-up form's own check)
    "confirmation_mismatch": QT_TRANSLATE_NOOP("problems",
                                               "The two passphrases are not the same."),
    "too_short": QT_TRANSLATE_NOOP(
        "problems", "Use at least %1 characters; several words are easiest."),
    "blocklisted": QT_TRANSLATE_NOOP(
        "problems", "This is one of the most common passwords; choose something else."),
    "repetitive": QT_TRANSLATE_NOOP(
        "problems", "Too repetitive: repeated characters or a repeated short pattern."),
    "sequential": QT_TRANSLATE_NOOP(
        "problems", "A keyboard or alphabet sequence is guessed first; choose something else."),
    "context_word": QT_TRANSLATE_NOOP(
        "problems", "Do not build it from your user name, the site or the product name."),
    # a refused change tried again (services.refusals)
    "already_shown": QT_TRANSLATE_NOOP(
        "problems", "The case already shows these values. Change the case and save it, or "
                    "drop the refused change."),
}

REFUSAL_WORDS: Final[Mapping[str, str]] = {
    # Why the server refused a pushed change (services.refusals.Reason.code), for the rules
    # only the server applies; a rule a device also keeps is said by RULE_WORDS. Said in a
    # list of refused changes, where the field is named beside the words.
    "forbidden": QT_TRANSLATE_NOOP(
        "problems", "You may not make this change on the server: it needs a supervisor of "
                    "the case's team."),
    "not_found": QT_TRANSLATE_NOOP(
        "problems", "The server does not let you change this case: it is not assigned to you, "
                    "or it has moved to another team."),
    "unknown_user": QT_TRANSLATE_NOOP("problems",
                                      "The server does not know this user name."),
    "unknown_site": QT_TRANSLATE_NOOP("problems", "The server does not know this site."),
    "site_outside_team": QT_TRANSLATE_NOOP(
        "problems", "This site belongs to another team: a case moves only between the sites "
                    "of its own team."),
    "assignee_outside_team": QT_TRANSLATE_NOOP(
        "problems", "This person is not in the case's team."),
    "transfer_not_allowed": QT_TRANSLATE_NOOP(
        "problems", "Moving a case to another site is a transfer: a supervisor of the case's "
                    "team makes it, to one of the team's sites."),
    "workflow_transition": QT_TRANSLATE_NOOP(
        "problems", "The case cannot move to this status from the one the server holds. Use "
                    "the case's workflow actions."),
    "case_number_forged": QT_TRANSLATE_NOOP(
        "problems", "This case number is in another laptop's series. Tell your "
                    "administrator."),
    "not_computed": QT_TRANSLATE_NOOP(
        "problems", "The screening result does not follow from its answers. Screen the "
                    "person again on this laptop."),
    "too_large": QT_TRANSLATE_NOOP("problems", "This change is too large to send."),
    "malformed": QT_TRANSLATE_NOOP(
        "problems", "The server could not read this change. Tell your administrator."),
    "change_id_taken": QT_TRANSLATE_NOOP(
        "problems", "The server already holds another change under the same id. Tell your "
                    "administrator."),
    "kind_mismatch": QT_TRANSLATE_NOOP(
        "problems", "The server holds this record as another kind of record. Tell your "
                    "administrator."),
    "case_mismatch": QT_TRANSLATE_NOOP(
        "problems", "The server holds this record in another case. Tell your administrator."),
    "record_mismatch": QT_TRANSLATE_NOOP(
        "problems", "The server holds this record differently. Tell your administrator."),
}
"""Words for the server's own refusals; ``local_<rule>`` (a row this laptop could not read
as a change) is said with LOCAL_REFUSAL."""

LOCAL_REFUSAL = QT_TRANSLATE_NOOP(
    "problems", "This change could not be read on this laptop, so it was not sent. Tell your "
                "administrator.")
TOO_LONG_REFUSAL = QT_TRANSLATE_NOOP("problems", "Too long for the server.")
UNKNOWN_REFUSAL = QT_TRANSLATE_NOOP(
    "problems", "The server did not accept this change (%1).")

PASSPHRASE_TOO_LONG = QT_TRANSLATE_NOOP("problems", "Use at most %1 characters.")


def size_words(size: object) -> str:
    """A number of bytes as a person reads it, in the interface's locale ("2.4 MB")."""
    count = int(size) if isinstance(size, int | str) and str(size).isdigit() else 0
    return QLocale().formattedDataSize(count, 1,
                                       QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def _arguments(error: ValidationError) -> list[str]:
    """The numbers each rule's words quote, in the order of their %1, %2."""
    params = error.params
    if error.rule == "too_short":
        return [str(MIN_LENGTH)]
    if error.rule == "too_long":
        return [str(params.get("max", MAX_LENGTH))]
    if error.rule == "file_too_large":
        return [size_words(params.get("size", 0)), size_words(params.get("max", 0))]
    if error.rule == "out_of_range" and "low" in params:
        return [str(params["low"]), str(params["high"])]
    return []


def refusal_text(code: str, params: Mapping[str, object]) -> str:
    """Why the server refused a change, in words (``services.refusals.Reason``): its own
    rules from REFUSAL_WORDS, a rule the device keeps too from RULE_WORDS (with its
    numbers), an unknown one quoted by its code rather than left unsaid."""
    if code.startswith("local_"):
        return translate(CONTEXT, LOCAL_REFUSAL)
    words = REFUSAL_WORDS.get(code)
    if words is not None:
        return translate(CONTEXT, words)
    if code == "too_long" and "max" not in params:
        return translate(CONTEXT, TOO_LONG_REFUSAL)
    if code in RULE_WORDS:
        numbers = {k: v for k, v in params.items() if isinstance(v, int | str)}
        return problem_text(ValidationError("", code, code, numbers))
    return fill(translate(CONTEXT, UNKNOWN_REFUSAL), code)


def problem_text(error: ValidationError) -> str:
    """The problem in words, without the field's name (it is shown beside the field)."""
    words = RULE_WORDS.get(error.rule)
    if error.rule == "too_long" and "max" not in error.params:
        words = PASSPHRASE_TOO_LONG  # only a passphrase has no "max" of its own
    if error.rule == "out_of_range" and "low" not in error.params:
        words = RULE_WORDS["range"]
    if words is None:
        return error.message
    return fill(translate(CONTEXT, words), *_arguments(error))
