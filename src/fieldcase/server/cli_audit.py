"""``fieldcase-server audit``: who viewed, changed, exported or printed a case, across devices.

``--case CASE_ID`` answers "who saw this person's record" (exports that listed the case
included), ``--user USER`` what one person did, ``--breaks`` which devices' logs did not fit
their chain (``server.audit_log``); ``--since`` bounds the time, ``--json`` prints one JSON
object per line. Lines name users, devices, actions and case ids, never a person's name.

Command line only: the server has no admin HTTP API (every admin task is this command over
the database), and a route for it would be the first place a stolen admin token reads
everyone's movements from.
"""

from __future__ import annotations

import argparse
import json
import uuid
from datetime import UTC, datetime
from typing import TextIO

import sqlalchemy as sa

from fieldcase.server import admin, audit_log
from fieldcase.server.db import organisations

HELP = ("who viewed, changed, exported or printed a case, or what one user did, from the "
        "devices' audit logs (docs/server.md)")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--org", help="needed when the server holds several organisations")
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--case", metavar="CASE_ID", help="events about this case")
    which.add_argument("--user", metavar="USER", help="events by this user")
    which.add_argument("--breaks", action="store_true",
                       help="devices whose audit log did not fit its hash chain")
    parser.add_argument("--since", type=_moment, metavar="WHEN",
                        help="from this date or moment on (ISO 8601; UTC when no zone)")
    parser.add_argument("--json", action="store_true", help="one JSON object per line")


def run(args: argparse.Namespace, conn: sa.Connection, out: TextIO) -> None:
    org_id = admin.find_org(conn, args.org) if args.org else _only_org(conn)
    if args.breaks:
        for found in audit_log.breaks(conn, org_id):
            _print(out, args.json, found.to_json(), _break_line(found))
        return
    case_id = _case_id(args.case) if args.case else None
    entries = audit_log.find(conn, org_id, case_id=case_id, user=args.user, since=args.since)
    for entry in entries:
        _print(out, args.json, entry.to_json(), _line(entry))
    if not args.json:
        print(f"{len(entries)} event(s)", file=out)


def _line(entry: audit_log.AuditEntry) -> str:
    case = f"case {entry.case_id}" if entry.case_id else _listed(entry)
    return (f"{entry.occurred_at.isoformat(timespec='seconds')}  {entry.user}  "
            f"{entry.action}  {case}  device {entry.device_id} "
            f"({entry.device_name or 'no label'})")


def _listed(entry: audit_log.AuditEntry) -> str:
    listed = entry.details.get("case_ids")
    return f"{len(listed)} case(s)" if isinstance(listed, list) else "-"


def _break_line(found: audit_log.ChainBreak) -> str:
    return (f"{found.broken_at.isoformat(timespec='seconds')}  device {found.device_id} "
            f"({found.device_name or 'no label'}, enrolled for {found.enrolled_for})  "
            f"held up to event {found.held}  {found.problem}")


def _print(out: TextIO, as_json: bool, value: dict[str, object], text: str) -> None:
    print(json.dumps(value, sort_keys=True) if as_json else text, file=out)


def _only_org(conn: sa.Connection) -> uuid.UUID:
    found = conn.execute(sa.select(organisations.c.id).limit(2)).scalars().all()
    if len(found) != 1:
        raise admin.AdminError("validation", "org: give --org (the server holds "
                               f"{'no' if not found else 'several'} organisations)")
    return uuid.UUID(str(found[0]))


def _case_id(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text)
    except ValueError as bad:
        raise admin.AdminError("validation", "case: not a case id") from bad


def _moment(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError as bad:
        raise argparse.ArgumentTypeError("not an ISO 8601 date or moment") from bad
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment
