"""Notice, at unlock, a store that went back in time or lost the end of its log.

SQLite does not complain about either: it replays its write-ahead log up to the first damaged
frame and drops every transaction committed after it, and it opens an older copy of
``store.db`` as readily as the current one. So the unlock (``services.profile.unlock``) does:

1. before the store opens, :func:`before_open` reads the log as SQLite will replay it
   (``storage.wal_check``: damaged frames, commits after them, a damaged header, a partial
   frame, unexplained frames);
2. once it is open, before anything is written, :func:`after_open` compares the store's commit
   count with its mark (``storage.store_marks``, written at every clean close by
   ``Session.close``): a smaller count is a store that went back in time;
3. in the unlock's own transaction, :func:`record` keeps what was found in ``meta``
   (``store_problems``) and writes one ``store.problem`` audit event per finding.

Every ``self-test`` reports the kept problems ("store history") until someone acknowledges
them (:func:`acknowledge`, ``fieldcase self-test --acknowledge``, audited): the damage
happened once, but what it cost stays true. Sync has its own check against the server
(``sync.acknowledgements``). What each catches and misses: docs/security.md.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from fieldcase.storage import store_marks, wal_check
from fieldcase.storage.keys import KeyPurpose, subkey
from fieldcase.storage.store import DATABASE_FILE, Store, dumps
from fieldcase.storage.wal_check import WalReport

if TYPE_CHECKING:
    from fieldcase.services.session import Session

PROBLEMS_KEY = "store_problems"
AUDIT_PROBLEM = "store.problem"
AUDIT_ACKNOWLEDGED = "store.problems_acknowledged"


@dataclass(frozen=True)
class StoreProblem:
    """One finding: ``kind`` is ``wal_damaged`` or ``rolled_back``; ``found_at`` the store's
    time (ISO 8601); ``detail`` plain words without case content."""

    kind: str
    detail: str
    found_at: str


def before_open(profile_dir: Path) -> WalReport:
    """What SQLite will make of the log; reads files only, needs no key."""
    return wal_check.inspect(profile_dir / DATABASE_FILE)


def after_open(store: Store, profile_dir: Path, data_key: bytes,
               log: WalReport) -> tuple[StoreProblem, ...]:
    """The problems this unlock found; call before the store is written to."""
    now = store.now().isoformat()
    found = [StoreProblem("wal_damaged", problem, now) for problem in log.problems]
    marked = store_marks.read_mark(profile_dir, mark_key(data_key))
    if marked is not None and store.commit_count < marked:
        found.append(StoreProblem(
            "rolled_back", f"the store is older than at its last clean close: "
            f"{marked - store.commit_count} committed change(s) are missing (a copy of the "
            "store put back, or a log lost after the store closed)", now))
    return tuple(found)


def mark_key(data_key: bytes) -> bytes:
    return subkey(data_key, KeyPurpose.STORE_MARK)


def record(store: Store, user: str, problems: tuple[StoreProblem, ...]) -> None:
    """Keep ``problems`` for the self-test and audit them; inside ``store.atomic()``."""
    if not problems:
        return
    kept = [*recorded(store), *problems]
    store.set_meta(PROBLEMS_KEY, dumps([asdict(p) for p in kept]))
    for problem in problems:
        store.audit(user, AUDIT_PROBLEM, details={"kind": problem.kind,
                                                   "detail": problem.detail})


def recorded(store: Store) -> tuple[StoreProblem, ...]:
    text = store.meta(PROBLEMS_KEY)
    return () if text is None else tuple(StoreProblem(**item) for item in json.loads(text))


def acknowledge(session: Session) -> int:
    """Someone has looked at the kept problems: stop reporting them (the audit log keeps
    them). Returns how many there were."""
    store = session.store
    problems = recorded(store)
    if problems:
        with store.atomic():
            store.raw.execute("DELETE FROM meta WHERE key = ?", (PROBLEMS_KEY,))
            store.audit(session.actor.user, AUDIT_ACKNOWLEDGED,
                        details={"count": len(problems)})
    return len(problems)
