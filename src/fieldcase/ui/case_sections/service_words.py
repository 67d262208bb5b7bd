"""A service of the directory in words: what it is, how to reach it, when, in which languages,
and whom it takes. Used on screen (the referral form) and in the printed letter.

Names, addresses and eligibility notes are the organisation's own words and stay as written;
everything coded (category, weekdays, languages, sexes) is said in the interface language.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from fieldcase.domain.service_directory import Eligibility, Service
from fieldcase.ui.i18n import Context, fill
from fieldcase.ui.names import code_name, language_name

FSI, LRI, PDI = "\u2068", "\u2066", "\u2069"
_ALL_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class ServiceWords(Context):
    """Translation context of this module."""


def hours_words(service: Service) -> str:
    periods = []
    for period in service.opening_hours:
        if period.opens == "00:00" and period.closes == "24:00" and \
                tuple(period.days) == _ALL_DAYS:
            periods.append(ServiceWords.tr("Open day and night, every day"))
            continue
        days = ", ".join(code_name("weekday", day) for day in period.days)
        periods.append(fill(ServiceWords.tr("%1: %2 to %3"), days, period.opens, period.closes))
    return "; ".join(periods) or ServiceWords.tr("Hours not given")


def eligibility_words(rules: Eligibility) -> str:
    parts: list[str] = []
    if rules.min_age is not None and rules.max_age is not None:
        parts.append(fill(ServiceWords.tr("Ages %1 to %2"), rules.min_age, rules.max_age))
    elif rules.min_age is not None:
        parts.append(fill(ServiceWords.tr("Aged %1 or over"), rules.min_age))
    elif rules.max_age is not None:
        parts.append(fill(ServiceWords.tr("Aged %1 or under"), rules.max_age))
    if rules.sexes is not None and set(rules.sexes) != {"female", "male", "intersex",
                                                        "unknown"}:
        parts.append(fill(ServiceWords.tr("Only: %1"),
                          ", ".join(code_name("sex", sex) for sex in rules.sexes)))
    if not parts:
        parts.append(ServiceWords.tr("Everyone"))
    if rules.notes:
        parts.append(FSI + rules.notes + PDI)
    return ". ".join(parts)


def service_rows(service: Service) -> list[tuple[str, str]]:
    """(label, value) lines describing ``service``, empty values left out."""
    contact = service.contact
    rows = [
        (ServiceWords.tr("Kind of service"), code_name("service_category", service.category)),
        (ServiceWords.tr("Phone"), LRI + contact.phone + PDI if contact.phone else ""),
        (ServiceWords.tr("E-mail"), contact.email or ""),
        (ServiceWords.tr("Address"), contact.address or ""),
        (ServiceWords.tr("Hours"), hours_words(service)),
        (ServiceWords.tr("Languages"), ", ".join(language_name(c) for c in service.languages)),
        (ServiceWords.tr("Who may come"), eligibility_words(service.eligibility)),
    ]
    # each value in its own direction: a Latin address stays whole in an Arabic window, and a
    # phone number (no letters at all) is always read left to right
    return [(label, value if value.startswith(LRI) else FSI + value + PDI)
            for label, value in rows if value]


def direction_attribute() -> str:
    """``dir='rtl'`` under a right-to-left interface: rich text takes its direction from its
    first letters (often a Latin name here), not from the window, unless told."""
    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return " dir='rtl'" if rtl else ""


def service_html(service: Service) -> str:
    """The service as a small table (the referral form's card)."""
    cells = "".join(f"<tr><td style='color:#555; padding-right:10px'>{escape(label)}</td>"
                    f"<td>{escape(value)}</td></tr>" for label, value in service_rows(service))
    return f"<div{direction_attribute()}><b>{escape(service.name)}</b><table>{cells}</table></div>"
