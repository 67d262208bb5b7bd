"""The Overview tab's summary of a case as HTML, every code by its name (no widgets; Qt only
translates).

The document is the one ``show_case`` returns, already redacted for the person working, so any
key may be missing: every lookup has a default and an empty part is left out. Every value goes
through ``html.escape`` (a name or a note is data, never markup); free text is wrapped in
first-strong isolates so an Arabic or Ge'ez name keeps its direction inside a sentence of the
other direction, and paragraphs that start right to left get ``dir="rtl"``. Ids never show:
codes by name (``ui/names.py``), services by their directory name, users by their user name.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from html import escape
from typing import Any

from fieldcase.domain.service_directory import ServiceDirectory
from fieldcase.ui.case_page.parts import date_words, isolate
from fieldcase.ui.case_page.tasks import due_words
from fieldcase.ui.case_rows import is_right_to_left
from fieldcase.ui.i18n import fill, translate
from fieldcase.ui.names import (
    code_name,
    code_names,
    country_name,
    instrument_title,
    language_name,
    service_name,
)

Doc = Mapping[str, Any]

STYLE = """
h2 { font-size: large; margin: 12px 0 4px 0; color: #1f3a5f; }
table.facts td { padding: 2px 12px 2px 0; vertical-align: top; }
td.label { color: #555; }
.warn { color: #8a0000; font-weight: bold; }
.muted { color: #666; }
"""


def _muted(words: str) -> str:
    return f"<span class='muted'>{escape(words)}</span>"


def text(value: object) -> str:
    """Escaped free text, isolated so it keeps its own reading direction."""
    return escape(isolate(value))


def full_name(person: Doc) -> str:
    return " ".join(str(p) for p in (person.get("given_name"), person.get("family_name")) if p)


def _facts(rows: Sequence[tuple[str, str]]) -> str:
    shown = [(label, value) for label, value in rows if value]
    if not shown:
        return ""
    cells = "".join(f"<tr><td class='label'>{escape(label)}</td><td>{value}</td></tr>"
                    for label, value in shown)
    return f"<table class='facts'>{cells}</table>"


def _section(title: str, content: str) -> str:
    return f"<h2>{escape(title)}</h2>{content}" if content else ""


def _joined(values: Iterable[str]) -> str:
    return escape(", ".join(v for v in values if v))


def _yes_no(value: object) -> str:
    if value is None:
        return ""
    return escape(translate("Overview", "Yes") if value else translate("Overview", "No"))


def _person(person: Doc) -> str:
    born, age = person.get("date_of_birth"), person.get("age_estimate")
    contact: Doc = person.get("contact") or {}
    interpreter = person.get("interpreter_needed")
    interview = person.get("interview_language")
    rows = [
        (translate("Overview", "Other names"),
         ", ".join(text(n) for n in person.get("other_names") or [])),
        (translate("Overview", "Sex"), escape(code_name("sex", person.get("sex")))),
        (translate("Overview", "Born on") if born else translate("Overview", "Age"),
         escape(date_words(born)) if born else
         escape(fill(translate("Overview", "about %1 years"), age)) if age is not None else ""),
        (translate("Overview", "Nationality"), escape(country_name(person.get("nationality")))),
        (translate("Overview", "Languages"),
         _joined(language_name(c) for c in person.get("languages") or [])),
        (translate("Overview", "Interpreter needed"),
         escape(fill(translate("Overview", "Yes, in %1"), language_name(interview)))
         if interpreter and interview else _yes_no(interpreter)),
        (translate("Overview", "Interview language"),
         "" if interpreter else escape(language_name(interview))),
        (translate("Overview", "Phone"), text(contact.get("phone"))),
        (translate("Overview", "Other ways to reach"), text(contact.get("other"))),
        (translate("Overview", "Safe to contact"), _yes_no(contact.get("safe_to_contact"))),
        (translate("Overview", "Identity documents"), _joined(
            code_name("document_type", d.get("type")) for d in person.get("documents") or [])),
    ]
    return _section(translate("Overview", "Person"), _facts(rows))


def _case(case: Doc) -> str:
    risk = case.get("risk_level")
    rows = [
        (translate("Overview", "Status"), escape(code_name("status", case.get("status")))),
        (translate("Overview", "Stage"), escape(code_name("stage", case.get("stage")))),
        (translate("Overview", "Risk"), escape(code_name("risk", risk)) if risk
         else _muted(translate("Overview", "Not screened"))),
        (translate("Overview", "Needs"), _joined(code_names("flag", case.get("flags") or []))),
        (translate("Overview", "Site"), escape(str(case.get("site") or ""))),
        (translate("Overview", "Assigned to"), text(case.get("assigned_to"))
         or _muted(translate("Overview", "Nobody"))),
        (translate("Overview", "Opened on"), escape(date_words(case.get("opened_on")))),
        *_transfer_rows(case),
    ]
    return _section(translate("Overview", "Case"), _facts(rows))


def _transfer_rows(case: Doc) -> list[tuple[str, str]]:
    """A transfer waiting, the last one declined (the sending team reads why) and an
    escalation, each when the case has one (issue 11)."""
    rows: list[tuple[str, str]] = []
    waiting, declined, raised = (case.get("transfer"), case.get("transfer_declined"),
                                 case.get("escalation"))
    if isinstance(waiting, dict):
        words = fill(escape(translate("Overview", "To %1, proposed by %2; it moves when a "
                                                  "supervisor there accepts.")),
                     text(waiting.get("to_site")), text(waiting.get("proposed_by")))
        if waiting.get("reason"):
            words += " " + text(waiting.get("reason"))
        rows.append((translate("Overview", "Transfer waiting"), words))
    if isinstance(declined, dict):
        rows.append((translate("Overview", "Transfer declined"), fill(
            escape(translate("Overview", "To %1, by %2: %3")), text(declined.get("to_site")),
            text(declined.get("declined_by")), text(declined.get("reason")))))
    if isinstance(raised, dict):
        rows.append((translate("Overview", "Escalated"), fill(
            escape(translate("Overview", "By %1: %2")), text(raised.get("escalated_by")),
            text(raised.get("reason")))))
    return rows


def _follow_ups(tasks: Sequence[Doc], today: date) -> str:
    open_tasks = sorted((t for t in tasks if not t.get("done_on")),
                        key=lambda t: str(t.get("due_on")))
    rows = []
    for task in open_tasks[:5]:
        words, overdue = due_words(task.get("due_on"), None, today)
        state = f"<span class='warn'>\u26a0 {escape(words)}</span>" if overdue \
            else escape(words)
        rows.append((date_words(task.get("due_on")), f"{text(task.get('title'))} — {state}"))
    return _section(translate("Overview", "Follow-ups"), _facts(rows))


def _consents(consents: Sequence[Doc], directory: ServiceDirectory) -> str:
    active = []
    for consent in consents:
        if consent.get("withdrawn_on"):
            continue
        words = code_name("consent_purpose", consent.get("purpose"))
        if consent.get("service_id"):
            words = fill(translate("Overview", "%1: %2"), words,
                         service_name(directory, consent["service_id"]))
        active.append(words)
    withdrawn = sum(1 for c in consents if c.get("withdrawn_on"))
    rows = [(translate("Overview", "Given"), _joined(active)),
            (translate("Overview", "Withdrawn"), escape(str(withdrawn)) if withdrawn else "")]
    return _section(translate("Overview", "Consents"), _facts(rows))


def latest_screenings(screenings: Sequence[Doc]) -> list[Doc]:
    """The most recent screening of each instrument, newest first."""
    latest: dict[str, Doc] = {}
    for item in screenings:
        key = str(item.get("instrument_id"))
        if key not in latest or str(item.get("completed_at")) >= \
                str(latest[key].get("completed_at")):
            latest[key] = item
    return sorted(latest.values(), key=lambda s: str(s.get("completed_at")), reverse=True)


def _screenings(screenings: Sequence[Doc]) -> str:
    rows = []
    for item in latest_screenings(screenings):
        result: Doc = item.get("result") or {}
        level = code_name("risk", result.get("level")) or translate("Overview", "Not scored")
        words = fill(translate("Overview", "%1 (on %2)"), level,
                     date_words(item.get("completed_at")))
        if result.get("review"):
            words = fill(translate("Overview", "%1 — a supervisor should review it"), words)
        rows.append((instrument_title(str(item.get("instrument_id"))), escape(words)))
    return _section(translate("Overview", "Latest screening"), _facts(rows))


def _journey(legs: Sequence[Doc]) -> str:
    rows = []
    for leg in legs:
        where = ", ".join(p for p in (isolate(leg.get("place")),
                                      country_name(leg.get("country"))) if p)
        since = fill(translate("Overview", "%1 to %2"), date_words(leg.get("started_on")),
                     date_words(leg.get("ended_on")) or translate("Overview", "now"))
        means = code_name("means", leg.get("means"))
        rows.append((code_name("stage", leg.get("stage")),
                     escape(" · ".join(p for p in (where, since, means) if p))))
    return _section(translate("Overview", "Journey"), _facts(rows))


def _referrals(referrals: Sequence[Doc], directory: ServiceDirectory) -> str:
    rows = [(service_name(directory, r.get("service_id")),
             escape(fill(translate("Overview", "%1 (on %2)"),
                         code_name("referral_status", r.get("status")),
                         date_words(r.get("referred_on")))))
            for r in referrals]
    return _section(translate("Overview", "Referrals"), _facts(rows))


def _last_note(notes: Sequence[Doc]) -> str:
    if not notes:
        return ""
    note = max(notes, key=lambda n: str(n.get("written_at")))
    body = str(note.get("text") or "")
    direction = " dir='rtl'" if is_right_to_left(body) else ""
    confidential = translate("Overview", "Confidential")
    marker = f" · <b>{escape(confidential)}</b>" if note.get("confidential") else ""
    return _section(translate("Overview", "Last note"), (
        f"<p class='muted'>{escape(date_words(note.get('written_at')))} · "
        f"{text(note.get('author'))}{marker}</p>"
        f"<p{direction}>{escape(body)}</p>"))


def overview_html(doc: Doc, today: date, directory: ServiceDirectory, *,
                  right_to_left: bool = False) -> str:
    """``directory`` names the services (the case's context's); ``right_to_left``: the
    interface's direction (the labels' column goes to the right)."""
    person: Doc = doc.get("person") or {}
    case: Doc = doc.get("case") or {}
    direction = "rtl" if right_to_left else "ltr"
    return "".join((
        f"<html dir='{direction}'><head><style>{STYLE}</style></head><body dir='{direction}'>",
        _case(case), _follow_ups(doc.get("tasks") or [], today), _person(person),
        _journey(doc.get("journey") or []),
        _screenings(doc.get("screenings") or []), _consents(doc.get("consents") or [], directory),
        _referrals(doc.get("referrals") or [], directory), _last_note(doc.get("notes") or []),
        "</body></html>",
    ))
