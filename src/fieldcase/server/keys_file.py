"""The server's Ed25519 key on disk: one 0600 file in the data folder, never in the database.

The key signs enrolment answers and wipe instructions and keys the session MACs and the code
hashes (``auth_keys.ServerKeys``), so a copy of the database without this file is useless to
an attacker, and this file must be the same on every server process behind the load balancer
(copy it; compare the fingerprint ``serve`` and ``enroll-code`` print).

Format: one ASCII line ``fieldcase-server-key-v1:<base64url of the 32 private bytes>``.

What can go wrong:

- The file is readable by group or others: it is refused (:class:`KeyFileError`, kind
  ``permissions``) rather than used, as ssh does with private keys.
- Two processes starting together on an empty data folder: the key is written to a private
  temporary file and hard-linked into place, which fails for the second process; that one
  then reads the winner's key, so both end up with the same key.
- Losing the file means every device must re-enrol (devices pin the public key).
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Mapping
from pathlib import Path
from typing import Final

from fieldcase.domain.errors import FieldCaseError
from fieldcase.server.auth_keys import ServerKeys
from fieldcase.server.config import DEFAULT_DATA_DIR, ensure_private_dir
from fieldcase.sync.signing import KEY_BYTES, RandomBytes, SignatureFormatError, b64url, unb64url

KEY_FILE_ENV: Final = "FIELDCASE_SERVER_KEY_FILE"
DEFAULT_KEY_FILE_NAME: Final = "server-key"
_PREFIX: Final = "fieldcase-server-key-v1:"


class KeyFileError(FieldCaseError):
    """The key file cannot be used; ``kind`` is ``permissions``, ``malformed`` or ``io``."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


def resolve_key_path(flag: str | None, environ: Mapping[str, str] = os.environ,
                     data_dir: Path = DEFAULT_DATA_DIR) -> Path:
    """``--key-file``, else ``$FIELDCASE_SERVER_KEY_FILE``, else ``<data folder>/server-key``."""
    chosen = flag or environ.get(KEY_FILE_ENV)
    return Path(chosen) if chosen else data_dir / DEFAULT_KEY_FILE_NAME


def load_key(path: Path) -> ServerKeys:
    """The key in ``path``. Raises KeyFileError when it is unreadable, malformed or not private.
    """
    try:
        mode = path.stat().st_mode
        text = path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError) as error:
        raise KeyFileError("io", f"server key file: cannot read it ({type(error).__name__})"
                           ) from error
    if mode & 0o077:
        raise KeyFileError("permissions", "server key file: readable by others; "
                           "make it private (chmod 600) and consider the key exposed")
    if not text.startswith(_PREFIX):
        raise KeyFileError("malformed", "server key file: not a FieldCase server key")
    try:
        return ServerKeys(unb64url(text[len(_PREFIX):], "server key", KEY_BYTES))
    except SignatureFormatError as error:
        raise KeyFileError("malformed", "server key file: the key is damaged") from error


def load_or_create_key(path: Path, random_bytes: RandomBytes = secrets.token_bytes
                       ) -> ServerKeys:
    """The key in ``path``, creating a new one (0600, folder 0700) if there is none yet."""
    if path.exists():
        return load_key(path)
    ensure_private_dir(path.parent)
    keys = ServerKeys.generate(random_bytes)
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(8)}.tmp")
    try:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w", encoding="ascii") as handle:
            handle.write(_PREFIX + b64url(keys.private_bytes) + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.link(temporary, path)  # fails if another process got there first
        except FileExistsError:
            return load_key(path)
    except OSError as error:
        raise KeyFileError("io", f"server key file: cannot create it ({type(error).__name__})"
                           ) from error
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
    return keys
