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


class NotFound(StoreError):
    kind = "not_found"


class MigrationError(StoreError):
    kind = "migration"
