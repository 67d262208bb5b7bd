"""One case as a row of IOM's Human Trafficking Case Data Standard, as the CTDC publishes it.

The Counter Trafficking Data Collaborative (CTDC) publishes case-level data in the fields of
the Human Trafficking Case Data Standard (HTCDS): one row per identified victim, no names, no
dates, quasi-identifiers generalised until the table is 11-anonymous. :func:`htcds_row` maps a
FieldCase case document onto a documented subset of those fields (docs/reporting.md has the
whole mapping, and what FieldCase does not record); :func:`HIERARCHIES` says how each
quasi-identifier is generalised (``domain.k_anonymity``).

Values follow the CTDC codebook: ``gender`` Female/Male, ``ageBroad`` bands ``0--8`` to
``48+``, ``majorityStatus`` Minor/Adult, countries as ISO 3166 alpha-2, flags ``1`` (yes),
``0`` (asked, and no) or empty (not known). Nothing free-text, no identifier, no date finer
than a year ever reaches a row.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Final

from babel.core import get_global

from fieldcase.domain.codes import ConsentPurpose, Flag, Incident, RiskLevel, Sex
from fieldcase.domain.document_model import CaseDocument, age_on
from fieldcase.domain.k_anonymity import WITHHELD, Hierarchy

__all__ = ["COLUMNS", "HIERARCHIES", "QUASI_IDENTIFIERS", "excluded_by_consent",
           "htcds_row", "is_reportable", "majority_status"]

DATA_SOURCE: Final = "Case Management"

AGE_BANDS: Final = ((0, 8, "0--8"), (9, 17, "9--17"), (18, 20, "18--20"), (21, 23, "21--23"),
                    (24, 26, "24--26"), (27, 29, "27--29"), (30, 38, "30--38"),
                    (39, 47, "39--47"), (48, 200, "48+"))
MINOR_BANDS: Final = frozenset({"0--8", "9--17", "0--17"})

QUASI_IDENTIFIERS: Final = ("gender", "ageBroad", "citizenship", "CountryOfExploitation",
                            "yearOfRegistration")

# Screening questions (both trafficking instruments) and journey incidents behind each flag.
# A flag is 1 when any of them says yes, 0 when some were asked and none says yes.
_SIGNALS: Final[dict[str, tuple[tuple[str, ...], tuple[Incident, ...]]]] = {
    "meansOfControlDebtBondage": (("cr.debt", "cd.debt_bondage"), ()),
    "meansOfControlTakesEarnings": (("cr.money_withheld", "cd.wages_withheld",
                                     "cd.money_taken"), ()),
    "meansOfControlThreats": (("cr.threat_violence", "cd.threat_violence", "cr.family_harm",
                               "cd.family_harm", "cd.threat_worse_work"), ()),
    "meansOfControlPsychologicalAbuse": (("cr.threat_expose", "cd.threat_expose",
                                          "cd.strong_influence"), ()),
    "meansOfControlPhysicalAbuse": (("cr.violence", "cd.violence"), (Incident.VIOLENCE,)),
    "meansOfControlSexualAbuse": ((), (Incident.SEXUAL_VIOLENCE,)),
    "meansOfControlFalsePromises": (("dr.job_place_employer", "dr.job_place",
                                     "dr.work_conditions", "dr.contract", "dr.pay",
                                     "dr.housing", "dr.living", "dr.papers", "dr.school",
                                     "dr.family_reunion", "dr.journey",
                                     "dr.marriage_adoption"), ()),
    "meansOfControlRestrictsMovement": (("cr.confined", "cd.confined",
                                         "cd.cut_off_from_family"), (Incident.DETENTION,)),
    "meansOfControlExcessiveWorkingHours": (("ex.excessive_hours", "ex.long_hours"), ()),
    "meansOfControlThreatOfLawEnforcement": (("cd.threat_report", "rv.false_law",
                                              "rv.false_authorities"), ()),
    "meansOfControlWithholdsDocuments": (("cr.documents_taken", "cd.documents_kept"),
                                         (Incident.DOCUMENT_CONFISCATION,)),
    "isForcedLabour": (("ex.hazardous_work", "ex.excessive_hours", "ex.long_hours",
                        "ex.low_or_no_pay", "ex.no_pay", "cd.forced_tasks_clients"),
                       (Incident.FORCED_LABOUR,)),
    "isSexualExploit": (("ex.sexual_exploitation",), ()),
    "isAbduction": (("cr.abduction_sale", "cr.taken_sold_married"), (Incident.KIDNAPPING,)),
    "typeOfLabourIllicitActivities": (("cd.illegal_activities",), ()),
}
_EXPLOITATION_INCIDENTS: Final = frozenset({Incident.FORCED_LABOUR, Incident.SEXUAL_VIOLENCE,
                                            Incident.DOCUMENT_CONFISCATION,
                                            Incident.KIDNAPPING})
_HELD_BY_OTHERS: Final = frozenset({"employer", "recruiter", "smuggler"})
TRAFFICKING_INSTRUMENT_PREFIX: Final = "trafficking-"

COLUMNS: Final = ("Datasource", "yearOfRegistration", "gender", "ageBroad", "majorityStatus",
                  "citizenship", "CountryOfExploitation", *_SIGNALS)


def is_reportable(doc: CaseDocument) -> bool:
    """A case the CTDC would count: one with trafficking indicators (the flag, or a high or
    critical result on a trafficking screening). Other migrants are not trafficking cases."""
    if Flag.TRAFFICKING_INDICATORS in doc.case.flags:
        return True
    return any(s.instrument_id.startswith(TRAFFICKING_INSTRUMENT_PREFIX) and s.result is not None
               and s.result.level in (RiskLevel.HIGH, RiskLevel.CRITICAL)
               for s in doc.screenings)


def excluded_by_consent(doc: CaseDocument) -> bool:
    """The person withdrew a consent to statistics: then not even an anonymised row."""
    return any(c.purpose is ConsentPurpose.STATISTICS and c.withdrawn_on is not None
               for c in doc.consents)


def htcds_row(doc: CaseDocument) -> dict[str, str]:
    """The case's row, every quasi-identifier at its finest level (generalise before
    publishing: ``domain.k_anonymity.anonymise`` with :data:`HIERARCHIES`)."""
    age = age_on(doc, doc.case.opened_on)
    band = age_band(age)
    row = {
        "Datasource": DATA_SOURCE,
        "yearOfRegistration": str(doc.case.opened_on.year),
        "gender": {Sex.FEMALE: "Female", Sex.MALE: "Male"}.get(doc.person.sex, WITHHELD),
        "ageBroad": band,
        "majorityStatus": majority_status(band),
        "citizenship": alpha2(doc.person.nationality),
        "CountryOfExploitation": alpha2(_country_of_exploitation(doc)),
    }
    answers = _answers(doc)
    incidents = {i for leg in doc.journey for i in leg.incidents}
    for column, (questions, signals) in _SIGNALS.items():
        row[column] = _flag(answers, questions, incidents, signals)
    if any(str(d.held_by) in _HELD_BY_OTHERS for d in doc.person.documents):
        row["meansOfControlWithholdsDocuments"] = "1"
    return row


def age_band(age: int | None) -> str:
    if age is None:
        return WITHHELD
    return next(label for low, high, label in AGE_BANDS if low <= age <= high)


def majority_status(band: str) -> str:
    """Minor or Adult from the (possibly generalised) band; withheld with it."""
    if band == WITHHELD:
        return WITHHELD
    return "Minor" if band in MINOR_BANDS else "Adult"


@cache
def alpha2(alpha3: str | None) -> str:
    """ISO 3166 alpha-3 to alpha-2 (CLDR's table); ICAO codes without one (stateless,
    refugee, unspecified) are withheld."""
    if not alpha3:
        return WITHHELD
    replacement = get_global("territory_aliases").get(alpha3)
    return str(replacement[0]) if replacement else WITHHELD


def _country_of_exploitation(doc: CaseDocument) -> str | None:
    """The country of the latest journey leg where exploitation was recorded (forced labour,
    sexual violence, documents taken, kidnapping); FieldCase records no other place of
    exploitation, so without such a leg it is not known."""
    legs = [leg for leg in doc.journey if _EXPLOITATION_INCIDENTS & set(leg.incidents)]
    if not legs:
        return None
    country = max(legs, key=lambda leg: leg.started_on).country
    return None if country == "XXX" else country


def _answers(doc: CaseDocument) -> dict[str, bool]:
    """Every trafficking-screening answer the case holds: yes if any screening said yes."""
    answered: dict[str, bool] = {}
    for screening in doc.screenings:
        if not screening.instrument_id.startswith(TRAFFICKING_INSTRUMENT_PREFIX):
            continue
        for question, value in screening.answers:
            if value is not None:
                answered[question] = answered.get(question, False) or value
    return answered


def _flag(answers: dict[str, bool], questions: Iterable[str], incidents: set[Incident],
          signals: Iterable[Incident]) -> str:
    signals = tuple(signals)
    if any(answers.get(q) for q in questions) or any(i in incidents for i in signals):
        return "1"
    if any(q in answers for q in questions):
        return "0"
    return WITHHELD


def _identity(value: str) -> str:
    return value


def _withhold(_value: str) -> str:
    return WITHHELD


def _minor_or_adult(band: str) -> str:
    if band == WITHHELD:
        return WITHHELD
    return "0--17" if band in MINOR_BANDS else "18+"


def _five_years(year: str) -> str:
    if not year:
        return WITHHELD
    start = int(year) - int(year) % 5
    return f"{start}--{start + 4}"


HIERARCHIES: Final = (
    Hierarchy("gender", (("as recorded", _identity), ("withheld", _withhold))),
    Hierarchy("ageBroad", (("CTDC age bands", _identity),
                           ("minor or adult (0--17, 18+)", _minor_or_adult),
                           ("withheld", _withhold))),
    Hierarchy("citizenship", (("country", _identity), ("withheld", _withhold))),
    Hierarchy("CountryOfExploitation", (("country", _identity), ("withheld", _withhold))),
    Hierarchy("yearOfRegistration", (("year", _identity), ("five years", _five_years),
                                     ("withheld", _withhold))),
)
