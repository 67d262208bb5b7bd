"""Command-line entry points (DESIGN.md "Contracts").

The passphrase comes from ``FIELDCASE_PASSPHRASE`` or standard input, never a flag (flags
show in process lists and shell history). When standard input also carries a case document,
its first line is the passphrase and the rest is the document.

Exit codes: 0 ok, 2 usage, 3 locked or wrong passphrase, 4 validation error (the message names
the field), 5 sync failed (nothing lost; a retry is safe; revoked or refused devices exit 3).
``sign-in`` (the server passphrase from ``FIELDCASE_SERVER_PASSPHRASE`` or the line after the
profile passphrase on standard input) exits 3 for a wrong server passphrase, as ``sync`` does
while a sign-in is required.
Other failures (storage full, damaged store) exit 1 with a message. Every JSON text read goes
through the strict reader (``domain.strict_json``): bytes that are not UTF-8, lone surrogates,
huge integers and deep nesting are validation errors (exit 4), never a traceback; an
unexpected failure prints its type only.
Nothing here prints a name, a passphrase or a key unless the user asked for a case.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from fieldcase import __version__, portable
from fieldcase.crash_dumps import forbid_core_dumps
from fieldcase.exit_codes import (
    EXIT_FAILED,
    EXIT_INVALID,
    EXIT_LOCKED,
    EXIT_OK,
    EXIT_SYNC,
    EXIT_USAGE,
)
from fieldcase.process_restart import RESTART_AT_UNLOCK, restart_process
from fieldcase.services.profile_files import default_profile_dir

if TYPE_CHECKING:
    from fieldcase.cli_commands import Options

__all__ = ["EXIT_FAILED", "EXIT_INVALID", "EXIT_LOCKED", "EXIT_OK", "EXIT_SYNC", "EXIT_USAGE",
           "build_parser", "entry_point", "main"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="fieldcase", description=__doc__.split("\n")[0])
    parser.add_argument("--version", action="version", version=f"fieldcase {__version__}")
    parser.add_argument("--profile", type=Path, help="profile folder (default: per-user)")
    parser.add_argument("--demo", action="store_true",
                        help="open a throwaway profile filled with synthetic cases")
    parser.add_argument("--portable", action="store_true",
                        help="keep the profile, settings and temporary files in "
                             f"{portable.DATA_FOLDER}/ beside the program (a USB stick); a "
                             f"file named {portable.MARKER} there does the same")
    parser.add_argument("--language", metavar="CODE",
                        help="the window's language, e.g. ar or fr (default: the LANGUAGE "
                             "environment variable, else English)")
    commands = parser.add_subparsers(dest="command")

    def command(name: str, help_text: str, *, user: bool = True,
                into: Any = commands) -> argparse.ArgumentParser:
        sub: argparse.ArgumentParser = into.add_parser(name, help=help_text)
        sub.add_argument("--profile", type=Path, default=argparse.SUPPRESS)
        if user:
            sub.add_argument("--user", required=True, help="your user name on this profile")
        sub.add_argument("--json", action="store_true", help="machine-readable output")
        return sub

    init = command("init", "create a profile and its first user")
    init.add_argument("--role", choices=["worker", "supervisor", "admin"], default="worker")
    init.add_argument("--team", required=True)
    init.add_argument("--site", required=True)
    init.add_argument("--recovery-key", type=Path,
                      help="file with the organisation's X25519 recovery public key (hex), "
                           "as `fieldcase recovery-key generate` printed it")

    recovery_key = commands.add_parser(
        "recovery-key", help="the organisation's recovery key (for forgotten passphrases)")
    generate = command("generate", "make the organisation's recovery key pair: the private "
                       "key goes to a new file (mode 0600) to keep offline, the public key "
                       "(for `init --recovery-key`) is printed", user=False,
                       into=recovery_key.add_subparsers(dest="recovery_command",
                                                        required=True))
    generate.add_argument("--output", type=Path, required=True, metavar="FILE",
                          help="the new file for the private key (never replaced)")

    user = commands.add_parser("user", help="manage the users of a profile")
    user_add = command("add", "add a user (their passphrase: FIELDCASE_NEW_PASSPHRASE "
                       "or the next line of standard input)", into=user.add_subparsers(
                           dest="user_command", required=True))
    user_add.add_argument("name")
    user_add.add_argument("--role", choices=["worker", "supervisor", "admin"], required=True)
    user_add.add_argument("--team", required=True)
    user_add.add_argument("--site", required=True)

    case = commands.add_parser("case", help="work with cases")
    case_commands = case.add_subparsers(dest="case_command", required=True)
    command("create", "register a case from a case document on standard input",
            into=case_commands)
    show = command("show", "show one case (id or case number)", into=case_commands)
    show.add_argument("case")
    update = command("update", "apply a partial case document from standard input",
                     into=case_commands)
    update.add_argument("case")
    status = command("status", "move a case through the workflow", into=case_commands)
    status.add_argument("case")
    status.add_argument("action", help="e.g. start_assessment, request_closure, "
                        "approve_closure, return_closure, reopen")
    status.add_argument("--comment")
    transfer = command("transfer", "propose moving a case to another site (supervisors of its "
                       "team); it moves when a supervisor there accepts", into=case_commands)
    transfer.add_argument("case")
    transfer.add_argument("--site", required=True, help="the site code to move it to")
    transfer.add_argument("--reason")
    accept = command("transfer-accept", "accept a transfer to your site (its supervisors)",
                     into=case_commands)
    accept.add_argument("case")
    accept.add_argument("--assign-to", help="a worker of your team to assign it to")
    decline = command("transfer-decline", "decline a transfer to your site, saying why",
                      into=case_commands)
    decline.add_argument("case")
    decline.add_argument("--reason", required=True)
    withdraw = command("transfer-withdraw", "take back a transfer still waiting",
                       into=case_commands)
    withdraw.add_argument("case")
    escalate = command("escalate", "raise a case to the supervisors, saying why",
                       into=case_commands)
    escalate.add_argument("case")
    escalate.add_argument("--reason", required=True)
    clear = command("escalation-clear", "clear a case's escalation (supervisors of its team)",
                    into=case_commands)
    clear.add_argument("case")
    erase = command("erase", "erase a person's whole record: here at once, then on the "
                    "server and every device at their next sync (supervisors of its team; "
                    "the case number and reason are audited; asks you to type the case "
                    "number unless --yes)", into=case_commands)
    erase.add_argument("case", help="the case id or case number")
    erase.add_argument("--reason", required=True, help="why (a request's reference); audited")
    erase.add_argument("--yes", action="store_true", help="do not ask for a confirmation")
    listing = command("list", "list cases, newest change first", into=case_commands)
    listing.add_argument("--site")
    listing.add_argument("--assigned-to")
    listing.add_argument("--status")
    listing.add_argument("--review", action="store_true", help="the supervisor review queue")
    listing.add_argument("--limit", type=int, default=50)
    listing.add_argument("--after", help="cursor printed by the previous page")

    search = command("search", "find cases by name (any script or spelling), case number, "
                     "phone or document number")
    search.add_argument("text")
    search.add_argument("--limit", type=int, default=50)

    export = command("export", "export cases: case documents as JSON Lines (jsonl, "
                     "docs/case-document.md), an anonymised HTCDS table (htcds) or HXL counts "
                     "(hxl), docs/reporting.md; sealed to the organisation's key unless told "
                     "otherwise; supervisors of the team only; each export is audited")
    export.add_argument("--format", choices=["jsonl", "htcds", "hxl"], default="jsonl")
    export.add_argument("--k", type=int,
                        help="htcds: every published combination of sex, age band, "
                        "citizenship, country of exploitation and year is shared by at least "
                        "k people; hxl: counts below k are left empty (default 11)")
    export.add_argument("--report", type=Path, metavar="FILE",
                        help="htcds, hxl: write what was generalised and suppressed to this "
                        "new file instead of standard error")
    export.add_argument("--case", action="append", default=[], metavar="ID",
                        help="only this case (id or case number); repeat for several")
    export.add_argument("--status", help="only cases with this status (e.g. open, closed)")
    export.add_argument("--output", type=Path, metavar="FILE",
                        help="write to this new file (mode 0600) instead of standard output")
    export.add_argument("--force", action="store_true",
                        help="replace --output if it exists (the new file is still 0600)")
    _protection_arguments(export)

    access = command("subject-access", "everything this laptop holds about one person "
                     "(the case, its history, attachments listed), readable, in one new file; "
                     "supervisors of the team only; audited")
    access.add_argument("case", help="the case id or case number")
    access.add_argument("--output", type=Path, metavar="FILE", required=True)
    access.add_argument("--force", action="store_true")
    _protection_arguments(access)

    retention_command = command(
        "retention", "closed cases past the organisation's retention on this laptop: list "
        "them (--preview) or forget them here (--purge; only cases with nothing unsynced; "
        "the server keeps them; audited)")
    what = retention_command.add_mutually_exclusive_group(required=True)
    what.add_argument("--preview", action="store_true", help="list what a purge would remove")
    what.add_argument("--purge", action="store_true", help="remove it from this laptop")

    travel_command = command(
        "travel", "travel mode: before a border crossing, erase every case on this laptop "
        "(a crypto-erase: new keys, the old store overwritten) once everything is synced; "
        "after it, unlock and sync to get the cases back (audited)")
    step = travel_command.add_mutually_exclusive_group(required=True)
    step.add_argument("--status", action="store_true",
                      help="say whether the laptop is ready (what is still unsynced)")
    step.add_argument("--prepare", action="store_true",
                      help="erase the cases now (refused while anything is unsynced)")

    decrypt = command("decrypt-export", "open a sealed export with the organisation's private "
                      "key file or the passphrase it was sealed with (no profile needed)",
                      user=False)
    decrypt.add_argument("file", type=Path)
    opener = decrypt.add_mutually_exclusive_group(required=True)
    opener.add_argument("--key", type=Path, metavar="FILE",
                        help="the private key file (`fieldcase recovery-key generate`)")
    opener.add_argument("--passphrase-file", type=Path, metavar="FILE",
                        help="a file whose first line is the passphrase")
    decrypt.add_argument("--output", type=Path, metavar="FILE",
                         help="a new file (mode 0600) instead of standard output")

    demo = command("demo-data", "add synthetic cases (fictional people) to a profile")
    demo.add_argument("--cases", type=int, required=True)
    demo.add_argument("--seed", type=int, default=1)

    self_check = command("self-test", "check cryptography, store settings, the audit chain and "
                         "the store's history (a damaged log, a store older than it was)")
    self_check.add_argument("--acknowledge", action="store_true",
                            help="stop reporting the store problems found so far (they stay "
                            "in the audit log)")

    enroll = command("enroll", "enrol this device with a server using a one-time code")
    enroll.add_argument("--server", required=True, help="the server address (https://...)")
    enroll.add_argument("--code", required=True, help="the one-time code (XXXXX-XXXXX)")
    enroll.add_argument("--fingerprint", help="the server key fingerprint printed with the code")
    enroll.add_argument("--device-name", default="FieldCase device")
    command("sync", "push this device's changes and pull the server's")
    command("sign-in", "sign in to the server online (after the offline lease ran out or the "
            "session ended); the server passphrase comes from FIELDCASE_SERVER_PASSPHRASE or "
            "the next line of standard input")
    conflicts = command("conflicts", "list open conflicts, or settle one with --resolve")
    conflicts.add_argument("--case", help="only this case (id)")
    conflicts.add_argument("--resolve", metavar="CONFLICT_ID")
    settle = conflicts.add_mutually_exclusive_group()
    settle.add_argument("--side", type=int, help="take this side's value (0 = first listed)")
    settle.add_argument("--value", help="a new value, as JSON")
    settle.add_argument("--keep", action="store_true", help="edit vs delete: keep the record")
    settle.add_argument("--discard", action="store_true",
                        help="edit vs delete: delete the record after all")
    return parser


def _protection_arguments(sub: argparse.ArgumentParser) -> None:
    """How an export file is protected: sealed to the profile's organisation key unless one
    of these says otherwise (docs/security.md, "Sealed export files")."""
    way = sub.add_mutually_exclusive_group()
    way.add_argument("--recipient", type=Path, metavar="FILE",
                     help="seal to this X25519 public key (64 hex digits in a file) instead of "
                     "the organisation recovery key the profile was set up with")
    way.add_argument("--passphrase-file", type=Path, metavar="FILE",
                     help="seal with the passphrase on this file's first line")
    way.add_argument("--plaintext", action="store_true",
                     help="write plain text (a warning is printed): anyone with the file reads "
                     "it")


def entry_point() -> int:
    """The ``fieldcase`` command as installed (console script, bundle launcher): core dumps
    are switched off before anything reads a passphrase (``fieldcase.crash_dumps``), then
    :func:`main` runs; a locked app comes back as a fresh process at the unlock screen
    (``fieldcase.process_restart``). Tests call ``main`` in-process and leave their own
    process alone."""
    forbid_core_dumps()
    code = main()
    if code == RESTART_AT_UNLOCK:  # the app was locked: a fresh process holds no case data
        restart_process()
    return code


def main(argv: Sequence[str] | None = None, *, stdin: TextIO | None = None,
         stdout: TextIO | None = None, stderr: TextIO | None = None,
         options: Options | None = None) -> int:
    """Run one command; the keyword arguments let tests drive it in-process.

    Only the parser is loaded before the arguments are read: the window imports Qt and what
    the unlock screen needs, a command imports the services and the sync client
    (``fieldcase.cli_run``), so neither waits for the other's modules (httpx alone took
    0.4 s of the start to the unlock screen)."""
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    unreadable = _not_utf8_arguments(args)
    if unreadable:
        print(f"usage: {unreadable} is not UTF-8 text", file=stderr)
        return EXIT_USAGE
    layout = portable.find_portable(args.portable)
    if layout is not None:  # before Qt, fontconfig or tempfile pick their folders
        portable.enter(layout)
    profile_dir = args.profile or (layout.profile if layout else default_profile_dir())
    if args.command is None:
        return _run_window(args, profile_dir, stderr)
    from fieldcase.cli_run import run_command

    return run_command(args, profile_dir, stdin=stdin, stdout=stdout, stderr=stderr,
                       options=options)


def _run_window(args: argparse.Namespace, profile_dir: Path, stderr: TextIO) -> int:
    """Open the window (Qt only loads now). A failure it did not show itself prints its type
    only, as a command's does: its message may hold a value from a case."""
    try:
        from fieldcase.ui.app import run_app

        return run_app(profile_dir=profile_dir, demo=args.demo, language=args.language)
    except KeyboardInterrupt:
        print("interrupted; nothing half-saved", file=stderr)
    except Exception as error:
        print(f"error: an unexpected failure ({type(error).__name__}); every change is saved "
              "whole or not at all", file=stderr)
    return EXIT_FAILED


def _not_utf8_arguments(args: argparse.Namespace) -> str | None:
    """The first argument holding bytes that are not UTF-8 (Python hands them over as lone
    surrogates, which no store, file or terminal can encode), by its name."""
    for name, value in vars(args).items():
        for item in value if isinstance(value, list) else [value]:
            text = str(item) if isinstance(item, str | Path) else ""
            if not text.isascii():
                try:
                    text.encode("utf-8")
                except UnicodeEncodeError:
                    return f"the argument {name.replace('_', '-')!r}"
    return None


if __name__ == "__main__":
    raise SystemExit(entry_point())
