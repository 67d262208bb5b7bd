"""What a command changed in a profile's store, for tests that promise "nothing written".

Every table except the audit log and ``meta`` (each unlock appends an audit event and moves
the clock's high-water mark; neither is a case) is read in full and sorted."""

from __future__ import annotations

from pathlib import Path

from fieldcase.services import profile
from fieldcase.storage.keyslots import KdfParams

Snapshot = dict[str, list[tuple[object, ...]]]
_NOT_CASE_DATA = frozenset({"audit_log", "meta"})


def snapshot(profile_dir: Path | str, user: str, passphrase: str) -> Snapshot:
    session = profile.unlock(Path(profile_dir), user=user, passphrase=passphrase,
                             kdf=KdfParams.insecure_for_tests())
    try:
        raw = session.store.raw
        tables = [name for (name,) in raw.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
            if name not in _NOT_CASE_DATA]
        return {name: sorted(raw.execute(f"SELECT * FROM {name}").fetchall(),
                             key=repr) for name in tables}
    finally:
        session.close()
