"""A case document as read-only HTML for the detail panel (no widgets; Qt only translates).

The document is the one ``show_case`` returns, already redacted for the signed-in user, so any
key may be missing (confidential notes, identity documents): every lookup has a default and a
missing section is left out rather than shown empty.

Every value goes through ``html.escape``: a name or a note is data, never markup. Free text
(names, places, notes) is wrapped in Unicode first-strong isolates so an Arabic or Ge'ez
string keeps its own direction inside a left-to-right table, and paragraphs of text get
``dir="rtl"`` when they start right to left.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication

from fieldcase.ui.case_rows import is_right_to_left, words

translate = QCoreApplication.translate  # lupdate reads translate("CaseDetail", "...") calls

FSI, PDI = "\u2068", "\u2069"
Doc = Mapping[str, Any]

STYLE = """
h1 { font-size: 15pt; margin: 0 0 2px 0; }
h2 { font-size: 11pt; margin: 14px 0 4px 0; color: #1f3a5f; }
p.sub { color: #555; margin: 0 0 6px 0; }
table.facts td { padding: 2px 12px 2px 0; vertical-align: top; }
td.label { color: #555; }
table.list { border-collapse: collapse; }
table.list th { text-align: left; color: #555; font-weight: normal;
                border-bottom: 1px solid #bbb; padding: 2px 12px 2px 0; }
table.list td { padding: 3px 12px 3px 0; vertical-align: top; border-bottom: 1px solid #e4e4e4; }
.risk-high, .risk-critical { color: #a00000; font-weight: bold; }
.risk-medium { color: #8a5a00; font-weight: bold; }
.muted { color: #666; }
"""


def text(value: object) -> str:
    """Escaped free text, isolated so it keeps its own reading direction."""
    if value is None or value == "":
        return ""
    return FSI + escape(str(value)) + PDI


def code(value: object) -> str:
    """An enumerated code shown as words (``case_plan`` -> ``case plan``)."""
    return escape(words(str(value))) if value else ""


def codes(values: Iterable[object]) -> str:
    return ", ".join(code(v) for v in values if v)


def full_name(person: Doc) -> str:
    return " ".join(str(p) for p in (person.get("given_name"), person.get("family_name")) if p)


def _facts(rows: Sequence[tuple[str, str]]) -> str:
    shown = [(label, value) for label, value in rows if value]
    if not shown:
        return ""
    cells = "".join(f"<tr><td class='label'>{escape(label)}</td><td>{value}</td></tr>"
                    for label, value in shown)
    return f"<table class='facts'>{cells}</table>"


def _table(headings: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A list table whose date columns never break inside a date when the panel is narrow
    (the other columns wrap instead)."""
    head = "".join(f"<th>{escape(h)}</th>" for h in headings)
    body = "".join("<tr>" + "".join(
        f"<td style='white-space: nowrap'>{cell}</td>" if column in _date_columns(headings)
        else f"<td>{cell}</td>" for column, cell in enumerate(row)) + "</tr>" for row in rows)
    return f"<table class='list'><tr>{head}</tr>{body}</table>"


def _section(title: str, content: str) -> str:
    return f"<h2>{escape(title)}</h2>{content}" if content else ""


def _person(person: Doc) -> str:
    age = person.get("age_estimate")
    born = person.get("date_of_birth")
    age_text = escape(str(born)) if born else (
        translate("CaseDetail", "about {age} years").format(age=age) if age is not None else "")
    disability = person.get("disability") or {}
    contact = person.get("contact") or {}
    documents = person.get("documents") or []
    rows = [
        (translate("CaseDetail", "Other names"),
         ", ".join(text(n) for n in person.get("other_names") or [])),
        (translate("CaseDetail", "Sex"), code(person.get("sex"))),
        (translate("CaseDetail", "Gender"), text(person.get("gender"))),
        (translate("CaseDetail", "Born") if born else translate("CaseDetail", "Age"), age_text),
        (translate("CaseDetail", "Nationality"), escape(str(person.get("nationality") or ""))),
        (translate("CaseDetail", "Languages"), escape(", ".join(person.get("languages") or []))),
        (translate("CaseDetail", "Functioning"),
         "; ".join(f"{code(k)}: {code(v)}" for k, v in disability.items()
                   if v != "no_difficulty")),
        (translate("CaseDetail", "Phone"), text(contact.get("phone"))),
        (translate("CaseDetail", "Other contact"), text(contact.get("other"))),
        (translate("CaseDetail", "Documents"), "<br>".join(
            translate("CaseDetail", "{type} {number} ({country}, held by {holder})").format(
                type=code(d.get("type")), number=text(d.get("number")),
                country=escape(str(d.get("issuing_country") or "")),
                holder=code(d.get("held_by")))
            for d in documents)),
    ]
    return _section(translate("CaseDetail", "Person"), _facts(rows))


def _case(case: Doc) -> str:
    risk = case.get("risk_level")
    risk_html = f"<span class='risk-{escape(risk)}'>{code(risk)}</span>" if risk else \
        f"<span class='muted'>{escape(translate('CaseDetail', 'not screened'))}</span>"
    rows = [
        (translate("CaseDetail", "Site"), escape(str(case.get("site") or ""))),
        (translate("CaseDetail", "Status"), code(case.get("status"))),
        (translate("CaseDetail", "Stage"), code(case.get("stage"))),
        (translate("CaseDetail", "Risk"), risk_html),
        (translate("CaseDetail", "Flags"), codes(case.get("flags") or [])),
        (translate("CaseDetail", "Assigned to"), text(case.get("assigned_to"))
         or f"<span class='muted'>{escape(translate('CaseDetail', 'nobody'))}</span>"),
        (translate("CaseDetail", "Opened on"), escape(str(case.get("opened_on") or ""))),
    ]
    return _section(translate("CaseDetail", "Case"), _facts(rows))


def _journey(legs: Sequence[Doc]) -> str:
    if not legs:
        return ""
    now = translate("CaseDetail", "now")
    rows = [(code(leg.get("stage")), escape(str(leg.get("country") or "")), text(leg.get("place")),
             f"{escape(str(leg.get('started_on') or ''))} –<br>"
             f"{escape(str(leg.get('ended_on') or now))}",
             code(leg.get("means")), codes(leg.get("incidents") or []))
            for leg in legs]
    headings = (translate("CaseDetail", "Stage"), translate("CaseDetail", "Country"),
                translate("CaseDetail", "Place"), translate("CaseDetail", "Dates"),
                translate("CaseDetail", "Means"), translate("CaseDetail", "Incidents"))
    return _section(translate("CaseDetail", "Journey"), _table(headings, rows))


def _date_columns(headings: Sequence[str]) -> set[int]:
    dated = {translate("CaseDetail", "Dates"), translate("CaseDetail", "Date"),
             translate("CaseDetail", "Due")}
    return {column for column, heading in enumerate(headings) if heading in dated}


def latest_screenings(screenings: Sequence[Doc]) -> list[Doc]:
    """The most recent screening of each instrument, newest first."""
    latest: dict[str, Doc] = {}
    for item in screenings:
        key = str(item.get("instrument_id"))
        if key not in latest or str(item.get("completed_at")) >= \
                str(latest[key].get("completed_at")):
            latest[key] = item
    return sorted(latest.values(), key=lambda s: str(s.get("completed_at")), reverse=True)


def _screening(screenings: Sequence[Doc]) -> str:
    parts = []
    for item in latest_screenings(screenings):
        result = item.get("result") or {}
        level = result.get("level")
        level_html = f"<span class='risk-{escape(level)}'>{code(level)}</span>" if level else \
            f"<span class='muted'>{escape(translate('CaseDetail', 'not scored'))}</span>"
        when = escape(str(item.get("completed_at") or "")[:10])
        review = (f" — <b>{escape(translate('CaseDetail', 'supervisor review'))}</b>"
                  if result.get("review") else "")
        reasons = "".join(f"<li>{escape(str(r))}</li>" for r in result.get("reasons") or [])
        parts.append(f"<p>{code(item.get('instrument_id'))} "
                     f"(v{escape(str(item.get('instrument_version')))}, {when}): "
                     f"{level_html}{review}</p>" + (f"<ul>{reasons}</ul>" if reasons else ""))
    return _section(translate("CaseDetail", "Latest screening"), "".join(parts))


def _assistance(items: Sequence[Doc]) -> str:
    if not items:
        return ""
    rows = [(escape(str(a.get("provided_on") or "")), code(a.get("type")),
             text(a.get("provided_by")), text(a.get("details")))
            for a in sorted(items, key=lambda a: str(a.get("provided_on")), reverse=True)]
    headings = (translate("CaseDetail", "Date"), translate("CaseDetail", "Type"),
                translate("CaseDetail", "By"), translate("CaseDetail", "Details"))
    return _section(translate("CaseDetail", "Assistance"), _table(headings, rows))


def _referrals(items: Sequence[Doc]) -> str:
    if not items:
        return ""
    rows = [(escape(str(r.get("referred_on") or "")), escape(str(r.get("service_id") or "")),
             text(r.get("reason")), code(r.get("status"))) for r in items]
    headings = (translate("CaseDetail", "Date"), translate("CaseDetail", "Service"),
                translate("CaseDetail", "Reason"), translate("CaseDetail", "Status"))
    return _section(translate("CaseDetail", "Referrals"), _table(headings, rows))


def _tasks(items: Sequence[Doc]) -> str:
    if not items:
        return ""
    ordered = sorted(items, key=lambda t: (t.get("done_on") is not None, str(t.get("due_on"))))
    rows = [(escape(str(t.get("due_on") or "")), text(t.get("title")), text(t.get("assigned_to")),
             escape(translate("CaseDetail", "done {date}").format(date=t["done_on"]))
             if t.get("done_on") else f"<b>{escape(translate('CaseDetail', 'open'))}</b>")
            for t in ordered]
    headings = (translate("CaseDetail", "Due"), translate("CaseDetail", "Task"),
                translate("CaseDetail", "Assigned to"), translate("CaseDetail", "State"))
    return _section(translate("CaseDetail", "Tasks"), _table(headings, rows))


def _notes(items: Sequence[Doc]) -> str:
    parts = []
    for note in sorted(items, key=lambda n: str(n.get("written_at")), reverse=True):
        body = str(note.get("text") or "")
        direction = " dir='rtl'" if is_right_to_left(body) else ""
        marker = (" · " + escape(translate("CaseDetail", "confidential"))
                  if note.get("confidential") else "")
        parts.append(f"<p class='sub'>{escape(str(note.get('written_at') or '')[:16])} · "
                     f"{text(note.get('author'))}{marker}</p>"
                     f"<p{direction}>{escape(body)}</p>")
    return _section(translate("CaseDetail", "Notes"), "".join(parts))


def case_detail_html(doc: Doc) -> str:
    person: Doc = doc.get("person") or {}
    case: Doc = doc.get("case") or {}
    name = full_name(person)
    heading_dir = " dir='rtl'" if is_right_to_left(name) else ""
    return "".join((
        f"<html><head><style>{STYLE}</style></head><body>",
        f"<h1{heading_dir}>{escape(name)}</h1>",
        f"<p class='sub'>{escape(str(case.get('case_number') or ''))}</p>",
        _person(person), _case(case), _journey(doc.get("journey") or []),
        _screening(doc.get("screenings") or []), _assistance(doc.get("assistance") or []),
        _referrals(doc.get("referrals") or []), _tasks(doc.get("tasks") or []),
        _notes(doc.get("notes") or []),
        "</body></html>",
    ))
