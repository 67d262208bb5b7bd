"""The languages FieldCase ships, complete or draft: the one list of each.

Held here, not in the UI, because the screening instruments' translation files (data the
domain checks) and the interface's catalogues follow the same lists, and the tests of both
read them without Qt.

- A *complete* language translates every message of the interface and every question of every
  instrument: a new string or question needs its words in each (tests/ui/test_catalogues.py,
  tests/domain/test_screening_translation.py fail on one left out).
- A *draft* language is offered while partial (Amharic: the main flow first), or while no one
  can keep it up to date with every new string (Tigrinya: every message and question today).
  What it has translated is checked like a complete language's (placeholders, menu letters; a
  translation file may name nothing its instrument lacks); what it has not is shown in
  English. It becomes complete by moving to ``COMPLETE_LANGUAGES`` once nothing is left
  untranslated and its translators can keep up.

No language has been reviewed by a native speaker yet (docs/ui.md, docs/screening.md).
"""

from __future__ import annotations

from typing import Final

COMPLETE_LANGUAGES: Final[tuple[str, ...]] = ("ar", "es", "fr")
DRAFT_LANGUAGES: Final[tuple[str, ...]] = ("ti", "am")
