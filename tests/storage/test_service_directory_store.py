"""The service directory a laptop received, kept in the encrypted store's ``meta`` table: read
back whole, its version apart (what every sync compares), and an unreadable one ignored
(the sample stands in) rather than failing."""

from __future__ import annotations

from fieldcase import bundled
from fieldcase.domain.service_directory import PublishedDirectory
from fieldcase.storage import service_directory as stored
from fieldcase.storage.store import Store


def test_a_directory_is_kept_with_its_version_and_a_broken_one_reads_as_none(
        store: Store) -> None:
    assert stored.load(store) is None and stored.version(store) == 0
    published = PublishedDirectory(bundled.service_directory(), 4, None)
    with store.atomic():
        stored.save(store, published)
    assert stored.load(store) == published and stored.version(store) == 4
    with store.atomic():
        store.set_meta(stored.DIRECTORY_KEY, '{"directory": {}, "version": 5}')
    assert stored.load(store) is None
