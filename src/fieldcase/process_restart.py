"""A fresh process at the unlock screen: what a lock does to the running app.

SQLCipher's ``cipher_memory_security`` would wipe the pages SQLite frees, but it made writes
4–6× slower and grew the memory mappings without bound, while the same plaintext sits unwiped
in Python and Qt objects anyway (names in list rows, the document of an open case). So it stays
off, and a lock (by hand or on idle) ends the process that held case data instead: once the
session is closed and the window gone, the app replaces itself with a new copy of the same
command (``exec``: same process id, a new address space), which starts at the unlock screen.
Nothing decrypted outlives the session in a running process (``docs/security.md``).
"""

from __future__ import annotations

import os
import sys

RESTART_AT_UNLOCK = 75
"""The app's exit code that asks its entry point for a fresh process (``EX_TEMPFAIL``)."""


def restart_command() -> list[str]:
    """The command this process was started with: the bundle's executable and its arguments
    when frozen (PyInstaller), else the interpreter with its own options (``-m``, ``-X``) and
    the script's arguments, exactly as given (``sys.orig_argv``)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, *sys.argv[1:]]
    return [sys.executable, *sys.orig_argv[1:]]


def restart_process() -> None:
    """Replace this process with a fresh run of the same command; never returns. Call it only
    once every store connection is closed and every worker thread has ended."""
    sys.stdout.flush()
    sys.stderr.flush()
    command = restart_command()
    os.execv(command[0], command)  # noqa: S606 - the same command, by design
