"""Make a smaller ICU data library for the desktop bundle: ICU's data for the app's languages.

    python scripts/trim_icu_data.py SOURCE_LIB OUTPUT_LIB LANG [LANG ...]

Qt 6 links ICU, and ICU's data library (``libicudata.so.73``, 31 MB) is the largest file of the
bundle: every locale's currency, zone, language, region and unit names (some 500 locales),
collation and number spelling for 170, 200 legacy character converters, Chinese and Japanese
word-break dictionaries. The app speaks a handful of languages and reads and writes UTF-8 only.
So the build takes the data package out of the library (the ``icudtNN_dat`` symbol), removes
with ICU's own ``icupkg`` what no interface language needs (:func:`removable`), and links the
rest back into a library of the same name and soname, which ICU loads as before.

Kept, whatever the languages: root (every locale falls back to it), the non-locale tables
(time zones, plurals, likely subtags, normalisation, break rules, the collation base, emoji
and layout properties), and the Thai, Lao, Khmer and Burmese break dictionaries (names in those
scripts wrap as the script wants). Removed: other locales' data, converters other than the
algorithmic Unicode ones built into ICU, transliterators (the app transliterates with
anyascii), character names, confusables, and the Chinese and Japanese word dictionary (2 MB:
root's break rules name it, so the package is written with ``--ignore-deps``; without it ICU
breaks Han text by its rules, character by character).

What can go wrong: a Qt feature that needs removed data (a legacy codec, a locale's collation)
falls back to root's behaviour rather than failing; ``icupkg`` must be installed (Debian
``icu-devtools``; an older ICU's tool reads and writes the same package format), and a C
compiler links the library (``gcc``). The bundle's smoke test runs the app on it.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

LOCALE_FILE = re.compile(r"^(?P<language>[a-z]{2,3})(?:_[A-Za-z0-9]*)*\.res$")
NOT_LOCALES = frozenset({"res_index.res", "pool.res", "root.res"})
DROPPED_FOLDERS = frozenset({"translit"})
DROPPED_FILES = frozenset({"unames.icu", "confusables.cfu", "cjdict.dict"})
LOCALE_FOLDERS = frozenset({"curr", "zone", "lang", "region", "unit", "coll", "rbnf",
                            "brkitr"})


def _tool(*command: str) -> subprocess.CompletedProcess[str]:
    """Run a build tool (readelf, icupkg, gcc: on PATH, arguments built here); its output."""
    return subprocess.run(command, capture_output=True, text=True, check=False)  # noqa: S603


def removable(item: str, languages: frozenset[str]) -> bool:
    """Whether a package item (``coll/fr.res``, ``ibm-1047_P100-1995.cnv``) can go."""
    folder, _, name = item.rpartition("/")
    if folder in DROPPED_FOLDERS or name in DROPPED_FILES or name.endswith(".cnv"):
        return True
    if folder and folder not in LOCALE_FOLDERS:
        return False
    match = LOCALE_FILE.match(name)
    if match is None or name in NOT_LOCALES:
        return False
    return match.group("language") not in languages


def data_symbol(library: Path) -> tuple[str, int, int]:
    """The data package's symbol in the library, and its file offset and size."""
    symbols = _tool("readelf", "-W", "--dyn-syms", str(library)).stdout
    found = re.search(r"\s([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\S+\s+\d+\s+"
                      r"(icudt\d+_dat)\s*$", symbols, flags=re.M)
    if found is None:
        raise SystemExit(f"{library}: no icudtNN_dat symbol (not an ICU data library)")
    address, size, name = int(found.group(1), 16), int(found.group(2), 0), found.group(3)
    sections = _tool("readelf", "-W", "-S", str(library)).stdout
    for line in sections.splitlines():
        fields = line.replace("[ ", "[").split()
        if len(fields) > 5 and fields[1] == ".rodata":
            section_address, section_offset = int(fields[3], 16), int(fields[4], 16)
            return name, address - section_address + section_offset, size
    raise SystemExit(f"{library}: no .rodata section")


def trim(source: Path, output: Path, languages: frozenset[str]) -> tuple[int, int]:
    """Write the trimmed library; returns the data package's size before and after."""
    symbol, offset, size = data_symbol(source)
    package_name = symbol.removesuffix("_dat") + "l"  # icudt73l: little-endian, as built
    with tempfile.TemporaryDirectory(prefix="icu-trim-") as folder:
        work = Path(folder)
        package = work / f"{package_name}.dat"
        package.write_bytes(source.read_bytes()[offset:offset + size])
        items = _tool("icupkg", "-l", str(package)).stdout.split()
        dropped = [item for item in items if removable(item, languages)]
        (work / "dropped.txt").write_text("\n".join(dropped) + "\n")
        trimmed = work / "trimmed" / f"{package_name}.dat"
        trimmed.parent.mkdir()
        done = _tool("icupkg", "--ignore-deps", "-r", str(work / "dropped.txt"), str(package),
                     str(trimmed))
        if done.returncode != 0:
            raise SystemExit(f"icupkg failed ({done.returncode}): {done.stdout}{done.stderr}")
        assembly = work / "icudata.S"
        assembly.write_text(
            f'.section .rodata\n.globl {symbol}\n.type {symbol}, @object\n.balign 16\n'
            f'{symbol}:\n.incbin "{trimmed}"\n.size {symbol}, .-{symbol}\n'
            '.section .note.GNU-stack,"",@progbits\n')
        linked = _tool("gcc", "-shared", "-nostdlib", "-s", f"-Wl,-soname,{source.name}",
                       "-o", str(output), str(assembly))
        if linked.returncode != 0:
            raise SystemExit(f"gcc failed ({linked.returncode}): {linked.stderr}")
        return size, trimmed.stat().st_size


def main(argv: list[str]) -> int:
    if len(argv) < 3:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    before, after = trim(Path(argv[0]), Path(argv[1]), frozenset(argv[2:]) | {"root"})
    print(f"ICU data {before / 2**20:.1f} MB -> {after / 2**20:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
