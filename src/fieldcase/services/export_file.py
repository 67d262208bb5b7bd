"""The file an export is written to, so that no plaintext outlives an interrupted export.

An export file is case data in clear. A temporary file beside the target (the old design)
survived every kill and stayed, often on a USB stick, holding up to 26 whole cases. Now the
lines go to one of two places, both in the target's folder so the finished file takes its
name without being copied:

- **An anonymous file** (``O_TMPFILE``: Linux on ext4, xfs, btrfs, tmpfs...). It has no name
  until it is complete; then it is linked under the target name (``linkat`` through
  ``/proc/self/fd``), which fails if the name exists. A process that dies first takes the
  file with it: the kernel frees it, and nothing is left to find.
- **A named temporary file** ``.fieldcase-export-<random>`` where there is no anonymous file
  (FAT and exFAT USB sticks, macOS, Windows). Its path is committed to the store
  (``storage.leftover_files``, encrypted) *before* the file is created, and forgotten once it
  has its name or is gone. :func:`sweep_leftovers`, run at every unlock (any command that opens
  the profile, and the app), overwrites with zeros and deletes each recorded file still there;
  one on a stick that is not plugged in stays recorded until it is.

Placing the finished file: with ``force`` it replaces the target; without, it only ever takes
a name that does not exist (a hard link fails if the name exists; on a file system without
hard links an empty file is created exclusively under the name and renamed over). What is
not covered: the blocks of a deleted or overwritten file on flash memory or a journalling file
system may survive in the device itself, and a kill in the instant between reserving the name
and the rename leaves an *empty* file under it.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path
from types import TracebackType
from typing import Final

from fieldcase.domain.errors import FieldCaseError
from fieldcase.storage import leftover_files
from fieldcase.storage.errors import StoreError
from fieldcase.storage.store import Store

__all__ = ["TEMP_PREFIX", "ExportFile", "ExportFileError", "check_target", "sweep_leftovers"]

TEMP_PREFIX: Final = ".fieldcase-export-"
ANONYMOUS_FILES = hasattr(os, "O_TMPFILE") and os.path.isdir("/proc/self/fd")
"""Try an anonymous file first (tests set it False to take the other way)."""
_NO_FOLLOW: Final = getattr(os, "O_NOFOLLOW", 0)
_WIPE_CHUNK: Final = 1 << 20


class ExportFileError(FieldCaseError):
    """The output file cannot be written as asked (it exists, or its folder does not);
    ``problem`` is a stable name (``exists``, ``not_a_file``, ``no_folder``)."""

    kind = "export_file"

    def __init__(self, problem: str, message: str) -> None:
        super().__init__(message)
        self.problem = problem


def _exists() -> ExportFileError:
    return ExportFileError("exists", "--output: the file exists; add --force to replace it")


def check_target(target: Path, *, force: bool) -> None:
    """Refuse before anything is written: a folder, a missing folder, an existing file
    (without ``force``)."""
    if target.is_dir():
        raise ExportFileError("not_a_file", "--output: that is a folder, not a file")
    if not target.parent.is_dir():
        raise ExportFileError("no_folder", "--output: the folder does not exist")
    if not force and (target.exists() or target.is_symlink()):
        raise _exists()


class ExportFile:
    """An export being written: :meth:`write` its lines, :meth:`place` it under its name.
    Leaving the ``with`` block removes whatever was not placed."""

    def __init__(self, store: Store, target: Path, *, force: bool) -> None:
        self._store, self._target, self._force = store, target, force
        self._temp: Path | None = None
        self._placed = False
        descriptor = _anonymous(target.parent) if ANONYMOUS_FILES else None
        if descriptor is None:
            descriptor = self._named()
        self._out = os.fdopen(descriptor, "wb")

    def _named(self) -> int:
        temp = self._target.parent / (TEMP_PREFIX + secrets.token_hex(8))
        with self._store.atomic():
            leftover_files.remember(self._store, temp)
        try:
            descriptor = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NO_FOLLOW, 0o600)
        except BaseException:
            self._forget(temp)
            raise
        self._temp = temp
        return descriptor

    def write(self, text: str) -> None:
        self._out.write(text.encode("utf-8"))

    def write_bytes(self, data: bytes) -> None:
        """A sealed export's ciphertext (``services.export_seal``)."""
        self._out.write(data)

    def place(self) -> None:
        """Make the complete file durable and give it the target's name."""
        self._out.flush()
        os.fsync(self._out.fileno())
        if self._temp is None:
            _link_anonymous(self._out.fileno(), self._target, force=self._force)
        else:
            _place_named(self._temp, self._target, force=self._force)
        self._placed = True

    def __enter__(self) -> ExportFile:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self._out.close()  # an anonymous file that was never placed is freed here
        if self._temp is not None:
            if not self._placed:
                _wipe(self._temp)
            self._forget(self._temp)

    def _forget(self, temp: Path) -> None:
        """Best effort: a record left behind is only looked at again by the next sweep."""
        with contextlib.suppress(StoreError), self._store.atomic():
            leftover_files.forget(self._store, temp)


def _anonymous(folder: Path) -> int | None:
    """An unnamed file in ``folder``, or None where the file system has none."""
    try:
        return os.open(folder, os.O_TMPFILE | os.O_WRONLY, 0o600)
    except OSError:  # EOPNOTSUPP, EISDIR (FAT, older kernels), EINVAL...
        return None


def _link_anonymous(descriptor: int, target: Path, *, force: bool) -> None:
    proc = os.open("/proc/self/fd", os.O_RDONLY | os.O_DIRECTORY)
    try:
        if force:
            with contextlib.suppress(FileNotFoundError):
                target.unlink()
        try:
            # src_dir_fd makes os.link call linkat with AT_SYMLINK_FOLLOW, which a link of the
            # /proc/self/fd entry needs (plain link() would try to link the symlink itself).
            os.link(str(descriptor), target, src_dir_fd=proc, follow_symlinks=True)
        except FileExistsError:
            raise _exists() from None
    finally:
        os.close(proc)


def _place_named(temp: Path, target: Path, *, force: bool) -> None:
    if force:
        os.replace(temp, target)
        return
    try:
        os.link(temp, target)
    except FileExistsError:
        raise _exists() from None
    except OSError:  # no hard links here (FAT): hold the name, then rename over it
        try:
            os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NO_FOLLOW, 0o600))
        except FileExistsError:
            raise _exists() from None
        os.replace(temp, target)
    else:
        temp.unlink()


def _wipe(path: Path) -> None:
    """Overwrite with zeros, then delete; nothing raised (the record stays if this fails)."""
    try:
        descriptor = os.open(path, os.O_WRONLY | _NO_FOLLOW)
    except OSError:  # already gone, or not ours to open
        return
    try:
        remaining = os.fstat(descriptor).st_size
        while remaining > 0:
            remaining -= os.write(descriptor, bytes(min(remaining, _WIPE_CHUNK)))
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
    with contextlib.suppress(OSError):
        path.unlink()


def sweep_leftovers(store: Store) -> int:
    """Remove the temporary export files an interrupted export left (run at unlock); returns
    how many records were settled. Files are removed only if named like ours; a record whose
    folder is missing (a stick not plugged in) stays for the next time."""
    settled: list[Path] = []
    for path in leftover_files.remembered(store):
        if path.name.startswith(TEMP_PREFIX):
            _wipe(path)
        if path.parent.is_dir() and not path.exists():
            settled.append(path)
    if settled:
        with contextlib.suppress(StoreError), store.atomic():
            for path in settled:
                leftover_files.forget(store, path)
    return len(settled)
