"""What each command-line command does: read input, call one service, shape the output."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable
from dataclasses import asdict, dataclass, is_dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, TextIO

from fieldcase.domain.document_computed import why_ignored
from fieldcase.domain.errors import ValidationError
from fieldcase.domain.strict_json import MAX_DOCUMENT_BYTES, read_json
from fieldcase.services import cases as case_service
from fieldcase.services import (
    demo,
    erasure,
    export,
    export_file,
    export_output,
    export_seal,
    profile,
    recovery,
    reports,
    retention,
    self_test,
    sign_in,
    store_history,
    subject_access,
    transfers,
    travel,
)
from fieldcase.services import sync as sync_service
from fieldcase.services.session import Session
from fieldcase.storage import case_list
from fieldcase.storage.case_list import CaseFilter, Cursor
from fieldcase.storage.connection import DATABASE_ERRORS
from fieldcase.storage.keys import KdfParams

if TYPE_CHECKING:
    import httpx


RECOVERY_KEY_BYTES = 32
MAX_LINE_BYTES = 4096
"""Longest passphrase line read from standard input (a passphrase is at most 256 characters)."""


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
    """Standard input and output of one command.

    Input is read from the binary layer under ``stdin`` when there is one (a real process's
    ``sys.stdin``), so the bytes a pipe delivers reach the strict reader as they are, whatever
    the console's encoding: UTF-8 is the contract."""

    def __init__(self, stdin: TextIO, stdout: TextIO, *, json_output: bool) -> None:
        self.stdin, self.stdout, self.json_output = stdin, stdout, json_output
        self._binary: BinaryIO | None = getattr(stdin, "buffer", None)

    def passphrase(self, variable: str = "FIELDCASE_PASSPHRASE",
                   prompt: str = "Passphrase: ") -> str:
        from_env = os.environ.get(variable)
        if from_env:
            return from_env
        if self.stdin.isatty():
            return getpass.getpass(prompt)
        line = self._read_line()
        if not line:
            raise UsageProblem(f"no passphrase: set {variable} or give it on standard input")
        return line.rstrip("\r\n")

    def line(self) -> str:
        """The next line of standard input, without its line break ("" at the end)."""
        return self._read_line().rstrip("\r\n")

    def _read_line(self) -> str:
        if self._binary is None:
            return self.stdin.readline()
        try:
            return self._binary.readline(MAX_LINE_BYTES).decode("utf-8")
        except UnicodeDecodeError:
            raise UsageProblem("the passphrase line on standard input is not UTF-8 text") \
                from None

    def document(self) -> object:
        """The case document on standard input, read by the strict reader: anything that is
        not a JSON document within its bounds is a ValidationError (exit 4)."""
        limit = MAX_DOCUMENT_BYTES + 1
        data = self._binary.read(limit) if self._binary is not None else self.stdin.read(limit)
        if not data.strip():
            raise UsageProblem("expected a case document (JSON) on standard input")
        return read_json(data, what="the case document")

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
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _recovery_key(path: Path, flag: str = "--recovery-key") -> bytes:
    """The organisation's X25519 recovery public key: 64 hexadecimal digits in a file."""
    try:
        return recovery.read_public_key(_small_text(path, flag))
    except ValidationError as error:
        raise ValidationError(flag, error.rule, str(error.message)) from None


def _small_text(path: Path, flag: str) -> str:
    """A key or passphrase file's text (a few hundred bytes; never quoted in a message)."""
    try:
        with path.open("rb") as handle:
            data = handle.read(recovery.MAX_KEY_TEXT + 1)
        if len(data) > recovery.MAX_KEY_TEXT:
            raise ValidationError(flag, "too_large", "that file is too large for a key or "
                                  "a passphrase")
        return data.decode("utf-8")
    except (OSError, UnicodeDecodeError):
        raise ValidationError(flag, "unreadable", "cannot read that file as text") from None


def _passphrase_file(path: Path) -> str:
    lines = _small_text(path, "--passphrase-file").splitlines()
    if not lines or not lines[0]:
        raise ValidationError("--passphrase-file", "empty", "the first line is empty")
    return lines[0]


PLAINTEXT_WARNING = ("warning: --plaintext: this export is written in clear. Anyone who gets "
                     "the file (a lost stick, a forwarded e-mail) reads it: move it only where "
                     "it is needed, then delete it.")


def _protection(args: argparse.Namespace, session: Session, options: Options
                ) -> export_seal.Protection:
    """What the person chose, else the organisation key the profile holds; plain text only
    when asked for, after a warning on standard error."""
    if args.plaintext:
        print(PLAINTEXT_WARNING, file=sys.stderr)
        return export_seal.PLAINTEXT
    if args.passphrase_file is not None:
        return export_seal.Protection(passphrase=_passphrase_file(args.passphrase_file),
                                      kdf=options.kdf)
    if args.recipient is not None:
        return export_seal.Protection(recipient=_recovery_key(args.recipient, "--recipient"))
    key = export_output.organisation_key(session)
    if key is None:
        raise UsageProblem("this profile holds no organisation key to seal the export to: "
                           "give --recipient FILE (the organisation's public key), "
                           "--passphrase-file FILE, or --plaintext")
    return export_seal.Protection(recipient=key)


def _unlock(args: argparse.Namespace, profile_dir: Path, io: CommandIO,
            options: Options) -> Session:
    """``self-test`` opens the store read-only: a check must never write to what it checks
    (``--acknowledge`` writes: it records that the store's problems were dealt with). What the
    unlock found wrong with the store's history is said once, here."""
    checking = args.command == "self-test" and not getattr(args, "acknowledge", False)
    session = profile.unlock(profile_dir, user=args.user, passphrase=io.passphrase(),
                             kdf=options.kdf, now=options.now, read_only=checking)
    for problem in session.store_problems:
        print(f"warning: this laptop's store: {problem.detail}. Sync to check what the server "
              "holds, and run `fieldcase self-test`.", file=sys.stderr)
    return session


def dispatch(args: argparse.Namespace, profile_dir: Path, io: CommandIO,
             options: Options) -> object:
    if args.command == "recovery-key":
        return _generate_recovery_key(args.output, io)
    if args.command == "decrypt-export":
        return _decrypt_export(args, io)
    if args.command == "init":
        recovery_public = None if args.recovery_key is None else _recovery_key(args.recovery_key)
        profile.create_profile(profile_dir, user=args.user, passphrase=io.passphrase(),
                               role=args.role, team=args.team, site=args.site, kdf=options.kdf,
                               recovery_public_key=recovery_public, now=options.now)
        return {"profile": str(profile_dir), "user": args.user} if io.json_output else \
            "profile created"
    session = _unlock(args, profile_dir, io, options)
    try:
        return _run(args, session, io, options)
    except DATABASE_ERRORS as error:  # a damaged page met while reading: say so, write no more
        raise session.store.connection.failure(error) from None
    finally:
        session.close()


def _generate_recovery_key(output: Path, io: CommandIO) -> object:
    """The private key goes only to the new file; stdout gets the public key, stderr the
    warning (so ``> public.hex`` keeps just the key)."""
    pair = recovery.generate_key_pair()
    recovery.write_key_file(output, pair)
    print("The private recovery key is in the file you named. Keep it offline (a safe, an "
          "encrypted stick): whoever holds it can open every laptop set up with the public "
          "key below.", file=sys.stderr)
    return {"public_key": pair.public_hex} if io.json_output else pair.public_hex


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
        return _export(args, session, io, options)
    if command == "subject-access":
        return _subject_access(args, session, io, options)
    if command == "retention":
        return _retention(args, session, io)
    if command == "travel":
        return _travel(args, session, io)
    if command == "demo-data":
        added = demo.add_demo_cases(session, count=args.cases, seed=args.seed)
        return {"cases": added} if io.json_output else f"{added} synthetic cases added"
    if command in ("enroll", "sync", "conflicts"):
        return _sync(args, session, io, options)
    if command == "sign-in":
        return _sign_in(session, io, options)
    if command == "self-test":
        if args.acknowledge:
            count = store_history.acknowledge(session)
            return {"acknowledged": count} if io.json_output else \
                f"{count} store problem(s) acknowledged"
        report = self_test.run(session)
        if not report.ok:
            raise self_test.SelfTestFailed(report.summary())
        return report if io.json_output else report.summary()
    raise UsageProblem(f"unknown command {command!r}")


def _case(args: argparse.Namespace, session: Session, io: CommandIO) -> object:
    sub = args.case_command
    if sub == "create":
        saved = case_service.create_case(session, io.document())
        _warn_ignored(saved.ignored)
        if io.json_output:
            return {"id": saved.case_id, "case_number": saved.case_number,
                    "potential_duplicates": saved.potential_duplicates,
                    "ignored": saved.ignored}
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
        _warn_ignored(saved.ignored)
        return {"id": saved.case_id, "changed": sorted(saved.changes.record_kinds),
                "ignored": saved.ignored}
    if sub == "status":
        saved = case_service.change_status(session, args.case, args.action, args.comment)
        return {"id": saved.case_id, "case_number": saved.case_number}
    if sub.startswith("transfer") or sub in ("escalate", "escalation-clear"):
        return _transfer_step(args, session, sub)
    if sub == "list":
        return _list(args, session, io)
    if sub == "erase":
        return _erase(args, session, io)
    raise UsageProblem(f"unknown case command {sub!r}")


def _erase(args: argparse.Namespace, session: Session, io: CommandIO) -> object:
    """Check first (not found, not allowed: exit 4 before any question), then, unless
    ``--yes``, the case number typed again (a terminal, or the line after the passphrase on
    standard input); anything else erases nothing (exit 2)."""
    erasure.check_reason(args.reason)
    found = erasure.target(session, args.case)
    if not args.yes:
        print(f"Erase case {found.case_number} on this laptop now, and on the server and "
              "every device at their next sync? This cannot be undone. Type the case number "
              "to confirm: ", end="", file=sys.stderr, flush=True)
        typed = input() if io.stdin.isatty() else io.line()
        if typed.strip() != found.case_number:
            raise UsageProblem("not confirmed; nothing was erased")
    done = erasure.erase_case(session, args.case, args.reason)
    if io.json_output:
        return {"id": done.case_id, "case_number": done.case_number,
                "attachments": done.attachments}
    return (f"case {done.case_number} erased on this laptop; the next sync erases it on "
            "the server and every other device")


def _transfer_step(args: argparse.Namespace, session: Session, sub: str) -> dict[str, object]:
    """``case transfer``, ``transfer-accept``, ``transfer-decline``, ``transfer-withdraw``,
    ``escalate``, ``escalation-clear``: each one step of ``services.transfers``."""
    steps = {
        "transfer": lambda: transfers.propose_transfer(session, args.case, args.site,
                                                       args.reason),
        "transfer-accept": lambda: transfers.accept_transfer(session, args.case,
                                                             args.assign_to),
        "transfer-decline": lambda: transfers.decline_transfer(session, args.case, args.reason),
        "transfer-withdraw": lambda: transfers.withdraw_transfer(session, args.case),
        "escalate": lambda: transfers.escalate_case(session, args.case, args.reason),
        "escalation-clear": lambda: transfers.clear_escalation(session, args.case),
    }
    saved = steps[sub]()
    case = case_service.show_case(session, saved.case_id).document["case"]
    return {"id": saved.case_id, "case_number": saved.case_number, "site": case["site"],
            "transfer": case.get("transfer"), "escalation": case.get("escalation")}


def _warn_ignored(paths: tuple[str, ...]) -> None:
    """Values the input set that are not an input's to set: saved otherwise, said on stderr
    so a person or a script notices (``--json`` lists them under ``ignored`` as well)."""
    for path in paths:
        print(f"warning: {path}: not taken from the input ({why_ignored(path)})",
              file=sys.stderr)


def _list(args: argparse.Namespace, session: Session, io: CommandIO) -> object:
    case_filter = CaseFilter(site=args.site, assigned_to=args.assigned_to,
                             review_only=args.review, status=args.status)
    cursor = None if not args.after else _cursor(args.after, case_filter)
    page = case_service.list_cases(session, case_filter, cursor, args.limit)
    next_cursor = json.dumps(list(page.next_cursor.values)) if page.next_cursor else None
    if io.json_output:
        return {"cases": page.rows, "next": next_cursor}
    lines = [f"{r.case_number}  {r.status:<17} {r.stage:<11} {r.display_name}"
             for r in page.rows]
    if next_cursor:
        lines.append(f"more: --after '{next_cursor}'")
    return "\n".join(lines) or "no cases"


def _cursor(text: str, case_filter: CaseFilter) -> Cursor:
    """``--after``: the JSON list of sort-key values the previous page printed."""
    try:
        values = read_json(text, what="--after", root="--after", max_depth=1)
    except ValidationError:
        values = None
    if not isinstance(values, list) or len(values) != len(case_list.sort_keys(case_filter)) \
            or not all(isinstance(v, str | int) and not isinstance(v, bool) for v in values):
        raise UsageProblem("--after must be the cursor printed by the previous page")
    return Cursor(tuple(values))


def _export(args: argparse.Namespace, session: Session, io: CommandIO,
            options: Options) -> object:
    """JSON Lines on stdout (plain text only: ``--plaintext`` says so), or into a new 0600
    file, sealed unless ``--plaintext``, with a summary on stdout. The summary carries counts
    and ids, never a name; a report's account of what was generalised goes to stderr or
    ``--report``."""
    if args.force and args.output is None:
        raise UsageProblem("--force only applies with --output FILE")
    if args.format == "jsonl" and (args.report is not None or args.k is not None):
        raise UsageProblem("--k and --report apply to --format htcds and hxl")
    selection = export.ExportSelection(tuple(args.case), args.status)
    if args.output is None:
        if args.format != "jsonl":
            raise UsageProblem(f"--format {args.format} needs --output FILE")
        if not args.plaintext:
            raise UsageProblem("standard output is plain text: give --output FILE for a "
                               "sealed file, or add --plaintext")
        print(PLAINTEXT_WARNING, file=sys.stderr)
        result = export.export_cases(session, selection, io.stdout.write)
        print(f"exported {result.count} cases", file=sys.stderr)
        return None
    if args.report is not None:  # refused before the export is written, not after
        try:
            export_file.check_target(args.report, force=False)
        except export.ExportFileError:
            raise UsageProblem("--report: cannot create that file (it exists, or its folder "
                               "does not)") from None
    protection = _protection(args, session, options)
    try:
        if args.format == "jsonl":
            result = export.export_to_file(session, selection, args.output, force=args.force,
                                           protection=protection)
            if io.json_output:
                return {"exported": result.count, "case_ids": result.case_ids,
                        "protection": protection.label}
            return f"exported {result.count} cases"
        run = reports.export_htcds if args.format == "htcds" else reports.export_hxl
        k = reports.DEFAULT_K if args.k is None else args.k
        report = run(session, selection, args.output, k=k, protection=protection,
                     force=args.force)
        if args.report is not None:
            _write_report(args.report, report.summary())
        else:
            print(report.summary(), file=sys.stderr)
    except export.ExportFileError as error:
        raise UsageProblem(str(error)) from error
    if io.json_output:
        return {"format": args.format, "protection": protection.label, **asdict(report)}
    return f"{args.format} export written ({protection.label})"


def _write_report(path: Path, text: str) -> None:
    """The account of an anonymisation holds counts and levels only: a plain new file."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    try:
        descriptor = os.open(path, flags, 0o600)
    except OSError:
        raise UsageProblem("--report: cannot create that file (it exists, or its folder "
                           "does not)") from None
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(text + "\n")


def _subject_access(args: argparse.Namespace, session: Session, io: CommandIO,
                    options: Options) -> object:
    protection = _protection(args, session, options)
    try:
        result = subject_access.subject_access(session, args.case, args.output,
                                               protection=protection, force=args.force)
    except export.ExportFileError as error:
        raise UsageProblem(str(error)) from error
    if io.json_output:
        return {**asdict(result), "protection": protection.label}
    return f"subject access bundle written ({protection.label})"


def _retention(args: argparse.Namespace, session: Session, io: CommandIO) -> object:
    """``retention --preview`` lists case numbers and closure days (never a name);
    ``--purge`` forgets those with nothing unsynced and names what stayed."""
    if args.purge:
        done = retention.purge(session)
        if io.json_output:
            return done
        lines = [f"{len(done.purged)} closed case(s) removed from this laptop "
                 "(the server keeps them)", *done.purged]
        if done.held:
            lines.append(f"{len(done.held)} kept until synced: {', '.join(done.held)}")
        return "\n".join(lines)
    shown = retention.preview(session)
    if io.json_output:
        return shown
    if shown.months is None:
        return "the organisation's policy keeps closed cases on this laptop"
    lines = [f"closed cases are kept {shown.months} month(s) after closure: "
             f"{len(shown.going)} would be removed, {len(shown.held)} kept until synced"]
    lines += [f"{c.case_number}  closed {c.closed_on.isoformat()}"
              + ("  (kept until synced)" if c.held else "") for c in shown.cases]
    return "\n".join(lines)


def _travel(args: argparse.Namespace, session: Session, io: CommandIO) -> object:
    """``travel --status`` counts what stands in the way (never a name); ``--prepare``
    crypto-erases the cases (``services.travel``) or says what is unsynced (exit 1)."""
    if args.prepare:
        done = travel.prepare(session)
        if io.json_output:
            return done
        return (f"{done.cases_erased} case(s) erased from this laptop; after the crossing, "
                "unlock and sync to download them again")
    found = travel.status(session)
    if io.json_output:
        return {**asdict(found), "ready": found.ready}
    if found.ready:
        return (f"ready: everything is synced; --prepare erases the {found.cases} case(s) "
                "held here")
    return "not ready: " + travel.describe_refusal(found).removesuffix(
        "; nothing was changed")


def _decrypt_export(args: argparse.Namespace, io: CommandIO) -> object:
    """Open a sealed export (the admin's side; no profile). The whole file is checked before
    one byte is given out; ``--output`` is a new 0600 file, never over another."""
    try:
        data = args.file.read_bytes()
    except OSError:
        raise ValidationError("file", "unreadable", "cannot read that file") from None
    if args.key is not None:
        private = recovery.read_private_key(_small_text(args.key, "--key"))
        plain = export_seal.unseal(data, private_key=private)
    else:
        plain = export_seal.unseal(data, passphrase=_passphrase_file(args.passphrase_file))
    if args.output is None:
        io.stdout.write(plain.decode("utf-8"))
        io.stdout.flush()
        return None
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    try:
        descriptor = os.open(args.output, flags, 0o600)
    except OSError:
        raise UsageProblem("--output: cannot create that file (it exists, or its folder "
                           "does not)") from None
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(plain)
    print("warning: the opened export is plain text in the file you named; delete it when "
          "done.", file=sys.stderr)
    return {"bytes": len(plain)} if io.json_output else "export opened"


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
        if io.json_output:
            return report
        waiting = "".join(  # a shared laptop: whose changes wait for their first sign-in
            f"\n{count} changes wait for {user} to sign in (fieldcase sign-in --user {user})"
            for user, count in sync_service.sync_status(session).waiting_for_sign_in)
        refused = "" if report.audit is None or report.audit.refused is None else (
            f"; the server refused this laptop's audit log ({report.audit.refused}): "
            "tell your administrator")
        return (f"pushed {report.pushed}, pulled {report.pulled}, open conflicts "
                f"{report.conflicts}, quarantined {report.quarantined}, purged "
                f"{report.purged}{waiting}{refused}")
    if args.resolve:
        keep = True if args.keep else False if args.discard else None
        value = None if args.value is None else read_json(args.value, what="--value",
                                                          root="--value")
        sync_service.resolve_conflict(session, args.resolve, side=args.side, value=value,
                                      use_value=args.value is not None, keep=keep)
        return {"resolved": args.resolve} if io.json_output else "conflict resolved"
    views = sync_service.list_conflicts(session, args.case)
    if io.json_output:
        return views
    return "\n".join(_conflict_line(view) for view in views) or "no open conflicts"


SHOWN_VALUE_CHARACTERS = 60


def _conflict_line(view: sync_service.ConflictView) -> str:
    """One conflict on one line: where, which field, and each side as ``[index] author time
    value``; the side shown for now is marked. Long values are cut (``--json`` has them
    whole)."""
    where = f"{view.case_number or view.case_id} {view.record_kind}"
    what = view.field or "edit vs delete"
    sides = []
    for index, side in enumerate(view.sides):
        shown = "deleted" if side.deleted else json.dumps(side.value, ensure_ascii=False)
        if len(shown) > SHOWN_VALUE_CHARACTERS:
            shown = shown[:SHOWN_VALUE_CHARACTERS - 1] + "…"
        winner = " (shown now)" if index == view.winner else ""
        sides.append(f"[{index}] {side.author} {side.at:%Y-%m-%d %H:%M} {shown}{winner}")
    return f"{view.conflict_id}  {where}  {what}: " + "; ".join(sides)


def _sign_in(session: Session, io: CommandIO, options: Options) -> object:
    """The server passphrase is read only after the profile is unlocked, never from a flag."""
    server_passphrase = io.passphrase("FIELDCASE_SERVER_PASSPHRASE", "Server passphrase: ")
    result = sign_in.sign_in(session, server_passphrase, options.transport, sleep=options.sleep)
    until = result.session_expires_at.isoformat(timespec="minutes")
    if io.json_output:
        return {"signed_in": True, "session_expires_at": until,
                "lease": result.lease.status.value if result.lease else None}
    return f"signed in; session valid until {until}"
