"""The service directory as this device last fetched it from the server, in the encrypted store.

Two rows of the store's ``meta`` table (no migration needed): ``service_directory``, the
published directory as JSON (``PublishedDirectory.to_json``), and
``service_directory_version``, its version alone, which every sync compares with the pull's
(so a sync does not parse the directory). It lives in the SQLCipher
database, like the organisation policy: services are not secret, but a file beside the store
must not tell an onlooker which organisation's shelters and hotlines a laptop refers to.

No row: the device has never received a directory (unenrolled, ``--demo``, or an organisation
that publishes none) and uses the bundled sample. A stored directory that no longer reads
(written by a version with other rules) reads as None, so the sample is used until the
server's directory next changes.

Writes belong inside the caller's ``store.atomic()``.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Final

from fieldcase.domain.service_directory import PublishedDirectory, ServiceDirectoryError
from fieldcase.storage.store import Store

DIRECTORY_KEY: Final = "service_directory"
VERSION_KEY: Final = "service_directory_version"


def load(store: Store) -> PublishedDirectory | None:
    """The stored directory, or None when none was fetched (or it no longer reads)."""
    text = store.meta(DIRECTORY_KEY)
    return None if text is None else _parsed(text)


@lru_cache(maxsize=2)
def _parsed(text: str) -> PublishedDirectory | None:
    """Parsed once per text: every case opened reads the directory, which rarely changes
    (the result is immutable, so sharing it is safe)."""
    try:
        return PublishedDirectory.from_json(json.loads(text))
    except (ValueError, ServiceDirectoryError):
        return None


def version(store: Store) -> int:
    """The version of the stored directory; 0 when there is none."""
    text = store.meta(VERSION_KEY)
    return int(text) if text is not None and text.isdigit() else 0


def save(store: Store, published: PublishedDirectory) -> None:
    store.set_meta(DIRECTORY_KEY, json.dumps(published.to_json(), sort_keys=True,
                                             separators=(",", ":"), ensure_ascii=False))
    store.set_meta(VERSION_KEY, str(published.version))
