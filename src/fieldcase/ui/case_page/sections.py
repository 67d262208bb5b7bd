"""The tabs of an open case, in the order the page shows them.

The lead adds the factories of ``ui/case_sections`` (Screening, Referrals, Assistance,
Journey, Household) here at merge; a factory takes the page's tab widget as parent.
Alt+1 to Alt+9 reach the first nine tabs by place, so the ones used most come first.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from fieldcase.ui.case_page.consents import ConsentsSection
from fieldcase.ui.case_page.history import HistorySection
from fieldcase.ui.case_page.notes import NotesSection
from fieldcase.ui.case_page.overview import OverviewSection
from fieldcase.ui.case_page.person import PersonSection
from fieldcase.ui.case_page.section import CaseSection
from fieldcase.ui.case_page.tasks import TasksSection
from fieldcase.ui.case_page.workflow import WorkflowSection

SECTION_FACTORIES: tuple[Callable[[QWidget], CaseSection], ...] = (
    OverviewSection, PersonSection, ConsentsSection, TasksSection, NotesSection,
    WorkflowSection, HistorySection,
)
