"""A full disk gives a clear "storage full" error, loses nothing acknowledged, and the store
works again once space returns. Both ways SQLite meets a full disk are covered: a small tmpfs
("database or disk is full") and RLIMIT_FSIZE ("disk I/O error")."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldcase.domain.ids import IdFactory
from fieldcase.storage import cases
from fieldcase.storage.errors import StoreFull
from fieldcase.storage.store import Store

from .conftest import KEY, case_json, fixed_now


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    mount_point = tmp_path / "small"
    mount_point.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount_point)],
                   check=True)
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=True)


def _fill_until_full(store: Store, ids: IdFactory) -> list[str]:
    saved: list[str] = []
    with pytest.raises(StoreFull, match="storage is full"):
        for n in range(100_000):
            doc = case_json(ids, "Filler", "x" * 2000 + str(n))
            with store.atomic():
                case_id = cases.insert_case(store, doc, author="worker.1").case_id
            saved.append(case_id)  # acknowledged only once the commit returned
    return saved


def test_tmpfs_full_then_space_returns(small_disk: Path) -> None:
    ids = IdFactory()
    ballast = small_disk / "ballast"
    ballast.write_bytes(b"\0" * 300_000)
    with Store.open(small_disk, KEY, now=fixed_now) as store:
        saved = _fill_until_full(store, ids)
        assert saved, "some cases fit before the disk filled"
        ballast.unlink()
        with store.atomic():
            extra = cases.insert_case(store, case_json(ids, "After"), author="worker.1")
    with Store.open(small_disk, KEY, now=fixed_now) as store:
        assert store.raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        stored = {r[0] for r in store.raw.execute("SELECT id FROM cases")}
        assert stored == {*saved, extra.case_id}


_FSIZE_CHILD = """
import resource, sys
from pathlib import Path
sys.path.insert(0, sys.argv[2])
from conftest import KEY, case_json, fixed_now
from fieldcase.domain.ids import IdFactory
from fieldcase.storage import cases
from fieldcase.storage.errors import StoreFull
from fieldcase.storage.store import Store
store = Store.open(Path(sys.argv[1]), KEY, now=fixed_now)
hard = resource.getrlimit(resource.RLIMIT_FSIZE)[1]
resource.setrlimit(resource.RLIMIT_FSIZE, (600_000, hard))
ids = IdFactory()
try:
    for n in range(100_000):
        with store.atomic():
            case_id = cases.insert_case(store, case_json(ids, "F", "y" * 2000),
                                        author="w").case_id
        print(case_id, flush=True)
except StoreFull as error:
    print("FULL", error, flush=True)
resource.setrlimit(resource.RLIMIT_FSIZE, (hard, hard))
with store.atomic():
    print(cases.insert_case(store, case_json(ids, "After"), author="w").case_id, flush=True)
store.close()
"""


def test_file_size_limit_then_limit_lifted(tmp_path: Path) -> None:
    import signal

    result = subprocess.run(
        [sys.executable, "-c", _FSIZE_CHILD, str(tmp_path), str(Path(__file__).parent)],
        capture_output=True, text=True, check=False,
        preexec_fn=lambda: signal.signal(signal.SIGXFSZ, signal.SIG_IGN))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    full = [line for line in lines if line.startswith("FULL")]
    assert full == ["FULL storage is full: free disk space, then try again; nothing was saved"]
    acknowledged = {line for line in lines if not line.startswith("FULL")}
    with Store.open(tmp_path, KEY, now=fixed_now) as store:
        assert store.raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert {r[0] for r in store.raw.execute("SELECT id FROM cases")} == acknowledged
