"""``fieldcase self-test``: the checks a worker or an IT person runs when something looks off.

Besides the store's settings, integrity and audit chain it reports the store's history: a
write-ahead log that SQLite would cut short and a store older than its last clean close, as
the unlock found them before the store was written to (``services.store_history``).

Each check says what it looked at and what it found; none prints case content. The command
line opens the store read-only for it (``profile.unlock(read_only=True)``): a check never
writes to what it examines, least of all to a store it finds damaged.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from fieldcase.domain.errors import FieldCaseError
from fieldcase.services import store_history
from fieldcase.services.session import Session
from fieldcase.storage import audit
from fieldcase.storage.connection import REQUIRED_PRAGMAS
from fieldcase.storage.errors import StoreCorrupt


class SelfTestFailed(FieldCaseError):
    kind = "self_test"


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str


@dataclass(frozen=True)
class SelfTestReport:
    checks: tuple[Check, ...]

    @property
    def ok(self) -> bool:
        return all(check.ok for check in self.checks)

    def summary(self) -> str:
        return "\n".join(f"{'ok  ' if c.ok else 'FAIL'} {c.name}: {c.detail}"
                         for c in self.checks)


def run(session: Session) -> SelfTestReport:
    raw = session.store.raw
    checks: list[Check] = []
    version = raw.execute("PRAGMA cipher_version").fetchone()
    checks.append(Check("encryption", version is not None,
                        f"SQLCipher {version[0]}" if version else "SQLCipher is not active"))
    wrong = [name for name, expected in REQUIRED_PRAGMAS.items()
             if session.store.connection.pragma(name) != expected]
    checks.append(Check("store settings", not wrong,
                        "all required pragmas on" if not wrong else f"wrong: {', '.join(wrong)}"))
    checks.append(_integrity(session))
    try:
        with session.store.reading():
            chain = audit.verify(raw)
        checks.append(Check("audit chain", chain.ok, f"{chain.events} events verified"
                            if chain.ok else str(chain.problem)))
    except StoreCorrupt:
        checks.append(Check("audit chain", False, "not verified: the store is damaged"))
    checks.append(_history(session))
    key, nonce = AESGCM.generate_key(bit_length=256), os.urandom(12)
    sealed = AESGCM(key).encrypt(nonce, b"self-test", b"aad")
    checks.append(Check("cryptography", AESGCM(key).decrypt(nonce, sealed, b"aad") ==
                        b"self-test", "AES-256-GCM round trip"))
    return SelfTestReport(tuple(checks))


def _integrity(session: Session) -> Check:
    """Every page read and checked; the first problems named by page, never by content."""
    problems = session.store.connection.quick_check()
    if not problems:
        return Check("store integrity", True, "ok: every page read and checked")
    shown = "; ".join(problems[:3]) + ("; ..." if len(problems) > 3 else "")
    return Check("store integrity", False,
                 f"damaged ({len(problems)} problem(s) found): {shown}. Nothing was written "
                 "to the store; keep the profile folder as it is and contact your "
                 "administrator")


def _history(session: Session) -> Check:
    """What the unlocks found (``services.store_history``): the write-ahead log as SQLite
    would replay it, read before the store opened, and the commit count against the mark
    of the last clean close. Kept until acknowledged (``self-test --acknowledge``)."""
    problems = store_history.recorded(session.store)
    if not problems:
        return Check("store history", True, "no damaged log and no rollback found at unlock")
    return Check("store history", False, "; ".join(
        f"found {p.found_at[:16].replace('T', ' ')}: {p.detail}" for p in problems)
        + " (run `fieldcase self-test --acknowledge` once this has been dealt with)")
