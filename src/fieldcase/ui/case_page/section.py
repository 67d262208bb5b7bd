"""The contract of one tab of an open case (UI-PLAN.md, "The section contract").

Every section of the case page — Overview, Person, Consents, Tasks, Notes, Workflow, History
here, and Screening, Referrals, Assistance, Journey, Household from ``ui/case_sections`` — is
a ``CaseSection``. The page fills each from the shown (already redacted) document, gathers
their ``changes()`` into one partial document for ``services.cases.update_case`` (so one
Save, one seen-token, one audit event), hands each the problems of a refused save, and keeps
their ``draft()`` for crash safety. A section never saves on its own, except the immediate
actions that are not field edits (a workflow move, withdrawing a consent, printing a
referral), which call their service through ``context.runner.mutate``; the page then
refreshes from the runner's ``changed``.
"""

from __future__ import annotations

from datetime import date
from typing import Any, NamedTuple

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from fieldcase.domain.errors import ValidationError
from fieldcase.domain.policy import Actor
from fieldcase.domain.service_directory import ServiceDirectory
from fieldcase.ui.operations import Runner


class SectionContext(NamedTuple):
    runner: Runner            # service calls (runner.submit / runner.mutate)
    actor: Actor              # who is working (role, team, site)
    today: date               # the session's today (for "overdue", age, consent activity)
    directory: ServiceDirectory  # the server's, or the sample (services.referrals), with the case


class CaseSection(QWidget):
    """One tab of an open case. Fills itself from the shown (already redacted) document,
    says what the person changed as a partial case document (docs/case-document.md,
    "case update": fields given replace; a record WITH id updates that record; WITHOUT id is
    appended), and shows the problems of a refused save beside its fields."""

    edited = Signal()  # emitted whenever the person changes something in this section

    def title(self) -> str:
        """The tab title, translated."""
        raise NotImplementedError

    def show_case(self, document: dict[str, Any], context: SectionContext) -> None:
        """(Re)fill from the document; called on open and on refresh (a sync changed it).
        On refresh keep what the person is typing if the section has unsaved edits
        (the page tells the person "this case changed while you were editing")."""
        raise NotImplementedError

    def changes(self) -> dict[str, Any]:
        """The partial document of what the person changed; {} if nothing changed."""
        raise NotImplementedError

    def show_problems(self, problems: list[ValidationError]) -> list[ValidationError]:
        """Show those whose path belongs to this section (use a FormBinder); return the
        rest."""
        raise NotImplementedError

    def draft(self) -> dict[str, Any]:
        """JSON-able state of unsaved edits ({} none)."""
        raise NotImplementedError

    def restore_draft(self, state: dict[str, Any]) -> None:
        raise NotImplementedError

    def clear_edits(self) -> None:
        """After a successful save: forget the edits (the refresh shows what was saved)."""
        raise NotImplementedError
