"""The build pipeline: the stages of `appeal-kit build`, in order, inside one temporary folder.

  case (load and check case.yaml) -> render (letter.docx, unless the user drafted one) -> convert (letter and
  evidence to PDF) -> number (labels, page and Bates ranges) -> stamp and assemble -> write.

Nothing is written next to the case until the very end, when the packet replaces its target in one rename.
"""
from __future__ import annotations

import logging
import os
import threading
from contextlib import nullcontext
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import cast

from appeal_kit import clock, interrupts
from appeal_kit._exec.listener import BuildConverter, ListenerNotUsed
from appeal_kit.case.folder import (
    CASE_FILE,
    EVIDENCE_FOLDERS,
    PACKET_FILE,
    REQUEST_PACKET_FILE,
    Case,
    converts_early,
    folder_evidence,
)
from appeal_kit.checks import Finding
from appeal_kit.errors import CaseError, ConversionError, ExitCode, OutputError
from appeal_kit.files import BUILD_SCRATCH_BYTES, check_target, scratch
from appeal_kit.i18n import N_, _
from appeal_kit.letter import records
from appeal_kit.numbering import LETTER_TITLE, REQUEST_LETTER_TITLE, Numbering, Span, exhibit_label, lay_out
from appeal_kit.packet import convert, delivery as deliver
from appeal_kit.packet.assemble import Section, compose, index_page_count
from appeal_kit.packet.delivery import Delivery

log = logging.getLogger(__name__)


@dataclass
class BuildResult:
    output: Path
    pages: int
    letter_source: str  # "letter.docx" or "template <name>"
    sections: list[Section] = field(default_factory=list)
    index_pages: tuple[int, int] = (0, 0)
    warnings: list = field(default_factory=list)  # check findings that did not stop the build
    files: list[Path] = field(default_factory=list)  # every file written: the packet, or its fax/upload parts
    notes: list[str] = field(default_factory=list)  # what delivery changed that the user should know


def build_packet(folder: Path, output: str | Path | None = None, *, keep_page_sizes: bool = False,
                 template_dirs: tuple[Path, ...] = (), today: date | None = None,
                 delivery: Delivery = Delivery(), force: bool = False, cache=None,
                 office: BuildConverter | None = None) -> BuildResult:
    """Build one packet. `cache` (packet.cache.PdfCache) keeps converted documents between builds. `office` is the
    LibreOffice it converts with, which the caller may have started already (the CLI does, before importing this)."""
    with scratch("build", needs=BUILD_SCRATCH_BYTES) as tmp_name, office or BuildConverter() as soffice:
        # LibreOffice starts now, while the case is checked and the letter drafted (or once a document needs it, when
        # the cache may hold them all); a case that fails its checks stops it again.
        if converts_early(folder, cache is not None):
            soffice.start()
        job = PacketJob(folder, output, Path(tmp_name), keep_page_sizes=keep_page_sizes,
                        template_dirs=template_dirs, today=today, delivery=delivery, force=force, defer_checks=True)
        # The first letter draft, the records and any Word exhibits; then each redraft, through the same soffice.
        redraft = job.converted(_first_pdfs(job, soffice, cache))
        while redraft is not None:
            redraft = job.letter_converted(convert.to_pdfs([redraft], job.tmp / f"pdf-{job.letter.passes}",
                                                           converter=soffice.convert_to_pdf)[0])
        soffice.stop_soon()  # its work is done: killed now, its clean-up done while the packet is written
        return job.write()


def _first_pdfs(job: PacketJob, soffice, cache) -> list[Path]:
    """The PDFs of job.sources(). Through a listener, the exhibits are converted while the letter is drafted, the
    letter is queued behind them as soon as it is drafted (LibreOffice goes from one to the next without waiting for
    Python), and what stamping needs is read and loaded meanwhile (job.prepare): LibreOffice and Python each work on
    their own core. Without a listener (or a converter that cannot convert early), everything is converted together
    in one soffice run, as before."""
    early = getattr(soffice, "convert_early", None)
    if early is None:
        return convert.to_pdfs(job.sources(), job.tmp / "pdf-all", cache=cache, converter=soffice.convert_to_pdf)
    exhibits = InBackground(convert.to_pdfs, job.evidence, job.tmp / "pdf", cache=cache,
                            converter=early) if job.evidence else None
    with exhibits or nullcontext():
        letter = job.first_draft()
        with InBackground(_when_listening, soffice, convert.to_pdfs, [letter], job.tmp / f"pdf-{job.letter.passes}",
                          cache=cache, converter=early) as letter_pdf:
            try:
                exhibit_pdfs = exhibits.result() if exhibits is not None else []
                job.prepare(exhibit_pdfs)
                return [*letter_pdf.result(), *exhibit_pdfs]
            except ListenerNotUsed:
                pass
    # no listener after all (or it went down on the way): everything in the one soffice run a build without one makes
    return convert.to_pdfs([letter, *job.evidence], job.tmp / "pdf-all", cache=cache,
                           converter=soffice.convert_to_pdf)


def _when_listening(soffice, function, *args, **kwargs):
    """function(*args, **kwargs) once soffice's listener is ready; ListenerNotUsed at once when it has none."""
    if not getattr(soffice, "listening", lambda: True)():
        raise ListenerNotUsed(soffice.why_not or "")
    return function(*args, **kwargs)


class InBackground:
    """`function(*args, **kwargs)` run in a thread of its own from the start; result() waits for it and returns
    what it returned or raises what it raised. Used as a context manager, leaving the block waits for the thread
    (an error in the block included), so nothing still converts once the build stops its LibreOffice. The thread's
    waits for LibreOffice look for Ctrl-C and SIGTERM (appeal_kit.interrupts), so it stops soon after either."""

    def __init__(self, function, *args, **kwargs):
        self._value: object = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(function, args, kwargs), name="appeal-kit-convert")
        self._thread.start()

    def _run(self, function, args, kwargs) -> None:
        try:
            self._value = function(*args, **kwargs)
        except BaseException as exc:  # noqa: BLE001 - raised again in the thread that asks for the result
            self._error = exc

    def result(self):
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._value

    def __enter__(self) -> InBackground:
        return self

    def __exit__(self, *exc) -> None:
        self._thread.join()


class PacketJob:
    """One build as steps: sources() to convert, converted() with their PDFs, letter_converted() for each letter
    redraft, write(). Between steps it holds only paths and plain values (open PDFs are dropped when it is pickled),
    so a batch can run the Python steps in worker processes and convert the documents of many builds in one
    LibreOffice run (appeal_kit.cases.batch)."""

    def __init__(self, folder: Path, output: str | Path | None, tmp: Path, *, keep_page_sizes: bool = False,
                 template_dirs: tuple[Path, ...] = (), today: date | None = None, delivery: Delivery = Delivery(),
                 force: bool = False, defer_checks: bool = False):
        """`defer_checks`: the checks check_case(defer=True) leaves for later run in prepare() (or write()), while
        LibreOffice converts the letter; a job that does so cannot be pickled before then (a batch's can)."""
        from appeal_kit.checks import check_case
        from appeal_kit.letter import fingerprint, render

        folder = Path(folder)
        # a build shows the checks' errors and warnings, never their notes: the checks that only add notes are not run
        report = check_case(folder, template_dirs=template_dirs, today=today, fax=delivery.fax, defer=defer_checks,
                            notes=False)
        self.output = output_path(folder, output, request=report.case.is_request)
        self.delivery = replace(delivery, today=delivery.today or today)
        if report.errors:
            report.complete()  # the build stops: with every error check finds, as `check` lists them
        self._report = report
        self._stop_on_errors()
        case = self.case = report.case
        _check_output(self.output, case, force)
        self.tmp, self.keep_page_sizes = tmp, keep_page_sizes
        # Records kept in case.yaml (call log, expenses) become DOCX exhibits after the folder exhibits.
        generated = records.generated_exhibits(case, tmp / "records")
        self.titles = [e.title for e in case.exhibits] + [title for _, title in generated]
        self.evidence = [*(e.path for e in case.exhibits), *(path for path, _ in generated)]
        # A letter.docx without hand edits that is older than its case (a new letterhead, a new exhibit) is drafted
        # again from its template with the packet's numbers, and saved over letter.docx once the packet is written.
        stale = fingerprint.changes(case) if case.letter_path.is_file() else []
        self.redraft_reasons = stale if stale and fingerprint.unedited(case) else []
        own_letter = case.letter_path.is_file() and not self.redraft_reasons
        template = None if own_letter else render.template_for_case(case, template_dirs)[0]
        # The packet's dates come from the letter's: the user's letter as drafted, or the one filled now.
        self.letter_date = fingerprint.letter_date(case) if template is None else \
            (today or clock.today())
        if delivery.copies:
            route = (template or render.template_for_case(case, template_dirs)[0]).route
            sent = deliver.LetterSent(letter_addressee(case.data, route), self.letter_date)
            self.delivery = replace(self.delivery, letter=sent)
            _check_copies(case, self.output, force)
        self.letter = LetterDraft(case, template, tmp, self.letter_date, self.delivery)
        # The letter's length in the packet this build replaces is the best guess of its length now; without one,
        # sources() estimates it from the first draft.
        self.letter_pages_known = template is not None and letter_pages_in(self.output) or None
        self.pdfs: list[Path] = []  # the letter's PDF, then each exhibit's
        self.other_people: list[list[int]] | None = None  # per exhibit, the pages naming other patients
        self.numbering: Numbering | None = None
        self._readers: dict[Path, object] = {}

    def __getstate__(self) -> dict:
        assert not self._report.pending, "a job's deferred checks run before it is pickled"
        return {**self.__dict__, "_readers": {}}

    def _stop_on_errors(self) -> None:
        """Raise the CaseError that stops the build when the checks found errors; keep their warnings."""
        report = self._report
        self.warnings = report.warnings
        if not report.errors:
            return
        folder = report.case.folder
        error = CaseError(_("{file}: fix these before building:").format(file=folder / CASE_FILE) + "\n  - "
                          + "\n  - ".join(f"{f.field}: {f.message}" for f in report.errors))
        codes = {f.exit_code for f in report.errors}
        if len(codes) == 1 and None not in codes:  # only evidence files are at fault: say so with their code
            error.exit_code = ExitCode(cast(int, codes.pop()))
        raise error

    def finish_checks(self) -> None:
        """The checks left for later (defer_checks), run now; their errors stop the build as the others do."""
        if self._report.pending:
            self._report.complete()
            self._stop_on_errors()

    def sources(self) -> list[Path]:
        """The first letter draft and the evidence, to be converted to PDF in this order."""
        return [self.first_draft(), *self.evidence]

    def first_draft(self) -> Path:
        """The letter's first draft. With no packet to take the letter's length from, the letter is drafted, its
        length estimated from the draft (letter.length), and drafted again with that length when it differs: a
        second rendering costs a fraction of a second, a second conversion about a second more of LibreOffice.
        The exhibits' lengths are guessed only for a letter drafted from its template (the user's own letter.docx is
        used as it is), each from the packet this build replaces when the file has not changed since it was
        written: the packet counted LibreOffice's pages, which an estimate of a Word exhibit (40 ms of CPU for the
        sample case's, on a rebuild) may miss, and a wrong guess costs the letter a second conversion."""
        from appeal_kit.letter.length import estimate_pages

        interrupts.check()  # each step begins at a safe point: Ctrl-C or SIGTERM stops the build here
        if self.letter.template is None:
            return self.letter.docx
        exhibit_pages = exhibit_page_guesses(self.evidence, self._exhibit_pages_known())
        letter_pages = self.letter_pages_known or GUESS_LETTER_PAGES
        draft = self.letter.draft(guess_numbering(self.case, self.titles, exhibit_pages, self.delivery, letter_pages))
        if self.letter_pages_known is None and self.letter.uses_numbering:
            estimated = estimate_pages(draft)
            if estimated is not None and estimated != letter_pages:
                draft = self.letter.draft(guess_numbering(self.case, self.titles, exhibit_pages, self.delivery,
                                                          estimated))
        return draft

    def _exhibit_pages_known(self) -> list[int | None] | None:
        """Each exhibit's own page count in the packet this build replaces, for a file last changed before that
        packet was written (None for the others, the record exhibits made now among them); None when there is no
        such packet."""
        if self.letter_pages_known is None:  # no packet of ours in place (or the user's own letter)
            return None
        written = self.output.stat().st_mtime_ns
        known = exhibit_pages_in(self.output, self.titles)

        def unchanged(path: Path) -> bool:
            try:
                return path.stat().st_mtime_ns < written
            except OSError:
                return False

        return [pages if unchanged(path) else None for path, pages in zip(self.evidence, known)]

    def prepare(self, exhibit_pdfs: list[Path]) -> None:
        """What writing the packet needs that does not wait for the letter's PDF, done while LibreOffice converts it:
        the exhibits' PDFs read, what placing their pages parses (sanitize.read_ahead), and the stamp fonts' tables,
        on a case's first build also loaded for subsetting (the packet is the same either way). A rebuild (a packet of
        ours in place, so the letter's length is known) does not load the subsetter: the subsets it needs are most
        likely kept from the build before (fonts._subset_bytes), and loading it and a copy of both faces would cost
        0.2-0.3 s of CPU for nothing."""
        from appeal_kit.packet import fonts, sanitize

        interrupts.check()
        self.finish_checks()
        for pdf, name in zip(exhibit_pdfs, self.evidence):
            sanitize.read_ahead(self._open(pdf, name))
        self._scan_other_people(exhibit_pdfs)
        fonts.prepare(subsetting=self.letter_pages_known is None)

    def converted(self, pdfs: list[Path]) -> Path | None:
        """Take the PDFs of sources(); return a letter redraft to convert when its numbers have not settled."""
        interrupts.check()
        self.pdfs = list(pdfs)
        return self._settle()

    def letter_converted(self, pdf: Path) -> Path | None:
        interrupts.check()
        self.pdfs[0] = pdf
        return self._settle()

    def _reader(self, i: int):
        return self._open(self.pdfs[i], self.letter.docx if i == 0 else self.evidence[i - 1])

    def _open(self, pdf: Path, name: Path):
        if pdf not in self._readers:
            self._readers[pdf] = convert.open_pdf(pdf, self.tmp, display_name=name)
        return self._readers[pdf]

    def _settle(self) -> Path | None:
        exhibit_pages = [(title, len(self._reader(i + 1).pages)) for i, title in enumerate(self.titles)]
        self.numbering, redraft = self.letter.next_draft(
            len(self._reader(0).pages), exhibit_pages, index_page_count(self.case, self.titles, self.delivery))
        return redraft

    def _save_redraft(self) -> None:
        """The letter just drafted with the packet's numbers becomes letter.docx, with a fresh fingerprint."""
        from appeal_kit.files import atomic_copy
        from appeal_kit.letter import fingerprint

        atomic_copy(self.letter.docx, self.case.letter_path, what=N_("letter"))
        fingerprint.record(self.case, self.letter_date, self.letter.template)
        self.warnings = [w for w in self.warnings if w.field != self.case.letter_path.name]

    def _scan_other_people(self, exhibit_pdfs: list[Path]) -> None:
        """The pages of each exhibit that name other patients beside this one (packet.others), read once: in
        prepare(), while LibreOffice converts the letter, else in write()."""
        from appeal_kit.packet import others

        patient, also = others.case_people(self.case.get)
        self.other_people = [[n for n, _count in others.other_people_pages(others.exhibit_pages_text(pdf), patient,
                                                                            also)] if patient.strip() else []
                             for pdf in exhibit_pdfs]

    def _other_people(self, exhibits: list[Section]) -> list[Finding]:
        if self.other_people is None:
            self._scan_other_people(self.pdfs[1:])
        return [Finding("warning", "exhibits", _(
            "Exhibit {label} ({file}) names other people beside the patient (page {pages}): a list of several "
            "patients or a family statement. Black out their lines, or leave the document out, before you "
            "send the packet: it should carry only the patient's information").format(
                label=section.label, file=_in_case(self.case, section.source), pages=", ".join(map(str, pages))))
            for section, pages in zip(exhibits, self.other_people or []) if pages]

    def write(self) -> BuildResult:
        from appeal_kit.case.sent import file_before_replacing

        interrupts.check()
        self.finish_checks()  # when no listener let prepare() run them while the letter converted
        # A packet a submission records is never lost to a rebuild: filed in sent/ first when no copy is kept.
        filed = file_before_replacing(self.case.folder, self.case.data, self.output)
        sections = [Section(letter_title(self.case), self._reader(0), source=self.letter.docx)]
        sections += [Section(t, self._reader(i + 1), exhibit_label(i), source=self.evidence[i])
                     for i, t in enumerate(self.titles)]
        numbering = self.numbering
        assert numbering is not None  # converted() settled it
        files, notes = _deliver(self.case, sections, numbering, self.delivery, self.output, self.tmp,
                                self.keep_page_sizes, packet_time(self.letter_date))
        if self.redraft_reasons:  # only once the packet is written
            self._save_redraft()
        pages = numbering.total
        log.info("wrote %s (%d pages)", ", ".join(map(str, files)), pages)
        template = self.letter.template
        source = self.case.letter_path.name if template is None else _("template {name}").format(name=template.name)
        if self.redraft_reasons:
            from appeal_kit.letter.fingerprint import shown_changes

            source = _("template {name}, saved as {file}").format(name=template.name, file=self.case.letter_path.name)
            notes.append(_("{file} had no hand edits, so it was drafted again from the template {name}: changed since "
                           "it was drafted: {changes}").format(file=self.case.letter_path.name, name=template.name,
                                                                changes=shown_changes(self.redraft_reasons)))
        warnings = self.warnings + [Finding("warning", "payer_criteria", m) for m in self.letter.past_end] + \
            self._other_people(sections[1:])
        if filed is not None:
            notes.append(_("{file} was the packet a submission records: kept as {kept} before it was replaced").format(
                file=self.output.name, kept=filed))
        return BuildResult(self.output, pages, source, sections, (numbering.index.first, numbering.index.last),
                           warnings, files, notes)


def _deliver(case, sections, numbering, delivery: Delivery, output: Path, tmp: Path, keep_page_sizes: bool,
             created: datetime | None):
    """Compose the packet and write it in the form the delivery route needs: (files written, notes)."""
    notes = [_("Exhibit {label}: images recompressed ({settings}), as its cover says").format(
        label=label, settings=deliver.COMPRESS_SETTINGS) for label in deliver.compress_exhibits(sections, delivery)]
    if delivery.max_size:
        # Measure the packet composed as one part, then compose it again with the parts known (each part's
        # first-page note, the index's Part column: the same layout, so the index keeps its page count).
        whole = replace(delivery, parts=deliver.PartPlan(((1, numbering.total),)))
        plan = deliver.plan_parts(compose(case, sections, numbering, keep_page_sizes=keep_page_sizes, delivery=whole,
                                          created=created),
                                  numbering, delivery.max_size)
        delivery = replace(delivery, parts=plan)
        notes += [_("{heading} alone is over the size cap: split at page boundaries across parts {parts}").format(
            heading=span.heading, parts=plan.parts_of(span.first, span.last)) for span in plan.split]
    writer = compose(case, sections, numbering, keep_page_sizes=keep_page_sizes, delivery=delivery, created=created)
    files = deliver.write_files(deliver.files_to_write(writer, case, numbering, delivery, output), numbering,
                                delivery, tmp)
    if delivery.max_size and delivery.pdfa:  # Ghostscript re-writes each part after it was measured
        notes += [_("{file} came out at {size} bytes after the PDF/A conversion, over the cap; build again with a "
                    "lower --max-size").format(file=path.name, size=f"{path.stat().st_size:,}")
                  for path in files if path.stat().st_size > delivery.max_size]
    return files, notes


# A letter that points into the packet ("Exhibit D, WHITFIELD-000013") is rendered, converted and counted until
# its own page count, and so every number after it, stops changing; three passes
# have always been enough (a fourth would mean the numbers oscillate).
MAX_LETTER_PASSES = 3
GUESS_LETTER_PAGES = 4


def exhibit_page_guesses(evidence: list[Path], known: list[int | None] | None = None) -> list[int]:
    """Each exhibit's page count before anything is converted: `known[i]` when given (its length in the packet this
    build replaces, for a file not changed since), else PDFs counted, Word documents estimated (letter.length),
    anything else taken as one page."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    from appeal_kit.letter.length import estimate_pages

    counts = []
    for path, pages in zip(evidence, known or [None] * len(evidence)):
        suffix = path.suffix.lower()
        try:
            counts.append(pages if pages is not None else len(PdfReader(str(path)).pages) if suffix == ".pdf" else
                          (estimate_pages(path) or 1) if suffix == ".docx" else 1)
        except (PyPdfError, OSError, ValueError):
            counts.append(1)  # damaged or encrypted: convert.open_pdf reports it properly
    return counts


def guess_numbering(case: Case, titles: list[str], exhibit_pages: list[int], delivery: Delivery = Delivery(),
                    letter_pages: int = GUESS_LETTER_PAGES) -> Numbering:
    """Numbers for a letter draft before anything is converted: the exhibits as exhibit_page_guesses() counts them,
    the letter as `letter_pages`. A right guess saves a second conversion of the letter; a wrong one only costs it."""
    return lay_out(case.bates_prefix, letter_pages, index_page_count(case, titles, delivery),
                   list(zip(titles, exhibit_pages)), delivery.extras, letter_title=letter_title(case))


def letter_title(case: Case) -> str:
    """The letter's bookmark and index row: the appeal letter, or a request's letter of medical necessity."""
    return REQUEST_LETTER_TITLE if case.is_request else LETTER_TITLE


class LetterDraft:
    """The letter through its passes: the user's own letter.docx (used as it is), or the template rendered with
    the packet's numbers until they settle."""

    def __init__(self, case: Case, template, tmp: Path, today: date | None, delivery: Delivery = Delivery()):
        self.case, self.template, self.tmp, self.today = case, template, tmp, today
        self.extras = delivery.extras  # pages delivery adds (fax cover, duplex blanks) move every number after them
        self.docx: Path = case.letter_path
        self.numbering: Numbering | None = None
        self.uses_numbering = False
        self.past_end: list[str] = []  # the last draft's pointers to pages an exhibit does not have
        self.passes = 0  # drafts rendered
        self.conversions = 0  # drafts converted and counted

    def draft(self, numbering: Numbering) -> Path:
        if self.template is None:
            return self.docx
        from appeal_kit.letter import render

        self.passes += 1
        report: dict = {}
        self.docx = render.render_letter(self.case, self.template, self.tmp / f"letter-{self.passes}.docx",
                                         today=self.today, numbering=numbering, report=report)
        self.numbering, self.uses_numbering = numbering, report["uses_numbering"]
        self.past_end = report["past_end"]
        return self.docx

    def next_draft(self, letter_pages: int, exhibit_pages: list[tuple[str, int]],
                   index_pages: int) -> tuple[Numbering, Path | None]:
        """The packet's numbering with the letter at `letter_pages`, and the letter drafted again with it when the
        numbers it was drafted with were different (None once they match)."""
        numbering = lay_out(self.case.bates_prefix, letter_pages, index_pages, exhibit_pages, self.extras,
                            letter_title=letter_title(self.case))
        self.conversions += 1
        if self.template is None or not self.uses_numbering or numbering == self.numbering:
            return numbering, None
        if self.conversions >= MAX_LETTER_PASSES:
            raise ConversionError(_("the letter's page count kept changing as its exhibit and Bates numbers were "
                                    "filled in ({n} passes); shorten a section near a page break, or draft it with "
                                    "`appeal-kit draft` and edit it by hand").format(n=self.conversions))
        return numbering, self.draft(numbering)


def packet_time(letter_date: date | None) -> datetime | None:
    """The packet's creation time: SOURCE_DATE_EPOCH when set, else midnight UTC of the letter's date, so
    rebuilding the same case gives the same bytes."""
    stamp = clock.epoch_time()
    if stamp is not None:
        return stamp
    if letter_date is None:
        return None
    return datetime(letter_date.year, letter_date.month, letter_date.day, tzinfo=UTC)


def output_path(folder: Path, output: str | Path | None, *, request: bool = False) -> Path:
    """Where the packet goes: FOLDER/packet.pdf by default (a prior-authorization request's: request-packet.pdf, so
    the appeal after a denial never replaces it); `-o DIR/` or an existing folder gets DIR/packet.pdf."""
    name = REQUEST_PACKET_FILE if request else PACKET_FILE
    if output is None or str(output) == "":
        return Path(folder) / name
    text = str(output)
    if text.endswith(("/", os.sep)) or Path(text).is_dir():
        return Path(text) / name
    return Path(text)


def case_inputs(case: Case) -> list[Path]:
    """Every file a build reads from the case folder (none of them may ever be an output)."""
    from appeal_kit.letter.clinic import CLINIC_FILE

    return [case.folder / CASE_FILE, case.letter_path, case.folder / CLINIC_FILE, *(e.path for e in case.exhibits),
            *folder_evidence(case.folder)]


def letter_pages_in(packet: Path) -> int | None:
    """How many pages the letter has in `packet`, a packet appeal-kit wrote (from its bookmark and the next one, so
    with --duplex a blank page after it counts too); None when there is no such packet or it cannot say."""
    spans = _bookmarked_spans(packet)
    pages = spans.get(LETTER_TITLE, spans.get(REQUEST_LETTER_TITLE, 0))
    return pages if 0 < pages <= 100 else None


def exhibit_pages_in(packet: Path, titles: list[str]) -> list[int | None]:
    """How many pages of its own each exhibit titled `titles` (in packet order) has in `packet`, a packet appeal-kit
    wrote (its bookmark, "Exhibit B: title", to the next bookmark or the packet's end, less its cover sheet; with
    --duplex a blank page after it counts too); None for each one the packet does not show."""
    spans = _bookmarked_spans(packet)
    return [pages - 1 if pages > 1 else None for pages in
            (spans.get(Span(exhibit_label(i), title, 0, 0).heading, 0) for i, title in enumerate(titles))]


def _bookmarked_spans(packet: Path) -> dict[str, int]:
    """Each top-level bookmark's title in `packet`, a packet appeal-kit wrote, with the pages from its page to the
    next bookmark's (the last one's: to the end); empty when there is no such packet or it cannot be read."""
    if not packet.is_file():
        return {}
    try:
        reader = _packet_reader(packet)
        if reader is None:
            return {}
        metadata = reader.metadata
        if not str(metadata.get("/Creator") or "" if metadata else "").startswith("appeal-kit"):
            return {}
        marks = [item for item in reader.outline if not isinstance(item, list)]
        starts = [reader.get_destination_page_number(m) for m in marks] + [len(reader.pages)]
        return {str(mark.title): after - first for mark, first, after in zip(marks, starts, starts[1:])
                if first is not None and after is not None}
    except Exception:  # noqa: BLE001 - only a guess: anything unreadable or missing gives none
        return {}



# Whether `-o` (or the default FOLDER/packet.pdf) may replace the file there without --force: only a packet of this
# case's claim that no program has changed since a build wrote it. The file itself shows that wherever it is read (a
# fresh machine, a shared drive, another advocate's computer), so no record is kept anywhere: its title names the
# claim case.yaml names, its Creator is appeal-kit, its Producer appeal-kit or Ghostscript (--pdfa), and it has no
# incremental update (a PDF editor that saves a signature or a note appends one, or writes its own Producer). A
# Creator alone proves nothing: another client's packet, or someone's own PDF that says appeal-kit, is never
# replaced. A packet this case records as sent is filed in sent/ before it is replaced
# (case.sent.file_before_replacing).
WRITERS = ("appeal-kit", "GPL Ghostscript")  # the Producers of the packets builds write


_last_packet: list = [None, None]  # (path, size, time, inode), and the reader _packet_reader made of it


def _packet_reader(path: Path):
    """A PdfReader of the packet at `path` (None when it cannot be read), with `single_update`: whether the file
    has one cross-reference section, as a build writes it. A build asks twice (may it replace the file, and how
    long was its letter): the file is read and parsed once, and again only if it changed. Parsing its first object
    stream (qpdf's, 100 objects) took 5-10 ms each time."""
    import io

    from pypdf import PdfReader

    st = path.stat()
    key = (str(path), st.st_size, st.st_mtime_ns, st.st_ino)
    if _last_packet[0] != key:
        data = path.read_bytes()
        try:
            reader = PdfReader(io.BytesIO(data), strict=False)
        except Exception:  # noqa: BLE001 - not a PDF pypdf can open: no packet of ours
            reader = None
        if reader is not None:
            reader.single_update = data.count(b"startxref") == 1  # type: ignore[attr-defined]
        _last_packet[:] = [key, reader]
    return _last_packet[1]


def is_our_packet(path: Path, case: Case) -> bool:
    """A packet of this case's claim as a build wrote it (see above)."""
    from pypdf import DocumentInformation

    from appeal_kit.packet.assemble import packet_title

    try:
        reader = _packet_reader(Path(path))
        if reader is None or reader.single_update is not True:  # changes saved into it after it was written
            return False
        metadata = reader.metadata or DocumentInformation()
        said = {key: str(metadata.get(key) or "") for key in ("/Title", "/Creator", "/Producer")}
    except Exception:  # noqa: BLE001 - anything unreadable is not a packet of ours
        return False
    return (said["/Title"] == packet_title(case) and said["/Creator"].startswith("appeal-kit")
            and said["/Producer"].startswith(WRITERS))


def letter_addressee(data: dict, route: str | None) -> str:
    """Whom the letter is addressed to, by its template's route: the regulator, the external reviewer or the plan."""
    from appeal_kit import directory
    from appeal_kit.letter import derived

    if route == "regulator":
        found = directory.regulator(data)
        return derived.regulator(data) or (found.name if found else "the regulator")
    if route == "next level":
        found = directory.external_review(data)
        return str((data.get("external_review") or {}).get("agency") or (found.name if found else "")) \
            or "the external reviewer"
    return str((data.get("insurer") or {}).get("name") or "the plan")


def _check_copies(case: Case, output: Path, force: bool) -> None:
    """--copies: the case lists copies, each with a name and an address, and none would replace a file that is not
    a packet of this case."""
    from appeal_kit import directory

    found, problems = directory.copies(case.data)
    if not found and not problems:
        raise CaseError(_("--copies: case.yaml lists no copies. Add them, e.g. `copies: [prescriber]`, or a name and "
                          "an address (docs/sending.md, \"Copies\")"))
    problems += [(c.where, _("{name} has no address").format(name=c.name)) for c in found if not c.address
                 and not any(where == c.where for where, _ in problems)]
    if problems:
        raise CaseError(_("--copies: fix these in case.yaml first:") + "\n  - " + "\n  - ".join(
            f"{where}: {message}" for where, message in problems))
    for i, copy in enumerate(found, 1):
        _check_output(deliver.copy_path(output, i, copy.name), case, force)


def _check_output(output: Path, case: Case, force: bool) -> None:
    check_target(output, inputs=case_inputs(case), ours=lambda p: is_our_packet(p, case), force=force,
                 what=N_("packet"), option="-o")
    evidence_dirs = {(case.folder / sub).resolve() for sub in EVIDENCE_FOLDERS}
    if output.resolve().parent in evidence_dirs:
        raise OutputError(_("{file}: is inside an evidence folder, so the next build would take the packet as an "
                            "exhibit. Write it somewhere else (the default is the case folder itself).").format(
            file=output))


def _in_case(case, path: Path | None) -> str:
    """A file as case.yaml names it (other/report.pdf), or its name when it is no file of the folder (a record made
    from case.yaml)."""
    if path is None:
        return ""
    try:
        return Path(path).resolve().relative_to(case.folder.resolve()).as_posix()
    except ValueError:
        return Path(path).name
