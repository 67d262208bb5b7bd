"""One record checked on its own with the case document's rules (docs/case-document.md).

Why: sync moves records, not documents (``domain.records``). The server receives a device's
record changes and must refuse what the device itself would refuse in a document, or one buggy
or hostile device makes a person's case unreadable on every laptop of the team. The rules come
from the document parser's reader for that record kind (``document_parse.RECORD_READERS``):
one set of rules, wherever a record is read.

What a record alone cannot show: the rules across records (``duplicate_id``, a referral naming
a consent of the same document) are never run here, and the rules a merge may legitimately
break (``document_stored.LENIENT_RULES``) are reported like the others: the caller decides
which of them to tolerate.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from fieldcase.domain.document_fields import FieldReader
from fieldcase.domain.document_parse import RECORD_READERS
from fieldcase.domain.errors import ValidationError

__all__ = ["record_errors"]

_NOT_FIELDS: Mapping[str, frozenset[str]] = {"person": frozenset({"id", "documents"})}
"""Keys a document's item may have but a record may not: its id is the record id, and a
person's documents are records of their own."""


def record_errors(kind: str, fields: Mapping[str, object], *, today: date,
                  partial: bool = False) -> tuple[ValidationError, ...]:
    """Every rule ``fields`` break as a record of ``kind``, in the reader's order, with paths
    relative to the record (``text``, ``contact.phone``, ``other_names[2]``).

    ``partial``: the fields are the ones a change sets, not a whole record, so a field left
    out is no problem (``required``). A field set to null is checked as null: for a required
    field that is a ``type`` error, as it is in a document. ``today`` bounds "not in the
    future" and ages. Raises KeyError for a kind that is not a record kind."""
    read = RECORD_READERS[kind]
    reader = FieldReader(today)
    for name in fields:
        if name in _NOT_FIELDS.get(kind, frozenset({"id"})):
            reader.fail(name, "unknown_key", "unknown key")
    read(reader, dict(fields), "")
    if partial:
        return tuple(e for e in reader.errors if e.rule != "required")
    return tuple(reader.errors)
