"""Render every screen of the app to PNG in docs/screenshots/, in English and in Arabic.

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--language en ar]

Each renderer in ``tests/ui/render_*.py`` builds its screens over a throwaway encrypted
profile of synthetic (fictional) people and saves them with ``QWidget.grab()`` on the
offscreen platform; this script runs each one in its own process (a renderer owns its
``QApplication``) for each language, with the repository root on the path, and says which
files it wrote. A renderer that fails stops the script with its output, so a broken screen is
not silently left out. The PNGs are what the README and docs/ui.md show; look at them, and at
the Arabic ones, after changing a screen.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Renderer, and how it is told the folder and the language (two argument styles exist).
RENDERERS: tuple[tuple[str, bool], ...] = (
    ("render_screens.py", False),  # unlock, set-up, main window, dialogs, sync, drafts, refused
    ("render_register_screens.py", True),
    ("render_case_page.py", True),
    ("render_case_sections.py", False),
    ("render_supervisor_screens.py", False),
    ("render_dashboard.py", False),
    ("render_audit_screens.py", False),
    ("render_retention_screens.py", False),
    ("render_erase_screens.py", False),
    ("render_emergency_screens.py", False),  # travel mode, duress and quick wipe
    ("render_printouts.py", False),  # the case summary, its pages, the passphrase check
    ("render_service_directory.py", False),
    ("render_transfer_screens.py", False),
    ("render_language_screens.py", False),
)


def render(script: str, language_flag: bool, out: Path, language: str) -> set[Path]:
    before = {p: p.stat().st_mtime for p in out.glob("*.png")}
    started = time.time()
    args = [str(out), "--language", language] if language_flag else [str(out), language]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    done = subprocess.run([sys.executable, str(ROOT / "tests" / "ui" / script), *args],
                          cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{script} ({language}) failed:\n{done.stdout}{done.stderr}")
    return {p for p in out.glob("*.png")
            if p not in before or p.stat().st_mtime >= started}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--language", nargs="+", default=["en", "ar"])
    options = parser.parse_args()
    options.out.mkdir(parents=True, exist_ok=True)
    written: set[Path] = set()
    for script, language_flag in RENDERERS:
        for language in options.language:
            made = render(script, language_flag, options.out, language)
            print(f"{script} {language}: {len(made)} PNG", file=sys.stderr)
            written |= made
    print(f"{len(written)} screenshots in {options.out}")


if __name__ == "__main__":
    main()
