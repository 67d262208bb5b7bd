"""Read a SQLCipher store's pages as plaintext, to scan what a purge left on disk.

The store is keyed with a raw key (``storage.connection``: no KDF), so each page decrypts
with it directly under SQLCipher 4's defaults: 4096-byte pages, AES-256-CBC, each page's
reserved tail holding its 16-byte IV then a 64-byte HMAC; page 1 starts with the 16-byte salt
instead of SQLite's magic. Freed pages are decrypted too: that is the point, a deleted row
must not survive in a free page (``secure_delete`` zeroes them). The HMAC is not checked:
a scan only needs the bytes.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
IV = 16
RESERVE = IV + 64
SALT = 16
WAL_HEADER = 32
FRAME_HEADER = 24


def _decrypt(key: bytes, page: bytes, *, first: bool) -> bytes:
    start = SALT if first else 0
    iv = page[PAGE - RESERVE:PAGE - RESERVE + IV]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(page[start:PAGE - RESERVE]) + decryptor.finalize()


def database_pages(path: Path, key: bytes) -> Iterator[bytes]:
    """Every page of the database file, decrypted (free pages included)."""
    data = path.read_bytes()
    for number, offset in enumerate(range(0, len(data) - PAGE + 1, PAGE)):
        yield _decrypt(key, data[offset:offset + PAGE], first=number == 0)


def wal_pages(path: Path, key: bytes) -> Iterator[bytes]:
    """Every page image in a WAL file, decrypted (none when it is missing or truncated)."""
    if not path.exists():
        return
    data = path.read_bytes()
    offset = WAL_HEADER
    while offset + FRAME_HEADER + PAGE <= len(data):
        number = int.from_bytes(data[offset:offset + 4], "big")
        page = data[offset + FRAME_HEADER:offset + FRAME_HEADER + PAGE]
        yield _decrypt(key, page, first=number == 1)
        offset += FRAME_HEADER + PAGE
