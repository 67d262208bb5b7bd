"""What each command-line command does: read input, call one service, shape the output."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable
from dataclasses import asdict, dataclass, is_dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from fieldcase.services import cases as case_service
from fieldcase.services import demo, export, profile, self_test, sign_in
from fieldcase.services import sync as sync_service
from fieldcase.services.session import Session
from fieldcase.storage.case_list import CaseFilter, Cursor
from fieldcase.storage.keys import KdfParams

if TYPE_CHECKING:
    import httpx


class UsageProblem(Exception):
    """The command line or its input is malformed (exit 2)."""


@dataclass(frozen=True)
class Options:
    """What tests may inject; production leaves every field at its default."""

    kdf: KdfParams | None = None  # None: calibrated production cost
    now: Callable[[], datetime] | None = None
    transport: httpx.BaseTransport | None = None  # None: real HTTP
    sleep: Callable[[float], None] | None = None  # None: real waits between retries


class CommandIO:
    def __init__(self, stdin: TextIO, stdout: TextIO, *, json_output: bool) -> None:
        self.stdin, self.stdout, self.json_output = stdin, stdout, json_output

    def passphrase(self, variable: str = "FIELDCASE_PASSPHRASE",
                   prompt: str = "Passphrase: ") -> str:
        from_env = os.environ.get(variable)
        if from_env:
            return from_env
        if self.stdin.isatty():
            return getpass.getpass(prompt)
        line = self.stdin.readline()
        if not line:
            raise UsageProblem(f"no passphrase: set {variable} or give it on standard input")
        return line.rstrip("\r\n")

    def document(self) -> object:
        text = self.stdin.read()
        if not text.strip():
            raise UsageProblem("expected a case document (JSON) on standard input")
        return json.loads(text)

    def emit(self, result: object) -> None:
        if result is None:
            return
        if self.json_output or not isinstance(result, str):
            print(json.dumps(_plain(result), ensure_ascii=False, indent=None if self.json_output
                             else 2), file=self.stdout)
        else:
            print(result, file=self.stdout)


def _plain(value: object) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return _plain(asdict(value))
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | frozenset | set):
        items = sorted(value) if isinstance(value, frozenset | set) else value
        return [_plain(v) for v in items]
    return value


def _unlock(args: argparse.Namespace, profile_dir: Path, io: CommandIO,
            options: Options) -> Session:
    return profile.unlock(profile_dir, user=args.user, passphrase=io.passphrase(),
                          kdf=options.kdf, now=options.now)


def dispatch(args: argparse.Namespace, profile_dir: Path, io: CommandIO,
             options: Options) -> object:
    if args.command == "init":
        recovery = None
        if args.recovery_key is not None:
            recovery = bytes.fromhex(args.recovery_key.read_text().strip())
        profile.create_profile(profile_dir, user=args.user, passphrase=io.passphrase(),
                               role=args.role, team=args.team, site=args.site, kdf=options.kdf,
                               recovery_public_key=recovery, now=options.now)
        return {"profile": str(profile_dir), "user": args.user} if io.json_output else \
            "profile created"
    session = _unlock(args, profile_dir, io, options)
    try:
        return _run(args, session, io, options)
    finally:
        session.close()


def _run(args: argparse.Namespace, session: Session, io: CommandIO, options: Options) -> object:
    command = args.command
    if command == "user":
        new_passphrase = io.passphrase("FIELDCASE_NEW_PASSPHRASE", "New user's passphrase: ")
        profile.add_user(session, name=args.name, passphrase=new_passphrase, role=args.role,
                         team=args.team, site=args.site, kdf=options.kdf)
        return {"user": args.name} if io.json_output else "user added"
    if command == "case":
        return _case(args, session, io)
    if command == "search":
        hits = case_service.search_cases(session, args.text, limit=args.limit)
        if io.json_output:
            return hits
        return "\n".join(f"{h.case_number}  {h.display_name}  ({h.matched})" for h in hits) \
            or "no match"
    if command == "export":
        return _export(args, session, io)
    if command == "demo-data":
        added = demo.add_demo_cases(session, count=args.cases, seed=args.seed)
        return {"cases": added} if io.json_output else f"{added} synthetic cases added"
    if command in ("enroll", "sync", "conflicts"):
        return _sync(args, session, io, options)
    if command == "sign-in":
        return _sign_in(session, io, options)
    if command == "self-test":
        report = self_test.run(session)
        if not report.ok:
            raise self_test.SelfTestFailed(report.summary())
        return report if io.json_output else report.summary()
    raise UsageProblem(f"unknown command {command!r}")


def _case(args: argparse.Namespace, session: Session, io: CommandIO) -> object:
    sub = args.case_command
    if sub == "create":
        saved = case_service.create_case(session, io.document())
        if io.json_output:
            return {"id": saved.case_id, "case_number": saved.case_number,
                    "potential_duplicates": saved.potential_duplicates}
        warnings = [f"possible duplicate of {d.case_number} (score {d.score}): "
                    + "; ".join(d.reasons) for d in saved.potential_duplicates]
        return "\n".join([saved.case_id, *warnings])
    if sub == "show":
        shown = case_service.show_case(session, args.case).document
        # The document on stdout is the contract; problems a sync merge left go to stderr.
        for problem in case_service.case_problems(session, args.case):
            print(f"warning: {problem} ({problem.rule})", file=sys.stderr)
        return shown
    if sub == "update":
        saved = case_service.update_case(session, args.case, io.document())
        return {"id": saved.case_id, "changed": sorted(saved.changes.record_kinds)}
    if sub == "status":
        saved = case_service.change_status(session, args.case, args.action, args.comment)
        return {"id": saved.case_id, "case_number": saved.case_number}
    if sub == "list":
        return _list(args, session, io)
    raise UsageProblem(f"unknown case command {sub!r}")


def _list(args: argparse.Namespace, session: Session, io: CommandIO) -> object:
    cursor = None
    if args.after:
        try:
            cursor = Cursor(tuple(json.loads(args.after)))
        except (ValueError, TypeError) as error:
            raise UsageProblem("--after must be the cursor printed by the previous page") \
                from error
    page = case_service.list_cases(
        session, CaseFilter(site=args.site, assigned_to=args.assigned_to,
                            review_only=args.review, status=args.status), cursor, args.limit)
    next_cursor = json.dumps(list(page.next_cursor.values)) if page.next_cursor else None
    if io.json_output:
        return {"cases": page.rows, "next": next_cursor}
    lines = [f"{r.case_number}  {r.status:<17} {r.stage:<11} {r.display_name}"
             for r in page.rows]
    if next_cursor:
        lines.append(f"more: --after '{next_cursor}'")
    return "\n".join(lines) or "no cases"


def _export(args: argparse.Namespace, session: Session, io: CommandIO) -> object:
    """JSON Lines on stdout (nothing else goes there), or into a new 0600 file with a
    summary on stdout. The summary carries counts and ids, never a name."""
    if args.force and args.output is None:
        raise UsageProblem("--force only applies with --output FILE")
    selection = export.ExportSelection(tuple(args.case), args.status)
    if args.output is None:
        result = export.export_cases(session, selection, io.stdout.write)
        print(f"exported {result.count} cases", file=sys.stderr)
        return None
    try:
        result = export.export_to_file(session, selection, args.output, force=args.force)
    except export.ExportFileError as error:
        raise UsageProblem(str(error)) from error
    if io.json_output:
        return {"exported": result.count, "case_ids": result.case_ids}
    return f"exported {result.count} cases"


def _sync(args: argparse.Namespace, session: Session, io: CommandIO, options: Options) -> object:
    command = args.command
    if command == "enroll":
        info = sync_service.enroll(session, args.server, args.code, options.transport,
                                   device_name=args.device_name,
                                   expected_fingerprint=args.fingerprint)
        return info if io.json_output else (
            f"enrolled as device {info.device_id}; server key {info.server_fingerprint}")
    if command == "sync":
        report = sync_service.sync_now(session, options.transport, sleep=options.sleep)
        return report if io.json_output else (
            f"pushed {report.pushed}, pulled {report.pulled}, open conflicts "
            f"{report.conflicts}, quarantined {report.quarantined}, purged {report.purged}")
    if args.resolve:
        keep = True if args.keep else False if args.discard else None
        value = None if args.value is None else json.loads(args.value)
        sync_service.resolve_conflict(session, args.resolve, side=args.side, value=value,
                                      use_value=args.value is not None, keep=keep)
        return {"resolved": args.resolve} if io.json_output else "conflict resolved"
    views = sync_service.list_conflicts(session, args.case)
    if io.json_output:
        return views
    lines = []
    for view in views:
        where = f"{view.case_number or view.case_id} {view.record_kind}"
        what = view.field or "edit vs delete"
        sides = ", ".join(f"[{i}] {s.author}{' (deleted)' if s.deleted else ''}"
                          for i, s in enumerate(view.sides))
        lines.append(f"{view.conflict_id}  {where}  {what}: {sides}")
    return "\n".join(lines) or "no open conflicts"


def _sign_in(session: Session, io: CommandIO, options: Options) -> object:
    """The server passphrase is read only after the profile is unlocked, never from a flag."""
    server_passphrase = io.passphrase("FIELDCASE_SERVER_PASSPHRASE", "Server passphrase: ")
    result = sign_in.sign_in(session, server_passphrase, options.transport, sleep=options.sleep)
    until = result.session_expires_at.isoformat(timespec="minutes")
    if io.json_output:
        return {"signed_in": True, "session_expires_at": until,
                "lease": result.lease.status.value if result.lease else None}
    return f"signed in; session valid until {until}"
