"""Subject access: everything this laptop holds about one person, readable, in one file.

A person may ask what an organisation holds about them (GDPR art. 15, and the data-protection
policies of IOM and most NGOs). A data-protection officer answers from the case: the bundle
is a plain-language text, section by section, then the same case document as JSON for anyone
who needs it exact. It holds:

- the case document as it is stored (every field, confidential parts included: the person is
  asking for their own data; only supervisors of the team may make the bundle);
- the case's history from this laptop's audit log (who opened, changed, exported, printed it,
  when; counts, never values);
- attachments listed (kind, type, size, label, checksum; the files themselves stay encrypted:
  give them from the app, one by one, if asked);
- open sync conflicts (the values on each side) and changes the server refused (the values
  that were wanted), since each may hold data the case no longer shows.

What it cannot hold: what other laptops or the server hold (their own logs and copies),
another worker's unsaved drafts (kept under their own user), and the household members'
own cases, which are other people's data: only the names as this case records them.

The bundle is written like every export (``services.export_output``): sealed unless plain
text was chosen, audited (``case.subject_access``) without a name.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Final

from fieldcase.domain import policy
from fieldcase.domain.document import read_stored_document
from fieldcase.services import refusals
from fieldcase.services import sync as sync_service
from fieldcase.services.case_history import case_history
from fieldcase.services.export_output import Write, write_export
from fieldcase.services.export_seal import Protection
from fieldcase.services.lease import require_working_lease
from fieldcase.services.session import Session
from fieldcase.storage import cases

__all__ = ["SubjectAccessResult", "subject_access"]

AUDIT_ACTION: Final = "case.subject_access"
HISTORY_LIMIT: Final = 100_000
_RULE: Final = "=" * 72


@dataclass(frozen=True)
class SubjectAccessResult:
    case_id: str
    case_number: str | None
    history_events: int
    attachments: int
    conflicts: int
    refused_changes: int


def subject_access(session: Session, case_ref: str, target: Path, *,
                   protection: Protection, force: bool = False) -> SubjectAccessResult:
    """Write the bundle of case ``case_ref`` (id or case number) to a new file."""
    require_working_lease(session)
    case_id = cases.find_case_id(session.store, case_ref)
    doc = read_stored_document(cases.load_case(session.store, case_id),
                               today=session.today()).document
    policy.require(session.actor, policy.Action.EXPORT_CASE,
                   policy.device_context(doc, session.actor))
    document = doc.to_json()
    history = case_history(session, case_id, limit=HISTORY_LIMIT)
    conflicts = sync_service.list_conflicts(session, case_id)
    refused = refusals.list_refused(session, case_id)
    made_at = session.now()
    result = SubjectAccessResult(case_id, doc.case.case_number, len(history.entries),
                                 len(doc.attachments), len(conflicts), len(refused))

    def produce(write: Write) -> None:
        write(_heading(made_at, session.actor.user, result))
        _sections(write, document)
        write(_section("History of this case on this laptop (newest first)"))
        if not history.entries:
            write("No events recorded.\n")
        for entry in history.entries:
            counts = ", ".join(f"{k} {v}" for k, v in entry.counts)
            write(f"- {entry.at}  {entry.user}  {entry.action}"
                  + (f" ({counts})" if counts else "") + "\n")
        write(_section("Attachments (the files themselves are kept encrypted)"))
        if not doc.attachments:
            write("None.\n")
        for number, attachment in enumerate(doc.attachments, 1):
            write(f"{number}. {attachment.kind.value}, {attachment.media_type}, "
                  f"{attachment.size} bytes, label: {attachment.label or '(none)'}, "
                  f"SHA-256 {attachment.sha256}\n")
        write(_section("Open sync conflicts (both values are kept until someone chooses)"))
        write(_json_or_none([asdict(c) for c in conflicts]))
        write(_section("Changes the server refused (what was wanted, and why)"))
        write(_json_or_none([asdict(r) for r in refused]))
        write(_section("The case document, exactly as stored (JSON)"))
        write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")

    write_export(session, target, protection, force=force, produce=produce)
    with session.store.atomic():
        session.store.audit(session.actor.user, AUDIT_ACTION, case_id=case_id, details={
            "history": result.history_events, "attachments": result.attachments,
            "protection": protection.label, "destination": "file"})
    return result


def _heading(made_at: datetime, user: str, result: SubjectAccessResult) -> str:
    return (f"{_RULE}\nEVERYTHING THIS LAPTOP HOLDS ABOUT ONE PERSON (subject access)\n"
            f"{_RULE}\n"
            f"Case {result.case_number or result.case_id}, made {made_at:%Y-%m-%d %H:%M} UTC "
            f"by {user}.\n"
            "It holds the case as stored, its history, its attachments (listed), and "
            "values waiting in sync conflicts or refused by the server. Other laptops and the "
            "server keep their own copies and logs; ask the organisation for those.\n")


def _section(title: str) -> str:
    return f"\n{title}\n{'-' * len(title)}\n"


def _sections(write: Write, document: dict[str, Any]) -> None:
    write(_section("The person"))
    _fields(write, document["person"], "")
    write(_section("The case"))
    _fields(write, document["case"], "")
    for key in ("journey", "screenings", "assistance", "referrals", "consents", "tasks",
                "notes", "household"):
        records = document.get(key) or []
        write(_section(f"{_words(key).capitalize()} ({len(records)})"))
        if not records:
            write("None recorded.\n")
        for number, record in enumerate(records, 1):
            write(f"{number}.\n")
            _fields(write, record, "   ")


def _fields(write: Write, values: dict[str, Any], indent: str) -> None:
    for key, value in values.items():
        if key == "id":
            continue
        label = _words(key).capitalize()
        if isinstance(value, dict):
            write(f"{indent}{label}:\n")
            _fields(write, value, indent + "   ")
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            write(f"{indent}{label}:\n")
            for number, item in enumerate(value, 1):
                write(f"{indent}   {number}.\n")
                _fields(write, item, indent + "      ")
        else:
            write(f"{indent}{label}: {_shown(value)}\n")


def _words(key: str) -> str:
    return key.replace("_", " ")


def _shown(value: object) -> str:
    if value is None or value == []:
        return "(not recorded)"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(_shown(v) for v in value)
    if isinstance(value, date | datetime):
        return value.isoformat()
    text = str(value)
    return text.replace("\n", "\n      ") if "\n" in text else text


def _json_or_none(items: list[dict[str, Any]]) -> str:
    if not items:
        return "None.\n"
    return json.dumps(items, ensure_ascii=False, indent=2, default=str) + "\n"
