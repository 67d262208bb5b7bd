"""The service-layer types the UI names, imported in one place.

``CaseQuery``, ``SortKey``, ``Assignee``, ``DueWindow`` and ``ListRow`` are defined in
``fieldcase.storage`` (which the UI may not import) and reach the UI through
``fieldcase.services``; ``KdfParams`` likewise through ``services.profile``.
"""

from __future__ import annotations

from fieldcase.services.case_lists import (
    Assignee,
    CaseQuery,
    DueWindow,
    Listing,
    ListRow,
    SortKey,
)
from fieldcase.services.profile import KdfParams

__all__ = ["Assignee", "CaseQuery", "DueWindow", "KdfParams", "ListRow", "Listing", "SortKey"]
