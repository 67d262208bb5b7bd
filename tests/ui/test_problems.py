"""Every rule the services can break has words in the interface language, numbers included."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from fieldcase.domain.errors import ValidationError
from fieldcase.domain.passphrase import MIN_LENGTH, PROBLEM_MESSAGES
from fieldcase.ui.problems import REFUSAL_WORDS, RULE_WORDS, problem_text, refusal_text

SOURCES = Path(__file__).resolve().parents[2] / "src" / "fieldcase"
# fail(path, "rule", ...), ValidationError(path, "rule", ...), PolicyError(path, "rule", ...):
# the rule is the first string literal after the path argument.
_RAISED = re.compile(
    r"(?:\.fail|ValidationError|PolicyError)\(\s*[^,()]*(?:\([^()]*\))?[^,()]*,\s*\"([a-z_]+)\"")


def rules_in_the_sources() -> set[str]:
    found: set[str] = set()
    for path in SOURCES.rglob("*.py"):
        if "ui" in path.relative_to(SOURCES).parts[:1] or "server" in path.parts:
            continue  # the server's refusals reach devices as quarantine reasons
        found.update(_RAISED.findall(path.read_text(encoding="utf-8")))
    return found


def test_the_scan_finds_the_rules_it_is_meant_to() -> None:
    """A check that proves it can fail: the scan sees known rules in several files."""
    rules = rules_in_the_sources()
    assert {"required", "too_long", "date_order", "not_https", "out_of_range"} <= rules


def test_every_rule_the_services_raise_has_words(qapp: QApplication) -> None:
    rules = rules_in_the_sources() | set(PROBLEM_MESSAGES)  # the passphrase policy's too
    missing = sorted(rules - set(RULE_WORDS))
    assert not missing, f"give these rules words in ui/problems.py: {missing}"


@pytest.mark.parametrize(("error", "words"), [
    (ValidationError("notes[0].text", "too_long", "…", {"max": 4000}),
     "Too long: at most 4000 characters."),
    (ValidationError("passphrase", "too_long", "…"), "Use at most 256 characters."),
    (ValidationError("passphrase", "too_short", "…"),
     f"Use at least {MIN_LENGTH} characters; several words are easiest."),
    (ValidationError("auto_lock_minutes", "out_of_range", "…", {"low": 1, "high": 60}),
     "Enter a number from 1 to 60."),
    (ValidationError("x", "out_of_range", "no such side"),
     "This number is outside the allowed range."),
    (ValidationError("x", "rule_added_later", "the service's own words"),
     "the service's own words"),
])
def test_a_problem_is_said_with_its_numbers(qapp: QApplication, error: ValidationError,
                                            words: str) -> None:
    assert problem_text(error) == words


# The server's refusals reach a device as reasons (services.refusals.Reason.code): the rule
# of refusal("kind", "field", "rule"), a reason constant, or a literal given to Rejection.
_SERVER_REASONS = (
    re.compile(r"refusal\(\s*\"[a-z_]+\",\s*\"[a-z_]+\",\s*\"([a-z_]+)\"\)"),
    re.compile(r"^[A-Z_]+ = \"([a-z_]+)\"$", re.MULTILINE),
    re.compile(r"Rejection\([^,()]+,\s*\"([a-z_]+)\"\)"),
)


def server_reasons() -> set[str]:
    found: set[str] = set()
    for name in ("sync_authz.py", "push_rules.py", "push_validation.py", "sync_push.py"):
        text = (SOURCES / "server" / name).read_text(encoding="utf-8")
        for pattern in _SERVER_REASONS:
            found.update(pattern.findall(text))
    return found - {"invalid"}  # the prefix of invalid.<field>.<rule>: a device rule follows


def test_the_reason_scan_finds_the_servers_refusals() -> None:
    assert {"forbidden", "not_found", "transfer_not_allowed", "site_outside_team",
            "change_id_taken"} <= server_reasons()


def test_every_reason_the_server_refuses_with_has_words(qapp: QApplication) -> None:
    missing = sorted(server_reasons() - set(REFUSAL_WORDS) - set(RULE_WORDS))
    assert not missing, f"give these refusals words in ui/problems.py: {missing}"


@pytest.mark.parametrize(("code", "params", "words"), [
    ("transfer_not_allowed", {}, "Moving a case to another site is a transfer: a supervisor "
                                 "of the case's team makes it, to one of the team's sites."),
    ("too_long", {"max": 20000}, "Too long: at most 20000 characters."),
    ("too_long", {}, "Too long for the server."),
    ("unknown_code", {}, "Choose one of the values offered."),
    ("local_unreadable", {}, "This change could not be read on this laptop, so it was not "
                             "sent. Tell your administrator."),
    ("rule_of_a_newer_server", {}, "The server did not accept this change "
                                   "(rule_of_a_newer_server)."),
])
def test_a_refusal_is_said_in_words(qapp: QApplication, code: str, params: dict[str, int],
                                    words: str) -> None:
    assert refusal_text(code, params) == words
