"""Changes the server refused: kept with their reason, and taken back from the case.

When a push answer refuses a change (``rj``: a worker moving a case to another site, a note
too long, a case outside the team), :func:`refuse` moves its outbox row here, whole, with the
server's reason, and takes the change back from the case (``domain.merge.take_back``): the
field shows again the version the change replaced, which is what the server holds, so the
laptop never shows a value nobody else has. Nothing the person typed is lost: the wanted
values stay in this table, inside the encrypted store, until a person tries again
(``services.refusals.retry_refused``, a new edit) or drops them.

Taken back with stamps a later merge reads right: the refused stamp stays superseded on the
field (a duplicate can never bring it back), the replaced versions are heads again, and a
later change still in the outbox that named the refused version as a base names the
versions it replaced instead, so the server merges it as the edit of what it holds rather
than as a conflict with a version it never had.

Not taken back (``taken_back`` stays 0, the case shows the refused value as before):

- a change journaled before the device kept what each change replaced (``previous`` NULL);
- a change without which the case would show no document at all (a refused new case: the
  case stays on this laptop, listed as refused, for a person to fix or drop);
- a change a later local edit already replaced (that field shows the later value).

Every function runs inside the caller's ``store.atomic()``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from fieldcase.domain.hlc import Stamp
from fieldcase.domain.merge import CaseState, Change, Version, take_back
from fieldcase.storage import merged_cases, record_state, sync_state
from fieldcase.storage.store import Store, dumps


@dataclass(frozen=True)
class StoredRefusal:
    """One refused change as kept: ``fields`` the values the person wanted (upserts),
    ``change`` the change itself (None when its row could not be read as one)."""

    change_id: str
    case_id: str
    record_id: str
    kind: str
    op: str
    fields: Mapping[str, Any]
    author: str
    reason: str
    refused_at: str
    taken_back: bool
    change: Change | None


@dataclass(frozen=True)
class Refused:
    """What :func:`refuse` did: how many changes it kept, and the cases it took changes
    back from (their rows changed)."""

    count: int
    taken_back: frozenset[str]


def refuse(store: Store, reasons: Iterable[tuple[str, str]]) -> Refused:
    """Move refused changes from the outbox here with the server's reason and take each back
    from its case, newest first (a later refused edit of a field is taken back before the
    one it replaced)."""
    wanted = dict(reasons)
    if not wanted:
        return Refused(0, frozenset())
    marks = ",".join("?" * len(wanted))
    rows = store.raw.execute(
        f"SELECT seq, {sync_state.OUTBOX_COLUMNS}, previous FROM outbox "  # noqa: S608
        f"WHERE change_id IN ({marks}) ORDER BY seq DESC", list(wanted)).fetchall()
    now = store.now().isoformat()
    states: dict[str, CaseState] = {}
    changed: set[str] = set()
    for row in rows:
        entry = sync_state.read_entry(row[:-1])
        previous = _previous(row[-1])
        store.raw.execute(
            f"""INSERT OR REPLACE INTO refusals ({sync_state.OUTBOX_COLUMNS}, previous,
                    reason, refused_at, taken_back)
                SELECT {sync_state.OUTBOX_COLUMNS}, previous, ?, ?, 0 FROM outbox
                WHERE change_id = ?""",  # noqa: S608
            (wanted[entry.change_id], now, entry.change_id))
        store.raw.execute("DELETE FROM outbox WHERE change_id = ?", (entry.change_id,))
        if entry.change is None:
            continue
        _rebase_outbox(store, entry.change)
        if previous is None:
            continue
        case = states.get(entry.case_id)
        if case is None:
            case = states[entry.case_id] = merged_cases.load_state(store, entry.case_id)
        after = take_back(case, entry.change, previous)
        if after == case or (record_state.document(after) is None
                             and record_state.document(case) is not None):
            continue
        states[entry.case_id] = after
        changed.add(entry.case_id)
        store.raw.execute("UPDATE refusals SET taken_back = 1 WHERE change_id = ?",
                          (entry.change_id,))
    for case_id in sorted(changed):
        merged_cases.save_state(store, states[case_id])
    return Refused(len(rows), frozenset(changed))


def _previous(text: str | None) -> dict[str, list[Version]] | None:
    if text is None:
        return None
    stored: dict[str, list[list[Any]]] = json.loads(text)
    return {name: [Version(value, Stamp.decode(stamp), author)
                   for stamp, author, value in versions]
            for name, versions in stored.items()}


def _rebase_outbox(store: Store, refused: Change) -> None:
    """Later outbox changes of the same record that name the refused version as a base name
    what it replaced instead (see the module docstring)."""
    gone = refused.stamp.encode()
    bases = {name: [b.encode() for b in edit.bases] for name, edit in refused.fields.items()}
    replaced = sorted({b for values in bases.values() for b in values}
                      | {s.encode() for s in refused.supersedes})
    for change_id, base_text, supersedes_text in store.raw.execute(
            "SELECT change_id, base, supersedes FROM outbox WHERE case_id = ? AND record_id = ?",
            (refused.case_id, refused.record_id)).fetchall():
        base: dict[str, list[str]] = json.loads(base_text)
        supersedes: list[str] = json.loads(supersedes_text)
        if gone not in supersedes and not any(gone in values for values in base.values()):
            continue
        new_base = {name: sorted({b for b in values if b != gone}
                                 | (set(bases.get(name, ())) if gone in values else set()))
                    for name, values in base.items()}
        new_supersedes = supersedes if gone not in supersedes else sorted(
            {s for s in supersedes if s != gone} | set(replaced))
        store.raw.execute("UPDATE outbox SET base = ?, supersedes = ? WHERE change_id = ?",
                          (dumps({k: v for k, v in new_base.items() if v}),
                           dumps(new_supersedes), change_id))


_COLUMNS = f"0, {sync_state.OUTBOX_COLUMNS}, reason, refused_at, taken_back"


def listed(store: Store, case_id: str | None = None) -> list[StoredRefusal]:
    """Every refused change kept (or those of one case), oldest refusal first."""
    if case_id is None:
        rows = store.raw.execute(
            f"SELECT {_COLUMNS} FROM refusals ORDER BY refused_at, change_id").fetchall()  # noqa: S608
    else:
        rows = store.raw.execute(
            f"SELECT {_COLUMNS} FROM refusals WHERE case_id = ? "  # noqa: S608
            "ORDER BY refused_at, change_id", (case_id,)).fetchall()
    return [_refusal(row) for row in rows]


def find(store: Store, change_id: str) -> StoredRefusal | None:
    row = store.raw.execute(f"SELECT {_COLUMNS} FROM refusals WHERE change_id = ?",  # noqa: S608
                            (change_id,)).fetchone()
    return None if row is None else _refusal(row)


def remove(store: Store, change_id: str) -> bool:
    """Forget one refused change (tried again as a new edit, or dropped)."""
    removed: int = store.raw.execute("DELETE FROM refusals WHERE change_id = ?",
                                     (change_id,)).rowcount
    return removed > 0


def _refusal(row: tuple[Any, ...]) -> StoredRefusal:
    entry = sync_state.read_entry(row[:11])
    _, change_id, case_id, record_id, kind, op, fields, *_rest = row[:11]
    reason, refused_at, taken_back = row[11:]
    try:
        values: dict[str, Any] = json.loads(fields) if op == "upsert" else {}
    except ValueError:
        values = {}
    return StoredRefusal(change_id, case_id, record_id, kind, op, values, row[10], reason,
                         refused_at, bool(taken_back), entry.change)
