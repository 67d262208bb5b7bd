"""Sections of the editable case (``ui/case_page/section.py``'s ``CaseSection``): Screening,
Referrals (with the printable referral), Assistance, Journey, Household and Attachments (with
the viewer that shows a file from memory).

``CASE_SECTION_FACTORIES`` is what the lead adds to ``ui/case_page/sections.py``; each factory
(the section's class) takes the page as parent.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from fieldcase.ui.case_page.section import CaseSection
from fieldcase.ui.case_sections.assistance_section import AssistanceSection
from fieldcase.ui.case_sections.attachments_section import AttachmentsSection
from fieldcase.ui.case_sections.household_section import HouseholdSection
from fieldcase.ui.case_sections.journey_section import JourneySection
from fieldcase.ui.case_sections.referral_section import ReferralSection
from fieldcase.ui.case_sections.screening_section import ScreeningSection

CASE_SECTION_FACTORIES: tuple[Callable[[QWidget], CaseSection], ...] = (
    ScreeningSection, ReferralSection, AssistanceSection, JourneySection, HouseholdSection,
    AttachmentsSection)

__all__ = ["CASE_SECTION_FACTORIES", "AssistanceSection", "AttachmentsSection",
           "HouseholdSection", "JourneySection", "ReferralSection", "ScreeningSection"]
