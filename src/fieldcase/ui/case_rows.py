"""What one row of the case list shows, and which way its text runs. Pure Python, no Qt.

Rows come from two services: ``list_cases`` pages (``CaseSummary``) and ``search_cases``
hits (``SearchHit``: the same fields plus what matched; a hit on a phone, document or case
number says so in its status cell, since the name shown may not be what was typed). Both
become a ``CaseRow``.

Text direction follows the Unicode bidi rule browsers use for ``dir="auto"``: the first
strong character decides. An Arabic name is then laid out right to left in its cell, even
when it contains Latin letters or digits, instead of being reordered inside a left-to-right
paragraph.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Protocol

from fieldcase.domain.codes import RiskLevel

COLUMNS: tuple[str, ...] = ("Case number", "Name", "Status", "Stage", "Risk", "Next due")
NUMBER, NAME, STATUS, STAGE, RISK, DUE = range(len(COLUMNS))

_RISK_BY_RANK = dict(enumerate(RiskLevel))  # the store ranks low=0 .. critical=3, none=-1
_MATCHED = {"name": "name", "case_number": "case number", "phone": "phone number",
            "document": "document number"}


class SummaryLike(Protocol):
    """The fields of ``CaseSummary`` a row shows."""

    @property
    def case_id(self) -> str: ...
    @property
    def case_number(self) -> str: ...
    @property
    def display_name(self) -> str: ...
    @property
    def status(self) -> str: ...
    @property
    def stage(self) -> str: ...
    @property
    def risk_rank(self) -> int: ...
    @property
    def review(self) -> bool: ...
    @property
    def next_due_on(self) -> str | None: ...


class HitLike(SummaryLike, Protocol):
    """The fields of ``SearchHit`` a row shows."""

    @property
    def matched(self) -> str: ...


def words(code: str | None) -> str:
    """``case_plan`` -> ``case plan``: codes shown as words, not as identifiers."""
    return "" if not code else code.replace("_", " ")


@dataclass(frozen=True)
class CaseRow:
    case_id: str
    case_number: str
    display_name: str
    status: str = ""
    stage: str = ""
    risk: str = ""
    next_due: str = ""
    review: bool = False
    matched: str = ""

    @classmethod
    def from_summary(cls, summary: SummaryLike, matched: str = "") -> CaseRow:
        risk = _RISK_BY_RANK.get(summary.risk_rank)
        return cls(summary.case_id, summary.case_number, summary.display_name,
                   words(summary.status), words(summary.stage),
                   risk.value if risk is not None else "", summary.next_due_on or "",
                   summary.review, matched)

    @classmethod
    def from_hit(cls, hit: HitLike) -> CaseRow:
        matched = "" if hit.matched == "name" else _MATCHED.get(hit.matched, words(hit.matched))
        return cls.from_summary(hit, matched)

    def cell(self, column: int) -> str:
        if column == STATUS and self.matched:
            return f"{self.status} · matched on {self.matched}"
        values = (self.case_number, self.display_name, self.status, self.stage, self.risk,
                  self.next_due)
        return values[column]


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
