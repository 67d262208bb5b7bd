"""No core dumps: a crash must not write the process's memory to disk.

A FieldCase process holds case data, passphrases and the data key in memory; a crash with
core dumps switched on (``ulimit -c unlimited``) wrote a 51 MB core holding all three into
the working folder. :func:`forbid_core_dumps` runs first thing in every process entry point
(``fieldcase`` for the command line and the app, ``fieldcase-server``), before a passphrase
or a key is read:

- ``RLIMIT_CORE`` is set to 0, soft *and* hard, so nothing the process runs later (nor its
  children) can raise it again;
- on Linux, ``prctl(PR_SET_DUMPABLE, 0)``: the kernel writes no core for the process even
  when ``core_pattern`` pipes cores to a helper (systemd-coredump, apport), which ignores
  ``RLIMIT_CORE``; it also stops other processes of the same account from attaching a
  debugger or reading ``/proc/<pid>/mem``.

Elsewhere what can be done is done and the rest is said (``CoreDumpGuard.note``): macOS
honours ``RLIMIT_CORE`` (no ``prctl``); Windows has neither, and its error reporting keeps no
full-memory dump unless an administrator configured ``LocalDumps``. Failures never stop the
program: a system that refuses these calls is no worse off than before.
"""

from __future__ import annotations

import ctypes
import sys
from dataclasses import dataclass
from typing import Any, Final

PR_SET_DUMPABLE: Final = 4
PR_GET_DUMPABLE: Final = 3


@dataclass(frozen=True)
class CoreDumpGuard:
    """What :func:`forbid_core_dumps` achieved: ``core_limit_zero`` (RLIMIT_CORE is 0),
    ``undumpable`` (Linux's dumpable flag is off), and ``note`` for what could not be done."""

    core_limit_zero: bool
    undumpable: bool
    note: str = ""


def forbid_core_dumps() -> CoreDumpGuard:
    """Switch core dumps off for this process and its children; never raises."""
    notes: list[str] = []
    limit_zero = _zero_core_limit(notes)
    undumpable = False
    if sys.platform.startswith("linux"):
        undumpable = _clear_dumpable(notes)
    else:
        notes.append(f"no PR_SET_DUMPABLE on {sys.platform}")
    return CoreDumpGuard(limit_zero, undumpable, "; ".join(notes))


def _zero_core_limit(notes: list[str]) -> bool:
    try:
        import resource  # POSIX only
    except ImportError:
        notes.append(f"no RLIMIT_CORE on {sys.platform}")
        return False
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (OSError, ValueError) as error:
        notes.append(f"RLIMIT_CORE not lowered ({type(error).__name__})")
        return False
    return True


def _clear_dumpable(notes: list[str]) -> bool:
    prctl = _prctl()
    if prctl is None:
        notes.append("prctl not found in the C library")
        return False
    if prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0 or prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0:
        notes.append("PR_SET_DUMPABLE refused")
        return False
    return True


def dumpable() -> int | None:
    """Linux's dumpable flag for this process (0: no core, no debugger), or None elsewhere."""
    prctl = _prctl() if sys.platform.startswith("linux") else None
    return None if prctl is None else int(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))


def _prctl() -> Any:
    """The C library's ``prctl``: the symbols already loaded into this process (CDLL(None))
    include it, which avoids ``find_library`` and the helper programs it runs."""
    try:
        function = getattr(ctypes.CDLL(None, use_errno=True), "prctl", None)
    except OSError:
        return None
    if function is None:
        return None
    function.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong,
                         ctypes.c_ulong]
    function.restype = ctypes.c_int
    return function
