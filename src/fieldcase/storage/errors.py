"""The store's error kinds. The CLI and the UI map each kind to an exit code or a message."""

from __future__ import annotations


class StoreError(Exception):
    kind = "store"


class WrongKey(StoreError):
    kind = "locked"


class StoreFull(StoreError):
    kind = "storage_full"


class StoreCorrupt(StoreError):
    kind = "corrupt"


class StoreMissing(StoreCorrupt):
    """A store was to be opened, not created, and its file is not there; nothing was made."""


class StoreReadOnly(StoreError):
    """A write was asked of a store opened read-only (``self-test``); nothing was written."""

    kind = "read_only"


class NotFound(StoreError):
    kind = "not_found"


class MigrationError(StoreError):
    kind = "migration"
