"""Render each tab of the open case to PNG for a visual check (a script, not a test).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/render_case_page.py [OUT] [--language ar]

Writes ``case-<tab>[-ar].png`` into OUT_DIR (default /tmp/shots-case-page) from a throwaway
profile: the main window with a case open on each tab, then the page alone after a refused
save (problems beside the fields) and after a save that met another laptop's edit (the
conflict named). ``--language ar`` renders right to left with the Arabic catalogue.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QApplication, QWidget

from fieldcase.services import cases, profile
from fieldcase.services.demo import add_demo_cases
from fieldcase.services.session import Session
from fieldcase.storage.keyslots import KdfParams
from fieldcase.ui.case_page.person import PersonSection
from fieldcase.ui.case_page.tasks import TasksSection
from fieldcase.ui.fonts import install_fonts
from fieldcase.ui.i18n import install_language
from fieldcase.ui.main_window import MainWindow
from fieldcase.ui.operations import SynchronousRunner

USER, PASSPHRASE = "demo.supervisor", "copper lantern orchard velvet"


def save(widget: QWidget, out: Path, name: str, suffix: str) -> None:
    widget.show()
    QApplication.processEvents()
    path = out / f"case-{name}{suffix}.png"
    widget.grab().save(str(path))
    print(path)


def rich_case(session: Session) -> str:
    today = session.today()
    day = lambda n: (today + timedelta(days=n)).isoformat()  # noqa: E731
    document: dict[str, Any] = {
        "person": {"given_name": "فاطمة", "family_name": "الحسن",
                   "other_names": ["Fatima al-Hassan", "Fatuma Hasan"], "sex": "female",
                   "age_estimate": 27, "nationality": "SDN", "languages": ["ar", "apd", "en"],
                   "interpreter_needed": True, "interview_language": "apd",
                   "contact": {"phone": "+249 912 345 678", "other": "via her cousin at the "
                               "shelter", "safe_to_contact": False, "code_word": "blue river"}},
        "case": {"site": "LAMP-01", "stage": "transit", "assigned_to": USER,
                 "opened_on": day(-12), "flags": ["single_caregiver"]},
        "tasks": [{"title": "Call the shelter about a bed", "due_on": day(-4),
                   "assigned_to": USER},
                  {"title": "Accompany to the health clinic", "due_on": day(0),
                   "assigned_to": USER},
                  {"title": "Check the family tracing request", "due_on": day(5),
                   "assigned_to": USER},
                  {"title": "Registration interview", "due_on": day(-10), "done_on": day(-10),
                   "assigned_to": USER}],
        "consents": [{"purpose": "registration", "given_by": "self", "form": "verbal",
                      "given_on": day(-12)},
                     {"purpose": "referral", "service_id": "lamp-01-medical",
                      "given_by": "self", "form": "written", "given_on": day(-11)},
                     {"purpose": "follow_up_contact", "given_by": "self", "form": "verbal",
                      "given_on": day(-12), "withdrawn_on": day(-2)}],
        "notes": [{"text": "Met at the port with her two children. Tired, no documents.",
                   "confidential": False, "author": USER, "written_at": f"{day(-12)}T09:30:00Z"},
                  {"text": "تقول إن جواز سفرها محتجز لدى صاحب العمل السابق.",
                   "confidential": True, "author": USER, "written_at": f"{day(-11)}T14:05:00Z"}],
    }
    case_id = cases.create_case(session, document).case_id
    cases.update_case(session, case_id, {"person": {"family_name": "الحسن"}})
    return case_id


def main(out: Path, language: str) -> None:
    app = QApplication(sys.argv[:1])
    install_fonts(app)
    print("language:", install_language(app, language))
    suffix = "" if language == "en" else f"-{language}"
    out.mkdir(parents=True, exist_ok=True)
    kdf = KdfParams.insecure_for_tests()
    runner = SynchronousRunner()
    with tempfile.TemporaryDirectory(prefix="fieldcase-render-") as tmp:
        folder = Path(tmp) / "profile"
        profile.create_profile(folder, user=USER, passphrase=PASSPHRASE, role="supervisor",
                               team="demo", site="LAMP-01", kdf=kdf)
        session = profile.unlock(folder, user=USER, passphrase=PASSPHRASE, kdf=kdf)
        add_demo_cases(session, count=40, seed=1)
        case_id = rich_case(session)
        session.close()
        runner.open_session(lambda: profile.unlock(folder, user=USER, passphrase=PASSPHRASE,
                                                   kdf=kdf))
        assert runner.actor is not None
        window = MainWindow(runner, runner.actor)
        window.resize(1360, 820)
        window.show()
        page = window.detail
        page.show_case(case_id)
        names = ["overview", "person", "consents", "tasks", "notes", "workflow", "history"]
        for index, name in enumerate(names):
            page.tabs.setCurrentIndex(index)
            save(window, out, name, suffix)

        form = page.section(PersonSection)
        assert isinstance(form, PersonSection)
        form.given.setText("")
        form.given.textEdited.emit("")
        tasks = page.section(TasksSection)
        assert isinstance(tasks, TasksSection)
        tasks.title_box.setText("x" * 300)
        tasks.start_new()
        page.save()
        save(page, out, "problems", suffix)
        page.show_case(case_id)
        form.family.setText("Alhassan")
        form.family.textEdited.emit("Alhassan")
        runner.mutate(lambda s: cases.update_case(s, case_id,
                                                  {"person": {"family_name": "Al-Hasan"}}))
        save(page, out, "refreshed-while-editing", suffix)
        page.save()
        save(page, out, "conflict", suffix)
        window.close()
        runner.shutdown()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", default="/tmp/shots-case-page")
    parser.add_argument("--language", default="en")
    arguments = parser.parse_args()
    main(Path(arguments.out), arguments.language)
