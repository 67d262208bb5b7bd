"""The store's mark: its commit count at the last clean close, sealed, beside the store.

``store.db`` copied back from an older backup opens without complaint: SQLite cannot know it
was newer once. The store counts its commits (``Store.commit_count``, kept in ``meta`` and
only ever growing); at every clean close (lock, quit, end of a command) the count goes into
``store.mark`` with an HMAC-SHA256 under a key derived from the data key, and at the next
unlock a store with a smaller count than its mark has provably gone back in time.

A mark proves nothing about what happened after it was written, and it can be removed or
rolled back together with the store: a missing mark, or one whose seal does not check (a mark
written before the profile's data key changed, a mark from another profile, an edited one),
is simply *no mark*, never an alarm. What it catches and what it cannot is in
docs/security.md ("A store that went back in time").

File format (48 bytes): magic ``FCMARK01`` (8) ‖ commit count (u64, big-endian) ‖ HMAC (32)
over the magic and the count.
"""

from __future__ import annotations

import hashlib
import hmac
import struct
from pathlib import Path
from typing import Final

from fieldcase.storage.atomic_files import atomic_write

MARK_FILE: Final = "store.mark"
_MAGIC: Final = b"FCMARK01"
_SIZE: Final = len(_MAGIC) + 8 + 32


def _seal(key: bytes, body: bytes) -> bytes:
    return hmac.new(key, body, hashlib.sha256).digest()


def write_mark(profile_dir: Path, key: bytes, commit_count: int) -> None:
    """Record ``commit_count`` (atomically: the old mark or the new one, never a mix)."""
    body = _MAGIC + struct.pack(">Q", commit_count)
    atomic_write(profile_dir / MARK_FILE, body + _seal(key, body))


def read_mark(profile_dir: Path, key: bytes) -> int | None:
    """The commit count the mark records, or None: no mark, or one that does not check."""
    try:
        data = (profile_dir / MARK_FILE).read_bytes()
    except OSError:
        return None
    if len(data) != _SIZE or not data.startswith(_MAGIC):
        return None
    body, seal = data[:-32], data[-32:]
    if not hmac.compare_digest(seal, _seal(key, body)):
        return None
    return int(struct.unpack(">Q", body[len(_MAGIC):])[0])
