"""The two copies of ``keyslots.bin`` on disk: reading (and putting a sound backup back before
any passphrase is tried), writing both, mirroring the backup.

The backup is a second copy of the *current* generation, never the previous one: a previous
generation would keep a retired passphrase or a removed user able to open the data key. Every
write is atomic (``atomic_files.atomic_write``), and a copy that cannot be written for want of
space is left for a later unlock rather than failing one.
"""

from __future__ import annotations

import logging
from pathlib import Path

from fieldcase.storage.atomic_files import atomic_write
from fieldcase.storage.keyslots import (
    BACKUP_FILE_NAME,
    KEYSLOT_FILE_NAME,
    KeySlotFile,
    KeySlotFileCorrupt,
    NoProfile,
    parse_file,
)

log = logging.getLogger(__name__)


def read_file(profile_dir: Path) -> KeySlotFile:
    """Read and check ``keyslots.bin``; raises NoProfile or KeySlotFileCorrupt, writes nothing."""
    path = profile_dir / KEYSLOT_FILE_NAME
    try:
        data = path.read_bytes()
    except FileNotFoundError as error:
        raise NoProfile("no key-slot file in this profile folder") from error
    return parse_file(data, path)


def read_or_restore(profile_dir: Path) -> KeySlotFile:
    """The key slots from ``keyslots.bin`` or, when it is missing or fails its checks, from a
    sound backup, which is then copied back. Runs before any passphrase is tried.

    Raises NoProfile when neither copy exists and KeySlotFileCorrupt (the main file's problem,
    or the backup's when the main file is missing) when neither is sound; then nothing is
    written. A copy-back that fails (a full disk) is left for a later unlock: the backup's
    content opens the profile meanwhile. A main file that passes these checks is used as it
    is, even if it differs from the backup: an edit with a recomputed checksum is only
    caught by the directory's tag, after the passphrase (see ``mirror_backup``).
    """
    main, backup = profile_dir / KEYSLOT_FILE_NAME, profile_dir / BACKUP_FILE_NAME
    main_data, backup_data = _read_if_present(main), _read_if_present(backup)
    if main_data is None and backup_data is None:
        raise NoProfile("no key-slot file in this profile folder")
    problem: KeySlotFileCorrupt | None = None
    if main_data is not None:
        try:
            return parse_file(main_data, main)
        except KeySlotFileCorrupt as error:
            problem = error
    if backup_data is None:
        assert problem is not None
        raise problem
    try:
        restored = parse_file(backup_data, backup)
    except KeySlotFileCorrupt as error:
        both_bad = problem or error
        both_bad.backup_available = False
        raise both_bad from None
    _write_if_possible(main, backup_data)
    return restored


def mirror_backup(profile_dir: Path, keyslots: KeySlotFile) -> None:
    """Make the backup a copy of ``keyslots`` (a file the data key has just verified) if it is
    missing or differs; on a full disk this waits for a later unlock."""
    data = keyslots.encode()
    if _read_if_present(profile_dir / BACKUP_FILE_NAME) != data:
        _write_if_possible(profile_dir / BACKUP_FILE_NAME, data)


def _read_if_present(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def _write_if_possible(path: Path, data: bytes) -> None:
    try:
        atomic_write(path, data)
    except OSError as error:
        log.warning("a key-slot copy could not be written (%s); kept for a later unlock",
                    type(error).__name__)


def write_file(profile_dir: Path, keyslots: KeySlotFile) -> None:
    """Replace ``keyslots.bin`` atomically, then mirror it to the backup the same way.

    The backup is a second copy of the *current* generation, not the previous one: a previous
    generation would keep a retired passphrase or a removed user able to open the data key.
    """
    data = keyslots.encode()
    atomic_write(profile_dir / KEYSLOT_FILE_NAME, data)
    atomic_write(profile_dir / BACKUP_FILE_NAME, data)


def restore_backup(profile_dir: Path) -> None:
    """Put the backup back in place after checking it; raises KeySlotFileCorrupt if it is bad."""
    path = profile_dir / BACKUP_FILE_NAME
    try:
        data = path.read_bytes()
    except FileNotFoundError as error:
        raise NoProfile("no key-slot backup in this profile folder") from error
    parse_file(data, path)
    atomic_write(profile_dir / KEYSLOT_FILE_NAME, data)
