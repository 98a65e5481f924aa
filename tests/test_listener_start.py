"""Ctrl-C or SIGTERM while LibreOffice's listener starts or stops leaves nothing running and no traceback.

The stand-ins (a `sleep` for soffice, a shell script for the bridge's Python) start in milliseconds, so these tests
put the signal exactly where a real one could land: just after a process started, while a start runs in the
background, while a clean shutdown is awaited. The last test interrupts a real build as its LibreOffice starts.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from conftest import PDFS, ROOT, processes_mentioning, write_case

from appeal_kit._exec import listener as listener_module

pytestmark = pytest.mark.skipif(not hasattr(signal, "raise_signal") or not Path("/proc").is_dir(),
                                reason="POSIX signals and /proc")


@pytest.fixture()
def stand_ins(tmp_path, monkeypatch):
    """soffice and the driver replaced by processes that run until killed; yields the list of those started. The
    command line's Ctrl-C/SIGTERM handler is installed, as `appeal-kit` runs it."""
    from appeal_kit import interrupts

    driver = tmp_path / "python-with-uno"
    driver.write_text('#!/bin/sh\ncase "$*" in *"import uno"*) exit 0;; esac\nexec sleep 300\n')
    driver.chmod(0o755)
    monkeypatch.setenv(listener_module.UNO_PYTHON_VARIABLE, str(driver))
    listener_module.uno_python.cache_clear()
    started: list[subprocess.Popen] = []

    def fake_start(program, args, **kwargs):
        process = subprocess.Popen(["sleep", "300"], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                   start_new_session=True)
        started.append(process)
        return process

    monkeypatch.setattr(listener_module, "start", fake_start)
    previous = {s: signal.getsignal(s) for s in interrupts.SIGNALS}
    interrupts.install()
    try:
        yield started
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
        interrupts.forget()  # the next test in this process starts with no signal recorded
        listener_module.uno_python.cache_clear()
        for process in started:  # whatever a failing test left
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


def interrupt_after(call):
    """`call`, then a SIGINT, as if Ctrl-C came the moment it returned."""
    def wrapped(*args, **kwargs):
        result = call(*args, **kwargs)
        signal.raise_signal(signal.SIGINT)
        return result
    return wrapped


def all_stopped(processes: list[subprocess.Popen]) -> bool:
    time.sleep(0.2)
    return all(p.poll() is not None for p in processes)


@pytest.mark.parametrize("after", ["soffice", "driver"])
def test_interrupt_as_the_listener_starts_stops_what_started(stand_ins, monkeypatch, after):
    real_popen = subprocess.Popen
    drivers: list[subprocess.Popen] = []

    def popen(*args, **kwargs):  # the driver's start, as the listener makes it
        drivers.append(real_popen(*args, **kwargs))
        return drivers[-1]

    class Subprocess:  # the subprocess module as the listener sees it, with the driver's start watched
        def __getattr__(self, name):
            return popen if name == "Popen" else getattr(subprocess, name)

    monkeypatch.setattr(listener_module, "subprocess", Subprocess())
    if after == "soffice":
        monkeypatch.setattr(listener_module, "start", interrupt_after(listener_module.start))
    else:
        popen = interrupt_after(popen)  # noqa: F841 (read by Subprocess)
    listener = listener_module.Listener()
    with pytest.raises(KeyboardInterrupt):
        with listener:
            pytest.fail("the interrupt came while the listener started")
    assert stand_ins and all_stopped([*stand_ins, *drivers])
    assert listener._office is None and listener._driver is None and listener._profile is None


def test_interrupt_while_waiting_for_a_clean_shutdown_stops_both(stand_ins):
    listener = listener_module.Listener()
    threading.Timer(0.3, signal.raise_signal, [signal.SIGINT]).start()  # the stand-ins never shut down by themselves
    with pytest.raises(KeyboardInterrupt):
        with listener:
            pass  # close() waits up to CLOSE_SECONDS for the driver
    assert all_stopped(stand_ins) and processes_mentioning(listener._pipe or "appeal-kit-never") == []
    assert listener._office is None and listener._profile is None


def test_build_interrupted_while_it_waits_for_its_listener_to_start(stand_ins, monkeypatch):
    from appeal_kit import interrupts

    slow = listener_module.start

    def slow_start(*args, **kwargs):  # soffice starts only after the interrupt
        time.sleep(0.6)
        return slow(*args, **kwargs)

    monkeypatch.setattr(listener_module, "start", slow_start)
    converter = listener_module.BuildConverter()
    threading.Timer(0.1, signal.raise_signal, [signal.SIGINT]).start()
    with pytest.raises(KeyboardInterrupt):
        with converter:
            converter.start()
            deadline = time.monotonic() + 10
            while interrupts.received() is None and time.monotonic() < deadline:
                time.sleep(0.01)
            interrupts.check()  # the build's next safe point comes while soffice starts, and waits for the start
    assert converter._starting is not None
    converter._starting.join(10)  # what appeal-kit's exit waits for (the thread is not a daemon)
    assert stand_ins and all_stopped(stand_ins)


@pytest.mark.libreoffice
@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_build_interrupted_as_libreoffice_starts_leaves_nothing(tmp_path, signum):
    folder = write_case(tmp_path / "case")
    (folder / "clinical" / "notes.txt").write_text((PDFS / "plain-notes.txt").read_text())
    scratch = tmp_path / "tmpdir"
    scratch.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(scratch)}
    proc = subprocess.Popen([sys.executable, "-m", "appeal_kit", "build", str(folder), "--no-cache"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not list(scratch.glob("appeal-kit-lo-*")) and time.monotonic() < deadline:
        time.sleep(0.005)  # the listener's profile folder is made just before soffice starts
    proc.send_signal(signum)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 128 + signum, err  # 130 for Ctrl-C, 143 for SIGTERM
    assert "Traceback" not in err and err.strip().splitlines()[-1].startswith("Interrupted:")
    time.sleep(0.5)
    assert processes_mentioning(str(scratch)) == []  # no soffice or driver left running
    assert list(scratch.iterdir()) == []
