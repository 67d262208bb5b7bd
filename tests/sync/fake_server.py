"""An in-process sync server built only from ``domain.merge`` and the wire models, and an
``httpx.MockTransport`` that puts the HTTP contract (docs/sync.md "HTTP") in front of it.

It is not the real server: no database, no authorization per case. It keeps merged state and
a feed like the real one (idempotent by change id, purges redact the feed), so the device
side can be tested end to end without a process or a port. Hooks let a test reject changes,
fail a request, or act between the server's commit and its answer.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

import httpx
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fieldcase.domain.audit_chain import GENESIS, ChainedEvent, check_batch
from fieldcase.domain.merge import CaseState, Change, Rejection, apply_batch, case_conflicts
from fieldcase.sync.enrolment import (
    ENROLMENT_RESPONSE_PURPOSE,
    WIPE_PURPOSE,
    enrolment_response_payload,
    parse_enrolment_request,
    wipe_payload,
)
from fieldcase.sync.protocol import (
    PullRequest,
    PullResponse,
    PushRequest,
    PushResponse,
    compress,
)
from fieldcase.sync.signing import (
    b64url,
    canonical_request,
    fields_from_headers,
    seal,
    unix_seconds,
    verify_signature,
)


@dataclass
class FakeServer:
    """Merged state plus a gap-free feed; ``reject`` may refuse single changes by reason."""

    cases: dict[str, CaseState] = field(default_factory=dict)
    feed: list[Change | None] = field(default_factory=list)
    seen: set[str] = field(default_factory=set)
    reject: Callable[[Change], str | None] | None = None
    out_of_scope: list[str] = field(default_factory=list)
    pushes: list[PushRequest] = field(default_factory=list)
    pulls: list[PullRequest] = field(default_factory=list)
    before_pull: Callable[[PullRequest], None] | None = None
    audit: list[ChainedEvent] = field(default_factory=list)
    """The audit events received (one device's chain, checked like the real server)."""

    def push(self, request: PushRequest) -> PushResponse:
        self.pushes.append(request)
        refused = [Rejection(c.change_id, reason) for c in request.changes
                   if c.change_id not in self.seen and self.reject is not None
                   and (reason := self.reject(c)) is not None]
        refused_ids = {r.change_id for r in refused}
        changes = [c for c in request.changes if c.change_id not in refused_ids]
        touched = {c.case_id for c in changes}
        result = apply_batch({k: v for k, v in self.cases.items() if k in touched}, changes,
                             seen=self.seen)
        self.cases.update(result.cases)
        self.seen.update(result.acknowledged)
        for change in result.applied:
            if change.op == "purge":
                self._redact(change)
            self.feed.append(change)
        return PushResponse(result.acknowledged, (*refused, *result.rejected), result.opened)

    def inject(self, change: Change) -> None:
        """A change made elsewhere (another device, an admin's erasure)."""
        self.push(PushRequest("admin", change.change_id, (change,)))

    def _redact(self, purge: Change) -> None:
        for i, entry in enumerate(self.feed):
            if entry is not None and entry.op != "purge" and entry.case_id == purge.case_id and (
                    purge.purges_case or entry.record_id == purge.record_id):
                self.feed[i] = None

    def pull(self, request: PullRequest) -> PullResponse:
        self.pulls.append(request)
        if self.before_pull is not None:
            self.before_pull(request)
        position = int(request.cursor[1:]) if request.cursor else 0
        page: list[Change] = []
        while position < len(self.feed) and len(page) < request.limit:
            entry = self.feed[position]
            position += 1
            if entry is not None:
                page.append(entry)
        more = position < len(self.feed)
        touched = sorted({c.case_id for c in page})
        conflicts = [c for cid in touched for c in case_conflicts(self.cases[cid])]
        gone = () if more else tuple(self.out_of_scope)
        if not more:
            self.out_of_scope = []
        held, refused = self._take_audit(request.audit) if request.audit else (None, None)
        return PullResponse(tuple(c for c in page if c.op != "purge"),
                            tuple(c for c in page if c.op == "purge"), tuple(conflicts),
                            f"p{position}", more, gone, audit_held=held,
                            audit_refused=refused)

    def _take_audit(self, events: tuple[ChainedEvent, ...]) -> tuple[int, str | None]:
        head = self.audit[-1] if self.audit else None
        checked = check_batch(head.seq if head else 0, head.hash if head else GENESIS,
                              {e.seq: e.hash for e in self.audit}, events)
        self.audit.extend(checked.new)
        return len(self.audit), checked.problem

    def logged(self) -> list[str]:
        """Change ids in the feed, in order (purged content removed)."""
        return [c.change_id for c in self.feed if c is not None]


class HttpFront:
    """The HTTP contract over a :class:`FakeServer`: enrolment with a one-time code, signed
    requests, zstd bodies, revocation with a signed wipe."""

    def __init__(self, server: FakeServer, *, now: Callable[[], datetime]) -> None:
        self.server = server
        self.now = now
        self.key = Ed25519PrivateKey.from_private_bytes(b"\x07" * 32)
        self.codes: dict[str, str] = {}  # code -> user id
        self.devices: dict[str, bytes] = {}  # device id -> public key
        self.revoked: set[str] = set()
        self.requests: list[httpx.Request] = []
        self.fail_next: list[int] = []  # statuses to answer before serving normally
        self.renewed_session: str | None = None  # sent in X-FieldCase-New-Session
        self.server_passphrase = "fake server passphrase"  # what /v1/auth/sign-in accepts
        self.expired_sessions: set[str] = set()  # tokens a sync refuses as session_expired

    @property
    def public_key(self) -> bytes:
        return self.key.public_key().public_bytes_raw()

    def issue_code(self, code: str, user_id: str) -> str:
        self.codes[code.replace("-", "")] = user_id
        return code

    def wipe_for(self, device_id: str, *, key: Ed25519PrivateKey | None = None) -> bytes:
        payload = wipe_payload(wipe_id=b64url(os.urandom(16)), device_id=device_id,
                               issued_at=unix_seconds(self.now()), reason="revoked")
        return seal(WIPE_PURPOSE, payload, (key or self.key).sign)

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.fail_next:
            return _error(self.fail_next.pop(0), "unavailable", "try again later")
        path = request.url.raw_path.decode("ascii")
        if path == "/v1/enrol":
            return self._enrol(request.content)
        fields, signature = fields_from_headers(request.method, path, request.headers)
        public = self.devices.get(fields.device_id)
        if public is None:
            return _error(401, "unknown_device", "unknown device")
        if not verify_signature(public, signature, canonical_request(fields)):
            return _error(401, "bad_signature", "bad signature")
        if fields.device_id in self.revoked:
            body = {"error": "revoked_device", "message": "revoked",
                    "wipe": self.wipe_for(fields.device_id).decode("ascii")}
            return httpx.Response(410, json=body)
        skew = int(fields.timestamp) - unix_seconds(self.now())
        if abs(skew) > 300:
            return _error(401, "stale_timestamp", "clock", skew_seconds=skew)
        if path == "/v1/auth/sign-in":
            return self._sign_in(request.content)
        if fields.session_token in self.expired_sessions:
            return _error(401, "session_expired", "the session has expired")
        if path == "/v1/sync/push":
            answer = self.server.push(PushRequest.from_bytes(request.content)).to_bytes()
        elif path == "/v1/sync/pull":
            answer = self.server.pull(PullRequest.from_bytes(request.content)).to_bytes()
        else:
            return _error(404, "not_found", "no such endpoint")
        headers = {"Content-Encoding": "zstd"}
        if self.renewed_session is not None:
            headers["X-FieldCase-New-Session"] = self.renewed_session
        return httpx.Response(200, content=answer, headers=headers)

    def _sign_in(self, body: bytes) -> httpx.Response:
        """Online sign-in: the passphrase decides; the session header is not looked at."""
        if json.loads(body).get("passphrase") != self.server_passphrase:
            return _error(401, "bad_passphrase", "the server passphrase is not right")
        at = unix_seconds(self.now())
        return httpx.Response(200, json={"session_token": b64url(os.urandom(24)),
                                         "session_expires_at": at + 30 * 86_400,
                                         "server_time": at})

    def _enrol(self, body: bytes) -> httpx.Response:
        parsed = parse_enrolment_request(body)
        user_id = self.codes.pop(parsed.code, None)
        if user_id is None:
            return _error(404, "unknown", "unknown code")
        device_id = f"0197{len(self.devices):04d}-0000-7000-8000-000000000000"
        self.devices[device_id] = parsed.device_public_key
        at = unix_seconds(self.now())
        payload = enrolment_response_payload(
            device_id=device_id, user_id=user_id, device_public_key=parsed.device_public_key,
            server_public_key=self.public_key, session_token=b64url(os.urandom(24)),
            session_expires_at=at + 30 * 86_400, enrolled_at=at - 60)
        return httpx.Response(200, content=seal(ENROLMENT_RESPONSE_PURPOSE, payload,
                                                self.key.sign))


def _error(status: int, kind: str, message: str, **extra: object) -> httpx.Response:
    body = {"kind": kind, "message": message, **extra}
    return httpx.Response(status, content=compress(json.dumps(body).encode()),
                          headers={"Content-Encoding": "zstd"})


def fixed_clock(moment: datetime = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
                ) -> Callable[[], datetime]:
    return lambda: moment
