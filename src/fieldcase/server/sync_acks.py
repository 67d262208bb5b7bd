"""What the server last acknowledged to each device, so a device whose store went back in time
is told before it pushes anything (docs/sync.md, "A store that went back in time").

A laptop's store can lose committed changes without noticing (a damaged or deleted log after
a crash, an older copy of ``store.db`` put back), and the pull never sends a device its own
changes back. The server keeps, per device, of the changes it has acknowledged the one with
the latest stamp (``devices.last_acknowledged_change`` and ``_stamp``; a device's own stamps
only grow, so a store that still holds that change holds every one acknowledged before it),
and tells the device in every answer (``"la"``), when the device asked by sending the one
*it* recorded:

- a push whose ``la`` is neither the server's nor a change in the batch (a re-sent batch
  after a lost answer carries it) is **not applied**: the answer lists nothing and carries the
  server's ``la``, and the device decides (``sync.acknowledgements``): a change still in its
  outbox means a lost answer, anything else a store that no longer knows what it sent;
- a pull answer carries the server's ``la`` for the same check.

A request without ``la`` (a device of an earlier version) is served as before and its answer
has none; one with ``"la": ""`` (a device with nothing recorded yet) is applied and told. The
server records what it acknowledges either way, so the check works from a device's first
sync after its update.
"""

from __future__ import annotations

import dataclasses
import uuid

import sqlalchemy as sa

from fieldcase.domain.hlc import Stamp
from fieldcase.server.db import devices
from fieldcase.server.sync_store import DeviceUser
from fieldcase.sync.protocol import PullRequest, PullResponse, PushRequest, PushResponse


def refuse_if_behind(user: DeviceUser, request: PushRequest) -> PushResponse | None:
    """The answer to a push from a device whose record of the acknowledgement differs from
    the server's (nothing applied), or None to apply the push."""
    known = user.last_acknowledged
    if not request.last_acknowledged or known is None:  # "": the device has none recorded
        return None
    if request.last_acknowledged == str(known) or any(
            c.change_id == str(known) for c in request.changes):
        return None
    return PushResponse((), last_acknowledged=str(known))


def answer_push(conn: sa.Connection, user: DeviceUser, request: PushRequest,
                response: PushResponse) -> PushResponse:
    """Record, in the push's transaction, the latest acknowledged change (by stamp: a device's
    stamps only grow, so a store that still holds it holds every change it acknowledged
    before), and say it if the device asked."""
    known, stamp = user.last_acknowledged, user.last_acknowledged_stamp
    accepted = set(response.accepted)
    best = max((c for c in request.changes if c.change_id in accepted),
               key=lambda c: c.stamp, default=None)
    if best is not None and (stamp is None or best.stamp > Stamp.decode(stamp)):
        known, stamp = uuid.UUID(best.change_id), best.stamp.encode()
        conn.execute(sa.update(devices).where(devices.c.id == user.device_id)
                     .values(last_acknowledged_change=known, last_acknowledged_stamp=stamp))
    if request.last_acknowledged is None or known is None:
        return response
    return dataclasses.replace(response, last_acknowledged=str(known))


def answer_pull(user: DeviceUser, request: PullRequest, response: PullResponse
                ) -> PullResponse:
    if request.last_acknowledged is None or user.last_acknowledged is None:
        return response
    return dataclasses.replace(response, last_acknowledged=str(user.last_acknowledged))
