"""Feeds documents one at a time to a LibreOffice listener and saves each as PDF, over the UNO bridge.

Run by a Python that can `import uno` (Debian: python3-uno, for the system python3), never imported by appeal-kit
itself, whose own Python usually lacks the bridge: appeal_kit/_exec/listener.py starts it as

    python3 uno_driver.py PIPE-NAME SECONDS

and talks to it in JSON lines. It connects to the soffice listening on the named pipe (retrying for SECONDS while
soffice starts), answers {"ready": true}, then for each request {"source": ..., "pdf": ...} opens the document
hidden with the import filter named in the request ("filter", "options"), saves it as PDF, closes it and answers
{"pdf": ...} or {"error": ...}. A document LibreOffice cannot open fails alone; the listener goes on with the next.
At the end of its input it shuts soffice down and stops; when soffice dies on a document it answers
{"error": ..., "stopped": true} and stops.
"""
import contextlib
import json
import sys
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException


def _props(**values):
    out = []
    for name, value in values.items():
        prop = PropertyValue()
        prop.Name, prop.Value = name, value
        out.append(prop)
    return tuple(out)


def _desktop(pipe, seconds):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    ends = time.monotonic() + seconds
    while True:
        try:
            remote = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
            return remote.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", remote)
        except NoConnectException:
            if time.monotonic() > ends:
                raise
            # Soffice opens its pipe a while into its start, and a build's first document waits for this connection:
            # asking every 10 ms rather than 50 costs a few failed connects (a fraction of a millisecond each) and
            # leaves on average 5 ms, not 25, between soffice being ready and the first conversion.
            time.sleep(0.01)


def _convert(desktop, source, pdf, filter_name, filter_options):
    # Never run a document's macros (MacroExecutionMode 0) nor update its links (UpdateDocMode 0); read it with the
    # filter of its real type, never a guessed one (the profile's settings block linked pictures and the network).
    load = dict(Hidden=True, ReadOnly=True, MacroExecutionMode=0, UpdateDocMode=0, FilterName=filter_name)
    if filter_options:
        load["FilterOptions"] = filter_options
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), "_blank", 0, _props(**load))
    if doc is None:
        raise RuntimeError("LibreOffice could not open it")
    try:
        # every document is read by a Writer filter (never as a web page), so Writer's PDF export writes it
        doc.storeToURL(uno.systemPathToFileUrl(pdf), _props(FilterName="writer_pdf_Export"))
    finally:
        doc.close(True)


def _answer(**values):
    sys.stdout.write(json.dumps(values) + "\n")
    sys.stdout.flush()


def main():
    pipe, seconds = sys.argv[1], float(sys.argv[2])
    try:
        desktop = _desktop(pipe, seconds)
    except Exception as exc:  # noqa: BLE001 - reported to the caller, which falls back or stops
        _answer(error=f"could not connect to LibreOffice: {exc}")
        return 1
    _answer(ready=True)
    for line in sys.stdin:
        request = json.loads(line)
        try:
            _convert(desktop, request["source"], request["pdf"], request["filter"], request.get("options", ""))
        except Exception as exc:  # noqa: BLE001 - one document's failure is its own
            message = str(getattr(exc, "Message", "") or exc) or type(exc).__name__
            if not _alive(desktop):  # soffice went down with this document: the caller starts another
                _answer(error=message, stopped=True)
                return 1
            _answer(error=message)
        else:
            _answer(pdf=request["pdf"])
    with contextlib.suppress(Exception):  # soffice already gone: the caller kills what is left
        desktop.terminate()  # a clean exit, which also removes soffice's pipe
    return 0


def _alive(desktop):
    try:
        desktop.getFrames()
        return True
    except Exception:  # noqa: BLE001 - a disposed bridge raises its own types
        return False


if __name__ == "__main__":
    sys.exit(main())
