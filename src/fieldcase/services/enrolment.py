"""Enrol this laptop with a server: the one-time code, then the server key the person checks.

Two steps, so a person can compare the server key's fingerprint with the one their
administrator gave them *before* anything is kept:

1. :func:`begin_enrolment` sends the code and checks the server's signed answer (its key
   signs it, and it names this laptop's new key), but stores nothing. It returns an
   :class:`EnrolmentOffer`: the address and the fingerprint to show. The answer itself (the
   new device key, the session) stays in the session, on the thread that owns it, until:
2. :func:`confirm_enrolment` (the fingerprints match) stores the enrolment, pinned server key
   included, in one transaction with its audit event, then fetches the organisation policy;
   or :func:`refuse_enrolment` (they do not) drops it and audits the refusal, since a
   mismatch means someone may be answering in the server's place.

The fingerprint is never typed in after it has been shown (a person would copy what is on the
screen): either the administrator's fingerprint is given with the code (``enroll``, the
command line's ``--fingerprint``), or the person compares the one shown with their paper.

What can go wrong: the code is spent on the server by step 1, so after a refusal the person
needs a new code (and the administrator should revoke the device the spent code made); a lock
between the steps drops the offer with the session, and confirming an offer that is not the
session's current one is refused (``no_pending_enrolment``).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import httpx

from fieldcase.domain.errors import ValidationError
from fieldcase.services import org_policy
from fieldcase.services.session import Session
from fieldcase.storage import cases, sync_state
from fieldcase.storage.sync_state import StoredEnrolment
from fieldcase.sync.client import SyncClient
from fieldcase.sync.enrolment import (
    Enrolment,
    EnrolmentError,
    complete_enrolment,
    server_key_fingerprint,
    start_enrolment,
)

__all__ = ["EnrolmentError", "EnrolmentInfo", "EnrolmentOffer", "begin_enrolment",
           "confirm_enrolment", "enroll", "refuse_enrolment"]

_LOOPBACK = frozenset({"localhost", "127.0.0.1", "::1"})


@dataclass(frozen=True)
class EnrolmentInfo:
    device_id: str
    server_url: str
    server_fingerprint: str


@dataclass(frozen=True)
class EnrolmentOffer:
    """What the person checks before the enrolment is kept; it holds no secret."""

    offer_id: str
    server_url: str
    server_fingerprint: str

    @property
    def host(self) -> str:
        return urlsplit(self.server_url).hostname or self.server_url


@dataclass(frozen=True)
class PendingEnrolment:
    """The checked answer awaiting the person's word: kept in ``Session.pending_enrolment``
    (dropped at lock), never handed to the window."""

    offer: EnrolmentOffer
    enrolment: Enrolment = field(repr=False)
    transport: httpx.BaseTransport | None = field(repr=False)
    random_bytes: Callable[[int], bytes] = field(repr=False)


def _check_server_url(url: str) -> str:
    """HTTPS, or plain HTTP on this machine only (tests, a local server): request bodies are
    case data and only TLS keeps them confidential in transit."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise ValidationError("server", "not_a_url", "the server address must be https://...")
    if parts.scheme == "http" and parts.hostname not in _LOOPBACK:
        raise ValidationError("server", "not_https",
                              "the server address must use https:// (TLS) outside this machine")
    return url.strip().rstrip("/")


def _refuse_if_enrolled(session: Session) -> None:
    if sync_state.load_enrolment(session.store) is not None:
        raise ValidationError("server", "already_enrolled", "this device is already enrolled")


def begin_enrolment(session: Session, server_url: str, code: str,
                    transport: httpx.BaseTransport | None = None, *,
                    device_name: str = "FieldCase device",
                    expected_fingerprint: str | None = None,
                    random_bytes: Callable[[int], bytes] = os.urandom) -> EnrolmentOffer:
    """Redeem the code and check the server's answer; nothing is stored (see the module).

    The request carries the prefix this device numbers its cases under, which the server
    registers as this device's. Should another device hold it already (two 40-bit prefixes
    alike, or a profile that keeps an older 24-bit one), a device that has numbered no case
    yet takes a new prefix and asks again; one that has is refused
    (``case_number_prefix_taken``): its numbers are another device's.

    Raises ValidationError (already enrolled, bad address), EnrolmentError (the code: typed
    wrong, unknown, expired, used, too many tries; the prefix taken; a bad server answer; a
    fingerprint other than ``expected_fingerprint``, audited) or SyncError(offline)."""
    url = _check_server_url(server_url)
    _refuse_if_enrolled(session)
    session.pending_enrolment = None
    with session.store.atomic():
        prefix = cases.case_number_prefix(session.store)
    pending = start_enrolment(code, device_name, random_bytes, case_number_prefix=prefix)
    with SyncClient(url, transport=transport) as client:
        try:
            answer = client.enrol(pending.request_body)
        except EnrolmentError as error:
            if error.kind != "case_number_prefix_taken":
                raise
            with session.store.atomic():  # a fresh device takes another prefix, once
                renewed = cases.renew_unused_case_number_prefix(session.store)
            if renewed is None:
                raise
            pending = start_enrolment(code, device_name, random_bytes,
                                      case_number_prefix=renewed)
            answer = client.enrol(pending.request_body)
    try:
        enrolment = complete_enrolment(pending, answer, expected_fingerprint=expected_fingerprint)
    except EnrolmentError as error:
        if error.kind == "fingerprint_mismatch":
            _audit_refusal(session)
        raise
    offer = EnrolmentOffer(random_bytes(16).hex(), url,
                           server_key_fingerprint(enrolment.server_public_key))
    session.pending_enrolment = PendingEnrolment(offer, enrolment, transport, random_bytes)
    return offer


def _take_pending(session: Session, offer: EnrolmentOffer) -> PendingEnrolment:
    pending, session.pending_enrolment = session.pending_enrolment, None
    if not isinstance(pending, PendingEnrolment) or pending.offer != offer:
        raise ValidationError("server", "no_pending_enrolment",
                              "this enrolment is no longer waiting; start again with a new code")
    return pending


def confirm_enrolment(session: Session, offer: EnrolmentOffer) -> EnrolmentInfo:
    """The person saw the fingerprint match: keep the enrolment (one transaction with its
    audit event), then fetch the organisation policy (a failure there leaves the enrolment in
    place; the next sync asks again)."""
    pending = _take_pending(session, offer)
    _refuse_if_enrolled(session)
    enrolment = pending.enrolment
    stored = StoredEnrolment(
        server_url=offer.server_url, device_id=enrolment.device_id, user_id=enrolment.user_id,
        device_private_key=enrolment.device_private_key,
        server_public_key=enrolment.server_public_key, session_token=enrolment.session_token,
        session_expires_at=enrolment.session_expires_at, enrolled_at=enrolment.enrolled_at,
        enrolled_by=session.actor.user)
    with session.store.atomic():
        sync_state.save_enrolment(session.store, stored)
        session.store.audit(session.actor.user, "device.enrol")
    org_policy.fetch_at_enrolment(session, stored, pending.transport, pending.random_bytes)
    return EnrolmentInfo(enrolment.device_id, offer.server_url, offer.server_fingerprint)


def refuse_enrolment(session: Session, offer: EnrolmentOffer, *, mismatch: bool = True) -> None:
    """The fingerprints differ (``mismatch``), or the person gave up before saying: forget the
    answer and audit which. An offer that is no longer pending has nothing left to forget."""
    pending, session.pending_enrolment = session.pending_enrolment, None
    if isinstance(pending, PendingEnrolment) and pending.offer == offer:
        _audit_refusal(session, "fingerprint_mismatch" if mismatch else "cancelled")


def _audit_refusal(session: Session, reason: str = "fingerprint_mismatch") -> None:
    with session.store.atomic():
        session.store.audit(session.actor.user, "device.enrol_refused",
                            details={"reason": reason})


def enroll(session: Session, server_url: str, code: str,
           transport: httpx.BaseTransport | None = None, *,
           device_name: str = "FieldCase device", expected_fingerprint: str | None = None,
           random_bytes: Callable[[int], bytes] = os.urandom) -> EnrolmentInfo:
    """Both steps at once, for the command line: the fingerprint, when given, is the
    administrator's (``--fingerprint``), checked before anything is kept. See
    :func:`begin_enrolment` for what it raises."""
    offer = begin_enrolment(session, server_url, code, transport, device_name=device_name,
                            expected_fingerprint=expected_fingerprint,
                            random_bytes=random_bytes)
    return confirm_enrolment(session, offer)
