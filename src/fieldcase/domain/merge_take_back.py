"""Taking back a change the server refused, so the device shows what the server holds again.

A refused change stays in this device's merge state until it is taken back: the field would
show a value no other replica has (``OTHER-99`` here, ``LAMP-01`` on the server). The state is
a function of the set of changes applied, so "the state without the refused change" is well
defined; but a device keeps only heads and superseded stamps, not the values a change
replaced. So the outbox records, with each edit, the versions it replaced (``previous``: for
each field, the heads the edit named as its bases, with their values), and taking back puts
them back:

- a field whose heads include the change's version loses that version; if nothing else is
  left there, the versions it replaced are heads again (no longer superseded). A version a
  later edit already replaced is not shown, so there is nothing to take back on that field;
- the refused stamp is kept among the field's superseded stamps, so the refused change can
  never come back into the state by a duplicate;
- a field the change set for the first time (nothing replaced) goes; a record left with no
  field and no delete goes (a refused new note, a refused new task);
- a refused delete loses its delete mark (and its stamp is superseded), so the record shows
  again.

Not taken back: a change whose ``previous`` was not recorded (an outbox row written before
the device kept them): its values are unknown here. The caller decides that, and whether a
take-back that would leave no case document (a refused new case) is kept instead.

Nothing here does I/O.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from fieldcase.domain.merge_model import (
    CaseState,
    Change,
    FieldState,
    RecordState,
    Version,
)

Previous = Mapping[str, Sequence[Version]]
"""For each field an edit set: the versions it replaced (the heads it named as bases)."""


def take_back(case: CaseState, change: Change, previous: Previous) -> CaseState:
    """``case`` as if ``change`` had never been applied here (see the module rules)."""
    if case.purged is not None or change.op == "purge":
        return case
    record = case.records.get(change.record_id)
    if record is None or record.purged is not None:
        return case
    after = (_take_back_delete(record, change) if change.op == "delete"
             else _take_back_upsert(record, change, previous))
    records = dict(case.records)
    if after is None:
        del records[change.record_id]
    else:
        records[change.record_id] = after
    return CaseState(case.case_id, records, case.purged)


def _take_back_upsert(record: RecordState, change: Change, previous: Previous
                      ) -> RecordState | None:
    fields = dict(record.fields)
    for name in change.fields:
        field = fields.get(name)
        if field is None or all(h.stamp != change.stamp for h in field.heads):
            continue  # a later edit replaced it: the field does not show it
        heads = tuple(h for h in field.heads if h.stamp != change.stamp)
        superseded = field.superseded | {change.stamp}
        if not heads:
            back = tuple(previous.get(name, ()))
            heads = tuple(sorted(back, key=lambda v: v.stamp, reverse=True))
            superseded = superseded - {v.stamp for v in back}
        if heads:
            fields[name] = FieldState(heads, frozenset(superseded))
        else:
            del fields[name]  # set for the first time by the refused change
    if not fields and not record.deletes:
        return None
    return RecordState(record.record_id, record.case_id, record.kind, fields, record.deletes,
                       record.superseded)


def _take_back_delete(record: RecordState, change: Change) -> RecordState:
    deletes = tuple(d for d in record.deletes if d.stamp != change.stamp)
    return RecordState(record.record_id, record.case_id, record.kind, record.fields, deletes,
                       record.superseded | {change.stamp})


def replaced_versions(before: RecordState | None, change: Change) -> dict[str, list[Version]]:
    """What ``change`` replaces in ``before`` (the record as the device held it just before):
    for each field it sets, the heads it names as bases. Kept with the change in the outbox
    so a refusal can put them back."""
    if before is None or change.op != "upsert":
        return {}
    replaced: dict[str, list[Version]] = {}
    for name, edit in change.fields.items():
        field = before.fields.get(name)
        if field is None or not edit.bases:
            continue
        bases = set(edit.bases)
        versions = [h for h in field.heads if h.stamp in bases]
        if versions:
            replaced[name] = versions
    return replaced
