"""Reports that leave without exposing anyone: the anonymised case-level table (HTCDS) and
the aggregate counts (HXL), each written as one export file.

Same gate as the case export (``services.export``): supervisors of the team, a working lease,
one audit event per report (``report.htcds``, ``report.hxl``: counts, k, the case ids that fed
it, how the file was protected; never a name or the file's name). The file is sealed unless
plain text was chosen (``services.export_output``). A person who withdrew consent to
statistics is left out of both.

The report of *what it took* (:meth:`HtcdsReport.summary`: levels of generalisation, rows
suppressed, smallest class) holds no case data and is for the person who publishes the table.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from fieldcase.domain import htcds, hxl_report
from fieldcase.domain.document import read_stored_document
from fieldcase.domain.document_model import CaseDocument
from fieldcase.domain.errors import ValidationError
from fieldcase.domain.k_anonymity import anonymise
from fieldcase.services.export import ExportSelection, plan_cases
from fieldcase.services.export_output import Write, write_export
from fieldcase.services.export_seal import Protection
from fieldcase.services.session import Session
from fieldcase.storage import cases

__all__ = ["DEFAULT_K", "HtcdsReport", "HxlReport", "export_htcds", "export_hxl"]

DEFAULT_K = 11
"""As the Counter Trafficking Data Collaborative publishes."""
MAX_K = 1000


@dataclass(frozen=True)
class HtcdsReport:
    k: int
    selected: int
    not_trafficking: int
    consent_withdrawn: int
    rows_in: int
    suppressed: int
    published: int
    levels: tuple[tuple[str, str], ...]
    class_count: int
    smallest_class: int

    def summary(self) -> str:
        lines = [f"HTCDS export at k = {self.k}: {self.published} rows published.",
                 f"Cases selected: {self.selected}; without trafficking indicators (left "
                 f"out): {self.not_trafficking}; consent to statistics withdrawn (left out): "
                 f"{self.consent_withdrawn}.",
                 f"Rows before anonymisation: {self.rows_in}; suppressed (in classes smaller "
                 f"than k): {self.suppressed}.",
                 "Quasi-identifiers published at:"]
        lines += [f"  {column}: {level}" for column, level in self.levels]
        lines.append(f"Equivalence classes: {self.class_count}; smallest: "
                     f"{self.smallest_class}.")
        return "\n".join(lines)


@dataclass(frozen=True)
class HxlReport:
    threshold: int
    selected: int
    consent_withdrawn: int
    people: int
    rows: int
    suppressed_primary: int
    suppressed_secondary: int

    def summary(self) -> str:
        return (f"HXL aggregate: {self.people} people in {self.rows} rows (nationality and "
                f"stage; nationalities with fewer than {self.threshold} people at a stage are "
                f"counted together as XXX). Cells below {self.threshold} left empty: "
                f"{self.suppressed_primary}; more cells emptied so that no row total gives "
                f"one back: {self.suppressed_secondary}. Consent to statistics withdrawn "
                f"(left out): {self.consent_withdrawn}; cases selected: {self.selected}.")


def _check_k(k: int) -> None:
    if not 2 <= k <= MAX_K:
        raise ValidationError("--k", "out_of_range", f"k is between 2 and {MAX_K}")


def _documents(session: Session, selection: ExportSelection) -> Iterator[CaseDocument]:
    for case_id in plan_cases(session, selection):
        yield read_stored_document(cases.load_case(session.store, case_id),
                                   today=session.today()).document


def export_htcds(session: Session, selection: ExportSelection, target: Path, *, k: int,
                 protection: Protection, force: bool = False) -> HtcdsReport:
    """The selected cases with trafficking indicators as an HTCDS CSV, k-anonymous."""
    _check_k(k)
    docs = list(_documents(session, selection))
    consenting = [d for d in docs if not htcds.excluded_by_consent(d)]
    reportable = [d for d in consenting if htcds.is_reportable(d)]
    table = anonymise([htcds.htcds_row(d) for d in reportable], htcds.HIERARCHIES, k)
    for row in table.rows:  # majorityStatus follows its (possibly generalised) age band
        row["majorityStatus"] = htcds.majority_status(row["ageBroad"])
    report = HtcdsReport(k, len(docs), len(consenting) - len(reportable),
                         len(docs) - len(consenting), table.rows_in, table.suppressed,
                         len(table.rows), table.levels, table.class_count, table.smallest_class)

    def produce(write: Write) -> None:
        write(_csv([htcds.COLUMNS, *([row[c] for c in htcds.COLUMNS] for row in table.rows)]))

    _written(session, "report.htcds", target, protection, force, produce, reportable,
             {"k": k, "published": report.published, "suppressed": report.suppressed})
    return report


def export_hxl(session: Session, selection: ExportSelection, target: Path, *, k: int,
               protection: Protection, force: bool = False) -> HxlReport:
    """Counts by nationality, stage, sex and age as a CSV with an HXL hashtag row; cells
    below ``k`` left empty."""
    _check_k(k)
    docs = list(_documents(session, selection))
    consenting = [d for d in docs if not htcds.excluded_by_consent(d)]
    table = hxl_report.aggregate(consenting, k)
    report = HxlReport(k, len(docs), len(docs) - len(consenting), table.people,
                       len(table.rows), table.suppressed_primary, table.suppressed_secondary)

    def produce(write: Write) -> None:
        write(_csv([hxl_report.HEADER, hxl_report.HXL_TAGS, *table.rows]))

    _written(session, "report.hxl", target, protection, force, produce, consenting,
             {"k": k, "rows": report.rows})
    return report


def _written(session: Session, action: str, target: Path, protection: Protection,
             force: bool, produce: Callable[[Write], None], docs: list[CaseDocument],
             details: dict[str, object]) -> None:
    """Write the file, then audit it (a report never placed is not audited as written)."""
    write_export(session, target, protection, force=force, produce=produce)
    with session.store.atomic():
        session.store.audit(session.actor.user, action, details={
            **details, "count": len(docs), "case_ids": [d.id for d in docs],
            "protection": protection.label, "destination": "file"})


def _csv(rows: Iterable[Sequence[str]]) -> str:
    """RFC 4180 (CRLF line ends), as spreadsheet and HXL tools read it."""
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return out.getvalue()
