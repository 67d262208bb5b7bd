"""What one row of the case list holds, and which way its text runs. Pure Python, no Qt.

A row comes from ``services.case_lists`` (``ListRow``: a list window's row, or a search hit,
which also says what matched; a hit on a phone, document or case number says so in its status
cell, since the name shown may not be what was typed). It holds only what the list shows.
The words and the icon of each cell are the model's (``case_list_model``): translated there.

Text direction follows the Unicode bidi rule browsers use for ``dir="auto"``: the first
strong character decides. An Arabic name is then laid out right to left in its cell, even
when it contains Latin letters or digits, instead of being reordered inside a left-to-right
paragraph.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from fieldcase.domain.codes import RiskLevel
from fieldcase.domain.hlc import Stamp
from fieldcase.ui.service_types import ListRow, SortKey

COLUMN_SORTS: tuple[SortKey, ...] = (SortKey.CASE_NUMBER, SortKey.NAME, SortKey.STATUS,
                                     SortKey.STAGE, SortKey.RISK, SortKey.NEXT_DUE,
                                     SortKey.LAST_CHANGE)
NUMBER, NAME, STATUS, STAGE, RISK, DUE, CHANGED = range(len(COLUMN_SORTS))
# The order a first click on each column sorts in: worst risk, soonest due, newest change.
NATURALLY_DESCENDING = frozenset({SortKey.RISK, SortKey.LAST_CHANGE})

_RISK_BY_RANK = dict(enumerate(RiskLevel))  # the store ranks low=0 .. critical=3, none=-1


def words(code: str | None) -> str:
    """``case_plan`` -> ``case plan``: codes shown as words, not as identifiers."""
    return "" if not code else code.replace("_", " ")


@dataclass(frozen=True, slots=True)
class CaseRow:
    key: int
    case_id: str
    case_number: str
    display_name: str
    status: str = ""
    stage: str = ""
    risk: str = ""
    next_due: str = ""
    due: str = ""  # "overdue", "today", "this_week" or ""
    changed_ms: int = 0  # when the case last changed (Unix milliseconds)
    review: bool = False
    matched: str = ""  # what a search hit matched: "case_number", "phone", "document"

    @classmethod
    def from_row(cls, row: ListRow) -> CaseRow:
        risk = _RISK_BY_RANK.get(row.risk_rank)
        try:
            changed = Stamp.decode(row.updated_hlc).wall_ms
        except ValueError:
            changed = 0
        return cls(row.key, row.case_id, row.case_number, row.display_name, row.status,
                   row.stage, risk.value if risk is not None else "", row.next_due_on or "",
                   row.due, changed, row.review, "" if row.matched == "name" else row.matched)


def is_right_to_left(text: str) -> bool:
    """True when the first strongly directional character is right-to-left (Arabic, Hebrew,
    Syriac, Thaana, N'Ko...). Text with no strong character (digits only) is left-to-right."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False
