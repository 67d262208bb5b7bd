"""The tabs of an open case, in the order the page shows them.

The worker's main flow comes first (who the person is, consent, screening, referral, a
follow-up task), then the case's other records, then its workflow and history; a factory
takes the page's tab widget as parent. Alt+1 to Alt+9 reach the first nine tabs by place, so
the ones used most come first.
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
from fieldcase.ui.case_sections.assistance_section import AssistanceSection
from fieldcase.ui.case_sections.attachments_section import AttachmentsSection
from fieldcase.ui.case_sections.household_section import HouseholdSection
from fieldcase.ui.case_sections.journey_section import JourneySection
from fieldcase.ui.case_sections.referral_section import ReferralSection
from fieldcase.ui.case_sections.screening_section import ScreeningSection

SECTION_FACTORIES: tuple[Callable[[QWidget], CaseSection], ...] = (
    OverviewSection, PersonSection, ConsentsSection, ScreeningSection, ReferralSection,
    TasksSection, NotesSection, AssistanceSection, JourneySection, HouseholdSection,
    AttachmentsSection, WorkflowSection, HistorySection,
)
