"""The PySide6 desktop interface: thin views over ``fieldcase.services``.

Entry point: ``fieldcase.ui.app.run_app``. Every service call goes through the operation
runner (``fieldcase.ui.operations``); see docs/ui.md for the screens and threading rules.

Importing the package first trims what the imports after it keep in memory
(``fieldcase.ui.lean_imports``).
"""

from fieldcase.ui.lean_imports import keep_no_module_sources, skip_httpx_command_line

keep_no_module_sources()
skip_httpx_command_line()
