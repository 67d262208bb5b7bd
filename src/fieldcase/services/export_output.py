"""Where every export file is written: a new 0600 file, sealed unless plain text was chosen.

The case export (JSON Lines), the anonymised and aggregate reports (``services.reports``) and a
subject-access bundle (``services.subject_access``) all write through :func:`write_export`, so
each gets the same protections: the file takes its name only once complete, no plaintext
outlives an interrupted export (``services.export_file``), and a sealed export's text only
ever exists in memory (``services.export_seal``).

Which way to protect is the caller's (the person's) choice, given as a ``Protection``;
:func:`organisation_key` offers the profile's organisation recovery public key, the default a
data-protection officer can open with the private key kept offline.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from fieldcase.services.export_file import ExportFile, check_target
from fieldcase.services.export_seal import Protection, SealedWriter
from fieldcase.services.session import Session

T = TypeVar("T")

Write = Callable[[str], object]


def write_export(session: Session, target: Path, protection: Protection, *, force: bool,
                 produce: Callable[[Write], T]) -> T:
    """Create ``target`` and fill it with what ``produce`` writes (text), protected as
    asked; ``produce``'s result is returned once the file has its name. A failure inside
    ``produce`` leaves nothing under the name."""
    target = Path(target)
    check_target(target, force=force)
    with ExportFile(session.store, target, force=force) as out:
        if protection.plaintext:
            result = produce(out.write)
        else:
            sealer = SealedWriter(protection, out.write_bytes)
            result = produce(sealer.write)
            sealer.close()
        out.place()
    return result


def organisation_key(session: Session) -> bytes | None:
    """The organisation's recovery public key this profile was set up with, if any."""
    from fieldcase.services import profile  # profile imports much; only exports need this

    return profile.recovery_public_key(session)
