"""Every finished translation keeps its source's placeholders and keyboard mnemonic.

A translation that drops ``%1`` shows a sentence with a hole in it ("Saved on ."); one that adds
``%2`` shows a literal "%2"; one that loses the ``&`` of ``&Save`` leaves a button with no
Alt+letter, and one with two ``&`` puts the mnemonic on an arbitrary letter. lrelease accepts
all of these, so this reads each ``assets/i18n/fieldcase_*.ts`` itself (no Qt needed) and names
every offending message.

- Placeholders: ``%1``..``%99``, ``%n`` and their localised forms ``%L1``, ``%Ln``. The set in the
  translation must be the set in the source (word order is free; a placeholder may be repeated).
- Mnemonics: a ``&`` not part of ``&&`` (a literal ampersand) nor of an HTML entity such as
  ``&lt;`` or ``&#160;``, and followed by a visible character. The count must be the source's.
- Plural messages: every ``<numerusform>`` is checked against the source, except that a form
  standing for exactly one number (Arabic's zero, one and two) may write the number as a word
  and leave ``%n`` out. French and Spanish "one" forms also cover 0 (fr) or are not exact, so
  they keep ``%n``.
- Unfinished, vanished and obsolete translations are not checked (``check`` and
  test_translations count what is missing); the English catalogue is checked like the others.
- Complete and draft languages (``domain/languages.py``, the one list of each): a *complete*
  language (Arabic, French, Spanish) fails on any unfinished message; a *draft* one (Tigrinya)
  may leave messages unfinished (shown in English) but must word the main flow a worker meets first
  (``MAIN_FLOW``), and what it has translated is checked like any other. Within each menu the
  menu letters of a translation stay distinct, in every language.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from fieldcase.domain.languages import COMPLETE_LANGUAGES, DRAFT_LANGUAGES
from fieldcase.ui.actions import ACTIONS, Menu
from fieldcase.ui.i18n import SOURCE_LANGUAGE

CATALOGUES = Path(__file__).resolve().parents[2] / "assets" / "i18n"

PLACEHOLDER = re.compile(r"%L?(?:[1-9][0-9]?|n)")
_LITERAL_AMPERSAND = re.compile(r"&&")
_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#[xX][0-9A-Fa-f]+);")
_MNEMONIC = re.compile(r"&(?=\S)")

# Plural forms (by index, in Qt's order) that stand for one number only, per language.
SINGLE_NUMBER_FORMS: dict[str, frozenset[int]] = {"ar": frozenset({0, 1, 2})}


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def mnemonics(text: str) -> int:
    """How many keyboard-mnemonic ``&`` the text has."""
    text = _LITERAL_AMPERSAND.sub("", text)
    text = _ENTITY.sub("", text)
    return len(_MNEMONIC.findall(text))


def _compare(source: str, translation: str, *, may_omit: frozenset[str] = frozenset()) -> list[str]:
    wanted, found = placeholders(source), placeholders(translation)
    problems = []
    if dropped := sorted(wanted - found - may_omit):
        problems.append(f"drops {', '.join(dropped)}")
    if added := sorted(found - wanted):
        problems.append(f"adds {', '.join(added)}")
    if mnemonics(source) != mnemonics(translation):
        problems.append(f"has {mnemonics(translation)} mnemonic '&' where the source has "
                        f"{mnemonics(source)}")
    return problems


def catalogue_problems(ts_file: Path) -> list[str]:
    """One line per finished translation (or plural form) that breaks a placeholder or a
    mnemonic, saying what is wrong."""
    root = ElementTree.parse(ts_file).getroot()
    language = (root.get("language") or "").split("_")[0]
    single = SINGLE_NUMBER_FORMS.get(language, frozenset())
    problems = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or translation.get("type") in {"unfinished", "vanished",
                                                                  "obsolete"}:
                continue
            if message.get("numerus") == "yes":
                forms = [(f"form {index + 1}", form.text or "",
                          frozenset({"%n", "%Ln"}) if index in single else frozenset())
                         for index, form in enumerate(translation.iter("numerusform"))]
            else:
                forms = [("", translation.text or "", frozenset())]
            for label, text, may_omit in forms:
                if not text:
                    continue
                if wrong := _compare(source, text, may_omit=may_omit):
                    where = f" {label}" if label else ""
                    problems.append(f"{ts_file.name} [{name}] {source!r}{where}: "
                                    f"{'; '.join(wrong)} in {text!r}")
    return problems


CATALOGUE_FILES = sorted(CATALOGUES.glob("fieldcase_*.ts"))


def test_there_are_catalogues_to_check() -> None:
    assert CATALOGUE_FILES


@pytest.mark.parametrize("ts_file", CATALOGUE_FILES, ids=lambda path: path.name)
def test_translations_keep_placeholders_and_mnemonics(ts_file: Path) -> None:
    problems = catalogue_problems(ts_file)
    assert not problems, f"{len(problems)} translation(s) to fix:\n" + "\n".join(problems)


SHIPPED_LANGUAGES = COMPLETE_LANGUAGES  # complete: a new string needs its translation in each


def unfinished(ts_file: Path) -> list[str]:
    """The messages of a catalogue with no translation yet, by context and source."""
    root = ElementTree.parse(ts_file).getroot()
    return [f"{context.findtext('name')}: {message.findtext('source')!r}"
            for context in root.iter("context") for message in context.iter("message")
            for translation in message.iter("translation")
            if translation.get("type") == "unfinished"]


@pytest.mark.parametrize("language", SHIPPED_LANGUAGES)
def test_every_string_is_translated_in_each_shipped_language(language: str) -> None:
    """``scripts/i18n.py update`` adds a new source string to every catalogue as unfinished
    (``check``, in test_translations, catches one not added at all); until it is translated,
    the app shows it in English to a person who may not read English."""
    missing = unfinished(CATALOGUES / f"fieldcase_{language}.ts")
    assert missing == [], f"{len(missing)} untranslated in {language}: {missing[:10]}"


def test_every_catalogue_is_of_a_complete_or_a_draft_language() -> None:
    """A catalogue nobody declared would be held to nothing; a declared language with no
    catalogue would be offered and show English."""
    found = {path.stem.removeprefix("fieldcase_") for path in CATALOGUE_FILES}
    assert found == {SOURCE_LANGUAGE, *COMPLETE_LANGUAGES, *DRAFT_LANGUAGES}
    assert not set(COMPLETE_LANGUAGES) & set(DRAFT_LANGUAGES)


# What a worker meets first, whole contexts: a draft language words all of them before more.
MAIN_FLOW = ("UnlockDialog", "ActionWords", "SearchBar", "MainWindow", "SyncStatusArea",
             "SyncWords", "LeaseWords", "FlowWords", "CaseListModel", "CaseListView",
             "CaseHeader", "CasePage", "RegisterDialog", "ConsentStep", "ConsentsSection",
             "ScreeningSection", "ScreeningWords", "Questionnaire", "AnswerRow",
             "ReferralSection", "TasksSection", "TaskWords", "PageWords", "HeaderWords",
             "codes/risk", "codes/sex", "codes/stage", "codes/status")


@pytest.mark.parametrize("language", DRAFT_LANGUAGES)
def test_a_draft_language_words_the_main_flow(language: str) -> None:
    missing = [line for line in unfinished(CATALOGUES / f"fieldcase_{language}.ts")
               if line.split(": ", 1)[0] in MAIN_FLOW]
    assert missing == [], f"{len(missing)} of the main flow untranslated in {language}: " \
                          f"{missing[:10]}"


def _finished(ts_file: Path, context: str) -> dict[str, str]:
    """Source -> translation of the finished, singular messages of one context."""
    root = ElementTree.parse(ts_file).getroot()
    return {message.findtext("source") or "": translation.text or ""
            for group in root.iter("context") if group.findtext("name") == context
            for message in group.iter("message")
            if (translation := message.find("translation")) is not None
            and translation.get("type") is None and message.get("numerus") != "yes"}


def menu_letter_clashes(ts_file: Path) -> list[str]:
    """Menus (and the menu bar) in which two translated entries take the same Alt letter."""
    words = _finished(ts_file, "ActionWords")
    entries: dict[str, list[str]] = {"menu bar": [menu.value for menu in Menu]}
    for spec in ACTIONS:
        if not spec.native:
            entries.setdefault(spec.menu.name, []).append(spec.text)
    clashes = []
    for where, sources in entries.items():
        letters: dict[str, str] = {}
        for source in sources:
            text = _ENTITY.sub("", _LITERAL_AMPERSAND.sub("", words.get(source, source)))
            if (found := _MNEMONIC.search(text)) is None:
                continue
            letter = text[found.end()].casefold()
            if letter in letters:
                clashes.append(f"{where}: {letters[letter]!r} and {source!r} both take {letter!r}")
            letters[letter] = source
    return clashes


@pytest.mark.parametrize("language", [SOURCE_LANGUAGE, *COMPLETE_LANGUAGES, *DRAFT_LANGUAGES])
def test_each_menu_keeps_its_letters_distinct(language: str) -> None:
    clashes = menu_letter_clashes(CATALOGUES / f"fieldcase_{language}.ts")
    assert clashes == [], clashes


def test_an_unfinished_message_is_named(tmp_path: Path) -> None:
    path = _one_message(tmp_path, "Saved on %1.", "", unfinished=True)
    assert unfinished(path) == ["Ctx: 'Saved on %1.'"]
    assert unfinished(_one_message(tmp_path, "Saved on %1.", "Enregistré le %1.")) == []


def _one_message(tmp_path: Path, source: str, translation: str, *, language: str = "fr",
                 numerus: bool = False, unfinished: bool = False) -> Path:
    """A catalogue of one message; texts are given as they read (escaped here)."""
    def escape(text: str) -> str:
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    kind = ' type="unfinished"' if unfinished else ""
    plural = ' numerus="yes"' if numerus else ""
    if numerus:
        body = "".join(f"<numerusform>{escape(form)}</numerusform>"
                       for form in translation.split("|"))
    else:
        body = escape(translation)
    path = tmp_path / f"fieldcase_{language}.ts"
    path.write_text(
        f'<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="{language}">'
        f"<context><name>Ctx</name><message{plural}>"
        f"<source>{escape(source)}</source><translation{kind}>{body}</translation>"
        f"</message></context></TS>", encoding="utf-8")
    return path


@pytest.mark.parametrize(("source", "translation"), [
    ("Saved on %1.", "Enregistré."),                      # drops %1
    ("Saved.", "Enregistré le %1."),                      # adds %1
    ("%1 of %2", "%1 sur %3"),                            # %2 became %3
    ("%Ln found", "%n trouvés"),                          # localised form lost
    ("&Save", "Enregistrer"),                             # mnemonic lost
    ("&Save", "&Enre&gistrer"),                           # two mnemonics
    ("Save", "&Enregistrer"),                             # mnemonic added
    ("&lt;b&gt;Bold&lt;/b&gt; &Save", "&lt;b&gt;Gras&lt;/b&gt; Enregistrer"),
])
def test_a_broken_translation_is_named(tmp_path: Path, source: str, translation: str) -> None:
    problems = catalogue_problems(_one_message(tmp_path, source, translation))
    assert len(problems) == 1, problems
    assert repr(source) in problems[0]


@pytest.mark.parametrize(("source", "translation"), [
    ("%1 of %2", "%2 : %1"),                              # order is free
    ("&Save", "En&registrer"),
    ("Terms && conditions", "Conditions && modalités"),   # && is a literal ampersand
    ("Q && A &File", "Q && R &Fichier"),
    ("&lt;b&gt;%1&lt;/b&gt;", "&lt;b&gt;%1&lt;/b&gt;"),   # entities are not mnemonics
    ("Rock & roll", "Rock & roll"),                       # a lone & before a space
    ("100% sure", "sûr à 100 %"),
])
def test_a_sound_translation_passes(tmp_path: Path, source: str, translation: str) -> None:
    assert catalogue_problems(_one_message(tmp_path, source, translation)) == []


def test_unfinished_translations_are_not_checked(tmp_path: Path) -> None:
    path = _one_message(tmp_path, "Saved on %1.", "brouillon", unfinished=True)
    assert catalogue_problems(path) == []


def test_each_plural_form_is_checked(tmp_path: Path) -> None:
    path = _one_message(tmp_path, "%n case(s) for %1", "%n cas pour %1|des cas pour %1",
                        numerus=True)
    assert [problem for problem in catalogue_problems(path) if "form 2" in problem]
    assert not [problem for problem in catalogue_problems(path) if "form 1" in problem]


def test_an_arabic_form_for_one_number_may_write_it_as_a_word(tmp_path: Path) -> None:
    forms = "لا حالات|حالة واحدة|حالتان|%n حالات|%n حالة|%n حالة"
    path = _one_message(tmp_path, "%n case(s)", forms, language="ar", numerus=True)
    assert catalogue_problems(path) == []
    dropped = "لا حالات|حالة واحدة|حالتان|حالات|%n حالة|%n حالة"
    path = _one_message(tmp_path, "%n case(s)", dropped, language="ar", numerus=True)
    assert len(catalogue_problems(path)) == 1
