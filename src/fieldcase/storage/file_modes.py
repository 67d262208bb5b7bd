"""A profile folder is private to the account that owns it: folders 0700, files 0600.

Under the usual umask (022) a new folder is 0755 and a new file 0644, so any other account on a
shared laptop could copy ``keyslots.bin`` and the store and guess passphrases offline at its
own pace. Every file the app writes in a profile is therefore created 0600 whatever the umask
(``atomic_files.atomic_write``, the store file before SQLite opens it — SQLite gives its ``-wal``
and ``-shm`` the mode of the database file — and the attachment files), the folders 0700, and
``mend`` tightens a folder an older FieldCase left readable.

What this does not cover: root and the account itself can still read everything (the
encryption is what protects the content from them), and on Windows the modes mean nothing:
there the per-user application-data folder's ACL is what keeps other accounts out.
"""

from __future__ import annotations

import contextlib
import logging
import os
import stat
from pathlib import Path
from typing import Final

PRIVATE_DIR_MODE: Final = 0o700
PRIVATE_FILE_MODE: Final = 0o600

log = logging.getLogger(__name__)


def make_private_dir(folder: Path) -> None:
    """Create ``folder`` (and missing parents) and make it 0700, also if it already existed."""
    folder.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    _tighten(folder, PRIVATE_DIR_MODE)


def create_private_file(path: Path) -> None:
    """Create ``path`` empty with mode 0600 unless it exists (then it is left as it is)."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE))


def mend(profile_dir: Path) -> None:
    """Make the profile folder 0700 and every file directly in it 0600; a subfolder (the
    attachments) is walked the same way only when its own mode was wrong, so an unlock does
    not stat thousands of attachment files every time. Symbolic links are left alone.

    A file the app cannot change (another account's, a read-only medium) is logged by kind
    and skipped: mending is a repair, never a reason to refuse an unlock.
    """
    if os.name == "nt" or not profile_dir.is_dir():
        return
    _tighten(profile_dir, PRIVATE_DIR_MODE)
    _mend_contents(profile_dir)


def _mend_contents(folder: Path) -> None:
    try:
        entries = list(os.scandir(folder))
    except OSError as error:
        log.warning("a profile folder could not be listed to mend its modes (%s)",
                    type(error).__name__)
        return
    for entry in entries:
        if entry.is_symlink():
            continue
        if entry.is_dir(follow_symlinks=False):
            if _tighten(Path(entry.path), PRIVATE_DIR_MODE):
                _mend_contents(Path(entry.path))
        elif entry.is_file(follow_symlinks=False):
            _tighten(Path(entry.path), PRIVATE_FILE_MODE)


def _tighten(path: Path, mode: int) -> bool:
    """Set ``mode`` if it differs; returns whether it differed."""
    if os.name == "nt":
        return False
    try:
        if stat.S_IMODE(path.lstat().st_mode) == mode:
            return False
        path.chmod(mode)
    except OSError as error:
        log.warning("the mode of a profile file could not be tightened (%s)",
                    type(error).__name__)
    return True
