"""Dates, times and counts as the interface language writes them: the one rule, in one place.

The rule (docs/ui.md, "Digits and dates"): **what the app counts or dates follows the interface
locale; what a person typed stays as typed.** Counts ("3 cases"), days ("24/11/2026") and
moments are written with ``QLocale()`` (set by ``i18n.install_language``): in Arabic as Egypt,
Sudan or the Gulf write them, with Arabic-Indic digits (``٢٤‏/١١‏/٢٠٢٦``); with ``ar_TN``,
``ar_MA`` or ``ar_DZ`` in Latin digits, as CLDR says those countries write. Plural messages use
``%Ln`` (never ``%n``, which Qt always writes in Latin digits) and ``i18n.fill`` writes an
integer argument the same way. Case numbers, phone numbers, document numbers and every other
identifier are strings and pass through untouched: a worker copies them into a phone, a form
or a search, and a passport's number is Latin whatever the interface's language.

Why not Latin digits everywhere: an Arabic reader in the Levant, Egypt or Sudan reads dates and
counts in Arabic-Indic digits, the locale data already says which countries write Latin ones,
and identifiers (what is compared against paper) are never converted either way.

What can go wrong: a date formatted by hand (``toString("yyyy-MM-dd")``) or a plural with
``%n`` brings back two digit systems on one screen; tests/ui/test_locale_digits.py looks.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt


def number_words(value: int | float) -> str:
    """A count or measure in the interface locale's digits and grouping (not an identifier)."""
    return QLocale().toString(value)


def _day(value: object) -> QDate | None:
    if isinstance(value, QDate):
        return value if value.isValid() else None
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return QDate(value.year, value.month, value.day)
    day = QDate.fromString(str(value)[:10], "yyyy-MM-dd")
    return day if day.isValid() else None


def day_words(value: object) -> str:
    """A day (a ``date``, a ``QDate``, an ISO date or the date part of an ISO date-time) in
    the interface locale's short form; "" for none, the text itself if it is not a date."""
    if value is None or value == "":
        return ""
    day = _day(value)
    return QLocale().toString(day, QLocale.FormatType.ShortFormat) if day else str(value)


def moment_words(value: datetime | QDateTime | str) -> str:
    """A moment in this laptop's time, the interface locale's short date and time; an ISO
    text that is not a moment is returned as it is."""
    if isinstance(value, datetime):
        moment = QDateTime.fromMSecsSinceEpoch(int(value.timestamp() * 1000))
    elif isinstance(value, QDateTime):
        moment = value
    else:
        moment = QDateTime.fromString(value, Qt.DateFormat.ISODateWithMs)
        if not moment.isValid():
            moment = QDateTime.fromString(value, Qt.DateFormat.ISODate)
        if not moment.isValid():
            return value
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)
