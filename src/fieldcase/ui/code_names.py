"""The words for every code of the case document and the app, in English, marked for translation.

One table, one place: ``names.code_name(kind, code)`` looks a code up here and translates it;
the pickers list ``names.choices(kind)``. Each kind is its own translation context
(``codes/<kind>``), so a translator can give "Other" (means of travel) and "Other" (document
type) different words where their language needs to.

Adding a code to ``fieldcase.domain.codes`` (or to a workflow action, a role, a service
category) means adding its words here: ``tests/ui/test_names.py`` fails for a code with none.
The words are for people: "Case plan agreed", not ``case_plan``.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

from fieldcase.ui.i18n import QT_TRANSLATE_NOOP

_TABLE: Final = {
    "sex": {
        "female": QT_TRANSLATE_NOOP("codes/sex", "Female"),
        "male": QT_TRANSLATE_NOOP("codes/sex", "Male"),
        "intersex": QT_TRANSLATE_NOOP("codes/sex", "Intersex"),
        "unknown": QT_TRANSLATE_NOOP("codes/sex", "Not known"),
    },
    "status": {
        "open": QT_TRANSLATE_NOOP("codes/status", "Open"),
        "assessment": QT_TRANSLATE_NOOP("codes/status", "Assessment"),
        "case_plan": QT_TRANSLATE_NOOP("codes/status", "Case plan"),
        "services": QT_TRANSLATE_NOOP("codes/status", "Receiving services"),
        "closure_requested": QT_TRANSLATE_NOOP("codes/status", "Closure requested"),
        "closed": QT_TRANSLATE_NOOP("codes/status", "Closed"),
        "reopened": QT_TRANSLATE_NOOP("codes/status", "Reopened"),
    },
    "stage": {
        "origin": QT_TRANSLATE_NOOP("codes/stage", "Origin"),
        "transit": QT_TRANSLATE_NOOP("codes/stage", "Transit"),
        "destination": QT_TRANSLATE_NOOP("codes/stage", "Destination"),
        "return": QT_TRANSLATE_NOOP("codes/stage", "Return"),
    },
    "flag": {
        "unaccompanied_child": QT_TRANSLATE_NOOP("codes/flag", "Unaccompanied child"),
        "separated_child": QT_TRANSLATE_NOOP("codes/flag", "Separated child"),
        "pregnant": QT_TRANSLATE_NOOP("codes/flag", "Pregnant"),
        "serious_medical": QT_TRANSLATE_NOOP("codes/flag", "Serious medical condition"),
        "survivor_of_violence": QT_TRANSLATE_NOOP("codes/flag", "Survivor of violence"),
        "at_risk_of_detention": QT_TRANSLATE_NOOP("codes/flag", "At risk of detention"),
        "supervisor_review": QT_TRANSLATE_NOOP("codes/flag", "Needs supervisor review"),
        "trafficking_indicators": QT_TRANSLATE_NOOP("codes/flag", "Trafficking indicators"),
        "disability": QT_TRANSLATE_NOOP("codes/flag", "Disability"),
        "older_person": QT_TRANSLATE_NOOP("codes/flag", "Older person"),
        "single_caregiver": QT_TRANSLATE_NOOP("codes/flag", "Single caregiver"),
        "missing_family_member": QT_TRANSLATE_NOOP("codes/flag", "Missing family member"),
        "stateless": QT_TRANSLATE_NOOP("codes/flag", "Stateless"),
        "threatened_by_exploiters": QT_TRANSLATE_NOOP("codes/flag", "Threatened by exploiters"),
    },
    "risk": {
        "low": QT_TRANSLATE_NOOP("codes/risk", "Low"),
        "medium": QT_TRANSLATE_NOOP("codes/risk", "Medium"),
        "high": QT_TRANSLATE_NOOP("codes/risk", "High"),
        "critical": QT_TRANSLATE_NOOP("codes/risk", "Critical"),
    },
    "means": {
        "foot": QT_TRANSLATE_NOOP("codes/means", "On foot"),
        "bus": QT_TRANSLATE_NOOP("codes/means", "Bus"),
        "truck": QT_TRANSLATE_NOOP("codes/means", "Truck"),
        "car": QT_TRANSLATE_NOOP("codes/means", "Car"),
        "boat": QT_TRANSLATE_NOOP("codes/means", "Boat"),
        "plane": QT_TRANSLATE_NOOP("codes/means", "Plane"),
        "train": QT_TRANSLATE_NOOP("codes/means", "Train"),
        "other": QT_TRANSLATE_NOOP("codes/means", "Other"),
    },
    "incident": {
        "violence": QT_TRANSLATE_NOOP("codes/incident", "Violence"),
        "sexual_violence": QT_TRANSLATE_NOOP("codes/incident", "Sexual violence"),
        "extortion": QT_TRANSLATE_NOOP("codes/incident", "Extortion"),
        "detention": QT_TRANSLATE_NOOP("codes/incident", "Detention"),
        "document_confiscation": QT_TRANSLATE_NOOP("codes/incident", "Documents taken"),
        "kidnapping": QT_TRANSLATE_NOOP("codes/incident", "Kidnapping"),
        "forced_labour": QT_TRANSLATE_NOOP("codes/incident", "Forced labour"),
        "abandonment": QT_TRANSLATE_NOOP("codes/incident", "Abandonment"),
        "robbery": QT_TRANSLATE_NOOP("codes/incident", "Robbery"),
    },
    "assistance": {
        "food": QT_TRANSLATE_NOOP("codes/assistance", "Food"),
        "water": QT_TRANSLATE_NOOP("codes/assistance", "Water"),
        "shelter": QT_TRANSLATE_NOOP("codes/assistance", "Shelter"),
        "medical": QT_TRANSLATE_NOOP("codes/assistance", "Medical care"),
        "psychosocial": QT_TRANSLATE_NOOP("codes/assistance", "Psychosocial support"),
        "legal": QT_TRANSLATE_NOOP("codes/assistance", "Legal help"),
        "cash": QT_TRANSLATE_NOOP("codes/assistance", "Cash"),
        "clothing": QT_TRANSLATE_NOOP("codes/assistance", "Clothing"),
        "hygiene": QT_TRANSLATE_NOOP("codes/assistance", "Hygiene items"),
        "transport": QT_TRANSLATE_NOOP("codes/assistance", "Transport"),
        "family_tracing": QT_TRANSLATE_NOOP("codes/assistance", "Family tracing"),
        "information": QT_TRANSLATE_NOOP("codes/assistance", "Information"),
        "interpretation": QT_TRANSLATE_NOOP("codes/assistance", "Interpretation"),
    },
    "referral_status": {
        "proposed": QT_TRANSLATE_NOOP("codes/referral_status", "Proposed"),
        "sent": QT_TRANSLATE_NOOP("codes/referral_status", "Sent"),
        "accepted": QT_TRANSLATE_NOOP("codes/referral_status", "Accepted"),
        "declined": QT_TRANSLATE_NOOP("codes/referral_status", "Declined"),
        "completed": QT_TRANSLATE_NOOP("codes/referral_status", "Completed"),
    },
    "consent_purpose": {
        "registration": QT_TRANSLATE_NOOP("codes/consent_purpose", "Registration"),
        "referral": QT_TRANSLATE_NOOP("codes/consent_purpose", "Referral to services"),
        "statistics": QT_TRANSLATE_NOOP("codes/consent_purpose", "Anonymous statistics"),
        "follow_up_contact": QT_TRANSLATE_NOOP("codes/consent_purpose", "Follow-up contact"),
    },
    "consent_giver": {
        "self": QT_TRANSLATE_NOOP("codes/consent_giver", "The person"),
        "guardian": QT_TRANSLATE_NOOP("codes/consent_giver", "Guardian"),
    },
    "consent_form": {
        "verbal": QT_TRANSLATE_NOOP("codes/consent_form", "Spoken"),
        "written": QT_TRANSLATE_NOOP("codes/consent_form", "Written"),
    },
    "document_type": {
        "passport": QT_TRANSLATE_NOOP("codes/document_type", "Passport"),
        "national_id": QT_TRANSLATE_NOOP("codes/document_type", "National identity card"),
        "birth_certificate": QT_TRANSLATE_NOOP("codes/document_type", "Birth certificate"),
        "residence_permit": QT_TRANSLATE_NOOP("codes/document_type", "Residence permit"),
        "travel_document": QT_TRANSLATE_NOOP("codes/document_type", "Travel document"),
        "other": QT_TRANSLATE_NOOP("codes/document_type", "Other document"),
    },
    "document_holder": {
        "self": QT_TRANSLATE_NOOP("codes/document_holder", "The person"),
        "employer": QT_TRANSLATE_NOOP("codes/document_holder", "Employer"),
        "recruiter": QT_TRANSLATE_NOOP("codes/document_holder", "Recruiter"),
        "smuggler": QT_TRANSLATE_NOOP("codes/document_holder", "Smuggler"),
        "authorities": QT_TRANSLATE_NOOP("codes/document_holder", "Authorities"),
        "lost": QT_TRANSLATE_NOOP("codes/document_holder", "Lost"),
        "unknown": QT_TRANSLATE_NOOP("codes/document_holder", "Not known"),
    },
    "wg_domain": {
        "seeing": QT_TRANSLATE_NOOP("codes/wg_domain", "Seeing"),
        "hearing": QT_TRANSLATE_NOOP("codes/wg_domain", "Hearing"),
        "walking": QT_TRANSLATE_NOOP("codes/wg_domain", "Walking or climbing steps"),
        "remembering": QT_TRANSLATE_NOOP("codes/wg_domain", "Remembering or concentrating"),
        "self_care": QT_TRANSLATE_NOOP("codes/wg_domain", "Self-care"),
        "communicating": QT_TRANSLATE_NOOP("codes/wg_domain", "Communicating"),
    },
    "wg_answer": {
        "no_difficulty": QT_TRANSLATE_NOOP("codes/wg_answer", "No difficulty"),
        "some_difficulty": QT_TRANSLATE_NOOP("codes/wg_answer", "Some difficulty"),
        "a_lot_of_difficulty": QT_TRANSLATE_NOOP("codes/wg_answer", "A lot of difficulty"),
        "cannot_do_at_all": QT_TRANSLATE_NOOP("codes/wg_answer", "Cannot do at all"),
    },
    "relationship": {
        "parent": QT_TRANSLATE_NOOP("codes/relationship", "Parent"),
        "child": QT_TRANSLATE_NOOP("codes/relationship", "Child"),
        "sibling": QT_TRANSLATE_NOOP("codes/relationship", "Brother or sister"),
        "spouse": QT_TRANSLATE_NOOP("codes/relationship", "Spouse"),
        "other_relative": QT_TRANSLATE_NOOP("codes/relationship", "Other relative"),
        "guardian": QT_TRANSLATE_NOOP("codes/relationship", "Guardian"),
        "travel_companion": QT_TRANSLATE_NOOP("codes/relationship", "Travel companion"),
    },
    "attachment_kind": {
        "photo": QT_TRANSLATE_NOOP("codes/attachment_kind", "Photo"),
        "document_scan": QT_TRANSLATE_NOOP("codes/attachment_kind", "Document scan"),
        "consent_form": QT_TRANSLATE_NOOP("codes/attachment_kind", "Consent form"),
        "medical": QT_TRANSLATE_NOOP("codes/attachment_kind", "Medical record"),
        "other": QT_TRANSLATE_NOOP("codes/attachment_kind", "Other file"),
    },
    "workflow_action": {
        "start_assessment": QT_TRANSLATE_NOOP("codes/workflow_action", "Start assessment"),
        "agree_case_plan": QT_TRANSLATE_NOOP("codes/workflow_action", "Agree case plan"),
        "return_case_plan": QT_TRANSLATE_NOOP("codes/workflow_action",
                                              "Return the case plan"),
        "start_services": QT_TRANSLATE_NOOP("codes/workflow_action", "Start services"),
        "request_closure": QT_TRANSLATE_NOOP("codes/workflow_action", "Request closure"),
        "approve_closure": QT_TRANSLATE_NOOP("codes/workflow_action", "Approve closure"),
        "return_closure": QT_TRANSLATE_NOOP("codes/workflow_action", "Return for more work"),
        "reopen": QT_TRANSLATE_NOOP("codes/workflow_action", "Reopen"),
    },
    "role": {
        "worker": QT_TRANSLATE_NOOP("codes/role", "Worker"),
        "supervisor": QT_TRANSLATE_NOOP("codes/role", "Supervisor"),
        "admin": QT_TRANSLATE_NOOP("codes/role", "Administrator"),
    },
    "service_category": {
        "shelter": QT_TRANSLATE_NOOP("codes/service_category", "Shelter"),
        "medical": QT_TRANSLATE_NOOP("codes/service_category", "Medical"),
        "psychosocial": QT_TRANSLATE_NOOP("codes/service_category", "Psychosocial support"),
        "legal_aid": QT_TRANSLATE_NOOP("codes/service_category", "Legal aid"),
        "family_tracing": QT_TRANSLATE_NOOP("codes/service_category", "Family tracing"),
        "child_protection": QT_TRANSLATE_NOOP("codes/service_category", "Child protection"),
        "safe_transport": QT_TRANSLATE_NOOP("codes/service_category", "Safe transport"),
        "anti_trafficking_hotline": QT_TRANSLATE_NOOP("codes/service_category",
                                                      "Anti-trafficking hotline"),
        "basic_needs": QT_TRANSLATE_NOOP("codes/service_category", "Basic needs"),
        "cash_assistance": QT_TRANSLATE_NOOP("codes/service_category", "Cash assistance"),
        "interpretation": QT_TRANSLATE_NOOP("codes/service_category", "Interpretation"),
        "other": QT_TRANSLATE_NOOP("codes/service_category", "Other service"),
    },
    "record_kind": {
        "person": QT_TRANSLATE_NOOP("codes/record_kind", "Person"),
        "case": QT_TRANSLATE_NOOP("codes/record_kind", "Case"),
        "identity_document": QT_TRANSLATE_NOOP("codes/record_kind", "Identity document"),
        "journey_leg": QT_TRANSLATE_NOOP("codes/record_kind", "Journey"),
        "screening": QT_TRANSLATE_NOOP("codes/record_kind", "Screening"),
        "assistance": QT_TRANSLATE_NOOP("codes/record_kind", "Assistance"),
        "referral": QT_TRANSLATE_NOOP("codes/record_kind", "Referral"),
        "consent": QT_TRANSLATE_NOOP("codes/record_kind", "Consent"),
        "task": QT_TRANSLATE_NOOP("codes/record_kind", "Task"),
        "note": QT_TRANSLATE_NOOP("codes/record_kind", "Note"),
        "household_link": QT_TRANSLATE_NOOP("codes/record_kind", "Household"),
        "attachment": QT_TRANSLATE_NOOP("codes/record_kind", "Attachment"),
    },
    "weekday": {
        "mon": QT_TRANSLATE_NOOP("codes/weekday", "Monday"),
        "tue": QT_TRANSLATE_NOOP("codes/weekday", "Tuesday"),
        "wed": QT_TRANSLATE_NOOP("codes/weekday", "Wednesday"),
        "thu": QT_TRANSLATE_NOOP("codes/weekday", "Thursday"),
        "fri": QT_TRANSLATE_NOOP("codes/weekday", "Friday"),
        "sat": QT_TRANSLATE_NOOP("codes/weekday", "Saturday"),
        "sun": QT_TRANSLATE_NOOP("codes/weekday", "Sunday"),
    },
}

CODE_WORDS: Final = MappingProxyType({kind: MappingProxyType(words)
                                      for kind, words in _TABLE.items()})
"""kind -> code -> English words (the translation source)."""

SPECIAL_NATIONALITIES: Final = MappingProxyType({
    "XXA": QT_TRANSLATE_NOOP("codes/nationality", "Stateless person"),
    "XXB": QT_TRANSLATE_NOOP("codes/nationality", "Refugee"),
    "XXX": QT_TRANSLATE_NOOP("codes/nationality", "Nationality not known"),
})
"""ICAO Doc 9303's special codes: no country of CLDR names them."""

LANGUAGES_NOT_IN_CLDR: Final = MappingProxyType({
    "acm": QT_TRANSLATE_NOOP("codes/language", "Mesopotamian Arabic"),
    "acw": QT_TRANSLATE_NOOP("codes/language", "Hijazi Arabic"),
    "afb": QT_TRANSLATE_NOOP("codes/language", "Gulf Arabic"),
    "aii": QT_TRANSLATE_NOOP("codes/language", "Assyrian Neo-Aramaic"),
    "ajp": QT_TRANSLATE_NOOP("codes/language", "South Levantine Arabic"),
    "apc": QT_TRANSLATE_NOOP("codes/language", "Levantine Arabic"),
    "apd": QT_TRANSLATE_NOOP("codes/language", "Sudanese Arabic"),
    "ayl": QT_TRANSLATE_NOOP("codes/language", "Libyan Arabic"),
    "ayp": QT_TRANSLATE_NOOP("codes/language", "North Mesopotamian Arabic"),
    "cak": QT_TRANSLATE_NOOP("codes/language", "Kaqchikel"),
    "cfm": QT_TRANSLATE_NOOP("codes/language", "Falam Chin"),
    "cnh": QT_TRANSLATE_NOOP("codes/language", "Hakha Chin"),
    "ctd": QT_TRANSLATE_NOOP("codes/language", "Tedim Chin"),
    "ctg": QT_TRANSLATE_NOOP("codes/language", "Chittagonian"),
    "fuf": QT_TRANSLATE_NOOP("codes/language", "Pular"),
    "fuv": QT_TRANSLATE_NOOP("codes/language", "Nigerian Fulfulde"),
    "gax": QT_TRANSLATE_NOOP("codes/language", "Borana Oromo"),
    "hac": QT_TRANSLATE_NOOP("codes/language", "Gurani"),
    "hae": QT_TRANSLATE_NOOP("codes/language", "Eastern Oromo"),
    "haz": QT_TRANSLATE_NOOP("codes/language", "Hazaragi"),
    "kek": QT_TRANSLATE_NOOP("codes/language", "Q'eqchi'"),
    "kjp": QT_TRANSLATE_NOOP("codes/language", "Eastern Pwo Karen"),
    "ksw": QT_TRANSLATE_NOOP("codes/language", "S'gaw Karen"),
    "mam": QT_TRANSLATE_NOOP("codes/language", "Mam"),
    "pbt": QT_TRANSLATE_NOOP("codes/language", "Southern Pashto"),
    "pst": QT_TRANSLATE_NOOP("codes/language", "Central Pashto"),
    "rkt": QT_TRANSLATE_NOOP("codes/language", "Rangpuri"),
    "syl": QT_TRANSLATE_NOOP("codes/language", "Sylheti"),
    "taq": QT_TRANSLATE_NOOP("codes/language", "Tamasheq"),
    "thv": QT_TRANSLATE_NOOP("codes/language", "Tahaggart Tamahaq"),
    "uzs": QT_TRANSLATE_NOOP("codes/language", "Southern Uzbek"),
})
"""ISO 639-3 languages of ``domain.codes.ISO_639_3_EXTRA`` that CLDR names neither directly nor
through one of its aliases (``prs`` is CLDR's ``fa_AF``, Dari): their ISO 639-3 reference
names, translated like any other string of the app."""
