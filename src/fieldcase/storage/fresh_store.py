"""A store with no case in it, made to replace the profile's store before a border crossing
(``services.travel``), and the destruction of the store it replaces.

What is carried over is what the laptop needs to be unlocked and to sync again, and nothing
about a case (docs/security.md, "Travel mode"):

- ``users``: the local users (name, role, team, site): the people who work on the laptop, so
  each can still unlock with their own passphrase;
- ``sync_state`` and ``user_sessions``: the enrolment (device id and key, pinned server key,
  server address) and the server sessions, so an unlock and a sync bring the cases back; the
  pull cursor and the last acknowledgement start again from the beginning, and a mark asks
  the server to send every case whole (``sync_state.is_fresh_store``);
- these ``meta`` rows: the store's device id and its last clock reading (the clock never goes
  back), the case-number prefix and counter (a number is never given twice), the
  organisation's policy, the lease marks (the offline lease goes on), and the ids of cases
  retention forgot here that the server has not been told of (ids only);
- the audit chain as the server holds it (``storage.audit.continuation``): the sequence
  number and hash of the last event the server acknowledged (the anchor), and the events after
  it, which by then are only a sync's own records and unlocks, naming no case, copied as they
  are; the new store's own events (``travel.prepare`` first) follow them, so the server takes
  the log after the crossing as the same chain going on, with no gap.

Everything else is left behind and destroyed with the old store: cases, search index,
identifiers, outbox, conflicts, refusals, drafts, attachments' keys, the audit events the
server holds.
"""

from __future__ import annotations

import os
import secrets
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Final

from fieldcase.storage import audit as audit_log
from fieldcase.storage.atomic_files import fsync_dir
from fieldcase.storage.store import DATABASE_FILE, Store

KEPT_META: Final = ("device_id", "hlc_last", "case_number_prefix", "case_counter", "org_policy",
                    "org_policy_checked_at", "lease_latest_seen", "lease_last_sign_in",
                    "retention_forgotten")
RESTARTED_SYNC_STATE: Final = {"pull_cursor": "", "last_acknowledged": ""}
FRESH_ROW: Final = ("fresh_store", "1")  # sync_state.FRESH_STORE_KEY: pull everything whole
BUILD_FOLDER: Final = ".fresh-store"
"""Where the new store is built before it takes the old one's place (inside the profile)."""


@dataclass(frozen=True)
class KeptRows:
    """What the new store starts with; see the module docstring."""

    users: tuple[tuple[Any, ...], ...]
    sync_state: tuple[tuple[str, str], ...]
    user_sessions: tuple[tuple[Any, ...], ...]
    meta: tuple[tuple[str, str], ...]
    audit: audit_log.Continuation


def kept_rows(store: Store) -> KeptRows:
    raw = store.raw
    marks = ",".join("?" * len(KEPT_META))
    sync_rows = (*((str(k), RESTARTED_SYNC_STATE.get(str(k), str(v)))
                   for k, v in raw.execute("SELECT key, value FROM sync_state")), FRESH_ROW)
    return KeptRows(
        tuple(raw.execute("SELECT name, role, team, site, created_at FROM users")),
        sync_rows,
        tuple(raw.execute("SELECT user_name, token, expires_at FROM user_sessions")),
        tuple((str(k), str(v)) for k, v in raw.execute(
            f"SELECT key, value FROM meta WHERE key IN ({marks})", KEPT_META)),  # noqa: S608
        audit_log.continuation(raw))


def build(profile_dir: Path, database_key: bytes, kept: KeptRows,
          now: Callable[[], datetime], audit: Callable[[Store], None]) -> Path:
    """Make the new store under ``profile_dir/.fresh-store/`` with ``kept`` and one audit
    event of its own (``audit(store)``, inside the transaction, after the events carried
    over); returns its folder. A folder left by an earlier attempt that was cut short is
    removed first."""
    folder = profile_dir / BUILD_FOLDER
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(mode=0o700)
    with Store.open(folder, database_key, create=True, now=now) as store, store.atomic():
        raw = store.raw
        raw.executemany("INSERT INTO users (name, role, team, site, created_at) "
                        "VALUES (?, ?, ?, ?, ?)", kept.users)
        raw.executemany("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)",
                        kept.sync_state)
        raw.executemany("INSERT INTO user_sessions (user_name, token, expires_at) "
                        "VALUES (?, ?, ?)", kept.user_sessions)
        raw.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", kept.meta)
        audit_log.restore(raw, kept.audit)
        audit(store)
    return folder


def replace(profile_dir: Path, built: Path, extra_files: list[Path]) -> None:
    """Put the built store in place of the old one, whose bytes are then overwritten where
    they lie (random bytes, fsync) before the file is gone; the old WAL and shared-memory
    index (empty after the close's checkpoint, overwritten anyway), ``extra_files`` (the old
    store's mark) and the folder of encrypted attachment files are removed.

    Order: the old file is opened first and kept open, the new one renamed over its name (a
    crash leaves one whole store or the other), then the old inode is overwritten through the
    open handle, so no moment leaves the profile without a store."""
    target = profile_dir / DATABASE_FILE
    with open(target, "r+b") as old:
        for suffix in ("-wal", "-shm"):
            _overwrite_and_remove(target.with_name(DATABASE_FILE + suffix))
        os.replace(built / DATABASE_FILE, target)
        fsync_dir(profile_dir)
        _overwrite(old)
    for path in extra_files:
        if path.is_dir():
            for child in path.rglob("*"):
                if child.is_file():
                    _overwrite_and_remove(child)
            shutil.rmtree(path, ignore_errors=True)
        else:
            _overwrite_and_remove(path)
    shutil.rmtree(built, ignore_errors=True)
    fsync_dir(profile_dir)


def _overwrite(handle: Any) -> None:
    size = os.fstat(handle.fileno()).st_size
    handle.seek(0)
    left = size
    while left > 0:
        chunk = min(left, 1 << 20)
        handle.write(secrets.token_bytes(chunk))
        left -= chunk
    handle.flush()
    os.fsync(handle.fileno())


def _overwrite_and_remove(path: Path) -> None:
    if not path.is_file():
        return
    with open(path, "r+b") as handle:
        _overwrite(handle)
    path.unlink()
