"""Guards for every test: no display, no real profile, no open database, no stray thread."""

from __future__ import annotations

import os
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

# Qt aborts the process (exit 134) without a display unless this is set before any
# QApplication exists, so it is set at import time, before pytest-qt creates one.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

# Profiles and settings only ever in temporary folders: point every per-user location at a
# throw-away home before anything (platformdirs, QSettings) reads it.
_SANDBOX = Path(tempfile.mkdtemp(prefix="fieldcase-tests-"))
for _variable in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME",
                  "XDG_STATE_HOME", "XDG_RUNTIME_DIR"):
    os.environ[_variable] = str(_SANDBOX / _variable.lower())
    Path(os.environ[_variable]).mkdir(mode=0o700, parents=True, exist_ok=True)
os.environ.pop("FIELDCASE_PASSPHRASE", None)

import pytest  # noqa: E402
from tests.pg import pg_cluster, pg_template, pg_url  # noqa: E402, F401  (one cluster per run)

from fieldcase.storage.connection import open_connection_count  # noqa: E402


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Files holding a slow test run first (the order is otherwise kept): scripts/check.sh
    gives each worker whole files, and a file of minutes handed out last kept one worker busy
    while the other had nothing left."""
    slow_files = {item.path for item in items if item.get_closest_marker("slow")}
    items.sort(key=lambda item: item.path not in slow_files)


@pytest.fixture(autouse=True)
def _no_leaks() -> Iterator[None]:
    threads_before = set(threading.enumerate())
    yield
    assert open_connection_count() == 0, "a test left a store connection open"
    for thread in set(threading.enumerate()) - threads_before:
        thread.join(timeout=5)
    stray = [t.name for t in set(threading.enumerate()) - threads_before if t.is_alive()]
    assert not stray, f"a test left threads running: {stray}"


# Property tests explore new examples locally but replay a fixed set in CI, so a CI run never
# fails on a case nobody can reproduce; a failure found locally is pinned with @example.
from hypothesis import settings  # noqa: E402

settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")
