"""A shared laptop's push (``SyncEngine(per_person=True)``) against an in-process server that
records which session each request went under: runs by author in outbox order, changes
waiting for a sign-in together with what follows on their case, and a session the server
refuses mid-round. The same over a real server: ``tests/e2e/test_shared_laptop.py``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from fieldcase.domain.merge import edit_change
from fieldcase.services import profile
from fieldcase.services.session import Session
from fieldcase.storage import merged_cases, sync_state
from fieldcase.storage.keyslots import KdfParams
from fieldcase.sync.engine import SyncEngine
from fieldcase.sync.errors import SyncError, SyncErrorKind
from fieldcase.sync.protocol import PushRequest, PushResponse
from fieldcase.sync.steps import Inline

from .fake_server import FakeServer

NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
TOKENS = {"selam": "token-of-selam", "amina": "token-of-amina"}  # bilal never signed in


@dataclass
class PeopleServer(FakeServer):
    """Records (session, authors) per push; refuses the sessions in ``ended``."""

    sent: list[tuple[str | None, tuple[str, ...]]] = field(default_factory=list)
    ended: set[str] = field(default_factory=set)

    def push(self, request: PushRequest, session_token: str | None = None) -> PushResponse:
        if session_token in self.ended:
            raise SyncError(SyncErrorKind.AUTH, "refused", status=401,
                            server_kind="invalid_session")
        self.sent.append((session_token, tuple(c.author for c in request.changes)))
        return super().push(request)


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[Session]:
    kdf = KdfParams.insecure_for_tests()
    profile.create_profile(tmp_path, user="selam", passphrase="correct horse battery staple",
                           role="supervisor", team="lamp", site="LAMP-01", kdf=kdf,
                           now=lambda: NOW)
    session = profile.unlock(tmp_path, user="selam", passphrase="correct horse battery staple",
                             kdf=kdf, now=lambda: NOW)
    with session.store.atomic():
        for user, token in TOKENS.items():
            sync_state.save_user_session(session.store, user, token, NOW + timedelta(days=9))
    yield session
    session.close()


def note(session: Session, author: str, case_id: str) -> str:
    """A note on ``case_id`` journaled as ``author`` made it; its change id."""
    store = session.store
    change = edit_change(None, {"text": f"by {author}"}, change_id=store.ids.new(),
                         case_id=case_id, record_id=store.ids.new(), kind="note",
                         stamp=store.clock.now(), author=author)
    with store.atomic():
        merged_cases.apply_local(store, change)
    return change.change_id


def outbox(session: Session) -> list[tuple[str, str]]:
    return [(str(a), str(c)) for a, c in session.store.raw.execute(
        "SELECT author, case_id FROM outbox ORDER BY seq")]


def push(session: Session, server: PeopleServer) -> None:
    SyncEngine(Inline(session.store), server, device_id="laptop", per_person=True).push()


def test_each_run_goes_under_its_authors_session_and_a_sign_in_is_waited_for(
        laptop: Session) -> None:
    one, two, three = (laptop.store.ids.new() for _ in range(3))
    note(laptop, "selam", one)
    note(laptop, "selam", one)
    note(laptop, "bilal", two)  # never signed in here
    note(laptop, "selam", two)  # made on top of bilal's: waits with it
    note(laptop, "amina", three)
    note(laptop, "selam", three)
    server = PeopleServer()
    push(laptop, server)
    assert server.sent == [("token-of-selam", ("selam", "selam")),
                           ("token-of-amina", ("amina",)),
                           ("token-of-selam", ("selam",))]
    assert outbox(laptop) == [("bilal", two), ("selam", two)]
    assert sync_state.waiting_for_sign_in(laptop.store, NOW) == [("bilal", 1)]

    with laptop.store.atomic():  # bilal signs in
        sync_state.save_user_session(laptop.store, "bilal", "token-of-bilal",
                                     NOW + timedelta(days=30))
    push(laptop, server)
    assert server.sent[3:] == [("token-of-bilal", ("bilal",)), ("token-of-selam", ("selam",))]
    assert outbox(laptop) == []


def test_a_session_the_server_refuses_is_forgotten_and_the_rest_still_goes(
        laptop: Session) -> None:
    one, two = laptop.store.ids.new(), laptop.store.ids.new()
    note(laptop, "amina", one)
    note(laptop, "selam", one)
    note(laptop, "selam", two)
    server = PeopleServer(ended={"token-of-amina"})
    push(laptop, server)
    assert server.sent == [("token-of-selam", ("selam",))]
    assert outbox(laptop) == [("amina", one), ("selam", one)]
    assert "amina" not in sync_state.person_sessions(laptop.store, NOW)
    assert sync_state.waiting_for_sign_in(laptop.store, NOW) == [("amina", 1)]


def test_an_expired_session_on_the_laptop_is_not_even_tried(laptop: Session) -> None:
    with laptop.store.atomic():
        sync_state.save_user_session(laptop.store, "amina", "token-of-amina",
                                     NOW - timedelta(seconds=1))
    note(laptop, "amina", laptop.store.ids.new())
    server = PeopleServer()
    push(laptop, server)
    assert server.sent == [] and len(outbox(laptop)) == 1
