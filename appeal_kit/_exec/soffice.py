"""LibreOffice in headless mode, for DOCX/ODT/RTF/TXT -> PDF.

Each call gets its own throw-away user profile (-env:UserInstallation) so two builds running at the same
time do not fight over one profile, and a timeout because soffice can hang on a broken file.
Converting several files in one call is much cheaper than one call each (about 1.1 s cold start, then
~0.1 s a document; docs/packet-engineering.md, "LibreOffice").
"""
from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from functools import cache
from pathlib import Path

from appeal_kit import interrupts
from appeal_kit._exec import Program, ended, start, stop
from appeal_kit.errors import ConversionError
from appeal_kit.files import scratch
from appeal_kit.i18n import N_, _

SOFFICE = Program(
    names=("soffice", "libreoffice"),
    what=N_("LibreOffice (needed to turn Word and text documents into PDF)"),
    debian="libreoffice-writer-nogui",
    macos="--cask libreoffice",
)

TIMEOUT_BASE = 60.0  # seconds for start-up plus the first document
TIMEOUT_PER_FILE = 30.0
POLL_SECONDS = 0.05

# The import filter for each document type, chosen by appeal_kit.packet.convert from the file's content (it stages
# every document under the extension of its real type), so LibreOffice never guesses: a web page saved as .doc is
# refused before it gets here, and a .txt is read as text whatever it holds.
IMPORT_FILTERS = {
    ".docx": ("MS Word 2007 XML", ""),
    ".doc": ("MS Word 97", ""),
    ".odt": ("writer8", ""),
    ".rtf": ("Rich Text Format", ""),
    ".txt": ("Text (encoded)", "UTF8,LF,,,"),  # convert stages text as UTF-8
}
# Settings of every LibreOffice appeal-kit starts, written into its private profile (both ways of converting, one
# soffice run and a batch's listener, use private_profile): a document is shown as it was saved and fetches nothing.
NO_PROXY_PORT = "9"  # a closed port on this machine: anything LibreOffice would fetch over the network fails at once
PROFILE_SETTINGS = (
    # no linked picture or object is loaded from anywhere (http: and file: alike) for a document not in a trusted
    # location, and appeal-kit trusts none
    ("/org.openoffice.Office.Common/Security/Scripting", "BlockUntrustedRefererLinks", "boolean", "true"),
    ("/org.openoffice.Office.Common/Security/Scripting", "DisableMacrosExecution", "boolean", "true"),
    ("/org.openoffice.Office.Common/Security/Scripting", "MacroSecurityLevel", "int", "3"),
    ("/org.openoffice.Office.Writer/Content/Update", "Link", "int", "2"),  # never update links when loading
    ("/org.openoffice.Office.Calc/Content/Update", "Link", "int", "2"),  # (a workbook saved as .doc opens in Calc)
    # what still reaches for the network (a Word 97 file's INCLUDEPICTURE http: field does) goes to a closed port
    ("/org.openoffice.Inet/Settings", "ooInetProxyType", "int", "2"),
    ("/org.openoffice.Inet/Settings", "ooInetHTTPProxyName", "string", "127.0.0.1"),
    ("/org.openoffice.Inet/Settings", "ooInetHTTPProxyPort", "int", NO_PROXY_PORT),
    ("/org.openoffice.Inet/Settings", "ooInetHTTPSProxyName", "string", "127.0.0.1"),
    ("/org.openoffice.Inet/Settings", "ooInetHTTPSProxyPort", "int", NO_PROXY_PORT),
    ("/org.openoffice.Inet/Settings", "ooInetFTPProxyName", "string", "127.0.0.1"),
    ("/org.openoffice.Inet/Settings", "ooInetFTPProxyPort", "int", NO_PROXY_PORT),
    ("/org.openoffice.Inet/Settings", "ooInetNoProxy", "string", ""),
    # LibreOffice runs its graphics self-tests (about a hundred drawings, GraphicsRenderTests.log) when a profile was
    # last used by an older version, as a fresh one counts: about 1 s of CPU on every start, a third of what a build
    # spends in LibreOffice. A profile that says a later version used it skips them.
    ("/org.openoffice.Setup/Product", "ooSetupLastVersion", "string", "99.0"),
)


def convert_to_pdf(sources: list[Path], outdir: Path, *,
                   on_converted: Callable[[Path, Path], None] | None = None) -> dict[Path, Path]:
    """Convert each source document to PDF in `outdir` in one soffice run; return source -> pdf.

    LibreOffice converts the sources one after another in the order given; `on_converted(source, pdf)` is called
    as each PDF is finished (once the next one appears, or soffice has exited), so a caller can go on with the
    first PDFs while the rest are made. Sources must have distinct stems (soffice names its output <stem>.pdf).
    """
    if not sources:
        return {}
    stems = [s.stem for s in sources]
    if len(set(stems)) != len(stems):
        raise ValueError("convert_to_pdf needs distinct file stems")
    outdir.mkdir(parents=True, exist_ok=True)
    # One --infilter holds for every file of a run. When every document is of one type (most builds: Word documents
    # only) it is forced; a run of mixed types is not split (each start costs a second): each file is then read by
    # the filter LibreOffice takes for its extension, which appeal_kit.packet.convert set from the file's checked
    # content. The profile's settings block what a filter could fetch either way.
    filters = {import_filter(src) for src in sources}
    infilter = ""
    if len(filters) == 1:
        name, options = filters.pop()
        infilter = f"{name}:{options}" if options else name
    with scratch("lo") as profile:
        return _convert_run(sources, outdir, Path(profile), infilter, on_converted)


def word97_to_docx(sources: list[Path], outdir: Path) -> dict[Path, Path]:
    """Each Word 97 `.doc` source saved as outdir/<stem>.docx, in one soffice run; return source -> docx for those
    LibreOffice could save (one it cannot open is left out: converting it fails, by name, as it would have). A DOCX
    keeps the document's tracked changes, where appeal_kit.packet.tracked can accept them (LibreOffice's converting
    accepts none, and prints deletions struck through)."""
    if not sources:
        return {}
    if len({s.stem for s in sources}) != len(sources):
        raise ValueError("word97_to_docx needs distinct file stems")
    outdir.mkdir(parents=True, exist_ok=True)
    with scratch("lo") as profile:
        try:
            return _convert_run(sources, outdir, Path(profile), IMPORT_FILTERS[".doc"][0], None,
                                target="docx:MS Word 2007 XML")
        except ConversionError:
            saved = {src: outdir / f"{src.stem}.docx" for src in sources}
            return {src: docx for src, docx in saved.items() if docx.is_file() and docx.stat().st_size}


def import_filter(src: Path) -> tuple[str, str]:
    """(filter name, filter options) LibreOffice must read `src` with, from its extension (see IMPORT_FILTERS)."""
    try:
        return IMPORT_FILTERS[src.suffix.lower()]
    except KeyError:
        raise ValueError(f"no import filter for {src.suffix}; appeal_kit.packet.convert stages documents by type") \
            from None


def _convert_run(sources: list[Path], outdir: Path, profile: Path, infilter: str,
                 on_converted: Callable[[Path, Path], None] | None, target: str = "pdf") -> dict[Path, Path]:
    pdfs = [outdir / f"{s.stem}.{target.split(':')[0]}" for s in sources]
    timeout = TIMEOUT_BASE + TIMEOUT_PER_FILE * len(sources)
    with tempfile.TemporaryFile() as errors:
        forced = [f"--infilter={infilter}"] if infilter else []
        args = [*private_profile(profile), "--headless", "--norestore", *forced,
                "--convert-to", target, "--outdir", str(outdir), *map(str, sources)]
        started = time.monotonic()
        proc = start(SOFFICE, args, env=private_env(Path(profile)), stderr=errors)
        ends, done = started + timeout, 0
        try:
            while True:
                exited = proc.poll() is not None
                while done < len(sources) and pdfs[done].exists() and (exited or done + 1 < len(pdfs)
                                                                       and pdfs[done + 1].exists()):
                    if on_converted is not None and pdfs[done].stat().st_size:
                        on_converted(sources[done], pdfs[done])
                    done += 1
                if exited:
                    break
                if time.monotonic() > ends:
                    raise ConversionError(_(
                        "Converting {files} to PDF: soffice did not finish within {seconds} s. The file may be "
                        "damaged; open it and save a fresh copy, or convert it to PDF yourself."
                    ).format(files=", ".join(s.name for s in sources), seconds=f"{timeout:.0f}"))
                interrupts.check()
                time.sleep(POLL_SECONDS)
        except BaseException:  # a timeout, a failing callback, Ctrl-C or SIGTERM: soffice and its helpers stop too
            stop(proc)
            remove_pipe(instance_pipe(profile))
            raise
        ended(SOFFICE, proc, started)
        errors.seek(0)
        message = errors.read().decode("utf-8", "replace").strip()[-400:]
    results = {}
    for src, pdf in zip(sources, pdfs):
        if proc.returncode != 0 or not pdf.exists() or pdf.stat().st_size == 0:
            raise not_converted(src, _("exit {code}; {detail}").format(
                code=proc.returncode, detail=message or _("no message")))
        results[src] = pdf
    return results


def private_profile(profile: Path) -> list[str]:
    """The argument that gives one soffice run its own user profile in `profile`, so runs at once do not collide,
    with PROFILE_SETTINGS written into it (before soffice first starts with it)."""
    settings = profile / "user" / "registrymodifications.xcu"
    if not settings.exists():
        settings.parent.mkdir(parents=True, exist_ok=True)
        items = "".join(f'<item oor:path="{path}"><prop oor:name="{name}" oor:op="fuse" oor:type="xs:{kind}">'
                        f"<value>{value}</value></prop></item>\n" for path, name, kind, value in PROFILE_SETTINGS)
        settings.write_text('<?xml version="1.0" encoding="UTF-8"?>\n<oor:items '
                            'xmlns:oor="http://openoffice.org/2001/registry" '
                            'xmlns:xs="http://www.w3.org/2001/XMLSchema" '
                            f'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n{items}</oor:items>\n',
                            encoding="utf-8")
        build_id = installed_build_id()
        if build_id:
            (profile / "user" / "extensions").mkdir(exist_ok=True)
            (profile / "user" / "extensions" / "buildid").write_text(build_id, encoding="utf-8")
    return [f"-env:UserInstallation={private_profile_url(profile)}"]


def private_profile_url(profile: Path) -> str:
    return profile.resolve().as_uri()


def instance_pipe(profile: Path) -> str:
    """The name of the pipe soffice opens for its profile so a second start hands its work to the first: a killed
    soffice leaves it in /tmp, one per private profile. LibreOffice names it from the MD5 of the profile's URL in
    UTF-16, each byte in hex without leading zeros (checked on LibreOffice 7.4)."""
    url = private_profile_url(profile).encode("utf-16-le")
    return "SingleOfficeIPC_" + "".join(f"{byte:x}" for byte in hashlib.md5(url, usedforsecurity=False).digest())


def remove_pipe(pipe: str) -> None:
    """A killed soffice leaves its pipes where LibreOffice puts them, whatever TMPDIR says."""
    if pipe:
        for folder in ("/tmp", "/var/tmp"):
            Path(folder, f"OSL_PIPE_{os.getuid()}_{pipe}").unlink(missing_ok=True)


INSTALL_FOLDERS = ("/usr/lib/libreoffice/program", "/opt/libreoffice/program",
                   "/Applications/LibreOffice.app/Contents/MacOS")


@cache
def installed_build_id() -> str | None:
    """The build ID of the installed LibreOffice (its versionrc, or version.ini on Windows), or None when not found.

    A profile without it counts as one from another build: soffice clears its extension cache, rebuilds it and
    starts itself again, about 0.2 s of CPU and a second of waiting on every start. Written into the profile
    beforehand, soffice starts once. A wrong or missing ID only brings the restart back. The folder of the soffice on
    PATH is looked in first, then the usual installation folders (soffice on PATH may be a wrapper script)."""
    office = next(filter(None, map(shutil.which, SOFFICE.names)), None)
    if office is None:
        return None
    folders = [Path(os.path.realpath(office)).parent, *map(Path, INSTALL_FOLDERS)]
    for candidate in (file for folder in folders for file in
                      (folder / "versionrc", folder / "version.ini", folder.parent / "Resources" / "versionrc")):
        try:
            lines = candidate.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            continue
        for line in lines:
            key, _, value = line.partition("=")
            if key.strip().lower() == "buildid" and value.strip():
                return value.strip()
    return None


def private_env(profile: Path) -> dict[str, str]:
    """soffice's environment: HOME in the private profile too (some LibreOffice builds touch ~/.config anyway), and
    TMPDIR, so the lock and temporary files soffice makes go when the profile goes, even when it is killed. Proxy
    variables point at the closed port too, for any library in soffice that reads them rather than its settings."""
    scratch = profile / "tmp"
    scratch.mkdir(exist_ok=True)
    dead = f"http://127.0.0.1:{NO_PROXY_PORT}"
    proxies = {name: dead for name in ("http_proxy", "https_proxy", "ftp_proxy", "all_proxy", "HTTP_PROXY",
                                       "HTTPS_PROXY", "FTP_PROXY", "ALL_PROXY")}
    return {**os.environ, **proxies, "no_proxy": "", "NO_PROXY": "", "HOME": str(profile), "TMPDIR": str(scratch)}


def not_converted(src: Path, detail: str) -> ConversionError:
    return ConversionError(_("{file}: LibreOffice could not convert this file to PDF ({detail}). Open it in Word or "
                             "LibreOffice and save it again, or export it to PDF yourself.").format(file=src,
                                                                                                    detail=detail))
