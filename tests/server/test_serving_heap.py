"""A serving process freezes what is alive once its app is built (``app.freeze_heap``): the
modules and the app stay out of the garbage collector's full passes, which otherwise walked
them again and again while a push was decoded. Checked in a fresh process, as ``serve
--workers N`` starts one; a test process never freezes (it builds and frees many apps)."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

from tests.server_process import server_env

from fieldcase.server.app import create_app
from fieldcase.server.config import Settings
from fieldcase.server.sync_runtime import SyncRuntime

FROZEN_AFTER_BUILD = (
    "import gc\n"
    "from fieldcase.server.app import app_from_environment\n"
    "before = gc.get_freeze_count()\n"
    "app_from_environment()\n"
    "print(before, gc.get_freeze_count())\n"
)


def test_a_serving_process_freezes_its_app_out_of_the_collectors_way(tmp_path: Path) -> None:
    env = {**server_env(),
           "FIELDCASE_SERVER_DATABASE_URL": f"sqlite:///{tmp_path / 'server.db'}",
           "FIELDCASE_SERVER_KEY_FILE": str(tmp_path / "server-key")}
    result = subprocess.run([sys.executable, "-c", FROZEN_AFTER_BUILD], cwd=tmp_path, env=env,
                            capture_output=True, text=True, check=True, timeout=120)
    before, after = (int(n) for n in result.stdout.split())
    assert before == 0
    assert after > 10_000  # the modules and the app, not a handful of objects


def test_building_an_app_in_a_test_process_freezes_nothing(tmp_path: Path) -> None:
    """Compared with the count before, not with zero: the app's own tests may have frozen
    this process's heap already (``gui_collector``), in whatever order they ran."""
    before = gc.get_freeze_count()
    create_app(Settings(database_url=f"sqlite:///{tmp_path / 'server.db'}"),
               sync=SyncRuntime.from_key_file(tmp_path / "server-key"))
    assert gc.get_freeze_count() == before
