"""Shared fixtures: real case folders built from tests/resources, and ways to read the packets back."""
from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# In-process runs (run_cli) and imports test this source tree, like `python -m appeal_kit` with PYTHONPATH=ROOT does,
# not a copy installed in the virtual environment (pytest-xdist's workers do not start with the folder on sys.path).
sys.path.insert(0, str(ROOT))
RESOURCES = Path(__file__).resolve().parent / "resources"
PDFS = RESOURCES / "pdfs"


# ---------------------------------------------------------------------------------------------- test tiers
# A test that starts LibreOffice is marked `libreoffice`, one that runs tesseract `ocr`, and one that takes more than
# about 5 s for another reason `slow` (markers registered in pyproject.toml). The fast tier a developer runs on every
# change is `pytest -m "not libreoffice and not ocr and not slow"`; plain `pytest` runs everything.
# Tests using a fixture below are marked for it automatically. For the rest, the programs themselves tell: soffice
# and tesseract are found through a logging stand-in on PATH, and in a run that leaves a marker out, a test that
# starts its program without the marker fails, saying which marker to add (or to use a fake converter:
# tests/fake_soffice.py). Plain `pytest` runs every test, marked or not.
PROGRAM_MARKERS = {"soffice": "libreoffice", "libreoffice": "libreoffice", "tesseract": "ocr"}
LIBREOFFICE_FIXTURES = {"awkward_packet", "sample_packet", "fax_case", "duplex_packet", "parts_case", "pdfa_packet",
                        "records_packet", "rendered_all", "superbill", "soffice_log"}


OCR_FIXTURES = {"sample_results", "sample_intakes"}


def pytest_collection_modifyitems(items):
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        if LIBREOFFICE_FIXTURES & fixtures:
            item.add_marker(pytest.mark.libreoffice)
        if OCR_FIXTURES & fixtures:
            item.add_marker(pytest.mark.ocr)
    if os.environ.get("PYTEST_XDIST_WORKER"):  # the order the tests are handed out in (scheduling, below)
        items.sort(key=slow_first)  # stable: in file order within each tier


# ---------------------------------------------------------------------------------------------- scheduling
# The suite runs on every core (pytest-xdist, `-n auto`). Two things keep its wall time near its CPU time shared by
# the cores:
# - a test file that defines a module- or session-scoped fixture (a built packet, notices read by OCR) is run whole
#   by one worker, so the fixture is made once in the run, not once in each worker that gets some of its tests (and
#   again each time the file comes back to that worker); every other test is handed out on its own;
# - the slow tiers are handed out first and the rest after, so the run ends on short tests that go to whichever
#   worker is free, not on a long one that started last.
SLOW_FIRST = ("slow", "libreoffice", "ocr")  # a test runs in the place of the first of these markers it has
SHARED_FIXTURE = re.compile(r"@pytest\.fixture\([^)]*scope=[\"'](?:module|session)[\"']")


def slow_first(item) -> int:
    marks = {mark.name for mark in item.iter_markers()}
    return next((n for n, name in enumerate(SLOW_FIRST) if name in marks), len(SLOW_FIRST))


def files_with_shared_fixtures(rootpath: Path) -> set[str]:
    """The test files (as their node ids begin) that define a module- or session-scoped fixture."""
    return {path.relative_to(rootpath).as_posix() for path in Path(__file__).parent.glob("test_*.py")
            if SHARED_FIXTURE.search(path.read_text(encoding="utf-8"))}


@pytest.hookimpl(optionalhook=True)  # a pytest-xdist hook: asked once, in the process that hands out the tests
def pytest_xdist_make_scheduler(config, log):
    if config.getvalue("dist") != "load":  # the default of `-n`; a --dist asked for is left as it is
        return None
    from xdist.scheduler import LoadScopeScheduling

    whole = files_with_shared_fixtures(config.rootpath)

    class SharedFixturesScheduling(LoadScopeScheduling):
        """Each test is a unit of work of its own, except the tests of a file in `whole`, which are one. The units
        go out in the order the tests were collected (slow_first), the files' first."""

        def _split_scope(self, nodeid: str) -> str:
            path = nodeid.split("::", 1)[0]
            return path if path in whole else nodeid

    return SharedFixturesScheduling(config, log)


@pytest.fixture(autouse=True, scope="session")
def program_log(tmp_path_factory) -> Path:
    """Put a stand-in for each program in PROGRAM_MARKERS first on PATH: it notes the running test, then runs the
    real program (exec: same process, so signals and timeouts reach it)."""
    shims, log = tmp_path_factory.mktemp("program-shims"), tmp_path_factory.mktemp("program-log") / "started"
    for name in PROGRAM_MARKERS:
        real = shutil.which(name)
        if real:
            (shims / name).write_text(f'#!/bin/sh\necho "{name} $PYTEST_CURRENT_TEST" >> "{log}"\nexec "{real}" "$@"\n')
            (shims / name).chmod(0o755)
    os.environ["PATH"] = f"{shims}{os.pathsep}{os.environ['PATH']}"
    return log


@pytest.fixture(autouse=True)
def programs_match_markers(request, program_log):
    """In a run that leaves a marker out (the fast tier), a test that starts its program unmarked fails."""
    yield
    left_out = request.config.getoption("markexpr") or ""
    nodeid = request.node.nodeid
    started = {line.split(" ", 1)[0] for line in (program_log.read_text().splitlines() if program_log.exists() else ())
               if line.split(" ", 1)[-1].rsplit(" (", 1)[0] == nodeid}
    missing = {PROGRAM_MARKERS[name] for name in started} - {m.name for m in request.node.iter_markers()}
    missing = {m for m in missing if m in left_out}
    if missing:
        pytest.fail(f"{nodeid} started {', '.join(sorted(started))}: mark it with "
                    + " and ".join(f"@pytest.mark.{m}" for m in sorted(missing))
                    + " (tests/conftest.py, test tiers), or use a fake converter", pytrace=False)


@pytest.fixture(autouse=True, scope="session")
def private_user_folders(tmp_path_factory):
    """Tests never see the developer's own user folders (platformdirs reads XDG_* on Linux): CLI builds keep
    converted documents in the cache folder (appeal_kit.packet.cache), and a clinic profile in the config folder
    (appeal_kit.letter.clinic) would sign and letterhead every letter a test drafts. The one thing the private cache
    folder starts with is the ICD-10-CM index (below)."""
    from appeal_kit.intake import codes

    built_by_setup = codes.icd_index_path()  # the developer's own, before the folders change
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("user-cache"))
    os.environ["XDG_CONFIG_HOME"] = str(tmp_path_factory.mktemp("user-config"))
    shared_icd_index(tmp_path_factory, built_by_setup, codes.icd_index_path())


def shared_icd_index(tmp_path_factory, built_by_setup: Path, target: Path) -> None:
    """Give this test process's cache folder the ICD-10-CM index without building it in every pytest-xdist worker
    (15-30 s each on a loaded 2-core machine): one index per test run, in the folder the workers share, under a lock
    so the first worker makes it and the others wait for it. It starts as a copy of the one setup.sh built in the
    developer's cache, and codes.icd_index checks its stamp (library version and format) and builds it again when
    that copy is missing or stale. A copy in each cache folder, so a test that damaged its own harms no other."""
    import fcntl

    from appeal_kit.intake import codes

    base = tmp_path_factory.getbasetemp()
    shared = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base  # the run's folder, above the workers'
    index = shared / "shared-icd-index" / built_by_setup.name
    index.parent.mkdir(exist_ok=True)
    with open(index.parent / "lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not index.exists() and built_by_setup.is_file():
            shutil.copyfile(built_by_setup, index)
        codes.icd_index(index)  # builds it here only when the copy is missing or stale
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(index, target)


def copy_sample(sample: Path | str, folder: Path) -> Path:
    """A copy of a bundled sample case (a name under evidence_samples/ or a path) without what a build leaves in it
    (packet.pdf, letter.docx): someone who ran the README's build before the tests gets the same results."""
    source = Path(sample) if isinstance(sample, Path) else ROOT / "evidence_samples" / sample
    shutil.copytree(source, folder, ignore=shutil.ignore_patterns("packet.pdf", "letter.docx"))
    return folder


def write_case(folder: Path, *, name: str = "Nguyễn Thị Hằng", extra: str = "") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for sub in ("denial", "clinical", "literature", "other"):
        (folder / sub).mkdir(exist_ok=True)
    (folder / "case.yaml").write_text(f"""\
# Fictional test case: no real person.
patient:
  name: {name}
  date_of_birth: April 12, 1980
  member_id: XJ 4471-002
insurer:
  name: Fictional Health Plan
  appeals_address: PO Box 1, Nowhere, ST 00000
claim:
  number: CLM-2026-0099
  notice_date: 03/03/2026
  service_dates: [February 2, 2026]
  procedure_codes: [96365]
  diagnosis_codes: [F33.2]
  denial_reason: "Not medically necessary: criteria not met"
  denial_category: medical_necessity
treatment:
  name: IV ketamine infusions
author:
  name: Test Author
  role: Patient
{extra}""", encoding="utf-8")
    return folder


# ---------------------------------------------------------------------------------------------- fake converter
class FakeOffice:
    """A build's LibreOffice (appeal_kit._exec.listener.BuildConverter) where conversion is not what a test checks:
    layout, numbering, stamps, the index, bookmarks, what is written where. Each document becomes US Letter pages of
    its text (a .docx's paragraphs, a text file's lines, 46 lines a page), so a letter keeps its words and about its
    length, in this process and in milliseconds. Used by the `fake_office` fixture through the converter seam that
    pipeline.build_packet passes to packet.convert.to_pdfs; tests of real packets keep LibreOffice."""

    fake = True
    converted: list[str] = []  # the names of the documents converted, in order (reset by the fixture)
    LINES, WIDTH = 46, 92
    one_at_a_time = threading.Lock()  # a build converts from two threads, one document at a time, as the listener

    def __enter__(self) -> FakeOffice:
        return self

    def __exit__(self, *exc) -> None:
        pass

    def start(self) -> None:
        pass

    def stop(self) -> None:
        pass

    def stop_soon(self) -> None:
        pass

    def convert_to_pdf(self, sources: list[Path], outdir: Path, *, on_converted=None) -> dict[Path, Path]:
        outdir.mkdir(parents=True, exist_ok=True)
        done = {}
        for src in sources:
            with FakeOffice.one_at_a_time:
                done[src] = pdf = self._convert(src, outdir)
            if on_converted is not None:
                on_converted(src, pdf)
        return done

    def _convert(self, src: Path, outdir: Path) -> Path:
        import textwrap

        from reportlab.lib.pagesizes import LETTER
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.pdfgen.canvas import Canvas

        if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():  # Unicode text (Nguyễn), unlike Helvetica
            pdfmetrics.registerFont(TTFont("DejaVuSans", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
        text = docx_text(src) if src.suffix.lower() == ".docx" else src.read_text("utf-8", "replace") \
            if src.suffix.lower() == ".txt" else src.name
        lines = [piece for line in text.splitlines() for piece in textwrap.wrap(line, self.WIDTH) or [""]]
        pdf = outdir / f"{src.stem}.pdf"
        canvas = Canvas(str(pdf), pagesize=LETTER, invariant=True)
        for first in range(0, max(len(lines), 1), self.LINES):
            canvas.setFont("DejaVuSans", 10)
            for n, line in enumerate(lines[first:first + self.LINES]):
                canvas.drawString(72, 720 - 14 * n, line)
            canvas.showPage()
        canvas.save()
        FakeOffice.converted.append(src.name)
        return pdf

    convert_early = convert_to_pdf  # the exhibits while the letter is drafted, as BuildConverter does with a listener


@pytest.fixture
def fake_office(monkeypatch) -> type[FakeOffice]:
    """Builds in this test convert with FakeOffice, and run_cli runs `build` in this process so they do."""
    from appeal_kit._exec import listener

    monkeypatch.setattr(listener, "BuildConverter", FakeOffice)
    monkeypatch.setattr(FakeOffice, "converted", [])
    return FakeOffice


# Commands that drive LibreOffice or start worker processes: run as their own process, as a user runs them (signals,
# process groups, the listener). The interpreter's start (about half a second) is small beside theirs. `intake` runs
# in the test's process: the programs it may start (pdftotext, tesseract) run in sessions of their own either way.
# With the fake_office fixture, `build` runs in the test's process, where the fake is.
OWN_PROCESS_COMMANDS = {"build", "batch", "superbill"}


def run_cli(*args: str, env: dict | None = None, cwd: Path | None = None,
            own_process: bool | None = None) -> subprocess.CompletedProcess:
    """Run the command line `appeal-kit ARGS` from the source tree; text output and exit code.

    Commands in OWN_PROCESS_COMMANDS (or any, with own_process=True) run as `python -m appeal_kit`; the others run
    in this process through Click's test runner and appeal_kit.cli.run, the code the console command runs, with
    `env` set and `cwd` the working folder for the call."""
    command = next((a for a in args if not a.startswith("-")), "")
    if own_process is None:
        from appeal_kit._exec import listener

        faked = command == "build" and getattr(listener.BuildConverter, "fake", False)
        own_process = command in OWN_PROCESS_COMMANDS and not faked
    if own_process:
        full_env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
        return subprocess.run([sys.executable, "-m", "appeal_kit", *args], capture_output=True, text=True,
                              env=full_env, cwd=cwd or ROOT, timeout=300)
    import logging

    from click.testing import CliRunner

    from appeal_kit import cli

    root, here, tempdir = logging.getLogger(), os.getcwd(), tempfile.tempdir
    handlers, level = root.handlers[:], root.level
    with CliRunner().isolation(env=env) as (stdout, stderr, _):
        try:
            os.chdir(cwd or ROOT)
            tempfile.tempdir = None  # the temporary folder found again, as a new process would (`env` may set TMPDIR)
            code = cli.run(list(args))
        finally:
            os.chdir(here)
            tempfile.tempdir = tempdir
            root.handlers[:], root.level = handlers, level  # the run's handler wrote to streams now closed
    return subprocess.CompletedProcess(["appeal-kit", *args], int(code), stdout.getvalue().decode("utf-8", "replace"),
                                       stderr.getvalue().decode("utf-8", "replace"))


def page_texts(pdf: Path, layout: bool = False) -> list[str]:
    args = ["pdftotext", "-enc", "UTF-8", *(["-layout"] if layout else []), str(pdf), "-"]
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    pages = out.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


@dataclass
class Word:
    text: str
    x0: float
    y0: float  # from the TOP of the page, as pdftotext reports it
    x1: float
    y1: float


def page_words(pdf: Path) -> list[tuple[float, float, list[Word]]]:
    """(width, height, words) for each page, from `pdftotext -bbox`."""
    html = subprocess.run(["pdftotext", "-bbox", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    pages = []
    for m in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', html, re.S):
        words = [Word(w[4], float(w[0]), float(w[1]), float(w[2]), float(w[3])) for w in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', m.group(3))]
        pages.append((float(m.group(1)), float(m.group(2)), words))
    return pages


def docx_text(path: Path) -> str:
    """All paragraph text of a .docx, table cells included."""
    from docx import Document

    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return "\n".join(parts)


_LOADED: dict[tuple, object] = {}


def edit_letter(folder: Path, sentence: str) -> None:
    """The user's own sentence, typed into the drafted letter.docx before its closing line, as an edit in Word would."""
    import zipfile

    letter = folder / "letter.docx"
    with zipfile.ZipFile(letter) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    xml = parts["word/document.xml"].decode()
    marker = "Thank you for your prompt attention"
    assert marker in xml
    parts["word/document.xml"] = xml.replace(marker, sentence + " " + marker, 1).encode()
    with zipfile.ZipFile(letter, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)


def _loaded(folder: Path):
    """load_case(folder), read again only when a file in the folder changed (sample_variant is called a few hundred
    times on the three samples, and reading case.yaml with its comments takes about 30 ms). Its callers copy it."""
    from appeal_kit.case.folder import load_case

    key = (folder.resolve(), *((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in sorted(folder.rglob("*"))))
    if key not in _LOADED:
        _LOADED[key] = load_case(folder)
    return _LOADED[key]


def sample_variant(folder: Path, **changes):
    """A loaded sample case with an urgency reason and a complaint (which the expedited letter and the regulator
    complaint require) and dotted-path changes:
    sample_variant(folder, **{"claim.plan_type": "medicaid"})."""
    import copy

    from appeal_kit.case.folder import Case, set_path

    case = _loaded(Path(folder))
    data = copy.deepcopy(case.data)
    data["urgency"] = {"reason": "treatment was stopped mid-course and symptoms are returning."}
    data["complaint"] = {"summary": "the plan has not decided the appeal within the time its rules allow."}
    for dotted, value in changes.items():
        set_path(data, dotted, value)
    return Case(folder=case.folder, data=data, exhibits=copy.deepcopy(case.exhibits), bates_prefix=case.bates_prefix)


def rendered_text(tmp_path: Path, case, name: str, today, **kw) -> str:
    """The text of a letter rendered from template `name`, whitespace folded (no clinic profile unless given)."""
    from appeal_kit.letter import render

    kw.setdefault("clinic", None)
    out = render.render_letter(case, render.find_template(name), tmp_path / f"{name}.docx", today=today, **kw)
    return " ".join(docx_text(out).split())


TRD_SAMPLE = ROOT / "evidence_samples" / "ketamine-trd"


def trd_letter(tmp_path: Path, template: str, today, **changes) -> str:
    """The text of the sample TRD case's letter from `template`, with `changes` (dotted paths) made to its case."""
    return rendered_text(tmp_path, sample_variant(TRD_SAMPLE, **changes), template, today)


# the letter context of the TRD sample with changes, as tests of what a letter says from which field read it
CONTEXT_DAY = date(2026, 12, 4)
NEXT_LEVEL_DECIDED = {"external_review.final_denial_date": "2026-11-20"}  # a next-level letter's final decision


def letter_context(template: str, **changes) -> dict:
    from appeal_kit.letter import render

    if render.find_template(template).route == "next level":
        changes = {**NEXT_LEVEL_DECIDED, **changes}
    case = sample_variant(TRD_SAMPLE, **changes)
    return render.build_context(case, render.find_template(template), today=CONTEXT_DAY, clinic=None)


def said_in(ctx: dict, fact: str) -> list[str]:
    """Where in the letter (a block's heading, the opening summary) the fact was said."""
    return [where for fid, where in ctx["facts"].asserted if fid == fact]


def block(ctx: dict, name: str) -> dict | None:
    return next((a for a in ctx["arguments"] if a["name"] == name), None)


def following_templates() -> list[str]:
    """The internal appeals that answer the denial's own reasons (no reason of their own argued whatever the
    denial: step therapy, experimental, a network gap, a retroactive authorization)."""
    from appeal_kit.letter import render

    return [t.name for t in render.list_templates() if t.route == "internal appeal"
            and set(t.arguments) <= {"denial", "evidence"}]


def tree_digest(folder: Path, skip: tuple[str, ...] = ()) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and p.name not in skip}


@pytest.fixture(scope="session")
def awkward_case(tmp_path_factory) -> Path:
    """A case whose exhibits are the awkward fixtures: rotated, shared, odd sizes, forms, photos, text."""
    folder = write_case(tmp_path_factory.mktemp("awkward") / "case")
    shutil.copy(PDFS / "rotated.pdf", folder / "denial" / "rotated.pdf")
    for name in ("shared-content.pdf", "mixed-sizes.pdf", "unbalanced-state.pdf"):
        shutil.copy(PDFS / name, folder / "clinical" / name)
    for name in ("form-one.pdf", "form-two.pdf", "photo-exif6.jpg", "transparent.png", "plain-notes.txt",
                 "encrypted-empty-password.pdf", "damaged-xref.pdf"):
        shutil.copy(PDFS / name, folder / "other" / name)
    return folder


@pytest.fixture(scope="session")
def awkward_packet(awkward_case) -> tuple[Path, dict]:
    before = tree_digest(awkward_case)
    result = run_cli("build", str(awkward_case))
    assert result.returncode == 0, result.stderr
    return awkward_case / "packet.pdf", {"before": before, "stdout": result.stdout, "stderr": result.stderr}


def processes_mentioning(text: str) -> list[str]:
    """The ids of running processes whose command line contains `text` (Linux /proc)."""
    found = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            if text.encode() in cmdline.read_bytes():
                found.append(cmdline.parent.name)
        except OSError:
            continue
    return found
