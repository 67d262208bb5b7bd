"""Controlled vocabularies of the case document (see docs/case-document.md).

Small vocabularies are ``StrEnum`` classes, so code can name a value (``Stage.TRANSIT``) and
the value still compares equal to its JSON string. The long lists (countries, languages) are
frozensets of codes. Adding a value here is a data-format change: update the JSON Schema in
docs/case-document.schema.json too (a test checks that the two agree).
"""

from __future__ import annotations

from enum import StrEnum


def _words(text: str) -> list[str]:
    return text.split()


def _codes(text: str) -> frozenset[str]:
    return frozenset(_words(text))


ISO_3166_ALPHA3 = _codes(
    """
    ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA
    BGD BGR BHR BHS BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN
    CIV CMR COD COG COK COL COM CPV CRI CUB CUW CXR CYM CYP CZE DEU DJI DMA DNK DOM DZA ECU
    EGY ERI ESH ESP EST ETH FIN FJI FLK FRA FRO FSM GAB GBR GEO GGY GHA GIB GIN GLP GMB GNB
    GNQ GRC GRD GRL GTM GUF GUM GUY HKG HMD HND HRV HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL
    ISR ITA JAM JEY JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO
    LTU LUX LVA MAC MAF MAR MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR
    MTQ MUS MWI MYS MYT NAM NCL NER NFK NGA NIC NIU NLD NOR NPL NRU NZL OMN PAK PAN PCN PER
    PHL PLW PNG POL PRI PRK PRT PRY PSE PYF QAT REU ROU RUS RWA SAU SDN SEN SGP SGS SHN SJM
    SLB SLE SLV SMR SOM SPM SRB SSD STP SUR SVK SVN SWE SWZ SXM SYC SYR TCA TCD TGO THA TJK
    TKL TKM TLS TON TTO TUN TUR TUV TWN TZA UGA UKR UMI URY USA UZB VAT VCT VEN VGB VIR VNM
    VUT WLF WSM YEM ZAF ZMB ZWE
    """
)
"""ISO 3166-1 alpha-3, all 249 officially assigned codes."""

ICAO_SPECIAL_NATIONALITIES = frozenset({"XXA", "XXB", "XXX"})
"""ICAO Doc 9303 codes: XXA stateless person, XXB refugee, XXX unspecified nationality."""

NATIONALITY_CODES = ISO_3166_ALPHA3 | ICAO_SPECIAL_NATIONALITIES
"""What ``person.nationality`` accepts."""

COUNTRY_CODES = ISO_3166_ALPHA3 | frozenset({"XXX"})
"""What a place or an issuing country accepts: a real country, or XXX when unknown."""

ISO_639_1 = _codes(
    """
    aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv
    cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho
    hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku
    kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn
    no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg sh si sk sl
    sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve
    vi vo wa wo xh yi yo za zh zu
    """
)
"""ISO 639-1 two-letter language codes, the full set (184)."""

ISO_639_3_EXTRA = _codes(
    """
    prs haz pbu pbt pst rhg tig aii ckb kmr sdh hac lrc bal glk syr tru bej ssy byn sid wal
    gaz hae gax aeb arq ary ayl apd acm ajp apc arz ars afb acw ayp shu kab tzm rif shi zgh
    taq thv ttq fuc fuf fuv dyu mos snk mnk kri tem men din nus luo teo swc swh lua kng ctg
    syl rkt kjp ksw shn kac ctd cnh cfm hmn quc mam kek cak fil ceb ilo npi uzs
    """
)
"""ISO 639-3 codes with no two-letter equivalent, spoken along the routes FieldCase serves.

Dari, Hazaragi and the Pashto varieties; Rohingya; Tigre, Saho, Bilin, Beja and the Oromo
varieties of the Horn; Kurdish, Neo-Aramaic and Arabic varieties of the Middle East and
North Africa; Amazigh and Tuareg languages; West African languages (Fula varieties, Dyula,
Mossi, Soninke, Mandinka, Krio...); South Sudanese and Great Lakes languages; Chittagonian,
Sylheti and Rangpuri; Karen, Shan, Kachin and Chin languages of Myanmar; Mayan languages of
Guatemala; Filipino, Cebuano and Ilocano; Nepali; Southern Uzbek.
"""

LANGUAGE_CODES = ISO_639_1 | ISO_639_3_EXTRA
"""What ``person.languages`` accepts."""

_TWO_LETTER_EQUIVALENTS = {
    three: two
    for three, _, two in (
        pair.partition(":")
        for pair in _words("""
    aar:aa abk:ab afr:af aka:ak alb:sq amh:am ara:ar arg:an arm:hy asm:as ava:av ave:ae
    aym:ay aze:az bak:ba bam:bm baq:eu bel:be ben:bn bih:bh bis:bi bod:bo bos:bs bre:br
    bul:bg bur:my cat:ca ces:cs cha:ch che:ce chi:zh chu:cu chv:cv cor:kw cos:co cre:cr
    cym:cy cze:cs dan:da deu:de div:dv dut:nl dzo:dz ell:el eng:en epo:eo est:et eus:eu
    ewe:ee fao:fo fas:fa fij:fj fin:fi fra:fr fre:fr fry:fy ful:ff geo:ka ger:de gla:gd
    gle:ga glg:gl glv:gv gre:el grn:gn guj:gu hat:ht hau:ha hbs:sh heb:he her:hz hin:hi
    hmo:ho hrv:hr hun:hu hye:hy ibo:ig ice:is ido:io iii:ii iku:iu ile:ie ina:ia ind:id
    ipk:ik isl:is ita:it jav:jv jpn:ja kal:kl kan:kn kas:ks kat:ka kau:kr kaz:kk khm:km
    kik:ki kin:rw kir:ky kom:kv kon:kg kor:ko kua:kj kur:ku lao:lo lat:la lav:lv lim:li
    lin:ln lit:lt ltz:lb lub:lu lug:lg mac:mk mah:mh mal:ml mao:mi mar:mr may:ms mkd:mk
    mlg:mg mlt:mt mon:mn mri:mi msa:ms mya:my nau:na nav:nv nbl:nr nde:nd ndo:ng nep:ne
    nld:nl nno:nn nob:nb nor:no nya:ny oci:oc oji:oj ori:or orm:om oss:os pan:pa per:fa
    pli:pi pol:pl por:pt pus:ps que:qu roh:rm ron:ro rum:ro run:rn rus:ru sag:sg san:sa
    sin:si slk:sk slo:sk slv:sl sme:se smo:sm sna:sn snd:sd som:so sot:st spa:es sqi:sq
    srd:sc srp:sr ssw:ss sun:su swa:sw swe:sv tah:ty tam:ta tat:tt tel:te tgk:tg tgl:tl
    tha:th tib:bo tir:ti ton:to tsn:tn tso:ts tuk:tk tur:tr twi:tw uig:ug ukr:uk urd:ur
    uzb:uz ven:ve vie:vi vol:vo wel:cy wln:wa wol:wo xho:xh yid:yi yor:yo zha:za zho:zh
    zul:zu
    """)
    )
}


def two_letter_equivalent(code: str) -> str | None:
    """The ISO 639-1 code to use instead of a three-letter code (``ara`` -> ``ar``), if any."""
    return _TWO_LETTER_EQUIVALENTS.get(code)


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"
    INTERSEX = "intersex"
    UNKNOWN = "unknown"


class Status(StrEnum):
    """Case status; changed only through :mod:`fieldcase.domain.workflow`."""

    OPEN = "open"
    ASSESSMENT = "assessment"
    CASE_PLAN = "case_plan"
    SERVICES = "services"
    CLOSURE_REQUESTED = "closure_requested"
    CLOSED = "closed"
    REOPENED = "reopened"


class Stage(StrEnum):
    """Where in the migration journey the person is (for the case) or was (for a leg)."""

    ORIGIN = "origin"
    TRANSIT = "transit"
    DESTINATION = "destination"
    RETURN = "return"


class Flag(StrEnum):
    """Case flags that drive supervisor queues and priorities."""

    UNACCOMPANIED_CHILD = "unaccompanied_child"
    SEPARATED_CHILD = "separated_child"
    PREGNANT = "pregnant"
    SERIOUS_MEDICAL = "serious_medical"
    SURVIVOR_OF_VIOLENCE = "survivor_of_violence"
    AT_RISK_OF_DETENTION = "at_risk_of_detention"
    SUPERVISOR_REVIEW = "supervisor_review"
    TRAFFICKING_INDICATORS = "trafficking_indicators"
    DISABILITY = "disability"
    OLDER_PERSON = "older_person"
    SINGLE_CAREGIVER = "single_caregiver"
    MISSING_FAMILY_MEMBER = "missing_family_member"
    STATELESS = "stateless"
    THREATENED_BY_EXPLOITERS = "threatened_by_exploiters"


class RiskLevel(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


class Means(StrEnum):
    """How a journey leg was travelled."""

    FOOT = "foot"
    BUS = "bus"
    TRUCK = "truck"
    CAR = "car"
    BOAT = "boat"
    PLANE = "plane"
    TRAIN = "train"
    OTHER = "other"


class Incident(StrEnum):
    """Harm suffered on a journey leg."""

    VIOLENCE = "violence"
    SEXUAL_VIOLENCE = "sexual_violence"
    EXTORTION = "extortion"
    DETENTION = "detention"
    DOCUMENT_CONFISCATION = "document_confiscation"
    KIDNAPPING = "kidnapping"
    FORCED_LABOUR = "forced_labour"
    ABANDONMENT = "abandonment"
    ROBBERY = "robbery"


class AssistanceType(StrEnum):
    FOOD = "food"
    WATER = "water"
    SHELTER = "shelter"
    MEDICAL = "medical"
    PSYCHOSOCIAL = "psychosocial"
    LEGAL = "legal"
    CASH = "cash"
    CLOTHING = "clothing"
    HYGIENE = "hygiene"
    TRANSPORT = "transport"
    FAMILY_TRACING = "family_tracing"
    INFORMATION = "information"
    INTERPRETATION = "interpretation"


class ReferralStatus(StrEnum):
    PROPOSED = "proposed"
    SENT = "sent"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    COMPLETED = "completed"


class ConsentPurpose(StrEnum):
    REGISTRATION = "registration"
    REFERRAL = "referral"
    STATISTICS = "statistics"
    FOLLOW_UP_CONTACT = "follow_up_contact"


class ConsentGiver(StrEnum):
    SELF = "self"
    GUARDIAN = "guardian"


class ConsentForm(StrEnum):
    VERBAL = "verbal"
    WRITTEN = "written"


class DocumentType(StrEnum):
    PASSPORT = "passport"
    NATIONAL_ID = "national_id"
    BIRTH_CERTIFICATE = "birth_certificate"
    RESIDENCE_PERMIT = "residence_permit"
    TRAVEL_DOCUMENT = "travel_document"
    OTHER = "other"


class DocumentHolder(StrEnum):
    """Who holds a person's identity document: someone else holding it is an indicator."""

    SELF = "self"
    EMPLOYER = "employer"
    RECRUITER = "recruiter"
    SMUGGLER = "smuggler"
    AUTHORITIES = "authorities"
    LOST = "lost"
    UNKNOWN = "unknown"


class WgDomain(StrEnum):
    """Washington Group Short Set on Functioning: the six domains."""

    SEEING = "seeing"
    HEARING = "hearing"
    WALKING = "walking"
    REMEMBERING = "remembering"
    SELF_CARE = "self_care"
    COMMUNICATING = "communicating"


class WgAnswer(StrEnum):
    NO_DIFFICULTY = "no_difficulty"
    SOME_DIFFICULTY = "some_difficulty"
    A_LOT_OF_DIFFICULTY = "a_lot_of_difficulty"
    CANNOT_DO_AT_ALL = "cannot_do_at_all"


class Relationship(StrEnum):
    PARENT = "parent"
    CHILD = "child"
    SIBLING = "sibling"
    SPOUSE = "spouse"
    OTHER_RELATIVE = "other_relative"
    GUARDIAN = "guardian"
    TRAVEL_COMPANION = "travel_companion"


class AttachmentKind(StrEnum):
    PHOTO = "photo"
    DOCUMENT_SCAN = "document_scan"
    CONSENT_FORM = "consent_form"
    MEDICAL = "medical"
    OTHER = "other"
