"""The server trusts no device: pushed changes checked against the case rules before the merge.

``sync_push.push`` calls :func:`check_push` once, after authorization, with the changes it
allowed. Two checks (docs/sync.md, "Push"; docs/security.md, "The server trusts no device"):

- **The case's team.** A case's site must be a site of the case's team and its assignee a
  member of that team (the team is the creating user's, and never changes with an edit):
  ``site_outside_team``, ``assignee_outside_team``. Before this, a supervisor of one team
  could open a case at another team's site for that team's worker, and what the worker then
  recorded went to the wrong team. Unknown names are already refused by ``sync_authz``.
  An accepted transfer (the site set to the one ``case.transfer`` waits at, the transfer
  cleared) is the one way a case leaves its team's sites: ``sync_authz.receives`` has checked
  the receiver and their assignee, ``push_rules`` checks it is theirs, and the case becomes
  their team's (``sync_authz.scope_after``).
- **The document rules**, per record (:func:`refuse_invalid`): each change's own values with
  the rules of its record kind (``domain.record_rules``: types, lengths, codes, dates, line
  breaks, ids, unknown fields), and the record as merged with the batch's earlier changes
  (a new record must be whole, an edit may not remove a required field). Reason
  ``invalid.<field>.<rule>``. The rules a merge of valid edits can break
  (``document_stored.LENIENT_RULES``: dates out of order, a referral's consent, "in the
  future") are tolerated, as the device tolerates them in a stored case; and a record stored
  broken before these checks existed can still be edited: an edit is refused only for
  problems it adds.

A case the server does not hold yet is made whole or not at all: when its case record is
refused (by these checks, or earlier by authorization: pass those refusals in), every other
change of that case in the push is refused with the same reason. Its other records were
authorized for the scope that case record named, which no longer holds.

Deletes and purges carry no values and pass; so do changes the feed already holds (``seen``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Container, Iterable, Mapping, Sequence
from datetime import date

from fieldcase.domain.document_stored import LENIENT_RULES
from fieldcase.domain.errors import ValidationError
from fieldcase.domain.merge import (
    CaseState,
    Change,
    MergeError,
    RecordState,
    Rejection,
    apply_to_record,
    canonical,
    record_view,
)
from fieldcase.domain.record_rules import record_errors
from fieldcase.server.sync_authz import CaseFacts, Directory

SITE_OUTSIDE_TEAM = "site_outside_team"
ASSIGNEE_OUTSIDE_TEAM = "assignee_outside_team"
INVALID = "invalid"


def check_push(allowed: Sequence[Change], *, states: Mapping[str, CaseState],
               facts: Mapping[str, CaseFacts], directory: Directory, seen: Container[str],
               today: date) -> tuple[list[Change], list[Rejection]]:
    """The changes of ``allowed`` (those authorization let through) that pass, and the
    refused rest (push order kept). ``states``: the stored state of the touched cases;
    ``facts``: what authorization knew of each case (its team)."""
    kept, refused = refuse_outside_team(allowed, facts, directory)
    kept, invalid = refuse_invalid(kept, states, seen=seen, today=today)
    return kept, refused + invalid


def refuse_stillborn(pushed: Sequence[Change], kept: Sequence[Change],
                     refusals: Iterable[Rejection], facts: Mapping[str, CaseFacts]
                     ) -> tuple[list[Change], list[Rejection]]:
    """A new case whose case record was refused (by any check of the push) is refused whole,
    so nothing of it is half-written under a scope that does not hold. Run it last."""
    by_id = {c.change_id: c for c in pushed}
    stillborn: dict[str, str] = {}  # new case -> why its case record was refused
    for rejection in refusals:
        change = by_id.get(rejection.change_id)
        if (change is not None and change.record_id == change.case_id
                and change.case_id in facts and not facts[change.case_id].exists):
            stillborn.setdefault(change.case_id, rejection.reason)
    if not stillborn:
        return list(kept), []
    return ([c for c in kept if c.case_id not in stillborn],
            [Rejection(c.change_id, stillborn[c.case_id]) for c in kept
             if c.case_id in stillborn])


def refuse_outside_team(batch: Sequence[Change], facts: Mapping[str, CaseFacts],
                        directory: Directory) -> tuple[list[Change], list[Rejection]]:
    """Case-record changes that name a site or an assignee outside the case's team."""
    kept: list[Change] = []
    refused: list[Rejection] = []
    for change in batch:
        reason = (_outside_team(change, facts[change.case_id], directory)
                  if change.kind == "case" and change.op == "upsert" else None)
        if reason is None:
            kept.append(change)
        else:
            refused.append(Rejection(change.change_id, reason))
    return kept, refused


def accepts_transfer(change: Change, values: Mapping[str, object]) -> bool:
    """Whether a case-record change is shaped like an accepted transfer: the site set to the
    one the stored ``case.transfer`` waits at, and the transfer cleared. Who made it is
    checked elsewhere (``sync_authz.receives``, ``push_rules``)."""
    waiting = values.get("transfer")
    to_site = waiting.get("to_site") if isinstance(waiting, Mapping) else None
    site, transfer = change.fields.get("site"), change.fields.get("transfer")
    return (to_site is not None and site is not None and site.value == to_site
            and transfer is not None and transfer.value is None)


def _outside_team(change: Change, case: CaseFacts, directory: Directory) -> str | None:
    if case.exists and accepts_transfer(change, case.values):
        return None
    team = case.scope.team_id
    for name, edit in change.fields.items():
        if name not in ("site", "assigned_to") or edit.value is None:
            continue
        if case.exists and canonical(edit.value) == canonical(case.values.get(name)):
            continue  # unchanged: it was judged when it was set
        if name == "site":
            site = directory.site(edit.value)
            if site is not None and team not in directory.teams_at(site):
                return SITE_OUTSIDE_TEAM
        else:
            user = directory.user(edit.value)
            if user is not None and directory.team_of(user) != team:
                return ASSIGNEE_OUTSIDE_TEAM
    return None


def refuse_invalid(batch: Sequence[Change], states: Mapping[str, CaseState], *,
                   seen: Container[str], today: date) -> tuple[list[Change], list[Rejection]]:
    """The changes whose values, and whose records as merged, keep the document rules.

    The batch is taken in order: a change is judged on the record as the earlier changes
    that passed left it. ``today`` should be the latest date any site can have (the
    server's UTC date plus one day)."""
    kept: list[Change] = []
    refused: list[Rejection] = []
    merged: dict[str, dict[str, RecordState]] = {}
    counts = Counter(c.record_id for c in batch)
    for change in batch:
        if change.op != "upsert" or change.change_id in seen:
            kept.append(change)
            continue
        case = states.get(change.case_id)
        if case is not None and case.purged is not None:
            # An erased case absorbs the change (nothing of it is kept): its values alone.
            problem = _first(_errors(change, _values(change), today, partial=True))
            records: dict[str, RecordState] = {}
            after: RecordState | None = None
        else:
            records = merged.setdefault(change.case_id,
                                        dict(case.records) if case is not None else {})
            problem, after = _judge(change, records.get(change.record_id), today,
                                    again=counts[change.record_id] > 1)
        if problem is not None:
            refused.append(Rejection(change.change_id, _reason(problem)))
            continue
        kept.append(change)
        if after is not None:
            records[change.record_id] = after
    return kept, refused


def _judge(change: Change, before: RecordState | None, today: date, *, again: bool
           ) -> tuple[ValidationError | None, RecordState | None]:
    """The first problem the change brings (in its own values, or in the record it leaves),
    and the record it leaves, for the batch's later changes of that record (``again``; None
    when there are none, or when the merge will refuse the change by its own rule)."""
    values = _values(change)
    if before is None:  # a new record: the change's values are the whole record
        after = _merged(None, change) if again else None
        return _first(_errors(change, values, today, partial=False)), after
    after = _merged(before, change)
    found = _first(_errors(change, values, today, partial=True))
    if found is not None or after is None:
        return found, after
    shown = record_view(after)
    if shown.status != "live":
        return None, after
    problems = _refusing(_errors(change, shown.values, today, partial=False))
    if not problems:
        return None, after
    old = record_view(before)
    known = (set(_errors(change, old.values, today, partial=False))
             if old.status == "live" else set())
    return next((p for p in problems if p not in known), None), after


def _merged(before: RecordState | None, change: Change) -> RecordState | None:
    try:
        return apply_to_record(before, change)
    except MergeError:
        return None


def _values(change: Change) -> dict[str, object]:
    return {name: edit.value for name, edit in change.fields.items()}


def _errors(change: Change, values: Mapping[str, object], today: date, *, partial: bool
            ) -> tuple[ValidationError, ...]:
    return record_errors(change.kind, values, today=today, partial=partial)


def _refusing(errors: Iterable[ValidationError]) -> list[ValidationError]:
    """The errors that refuse a change: all but the rules a merge may break."""
    return [e for e in errors if e.rule not in LENIENT_RULES]


def _first(errors: Iterable[ValidationError]) -> ValidationError | None:
    return next(iter(_refusing(errors)), None)


def _reason(error: ValidationError) -> str:
    """``invalid.<field>.<rule>``: the record's field (the top of the path) and the rule, in
    the characters a rejection reason may hold; never a value."""
    field = error.path.split(".", 1)[0].split("[", 1)[0] or "record"
    rule = "".join(ch for ch in error.rule if ch.isascii() and (ch.isalnum() or ch == "_"))
    return f"{INVALID}.{field}.{rule or 'rule'}"
