"""The offline-lease banner in the interface language, from the numbers of a ``SyncStatus``.

``SyncStatus.lease_message`` is the service's English sentence (the command line prints it);
the window words the same state itself, with the day counts as plural-aware parameters:

- warn: "Sync within 2 days: after that this laptop will ask you to sign in ...";
- expired, offline too long: "This laptop has not been online for 15 days; connect ...",
  counting whole days since the last successful sync on the session's clock;
- expired because the clock is behind a time already seen (or there is no end to count from):
  the clock sentence, without a number that would be wrong.
"""

from __future__ import annotations

from fieldcase.domain.lease import LeaseStatus
from fieldcase.services.sync import SyncStatus
from fieldcase.ui.i18n import Context, translate


class LeaseWords(Context):
    """The translation context of the banner's sentences (``tr`` marks their plural forms)."""


def lease_words(status: SyncStatus) -> str:
    lease = status.lease
    if lease is None or lease.status is LeaseStatus.OK:
        return ""
    if lease.status is LeaseStatus.WARN:
        return LeaseWords.tr("Sync within %Ln day(s): after that this laptop will ask you "
                         "to sign in to the server before anything else.", None, lease.days_left)
    last = status.last_successful_sync
    clock_behind = lease.expires_at is None or status.checked_at < lease.expires_at
    if last is None or clock_behind:
        return translate("LeaseWords", "This laptop's clock is behind a time it has already seen; "
                         "connect and sign in to the server before working on cases (it will "
                         "say how far off the clock is).")
    days = max(0, (status.checked_at - last).days)
    return LeaseWords.tr("This laptop has not been online for %Ln day(s); connect and sign "
                     "in to the server before working on cases.", None, days)
