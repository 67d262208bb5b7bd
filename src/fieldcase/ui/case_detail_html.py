"""A case document as read-only HTML for the detail panel. Pure Python, no Qt.

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

from fieldcase.ui.case_rows import is_right_to_left, words

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
    head = "".join(f"<th>{escape(h)}</th>" for h in headings)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>"
                   for row in rows)
    return f"<table class='list'><tr>{head}</tr>{body}</table>"


def _section(title: str, content: str) -> str:
    return f"<h2>{escape(title)}</h2>{content}" if content else ""


def _person(person: Doc) -> str:
    age = person.get("age_estimate")
    born = person.get("date_of_birth")
    age_text = escape(str(born)) if born else (f"about {age} years" if age is not None else "")
    disability = person.get("disability") or {}
    contact = person.get("contact") or {}
    documents = person.get("documents") or []
    rows = [
        ("Other names", ", ".join(text(n) for n in person.get("other_names") or [])),
        ("Sex", code(person.get("sex"))),
        ("Gender", text(person.get("gender"))),
        ("Born" if born else "Age", age_text),
        ("Nationality", escape(str(person.get("nationality") or ""))),
        ("Languages", escape(", ".join(person.get("languages") or []))),
        ("Functioning", "; ".join(f"{code(k)}: {code(v)}" for k, v in disability.items()
                                  if v != "no_difficulty")),
        ("Phone", text(contact.get("phone"))),
        ("Other contact", text(contact.get("other"))),
        ("Documents", "<br>".join(
            f"{code(d.get('type'))} {text(d.get('number'))} "
            f"({escape(str(d.get('issuing_country') or ''))}, held by {code(d.get('held_by'))})"
            for d in documents)),
    ]
    return _section("Person", _facts(rows))


def _case(case: Doc) -> str:
    risk = case.get("risk_level")
    risk_html = f"<span class='risk-{escape(risk)}'>{code(risk)}</span>" if risk else \
        "<span class='muted'>not screened</span>"
    rows = [
        ("Site", escape(str(case.get("site") or ""))),
        ("Status", code(case.get("status"))),
        ("Stage", code(case.get("stage"))),
        ("Risk", risk_html),
        ("Flags", codes(case.get("flags") or [])),
        ("Assigned to", text(case.get("assigned_to")) or "<span class='muted'>nobody</span>"),
        ("Opened on", escape(str(case.get("opened_on") or ""))),
    ]
    return _section("Case", _facts(rows))


def _journey(legs: Sequence[Doc]) -> str:
    if not legs:
        return ""
    rows = [(code(leg.get("stage")), escape(str(leg.get("country") or "")), text(leg.get("place")),
             escape(f"{leg.get('started_on') or ''} – {leg.get('ended_on') or 'now'}"),
             code(leg.get("means")), codes(leg.get("incidents") or []))
            for leg in legs]
    return _section("Journey", _table(("Stage", "Country", "Place", "Dates", "Means",
                                       "Incidents"), rows))


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
            "<span class='muted'>not scored</span>"
        when = escape(str(item.get("completed_at") or "")[:10])
        review = " — <b>supervisor review</b>" if result.get("review") else ""
        reasons = "".join(f"<li>{escape(str(r))}</li>" for r in result.get("reasons") or [])
        parts.append(f"<p>{code(item.get('instrument_id'))} "
                     f"(v{escape(str(item.get('instrument_version')))}, {when}): "
                     f"{level_html}{review}</p>" + (f"<ul>{reasons}</ul>" if reasons else ""))
    return _section("Latest screening", "".join(parts))


def _assistance(items: Sequence[Doc]) -> str:
    if not items:
        return ""
    rows = [(escape(str(a.get("provided_on") or "")), code(a.get("type")),
             text(a.get("provided_by")), text(a.get("details")))
            for a in sorted(items, key=lambda a: str(a.get("provided_on")), reverse=True)]
    return _section("Assistance", _table(("Date", "Type", "By", "Details"), rows))


def _referrals(items: Sequence[Doc]) -> str:
    if not items:
        return ""
    rows = [(escape(str(r.get("referred_on") or "")), escape(str(r.get("service_id") or "")),
             text(r.get("reason")), code(r.get("status"))) for r in items]
    return _section("Referrals", _table(("Date", "Service", "Reason", "Status"), rows))


def _tasks(items: Sequence[Doc]) -> str:
    if not items:
        return ""
    ordered = sorted(items, key=lambda t: (t.get("done_on") is not None, str(t.get("due_on"))))
    rows = [(escape(str(t.get("due_on") or "")), text(t.get("title")), text(t.get("assigned_to")),
             escape(f"done {t['done_on']}") if t.get("done_on") else "<b>open</b>")
            for t in ordered]
    return _section("Tasks", _table(("Due", "Task", "Assigned to", "State"), rows))


def _notes(items: Sequence[Doc]) -> str:
    parts = []
    for note in sorted(items, key=lambda n: str(n.get("written_at")), reverse=True):
        body = str(note.get("text") or "")
        direction = " dir='rtl'" if is_right_to_left(body) else ""
        marker = " · confidential" if note.get("confidential") else ""
        parts.append(f"<p class='sub'>{escape(str(note.get('written_at') or '')[:16])} · "
                     f"{text(note.get('author'))}{marker}</p>"
                     f"<p{direction}>{escape(body)}</p>")
    return _section("Notes", "".join(parts))


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
