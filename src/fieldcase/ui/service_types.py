"""The service-layer types the UI names, imported in one place.

``CaseFilter``, ``Cursor``, ``Page``, ``CaseSummary`` and ``SearchHit`` are defined in
``fieldcase.storage`` (which the UI may not import) and reach the UI through
``fieldcase.services``; ``KdfParams`` likewise through ``services.profile``.
"""

from __future__ import annotations

from fieldcase.services.cases import (
    CaseFilter,
    Cursor,
    Page,
    SearchHit,
)
from fieldcase.services.profile import KdfParams

__all__ = ["CaseFilter", "Cursor", "KdfParams", "Page", "SearchHit"]
