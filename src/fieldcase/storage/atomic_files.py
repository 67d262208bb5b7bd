"""Writing a file so that a crash leaves the old content or the new, never a mix, and
overwriting one where it lies. The one atomic-file writer of the storage layer: key slots and
the unlock guard use it.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Final

from fieldcase.storage.file_modes import PRIVATE_FILE_MODE

_O_BINARY: Final = getattr(os, "O_BINARY", 0)  # Windows: no newline translation


def fsync_dir(folder: Path) -> None:
    """Make a rename durable. Windows cannot open folders, and there the rename is enough."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: Path, data: bytes) -> None:
    """Temp file in the same folder (mode 0600 whatever the umask), fsync, rename over
    ``path``, fsync the folder.

    A crash leaves either the old or the new content, never a mix; the temp file is removed if
    anything fails before the rename. Raises OSError (a full disk: ENOSPC) with ``path``
    untouched.
    """
    temp = path.with_name(f".{path.name}.{secrets.token_hex(8)}.tmp")
    try:
        with os.fdopen(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_BINARY,
                               PRIVATE_FILE_MODE), "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def overwrite_in_place(path: Path, data: bytes) -> None:
    """Write over the existing bytes of ``path`` (same blocks on most file systems) and fsync.

    Used for crypto-erase, where a rename would leave the old blocks readable on disk.
    """
    with open(path, "r+b") as handle:
        handle.write(data)
        handle.truncate(len(data))
        handle.flush()
        os.fsync(handle.fileno())
