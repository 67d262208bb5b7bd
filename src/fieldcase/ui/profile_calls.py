"""The profile services the unlock, first-run and recovery screens call, loaded when first
called rather than when the screens are built.

``services.profile`` brings the store, SQLCipher, the key slots and the case search with it:
about a third of the start to the unlock screen. The unlock screen needs none of it to be
drawn, only to act on what the person typed; the controller's warm-up
(``ui.controller.WARM_MODULES``) imports it while they type. So these screens name the calls
here, and only here is ``services.profile`` imported inside a function.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fieldcase.services.session import Session
    from fieldcase.ui.service_types import KdfParams

__all__ = ["check_new_passphrase", "read_key_text", "read_public_key", "recover_and_unlock",
           "suggest_passphrase", "unlock"]


def check_new_passphrase(passphrase: str, *, user: str, site: str) -> None:
    """Raise ``ValidationError`` for a passphrase the policy refuses (length, blocklist)."""
    from fieldcase.services import profile
    profile.check_new_passphrase(passphrase, user=user, site=site)


def suggest_passphrase(language: str | None = None) -> str:
    """Random words from ``language``'s word list (English where it has none), a passphrase
    the policy accepts."""
    from fieldcase.services import profile
    return profile.suggest_passphrase(language)


def read_public_key(text: str) -> bytes:
    """The organisation's public recovery key from its text (``services.recovery``)."""
    from fieldcase.services import recovery
    return recovery.read_public_key(text)


def read_key_text(path: str) -> str:
    """A recovery key file's text: at most ``services.recovery.MAX_KEY_TEXT`` + 1 bytes, so a
    large file chosen by mistake is refused as not a key rather than read whole."""
    from fieldcase.services.recovery import MAX_KEY_TEXT
    with open(path, "rb") as handle:
        return handle.read(MAX_KEY_TEXT + 1).decode("ascii", errors="replace")


def unlock(profile_dir: Path, *, user: str, passphrase: str,
           kdf: KdfParams | None = None) -> Session:
    """Open the profile as ``user`` (the key derivation: run it on the worker)."""
    from fieldcase.services import profile
    return profile.unlock(profile_dir, user=user, passphrase=passphrase, kdf=kdf)


def recover_and_unlock(profile_dir: Path, *, recovery_key: str, user: str, passphrase: str,
                       kdf: KdfParams | None = None) -> Session:
    """Give ``user`` a new passphrase with the organisation's recovery key, then unlock with
    it (two key derivations: run it on the worker)."""
    from fieldcase.services import profile
    profile.recover(profile_dir, recovery_key=recovery_key, user=user,
                    new_passphrase=passphrase, kdf=kdf)
    return profile.unlock(profile_dir, user=user, passphrase=passphrase, kdf=kdf)
