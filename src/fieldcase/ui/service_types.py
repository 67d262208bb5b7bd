"""The service-layer types the UI names, imported in one place.

``CaseFilter``, ``Cursor``, ``Page``, ``CaseSummary`` and ``SearchHit`` are defined in
``fieldcase.storage`` (which the UI may not import) and reach the UI through
``fieldcase.services``; ``KdfParams`` likewise through ``services.profile``. The services do
not list them as public yet, hence the ignore for mypy's re-export check, kept here only.
"""

from __future__ import annotations

from fieldcase.services.cases import (  # type: ignore[attr-defined, unused-ignore]
    CaseFilter,
    Cursor,
    Page,
    SearchHit,
)
from fieldcase.services.profile import KdfParams  # type: ignore[attr-defined, unused-ignore]

__all__ = ["CaseFilter", "Cursor", "KdfParams", "Page", "SearchHit"]
