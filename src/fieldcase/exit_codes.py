"""The exit codes of the ``fieldcase`` command (DESIGN.md "Contracts"), in a module of their
own so the parser (``fieldcase.cli``) and the command path (``fieldcase.cli_run``) share them
without the one loading the other's imports."""

from typing import Final

EXIT_OK: Final = 0
EXIT_FAILED: Final = 1  # storage full, damaged store, an unexpected failure
EXIT_USAGE: Final = 2
EXIT_LOCKED: Final = 3  # locked, wrong passphrase, revoked or refused device, sign-in needed
EXIT_INVALID: Final = 4  # a validation error: the message names the field
EXIT_SYNC: Final = 5  # sync failed; nothing lost, a retry is safe
