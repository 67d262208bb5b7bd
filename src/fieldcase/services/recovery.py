"""The organisation's recovery key: made once, kept offline, used when a passphrase is lost.

One X25519 key pair per organisation. The **public** half is given to every laptop at set-up
(``fieldcase init --recovery-key FILE``, 64 hex digits), which seals the profile's data key to
it (``storage/keys.py``). The **private** half is what ``fieldcase recovery-key generate``
writes: a PEM file (PKCS #8, the standard form that OpenSSL and most key tools read) with a
few comment lines saying what it is, mode 0600, never over an existing file. Whoever holds it
can open every profile set up with its public half, so it belongs offline with the
organisation's data-protection officer, not on a laptop used for casework.

At unlock, "Forgot your passphrase?" takes the file, or its text pasted (line breaks may be
lost on the way: the PEM reader does not need them), and ``profile.recover`` gives the user a
new passphrase. What can go wrong: a file that is not such a key (another kind of key, a
public key, a truncated paste) is a ``ValidationError`` on ``recovery_key`` that never quotes
the text; another organisation's key opens nothing (``no_recovery``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    load_pem_private_key,
)

from fieldcase.domain.errors import FieldCaseError, ValidationError

MAX_KEY_TEXT: Final = 4096
"""A recovery key file is about 500 bytes; anything much longer is not one."""

_HEADER: Final = """\
# FieldCase organisation recovery key. PRIVATE: keep this file offline.
# Whoever holds it can open every FieldCase laptop set up with its public key:
# keep it in a safe or on an encrypted stick with the data-protection officer, never on a
# laptop used for casework. It is needed only when a worker has forgotten their passphrase.
# Public key (for `fieldcase init --recovery-key`): {public}
"""


class RecoveryKeyFileError(FieldCaseError):
    """The key file could not be written (it exists, or its folder does not): exit 2."""

    kind = "usage"


@dataclass(frozen=True)
class RecoveryKeyPair:
    """``file_text`` holds the private key: write it once (``write_key_file``), show it never."""

    file_text: str
    public_hex: str

    def __repr__(self) -> str:  # the private key stays out of logs and tracebacks
        return f"RecoveryKeyPair(public_hex={self.public_hex!r})"


def generate_key_pair() -> RecoveryKeyPair:
    private = X25519PrivateKey.generate()
    public_hex = private.public_key().public_bytes_raw().hex()
    pem = private.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption()).decode()
    return RecoveryKeyPair(_HEADER.format(public=public_hex) + pem, public_hex)


def write_key_file(path: Path, pair: RecoveryKeyPair) -> None:
    """Create ``path`` (mode 0600) with the private key; an existing file is never replaced,
    since it may hold the organisation's only copy of an earlier key."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    try:
        descriptor = os.open(path, flags, 0o600)
    except FileExistsError:
        raise RecoveryKeyFileError("--output: the file exists; a recovery key is never "
                                   "written over another file, choose a new name") from None
    except FileNotFoundError:
        raise RecoveryKeyFileError("--output: the folder does not exist") from None
    try:
        with os.fdopen(descriptor, "w", encoding="ascii", newline="\n") as handle:
            handle.write(pair.file_text)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        path.unlink(missing_ok=True)  # half a key is no key: leave nothing behind
        raise


def read_private_key(text: str) -> bytes:
    """The 32 raw bytes of the private key in ``text`` (the file's content, or a paste).

    Raises ValidationError("recovery_key", "not_a_recovery_key") for anything else; the
    message never repeats the text, which may be a key after all."""
    if len(text) > MAX_KEY_TEXT:
        raise _not_a_key()
    try:
        key = load_pem_private_key(text.strip().encode("ascii"), password=None)
    except (ValueError, TypeError, UnicodeEncodeError, UnsupportedAlgorithm):
        raise _not_a_key() from None
    if not isinstance(key, X25519PrivateKey):
        raise _not_a_key()
    return key.private_bytes_raw()


def _not_a_key() -> ValidationError:
    return ValidationError("recovery_key", "not_a_recovery_key",
                           "this is not an organisation recovery key (a PEM file starting "
                           "with -----BEGIN PRIVATE KEY-----)")


def read_public_key(text: str) -> bytes:
    """The 32 bytes of a public key given as 64 hex digits (what ``generate`` prints), for
    ``fieldcase init --recovery-key``. The private key file given by mistake is refused by
    name: it must not be copied to laptops."""
    if "PRIVATE KEY" in text:
        raise ValidationError("recovery_key", "private_key_given",
                              "this is the organisation's PRIVATE recovery key; give the "
                              "public key that `fieldcase recovery-key generate` printed, and "
                              "keep the private one offline")
    try:
        raw = bytes.fromhex(text.strip())
    except ValueError:
        raw = b""
    if len(raw) != 32:
        raise ValidationError("recovery_key", "not_a_public_key",
                              "a recovery public key is 64 hexadecimal digits")
    return raw
