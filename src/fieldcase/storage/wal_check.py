"""Read the store's write-ahead log *before* SQLite opens it, and say what it would ignore.

When SQLite opens a database whose ``-wal`` file holds frames, it replays the frames from the
start and stops, without a word, at the first one whose salts or checksum do not match: every
transaction committed after that point is dropped (a flipped byte dropped one or two committed
cases, and ``PRAGMA quick_check`` said "ok", since the database it checks no longer holds
them). The first write after the open then overwrites the evidence. So this module reads the
log as SQLite would, before the store is opened (no key needed: SQLCipher encrypts the pages,
not the log's frame headers, and the checksums cover the encrypted pages).

The format (https://www.sqlite.org/fileformat2.html#walformat): a 32-byte header (magic, format
version, page size, checkpoint sequence, two salts, a checksum of the first 24 bytes) and
frames of a 24-byte header (page number, database size after a commit or 0, the two salts, a
cumulative checksum of the header's first 8 bytes and the page) plus the page.

What it reports (:class:`WalReport`):

- ``damaged_frames``: frames carrying this log's salts whose checksum fails, where committed
  data is at stake: a commit frame, or a frame a commit follows. A power cut in the middle of
  a save can make one, and so can damage to the disk or the file. A kill can too, but only in
  the transaction it cut: SQLite writes a frame's header and its page in two writes, so a
  frame reused from an older log can get its new header and keep its old page. Such a frame
  with no commit after it is an unfinished transaction, which SQLite drops as it should, and
  is not reported;
- ``lost_commits``: transactions that were committed after a damaged frame and that SQLite
  will therefore drop (frames of this log, each checking against the one before it);
- ``bad_header``: a header SQLite will reject, so that every frame after it is ignored;
- ``partial_frame``: bytes at the end that are not a whole frame (a cut file, or a write cut
  by a power loss);
- ``unexplained``: whole frames at the end that are neither this log's nor a consistent run of
  an older one (appended garbage).

Frames of an *older* log after the valid ones are normal (SQLite reuses the file after a
checkpoint and leaves the tail) and are not reported. What cannot be seen here: a log cut at
a frame boundary, or deleted, looks like a shorter log, or none (``storage.store_marks`` and
the server's acknowledgement cover part of that, see docs/security.md).
"""

from __future__ import annotations

import mmap
import os
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final, NamedTuple

WAL_HEADER: Final = 32
FRAME_HEADER: Final = 24
_MAGIC_LE: Final = 0x377F0682
_MAGIC_BE: Final = 0x377F0683
_VERSION: Final = 3007000


class _Frame(NamedTuple):
    page: int
    commit_size: int  # the database's size in pages after a commit frame; 0 otherwise
    salt1: int
    salt2: int
    sum1: int
    sum2: int

    @property
    def salts(self) -> tuple[int, int]:
        return self.salt1, self.salt2

    @property
    def checksum(self) -> tuple[int, int]:
        return self.sum1, self.sum2


@dataclass(frozen=True)
class WalReport:
    """What SQLite would make of the log. ``frames``: frames it will replay; ``commits``:
    transactions among them."""

    size: int = 0
    frames: int = 0
    commits: int = 0
    bad_header: bool = False
    damaged_frames: int = 0
    lost_commits: int = 0
    partial_frame: bool = False
    unexplained: int = 0
    problems: tuple[str, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.problems


def wal_path(database: Path) -> Path:
    return database.with_name(database.name + "-wal")


def inspect(database: Path) -> WalReport:
    """Read ``database``'s ``-wal`` file; a missing or empty log is a clean report. The file
    is mapped, not read whole: a log can be large after a big import."""
    try:
        with wal_path(database).open("rb") as handle:
            if os.fstat(handle.fileno()).st_size == 0:
                return WalReport()
            with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
                return inspect_bytes(data)
    except FileNotFoundError:
        return WalReport()


def inspect_bytes(data: bytes | mmap.mmap) -> WalReport:
    if not data:
        return WalReport()
    if len(data) < WAL_HEADER:
        return _report(len(data), partial_frame=True)
    magic, version, page_size, _, salt1, salt2, sum1, sum2 = struct.unpack(">8I", data[:32])
    if magic not in (_MAGIC_LE, _MAGIC_BE) or version != _VERSION or not _page_size_ok(
            page_size):
        return _report(len(data), bad_header=True)
    big_endian = magic == _MAGIC_BE
    if _checksum(data[:24], (0, 0), big_endian) != (sum1, sum2):
        return _report(len(data), bad_header=True)
    frame_size = FRAME_HEADER + page_size
    count = (len(data) - WAL_HEADER) // frame_size
    partial = (len(data) - WAL_HEADER) % frame_size != 0

    def frame(index: int) -> tuple[_Frame, bytes]:
        """The frame's header, and the bytes its checksum covers."""
        start = WAL_HEADER + index * frame_size
        head = _Frame(*struct.unpack(">6I", data[start:start + FRAME_HEADER]))
        return head, data[start:start + 8] + data[start + FRAME_HEADER:start + frame_size]

    salts = (salt1, salt2)
    # SQLite's replay: the valid run from the header, up to its last commit frame.
    seed, index, frames, commits = (sum1, sum2), 0, 0, 0
    while index < count:
        head, covered = frame(index)
        if head.salts != salts or head.page == 0 or \
                _checksum(covered, seed, big_endian) != head.checksum:
            break
        seed = head.checksum
        index += 1
        if head.commit_size:
            frames, commits = index, commits + 1
    # What follows the valid run: damaged frames of this log, commits after them, and frames
    # of older logs (normal) or of none (unexplained). ``previous`` is the frame before.
    damaged = damaged_commits = lost = unexplained = 0
    previous = frame(index - 1)[0] if index > 0 else None
    for position in range(index, count):
        head, covered = frame(position)
        before = previous.checksum if previous is not None else (sum1, sum2)
        chained = (previous is None or previous.salts == head.salts) and \
            _checksum(covered, before, big_endian) == head.checksum
        if head.salts == salts:
            if not chained or head.page == 0:
                damaged += 1
                damaged_commits += 1 if head.commit_size else 0
            elif head.commit_size and damaged:
                lost += 1
        elif not chained and not _older(head.salt1, salt1):
            unexplained += 1
        previous = head
    if not lost and not damaged_commits:
        damaged = 0  # the unfinished transaction a kill cut (see the module): nothing committed
    return _report(len(data), frames=frames, commits=commits, damaged_frames=damaged,
                   lost_commits=lost, partial_frame=partial, unexplained=unexplained)


_OLDER_LOGS: Final = 1 << 16


def _older(salt1: int, current: int) -> bool:
    """Whether a frame's first salt is that of an earlier log in this file: SQLite adds one
    to it each time it starts the log over, so earlier logs have slightly smaller ones."""
    return 0 < (current - salt1) % (1 << 32) <= _OLDER_LOGS


def _page_size_ok(size: int) -> bool:
    return 512 <= size <= 65536 and size & (size - 1) == 0


def _checksum(data: bytes, seed: tuple[int, int], big_endian: bool) -> tuple[int, int]:
    """SQLite's WAL checksum (``walChecksumBytes``) over 8-byte steps."""
    words = iter(struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data))
    s1, s2 = seed
    for first, second in zip(words, words, strict=True):
        s1 = (s1 + first + s2) & 0xFFFFFFFF
        s2 = (s2 + second + s1) & 0xFFFFFFFF
    return s1, s2


def _report(size: int, *, frames: int = 0, commits: int = 0, bad_header: bool = False,
            damaged_frames: int = 0, lost_commits: int = 0, partial_frame: bool = False,
            unexplained: int = 0) -> WalReport:
    problems = []
    if bad_header:
        problems.append("the log's header is damaged: SQLite ignores everything in it")
    if damaged_frames:
        problems.append(f"{damaged_frames} damaged frame(s) in the log")
    if lost_commits:
        problems.append(f"{lost_commits} committed change(s) after a damaged frame are "
                        "ignored: they are lost from the store")
    if partial_frame:
        problems.append("the log ends in a partial frame (a cut file, or a save cut by a "
                        "power loss)")
    if unexplained:
        problems.append(f"{unexplained} unexplained frame(s) at the end of the log")
    return WalReport(size, frames, commits, bad_header, damaged_frames, lost_commits,
                     partial_frame, unexplained, tuple(problems))
