"""The values of a case document that no input sets: the store, the workflow and the scores do.

A new case starts ``open`` (the status then moves only by workflow actions,
:func:`fieldcase.domain.workflow.apply_transition`), its number comes from the store, and its
screening results and risk level are computed from the answers (``services.screening``). A
document given to ``case create`` or ``case update`` may carry such values anyway (an export
read back in, a script, a hostile or careless form): they are not used, and
:func:`ignored_inputs` names the ones that differed from what was saved, so the caller can say
so (the command line on stderr and in ``--json``) and a script notices.
"""

from __future__ import annotations

import dataclasses

from fieldcase.domain.codes import Status
from fieldcase.domain.document_fields import index_path, key_path
from fieldcase.domain.document_model import CaseDocument


def as_new_case(doc: CaseDocument) -> CaseDocument:
    """``doc`` as a case about to be created: status ``open`` and no case number yet (the
    store gives one). The risk level is left to the scoring."""
    return dataclasses.replace(doc, case=dataclasses.replace(
        doc.case, status=Status.OPEN, case_number=None))


def ignored_inputs(given: CaseDocument, saved: CaseDocument,
                   previous: CaseDocument | None = None) -> tuple[str, ...]:
    """The paths of computed values that ``given`` set and ``saved`` does not hold.

    ``given`` is the document as the input made it (for an update, the stored case with the
    partial applied), ``saved`` what is stored, ``previous`` the stored case before an update
    (None on create). A value that ``given`` merely kept from ``previous`` was not set by the
    input, so it is not reported even when the scoring changed it. Screenings are compared by
    position: neither the scoring nor the store reorders them."""
    ignored: list[str] = []
    for name in ("status", "case_number", "risk_level"):
        value = getattr(given.case, name)
        kept = previous is not None and value == getattr(previous.case, name)
        if value is not None and value != getattr(saved.case, name) and not kept:
            ignored.append(key_path("case", name))
    before = {s.id: s.result for s in previous.screenings} if previous is not None else {}
    for index, (asked, stored) in enumerate(zip(given.screenings, saved.screenings,
                                                strict=True)):
        kept = asked.id in before and asked.result == before[asked.id]
        if asked.result is not None and asked.result != stored.result and not kept:
            ignored.append(key_path(index_path("screenings", index), "result"))
    return tuple(ignored)


_WHY = {
    "case.status": "a new case starts open; move it with a workflow action (case status)",
    "case.case_number": "the store gives each case its number",
    "case.risk_level": "the risk level follows from the screening results",
}


def why_ignored(path: str) -> str:
    """A line saying why the value at ``path`` (from :func:`ignored_inputs`) was not used."""
    return _WHY.get(path, "a screening result is computed from its answers")
