"""``domain.htcds`` and ``domain.hxl_report``: a case becomes a row of CTDC fields with no
name, identifier or date in it; the counts leave no small cell to be read back."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from typing import Any

from fieldcase.domain import htcds, hxl_report
from fieldcase.domain.codes import Flag
from fieldcase.domain.document import parse_case_document
from fieldcase.domain.document_model import CaseDocument

TODAY = date(2026, 11, 30)


def document(**changes: Any) -> CaseDocument:
    raw: dict[str, Any] = {
        "person": {"given_name": "Qorvanex", "family_name": "Haile", "sex": "female",
                   "age_estimate": 16, "nationality": "ERI",
                   "documents": [{"type": "passport", "number": "P-7654321",
                                  "issuing_country": "ERI", "held_by": "self"}]},
        "case": {"site": "LAMP-01", "stage": "transit", "opened_on": "2026-03-02",
                 "flags": ["trafficking_indicators"]},
        "journey": [{"stage": "destination", "country": "LBY", "place": "Sabha",
                     "started_on": "2025-06-01", "incidents": ["forced_labour"]},
                    {"stage": "transit", "country": "SDN", "place": "Khartoum",
                     "started_on": "2025-01-01", "incidents": ["robbery"]}],
        "notes": [{"text": "met at the bus station", "author": "amina",
                   "written_at": "2026-03-02T10:00:00Z"}],
    }
    for key, value in changes.items():
        raw[key] = value
    return parse_case_document(raw, today=TODAY)


def test_a_case_becomes_a_row_of_ctdc_fields_and_nothing_that_names_anyone() -> None:
    row = htcds.htcds_row(document())
    assert list(row) == list(htcds.COLUMNS)
    assert row["gender"] == "Female" and row["ageBroad"] == "9--17"
    assert row["majorityStatus"] == "Minor" and row["citizenship"] == "ER"
    assert row["CountryOfExploitation"] == "LY"  # where forced labour was recorded
    assert row["yearOfRegistration"] == "2026" and row["isForcedLabour"] == "1"
    assert row["isSexualExploit"] == "" and row["meansOfControlWithholdsDocuments"] == ""
    text = json.dumps(row)
    for secret in ("Qorvanex", "Haile", "P-7654321", "Sabha", "Khartoum", "bus station", "LAMP",
                   "2026-03-02"):
        assert secret not in text


def test_screening_answers_and_documents_held_by_others_set_the_flags() -> None:
    doc = document(screenings=[{
        "instrument_id": "trafficking-adult", "instrument_version": 1,
        "completed_at": "2026-03-02T11:00:00Z",
        "answers": {"cd.debt_bondage": True, "cr.debt": False, "ex.sexual_exploitation": False,
                    "cd.threat_report": None}}])
    doc = dataclasses.replace(doc, person=dataclasses.replace(doc.person, documents=(
        dataclasses.replace(doc.person.documents[0], held_by="employer"),)))
    row = htcds.htcds_row(doc)
    assert row["meansOfControlDebtBondage"] == "1"
    assert row["isSexualExploit"] == "0"  # asked, and no
    assert row["meansOfControlThreatOfLawEnforcement"] == ""  # not answered: not known
    assert row["meansOfControlWithholdsDocuments"] == "1"


def test_only_trafficking_cases_and_never_a_withdrawn_consent() -> None:
    plain = document()
    assert htcds.is_reportable(plain)
    other = dataclasses.replace(plain, case=dataclasses.replace(
        plain.case, flags=(Flag.PREGNANT,)))
    assert not htcds.is_reportable(other)
    withdrawn = document(consents=[{"purpose": "statistics", "given_by": "self",
                                    "form": "verbal", "given_on": "2026-03-02",
                                    "withdrawn_on": "2026-04-01"}])
    assert htcds.excluded_by_consent(withdrawn)
    assert not htcds.excluded_by_consent(plain)


def test_age_bands_follow_the_ctdc_codebook() -> None:
    assert [htcds.age_band(a) for a in (0, 8, 9, 17, 18, 29, 30, 47, 48, 95, None)] == [
        "0--8", "0--8", "9--17", "9--17", "18--20", "27--29", "30--38", "39--47", "48+",
        "48+", ""]
    assert htcds.alpha2("XXA") == "" and htcds.alpha2("SSD") == "SS"


def people(count: int, *, sex: str = "female", age: int = 30, nationality: str = "ERI",
           stage: str = "transit") -> list[CaseDocument]:
    doc = document(person={"given_name": "X", "sex": sex, "age_estimate": age,
                           "nationality": nationality},
                   case={"site": "LAMP-01", "stage": stage, "opened_on": "2026-03-02"})
    return [doc] * count


def test_hxl_counts_carry_their_hashtags_and_hide_every_small_cell() -> None:
    docs = people(20) + people(12, sex="male") + people(3, age=15) + people(4, nationality="SOM")
    table = hxl_report.aggregate(docs, 11)
    assert len(hxl_report.HEADER) == len(hxl_report.HXL_TAGS) == 8
    assert "#affected+f+children" in hxl_report.HXL_TAGS
    rows = {row[0]: row for row in table.rows}
    # Somalia (4 people) is folded into "other nationalities", which is itself too small.
    assert set(rows) == {"ERI", "XXX"}
    assert rows["XXX"][2:] == ("", "", "", "", "", "")
    eritrea = dict(zip(hxl_report.COUNT_COLUMNS, rows["ERI"][2:], strict=True))
    # 3 girls are hidden; the total would give them back, so the smallest other count goes.
    assert eritrea["girls"] == "" and eritrea["men"] == "" and eritrea["women"] == "20"
    assert eritrea["total"] == "35"
    for row in table.rows:
        for cell in row[2:]:
            assert cell == "" or int(cell) == 0 or int(cell) >= 11
    assert table.people == 39
