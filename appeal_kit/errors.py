"""One exception base for everything a user can fix, each with its own exit code.

The CLI turns any AppealKitError into `Error: <message>` on stderr and exits with its code.
Anything else that escapes is a bug in appeal-kit and is allowed to show a traceback.
"""
from __future__ import annotations

import os
import stat
from enum import IntEnum
from pathlib import Path

from appeal_kit.i18n import N_, _


class ExitCode(IntEnum):
    ok = 0
    failed = 1  # batch: some cases failed, each with its Error line; init --interactive: the answers ran out
    usage = 2  # Click's own code for bad command-line arguments
    bad_case = 3  # case.yaml missing, unparsable or incomplete
    bad_input = 4  # an evidence or notice file is missing, unreadable, encrypted or of an unknown type
    missing_dependency = 5  # LibreOffice, qpdf, tesseract or a font is not installed
    conversion_failed = 6  # an external converter ran but failed or timed out
    template_error = 7  # a letter template is broken or needs a field the case does not have
    would_overwrite = 8  # refusing to replace a user's file without --force
    output_error = 9  # the output could not be written
    interrupted = 130  # Ctrl-C (SIGINT): 128 + its number, what shells report
    terminated = 143  # SIGTERM: 128 + its number


class AppealKitError(Exception):
    """A problem the user can fix. The message says what is wrong and how to fix it."""

    exit_code: ExitCode = ExitCode.bad_input

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class CaseError(AppealKitError):
    exit_code = ExitCode.bad_case


class InputFileError(AppealKitError):
    exit_code = ExitCode.bad_input


class MissingDependencyError(AppealKitError):
    exit_code = ExitCode.missing_dependency


class ConversionError(AppealKitError):
    exit_code = ExitCode.conversion_failed


class TemplateError(AppealKitError):
    exit_code = ExitCode.template_error


class WouldOverwriteError(AppealKitError):
    exit_code = ExitCode.would_overwrite


class OutputError(AppealKitError):
    exit_code = ExitCode.output_error


def shown(path: Path | str) -> str:
    """A file name fit for an error message: control characters (a newline, an escape sequence in a name sent by
    e-mail) written as escapes, so a name cannot forge or hide lines on the user's terminal."""
    text = str(path)
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() or c == " " else repr(c)[1:-1] for c in text)


SPECIAL_FILES = ((stat.S_ISFIFO, N_("a named pipe (FIFO)")), (stat.S_ISSOCK, N_("a socket")),
                 (stat.S_ISCHR, N_("a device")), (stat.S_ISBLK, N_("a device")))


def special_file(path: Path | str) -> str | None:
    """What `path` is, in words, when it is a named pipe, a socket or a device rather than a file or a folder
    (a link is followed); None otherwise. Told from the file's status, never by opening it: opening a named pipe
    waits for a writer that may never come, and a device can be read without end."""
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return None
    return next((kind for test, kind in SPECIAL_FILES if test(mode)), None)


def refused_special(what: str, kind: str,
                    belongs: str = N_("the document itself (a PDF, a picture or a Word file)")) -> str:
    """The message for a special file (special_file) where `belongs` should be (`kind` and `belongs` as marked with
    N_, said in the person's language here)."""
    return _("{file} is {kind}, not a file. appeal-kit reads only ordinary files and does not open it; put {belongs} "
             "there.").format(file=what, kind=_(kind), belongs=_(belongs))
