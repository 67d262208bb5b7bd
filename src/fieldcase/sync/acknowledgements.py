"""The device's side of "what the server last acknowledged": a store that went back in time
stops the sync before it pushes anything (docs/sync.md, "A store that went back in time").

The store records the server's id of the latest change it acknowledged to this device
(``sync_state.last_acknowledged``, in the same transaction that drops acknowledged changes
from the outbox) and sends it with every push and pull (``"la"``); the server answers with
its own (``server.sync_acks``; "latest" by stamp, and this device's stamps only grow, so a
store that holds that change holds every one acknowledged before it). The two agree unless:

- the answer to a push was lost after the server committed it: the server's id is then a
  change still in this device's outbox, which the device adopts (the server applied nothing;
  the batch is sent again at the next sync and acknowledged then; nothing is lost or doubled);
- the store forgot changes it had sent and the server acknowledged: the server's id is a
  change this store has neither recorded nor holds. That is :data:`STORE_ROLLED_BACK`: the
  server refused the push without applying it, and the sync stops, so nothing made on top of
  the older store reaches the team.

A store with nothing recorded (before its first sync with this check, or a new enrolment)
adopts the server's id at its next push: the first contact trusts the server. The push check
runs inside the transaction that applies the push answer; the pull check only reads.
"""

from __future__ import annotations

from fieldcase.storage import sync_state
from fieldcase.storage.store import Store
from fieldcase.sync.errors import SyncError, SyncErrorKind
from fieldcase.sync.protocol import PullResponse, PushResponse

ROLLED_BACK_MESSAGE = (
    "this laptop's store is older than what it sent to the server: changes the server "
    "acknowledged are missing here (a crash that lost the end of the store's log, or an older "
    "copy of the store put back). Nothing was sent. The server still holds what it "
    "acknowledged; ask your administrator before working on")


def check_push_answer(store: Store, sent: str | None, answer: PushResponse) -> None:
    """After a push that carried ``sent``: adopt the server's id, or raise
    ``store_rolled_back`` (the server applied nothing)."""
    server = answer.last_acknowledged
    if server is None or sent is None:
        return
    if sent and server != sent and server not in answer.accepted and \
            not sync_state.in_outbox(store, server):
        raise SyncError(SyncErrorKind.STORE_ROLLED_BACK, ROLLED_BACK_MESSAGE)
    if server != sent:
        sync_state.set_last_acknowledged(store, server)


def check_pull_answer(store: Store, page: PullResponse) -> None:
    """Before a pulled page is applied: the same check, reading only (a pull never moves the
    record on; a device with nothing pushed has nothing to compare)."""
    server = page.last_acknowledged
    recorded = sync_state.last_acknowledged(store)
    if server is None or not recorded or server == recorded:
        return
    if not sync_state.in_outbox(store, server):
        raise SyncError(SyncErrorKind.STORE_ROLLED_BACK, ROLLED_BACK_MESSAGE)
