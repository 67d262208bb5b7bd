"""Drafts: unsaved forms kept inside the encrypted store (migration 10, table ``drafts``).

One row per local user and form key; the state is the form's own JSON, opaque here. Rows are
never journaled, so a draft never leaves the device. Triggers drop a case's drafts when the
case's row goes (erasure, deletion, a case leaving this device's scope) and a user's drafts
when the user is removed. ``services.drafts`` checks keys, sizes and permissions; this module
only reads and writes rows. Call the writers inside ``Store.atomic()``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

_MOMENT = "%Y-%m-%dT%H:%M:%S.%fZ"


def moment_text(moment: datetime) -> str:
    """``saved_at`` as stored: UTC, fixed width, so text order is time order."""
    return moment.astimezone(UTC).strftime(_MOMENT)


def moment_of(text: str) -> datetime:
    return datetime.strptime(text, _MOMENT).replace(tzinfo=UTC)


@dataclass(frozen=True)
class StoredDraft:
    draft_key: str
    state_json: str
    saved_at: str


def save(raw: Any, user: str, draft_key: str, state_json: str, saved_at: datetime) -> bool:
    """Keep ``state_json`` as the user's draft under ``draft_key``; False when the same state
    is already kept (nothing written, so an unchanged form autosaved every few seconds costs
    no write and no audit event)."""
    row = raw.execute("SELECT state FROM drafts WHERE user = ? AND draft_key = ?",
                      (user, draft_key)).fetchone()
    if row is not None and row[0] == state_json:
        return False
    raw.execute("INSERT OR REPLACE INTO drafts (user, draft_key, state, saved_at) "
                "VALUES (?, ?, ?, ?)", (user, draft_key, state_json, moment_text(saved_at)))
    return True


def load(raw: Any, user: str, draft_key: str) -> StoredDraft | None:
    row = raw.execute("SELECT draft_key, state, saved_at FROM drafts "
                      "WHERE user = ? AND draft_key = ?", (user, draft_key)).fetchone()
    return None if row is None else StoredDraft(*row)


def discard(raw: Any, user: str, draft_key: str) -> bool:
    """Drop one draft; False when there was none."""
    cursor = raw.execute("DELETE FROM drafts WHERE user = ? AND draft_key = ?",
                         (user, draft_key))
    return bool(cursor.rowcount)


def keys(raw: Any, user: str) -> list[tuple[str, str]]:
    """(draft_key, saved_at) of the user's drafts, newest first; no states."""
    rows = raw.execute("SELECT draft_key, saved_at FROM drafts WHERE user = ? "
                       "ORDER BY saved_at DESC, draft_key", (user,)).fetchall()
    return [(str(key), str(saved_at)) for key, saved_at in rows]


def sweep(raw: Any, older_than: datetime) -> int:
    """Drop every user's drafts saved before ``older_than``; returns how many went."""
    cursor = raw.execute("DELETE FROM drafts WHERE saved_at < ?", (moment_text(older_than),))
    return int(cursor.rowcount)
