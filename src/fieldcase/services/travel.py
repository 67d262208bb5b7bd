"""Travel mode: before a border crossing, the laptop keeps no case at all, and gets them back
from the server afterwards (docs/security.md, "Travel mode").

``prepare(session)`` is a crypto-erase, not a delete: the profile gets a new data key, a new
store is built under it holding only what is needed to come back (``storage.fresh_store``:
the users, the enrolment and server sessions, a few counters and the policy; no case, no
search term; the audit log continues the chain the server holds), and the old store's bytes
are overwritten where they lie and removed, with the attachment files. The key slots are
re-sealed to the new key (``ProfileKeys.rekey_all``): every user's passphrase still opens the
profile, and the old data key is in no key slot any more, so a copy of the old store taken
earlier opens with nothing the laptop holds. After the crossing, an unlock and a sync pull
every case again (the pull cursor starts from the beginning).

It is refused, with nothing changed, unless everything has reached the server
(``TravelRefused`` names what is still waiting: changes to send, open conflicts, refused
changes held, attachments not uploaded, audit events the server has not acknowledged) and the
laptop is enrolled (an unenrolled laptop has nowhere to get its cases back from). Of the audit
log, only a run at its end of a sync's own records and unlocks, naming no case, may wait
(``storage.audit.waiting``: a sync's record travels with the next other event by design, and
each command of the command line is an unlock of its own); they are carried into the new store
as they are and reach the server at the next sync.

The session ends with the preparation (the store it held is gone): the app locks, the command
line exits; the next unlock opens the fresh store. Its log starts from the last event the
server acknowledged (``storage.audit.continuation``): the events carried over, then one of
its own, ``travel.prepare``, with how many cases were erased; the server takes them and what
comes after as the same device's chain going on.

Crash safety: the key slots are written first with the old key kept inside their directory
(as a user removal does). A crash before the new store is in place leaves the old store, which
the next unlock re-keys to the new key (``services.profile._finish_pending_rekey``): nothing is
lost, nothing was erased, and ``prepare`` can simply be run again. After the swap, the next
unlock opens the new store and forgets the old key.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fieldcase.domain.errors import FieldCaseError
from fieldcase.services import profile
from fieldcase.services.session import Session
from fieldcase.storage import audit as stored_audit
from fieldcase.storage import fresh_store, store_marks, sync_state
from fieldcase.storage import retention as stored_retention
from fieldcase.storage.attachments import FOLDER as ATTACHMENT_FOLDER
from fieldcase.storage.keys import KeyPurpose, subkey
from fieldcase.storage.store import Store


@dataclass(frozen=True, slots=True)
class TravelStatus:
    """What stands between this laptop and travel mode; counts only, never case content."""

    enrolled: bool
    cases: int  # held on this laptop now
    outbox: int  # changes not yet sent
    conflicts: int  # open conflicts
    refusals: int  # refused changes held for their author
    attachments: int  # attachment files not yet uploaded
    audit: int  # audit events the server has not acknowledged (a sync's own left out)

    @property
    def unsynced(self) -> dict[str, int]:
        """The kinds of unsynced work that are not zero, by name."""
        counts = {"outbox": self.outbox, "conflicts": self.conflicts,
                  "refusals": self.refusals, "attachments": self.attachments,
                  "audit": self.audit}
        return {kind: count for kind, count in counts.items() if count}

    @property
    def ready(self) -> bool:
        return self.enrolled and not self.unsynced


class TravelRefused(FieldCaseError):
    """Travel mode cannot start: ``status`` says why (not enrolled, or what is unsynced)."""

    kind = "travel_refused"

    def __init__(self, status: TravelStatus) -> None:
        super().__init__(describe_refusal(status))
        self.status = status


@dataclass(frozen=True, slots=True)
class TravelResult:
    cases_erased: int


def describe_refusal(status: TravelStatus) -> str:
    """The command line's words for a refusal (the app has its own, translated)."""
    if not status.enrolled:
        return ("travel mode needs an enrolled laptop: the cases could not be downloaded "
                "again after the crossing; nothing was changed")
    parts = {"outbox": "%d change(s) to send", "conflicts": "%d open conflict(s)",
             "refusals": "%d refused change(s) held", "attachments":
             "%d attachment(s) not uploaded", "audit": "%d audit event(s) not sent"}
    waiting = ", ".join(parts[kind] % count for kind, count in status.unsynced.items())
    return (f"not everything is synced: {waiting}; sync (and resolve what is waiting) first, "
            "then prepare again; nothing was changed")


def status(session: Session) -> TravelStatus:
    store = session.store
    with store.reading():
        return _status(store)


def _status(store: Store) -> TravelStatus:
    totals = stored_retention.unsynced_totals(store)
    cases = int(store.raw.execute("SELECT count(*) FROM cases").fetchone()[0])
    return TravelStatus(sync_state.load_enrolment(store) is not None, cases,
                        totals["outbox"], totals["conflicts"], totals["refusals"],
                        totals["attachments"], stored_audit.waiting(store.raw))


def prepare(session: Session) -> TravelResult:
    """Crypto-erase every case on this laptop, keeping what is needed to sync them back; the
    session is closed afterwards. A refusal (``TravelRefused``) changes nothing and leaves the
    session open."""
    store = session.store
    profile_dir: Path = store.connection.path.parent
    with store.reading():
        found = _status(store)
        if not found.ready:
            raise TravelRefused(found)
        kept = fresh_store.kept_rows(store)
    actor, now, old_dek = session.actor.user, store.now, session.data_key
    keys = profile.key_slots(session)
    session.close()
    new_dek = keys.rekey_all(profile_dir, old_dek)

    def audit(new_store: Store) -> None:
        new_store.audit(actor, "travel.prepare", details={"cases_erased": found.cases})

    built = fresh_store.build(profile_dir, subkey(new_dek, KeyPurpose.DATABASE), kept, now,
                              audit)
    fresh_store.replace(profile_dir, built, [profile_dir / store_marks.MARK_FILE,
                                             profile_dir / ATTACHMENT_FOLDER])
    keys.commit_rekey(profile_dir, new_dek)
    return TravelResult(found.cases)
