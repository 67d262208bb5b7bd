"""A harness for one case section, standalone (no case page yet): a real encrypted profile,
one case, the section filled from a real ``show_case`` and saved through ``update_case`` with
the section's ``changes()`` and what was shown (``seen``), as the page will."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox

from fieldcase.services import profile
from fieldcase.services.cases import CaseSaved, ShownCase, create_case, show_case, update_case
from fieldcase.services.referrals import service_directory
from fieldcase.storage.keyslots import KdfParams
from fieldcase.ui.case_page.section import CaseSection, SectionContext
from fieldcase.ui.messages import OperationError
from fieldcase.ui.operations import SynchronousRunner

USER = "amina"
PASSPHRASE = "copper lantern orchard velvet"
SITE = "LAMP-01"

ADULT = {
    "person": {"given_name": "Selam", "family_name": "Tesfay", "sex": "female",
               "nationality": "ERI", "age_estimate": 24, "languages": ["ti", "ar"]},
    "case": {"site": SITE, "stage": "transit", "assigned_to": USER},
}


@dataclass
class Harness:
    runner: SynchronousRunner
    case_id: str = ""
    shown: ShownCase | None = None
    saved: list[CaseSaved] = field(default_factory=list)
    errors: list[OperationError] = field(default_factory=list)

    def create(self, document: dict[str, Any]) -> str:
        result: list[CaseSaved] = []
        self.runner.mutate(lambda session: create_case(session, document), result.append)
        self.case_id = result[0].case_id
        return self.case_id

    def open(self, section: CaseSection) -> ShownCase:
        """Show the case (audited, as a person's open) and fill the section from it."""
        shown: list[ShownCase] = []
        case_id = self.case_id
        self.runner.submit(lambda session: show_case(session, case_id), shown.append)
        self.shown = shown[0]
        section.show_case(self.shown.document, self.context())
        return self.shown

    def context(self) -> SectionContext:
        actor = self.runner.actor
        assert actor is not None
        today: list[Any] = []
        self.runner.submit(lambda session: (session.today(), service_directory(session)),
                           today.append)
        return SectionContext(self.runner, actor, *today[0])

    def save(self, section: CaseSection) -> bool:
        """Save the section's changes as the page does; problems go back to the section."""
        assert self.shown is not None
        partial, seen, case_id = section.changes(), self.shown.seen, self.case_id
        self.errors.clear()
        self.runner.mutate(lambda session: update_case(session, case_id, partial, seen=seen),
                           self.saved.append, self.errors.append)
        if self.errors:
            section.show_problems(list(self.errors[0].problems))
            return False
        section.clear_edits()
        self.open(section)
        return True


def pick(box: QComboBox, code: object) -> None:
    """Choose an item by its code as a person does (``activated`` fires)."""
    box.setCurrentIndex(box.findData(code))
    box.activated.emit(box.currentIndex())


@pytest.fixture
def harness(qapp: object, tmp_path: Path, kdf: KdfParams) -> Iterator[Harness]:
    folder = tmp_path / "profile"
    profile.create_profile(folder, user=USER, passphrase=PASSPHRASE, role="supervisor",
                           team="lamp", site=SITE, kdf=kdf)
    runner = SynchronousRunner()
    runner.open_session(lambda: profile.unlock(folder, user=USER, passphrase=PASSPHRASE,
                                               kdf=kdf))
    try:
        yield Harness(runner)
    finally:
        runner.shutdown()
