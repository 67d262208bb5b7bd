"""The two emergency protections a person can switch on from the app: a duress passphrase and
the quick wipe (docs/security.md, "Duress and quick wipe").

- **Duress passphrase**: typed at the unlock screen instead of the real one, it crypto-erases
  the profile (``storage.keys``: the key slots overwritten, the store deleted) and the screen
  answers exactly as it does to a wrong passphrase; the laptop then starts at its first-run
  screen. Each user sets their own, proving their passphrase.
- **Quick wipe**: a declared action (a shortcut) that erases the profile at once, after one
  confirmation, with the same crypto-erase. Off until the person switches it on, so a slip of
  the fingers cannot wipe a laptop of someone who never asked for it.

The organisation's policy decides who decides (``OrgPolicy.duress`` and ``quick_wipe``):

- ``user`` (the default, and what an older server means): each person switches it on or off;
- ``on``: required. Quick wipe is on for everyone and cannot be switched off; a duress
  passphrase cannot be removed, and ``status`` says one is still to be set (the app asks for
  it in the settings dialog until it is);
- ``off``: forbidden. Quick wipe is off and cannot be switched on; a duress passphrase cannot
  be set, and the next unlock removes every one the profile holds
  (``services.profile.unlock``).

Nothing here ever stores, logs or audits a passphrase. Audit events: ``duress.set``,
``duress.remove``, ``quick_wipe.on``, ``quick_wipe.off`` (the wipe itself leaves no log: it
erases it).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from fieldcase.domain import passphrase as passphrase_policy
from fieldcase.domain.errors import ValidationError
from fieldcase.services import profile
from fieldcase.services.org_policy import device_policy
from fieldcase.services.session import Session
from fieldcase.storage.keys import KeyManagementError

QUICK_WIPE_KEY: Final = "quick_wipe"
"""A ``meta`` row inside the store: "1" when the laptop's people switched quick wipe on."""


@dataclass(frozen=True, slots=True)
class Protections:
    """What the settings dialog shows: each protection's rule and whether it is on."""

    duress_rule: str  # user / on / off (the organisation's policy)
    duress_set: bool  # the signed-in user has a duress passphrase
    quick_wipe_rule: str
    quick_wipe_on: bool

    @property
    def duress_missing(self) -> bool:
        """The organisation requires a duress passphrase and this user has none yet."""
        return self.duress_rule == "on" and not self.duress_set


def _rules(session: Session) -> tuple[str, str]:
    policy = device_policy(session)
    return ("user", "user") if policy is None else (policy.duress, policy.quick_wipe)


def status(session: Session) -> Protections:
    duress_rule, wipe_rule = _rules(session)
    keys = profile.key_slots(session)
    has = keys.has_duress(session.store.connection.path.parent, session.data_key,
                          session.actor.user)
    with session.store.reading():
        chosen = session.store.meta(QUICK_WIPE_KEY) == "1"
    wipe_on = wipe_rule == "on" or (wipe_rule == "user" and chosen)
    return Protections(duress_rule, has, wipe_rule, wipe_on)


def set_duress_passphrase(session: Session, *, passphrase: str, duress: str) -> None:
    """Set (or replace) the signed-in user's duress passphrase. ``passphrase`` is their own,
    proved here (a wrong one counts as a failed unlock, as a passphrase change does).

    Refused as ValidationError: ``duress`` forbidden by the policy (``policy_forbids``),
    too short or common (the passphrase policy: a duress passphrase is typed under pressure
    and must not be guessed by accident), the same as the passphrase (``same_as_passphrase``),
    ``current_passphrase`` wrong (``wrong_passphrase``)."""
    if _rules(session)[0] == "off":
        raise ValidationError("duress", "policy_forbids",
                              "your organisation does not allow a duress passphrase")
    if passphrase_policy.normalize_passphrase(duress) == \
            passphrase_policy.normalize_passphrase(passphrase):
        raise ValidationError("duress", "same_as_passphrase",
                              "the duress passphrase must differ from your passphrase")
    try:
        profile.check_new_passphrase(duress, user=session.actor.user, site=session.actor.site)
    except ValidationError as error:
        raise ValidationError("duress", error.rule, error.message) from None
    cost = session.kdf or profile.calibrated_cost()
    keys = profile.key_slots(session, kdf=cost)
    try:
        with profile.typed_passphrase("current_passphrase", "the current passphrase is not right"):
            keys.set_duress_passphrase(session.store.connection.path.parent,
                                       session.actor.user, passphrase, duress, cost)
    except KeyManagementError as error:
        raise ValidationError("duress", error.kind, str(error)) from None
    _audit(session, "duress.set")


def remove_duress_passphrase(session: Session) -> None:
    """Remove the signed-in user's duress passphrase; refused while the policy requires one."""
    if _rules(session)[0] == "on":
        raise ValidationError("duress", "policy_requires",
                              "your organisation requires a duress passphrase")
    profile.key_slots(session).remove_duress(session.store.connection.path.parent,
                                             session.data_key, session.actor.user)
    _audit(session, "duress.remove")


def set_quick_wipe(session: Session, on: bool) -> None:
    """Switch the quick wipe on or off for this laptop; refused where the policy decides."""
    rule = _rules(session)[1]
    if rule != "user" and (rule == "on") != on:
        raise ValidationError("quick_wipe", "policy_requires" if rule == "on"
                              else "policy_forbids", "your organisation decides this")
    with session.store.atomic():
        session.store.set_meta(QUICK_WIPE_KEY, "1" if on else "0")
        session.store.audit(session.actor.user, "quick_wipe.on" if on else "quick_wipe.off")


def quick_wipe(session: Session) -> None:
    """Erase the profile now: the session is closed, then the same crypto-erase as a duress
    passphrase (key slots overwritten in place and removed, the store and attachment files
    deleted). Refused (nothing changed) unless quick wipe is on."""
    if not status(session).quick_wipe_on:
        raise ValidationError("quick_wipe", "not_switched_on", "quick wipe is not switched on")
    folder = session.store.connection.path.parent
    keys = profile.key_slots(session)
    session.close()
    keys.erase(folder)


def _audit(session: Session, action: str) -> None:
    with session.store.atomic():
        session.store.audit(session.actor.user, action)
