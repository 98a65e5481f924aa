"""Ctrl-C and SIGTERM: recorded when they come, acted on at safe points.

Python runs a signal handler between two bytecodes of the main thread, wherever that thread is, so an exception
raised by the handler can land anywhere: in a weakref callback or a __del__, where Python prints it as "Exception
ignored" and goes on (a build interrupted that way finished and exited 0); inside Thread.join(), which before
Python 3.13 then takes a thread that is still running for finished (a batch stopped its LibreOffice listener before
the listener had started it, and the start, going on, left soffice and its profile behind); or halfway through the
clean-up of a finally block. So the handler only records the signal, and the work stops at safe points: between the
pipeline's steps, at each loop pass of a letter's template, before an output file replaces its target, and while it
waits for an external program or a worker (those waits look every POLL_SECONDS). There check() raises Interrupted,
which unwinds through the usual clean-up like any exception. The command line exits 130 (SIGINT) or 143 (SIGTERM)
whenever a signal was recorded, whatever the command returned (appeal_kit.cli.run).

At a prompt there is nothing to unwind and nothing else would end the wait for an answer, so while one is shown
(prompting()) the handler raises at once.
"""
from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager

SIGNALS = (signal.SIGINT, signal.SIGTERM)
POLL_SECONDS = 0.05  # how often a wait looks for a recorded signal: a Ctrl-C is acted on in well under a second

_received: int | None = None
_prompting = 0


class Interrupted(KeyboardInterrupt):
    """Raised at a safe point once SIGINT or SIGTERM came. A KeyboardInterrupt, so `except Exception` (one case of
    a batch failing alone) never takes it for an error of the work."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


def record(signum: int, frame: object = None) -> None:
    """The signal handler: note the first signal (it names the exit code); raise only at a prompt."""
    global _received
    if _received is None:
        _received = signum
    if _prompting:
        raise Interrupted(signum)


def install() -> None:
    """Handle Ctrl-C and SIGTERM with record() in this process (and in the worker processes it forks)."""
    for signum in SIGNALS:
        signal.signal(signum, record)


def received() -> int | None:
    """The signal recorded, if one came."""
    return _received


def check() -> None:
    """A safe point: raise Interrupted if a signal came."""
    if _received is not None:
        raise Interrupted(_received)


def forget() -> None:
    """Forget a recorded signal (for a caller that goes on in the same process, such as a test)."""
    global _received
    _received = None


@contextmanager
def prompting() -> Iterator[None]:
    """While the user is asked something: a signal that came before, or comes now, raises Interrupted at once."""
    global _prompting
    check()
    _prompting += 1
    try:
        yield
    finally:
        _prompting -= 1
