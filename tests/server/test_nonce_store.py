"""``DbNonceStore``: a nonce is accepted once per device, and a device's expired nonces are
swept by about one request in ``CLEAN_ONE_IN`` (picked by the random nonce) rather than all."""

from __future__ import annotations

import uuid
import zlib
from datetime import timedelta

import sqlalchemy as sa

from fieldcase.server.db import nonces
from fieldcase.server.sync_store import CLEAN_ONE_IN, DbNonceStore

from .conftest import NOW


def nonce_with(sweeps: bool, start: int = 0) -> str:
    """A nonce that does (or does not) make ``remember`` sweep expired nonces."""
    for n in range(start, start + 10_000):
        text = f"nonce-{n}"
        if (zlib.crc32(text.encode()) % CLEAN_ONE_IN == 0) == sweeps:
            return text
    raise AssertionError("no such nonce in range")


def stored(engine: sa.Engine, device: uuid.UUID) -> set[str]:
    with engine.connect() as conn:
        return {r.nonce for r in conn.execute(
            sa.select(nonces.c.nonce).where(nonces.c.device_id == device))}


def test_a_nonce_is_taken_once_and_expired_ones_are_swept_now_and_then(
        engine: sa.Engine) -> None:
    device, other = uuid.uuid4(), uuid.uuid4()
    live = NOW + timedelta(minutes=5)
    with engine.begin() as conn:
        store = DbNonceStore(conn, NOW)
        assert store.remember(str(device), "old-1", NOW - timedelta(seconds=1))
        assert store.remember(str(other), "old-2", NOW - timedelta(seconds=1))
        assert store.remember(str(device), "fresh", live)
        assert not store.remember(str(device), "fresh", live)  # a replay
        assert store.remember(str(other), "fresh", live)  # another device's nonce space
        assert not store.remember("not-a-uuid", "x", live)

    keeps = nonce_with(sweeps=False)
    with engine.begin() as conn:
        assert DbNonceStore(conn, NOW).remember(str(device), keeps, live)
    assert stored(engine, device) == {"old-1", "fresh", keeps}  # not swept this time

    sweeps = nonce_with(sweeps=True)
    with engine.begin() as conn:
        assert DbNonceStore(conn, NOW).remember(str(device), sweeps, live)
    assert stored(engine, device) == {"fresh", keeps, sweeps}  # this device's expired one went
    assert stored(engine, other) == {"old-2", "fresh"}  # another device's are its own business
