"""``fieldcase-server services``: the organisation's service directory from the command line.

``add`` takes a service as flags (lists comma-separated, ``--hours`` repeatable as
``mon-fri 08:00-17:00``, ``daily 00:00-24:00`` or ``sat,sun 09:00-13:00``), ``update`` the
same flags for the fields to change (the others keep theirs), ``deactivate`` stops offering a
service for new referrals (old ones still name it), ``list`` prints the directory (``--json``:
the directory file's format, which ``import`` reads back), and ``import FILE.json`` adds or
changes every service of a directory file, such as the bundled sample, all or none.

Every change is checked by the same rules devices apply (``domain.service_directory``); a
problem is ``AdminError`` ``validation`` naming the key path and the rule (exit 4), and
nothing is written.
"""

from __future__ import annotations

import argparse
import json
import uuid
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TextIO

import sqlalchemy as sa

from fieldcase.domain.service_directory import DAYS, Service
from fieldcase.server import admin, service_directory
from fieldcase.server.admin import AdminError

SubCommand = Callable[..., argparse.ArgumentParser]


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser],
               command: SubCommand) -> None:
    group = commands.add_parser("services", help="the organisation's service directory "
                                "(docs/server.md)").add_subparsers(dest="subcommand",
                                                                   required=True)
    add = command("add", "add a service", group)
    add.add_argument("--org", required=True)
    add.add_argument("--id", required=True, dest="service_id",
                     help="a stable id referrals name (lowercase, digits, . _ -)")
    _service_flags(add, required=True)
    update = command("update", "change the fields given of a service", group)
    update.add_argument("--org", required=True)
    update.add_argument("service_id", metavar="ID")
    _service_flags(update, required=False)
    update.add_argument("--active", action="store_true",
                        help="offer a deactivated service again")
    deactivate = command("deactivate", "no longer offer a service for new referrals", group)
    deactivate.add_argument("--org", required=True)
    deactivate.add_argument("service_id", metavar="ID")
    listing = command("list", "print the directory", group)
    listing.add_argument("--org", required=True)
    listing.add_argument("--site")
    listing.add_argument("--json", action="store_true",
                         help="the directory file's format (what 'import' reads)")
    imported = command("import", "add or change every service of a directory file", group)
    imported.add_argument("--org", required=True)
    imported.add_argument("file", metavar="FILE.json")


def _service_flags(parser: argparse.ArgumentParser, *, required: bool) -> None:
    parser.add_argument("--site", required=required, help="site code, e.g. LAMP-01")
    parser.add_argument("--name", required=required)
    parser.add_argument("--category", required=required,
                        help="shelter, medical, legal_aid, ... (docs/server.md)")
    parser.add_argument("--types", required=required, metavar="A,B",
                        help="assistance types given (the case document's codes)")
    parser.add_argument("--languages", metavar="fr,en", help="languages its staff speak")
    parser.add_argument("--phone")
    parser.add_argument("--email")
    parser.add_argument("--address")
    parser.add_argument("--hours", action="append", metavar="DAYS HH:MM-HH:MM",
                        help="repeatable: 'mon-fri 08:00-17:00', 'daily 00:00-24:00'")
    parser.add_argument("--min-age", type=int, metavar="N")
    parser.add_argument("--max-age", type=int, metavar="N")
    parser.add_argument("--sexes", metavar="female,male", help="whom it takes (default: all)")
    parser.add_argument("--eligibility-notes", metavar="TEXT")
    parser.add_argument("--description")


def run(args: argparse.Namespace, conn: sa.Connection, stdout: TextIO, stderr: TextIO,
        now: datetime) -> None:
    org_id = admin.find_org(conn, args.org)
    if args.subcommand == "add":
        added = service_directory.add(conn, org_id, {"id": args.service_id,
                                                     **_given(args, None)}, now=now)
        print(f"added {added.id} (directory version "
              f"{service_directory.directory_version(conn, org_id)})", file=stdout)
        _warn_of_unknown_sites(conn, org_id, [added], stderr)
    elif args.subcommand == "update":
        changes = _given(args, _current(conn, org_id, args.service_id))
        if args.active:
            changes["active"] = True
        changed = service_directory.update(conn, org_id, args.service_id, changes, now=now)
        print(f"updated {changed.id} (directory version "
              f"{service_directory.directory_version(conn, org_id)})", file=stdout)
        _warn_of_unknown_sites(conn, org_id, [changed], stderr)
    elif args.subcommand == "deactivate":
        done = service_directory.deactivate(conn, org_id, args.service_id, now=now)
        print("deactivated" if done else "already inactive", file=stdout)
    elif args.subcommand == "list":
        found = service_directory.listed(conn, org_id, site=args.site)
        if args.json:
            print(json.dumps(service_directory.as_file(found), indent=2, ensure_ascii=False),
                  file=stdout)
        else:
            for service in found:
                print(_line(service), file=stdout)
    elif args.subcommand == "import":
        count, touched = service_directory.import_file(conn, org_id, _read(args.file), now=now)
        print(f"{count} added, {touched} changed (directory version "
              f"{service_directory.directory_version(conn, org_id)})", file=stdout)
        _warn_of_unknown_sites(conn, org_id, service_directory.listed(conn, org_id), stderr)


def _warn_of_unknown_sites(conn: sa.Connection, org_id: uuid.UUID, found: list[Service] |
                           tuple[Service, ...], stderr: TextIO) -> None:
    """Kept all the same (a site may get its team later), but said: often a typo."""
    missing = service_directory.sites_without_teams(conn, org_id, found)
    if missing:
        print(f"warning: no team works at {', '.join(missing)} yet: no worker's laptop "
              "receives services there until one does (fieldcase-server team create)",
              file=stderr)


def _line(service: Service) -> str:
    state = "active" if service.active else "inactive"
    return "\t".join((service.site, service.id, state, service.name,
                      ",".join(service.assistance_types), ",".join(service.languages),
                      service.contact.phone or "-"))


def _read(file: str) -> object:
    try:
        return json.loads(Path(file).read_text(encoding="utf-8"))
    except OSError as error:
        raise AdminError("validation", f"file: cannot be read ({error.strerror})") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise AdminError("validation", f"file: not JSON in UTF-8 ({error})") from None


def _current(conn: sa.Connection, org_id: uuid.UUID, service_id: str) -> Service | None:
    return next((s for s in service_directory.listed(conn, org_id) if s.id == service_id),
                None)


def _given(args: argparse.Namespace, current: Service | None) -> dict[str, object]:
    """The service fields the flags give; for an update, nested ones (contact, eligibility)
    merged into the service's current values."""
    data: dict[str, object] = {}
    for flag, key in (("site", "site"), ("name", "name"), ("category", "category"),
                      ("description", "description")):
        if getattr(args, flag) is not None:
            data[key] = getattr(args, flag)
    if args.types is not None:
        data["assistance_types"] = _list(args.types)
    if args.languages is not None:
        data["languages"] = _list(args.languages)
    elif current is None:
        data["languages"] = []
    if args.hours is not None:
        data["opening_hours"] = [_hours(text) for text in args.hours]
    elif current is None:
        data["opening_hours"] = []
    old = current.to_dict() if current is not None else {}
    contact = {**_dict(old.get("contact")),
               **{key: getattr(args, key) for key in ("phone", "email", "address")
                  if getattr(args, key) is not None}}
    if contact or current is None:
        data["contact"] = contact
    rules = {key: value for key, value in (("min_age", args.min_age),
                                           ("max_age", args.max_age),
                                           ("sexes", _list(args.sexes) if args.sexes else None),
                                           ("notes", args.eligibility_notes))
             if value is not None}
    if rules or current is None:
        data["eligibility"] = {**_dict(old.get("eligibility")), **rules}
    return data


def _dict(value: object) -> dict[str, object]:
    return dict(value) if isinstance(value, dict) else {}


def _list(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def _hours(text: str) -> dict[str, object]:
    """``mon-fri 08:00-17:00``, ``daily 00:00-24:00``, ``sat,sun 09:00-13:00``."""
    parts = text.split()
    times = parts[-1].split("-") if len(parts) == 2 else []
    if len(times) != 2:
        raise AdminError("validation", f"--hours: {text!r} is not 'DAYS HH:MM-HH:MM'")
    return {"days": _days(parts[0]), "opens": times[0], "closes": times[1]}


def _days(text: str) -> list[str]:
    if text.lower() in ("daily", "every-day"):
        return list(DAYS)
    days: list[str] = []
    for part in _list(text.lower()):
        first, _, last = part.partition("-")
        if first not in DAYS or (last and last not in DAYS):
            raise AdminError("validation", f"--hours: {part!r} is not a day or range of "
                             f"days ({', '.join(DAYS)})")
        days.extend(DAYS[DAYS.index(first):DAYS.index(last) + 1] if last else [first])
    return days
