"""The one place external programs are started.

Each program has a small module here (soffice, qpdf, tesseract, pdftotext) that knows how to call it;
all of them go through `run()`, which turns "not installed", "timed out" and "failed" into errors that
say how to fix them, or `start()` for a program whose output is used while it still runs.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
from dataclasses import dataclass
from pathlib import Path

from appeal_kit.errors import ConversionError, MissingDependencyError


@dataclass(frozen=True)
class Program:
    names: tuple[str, ...]  # executable names to look for on PATH, in order
    what: str  # what it is, in plain words
    debian: str  # Debian/Ubuntu package
    macos: str  # Homebrew formula or cask

    def find(self) -> str:
        for name in self.names:
            path = shutil.which(name)
            if path:
                return path
        raise MissingDependencyError(
            f"{self.what} is not installed (looked for: {', '.join(self.names)}). "
            f"Install it with `sudo apt-get install {self.debian}` on Debian/Ubuntu, "
            f"`brew install {self.macos}` on macOS, or run `bash setup.sh` from the appeal-kit folder."
        )

    def available(self) -> bool:
        return any(shutil.which(n) for n in self.names)


def run(program: Program, args: list[str], *, timeout: float, cwd: Path | None = None,
        env: dict[str, str] | None = None, what_for: str = "") -> subprocess.CompletedProcess:
    """Run `program` with `args`; raise a ConversionError naming `what_for` if it fails or hangs."""
    exe = program.find()
    # Its own process group, so a timeout or Ctrl-C/SIGTERM stops the program and every helper it started
    # (soffice runs soffice.bin under a launcher) before the temporary folders they write into are removed.
    with subprocess.Popen([exe, *args], cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, env=env, start_new_session=True) as process:
        try:
            stdout, stderr = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired as exc:
            stop(process)
            raise ConversionError(
                f"{what_for or program.what}: {Path(exe).name} did not finish within {timeout:.0f} s. "
                "The file may be damaged; open it and save a fresh copy, or convert it to PDF yourself."
            ) from exc
        except BaseException:  # KeyboardInterrupt from Ctrl-C or SIGTERM (see cli.main)
            stop(process)
            raise
    return subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)


def stop(process: subprocess.Popen) -> None:
    """Kill the program and every helper in its process group, and wait for it."""
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    for pipe in (process.stdin, process.stdout, process.stderr):
        try:
            if pipe is not None:
                pipe.close()
        except OSError:  # unsent input to a program that is gone
            pass
    process.wait()


def start(program: Program, args: list[str], *, env: dict[str, str] | None = None, stderr=None) -> subprocess.Popen:
    """Start `program` without waiting for it; the caller polls it and enforces its own timeout."""
    return subprocess.Popen([program.find(), *args], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=stderr, env=env, start_new_session=True)


def stderr_tail(proc: subprocess.CompletedProcess, limit: int = 400) -> str:
    text = (proc.stderr or b"").decode("utf-8", "replace").strip()
    return text[-limit:]
