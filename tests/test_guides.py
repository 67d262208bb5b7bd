"""The guides stay true to the code: commands parse, pictures exist, shortcuts are the real ones.

``docs/user-guide.md``, ``docs/user-guide.ar.md`` and ``docs/admin-guide.md`` quote command
lines, show screenshots and name keyboard shortcuts. Each of those is a promise to a person
who is not a developer, so each is checked against what the code declares:

- every ``fieldcase …`` and ``fieldcase-server …`` command line (in a code block or inline
  code) parses with the real argument parser: ``parse_args`` only, nothing runs;
- every image link names a file in the repository that git keeps (not ignored);
- the user guides' keyboard table gives each action the shortcut ``ui/actions.py`` declares,
  under the label the menu shows (the Arabic one as the Arabic catalogue says it), and every
  Ctrl/Alt/F-key the guides name is a declared shortcut or one of the few keys a widget
  handles itself.
"""

from __future__ import annotations

import argparse
import re
import shlex
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence

from fieldcase import cli
from fieldcase.server import cli as server_cli
from fieldcase.ui.actions import ACTIONS, ActionSpec

ROOT = Path(__file__).resolve().parents[1]
USER_GUIDES = {"en": ROOT / "docs" / "user-guide.md", "ar": ROOT / "docs" / "user-guide.ar.md"}
GUIDES = (*USER_GUIDES.values(), ROOT / "docs" / "admin-guide.md")

# Keys a widget handles itself (docs/ui.md, "Keyboard and screen readers"), not actions.
WIDGET_KEYS = {"Ctrl+PgDown", "Ctrl+PgUp", "Ctrl+Space", "Alt+1", "Alt+9"}

PROGRAMS = {"fieldcase": cli.build_parser, "fieldcase-server": server_cli.build_parser}
_ASSIGNMENT = re.compile(r"[A-Z_][A-Z0-9_]*=\S*")


def _fenced_blocks(text: str) -> Iterator[str]:
    yield from re.findall(r"^```[^\n]*\n(.*?)^```", text, flags=re.S | re.M)


def _joined_lines(block: str) -> Iterator[str]:
    """The block's lines, a trailing backslash joining a line to the next."""
    yield from block.replace("\\\n", " ").splitlines()


def command_lines(text: str) -> list[str]:
    """Every quoted command line of either program, as written (code blocks, inline code)."""
    found = []
    candidates = [line for block in _fenced_blocks(text) for line in _joined_lines(block)]
    without_blocks = re.sub(r"^```.*?^```", "", text, flags=re.S | re.M)
    candidates += re.findall(r"`([^`\n]+)`", without_blocks)
    for line in candidates:
        words = line.strip().split()
        while words and _ASSIGNMENT.fullmatch(words[0]):
            words.pop(0)  # VAR=value before the program
        if words and words[0] in PROGRAMS and len(words) > 1:
            found.append(" ".join(words))
    return found


def argv_of(line: str) -> tuple[str, list[str]]:
    """The program and its arguments, up to a comment, a pipe or a redirection."""
    lexer = shlex.shlex(line, posix=True, punctuation_chars="|<>;&")
    lexer.whitespace_split = True
    lexer.commenters = "#"
    words = []
    for word in lexer:
        if word and set(word) <= set("|<>;&"):
            break
        words.append(word)
    if words and words[-1].isdigit() and re.search(r"\s\d+[<>]", line):
        words.pop()  # the "2" of "2>"
    return words[0], words[1:]


def parses(program: str, argv: list[str]) -> str | None:
    """None when the real parser accepts argv, else what it said.

    A mention of a command by name only (``fieldcase-server org policy``, no option) names
    subcommands that must exist; anything with an option must parse whole.
    """
    parser = PROGRAMS[program]()
    if argv and not any(word.startswith("-") for word in argv):
        return _names_subcommands(parser, argv)
    errors: list[str] = []

    def refuse(message: str) -> None:
        errors.append(message)
        raise SystemExit(2)

    for sub in _all_parsers(parser):
        sub.error = refuse  # type: ignore[method-assign]
    try:
        parser.parse_args(argv)
    except SystemExit:
        return "; ".join(errors) or "exit"
    return None


def _names_subcommands(parser: argparse.ArgumentParser, words: list[str]) -> str | None:
    for word in words:
        choices = [action.choices for action in parser._actions
                   if isinstance(action, argparse._SubParsersAction)]
        if not choices:
            return None  # the rest are positional values (a name, a file)
        if word not in choices[0]:
            return f"no command {word!r}"
        parser = choices[0][word]
    return None


def _all_parsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                yield from _all_parsers(sub)


def test_the_guides_exist_and_the_readme_links_them() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for guide in GUIDES:
        assert guide.is_file(), guide
        assert f"docs/{guide.name}" in readme, f"README does not link {guide.name}"


@pytest.mark.parametrize("guide", GUIDES, ids=lambda p: p.name)
def test_every_quoted_command_line_parses(guide: Path) -> None:
    lines = command_lines(guide.read_text(encoding="utf-8"))
    if guide.name == "admin-guide.md":
        assert len(lines) >= 20  # the extraction finds the guide's commands
    refused = {line: parses(*argv_of(line)) for line in lines}
    assert {line: why for line, why in refused.items() if why} == {}


def test_the_check_catches_a_wrong_command_line() -> None:
    """The control: a flag that does not exist, a subcommand that does not, are refused."""
    text = ("```sh\nfieldcase-server device list   # no such command\n```\n"
            "Run `fieldcase sync --profile ./p --user amina --now` and\n"
            "```sh\nFIELDCASE_PASSPHRASE=x fieldcase-server user create --org A \\\n"
            "    --role king amina\n```\n")
    lines = command_lines(text)
    assert len(lines) == 3
    assert all(parses(*argv_of(line)) for line in lines)
    good = "fieldcase-server enroll-code --user amina 2>/dev/null | head -1"
    assert argv_of(good) == ("fieldcase-server", ["enroll-code", "--user", "amina"])
    assert parses(*argv_of(good)) is None


def _image_links(text: str) -> list[str]:
    return (re.findall(r"!\[[^\]]*\]\(([^)\s]+)\)", text)
            + re.findall(r"<img [^>]*src=\"([^\"]+)\"", text))


@pytest.mark.parametrize("guide", GUIDES, ids=lambda p: p.name)
def test_every_image_is_in_the_repository(guide: Path) -> None:
    links = _image_links(guide.read_text(encoding="utf-8"))
    if guide in USER_GUIDES.values():
        assert len(links) >= 10
    missing = [link for link in links if not (guide.parent / link).is_file()]
    assert missing == []
    git = shutil.which("git")
    if git is None or not (ROOT / ".git").exists():
        return
    ignored = subprocess.run([git, "check-ignore", *[str(guide.parent / link) for link in links]],
                             cwd=ROOT, capture_output=True, text=True, check=False).stdout
    assert ignored.split() == [], "ignored by .gitignore, so not in a fresh clone"


def test_the_arabic_guide_shows_the_arabic_screenshots() -> None:
    english = _image_links(USER_GUIDES["en"].read_text(encoding="utf-8"))
    arabic = _image_links(USER_GUIDES["ar"].read_text(encoding="utf-8"))
    assert arabic == [link.replace(".png", "-ar.png") for link in english]


def _menu_words(text: str) -> str:
    """A label as a menu shows it, without the mnemonic's & and the ellipsis."""
    return text.replace("&", "").replace("…", "").strip()


def _shortcut(spec: ActionSpec) -> str | None:
    if spec.shortcut is None:
        return None
    if isinstance(spec.shortcut, str):
        return spec.shortcut
    return QKeySequence.keyBindings(spec.shortcut)[0].toString()


def _arabic_labels() -> dict[str, str]:
    root = ET.parse(ROOT / "assets" / "i18n" / "fieldcase_ar.ts").getroot()
    for context in root.iter("context"):
        if context.findtext("name") == "ActionWords":
            return {m.findtext("source") or "": m.findtext("translation") or ""
                    for m in context.iter("message")}
    raise AssertionError("no ActionWords context in the Arabic catalogue")


def _keyboard_table(text: str) -> dict[str, str]:
    rows = re.findall(r"^\|([^|\n]+)\|([^|\n]+)\|\s*$", text, flags=re.M)
    return {_menu_words(label): keys.strip() for label, keys in rows
            if not set(keys.strip()) <= set("- ") and re.search(r"\bF\d|Ctrl|Alt", keys)}


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_keyboard_table_is_the_declared_shortcuts(qapp: object, language: str) -> None:
    text = USER_GUIDES[language].read_text(encoding="utf-8")
    labels = _arabic_labels() if language == "ar" else {}
    declared = {_menu_words(labels.get(spec.text) or spec.text): _shortcut(spec)
                for spec in ACTIONS if spec.shortcut is not None}
    assert _keyboard_table(text) == declared


@pytest.mark.parametrize("language", ["en", "ar"])
def test_every_shortcut_named_is_a_real_one(qapp: object, language: str) -> None:
    text = USER_GUIDES[language].read_text(encoding="utf-8")
    declared = {_shortcut(spec) for spec in ACTIONS} - {None}
    named = set(re.findall(r"\b(?:(?:Ctrl|Alt|Shift)\+)+(?:Pg(?:Down|Up)|F\d+|[A-Z0-9])\b|"
                           r"\bF\d{1,2}\b", text))
    assert named, "the guide names no shortcut"
    assert named - declared - WIDGET_KEYS == set()


def _arabic_catalogue_texts() -> set[str]:
    """Every Arabic translation (each plural form), without mnemonic & and ellipsis."""
    root = ET.parse(ROOT / "assets" / "i18n" / "fieldcase_ar.ts").getroot()
    texts = set()
    for translation in root.iter("translation"):
        forms = [translation.text] if (translation.text or "").strip() else \
            [form.text for form in translation.iter("numerusform")]
        texts |= {_menu_words(form) for form in forms if form}
    return texts


def _invented(terms: list[str]) -> list[str]:
    """The terms that are not the Arabic catalogue's words."""
    catalogue = _arabic_catalogue_texts()
    with_values = [re.compile(re.sub(r"%[0-9n]", ".+", re.escape(text)))
                   for text in catalogue if re.search(r"%[0-9n]", text)]
    return [term for term in terms
            if term not in catalogue and not any(term in text for text in catalogue)
            and not any(pattern.fullmatch(term) for pattern in with_values)]


def test_the_arabic_guide_names_the_interface_as_the_catalogue_does() -> None:
    """A word in «…» is the app's own: an Arabic translation (a value in place of its %1), or a
    phrase inside one."""
    quoted = [_menu_words(term) for term in
              re.findall(r"«([^»]+)»", USER_GUIDES["ar"].read_text(encoding="utf-8"))]
    assert len(quoted) >= 40
    assert _invented(quoted) == []
    # The control: a made-up button, and a real one with a real value, are told apart.
    assert _invented(["زر الحفظ الفوري", "الشخص نفسه: افتح FC-…"]) == ["زر الحفظ الفوري"]
