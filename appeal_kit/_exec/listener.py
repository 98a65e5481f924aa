"""One LibreOffice for a whole batch, fed one document at a time.

`soffice --convert-to` must be given every file when it starts, so a batch could only start it once all the letters
were drafted. A listener (`soffice --accept` on a private named pipe) takes documents as they come: a batch converts
each case's letter while the next letters are still being drafted. soffice is driven over its UNO bridge by
uno_driver.py, run by a Python that has the bridge (Debian: python3-uno, for the system python3; macOS: LibreOffice's
own Python); appeal-kit's own Python usually has not. Without one, uno_python() raises MissingDependencyError and a
batch converts in one `--convert-to` run instead (appeal_kit.cases.batch).

A document LibreOffice cannot open fails alone (ConversionError naming it). If soffice dies, the document it was on
is tried once more on a fresh soffice (it may not have been the cause); one it hangs on fails after TIMEOUT_PER_FILE
and the next document gets a fresh soffice. Timeouts, Ctrl-C and SIGTERM stop soffice and the driver with their
helpers (each runs in its own process group), and the pipe a killed soffice leaves in /tmp is removed.

Ctrl-C and SIGTERM are acted on at safe points (appeal_kit.interrupts): once a start has finished, and while the
listener waits for soffice or the driver. Both are started from a thread other than the main one, so that a start,
once begun, always finishes and records what it started, and the children start with the usual signal mask.
Stopping waits for a start under way, then stops everything it started, each step even if another failed.
"""
from __future__ import annotations

import atexit
import json
import logging
import os
import secrets
import select
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable
from functools import lru_cache, partial
from pathlib import Path

from appeal_kit import interrupts
from appeal_kit._exec import soffice, start, stop, wait
from appeal_kit._exec.soffice import (
    SOFFICE,
    TIMEOUT_BASE,
    TIMEOUT_PER_FILE,
    import_filter,
    instance_pipe,
    not_converted,
    private_env,
    private_profile,
    remove_pipe,
)
from appeal_kit.errors import ConversionError, MissingDependencyError
from appeal_kit.files import scratch
from appeal_kit.i18n import _
from appeal_kit.interrupts import POLL_SECONDS

DRIVER = Path(__file__).with_name("uno_driver.py")
UNO_PYTHON_VARIABLE = "APPEAL_KIT_UNO_PYTHON"
log = logging.getLogger(__name__)

MAX_STARTS = 3  # a fresh soffice after each one that died on a document, up to this many in a batch
CLOSE_SECONDS = 5.0  # for soffice to shut down cleanly before it is killed


# Every soffice and driver a Listener started and has not yet stopped, with its profile folder: stopped and removed
# when the process exits, whatever path lost track of them (an interrupted batch once left a soffice running).
_RUNNING: dict[int, tuple[subprocess.Popen, tempfile.TemporaryDirectory | None, str]] = {}
# Every pipe name this process gave a soffice. A finished batch's pipe was once found in /tmp after its soffice had
# been stopped and the pipe removed (1 CI run in 4; the path is not found), so the exit-time safety net removes every
# one of them again: no other process uses a name that carries this process's id and a random part, or the hash of
# a profile folder made for this process.
_PIPES: set[str] = set()


@atexit.register
def _stop_leftovers() -> None:
    for process, profile, pipe in list(_RUNNING.values()):
        every(partial(stop, process), partial(remove_pipe, pipe),
              *([partial(shutil.rmtree, profile.name, True)] if profile is not None else []))
    _RUNNING.clear()
    every(*(partial(remove_pipe, pipe) for pipe in _PIPES))


class ListenerUnavailable(ConversionError):
    """The listener could not be started or reached: convert another way; no document is at fault."""


class ListenerNotUsed(Exception):
    """BuildConverter.convert_early had no listener to convert with: convert these documents another way."""


def _has_uno(python: str) -> bool:
    """Whether `python` can import the UNO bridge. A yes is kept in the user cache folder (uno-python.json) with
    the interpreter's file stamp and where it found uno.py, and trusted while both are as they were: asking costs
    a Python start (0.03-0.16 s of wall time, at the start of every build, before soffice can start). A kept yes
    gone stale only costs what a listener that cannot be reached costs: the build converts with soffice runs."""
    kept = _kept_uno()
    stamp = _file_stamp(python)
    known = kept.get(python)
    if stamp is not None and isinstance(known, dict) and known.get("stamp") == stamp and \
            isinstance(known.get("uno"), str) and os.path.isfile(known["uno"]):
        return True
    try:
        probe = subprocess.run([python, "-I", "-c", "import uno; print(uno.__file__)"], stdin=subprocess.DEVNULL,
                               capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.SubprocessError):
        return False
    found = probe.stdout.strip().splitlines()[-1:] if probe.returncode == 0 else []
    if stamp is not None and found and os.path.isfile(found[0]):
        _keep_uno({**kept, python: {"stamp": stamp, "uno": found[0]}})
    return probe.returncode == 0


def _file_stamp(python: str) -> list[int] | None:
    """What changes when the interpreter at `python` is replaced: its real file's size, time and inode."""
    try:
        st = os.stat(shutil.which(python) or python)
    except (OSError, TypeError):
        return None
    return [st.st_size, st.st_mtime_ns, st.st_ino]


def _uno_record() -> Path | None:
    try:
        from platformdirs import user_cache_dir

        return Path(user_cache_dir("appeal-kit")) / "uno-python.json"
    except (OSError, RuntimeError):
        return None


def _kept_uno() -> dict:
    record = _uno_record()
    try:
        kept = json.loads(record.read_text(encoding="utf-8")) if record is not None else {}
    except (OSError, ValueError):
        return {}
    return kept if isinstance(kept, dict) else {}


def _keep_uno(kept: dict) -> None:
    record = _uno_record()
    if record is None:
        return
    try:
        record.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        part = record.with_name(f"{record.name}.{os.getpid()}.{threading.get_ident()}.part")
        part.write_text(json.dumps(kept), encoding="utf-8")
        os.replace(part, record)  # whole or not there: another build may be reading it
    except OSError:
        pass


@lru_cache(maxsize=1)
def uno_python() -> str:
    """A Python that can import LibreOffice's UNO bridge: $APPEAL_KIT_UNO_PYTHON when set (empty: none), else the
    system python3, python3 on PATH, or the Python inside LibreOffice."""
    chosen = os.environ.get(UNO_PYTHON_VARIABLE)
    if chosen is not None:
        candidates = [chosen] if chosen else []
    else:
        office = next(filter(None, map(shutil.which, SOFFICE.names)), "")
        program = Path(os.path.realpath(office)).parent if office else None
        candidates = ["/usr/bin/python3", shutil.which("python3") or ""]
        if program is not None:  # LibreOffice's own Python: program/python, or Contents/Resources/python on macOS
            candidates += [str(program / "python"), str(program.parent / "Resources" / "python")]
    for python in dict.fromkeys(c for c in candidates if c):
        if (os.path.isfile(python) or shutil.which(python)) and _has_uno(python):
            return python
    if chosen == "":
        raise MissingDependencyError(_("{variable} is set empty, so a batch uses no LibreOffice listener and "
                                       "converts its documents only after every letter is drafted.").format(
            variable=UNO_PYTHON_VARIABLE))
    raise MissingDependencyError(_(
        "LibreOffice's Python bridge (UNO) is not installed, so a batch converts its documents only after every "
        "letter is drafted (slower). Install it with `sudo apt-get install python3-uno` on Debian/Ubuntu, or set "
        "{variable} to a Python that can `import uno` (on macOS: "
        "/Applications/LibreOffice.app/Contents/Resources/python).").format(variable=UNO_PYTHON_VARIABLE))


class Listener:
    """A soffice listening on a private pipe and the driver that feeds it; convert_to_pdf() works like
    soffice.convert_to_pdf. Use it as a context manager, so soffice and the driver always stop."""

    def __init__(self):
        self.python = uno_python()
        self.starts = 0
        self._profile: tempfile.TemporaryDirectory | None = None
        self._office = self._driver = None
        self._pipe = ""
        self._buffer = b""
        self._ready = False
        self._launching: threading.Thread | None = None
        self._launch_error: BaseException | None = None
        # Why it could not be used, once a start never became ready: it is not started again, also not by a thread
        # that asked for it before that was known (a build's letter queued behind its exhibits)
        self._unusable: str | None = None
        # One document at a time through the driver's pipe: a build asks from two threads (its exhibits, then its
        # letter queued behind them)
        self._one_at_a_time = threading.Lock()

    def __enter__(self) -> Listener:
        self._start()
        return self

    def __exit__(self, exc_type, *exc) -> None:
        if exc_type is None:
            self.close()
        else:  # Ctrl-C, SIGTERM or a failure: no waiting for a clean shutdown
            self._stop()

    def _start(self) -> None:
        if self._unusable is not None:
            raise ListenerUnavailable(self._unusable)
        if self.starts >= MAX_STARTS:
            raise ListenerUnavailable(_("LibreOffice stopped {count} times in this batch").format(count=self.starts))
        self.starts += 1
        self._launch_error = None
        self._launching = threading.Thread(target=self._launch, name="appeal-kit-listener-start")
        try:
            self._launching.start()
            self._launching.join()
            if self._launch_error is not None:
                raise self._launch_error
            interrupts.check()
        except BaseException:  # the start failed, or Ctrl-C/SIGTERM came while it ran: nothing it started stays
            self._stop()
            raise
        self._launching = None

    def _launch(self) -> None:
        """Start soffice and the driver, recording each (run in a thread of its own: see the module's docstring)."""
        try:
            # Recorded from local names: what the exit-time safety net stops is what this start made.
            self._profile = folder = scratch("lo")
            profile = Path(folder.name)
            env = private_env(profile)
            self._pipe = pipe = f"appeal-kit-{os.getpid()}-{secrets.token_hex(6)}"
            # its own pipe and the one LibreOffice opens for the profile: a killed soffice leaves both
            _PIPES.update((pipe, instance_pipe(profile)))
            args = [*private_profile(profile), "--headless", "--invisible", "--norestore", "--nologo", "--nodefault",
                    f"--accept=pipe,name={pipe};urp;"]
            # its messages come back through the driver
            self._office = start(SOFFICE, args, env=env, stderr=subprocess.DEVNULL)
            _RUNNING[self._office.pid] = (self._office, folder, pipe)
            # Its own process group too, so Ctrl-C reaches appeal-kit only, which then stops both.
            self._driver = subprocess.Popen([self.python, "-I", str(DRIVER), pipe, str(TIMEOUT_BASE)],
                                            env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                            stderr=subprocess.DEVNULL, start_new_session=True)
            _RUNNING[self._driver.pid] = (self._driver, None, "")
            self._buffer, self._ready = b"", False
        except BaseException as exc:  # raised again in the thread that asked for the start
            self._launch_error = exc

    def convert_to_pdf(self, sources: list[Path], outdir: Path, *,
                       on_converted: Callable[[Path, Path], None] | None = None) -> dict[Path, Path]:
        """Each source to outdir/<stem>.pdf, one after another; `on_converted(source, pdf)` as each is done."""
        outdir.mkdir(parents=True, exist_ok=True)
        results = {}
        for src in sources:
            pdf = outdir / f"{src.stem}.pdf"
            with self._one_at_a_time:
                self._convert(src, pdf)
            if on_converted is not None:
                on_converted(src, pdf)
            results[src] = pdf
        return results

    def _convert(self, src: Path, pdf: Path) -> None:
        answer = self._request(src, pdf)
        if answer.get("stopped"):  # soffice went down: with this document, or before it; a fresh one tries again
            self._stop()
            answer = self._request(src, pdf)
            if answer.get("stopped"):
                self._stop()
        if "error" in answer:
            raise not_converted(src, answer["error"])
        if not pdf.is_file() or pdf.stat().st_size == 0:
            raise not_converted(src, _("LibreOffice wrote no PDF"))

    def _request(self, src: Path, pdf: Path) -> dict:
        """The driver's answer for one document; {"error", "stopped"} when soffice or the driver went down."""
        if self._driver is None:
            self._start()
        if not self._ready:
            answer = self._answer(TIMEOUT_BASE, office=self._office)
            if not answer or not answer.get("ready"):
                self._stop()
                detail = (answer or {}).get("error") or _("it did not start")
                self._unusable = _("LibreOffice's listener could not be used: {detail}").format(detail=detail)
                raise ListenerUnavailable(self._unusable)
            self._ready = True
        name, options = import_filter(src)
        request = json.dumps({"source": str(Path(src).resolve()), "pdf": str(Path(pdf).resolve()), "filter": name,
                              "options": options}) + "\n"
        assert self._driver is not None and self._driver.stdin is not None  # started above, with a pipe
        try:
            self._driver.stdin.write(request.encode())
            self._driver.stdin.flush()
        except OSError:
            pass  # the driver is gone: reading its answer says so
        answer = self._answer(TIMEOUT_PER_FILE)
        if answer is None:  # hung on this document: it fails, and the next one gets a fresh soffice
            self._stop()
            raise not_converted(src, _("LibreOffice did not finish it within {seconds} s").format(
                seconds=f"{TIMEOUT_PER_FILE:.0f}"))
        return answer

    def _answer(self, seconds: float, office: subprocess.Popen | None = None) -> dict | None:
        """The driver's next answer; None when it is silent for `seconds`, or when `office` (the soffice it is
        connecting to) has exited: a soffice that stopped at once never answers. Ctrl-C/SIGTERM end the wait."""
        ends = time.monotonic() + seconds
        assert self._driver is not None and self._driver.stdout is not None  # asked only once started, with a pipe
        out = self._driver.stdout.fileno()
        while b"\n" not in self._buffer:
            left = ends - time.monotonic()
            if left <= 0 or office is not None and office.poll() is not None:
                return None
            if not select.select([out], [], [], min(left, POLL_SECONDS))[0]:
                interrupts.check()
                continue
            chunk = os.read(out, 65536)
            if not chunk:
                return {"error": _("LibreOffice's UNO driver stopped"), "stopped": True}
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        return json.loads(line)

    def close(self) -> None:
        """Let soffice shut down (the driver ends it when its input ends), then make sure both have stopped."""
        try:
            if self._driver is not None and self._office is not None:  # both start together
                if self._driver.stdin is not None:
                    self._driver.stdin.close()
                wait(self._driver, CLOSE_SECONDS)
                wait(self._office, CLOSE_SECONDS)
        except (OSError, subprocess.TimeoutExpired):
            pass
        finally:  # also when Ctrl-C or SIGTERM came while waiting
            self._stop()

    def _stop(self) -> None:
        if self._launching is not None:  # a start under way finishes first, so what it starts is stopped here
            self._launching.join()
            self._launching = None
        driver, office, profile, pipe = self._driver, self._office, self._profile, self._pipe
        self._driver = self._office = self._profile = None
        self._pipe = ""

        def remove_profile() -> None:  # twice if need be: a file written while it was being removed keeps the folder
            if profile is not None:
                try:
                    profile.cleanup()
                except OSError:  # "directory not empty": removed again below
                    pass
                shutil.rmtree(profile.name, ignore_errors=True)

        def forget() -> None:
            for process in (driver, office):
                if process is not None:
                    _RUNNING.pop(process.pid, None)

        steps = [partial(stop, process) for process in (driver, office) if process is not None]
        pipes = [pipe, instance_pipe(Path(profile.name))] if profile is not None else [pipe]
        every(*steps, *(partial(remove_pipe, name) for name in pipes), remove_profile, forget)


def every(*steps: Callable[[], object]) -> None:
    """Run each step even when one before it fails, then raise the first exception: clean-up that stops halfway
    leaves a LibreOffice running."""
    first: BaseException | None = None
    for step in steps:
        try:
            step()
        except BaseException as exc:
            first = first or exc
    if first is not None:
        raise first


class BuildConverter:
    """The LibreOffice of one build: a listener started in the background (start()), so soffice starts while the
    build checks the case and drafts the letter, and every pass of the letter is one more document for the same
    soffice rather than one more start. Without the bridge, or when the listener cannot be reached, each call is one
    `soffice --convert-to` run (soffice.convert_to_pdf). Both ways start soffice with private_profile, which holds
    the settings every LibreOffice appeal-kit starts must have. Use it as a context manager, so soffice stops."""

    def __init__(self):
        self._listener: Listener | None = None
        self._starting: threading.Thread | None = None
        self._stopping: threading.Thread | None = None
        self._lock = threading.Lock()
        self._cancelled = False
        self.why_not: str | None = None  # why the listener is not used, once known

    def __enter__(self) -> BuildConverter:
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def start(self) -> None:
        """Start soffice and its driver in a background thread; convert_to_pdf() waits for them."""
        if self._starting is None and self.why_not is None:
            # Not a daemon: a run that ends (or is interrupted) while it starts waits for it, and it stops what it
            # started once it sees the build has ended.
            self._starting = threading.Thread(target=self._start, name="appeal-kit-listener")
            self._starting.start()

    def _start(self) -> None:
        try:
            listener = Listener()
            if self._cancelled:
                return
            listener._start()
        except (MissingDependencyError, ListenerUnavailable, OSError) as exc:
            self.why_not = getattr(exc, "message", None) or str(exc)
            return
        except KeyboardInterrupt:  # Ctrl-C or SIGTERM came: _start stopped what it started; the build stops too
            return
        with self._lock:
            if not self._cancelled:
                self._listener = listener
                return
        listener._stop()  # the build ended, or was interrupted, while soffice started

    def _ready_listener(self) -> Listener | None:
        self.start()
        if self._starting is not None:
            self._starting.join()
        return self._listener

    def listening(self) -> bool:
        """Whether conversions go through the listener (started if need be, and waited for)."""
        return self._ready_listener() is not None

    def convert_to_pdf(self, sources: list[Path], outdir: Path, *,
                       on_converted: Callable[[Path, Path], None] | None = None) -> dict[Path, Path]:
        """Like soffice.convert_to_pdf: through the listener when it can be used, else in one soffice run."""
        if not sources:
            return {}
        done: dict[Path, Path] = {}
        if self._through_listener(sources, outdir, done, on_converted):
            return done
        if self.why_not:
            log.info("no LibreOffice listener: %s", self.why_not)
        rest = [src for src in sources if src not in done]
        return {**done, **soffice.convert_to_pdf(rest, outdir, on_converted=on_converted)}

    def convert_early(self, sources: list[Path], outdir: Path, *,
                      on_converted: Callable[[Path, Path], None] | None = None) -> dict[Path, Path]:
        """Like convert_to_pdf, for documents a build converts while it drafts its letter, but only through the
        listener: without one it raises ListenerNotUsed, so the caller converts them with the letter in the one
        soffice run a build without a listener makes, rather than in a run of their own."""
        done: dict[Path, Path] = {}
        if sources and not self._through_listener(sources, outdir, done, on_converted):
            raise ListenerNotUsed(self.why_not or "")
        return done

    def _through_listener(self, sources: list[Path], outdir: Path, done: dict[Path, Path],
                          on_converted: Callable[[Path, Path], None] | None) -> bool:
        """Convert `sources` through the listener, noting each in `done`; False when it cannot be used (the rest
        are left unconverted: why_not says why)."""
        listener = self._ready_listener()
        if listener is None:
            return False

        def noted(src: Path, pdf: Path) -> None:
            done[src] = pdf
            if on_converted is not None:
                on_converted(src, pdf)

        try:
            listener.convert_to_pdf(sources, outdir, on_converted=noted)
            return True
        except ListenerUnavailable as exc:  # no document's fault: the rest in one soffice run
            self.why_not = exc.message
            log.info("%s; converting with soffice --convert-to instead", exc.message)
            listener._stop()
            self._listener = None
            return False

    def stop(self) -> None:
        """Stop soffice and the driver at once: a build has nothing more to convert, and killing them is quicker than
        their clean shutdown (their profile and pipe are removed either way). A start still under way stops what it
        started itself, even if waiting for it here is interrupted. Waits for a stop_soon() under way too."""
        with self._lock:
            self._cancelled = True
            listener, self._listener = self._listener, None
        every(*([listener._stop] if listener is not None else []),
              *([self._starting.join] if self._starting is not None else []),
              *([self._stopping.join] if self._stopping is not None else []))

    def stop_soon(self) -> None:
        """Kill soffice and the driver now, and leave the waiting for their helpers to die and the removal of their
        profile (0.1-0.3 s on an idle machine, over a second on a busy one) to a thread, while the build stamps and
        writes its packet; stop() (the context's end) waits for it."""
        with self._lock:
            self._cancelled = True
            listener, self._listener = self._listener, None
        if listener is None:
            return

        def stopped() -> None:
            try:
                listener._stop()
            except Exception as exc:  # noqa: BLE001 - logged: the exit-time safety net (_stop_leftovers) remains
                log.debug("stopping LibreOffice's listener: %s", exc)

        # Not a daemon, and started before the kill it does can be interrupted: stop() joins it.
        self._stopping = threading.Thread(target=stopped, name="appeal-kit-listener-stop")
        self._stopping.start()
