"""The one place external programs are started.

Each program has a small module here (soffice, qpdf, tesseract, pdftotext) that knows how to call it;
all of them go through `run()`, which turns "not installed", "timed out" and "failed" into errors that
say how to fix them, or `start()` for a program whose output is used while it still runs. Each start is logged at
DEBUG (`appeal-kit -v`) with its command line, and each run with its time, exit code and the program's version.
"""
from __future__ import annotations

import logging
import os
import re
import shlex
import shutil
import signal
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from appeal_kit import interrupts
from appeal_kit.errors import ConversionError, MissingDependencyError
from appeal_kit.i18n import _
from appeal_kit.interrupts import POLL_SECONDS


@dataclass(frozen=True)
class Program:
    names: tuple[str, ...]  # executable names to look for on PATH, in order
    what: str  # what it is, in plain words
    debian: str  # Debian/Ubuntu package
    macos: str  # Homebrew formula or cask
    version_args: tuple[str, ...] = ("--version",)  # what makes it print its version

    def find(self) -> str:
        for name in self.names:
            path = shutil.which(name)
            if path:
                return path
        raise MissingDependencyError(_(
            "{program} is not installed (looked for: {names}). Install it with `sudo apt-get install {debian}` on "
            "Debian/Ubuntu, `brew install {macos}` on macOS, or run `bash setup.sh` from the appeal-kit folder."
        ).format(program=_(self.what), names=", ".join(self.names), debian=self.debian, macos=self.macos))

    def available(self) -> bool:
        return any(shutil.which(n) for n in self.names)


log = logging.getLogger(__name__)


@cache
def version(program: Program) -> str | None:
    """The version the installed program reports (`7.4.7.2`), or None when it is not installed or does not say."""
    exe = next(filter(None, map(shutil.which, program.names)), None)
    if exe is None:
        return None
    try:
        said = subprocess.run([exe, *program.version_args], stdin=subprocess.DEVNULL, capture_output=True, text=True,
                              timeout=60, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    found = re.search(r"\d+(?:\.\d+)+", said.stdout or said.stderr or "")
    return found.group(0) if found else None


def versions(programs: list[Program]) -> list[tuple[Program, str | None, str | None]]:
    """(program, its path, its version) for each, asked all at once (LibreOffice takes about a second to answer)."""
    with ThreadPoolExecutor(max_workers=len(programs) or 1) as pool:
        found = list(pool.map(version, programs))
    return [(p, next(filter(None, map(shutil.which, p.names)), None), v) for p, v in zip(programs, found)]


def _log_start(exe: str, args: list[str]) -> None:
    log.debug("starting %s", shlex.join([exe, *args]))


def _log_end(program: Program, exe: str, started: float, code: int | None) -> None:
    if log.isEnabledFor(logging.DEBUG):  # the version is asked only when it will be shown
        log.debug("%s (version %s) ended with exit code %s after %.2f s", Path(exe).name,
                  version(program) or "unknown", code, time.monotonic() - started)


def run(program: Program, args: list[str], *, timeout: float, cwd: Path | None = None,
        env: dict[str, str] | None = None, what_for: str = "") -> subprocess.CompletedProcess:
    """Run `program` with `args`; raise a ConversionError naming `what_for` if it fails or hangs."""
    exe = program.find()
    _log_start(exe, args)
    started = time.monotonic()
    # Its own process group, so a timeout or Ctrl-C/SIGTERM stops the program and every helper it started
    # (soffice runs soffice.bin under a launcher) before the temporary folders they write into are removed.
    ends = started + timeout
    with subprocess.Popen([exe, *args], cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, env=env, start_new_session=True) as process:
        try:
            while True:  # a short wait at a time (none of the output is lost between them), to see Ctrl-C/SIGTERM
                try:
                    stdout, stderr = process.communicate(timeout=min(POLL_SECONDS, max(ends - time.monotonic(), 0)))
                    break
                except subprocess.TimeoutExpired as exc:
                    interrupts.check()
                    if time.monotonic() >= ends:
                        raise ConversionError(_(
                            "{work}: {program} did not finish within {seconds} s. The file may be damaged; open it "
                            "and save a fresh copy, or convert it to PDF yourself."
                        ).format(work=what_for or _(program.what), program=Path(exe).name, seconds=f"{timeout:.0f}")) \
                            from exc
        except BaseException:  # a timeout, or Ctrl-C/SIGTERM (appeal_kit.interrupts)
            stop(process)
            raise
    _log_end(program, exe, started, process.returncode)
    return subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)


GROUP_GONE_SECONDS = 5.0


def stop(process: subprocess.Popen) -> None:
    """Kill the program and every helper in its process group, and wait for them all: the helpers are not our
    children (soffice.bin runs under its launcher), so the group is watched until it is empty, or a folder removed
    right after could be written into again by a helper that had not yet died."""
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
    deadline = time.monotonic() + GROUP_GONE_SECONDS
    while time.monotonic() < deadline and _group_alive(process.pid):
        time.sleep(0.01)


def _group_alive(group: int) -> bool:
    """Whether a process of the group is still running. A killed helper whose parent died stays a zombie until
    the machine's init reaps it (over a second in some containers); a zombie writes nothing, so on Linux only
    live processes count (read from /proc), elsewhere any process of the group does."""
    try:
        os.killpg(group, 0)  # succeeds while any process of the group is left, zombies included
    except (ProcessLookupError, PermissionError):
        return False
    try:
        entries = os.scandir("/proc")
    except OSError:
        return True
    with entries:
        for entry in entries:
            if not entry.name.isdigit():
                continue
            try:
                with open(f"/proc/{entry.name}/stat", encoding="ascii", errors="replace") as stat:
                    line = stat.read()
            except OSError:  # gone since the listing
                continue
            state, _parent, pgrp = line[line.rfind(")") + 2:].split()[:3]  # the fields after the command name
            if int(pgrp) == group and state != "Z":
                return True
    return False


def wait(process: subprocess.Popen, seconds: float) -> None:
    """Wait up to `seconds` for `process` to exit (subprocess.TimeoutExpired after that), a short wait at a time, so
    a Ctrl-C or SIGTERM is acted on (interrupts.Interrupted) while it runs."""
    ends = time.monotonic() + seconds
    while True:
        try:
            process.wait(min(POLL_SECONDS, max(ends - time.monotonic(), 0)))
            return
        except subprocess.TimeoutExpired:
            interrupts.check()
            if time.monotonic() >= ends:
                raise


def start(program: Program, args: list[str], *, env: dict[str, str] | None = None, stderr=None) -> subprocess.Popen:
    """Start `program` without waiting for it; the caller polls it, enforces its own timeout and calls ended()."""
    exe = program.find()
    _log_start(exe, args)
    return subprocess.Popen([exe, *args], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=stderr, env=env, start_new_session=True)


def ended(program: Program, process: subprocess.Popen, started: float) -> None:
    """Log a program that start() started and that has now ended (its time, exit code and version)."""
    _log_end(program, str(process.args[0]) if isinstance(process.args, list) else program.names[0], started,
             process.returncode)


def stderr_tail(proc: subprocess.CompletedProcess, limit: int = 400) -> str:
    text = (proc.stderr or b"").decode("utf-8", "replace").strip()
    return text[-limit:]
