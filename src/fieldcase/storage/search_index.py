"""The offline search index, inside the encrypted database.

Names go into a contentless FTS5 table as the terms ``domain.names`` derives from them
(normalised tokens, a Latin consonant skeleton that Arabic and Ge'ez spellings share, phonetic
keys), so "Mohammed", "Muhammad" and "محمد" meet on a shared term. Phone and document numbers
go into ``identifiers`` in normalised form for exact lookup. Nothing here leaves the
encrypted file: FTS5 shadow tables are ordinary pages of the same database.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from fieldcase.domain import names


def _name_texts(doc: Mapping[str, Any]) -> list[str]:
    person = doc["person"]
    texts = [person.get("given_name") or "", person.get("family_name") or ""]
    texts.extend(person.get("other_names") or [])
    return [text for text in texts if text]


def _identifiers(doc: Mapping[str, Any]) -> set[tuple[str, str]]:
    person = doc["person"]
    found: set[tuple[str, str]] = set()
    phone = (person.get("contact") or {}).get("phone")
    if phone:
        found.add(("phone", phone_key(phone)))
    for document in person.get("documents") or []:
        found.add(("document", names.normalise_document_number(document["number"])))
    return {(kind, value) for kind, value in found if value}


MIN_PHONE_DIGITS = 7  # shorter fragments match too many lines to be evidence


def phone_key(text: str) -> str:
    """The national part of a phone number, so "+251 911 234 567" and "0911 234 567" meet."""
    national = names.national_number(names.normalise_phone(text))
    return national if len(national) >= MIN_PHONE_DIGITS else ""


def index_case(raw: Any, rowid: int, doc: Mapping[str, Any]) -> None:
    """(Re)index one case; call inside the transaction that writes it."""
    terms: list[str] = []
    for text in _name_texts(doc):
        terms.extend(names.search_terms(text))
    raw.execute("DELETE FROM case_search WHERE rowid = ?", (rowid,))
    raw.execute("INSERT INTO case_search (rowid, terms) VALUES (?, ?)", (rowid, " ".join(terms)))
    raw.execute("DELETE FROM identifiers WHERE case_rowid = ?", (rowid,))
    raw.executemany("INSERT INTO identifiers (kind, value, case_rowid) VALUES (?, ?, ?)",
                    [(kind, value, rowid) for kind, value in _identifiers(doc)])


def remove_case(raw: Any, rowid: int) -> None:
    raw.execute("DELETE FROM case_search WHERE rowid = ?", (rowid,))
    raw.execute("DELETE FROM identifiers WHERE case_rowid = ?", (rowid,))


@dataclass(frozen=True)
class SearchHit:
    case_id: str
    case_number: str
    display_name: str
    matched: str  # "name", "case_number", "phone" or "document"


RERANK_POOL = 200  # candidates taken by bm25 and re-ranked by name similarity


def fts_expression(text: str) -> str | None:
    """The FTS5 MATCH expression for what a worker typed (every typed name part must match
    one of its spellings; the last part may be partly typed), or None if it has no usable
    term. Terms are quoted, so nothing typed is read as FTS5 syntax."""
    terms = names.query_terms(text)
    if not terms.groups:
        return None
    return terms.fts5_match()


def search(raw: Any, text: str, *, limit: int = 50) -> list[SearchHit]:
    """Exact identifiers first (case number, phone, document), then names by relevance."""
    hits: list[SearchHit] = []
    seen: set[str] = set()

    def add(rows: list[Any], matched: str) -> None:
        for case_id, case_number, display_name in rows:
            if case_id not in seen and len(hits) < limit:
                seen.add(case_id)
                hits.append(SearchHit(case_id, case_number, display_name, matched))

    typed = text.strip()
    add(raw.execute("SELECT id, case_number, display_name FROM cases WHERE case_number = ?",
                    (typed.upper(),)).fetchall(), "case_number")
    for kind, value in (("phone", phone_key(typed)),
                        ("document", names.normalise_document_number(typed))):
        if value:
            add(raw.execute(
                """SELECT c.id, c.case_number, c.display_name FROM identifiers i
                   JOIN cases c ON c.rowid = i.case_rowid WHERE i.kind = ? AND i.value = ?
                   LIMIT ?""", (kind, value, limit)).fetchall(), kind)
    expression = fts_expression(typed)
    if expression is not None and len(hits) < limit:
        pool = raw.execute(
            """SELECT c.id, c.case_number, c.display_name FROM case_search s
               JOIN cases c ON c.rowid = s.rowid
               WHERE case_search MATCH ? ORDER BY s.rank LIMIT ?""",
            (expression, RERANK_POOL)).fetchall()
        # bm25 knows which terms matched; similarity knows how close the spelling is. The
        # sort is stable, so equally similar names keep their bm25 order.
        pool.sort(key=lambda row: -names.name_similarity(typed, row[2]))
        add(pool, "name")
    return hits
