"""The tabs of an open case, in the order the page shows them.

The lead adds the factories of ``ui/case_sections`` (Screening, Referrals, Assistance,
Journey, Household) here at merge; a factory takes the page as parent.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from fieldcase.ui.case_page.section import CaseSection

SECTION_FACTORIES: tuple[Callable[[QWidget], CaseSection], ...] = ()
