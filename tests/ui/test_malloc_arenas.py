"""The GUI process's threads share two malloc arenas (``fieldcase.ui.malloc_arenas``): each
thread's own arena kept its peak resident after a sync (issue 9)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

# Eight threads allocate at once (bytes of more than 512 bytes come from malloc); the thread
# heaps glibc made are counted in /proc/self/maps: each starts on a 64 MiB boundary.
PROBE = """
import json, sys, threading
limited = False
if sys.argv[1] == "limited":
    from fieldcase.ui.malloc_arenas import limit_malloc_arenas
    limited = limit_malloc_arenas()
start = threading.Barrier(8)
def work():
    start.wait()
    kept = [bytes(2048) for _ in range(2000)]
    del kept
threads = [threading.Thread(target=work) for _ in range(8)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
heaps = 0
for line in open("/proc/self/maps"):
    span, perms = line.split()[:2]
    first = int(span.split("-")[0], 16)
    if perms == "rw-p" and first % (64 << 20) == 0 and len(line.split()) == 5:
        heaps += 1
print(json.dumps({"limited": limited, "thread_heaps": heaps}))
"""


def thread_heaps(mode: str) -> dict[str, object]:
    out = subprocess.run([sys.executable, "-c", PROBE, mode], capture_output=True, text=True,
                         check=True, timeout=60).stdout
    return json.loads(out.splitlines()[-1])


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's arenas")
def test_threads_share_two_arenas_instead_of_one_each() -> None:
    limited, free = thread_heaps("limited"), thread_heaps("free")
    assert limited["limited"] is True
    assert limited["thread_heaps"] <= 1  # the main heap and one more arena
    assert free["thread_heaps"] > 1  # the probe does make glibc open arenas when let
