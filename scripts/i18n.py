"""The app's translation catalogues: regenerate the ``.ts`` sources, compile them to ``.qm``.

    .venv/bin/python scripts/i18n.py update [LANG ...]   # lupdate the sources into assets/i18n
    .venv/bin/python scripts/i18n.py compile [--out DIR] # lrelease every .ts into .qm
    .venv/bin/python scripts/i18n.py check               # exit 1 if a .ts misses a source string

The ``.ts`` files in ``assets/i18n/`` are the sources translators edit (Qt Linguist or any
XLIFF-like editor); the ``.qm`` files the app loads are compiled from them at install, test and
bundle time and never committed (.gitignore; pyproject's hatch ``artifacts`` keeps them in the
wheel). Every string a person sees is in ``src/fieldcase/ui`` (``tr``,
``QCoreApplication.translate``, ``QT_TRANSLATE_NOOP``): lupdate reads exactly those files.

- ``fieldcase_en.ts`` holds only the plural ("numerus") messages, whose English forms ("1 change
  to send" / "2 changes to send") are written once: the English source text of a plural message
  is its template (``%Ln change(s) to send``). ``update`` writes the forms of a new one from the
  template (``(s)`` dropped for one, ``s`` for many) and keeps what is written, so an irregular
  plural is corrected by hand once.
- ``fieldcase_<lang>.ts`` for every other language holds every message; ``update ar`` makes a
  new one for Arabic. Translations already written are kept; obsolete ones are dropped.
- ``qtbase_<lang>.ts`` holds Qt's own words (standard buttons, text boxes' context menus) for a
  language Qt ships no ``qtbase`` catalogue for (Tigrinya, Amharic): written by hand, compiled
  with the others, loaded by ``ui/i18n.py`` when Qt's translations folder lacks one.
- Locations are left out (``-locations none``) so a moved line does not rewrite the catalogue:
  a message is found by its context (the class or the ``translate`` context) and its text.

What can go wrong: a message with no translation falls back to English at run time (the app
never shows an empty label), so ``check`` and the tests are what catch a missing one.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "src" / "fieldcase" / "ui"
CATALOGUES = ROOT / "assets" / "i18n"
APP = "fieldcase"
SOURCE_LANGUAGE = "en"
_NAME = re.compile(rf"^{APP}_([a-z]{{2,3}}(?:_[A-Z]{{2}})?)\.ts$")


def _tool(name: str) -> str:
    """A Qt tool shipped with PySide6 Essentials, next to this interpreter or on PATH."""
    beside = Path(sys.executable).with_name(f"pyside6-{name}")
    found = str(beside) if beside.exists() else shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: install PySide6 Essentials")
    return found


def _run(command: list[str]) -> None:
    """Run a Qt tool; on failure say what it said (a parse error names the line)."""
    done = subprocess.run(command, capture_output=True, text=True, check=False)  # noqa: S603
    if done.returncode != 0:
        raise SystemExit(f"{Path(command[0]).name} failed:\n{done.stdout}{done.stderr}")


def source_files() -> list[str]:
    return sorted(str(path) for path in SOURCES.rglob("*.py"))


def languages(folder: Path = CATALOGUES) -> list[str]:
    """The languages that have a catalogue, English first."""
    found = sorted(match.group(1) for path in folder.glob(f"{APP}_*.ts")
                   if (match := _NAME.match(path.name)))
    return sorted(found, key=lambda code: code != SOURCE_LANGUAGE)


def catalogue(language: str, folder: Path = CATALOGUES) -> Path:
    return folder / f"{APP}_{language}.ts"


def _lupdate(target: Path, language: str, *, plural_only: bool) -> None:
    command = [_tool("lupdate"), *source_files(), "-locations", "none", "-no-obsolete",
               "-source-language", SOURCE_LANGUAGE, "-target-language", language,
               "-ts", str(target)]
    if plural_only:
        command.insert(-2, "-pluralonly")
    _run(command)


_UNWRITTEN_PLURAL = re.compile(
    r"(<source>(?P<source>[^<]*)</source>\s*)<translation type=\"unfinished\">\s*"
    r"<numerusform></numerusform>\s*<numerusform></numerusform>\s*</translation>")


def write_english_plurals(target: Path) -> None:
    """The English forms of plural messages not written yet, from their template."""
    def forms(match: re.Match[str]) -> str:
        source = match.group("source")
        one, many = source.replace("(s)", ""), source.replace("(s)", "s")
        return (f"{match.group(1)}<translation>\n"
                f"            <numerusform>{one}</numerusform>\n"
                f"            <numerusform>{many}</numerusform>\n        </translation>")
    text = target.read_text(encoding="utf-8")
    target.write_text(_UNWRITTEN_PLURAL.sub(forms, text), encoding="utf-8")


def update(new_languages: list[str], folder: Path = CATALOGUES) -> list[Path]:
    """Bring every catalogue (and any new one asked for) up to date with the sources."""
    folder.mkdir(parents=True, exist_ok=True)
    wanted = list(dict.fromkeys([SOURCE_LANGUAGE, *languages(folder), *new_languages]))
    written = []
    for language in wanted:
        target = catalogue(language, folder)
        _lupdate(target, language, plural_only=language == SOURCE_LANGUAGE)
        if language == SOURCE_LANGUAGE:
            write_english_plurals(target)
        written.append(target)
    return written


QT_OWN = "qtbase"
"""``qtbase_<lang>.ts``: Qt's own words (standard buttons, context menus) for a language Qt ships
no catalogue for (Tigrinya, Amharic), written by hand; compiled here, never lupdated."""


def qt_own_catalogues(folder: Path = CATALOGUES) -> list[Path]:
    return sorted(folder.glob(f"{QT_OWN}_*.ts"))


def compile_catalogues(out: Path | None = None, folder: Path = CATALOGUES) -> list[Path]:
    """Compile each ``.ts`` (the app's and ``qtbase_*``) to a ``.qm`` (beside it, or into
    ``out``); skips up-to-date ones."""
    compiled = []
    sources = [catalogue(language, folder) for language in languages(folder)]
    for source in [*sources, *qt_own_catalogues(folder)]:
        target = (out or folder) / source.with_suffix(".qm").name
        if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
            target.parent.mkdir(parents=True, exist_ok=True)
            # Into a new file, then renamed: a running app (or test run) has the old .qm
            # memory-mapped, and rewriting it in place ends that process with SIGBUS.
            fresh = target.with_suffix(".qm.new")
            _run([_tool("lrelease"), "-silent", str(source), "-qm", str(fresh)])
            fresh.replace(target)
        compiled.append(target)
    return compiled


def messages(ts_file: Path) -> set[tuple[str, str]]:
    """(context, source text) of every message in a catalogue."""
    root = ElementTree.parse(ts_file).getroot()  # noqa: S314 (our own file)
    return {(context.findtext("name") or "", message.findtext("source") or "")
            for context in root.iter("context") for message in context.iter("message")}


def current_messages(*, plural_only: bool = False) -> set[tuple[str, str]]:
    """What lupdate finds in the sources now."""
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / f"{APP}_xx.ts"
        _lupdate(target, SOURCE_LANGUAGE, plural_only=plural_only)
        return messages(target)


def check(folder: Path = CATALOGUES) -> list[str]:
    """Problems: a catalogue that lacks a message the sources have, or keeps one they lost."""
    problems = []
    everything, plurals = current_messages(), current_messages(plural_only=True)
    for context, text in sorted(everything):
        if not context:  # e.g. ``tr = self.tr; tr("...")``: found, but never looked up
            problems.append(f"no context for {text!r}: call self.tr(...) or translate(...)")
    for language in languages(folder):
        expected = plurals if language == SOURCE_LANGUAGE else everything
        held = messages(catalogue(language, folder))
        for context, text in sorted(expected - held):
            problems.append(f"{catalogue(language).name}: missing {context}: {text!r}")
        for context, text in sorted(held - expected):
            problems.append(f"{catalogue(language).name}: obsolete {context}: {text!r}")
    return problems


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="scripts/i18n.py", description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("update").add_argument("languages", nargs="*")
    commands.add_parser("compile").add_argument("--out", type=Path)
    commands.add_parser("check")
    args = parser.parse_args(argv)
    if args.command == "update":
        for path in update(args.languages):
            print(path.relative_to(ROOT))
    elif args.command == "compile":
        for path in compile_catalogues(args.out):
            print(path)
    else:
        problems = check()
        for problem in problems:
            print(problem)
        if problems:
            print("run: .venv/bin/python scripts/i18n.py update", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
