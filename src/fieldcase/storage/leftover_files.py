"""Files outside the store that may hold plaintext until the app is done with them.

A file is remembered (committed) *before* it is created and forgotten once it has been placed
or removed, so a process killed in between leaves a record that the next unlock acts on
(``services.export_file.sweep_leftovers``). The paths live in the store's ``meta`` table, so
they are encrypted like everything else: a file name is the user's choice and may say
anything. Call ``remember`` and ``forget`` inside ``store.atomic()``.
"""

from __future__ import annotations

from pathlib import Path

from fieldcase.storage.store import Store

_PREFIX = "leftover_file:"
_AFTER_PREFIX = "leftover_file;"  # the first key past every key with the prefix


def remember(store: Store, path: Path) -> None:
    store.set_meta(_PREFIX + str(path), "")


def forget(store: Store, path: Path) -> None:
    store.raw.execute("DELETE FROM meta WHERE key = ?", (_PREFIX + str(path),))


def remembered(store: Store) -> list[Path]:
    """Every remembered path, in key order: one range scan of the primary key."""
    rows = store.raw.execute("SELECT key FROM meta WHERE key >= ? AND key < ? ORDER BY key",
                             (_PREFIX, _AFTER_PREFIX)).fetchall()
    return [Path(str(row[0])[len(_PREFIX):]) for row in rows]
