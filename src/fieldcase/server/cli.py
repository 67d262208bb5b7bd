"""``fieldcase-server``: run the central server and administer it (DESIGN.md "Contracts").

Every command takes ``--database-url`` (else ``FIELDCASE_SERVER_DATABASE_URL``, else the
embedded SQLite file under ``./fieldcase-server-data``) and brings the schema up to date
first, so a fresh install needs no separate step; ``migrate`` does only that, for deployments
that upgrade explicitly. ``serve`` and ``enroll-code`` use the server key file (``--key-file``,
else ``FIELDCASE_SERVER_KEY_FILE``, else ``./fieldcase-server-data/server-key``), creating it
on first use, and print its public fingerprint (never the key). ``serve --workers N`` runs N
server processes on one listening socket (uvicorn's process manager, each process building its
app with ``app.app_from_environment``); only on PostgreSQL, since SQLite has one writer at a
time and its processes would queue in SQLite's busy handler. A new user's passphrase comes
from ``FIELDCASE_SERVER_PASSPHRASE`` or the first line of standard input, never a flag (flags
show in process lists and shell history).

``org policy --org NAME`` prints the organisation's security policy as JSON; with any of
``--max-offline-days``, ``--warn-days``, ``--auto-lock-minutes``, ``--sync-interval-minutes``
it changes those fields first (a value out of range exits 4 naming the field and the rule).
``--retention-months N`` sets how many months after its closure a synced closed case is
forgotten by the laptops (``--retention-months keep``: never, the default).
``--duress on|off|user`` and ``--quick-wipe on|off|user`` require, forbid, or leave to each
person the duress passphrase and the quick wipe (default ``user``).

``audit --case CASE_ID | --user USER | --breaks [--since WHEN] [--org NAME] [--json]`` lists
the devices' audit events (``server.cli_audit``).

Exit codes: 0 ok, 1 failed (database unreachable, schema newer than this program), 2 usage,
4 validation (the message names the field). Output never includes a passphrase or a key, and
names only what the operator typed.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import random
import sys
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Final, TextIO

import sqlalchemy as sa

from fieldcase.crash_dumps import forbid_core_dumps
from fieldcase.domain.org_policy import POLICY_FIELDS, RANGES, SWITCH_CHOICES
from fieldcase.server import admin, cli_audit, cli_services, migrations
from fieldcase.server.auth_keys import ServerKeys
from fieldcase.server.config import (
    DATABASE_URL_ENV,
    DEFAULT_HOST,
    DEFAULT_PORT,
    Settings,
    is_sqlite,
    resolve_database_url,
)
from fieldcase.server.db import create_engine
from fieldcase.server.keys_file import (
    KEY_FILE_ENV,
    KeyFileError,
    load_or_create_key,
    resolve_key_path,
)
from fieldcase.server.sync_store import issue_enrolment_code

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INVALID = 0, 1, 2, 4
PASSPHRASE_ENV: Final = "FIELDCASE_SERVER_PASSPHRASE"  # noqa: S105 (a variable name)


class UsageError(Exception):
    """Bad command-line input (exit 2)."""


@dataclass
class Context:
    """What the commands need from the outside world; tests replace any of it."""

    stdin: TextIO = field(default_factory=lambda: sys.stdin)
    stdout: TextIO = field(default_factory=lambda: sys.stdout)
    stderr: TextIO = field(default_factory=lambda: sys.stderr)
    environ: Mapping[str, str] = field(default_factory=lambda: os.environ)
    now: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))
    hasher: admin.PassphraseHasher = field(default_factory=admin.PassphraseHasher)
    rng: random.Random | None = None  # None: the operating system's random source
    serve: Callable[[Settings], None] | None = None  # None: uvicorn


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="fieldcase-server",
                                     description="FieldCase central server")
    url_help = ("postgresql://... or sqlite:///... (default: $FIELDCASE_SERVER_DATABASE_URL "
                "or the embedded file)")
    key_help = ("the server's private key file (default: $FIELDCASE_SERVER_KEY_FILE or "
                "./fieldcase-server-data/server-key, created 0600 on first use)")
    parser.add_argument("--database-url", help=url_help)
    parser.add_argument("--key-file", help=key_help)
    commands = parser.add_subparsers(dest="command", required=True)

    def command(name: str, help_text: str, into: argparse._SubParsersAction[
            argparse.ArgumentParser] = commands) -> argparse.ArgumentParser:
        sub = into.add_parser(name, help=help_text)
        sub.add_argument("--database-url", default=argparse.SUPPRESS, help=url_help)
        sub.add_argument("--key-file", default=argparse.SUPPRESS, help=key_help)
        return sub

    serve = command("serve", "migrate, then serve the HTTP API")
    serve.add_argument("--host", default=DEFAULT_HOST)
    serve.add_argument("--port", type=int, default=DEFAULT_PORT)
    serve.add_argument("--tls-cert", help="PEM certificate (omit behind a TLS proxy)")
    serve.add_argument("--tls-key", help="PEM private key for --tls-cert")
    serve.add_argument("--workers", type=int, default=1, metavar="N",
                       help="server processes sharing the port (default 1; more than one "
                            "needs PostgreSQL; docs/server.md says how many)")
    command("migrate", "bring the database schema up to date")

    org = commands.add_parser("org", help="organisations").add_subparsers(
        dest="subcommand", required=True)
    command("create", "create an organisation", org).add_argument("name")
    policy = command("policy", "show the organisation's security policy, or change the "
                     "fields given (docs/server.md)", org)
    policy.add_argument("--org", required=True)
    for name in RANGES:
        policy.add_argument(f"--{name.replace('_', '-')}", type=int, metavar="N", dest=name)
    policy.add_argument("--retention-months", type=_months_or_keep, metavar="N|keep",
                        dest="retention_months_after_closure",
                        help="months after closure before laptops forget a synced closed "
                             "case; 'keep' for never")
    for name, what in (("duress", "a duress passphrase"), ("quick_wipe", "the quick wipe")):
        policy.add_argument(f"--{name.replace('_', '-')}",
                            choices=SWITCH_CHOICES, dest=name,
                            help=f"{what}: 'on' requires it, 'off' forbids it, 'user' lets "
                                 "each person decide")

    team = commands.add_parser("team", help="teams").add_subparsers(
        dest="subcommand", required=True)
    team_create = command("create", "create a team (and its site on first use)", team)
    team_create.add_argument("--org", required=True)
    team_create.add_argument("--site", required=True)
    team_create.add_argument("name")

    user = commands.add_parser("user", help="users").add_subparsers(
        dest="subcommand", required=True)
    user_create = command("create", f"create a user (passphrase: ${PASSPHRASE_ENV} or the "
                          "first line of standard input)", user)
    user_create.add_argument("--org", required=True)
    user_create.add_argument("--team", help="required for workers and supervisors")
    user_create.add_argument("--role", required=True, choices=["worker", "supervisor", "admin"])
    user_create.add_argument("name")
    user_change = command("change", "give a user another role and/or team (their devices "
                          "follow at their next sync)", user)
    user_change.add_argument("--org", required=True)
    user_change.add_argument("--team")
    user_change.add_argument("--role", choices=["worker", "supervisor", "admin"])
    user_change.add_argument("name")

    code = command("enroll-code", "print a one-time device enrolment code for a user")
    code.add_argument("--user", required=True)
    code.add_argument("--org", help="needed when several organisations have that user name")
    code.add_argument("--valid-hours", type=float, default=24.0)

    device = commands.add_parser("device", help="devices").add_subparsers(
        dest="subcommand", required=True)
    command("revoke", "revoke a device; it is wiped at its next contact", device
            ).add_argument("device_id")
    session = commands.add_parser("session", help="a person's session on a device"
                                  ).add_subparsers(dest="subcommand", required=True)
    end = command("end", "end one person's session on one device (they sign in again)",
                  session)
    end.add_argument("--device", required=True, help="the device id")
    end.add_argument("--user", required=True)
    cli_audit.add_arguments(command("audit", cli_audit.HELP))
    cli_services.add_parser(commands, command)
    commands.add_parser("openapi", help="print the OpenAPI document (docs/openapi.json)")
    return parser


def entry_point() -> int:
    """The ``fieldcase-server`` command as installed: core dumps are switched off first (the
    server holds its signing key, passphrase hashes and case data), then :func:`main`."""
    forbid_core_dumps()
    return main()


def main(argv: Sequence[str] | None = None, context: Context | None = None) -> int:
    ctx = context or Context()
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE
    try:
        return _run(args, ctx)
    except UsageError as error:
        print(f"error: {error}", file=ctx.stderr)
        return EXIT_USAGE
    except admin.AdminError as error:
        print(f"error: {error}", file=ctx.stderr)
        return EXIT_INVALID
    except (sa.exc.SQLAlchemyError, migrations.MigrationFailed) as error:
        print(f"error: database: {type(error).__name__}: {_first_line(error)}", file=ctx.stderr)
        return EXIT_FAILED
    except KeyFileError as error:
        print(f"error: {error}", file=ctx.stderr)
        return EXIT_FAILED


def _first_line(error: Exception) -> str:
    """Enough of a driver error to act on, without the SQL and parameters that follow."""
    text = str(getattr(error, "orig", None) or error)
    return text.splitlines()[0] if text else ""


def _run(args: argparse.Namespace, ctx: Context) -> int:
    if args.command == "openapi":
        from fieldcase.server.app import openapi_document

        ctx.stdout.write(openapi_document())
        return EXIT_OK
    settings = Settings(database_url=resolve_database_url(args.database_url, ctx.environ))
    key_path = resolve_key_path(args.key_file, ctx.environ)
    if args.command == "serve":
        settings = Settings(settings.database_url, host=args.host, port=args.port,
                            workers=args.workers)
        if bool(args.tls_cert) != bool(args.tls_key):
            raise UsageError("--tls-cert and --tls-key go together")
        if args.workers < 1:
            raise UsageError("--workers: must be at least 1")
        if args.workers > 1 and is_sqlite(settings.database_url):
            raise UsageError("--workers: more than one server process needs PostgreSQL; "
                             "SQLite has one writer at a time, and processes sharing its "
                             "file would wait for it in turns of chance rather than in order "
                             "(docs/server.md)")
    engine = create_engine(settings.database_url)
    try:
        migrations.upgrade(engine)
        if args.command == "migrate":
            print(f"database at revision {migrations.head_revision()}", file=ctx.stdout)
            return EXIT_OK
        if args.command != "serve":
            with engine.begin() as conn:
                return _admin(args, conn, ctx, key_path)
    finally:
        engine.dispose()
    keys = load_or_create_key(key_path)  # before listening: a bad key file fails at start-up
    print(f"server key fingerprint {keys.fingerprint}", file=ctx.stderr)
    (ctx.serve or _uvicorn(args.tls_cert, args.tls_key, keys, key_path))(settings)
    return EXIT_OK


def _admin(args: argparse.Namespace, conn: sa.Connection, ctx: Context, key_path: Path
           ) -> int:
    now = ctx.now()
    if args.command == "org" and args.subcommand == "policy":
        _org_policy(args, conn, ctx, now)
    elif args.command == "org":
        print(admin.create_org(conn, args.name, now=now), file=ctx.stdout)
    elif args.command == "team":
        org_id = admin.find_org(conn, args.org)
        print(admin.create_team(conn, org_id, args.site, args.name), file=ctx.stdout)
    elif args.command == "user" and args.subcommand == "change":
        if args.role is None and args.team is None:
            raise admin.AdminError("validation", "role, team: give at least one to change")
        moved = admin.change_user(conn, admin.find_org(conn, args.org), args.name,
                                  role=args.role, team=args.team)
        print(f"{moved.id} {moved.role}", file=ctx.stdout)
    elif args.command == "user":
        org_id = admin.find_org(conn, args.org)
        passphrase = _read_passphrase(ctx)
        print(admin.create_user(conn, org_id, args.name, role=args.role, team=args.team,
                                passphrase=passphrase, hasher=ctx.hasher, now=now),
              file=ctx.stdout)
    elif args.command == "enroll-code":
        in_org = admin.find_org(conn, args.org) if args.org else None
        user = admin.find_user(conn, args.user, org_id=in_org)
        ttl = timedelta(hours=args.valid_hours)
        if ttl <= timedelta(0):
            raise admin.AdminError("validation", "valid_hours: must be positive")
        keys = load_or_create_key(key_path)
        code = issue_enrolment_code(conn, keys, user.id, now=now, ttl=ttl, rng=ctx.rng)
        # One write, before the commit: a reader that takes the first line and goes
        # (`| head -1`, unbuffered output) must not break the second write and so roll
        # back the code it has already shown (docs/admin-guide.md found it).
        ctx.stdout.write(f"{code}\nserver key fingerprint {keys.fingerprint}\n")
        ctx.stdout.flush()
        print(f"one-time code, valid until {(now + ttl).isoformat(timespec='minutes')}; "
              "compare the fingerprint when enrolling", file=ctx.stderr)
    elif args.command == "device":
        changed = admin.revoke_device(conn, _device_id(args.device_id), now=now)
        print("revoked" if changed else "already revoked", file=ctx.stdout)
    elif args.command == "services":
        cli_services.run(args, conn, ctx.stdout, ctx.stderr, now)
    elif args.command == "session":
        ended = admin.end_session(conn, _device_id(args.device), args.user, now=now)
        print("ended" if ended else "no live session", file=ctx.stdout)
    elif args.command == "audit":
        cli_audit.run(args, conn, ctx.stdout)
    return EXIT_OK


def _device_id(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text)
    except ValueError as bad:
        raise admin.AdminError("validation", "device_id: not a device id") from bad


def _org_policy(args: argparse.Namespace, conn: sa.Connection, ctx: Context, now: datetime
                ) -> None:
    """Print the policy as JSON (after changing the fields given, if any)."""
    org_id = admin.find_org(conn, args.org)
    given = {name: getattr(args, name) for name in POLICY_FIELDS
             if getattr(args, name) is not None}
    changes = {name: None if value == KEEP else value for name, value in given.items()}
    published = admin.set_org_policy(conn, org_id, changes, now=now) if changes \
        else admin.org_policy(conn, org_id)
    print(json.dumps(published.to_json(), indent=2, sort_keys=True), file=ctx.stdout)


KEEP: Final = "keep"


def _months_or_keep(text: str) -> int | str:
    """``--retention-months``: a whole number (checked against the policy's range later, so
    the message names the field), or ``keep`` for no retention."""
    if text.strip().lower() == KEEP:
        return KEEP
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("a whole number of months, or 'keep'") from None


def _read_passphrase(ctx: Context) -> str:
    from_env = ctx.environ.get(PASSPHRASE_ENV)
    if from_env:
        return from_env
    if ctx.stdin.isatty():
        return getpass.getpass("passphrase for the new user: ")
    line = ctx.stdin.readline().rstrip("\r\n")
    if not line:
        raise UsageError(f"no passphrase: set {PASSPHRASE_ENV} or write it on standard input")
    return line


def _uvicorn(tls_cert: str | None, tls_key: str | None, keys: ServerKeys, key_path: Path
             ) -> Callable[[Settings], None]:
    """One process serving the app, or uvicorn's manager of ``settings.workers`` processes.

    Worker processes are started afresh (not forked), each importing
    ``app.app_from_environment`` by name, so they learn the database and the key file from the
    environment set here; the key file exists by now (made above), so they all read the same
    key. The manager restarts a worker that dies and stops them all on SIGTERM or SIGINT."""
    def serve(settings: Settings) -> None:
        import uvicorn

        from fieldcase.server.app import create_app, freeze_heap
        from fieldcase.server.sync_runtime import SyncRuntime

        if settings.workers == 1:
            app = create_app(settings, sync=SyncRuntime.for_keys(keys))
            freeze_heap()
            uvicorn.run(app, host=settings.host, port=settings.port, ssl_certfile=tls_cert,
                        ssl_keyfile=tls_key, log_level="info")
            return
        os.environ[DATABASE_URL_ENV] = settings.database_url
        os.environ[KEY_FILE_ENV] = str(key_path.resolve())
        uvicorn.run("fieldcase.server.app:app_from_environment", factory=True,
                    workers=settings.workers, host=settings.host, port=settings.port,
                    ssl_certfile=tls_cert, ssl_keyfile=tls_key, log_level="info")
    return serve


if __name__ == "__main__":  # pragma: no cover
    sys.exit(entry_point())
