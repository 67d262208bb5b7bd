"""The offline search index, inside the encrypted database.

Names go into a contentless FTS5 table as the terms ``domain.names`` derives from them
(normalised tokens, a Latin consonant skeleton that Arabic and Ge'ez spellings share, phonetic
keys), so "Mohammed", "Muhammad" and "محمد" meet on a shared term. Phone and document numbers
go into ``identifiers`` in normalised form for exact lookup. Nothing here leaves the
encrypted file: FTS5 shadow tables are ordinary pages of the same database.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from fieldcase.domain import names
from fieldcase.storage.case_list import COLUMNS, CaseSummary


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


def case_terms(doc: Mapping[str, Any]) -> str:
    """The search terms of a case's names, as the full-text index stores them."""
    terms: list[str] = []
    for text in _name_texts(doc):
        terms.extend(names.search_terms(text))
    return " ".join(terms)


_INSERT_TERMS = "INSERT INTO case_search (rowid, terms) VALUES (?, ?)"
_INSERT_IDENTIFIER = "INSERT INTO identifiers (kind, value, case_rowid) VALUES (?, ?, ?)"


def index_case(raw: Any, rowid: int, doc: Mapping[str, Any]) -> None:
    """(Re)index one case; call inside the transaction that writes it."""
    raw.execute("DELETE FROM case_search WHERE rowid = ?", (rowid,))
    raw.execute(_INSERT_TERMS, (rowid, case_terms(doc)))
    raw.execute("DELETE FROM identifiers WHERE case_rowid = ?", (rowid,))
    raw.executemany(_INSERT_IDENTIFIER,
                    [(kind, value, rowid) for kind, value in _identifiers(doc)])


def index_new_cases(raw: Any, rows: Sequence[tuple[int, Mapping[str, Any]]]) -> None:
    """Index case rows just inserted under new rowids (``storage.new_cases``): what
    :func:`index_case` writes for each, with one statement per table for the whole batch.

    Nothing is deleted first: a new rowid is above every rowid the table ever held, and
    rows only leave through ``cases.remove_row``, which takes their terms and identifiers
    with them (identifiers also cascade). Grouping the inserts by table matters under
    SQLCipher's memory security: alternating statements costs measurably more locked
    allocations than running each statement over the whole batch."""
    raw.executemany(_INSERT_TERMS, [(rowid, case_terms(doc)) for rowid, doc in rows])
    raw.executemany(_INSERT_IDENTIFIER, [(kind, value, rowid) for rowid, doc in rows
                                         for kind, value in _identifiers(doc)])


def remove_case(raw: Any, rowid: int) -> None:
    raw.execute("DELETE FROM case_search WHERE rowid = ?", (rowid,))
    raw.execute("DELETE FROM identifiers WHERE case_rowid = ?", (rowid,))


def rewrite(raw: Any) -> None:
    """Rewrite the name index without what was deleted from it. A delete from the contentless
    FTS5 table only records that the row is gone: its tokens (a name, case-folded) stay in the
    index's segments until they are merged. ``optimize`` merges every segment into one, so the
    old pages are freed, and ``secure_delete`` zeroes them. For a purge that must leave no
    copy (retention); the cost grows with the index, so not for every delete."""
    raw.execute("INSERT INTO case_search (case_search) VALUES ('optimize')")


@dataclass(frozen=True)
class SearchHit(CaseSummary):
    """A list row plus what matched: "name", "case_number", "phone" or "document"."""

    matched: str = "name"


RERANK_POOL = 200  # candidates taken by bm25 and re-ranked by name similarity
MATCH_WINDOW = 1000  # newest matches ranked; a 2-3 letter prefix can match thousands


def fts_expression(text: str) -> str | None:
    """The FTS5 MATCH expression for what a worker typed (every typed name part must match
    one of its spellings; the last part may be partly typed), or None if it has no usable
    term. Terms are quoted, so nothing typed is read as FTS5 syntax."""
    terms = names.query_terms(text)
    if not terms.groups:
        return None
    return terms.fts5_match()


def _hit(row: Any, matched: str) -> SearchHit:
    return SearchHit(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7],
                     bool(row[8]), row[9], row[10], matched)


def _name_matches(raw: Any, expression: str, typed: str, columns: str) -> list[Any]:
    """Case rows whose names match, best first.

    bm25 ranks only the newest MATCH_WINDOW matches: ranking every match of a short prefix
    ("Moh" matches 9,000 of 100,000 cases) cost 60-70 ms; the window walks the index in rowid
    order with no sort. A worker who typed three letters keeps typing; a full name rarely has
    a thousand matches. Then bm25 (which terms matched) picks the pool and name similarity
    (how close the spelling is) orders it; both sorts are stable."""
    scored = raw.execute(
        "SELECT rowid, bm25(case_search) FROM case_search WHERE case_search MATCH ? "
        "ORDER BY rowid DESC LIMIT ?", (expression, MATCH_WINDOW)).fetchall()
    scored.sort(key=lambda row: row[1])  # bm25: lower is better
    rank = {rowid: position for position, (rowid, _) in enumerate(scored[:RERANK_POOL])}
    if not rank:
        return []
    marks = ", ".join("?" * len(rank))
    pool: list[Any] = raw.execute(
        f"SELECT {columns} FROM cases c WHERE c.rowid IN ({marks})",  # noqa: S608
        tuple(rank)).fetchall()
    pool.sort(key=lambda row: rank[row[11]])
    pool.sort(key=lambda row: -names.name_similarity(typed, row[2]))
    return pool


def search(raw: Any, text: str, *, limit: int = 50) -> list[SearchHit]:
    """Exact identifiers first (case number, phone, document), then names by relevance."""
    hits: list[SearchHit] = []
    seen: set[str] = set()

    def add(rows: list[Any], matched: str) -> None:
        for row in rows:
            if row[0] not in seen and len(hits) < limit:
                seen.add(row[0])
                hits.append(_hit(row, matched))

    columns = ", ".join(f"c.{column.strip()}" for column in COLUMNS.split(","))
    typed = text.strip()
    add(raw.execute(f"SELECT {columns} FROM cases c WHERE case_number = ?",  # noqa: S608
                    (typed.upper(),)).fetchall(), "case_number")
    for kind, value in (("phone", phone_key(typed)),
                        ("document", names.normalise_document_number(typed))):
        if value:
            add(raw.execute(
                f"""SELECT {columns} FROM identifiers i JOIN cases c ON c.rowid = i.case_rowid
                    WHERE i.kind = ? AND i.value = ? LIMIT ?""",  # noqa: S608
                (kind, value, limit)).fetchall(), kind)
    expression = fts_expression(typed)
    if expression is not None and len(hits) < limit:
        add(_name_matches(raw, expression, typed, columns), "name")
    return hits
