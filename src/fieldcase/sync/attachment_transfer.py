"""The attachment step of a sync: upload what this device made, fetch what its cases list.

After push and pull (so the attachment's record is on the server, and the pulled cases say
which files to fetch): reconcile the table with the cases, upload every ``pending_upload``
attachment, then download every ``wanted`` or ``downloading`` one, through the signed, retried
:class:`~fieldcase.sync.attachments.AttachmentClient`.

Who does what, where: the table is read and written in short store steps (``sync.steps``):
plan the round (reconcile, list the files with their keys), note an upload or a download done,
begin or restart a download. The bytes — reading a sealed chunk to send it, checking and
writing a received one, checking a finished file against its SHA-256 — move on the caller's
thread through :class:`~fieldcase.storage.sealed_files.SealedFiles`, never in a step, so the
desktop app's store thread is not held while a file moves. ``FilesMoved`` reports files and
bytes for the window's second progress line.

A download checks every chunk's GCM tag before writing it, and the whole file against the
SHA-256 its case lists before it is usable; a download cut short resumes after the last
intact chunk. An attachment the server cannot give yet (its upload not finished, a case out of
reach) stays wanted and is tried at the next sync; one whose bytes fail a check is discarded,
counted in ``TransferReport.damaged`` and fetched afresh next time. An attachment removed on
this laptop while its file moves (the person's call ran between two steps) is simply left.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from fieldcase.storage.attachments import (
    AttachmentError,
    AttachmentFiles,
    SealedFiles,
    StoredAttachment,
)
from fieldcase.storage.sealed_files import layout_of
from fieldcase.sync.attachments import AttachmentClient, Manifest
from fieldcase.sync.client import CancelToken
from fieldcase.sync.steps import Steps


@dataclass
class TransferReport:
    """``uploaded``/``downloaded``: attachments finished this round; ``chunks_sent`` /
    ``chunks_received``: chunks moved; ``waiting``: attachments the server could not take or
    give yet; ``damaged``: downloads discarded because they failed a check."""

    uploaded: int = 0
    downloaded: int = 0
    chunks_sent: int = 0
    chunks_received: int = 0
    waiting: int = 0
    damaged: int = 0


@dataclass(frozen=True)
class FilesMoved:
    """How far the attachment step is, for its own progress line: files dealt with (moved,
    or left for the next sync) of those to move this round, and their bytes (plaintext
    sizes; a chunk the other side already had counts as moved)."""

    files_done: int
    files_total: int
    bytes_done: int
    bytes_total: int


FilesProgress = Callable[[FilesMoved], None]


class _Meter:
    def __init__(self, progress: FilesProgress | None, files: int, size: int) -> None:
        self._progress = progress
        self._moved = FilesMoved(0, files, 0, size)
        self._say()

    def add(self, size: int) -> None:
        moved = self._moved
        self._moved = FilesMoved(moved.files_done, moved.files_total,
                                 min(moved.bytes_done + size, moved.bytes_total),
                                 moved.bytes_total)
        self._say()

    def file_done(self, stored: StoredAttachment, sent: int) -> None:
        """One file dealt with; ``sent`` of its bytes were counted while it moved."""
        moved = self._moved
        self._moved = FilesMoved(moved.files_done + 1, moved.files_total, moved.bytes_done,
                                 moved.bytes_total)
        self.add(stored.size - sent)

    def _say(self) -> None:
        if self._progress is not None:
            self._progress(self._moved)


@dataclass(frozen=True)
class _Plan:
    """What this round moves, read in one store step: the files' folder, the uploads with
    their file keys, the downloads with theirs (None until a download has begun)."""

    sealed: SealedFiles
    uploads: tuple[tuple[StoredAttachment, bytes], ...]
    downloads: tuple[tuple[StoredAttachment, bytes | None], ...]


def transfer(steps: Steps[AttachmentFiles], open_client: Callable[[], AttachmentClient],
             cancel: CancelToken | None = None,
             progress: FilesProgress | None = None) -> TransferReport:
    """Reconcile the table with the cases, upload every pending attachment, then download
    every wanted one. Each chunk is durable on arrival, so a cut connection loses at most the
    chunk in flight. The client is opened only when there is a file to move: most syncs have
    none, and a no-op sync stays one connection and one request.

    The table is read and written in short steps (``steps``); the bytes move on the caller's
    thread through :class:`~fieldcase.storage.sealed_files.SealedFiles`, never in a step."""
    token = cancel or CancelToken()
    plan = steps.run(_plan)
    report = TransferReport()
    if not plan.uploads and not plan.downloads:
        return report
    everything = [stored for stored, _ in (*plan.uploads, *plan.downloads)]
    meter = _Meter(progress, len(everything), sum(s.size for s in everything))
    with open_client() as client:
        for stored, file_key in plan.uploads:
            token.check()
            meter.file_done(stored, _upload(steps, plan.sealed, client, stored, file_key,
                                            report, token, meter))
        for stored, maybe_key in plan.downloads:
            token.check()
            meter.file_done(stored, _download(steps, plan.sealed, client, stored, maybe_key,
                                              report, token, meter))
    return report


def _upload(steps: Steps[AttachmentFiles], sealed: SealedFiles, client: AttachmentClient,
            stored: StoredAttachment, file_key: bytes, report: TransferReport,
            cancel: CancelToken, meter: _Meter) -> int:
    """Send what the server lacks of one file; returns the bytes counted on the meter."""
    layout = layout_of(stored)
    state = client.start_upload(stored, file_key)
    if state is None:
        report.waiting += 1
        return 0
    counted = 0
    try:
        for index in range(layout.chunk_count):
            if index not in state.have:
                cancel.check()
                client.put_chunk(stored.attachment_id, index, sealed.sealed_chunk(stored, index))
                report.chunks_sent += 1
            meter.add(layout.plain_length(index))
            counted += layout.plain_length(index)
    except (AttachmentError, FileNotFoundError):
        if steps.run(partial(_holds, stored=stored)):
            raise
        return counted  # removed on this laptop while it was being sent
    if not state.complete:
        state = client.start_upload(stored, file_key)  # confirms what the server now holds
    if state is None or not state.complete:
        report.waiting += 1
        return counted
    steps.run(partial(_uploaded, attachment_id=stored.attachment_id))
    report.uploaded += 1
    return counted


def _download(steps: Steps[AttachmentFiles], sealed: SealedFiles, client: AttachmentClient,
              stored: StoredAttachment, file_key: bytes | None, report: TransferReport,
              cancel: CancelToken, meter: _Meter) -> int:
    """Fetch what this device lacks of one file; returns the bytes counted on the meter."""
    manifest = client.manifest(stored.attachment_id)
    if manifest is None or not manifest.complete or manifest.case_id != stored.case_id:
        report.waiting += 1
        return 0
    counted = 0
    try:
        if stored.state == "wanted":
            begun = steps.run(partial(_begin_download, stored=stored, manifest=manifest))
            if begun is None:
                return 0  # no longer wanted: removed or erased meanwhile
            stored, file_key = begun, manifest.file_key
        if file_key is None:
            raise AttachmentError("tampered", f"attachment {stored.attachment_id}: its key "
                                  "does not open under this profile's attachment key")
        layout = layout_of(stored)
        present = sealed.intact_prefix(stored, file_key)
        for index in range(layout.chunk_count):
            if index >= present:
                cancel.check()
                sealed.write_chunk(stored, file_key, index,
                                   client.get_chunk(stored.attachment_id, index))
                report.chunks_received += 1
            meter.add(layout.plain_length(index))
            counted += layout.plain_length(index)
        sealed.check(stored, file_key)
    except (AttachmentError, FileNotFoundError):
        if not steps.run(partial(_holds, stored=stored)):
            return counted  # removed on this laptop while it was arriving
        sealed.discard(steps.run(partial(_restart_download, attachment_id=stored.attachment_id)))
        report.damaged += 1
        return counted
    if steps.run(partial(_downloaded, stored=stored)):
        report.downloaded += 1
    return counted


# -- the store steps of a transfer ---------------------------------------------------------------

def _plan(files: AttachmentFiles) -> _Plan:
    doomed: list[str] = []
    if files.scan_queued():  # most syncs: none, and then no commit of their own
        with files.store.atomic():
            doomed = files.reconcile()
    files.discard_files(doomed)
    uploads = tuple((s, files.file_key(s.attachment_id))
                    for s in files.in_state("pending_upload"))
    downloads = tuple((s, _key_or_none(files, s) if s.state == "downloading" else None)
                      for s in files.in_state("wanted", "downloading"))
    return _Plan(files.sealed, uploads, downloads)


def _key_or_none(files: AttachmentFiles, stored: StoredAttachment) -> bytes | None:
    try:
        return files.file_key(stored.attachment_id)
    except AttachmentError:
        return None  # the download restarts


def _holds(files: AttachmentFiles, *, stored: StoredAttachment) -> bool:
    """Whether the row is still this attachment with this file (not removed meanwhile)."""
    current = files.get(stored.attachment_id)
    return current is not None and current.file_name == stored.file_name


def _uploaded(files: AttachmentFiles, *, attachment_id: str) -> None:
    with files.store.atomic():
        files.set_state(attachment_id, "ready")


def _begin_download(files: AttachmentFiles, *, stored: StoredAttachment,
                    manifest: Manifest) -> StoredAttachment | None:
    current = files.get(stored.attachment_id)
    if current is None or current.state != "wanted":
        return None
    with files.store.atomic():
        return files.begin_download(current, manifest.file_key, manifest.layout)


def _downloaded(files: AttachmentFiles, *, stored: StoredAttachment) -> bool:
    with files.store.atomic():
        return files.finish_download(stored)


def _restart_download(files: AttachmentFiles, *, attachment_id: str) -> str | None:
    with files.store.atomic():
        return files.restart_download(attachment_id)
