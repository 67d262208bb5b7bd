"""Reading the store's write-ahead log as SQLite will replay it: real logs written by
SQLCipher, damaged the ways a disk, a cut file or a power loss damages them, and never a false
alarm for what normal work and a kill leave behind."""

from __future__ import annotations

import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from fieldcase.domain.ids import IdFactory
from fieldcase.storage import cases, wal_check
from fieldcase.storage.store import DATABASE_FILE, Store
from fieldcase.storage.wal_check import FRAME_HEADER, WAL_HEADER

from .conftest import KEY, case_json, fixed_now
from .test_crash_safety import _WRITER


def _log_after(tmp_path: Path, commits: int) -> tuple[bytes, int]:
    """The log a store holds after ``commits`` cases, read while it is open; the page size."""
    ids = IdFactory()
    with Store.open(tmp_path, KEY, now=fixed_now) as store:
        for index in range(commits):
            with store.atomic():
                cases.insert_case(store, case_json(ids, f"Name{index}"), author="w")
        data = wal_check.wal_path(tmp_path / DATABASE_FILE).read_bytes()
        page_size = int(store.raw.execute("PRAGMA page_size").fetchone()[0])
    return data, page_size


@pytest.fixture(scope="module")
def log(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, int]:
    return _log_after(tmp_path_factory.mktemp("wal"), 8)


def test_a_whole_log_is_clean_and_counts_its_commits(log: tuple[bytes, int]) -> None:
    data, _ = log
    report = wal_check.inspect_bytes(data)
    assert report.ok and report.commits >= 8 and report.frames > report.commits


def test_a_flipped_byte_names_the_commits_sqlite_will_drop(log: tuple[bytes, int]) -> None:
    data, page_size = log
    frame = FRAME_HEADER + page_size
    total = wal_check.inspect_bytes(data).commits
    for at in (0, 3, 10):  # a page early, further on, and a frame's own header
        damaged = bytearray(data)
        damaged[WAL_HEADER + at * frame + (FRAME_HEADER + 5 if at != 10 else 4)] ^= 0x10
        report = wal_check.inspect_bytes(bytes(damaged))
        assert report.damaged_frames >= 1 and not report.ok
        assert report.commits + report.lost_commits in (total, total - 1)
        assert report.lost_commits > 0
        assert any("committed change(s) after a damaged frame" in p for p in report.problems)


def test_damage_in_the_last_transaction_is_still_reported(log: tuple[bytes, int]) -> None:
    data, _ = log
    damaged = bytearray(data)
    damaged[-5] ^= 0x01
    report = wal_check.inspect_bytes(bytes(damaged))
    assert report.damaged_frames == 1 and report.lost_commits == 0 and not report.ok


def test_a_cut_log_a_bad_header_and_garbage(log: tuple[bytes, int]) -> None:
    data, page_size = log
    assert wal_check.inspect_bytes(data[:-700]).partial_frame
    assert wal_check.inspect_bytes(data[:20]).partial_frame
    assert wal_check.inspect_bytes(b"\x00" * 32 + data[32:]).bad_header
    assert wal_check.inspect_bytes(data + bytes(FRAME_HEADER + page_size)).unexplained == 1
    shorter = data[:WAL_HEADER + 2 * (FRAME_HEADER + page_size)]  # cut at a frame boundary:
    assert wal_check.inspect_bytes(shorter).ok  # ... looks like a shorter log (the limit)
    assert wal_check.inspect_bytes(b"").ok


def test_a_log_started_over_after_a_checkpoint_is_clean(tmp_path: Path) -> None:
    """SQLite reuses the file after a checkpoint: new frames with new salts at the start, the
    older log's frames after them. That is normal and must never be reported."""
    ids = IdFactory()
    with Store.open(tmp_path, KEY, now=fixed_now) as store:
        for index in range(6):
            with store.atomic():
                cases.insert_case(store, case_json(ids, f"Old{index}"), author="w")
        store.raw.execute("PRAGMA wal_checkpoint(RESTART)").fetchone()
        with store.atomic():
            cases.insert_case(store, case_json(ids, "New"), author="w")
        data = wal_check.wal_path(tmp_path / DATABASE_FILE).read_bytes()
    report = wal_check.inspect_bytes(data)
    assert report.ok, report.problems
    assert report.size > WAL_HEADER + report.frames * 4000  # older frames are still there


def test_a_killed_writer_never_leaves_a_log_that_looks_damaged(tmp_path: Path) -> None:
    """A kill is the common crash: the kernel finishes every write it started, so whatever it
    leaves must read as clean (an unfinished transaction is not damage)."""
    rng = random.Random(20261207)
    for kill in range(8):
        child = subprocess.Popen(
            [sys.executable, "-c", _WRITER, str(tmp_path), str(Path(__file__).parent)],
            stdout=subprocess.PIPE, text=True)
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.3))
        child.send_signal(signal.SIGKILL)
        child.communicate()
        kept = tmp_path / f"kill-{kill}"
        kept.mkdir()
        shutil.copy2(wal_check.wal_path(tmp_path / DATABASE_FILE), kept / "log")
        report = wal_check.inspect_bytes((kept / "log").read_bytes())
        assert report.ok, report.problems


def test_a_frame_torn_by_a_kill_in_an_unfinished_transaction_is_not_damage(
        log: tuple[bytes, int]) -> None:
    """SQLite writes a frame's header, then its page: a kill between the two leaves a frame
    of this log whose page is an older one's. With no commit after it, nothing committed is at
    stake; the same fault in a commit frame is still reported (the test above)."""
    data, page_size = log
    frame = FRAME_HEADER + page_size
    count = (len(data) - WAL_HEADER) // frame
    last_commit = max(index for index in range(count) if int.from_bytes(
        data[WAL_HEADER + index * frame + 4:WAL_HEADER + index * frame + 8], "big"))
    torn = bytearray(data[:WAL_HEADER + (last_commit + 1) * frame])
    # an unfinished transaction's first frame: this log's header, chained, page not written
    header = bytearray(data[WAL_HEADER + last_commit * frame:WAL_HEADER + last_commit * frame
                            + FRAME_HEADER])
    header[4:8] = bytes(4)  # not a commit
    torn += header + bytes(page_size)
    report = wal_check.inspect_bytes(bytes(torn))
    assert report.ok, report.problems
    assert report.commits == wal_check.inspect_bytes(data).commits
