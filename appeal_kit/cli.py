"""The `appeal-kit` command. Thin: parse arguments, call the library, print results.

Every user-fixable problem is an AppealKitError; `main()` prints it as `Error: ...` on stderr and exits with
its code (see errors.ExitCode and the README's exit-code table).
"""
from __future__ import annotations

import sys
from pathlib import Path

import click

from appeal_kit import __version__
from appeal_kit.errors import AppealKitError

CASE_DIR = click.Path(file_okay=False, path_type=Path)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="appeal-kit")
def cli() -> None:
    """Build a health-insurance appeal packet: denial notice in, stamped and indexed PDF out.

    \b
    Typical steps:
      appeal-kit init my-appeal     make a case folder to fill in
      appeal-kit draft my-appeal    write the appeal letter (letter.docx) to review and edit
      appeal-kit build my-appeal    assemble packet.pdf to send to the insurer
    """


def main() -> None:
    try:
        cli.main(standalone_mode=False)
    except AppealKitError as exc:
        click.echo(f"Error: {exc.message}", err=True)
        sys.exit(int(exc.exit_code))
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(1)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
