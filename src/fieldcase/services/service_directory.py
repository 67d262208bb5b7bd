"""The service directory on the device: the server's once one arrived, else the bundled sample.

Which one (docs/sync.md, "Service directory"): an enrolled device whose organisation
publishes a directory receives it with the sync round and uses it from then on, for the
referral picker and for the check of a new referral before a save. Until then (an
unenrolled profile, ``--demo``, an organisation that publishes none) the bundled sample
(``assets/services/directory.json``) stands in, as it always has.

When it is fetched: the pull's last page carries the organisation's directory version
(``PullResponse.directory_version``); after a successful pull the sync round calls
``refresh_if_changed`` with it, which asks ``GET /v1/services`` only when that version is not
the one stored. A no-op sync therefore stays one request. A failed fetch never fails the
sync: it is logged by kind only and the stored directory stays in force (the next sync asks
again); ``revoked`` is passed on for the caller's wipe, as for the policy.
"""

from __future__ import annotations

import logging
from functools import partial

from fieldcase import bundled
from fieldcase.domain.service_directory import PublishedDirectory, ServiceDirectory
from fieldcase.services.session import Session, SessionSteps
from fieldcase.storage import service_directory as stored_directory
from fieldcase.sync.client import SyncClient
from fieldcase.sync.errors import SyncError, SyncErrorKind

log = logging.getLogger(__name__)


def current(session: Session) -> ServiceDirectory:
    """The directory this device works with: the server's, or the bundled sample."""
    published = stored_directory.load(session.store)
    return bundled.service_directory() if published is None else published.directory


def referral_ids(session: Session) -> frozenset[str]:
    """The ids a new referral may name: the active services of ``current``."""
    return current(session).active_ids()


def _stored_version(session: Session) -> int:
    return stored_directory.version(session.store)


def refresh_if_changed(steps: SessionSteps, client: SyncClient, version: int | None) -> bool:
    """Fetch and store the directory when the server's ``version`` (from the pull; None: it
    publishes none) differs from the stored one. True when a directory was stored."""
    if version is None or steps.run(_stored_version) == version:
        return False
    try:
        published = client.fetch_services()
    except SyncError as error:
        if error.error_kind is SyncErrorKind.REVOKED:
            raise
        log.warning("service directory not fetched (%s); the stored one stays in force",
                    error.kind)
        return False
    if published is None:
        return False
    steps.run(partial(_store, published=published))
    return True


def _store(session: Session, *, published: PublishedDirectory) -> None:
    with session.store.atomic():
        stored_directory.save(session.store, published)
        session.store.audit(session.actor.user, "services.updated",
                            details={"version": published.version,
                                     "services": len(published.directory.services)})
