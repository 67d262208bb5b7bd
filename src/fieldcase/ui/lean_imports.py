"""What importing the app leaves in memory that nothing ever reads again (issue 9: resident
memory at 100,000 cases).

**PySide6's import hook kept the source of every module.** Once PySide6 is imported, every
later import passes through its hook (``shibokensupport.feature.feature_imported``), which asks
whether the new module mentions "PySide6" (for its ``from __feature__ import ...`` switches) by
``inspect.getsource`` - and that keeps each file's lines in ``linecache`` for good: in the app,
the source of about 560 modules, 160,000 lines, 16 MB of the Python heap. Clearing
``linecache`` afterwards gives nothing back (the lines sit in the same memory pages as the
modules' code, which live on), so the question is answered here the same way from the file's
bytes, without keeping them. ``keep_no_module_sources`` puts that answer in place of PySide6's
own (a private function of PySide6: when a release renames it, this returns False and the
test ``tests/ui/test_lean_imports.py`` fails, so the saving is not lost silently).

**httpx's command line.** ``import httpx`` tries ``httpx._main``, which brings ``click``,
``rich`` and ``pygments`` (80 modules, about 5 MB) wherever they are installed, as in a
developer's environment; httpx does without it when it is missing. The app never runs it (the
bundle leaves those packages out: ``build.spec``), so the GUI process marks it missing.

Both are applied by ``fieldcase.ui``'s ``__init__``, before any screen module is imported.
"""

from __future__ import annotations

import sys
from types import ModuleType

PYSIDE_FEATURE_MODULE = "shibokensupport.feature"
HTTPX_COMMAND_LINE = "httpx._main"


def mentions_pyside(module: ModuleType) -> bool:
    """PySide6's own test ("PySide6" in the module's source file), read from the file and
    not kept. A module with no source file (built in, an extension, a bundled archive) does
    not, as PySide6 decides too."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def keep_no_module_sources() -> bool:
    """Answer PySide6's import hook without ``linecache``; False if this PySide6 has no
    such hook to answer (nothing changed)."""
    import PySide6.QtCore  # noqa: F401  (loads the hook's module)

    feature = sys.modules.get(PYSIDE_FEATURE_MODULE)
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = mentions_pyside  # type: ignore[attr-defined]
    return True


def skip_httpx_command_line() -> None:
    """Make ``httpx._main`` missing for this process, unless httpx has loaded it already."""
    sys.modules.setdefault(HTTPX_COMMAND_LINE, None)  # type: ignore[arg-type]
