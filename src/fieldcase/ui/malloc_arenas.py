"""The GUI process's C heaps (glibc's malloc arenas): how many its threads share, and giving
back what a sync freed (issue 9: resident memory at 100,000 cases).

glibc gives a thread its own arena the first time it allocates, up to eight per core, and an
arena keeps what its threads freed for their own later use. In the app that left each thread's
peak resident after it had passed: the store worker's (SQLite's buffers while a pulled page is
applied) and the sync threads' (the pages as they arrive) - about 19 MB at 100,000 cases
after a sync (docs/performance.md, "Resident memory"). With two arenas the threads reuse one
another's freed memory. Allocation rarely contends: Python code runs one thread at a time, and
the store worker's SQLite calls and the GUI thread's painting get an arena each.

Set before the first thread starts (``ui.app.application``); threads that exist already keep
theirs. Outside glibc (macOS, Windows, musl) nothing is changed.

Even shared, an arena gives the system back only the free memory at its top; what a sync
freed below memory still in use stays resident until the next sync reuses it.
:func:`give_back_freed_memory` (``malloc_trim(0)``) returns every free page of every arena;
the app calls it off the GUI thread when a sync round ends (``ui.sync_controls``) and once the
list is up after an unlock (``ui.controller``). It holds no GIL while it runs (a ctypes call)
and takes a few milliseconds.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

ARENAS = 2
M_ARENA_MAX = -8  # glibc's malloc.h


def _libc_function(name: str) -> Any:
    """glibc's ``name`` (a ctypes function, which releases the GIL while it runs), or None
    outside Linux or where the C library has no such function."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        return getattr(ctypes.CDLL(None), name)
    except (OSError, AttributeError):
        return None


def limit_malloc_arenas(arenas: int = ARENAS) -> bool:
    """At most ``arenas`` malloc arenas from now on; False where that cannot be set."""
    mallopt = _libc_function("mallopt")
    if mallopt is None:
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    return bool(mallopt(M_ARENA_MAX, arenas))


def give_back_freed_memory() -> bool:
    """Return the free pages of every malloc arena to the system (``malloc_trim(0)``);
    False where there is no such call or nothing was returned. Any thread may call it."""
    trim = _libc_function("malloc_trim")
    if trim is None:
        return False
    trim.argtypes = (ctypes.c_size_t,)
    trim.restype = ctypes.c_int
    return bool(trim(0))
