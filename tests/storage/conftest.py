"""Store-level fixtures: a keyed store in a temporary folder and minimal case documents."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from fieldcase.domain.ids import IdFactory
from fieldcase.storage.store import Store

KEY = bytes(range(32))


def fixed_now() -> datetime:
    return datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path, KEY, now=fixed_now) as opened:
        yield opened


def case_json(ids: IdFactory, given: str, family: str = "Canary", *, site: str = "LAMP-01",
              assigned_to: str | None = "worker.1", phone: str | None = None,
              document_number: str | None = None, other_names: tuple[str, ...] = ()
              ) -> dict[str, Any]:
    """A small, valid case document in its JSON form, ids already assigned."""
    documents = [] if document_number is None else [{
        "id": ids.new(), "type": "passport", "number": document_number,
        "issuing_country": "ERI", "held_by": "self"}]
    return {
        "id": ids.new(),
        "person": {"id": ids.new(), "given_name": given, "family_name": family,
                   "other_names": list(other_names), "sex": "female", "gender": None,
                   "date_of_birth": None, "age_estimate": 24, "nationality": "ERI",
                   "languages": ["ti"], "disability": {},
                   "contact": {"phone": phone, "other": None}, "documents": documents},
        "case": {"case_number": None, "site": site, "status": "open", "stage": "transit",
                 "flags": [], "assigned_to": assigned_to, "risk_level": None,
                 "opened_on": "2026-11-29"},
        "journey": [], "screenings": [], "assistance": [], "referrals": [], "consents": [],
        "tasks": [], "notes": [{"id": ids.new(), "text": "first contact", "confidential": False,
                                "author": "worker.1", "written_at": "2026-11-29T10:00:00Z"}],
        "household": [], "attachments": [],
    }
