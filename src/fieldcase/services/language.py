"""The interface language a person chose, kept per user, and the last one used on the laptop.

Each user's choice lives in the encrypted store (``meta``, one key per user name), so it is
theirs and says nothing to anyone without a passphrase. The unlock screen comes before any key,
so the profile folder also holds ``language``: the code of the language last used (``ar``,
``fr``...), and nothing else. A code names no person and no case; it is written only when it
changes, with the one atomic writer, mode 0600 like every file of the profile.

What can go wrong: a ``language`` file that is damaged or holds anything but a code is ignored
(the unlock screen then follows ``--language``, the environment, or English), never trusted;
one that cannot be written (a full disk, a read-only stick) is logged and left as it was.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING, Final

from fieldcase.storage.atomic_files import atomic_write

if TYPE_CHECKING:  # the unlock screen reads the last language before the store is loaded
    from fieldcase.services.session import Session

log = logging.getLogger(__name__)

LAST_LANGUAGE_FILE: Final = "language"
_KEY_PREFIX: Final = "interface_language:"
_CODE: Final = re.compile(r"^[a-z]{2,3}(?:_[A-Za-z0-9]{2,8})?$")


def valid_code(code: str) -> bool:
    """A language code as ``ui.i18n.normalise`` writes it (``ar``, ``pt_BR``), nothing else."""
    return bool(_CODE.match(code))


def last_language(profile_dir: Path) -> str | None:
    """The language last used on this profile, if one was kept and reads as a code."""
    try:
        text = (profile_dir / LAST_LANGUAGE_FILE).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return text if valid_code(text) else None


def remember_last_language(profile_dir: Path, code: str) -> None:
    """Keep ``code`` for the next unlock screen (only if it changed, and only in a profile
    folder that exists: a laptop not yet set up keeps nothing)."""
    if not valid_code(code):
        raise ValueError("not a language code")
    if profile_dir.is_dir() and last_language(profile_dir) != code:
        try:
            atomic_write(profile_dir / LAST_LANGUAGE_FILE, code.encode("ascii"))
        except OSError:  # a full disk or a read-only stick: only the next screen's language
            log.warning("the interface language could not be kept for the unlock screen")


def _profile_dir(session: Session) -> Path:
    return session.store.connection.path.parent


def language_at_unlock(session: Session, showing: str) -> str | None:
    """The signed-in user's own language, or None if they never chose one. The laptop's last
    language becomes theirs, or (none chosen) ``showing``, the one on the screen now."""
    code = session.store.meta(_KEY_PREFIX + session.actor.user)
    if code is None or not valid_code(code):
        code = None
    last = code or showing
    if valid_code(last):
        remember_last_language(_profile_dir(session), last)
    return code


def remember_language_in_use(session: Session, code: str) -> None:
    """``--language`` was given: the laptop's last language is the one it shows."""
    if valid_code(code):
        remember_last_language(_profile_dir(session), code)


def choose_language(session: Session, code: str) -> None:
    """Keep ``code`` as the signed-in user's language (in the store) and as the laptop's last
    language (the unlock screen's)."""
    if not valid_code(code):
        raise ValueError("not a language code")
    with session.store.atomic():
        session.store.set_meta(_KEY_PREFIX + session.actor.user, code)
    remember_last_language(_profile_dir(session), code)
