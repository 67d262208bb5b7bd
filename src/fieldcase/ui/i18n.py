"""The interface language: Qt's translators, the layout direction, and the language names use.

``install_language(app, "ar")`` is called once at start, before the first window is built
(labels are translated when a widget is made). It installs, in this order:

1. ``fieldcase_en.qm``, the English plural forms ("1 change to send" / "2 changes to send"),
   always, so a language whose catalogue lacks a message still falls back to good English;
2. ``fieldcase_<lang>.qm``, the app's own catalogue (``assets/i18n``);
3. ``qtbase_<lang>.qm``, Qt's own (standard buttons, context menus of line edits...), from
   Qt's translations folder, else from ``assets/i18n`` (Tigrinya and Amharic, which Qt has no
   catalogue for: a few of its words written by hand, ``qtbase_ti.ts``).

Qt asks the translators from the last installed back to the first, so each message comes from
the most specific catalogue that has it, else the English source text. The layout direction
follows the language (``QLocale(language).textDirection()``: Arabic is right to left) even when
no catalogue could be loaded, and ``QLocale.setDefault`` makes numbers and dates follow it
(``FORMAT_LOCALES``: English and Tigrinya write short dates as International English does).

The language is ``run_app(..., language=...)``, from ``fieldcase --language CODE`` or the
``LANGUAGE`` environment variable (its first entry, as gettext reads it). A per-user setting is
for later (issue 12). What can go wrong: a language with no catalogue (or a checkout whose
``.qm`` files were never compiled: ``scripts/i18n.py compile``) shows English, laid out in the
language's direction; ``Language`` says what was loaded so the caller can log it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, Qt, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from fieldcase.resources import asset_path
from fieldcase.ui.fonts import follow_language
from fieldcase.ui.locale_words import number_words

log = logging.getLogger(__name__)

APP_CATALOGUE = "fieldcase"
SOURCE_LANGUAGE = "en"
_CODE = re.compile(r"^[A-Za-z]{2,3}(?:[_-][A-Za-z0-9]{2,8})*$")


@dataclass(frozen=True)
class Language:
    """What ``install_language`` did: the language, its direction, which catalogues loaded."""

    code: str
    direction: Qt.LayoutDirection
    app_catalogue: bool
    qt_catalogue: bool

    @property
    def right_to_left(self) -> bool:
        return self.direction is Qt.LayoutDirection.RightToLeft


# English dates and times as International English writes them (24/11/2026, not US 11/24/26:
# a two-digit year and month first misread a birth date at the desk).
ENGLISH_LOCALE = "en_001"
# Dates and numbers of a language whose CLDR data writes a short date as the US does (month
# first, a two-digit year: Tigrinya's 5/8/83) follow International English instead (08/05/1983):
# the catalogue stays the language's own. Only short formats are used (no month names).
FORMAT_LOCALES: dict[str, str] = {SOURCE_LANGUAGE: ENGLISH_LOCALE, "ti": ENGLISH_LOCALE,
                                  "ti_ER": ENGLISH_LOCALE, "ti_ET": ENGLISH_LOCALE}
_installed: list[QTranslator] = []  # kept alive: Qt does not own installed translators
_current = SOURCE_LANGUAGE


def catalogue_dir() -> Path:
    return asset_path("i18n")


def normalise(language: str | None) -> str:
    """``ar_EG.UTF-8`` -> ``ar_EG``; ``ar-EG`` -> ``ar_EG``; nothing usable -> ``en``."""
    text = (language or "").split(":")[0].split(".")[0].split("@")[0].replace("-", "_")
    if not text or text in ("C", "POSIX") or not _CODE.match(text):
        return SOURCE_LANGUAGE
    head, _, rest = text.partition("_")
    return f"{head.lower()}_{rest}" if rest else head.lower()


def language_from_environment(environ: Mapping[str, str]) -> str | None:
    """The first language of ``LANGUAGE`` (gettext's list, ``ar:fr:en``), if any."""
    first = environ.get("LANGUAGE", "").split(":")[0].strip()
    return first or None


class Context(QObject):
    """Base of the small classes that name a module's translation context.

    Outside a widget, a sentence is ``translate("Context", "text")``; a *plural* sentence is
    ``SomeContext.tr("%Ln day(s)", None, n)``, because pyside6-lupdate marks plural forms only on
    ``tr`` calls and takes their context from the name before ``.tr``. ``tr`` here is a class
    method that looks the text up under the class's own name, so lupdate and the run-time
    look-up agree. Never instantiated."""

    @classmethod
    def tr(cls, text: str, disambiguation: str | None = None,
           n: int = -1) -> str:
        return QCoreApplication.translate(cls.__name__, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for the catalogue under ``context`` and return it untranslated: for tables
    made at import, translated where they are shown (``translate(context, text)``). Qt's own
    has the same name (lupdate looks for the name) but is typed to return ``object``."""
    return text


def current_language() -> str:
    """The interface language installed last (``en`` until one is)."""
    return _current


def install_language(app: QCoreApplication, language: str | None,
                     folder: Path | None = None) -> Language:
    """Install the catalogues of ``language`` (replacing any installed before) and set the
    layout direction and default locale to match."""
    global _current
    code = normalise(language)
    folder = folder or catalogue_dir()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = QLocale(code)
    formats = QLocale(FORMAT_LOCALES.get(code, code))
    _load(app, QLocale(SOURCE_LANGUAGE), APP_CATALOGUE, folder)
    app_loaded = code == SOURCE_LANGUAGE or \
        _load(app, locale, APP_CATALOGUE, folder)
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    qt_loaded = code != SOURCE_LANGUAGE and (_load(app, locale, "qtbase", qt_folder)
                                             or _load(app, locale, "qtbase", folder))
    if not app_loaded:
        log.warning("no catalogue for the interface language %s; showing English", code)
    direction = locale.textDirection()
    QLocale.setDefault(formats)
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(direction)
    if isinstance(app, QApplication):
        follow_language(app, code)
    _current = code
    return Language(code, direction, app_loaded, qt_loaded)


def _load(app: QCoreApplication, locale: QLocale, name: str, folder: Path) -> bool:
    """Load ``<name>_<locale>.qm`` (Qt tries ``ar_EG`` then ``ar``) and install it."""
    translator = QTranslator(app)
    if not translator.load(locale, name, "_", str(folder)):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


_PLACE = re.compile(r"%(\d+)")


def fill(template: str, *arguments: object) -> str:
    """Qt's ``QString.arg`` for Python: each ``%1``, ``%2``... replaced by its argument, in one
    pass (an argument that itself holds "%1" is left alone). A translation may put the places
    in any order, which is why messages are templates and never joined fragments. An ``int``
    is a count, written in the interface locale's digits (``locale_words``); identifiers (case
    and phone numbers) are strings and stay as typed."""
    def place(match: re.Match[str]) -> str:
        number = int(match.group(1))
        if not 0 < number <= len(arguments):
            return match.group(0)
        value = arguments[number - 1]
        if isinstance(value, int) and not isinstance(value, bool):
            return number_words(value)
        return str(value)
    return _PLACE.sub(place, template)


def translate(context: str, text: str, disambiguation: str | None = None,
              count: int = -1) -> str:
    """``QCoreApplication.translate``: lupdate finds ``translate("context", "literal")`` calls
    (and ``QT_TRANSLATE_NOOP`` marks for module-level tables looked up with a variable).

    A *plural* message (``%Ln``) is written ``SomeContext.tr(text, None, n)`` instead (see
    ``Context``). ``count`` here is for a plural message looked up from a table."""
    return QCoreApplication.translate(context, text, disambiguation, count)
