"""Export case documents as JSON Lines: one case document (docs/case-document.md) per line.

An export is the moment case data leaves the encrypted store as plain text, so it is held to
the strictest rules of the app:

- **Who**: ``domain.policy`` decides, case by case: ``export_case`` (supervisors of the case's
  team), and each document is shown exactly as ``case show`` shows it to that user
  (``policy.redact``: confidential parts only to those who may see them). All or nothing:
  if one selected case may not be exported, nothing is written and ``PermissionDenied``
  names the rule, so a supervisor never receives a file silently missing cases.
- **When**: never while the offline lease has expired (``require_working_lease``).
- **Audit**: one ``case.export`` event per export: how many cases, their ids, whether it
  completed and where it went (``stdout`` or ``file``) — never a name or a file name (the
  user chooses it and it may say anything). An export that fails half-way is audited with
  what was written, because that much may already have left.
- **Files**: created with mode 0600 and never over an existing file unless ``force``. The
  lines go to a temporary file in the same folder (``.fieldcase-export-*``, also 0600) that
  is moved into place only once complete, so a failure leaves no half-written export under
  the chosen name; a crash can leave the temporary file, which then holds plain case data
  until someone deletes it.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from fieldcase.domain import policy
from fieldcase.domain.codes import Status
from fieldcase.domain.document import read_stored_document
from fieldcase.domain.errors import FieldCaseError, ValidationError
from fieldcase.services.lease import require_working_lease
from fieldcase.services.session import Session
from fieldcase.storage import case_list, cases
from fieldcase.storage.case_list import CaseFilter

__all__ = ["ExportFileError", "ExportResult", "ExportSelection", "export_cases",
           "export_to_file"]

AUDIT_ACTION = "case.export"
TEMP_PREFIX = ".fieldcase-export-"


class ExportFileError(FieldCaseError):
    """The output file cannot be written as asked (it exists, or its folder does not);
    ``problem`` is a stable name (``exists``, ``not_a_file``, ``no_folder``)."""

    kind = "export_file"

    def __init__(self, problem: str, message: str) -> None:
        super().__init__(message)
        self.problem = problem


@dataclass(frozen=True)
class ExportSelection:
    """Which cases: ``case_refs`` (ids or case numbers; empty means every case on this
    device) narrowed by ``status`` when given."""

    case_refs: tuple[str, ...] = ()
    status: str | None = None


@dataclass(frozen=True)
class ExportResult:
    count: int
    case_ids: tuple[str, ...]


def export_cases(session: Session, selection: ExportSelection,
                 write: Callable[[str], object]) -> ExportResult:
    """Write the selected cases to ``write``, one JSON line each (ending in a newline)."""
    case_ids = _plan(session, selection)
    return _deliver(session, case_ids, write, "stdout", lambda: None)


def export_to_file(session: Session, selection: ExportSelection, path: Path, *,
                   force: bool = False) -> ExportResult:
    """Write the selected cases to a new file at ``path`` (mode 0600); an existing file is
    refused unless ``force``, which replaces it with a new 0600 file."""
    target = Path(path)
    case_ids = _plan(session, selection)
    _check_target(target, force=force)
    try:
        handle, temp_name = tempfile.mkstemp(dir=target.parent, prefix=TEMP_PREFIX)
    except FileNotFoundError:
        raise ExportFileError("no_folder", "--output: the folder does not exist") from None
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:

            def place() -> None:
                out.flush()
                os.fsync(out.fileno())
                _place(temp, target, force=force)

            return _deliver(session, case_ids, out.write, "file", place)
    finally:
        temp.unlink(missing_ok=True)


def _check_target(target: Path, *, force: bool) -> None:
    if target.is_dir():
        raise ExportFileError("not_a_file", "--output: that is a folder, not a file")
    if not force and (target.exists() or target.is_symlink()):
        raise ExportFileError("exists", "--output: the file exists; add --force to replace it")


def _place(temp: Path, target: Path, *, force: bool) -> None:
    """Move the finished export under its name: replace (``force``) or create, never
    overwrite (a hard link fails if the name exists, even if it appeared meanwhile)."""
    if force:
        os.replace(temp, target)
        return
    try:
        os.link(temp, target)
    except FileExistsError:
        raise ExportFileError(
            "exists", "--output: the file exists; add --force to replace it") from None
    except OSError:  # a file system without hard links: exclusive create, then copy
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
        try:
            descriptor = os.open(target, flags, 0o600)
        except FileExistsError:
            raise ExportFileError(
                "exists", "--output: the file exists; add --force to replace it") from None
        with os.fdopen(descriptor, "wb") as placed, temp.open("rb") as source:
            shutil.copyfileobj(source, placed)
            placed.flush()
            os.fsync(placed.fileno())


def _plan(session: Session, selection: ExportSelection) -> list[str]:
    """The ids to export, after every permission check: raises before anything is written."""
    require_working_lease(session)
    if selection.status is not None and selection.status not in {s.value for s in Status}:
        known = ", ".join(s.value for s in Status)
        raise ValidationError("status", "unknown_code", f"unknown status; known: {known}")
    chosen: list[tuple[str, policy.CaseContext]] = []
    if selection.case_refs:
        for reference in dict.fromkeys(selection.case_refs):
            doc = read_stored_document(cases.load_case(session.store,
                                                       cases.find_case_id(session.store,
                                                                          reference)),
                                       today=session.today()).document
            if selection.status is None or doc.case.status.value == selection.status:
                assert doc.id is not None
                chosen.append((doc.id, policy.context_of(doc, session.actor.team)))
    else:
        for row in _all_rows(session, CaseFilter(status=selection.status)):
            chosen.append((row.case_id, policy.CaseContext(team=session.actor.team,
                                                           site=row.site,
                                                           assigned_to=row.assigned_to)))
    ids = list(dict.fromkeys(case_id for case_id, _ in chosen))
    for _, context in chosen:
        policy.require(session.actor, policy.Action.EXPORT_CASE, context)
    return ids


def _all_rows(session: Session, case_filter: CaseFilter) -> Iterator[case_list.CaseSummary]:
    cursor = None
    while True:
        page = case_list.list_cases(session.store.raw, case_filter, cursor, 500)
        yield from page.rows
        if page.next_cursor is None:
            return
        cursor = page.next_cursor


def _line(session: Session, case_id: str) -> str:
    """The case as ``case show`` gives this user: checked again on the stored document, and
    redacted by the same policy function."""
    doc = read_stored_document(cases.load_case(session.store, case_id),
                               today=session.today()).document
    context = policy.context_of(doc, session.actor.team)
    policy.require(session.actor, policy.Action.EXPORT_CASE, context)
    shown = policy.redact(doc, session.actor, context).to_json()
    return json.dumps(shown, ensure_ascii=False, separators=(",", ":")) + "\n"


def _deliver(session: Session, case_ids: list[str], write: Callable[[str], object],
             destination: str, finish: Callable[[], None]) -> ExportResult:
    written: list[str] = []
    complete = False
    try:
        for case_id in case_ids:
            write(_line(session, case_id))
            written.append(case_id)
        finish()
        complete = True
    finally:
        with session.store.atomic():
            session.store.audit(session.actor.user, AUDIT_ACTION, details={
                "count": len(written), "case_ids": written, "complete": complete,
                "destination": destination, "selected": len(case_ids)})
    return ExportResult(len(written), tuple(written))
