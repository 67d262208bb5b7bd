"""Online sign-in: the person at the laptop proves again, to the server, who they are.

Why it exists: the offline lease (``services.lease``) ends with an online sign-in, not a sync.
A sync is signed with the device key and the stored session, which anyone who can unlock the
laptop can use; the sign-in also needs the user's *server* passphrase (the one the admin set
with ``fieldcase-server user create``), which the server checks. It also repairs a session the
server let lapse or refused, without a new enrolment. And it is how each person on a shared
laptop gets a server session of their own: the request names the local user (local and server
user names are the same), the server checks that person's passphrase, and their changes are
pushed under that session from then on (``sync.engine``, "Shared laptops"); until they sign
in, their changes wait on the laptop.

``sign_in(session, passphrase)`` sends ``POST /v1/auth/sign-in`` through ``SyncClient.sign_in``
(signed and retried like sync), then, in one local transaction: stores the new session as
this user's (``sync_state.save_user_session``) and as the laptop's (``save_session``, for
pulls), records the contact for the lease (``lease.record_sign_in``,
server time), trusts the device's clock as "latest seen" (the server accepted it within
minutes) and writes a ``sign_in`` audit event. The lease on the session is worked out again,
so an expired one is lifted at once.

What can go wrong, as errors the front ends map to words:

- :class:`SignInFailed` kind ``bad_passphrase`` (wrong server passphrase: try again) or
  ``rate_limited`` (too many wrong ones on this device; ``retry_after_seconds``);
- ``SyncError``: ``offline``, ``clock`` (the server says by how much), ``revoked`` (a genuine
  wipe erases the profile, exactly as a sync would: ``services.sync.handle_revoked``),
  ``auth`` (the device itself is unknown to the server: re-enrol), ``server``, ``protocol``.

The passphrase is never stored, logged or put in an audit event or an error message.
"""

from __future__ import annotations

import os
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

import httpx

from fieldcase.domain.errors import FieldCaseError
from fieldcase.domain.lease import LeaseState
from fieldcase.services import lease
from fieldcase.services.session import Session
from fieldcase.services.sync import handle_revoked
from fieldcase.storage import sync_state
from fieldcase.sync.client import RetryPolicy, SyncClient
from fieldcase.sync.errors import SyncError, SyncErrorKind
from fieldcase.sync.signing import DeviceKey, RequestSigner

__all__ = ["SignInFailed", "SignInPrompt", "SignInResult", "prompt", "sign_in"]


class SignInFailed(FieldCaseError):
    """The server refused the passphrase: ``kind`` is ``bad_passphrase`` or ``rate_limited``.
    The message is written for the person and never contains the passphrase."""

    def __init__(self, kind: str, message: str, retry_after_seconds: int | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.retry_after_seconds = retry_after_seconds


@dataclass(frozen=True)
class SignInResult:
    """What changed: the session's new end and the lease as it now stands."""

    session_expires_at: datetime
    server_time: datetime
    lease: LeaseState | None


WRONG_PASSPHRASE_WORDS = ("That is not your server passphrase. Check it and try again (it "  # noqa: S105
                          "is the one your administrator set on the server, not this "
                          "laptop's).")
TOO_MANY_WORDS = ("Too many wrong server passphrases on this laptop. Wait {minutes} minutes, "
                  "then try again.")


@dataclass(frozen=True)
class SignInPrompt:
    """What the sign-in dialog says: the server's host and, in one sentence, why. ``code``
    (``offline``, ``clock``, ``session``, ``first``: this person has no session of their own
    on this laptop yet) and ``days`` (offline) say the same for a front end
    that words it in another language; ``reason`` is the English sentence."""

    host: str
    reason: str
    code: str = "session"
    days: int | None = None


def prompt(session: Session) -> SignInPrompt:
    """The host to name ("Sign in to <host>") and why a sign-in is asked for now: days offline,
    a clock set back, or (lease still fine) a session the server ended. Raises SyncError(auth)
    when the profile is not enrolled. Reads counts and times only, never case content."""
    enrolment = sync_state.load_enrolment(session.store)
    if enrolment is None:
        raise SyncError(SyncErrorKind.AUTH, "this device is not enrolled: run enroll first")
    host = httpx.URL(enrolment.server_url).host or enrolment.server_url
    now = session.now()
    state = lease.evaluate(session.store, now, session.lease_policy)
    contact = lease.last_contact(session.store)
    days: int | None = None
    if state is None or not state.needs_online_sign_in:
        if not sync_state.has_user_session(session.store, session.actor.user, now):
            return SignInPrompt(host, "You have not signed in to the server on this laptop "
                                "yet: sign in once, so your changes are sent as yours.",
                                "first")
        code, reason = "session", "The server has ended this laptop's session"
    elif contact is None or state.expires_at is None or now < state.expires_at:
        code, reason = "clock", "This laptop's clock is behind a time it has already seen"
    else:
        days = lease.days_offline(contact, now)
        code = "offline"
        reason = f"This laptop has not been online for {days} day{'s' if days != 1 else ''}"
    return SignInPrompt(host, f"{reason}, so the server must check that it is still you.",
                        code, days)


def sign_in(session: Session, passphrase: str, transport: httpx.BaseTransport | None = None,
            *, sleep: Callable[[float], None] | None = None, rng: random.Random | None = None,
            retry: RetryPolicy | None = None,
            random_bytes: Callable[[int], bytes] = os.urandom) -> SignInResult:
    """Sign in online with the user's server passphrase; see the module docstring."""
    store = session.store
    enrolment = sync_state.load_enrolment(store)
    if enrolment is None:
        raise SyncError(SyncErrorKind.AUTH, "this device is not enrolled: run enroll first")
    if not passphrase:
        raise SignInFailed("bad_passphrase", "Enter your server passphrase.")
    signer = RequestSigner(DeviceKey(enrolment.device_private_key), enrolment.device_id,
                           enrolment.session_token, now=session.now, random_bytes=random_bytes)
    try:
        with SyncClient(enrolment.server_url, signer=signer, transport=transport, retry=retry,
                        sleep=sleep, rng=rng) as client:
            answer = client.sign_in(passphrase, user=session.actor.user)
    except SyncError as error:
        if error.error_kind is SyncErrorKind.REVOKED:
            handle_revoked(session, enrolment, error)
        refused = _refusal(error)
        with store.atomic():
            store.audit(session.actor.user, "sign_in.failed",
                        details={"kind": refused.kind if refused else error.kind})
        if refused is not None:
            raise refused from None
        raise
    now = session.now()
    with store.atomic():
        sync_state.save_user_session(store, session.actor.user, answer.session_token,
                                     answer.session_expires_at)
        sync_state.save_session(store, answer.session_token, answer.session_expires_at)
        lease.record_sign_in(store, answer.server_time)
        lease.note_seen(store, now, trusted=True)
        store.audit(session.actor.user, "sign_in")
    session.lease = lease.evaluate(store, now, session.lease_policy)
    return SignInResult(answer.session_expires_at, answer.server_time, session.lease)


def _refusal(error: SyncError) -> SignInFailed | None:
    if error.server_kind == "bad_passphrase":
        return SignInFailed("bad_passphrase", WRONG_PASSPHRASE_WORDS)
    if error.server_kind == "rate_limited":
        return SignInFailed("rate_limited", TOO_MANY_WORDS.format(minutes=15), 15 * 60)
    return None
