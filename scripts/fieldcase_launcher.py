"""Entry script for the PyInstaller bundle (see build.spec and docs/packaging.md).

PyInstaller needs a script, not a ``module:function`` entry point, so this file stands in for
the ``fieldcase`` console script that ``pip install`` would generate: it calls
``fieldcase.cli:entry_point`` (core dumps off, then ``main``) and turns its return value into
the process exit code. It holds no
logic of its own so the bundle behaves exactly like the installed command.
"""

from __future__ import annotations

import sys

from fieldcase.cli import entry_point

if __name__ == "__main__":
    sys.exit(entry_point())
