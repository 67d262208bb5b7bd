"""A store that went back in time, or whose write-ahead log SQLite will silently cut short, is
noticed at the next unlock and reported by every self-test until someone acknowledges it.

Each scenario is made the way it happens: a session commits cases and the process "dies"
(the test copies the store's files while the connection is still open, so the log holds
committed frames, then puts that copy back after the session closed), or a clean copy of
``store.db`` is put back over a newer one."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from fieldcase.services import cases, self_test, store_history
from fieldcase.services.session import Session
from fieldcase.storage import audit
from fieldcase.storage.store import DATABASE_FILE
from fieldcase.storage.wal_check import FRAME_HEADER, WAL_HEADER

from .conftest import new_case

WAL = DATABASE_FILE + "-wal"
STORE_FILES = (DATABASE_FILE, WAL, "store.mark")  # as they are at that moment


def _copy(folder: Path, into: Path) -> None:
    into.mkdir()
    for name in STORE_FILES:
        if (folder / name).exists():
            shutil.copy2(folder / name, into / name)


def _put_back(copy: Path, folder: Path, names: tuple[str, ...] = STORE_FILES) -> None:
    for name in names:
        (folder / name).unlink(missing_ok=True)
        if (copy / name).exists():
            shutil.copy2(copy / name, folder / name)


def _crash_after(open_session: Callable[..., Session], profile_dir: Path, tmp_path: Path,
                 names: list[str]) -> Path:
    """Commit a case per name, then keep the files as a crash at that moment leaves them."""
    session = open_session()
    for name in names:
        cases.create_case(session, new_case(name))
    crashed = tmp_path / "crashed"
    _copy(profile_dir, crashed)
    assert (crashed / WAL).stat().st_size > 0
    session.close()
    return crashed


def _count(session: Session) -> int:
    return int(session.store.raw.execute("SELECT count(*) FROM cases").fetchone()[0])


def _history(session: Session) -> self_test.Check:
    return next(c for c in self_test.run(session).checks if c.name == "store history")


def test_a_clean_profile_reports_a_clean_history(open_session: Callable[..., Session]) -> None:
    session = open_session()
    cases.create_case(session, new_case())
    session.close()
    check = _history(open_session())
    assert check.ok, check.detail


def test_a_flipped_byte_in_the_log_is_reported_at_unlock_and_by_every_self_test(
        open_session: Callable[..., Session], profile_dir: Path, tmp_path: Path) -> None:
    crashed = _crash_after(open_session, profile_dir, tmp_path, ["Qorvan", "Zelthir", "Amara"])
    _put_back(crashed, profile_dir)
    log = bytearray((profile_dir / WAL).read_bytes())
    log[WAL_HEADER + FRAME_HEADER + 200] ^= 0x01  # in the first frame's page
    (profile_dir / WAL).write_bytes(bytes(log))

    session = open_session()
    assert _count(session) == 0  # SQLite dropped every commit after the damaged frame
    assert [p.kind for p in session.store_problems] == ["wal_damaged", "wal_damaged"]
    check = _history(session)
    assert not check.ok and "committed change(s) after a damaged frame" in check.detail
    assert "store.problem" in {e.action for e in audit.events(session.store.raw)}
    session.close()
    again = open_session()
    assert again.store_problems == ()  # found once, at the unlock that saw it
    assert not _history(again).ok  # ... and reported until acknowledged
    assert store_history.acknowledge(again) == 2
    assert _history(again).ok
    assert "store.problems_acknowledged" in {e.action for e in audit.events(again.store.raw)}


def test_a_log_cut_in_the_middle_of_a_frame_is_reported(
        open_session: Callable[..., Session], profile_dir: Path, tmp_path: Path) -> None:
    crashed = _crash_after(open_session, profile_dir, tmp_path, ["Qorvan", "Zelthir"])
    _put_back(crashed, profile_dir)
    log = (profile_dir / WAL).read_bytes()
    (profile_dir / WAL).write_bytes(log[:-1000])
    check = _history(open_session())
    assert not check.ok and "partial frame" in check.detail


def test_a_store_put_back_from_an_older_copy_is_reported(
        open_session: Callable[..., Session], profile_dir: Path, tmp_path: Path) -> None:
    session = open_session()
    cases.create_case(session, new_case("Qorvan"))
    session.close()
    older = tmp_path / "older"
    _copy(profile_dir, older)
    session = open_session()
    cases.create_case(session, new_case("Zelthir"))
    session.close()
    _put_back(older, profile_dir, (DATABASE_FILE, WAL))

    session = open_session()
    assert _count(session) == 1
    (problem,) = session.store_problems
    assert problem.kind == "rolled_back"
    check = _history(session)
    assert not check.ok and "older than at its last clean close" in check.detail


def test_a_missing_or_foreign_mark_is_no_alarm(open_session: Callable[..., Session],
                                               profile_dir: Path) -> None:
    session = open_session()
    cases.create_case(session, new_case())
    session.close()
    mark = profile_dir / "store.mark"
    assert mark.stat().st_size == 48
    mark.write_bytes(mark.read_bytes()[:-1] + b"\x00")  # a seal that does not check
    assert open_session().store_problems == ()
    mark.unlink()
    assert open_session().store_problems == ()


@pytest.mark.parametrize("damage", ["header", "garbage"])
def test_other_log_damage_is_reported(damage: str, open_session: Callable[..., Session],
                                      profile_dir: Path, tmp_path: Path) -> None:
    crashed = _crash_after(open_session, profile_dir, tmp_path, ["Qorvan"])
    _put_back(crashed, profile_dir)
    log = bytearray((profile_dir / WAL).read_bytes())
    if damage == "header":
        log[12] ^= 0xFF  # the checkpoint sequence: the header's checksum no longer holds
    else:
        log += bytes(range(256)) * 40  # appended bytes that belong to no log
    (profile_dir / WAL).write_bytes(bytes(log))
    assert not _history(open_session()).ok


def test_a_store_put_back_with_its_own_mark_is_not_seen_here(
        open_session: Callable[..., Session], profile_dir: Path, tmp_path: Path) -> None:
    """The documented limit: an older store and its mark agree, so nothing on this laptop can
    tell; the server's acknowledgement catches it once that store syncs (tests/server/
    test_store_rollback.py)."""
    session = open_session()
    cases.create_case(session, new_case("Qorvan"))
    session.close()
    older = tmp_path / "older"
    _copy(profile_dir, older)
    session = open_session()
    cases.create_case(session, new_case("Zelthir"))
    session.close()
    _put_back(older, profile_dir)
    assert open_session().store_problems == ()
