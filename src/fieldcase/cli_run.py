"""Run one ``fieldcase`` command (not the window) and turn what it raised into an exit code
and one line on standard error (the codes: ``fieldcase.exit_codes``; the contract: the
docstring of ``fieldcase.cli``).

This is the command path's half of the entry point: it loads the services, the store and the
sync client, which the window loads later and in the background (``fieldcase.cli`` keeps them
out of the start to the unlock screen). Nothing here prints a name, a passphrase or a key:
an unexpected failure prints its type only.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from fieldcase import cli_commands
from fieldcase.domain.errors import (
    FieldCaseError,
    PermissionDenied,
    ValidationError,
    ValidationErrors,
    WorkflowError,
)
from fieldcase.exit_codes import (
    EXIT_FAILED,
    EXIT_INVALID,
    EXIT_LOCKED,
    EXIT_OK,
    EXIT_SYNC,
    EXIT_USAGE,
)
from fieldcase.services.export_seal import UnsealError
from fieldcase.services.lease import LeaseExpired, SignInRequired
from fieldcase.services.profile import ProfileLocked
from fieldcase.services.recovery import RecoveryKeyFileError
from fieldcase.services.sign_in import SignInFailed
from fieldcase.storage.errors import NotFound, StoreError
from fieldcase.sync.enrolment import EnrolmentError
from fieldcase.sync.errors import RETRY_IS_SAFE, SyncError, SyncErrorKind


def run_command(args: argparse.Namespace, profile_dir: Path, *, stdin: TextIO,
                stdout: TextIO, stderr: TextIO, options: cli_commands.Options | None = None) -> int:
    """Dispatch the parsed command on ``profile_dir`` and print its result; every failure
    becomes an exit code."""
    io = cli_commands.CommandIO(stdin, stdout, json_output=getattr(args, "json", False))
    options = options or cli_commands.Options()
    try:
        result = cli_commands.dispatch(args, profile_dir, io, options)
        io.emit(result)
        return EXIT_OK
    except SyncError as error:
        return _fail(stderr, _sync_exit_code(error), _sync_message(error))
    except EnrolmentError as error:
        code = EXIT_INVALID if error.kind in ("malformed_code", "malformed_request") \
            else EXIT_LOCKED
        return _fail(stderr, code, f"enrolment refused ({error.kind}): {error}")
    except UnsealError as error:
        code = EXIT_LOCKED if error.problem == "wrong_key" else EXIT_INVALID
        return _fail(stderr, code, f"cannot open: {error}")
    except (cli_commands.UsageProblem, RecoveryKeyFileError) as error:
        return _fail(stderr, EXIT_USAGE, f"usage: {error}")
    except (ProfileLocked, LeaseExpired, SignInFailed) as error:  # locked until a sign-in
        return _fail(stderr, EXIT_LOCKED, str(error))
    except SignInRequired as error:
        return _fail(stderr, EXIT_LOCKED, f"sign-in required: {error}. Run `fieldcase sign-in`, "
                     "then sync.")
    except ValidationErrors as error:
        return _fail(stderr, EXIT_INVALID,
                     "\n".join(f"invalid: {_one_line(str(e))}" for e in error.errors))
    except (ValidationError, NotFound, WorkflowError, PermissionDenied) as error:
        return _fail(stderr, EXIT_INVALID, f"invalid: {_one_line(str(error))}")
    except (StoreError, FieldCaseError) as error:
        return _fail(stderr, EXIT_FAILED, f"error: {error}")
    except KeyboardInterrupt:
        return _fail(stderr, EXIT_FAILED, "interrupted; nothing half-saved")
    except Exception as error:
        # Its type says enough to report the bug; its message and traceback may hold a
        # value from a case or a file, and the person in front of it can do nothing with it.
        return _fail(stderr, EXIT_FAILED, f"error: an unexpected failure "
                     f"({type(error).__name__}); every change is saved whole or not at all")


def _sync_exit_code(error: SyncError) -> int:
    """3 when the device's credentials are the problem (revoked, refused), 5 otherwise."""
    if error.error_kind in (SyncErrorKind.REVOKED, SyncErrorKind.AUTH):
        return EXIT_LOCKED
    return EXIT_SYNC


def _sync_message(error: SyncError) -> str:
    if error.erased:
        return f"sync stopped: {error.message}"
    if error.error_kind is SyncErrorKind.STORE_ROLLED_BACK:  # a retry would not help
        return f"sync stopped ({error.kind}): {error.message}."
    return f"sync failed ({error.kind}): {error.message}. {RETRY_IS_SAFE.capitalize()}."


def _one_line(text: str) -> str:
    """A problem as one printable line: a path may hold a key from the input, and a line
    break, a control or a bidirectional character in it would forge or hide lines."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in text)


def _fail(stderr: TextIO, code: int, message: str) -> int:
    print(message, file=stderr)
    return code
