"""How many C heaps (glibc's malloc arenas) the GUI process's threads share (issue 9:
resident memory at 100,000 cases).

glibc gives a thread its own arena the first time it allocates, up to eight per core, and an
arena keeps what its threads freed for their own later use. In the app that left each thread's
peak resident after it had passed: the store worker's (SQLite's buffers while a pulled page is
applied) and the sync threads' (the pages as they arrive) - about 19 MB at 100,000 cases
after a sync (docs/performance.md, "Resident memory"). With two arenas the threads reuse one
another's freed memory. Allocation rarely contends: Python code runs one thread at a time, and
the store worker's SQLite calls and the GUI thread's painting get an arena each.

Set before the first thread starts (``ui.app.application``); threads that exist already keep
theirs. Outside glibc (macOS, Windows, musl) nothing is changed.
"""

from __future__ import annotations

import ctypes
import sys

ARENAS = 2
M_ARENA_MAX = -8  # glibc's malloc.h


def limit_malloc_arenas(arenas: int = ARENAS) -> bool:
    """At most ``arenas`` malloc arenas from now on; False where that cannot be set."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    return bool(mallopt(M_ARENA_MAX, arenas))
