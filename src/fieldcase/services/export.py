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
  completed, where it went (``stdout`` or ``file``) and how it was protected (``public_key``,
  ``passphrase``, ``plaintext``) — never a name, a key or a file name (the
  user chooses it and it may say anything). An export that fails half-way is audited with
  what was written, because that much may already have left.
- **Sealed**: a file is sealed to the organisation's key or a passphrase unless the person
  chose plain text (``services.export_output``, ``services.export_seal``).
- **Files**: created with mode 0600 and never over an existing file unless ``force``. The
  lines go to a file without the chosen name that takes it only once complete, so a failure
  leaves no half-written export under that name, and no plaintext outlives an interrupted
  export: an anonymous file the kernel frees with the process, or a temporary file recorded
  in the store first and swept at the next unlock (``services.export_file``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from fieldcase.domain import policy
from fieldcase.domain.codes import Status
from fieldcase.domain.document import read_stored_document
from fieldcase.domain.errors import ValidationError
from fieldcase.services.export_file import ExportFileError, check_target
from fieldcase.services.export_output import write_export
from fieldcase.services.export_seal import Protection
from fieldcase.services.lease import require_working_lease
from fieldcase.services.session import Session
from fieldcase.storage import case_list, cases
from fieldcase.storage.case_list import CaseFilter

__all__ = ["ExportFileError", "ExportResult", "ExportSelection", "export_cases",
           "export_to_file", "plan_cases"]

AUDIT_ACTION = "case.export"


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
    case_ids = plan_cases(session, selection)
    written: list[str] = []
    with _audited(session, case_ids, written, "stdout", "plaintext"):
        _write_lines(session, case_ids, write, written)
    return ExportResult(len(written), tuple(written))


def export_to_file(session: Session, selection: ExportSelection, path: Path, *,
                   protection: Protection, force: bool = False) -> ExportResult:
    """Write the selected cases to a new file at ``path`` (mode 0600), sealed as
    ``protection`` says (``services.export_seal``); an existing file is refused unless
    ``force``, which replaces it with a new 0600 file. The export is audited as complete
    only once the file has its name (sealed to its last chunk)."""
    case_ids = plan_cases(session, selection)
    check_target(Path(path), force=force)  # a refused name: nothing written, nothing audited
    written: list[str] = []
    with _audited(session, case_ids, written, "file", protection.label):
        write_export(session, Path(path), protection, force=force,
                     produce=lambda write: _write_lines(session, case_ids, write, written))
    return ExportResult(len(written), tuple(written))


def plan_cases(session: Session, selection: ExportSelection) -> list[str]:
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
                chosen.append((doc.id, policy.device_context(doc, session.actor)))
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
    context = policy.device_context(doc, session.actor)
    policy.require(session.actor, policy.Action.EXPORT_CASE, context)
    shown = policy.redact(doc, session.actor, context).to_json()
    return json.dumps(shown, ensure_ascii=False, separators=(",", ":")) + "\n"


def _write_lines(session: Session, case_ids: list[str], write: Callable[[str], object],
                 written: list[str]) -> None:
    for case_id in case_ids:
        write(_line(session, case_id))
        written.append(case_id)


@contextmanager
def _audited(session: Session, case_ids: list[str], written: list[str], destination: str,
             protection: str) -> Iterator[None]:
    """One ``case.export`` event whatever happens inside: complete only when the block ran
    to its end, else with the cases written so far (they may already have left)."""
    complete = False
    try:
        yield
        complete = True
    finally:
        with session.store.atomic():
            session.store.audit(session.actor.user, AUDIT_ACTION, details={
                "count": len(written), "case_ids": list(written), "complete": complete,
                "destination": destination, "selected": len(case_ids),
                "protection": protection})
