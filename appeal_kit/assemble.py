"""Building the submission packet: letter, exhibit index, then each exhibit behind its cover sheet.

The stages run in order inside one temporary folder:
  case (load and check case.yaml) -> render (letter.docx, unless the user drafted one) -> convert (letter and
  evidence to PDF) -> number (labels, page and Bates ranges) -> stamp and assemble -> write.
Nothing is written next to the case until the very end, when the packet replaces its target in one rename.
"""
from __future__ import annotations

import logging
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pypdf import PdfReader, PdfWriter

from appeal_kit import __version__, convert, records
from appeal_kit.case import CASE_FILE, EVIDENCE_FOLDERS, PACKET_FILE, Case
from appeal_kit.errors import CaseError, OutputError
from appeal_kit.files import atomic_write
from appeal_kit.fonts import FontPack
from appeal_kit.sheets import IndexRow, bates_number, bates_range, draw_cover, draw_index, page_range
from appeal_kit.stamp import PagePlacer, Stamp

log = logging.getLogger(__name__)


@dataclass
class Section:
    """A run of packet pages: the letter, or one exhibit (cover sheet + its pages)."""

    title: str
    reader: PdfReader
    label: str = ""  # exhibit label; empty for the letter
    first: int = 0  # packet page number (1-based) of the first page, the cover for an exhibit

    @property
    def source_pages(self) -> int:
        return len(self.reader.pages)

    @property
    def length(self) -> int:
        return self.source_pages + (1 if self.label else 0)

    @property
    def last(self) -> int:
        return self.first + self.length - 1


@dataclass
class BuildResult:
    output: Path
    pages: int
    letter_source: str  # "letter.docx" or "template <name>"
    sections: list[Section] = field(default_factory=list)
    index_pages: tuple[int, int] = (0, 0)
    warnings: list = field(default_factory=list)  # check findings that did not stop the build


def exhibit_label(n: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA, like spreadsheet columns."""
    label = ""
    n += 1
    while n:
        n, rem = divmod(n - 1, 26)
        label = chr(65 + rem) + label
    return label


def build_packet(folder: Path, output: Path | None = None, *, keep_page_sizes: bool = False,
                 template_dirs: tuple[Path, ...] = (), today: date | None = None) -> BuildResult:
    from appeal_kit import render
    from appeal_kit.checks import check_case

    folder = Path(folder)
    output = Path(output) if output else folder / PACKET_FILE
    report = check_case(folder, template_dirs=template_dirs, today=today)
    if report.errors:
        raise CaseError(f"{folder / CASE_FILE}: fix these before building:\n  - "
                        + "\n  - ".join(f"{f.field}: {f.message}" for f in report.errors))
    case = report.case
    _check_output(output, case)
    with tempfile.TemporaryDirectory(prefix="appeal-kit-build-") as tmp_name:
        tmp = Path(tmp_name)
        # Records kept in case.yaml (call log, expenses) become DOCX exhibits after the folder exhibits.
        generated = records.generated_exhibits(case, tmp / "records")
        titles = [e.title for e in case.exhibits] + [title for _, title in generated]
        if case.letter_path.is_file():
            letter_docx, letter_source = case.letter_path, case.letter_path.name
        else:
            template = render.find_template(case.template, template_dirs)
            letter_docx = render.render_letter(case, template, tmp / "letter.docx", today=today)
            letter_source = f"template {template.name}"
        sources = [letter_docx, *(e.path for e in case.exhibits), *(path for path, _ in generated)]
        pdfs = convert.to_pdfs(sources, tmp / "pdf")  # one LibreOffice run for the letter and the records
        readers = [convert.open_pdf(pdf, tmp, display_name=src) for pdf, src in zip(pdfs, sources)]
        sections = [Section("Appeal letter", readers[0])]
        sections += [Section(t, r, exhibit_label(i)) for i, (t, r) in enumerate(zip(titles, readers[1:]))]
        writer, index_span = compose(case, sections, keep_page_sizes=keep_page_sizes)
        pages = len(writer.pages)
        write_atomically(writer, output)
    log.info("wrote %s (%d pages)", output, pages)
    return BuildResult(output, pages, letter_source, sections, index_span, report.warnings)


def _check_output(output: Path, case: Case) -> None:
    resolved = output.resolve()
    if any(resolved == e.path for e in case.exhibits) or resolved == case.letter_path.resolve():
        raise OutputError(f"{output}: is one of the case's own files; appeal-kit never overwrites its inputs. "
                          "Choose another output name with -o.")
    evidence_dirs = {(case.folder / sub).resolve() for sub in EVIDENCE_FOLDERS}
    if resolved.parent in evidence_dirs:
        raise OutputError(f"{output}: is inside an evidence folder, so the next build would take the packet as an "
                          "exhibit. Write it somewhere else (the default is the case folder itself).")
    if not output.parent.is_dir():
        raise OutputError(f"{output.parent}: folder does not exist. Create it or choose another -o path.")


def compose(case: Case, sections: list[Section], *, keep_page_sizes: bool = False):
    """Number every page, then stamp and add them in order. Returns the writer and the index page span."""
    fonts = FontPack()
    prefix = case.bates_prefix
    subtitle = (f"Appeal of claim {case.get('claim.number')} for {case.get('patient.name')} "
                f"(member ID {case.get('patient.member_id')}), {case.get('insurer.name')}")
    letter, exhibits = sections[0], sections[1:]

    # The index's own length shifts every page after it, so lay it out once with placeholder numbers.
    placeholder = [IndexRow(s.label, s.title, "0000–0000", bates_range(prefix, 0, 0)) for s in sections]
    index_count = len(draw_index(FontPack(), subtitle, placeholder))
    letter.first = 1
    index_first = letter.last + 1
    next_page = index_first + index_count
    for section in exhibits:
        section.first = next_page
        next_page = section.last + 1

    writer = PdfWriter()
    placer = PagePlacer(writer, fonts, keep_size=keep_page_sizes)
    header = case.header_text

    def stamp(n: int, exhibit: str | None = None) -> Stamp:
        return Stamp(header, bates_number(prefix, n), exhibit)

    for i, page in enumerate(letter.reader.pages):
        placer.add_source_page(page, stamp(letter.first + i))
    rows = [IndexRow(s.label or "Letter", s.title, page_range(s.first, s.last), bates_range(prefix, s.first, s.last))
            for s in sections]
    for i, canvas in enumerate(draw_index(fonts, subtitle, rows)):
        placer.add_drawn_page(canvas, stamp(index_first + i))
    for section in exhibits:
        n = section.source_pages
        details = [f"{n} page{'s' if n != 1 else ''} following this sheet",
                   f"Bates {bates_range(prefix, section.first, section.last)}",
                   f"Submitted with the appeal of claim {case.get('claim.number')}"]
        placer.add_drawn_page(draw_cover(fonts, section.label, section.title, details), stamp(section.first))
        for i, page in enumerate(section.reader.pages):
            placer.add_source_page(page, stamp(section.first + 1 + i, f"Exhibit {section.label}, page {i + 1} of {n}"))

    writer.add_outline_item(title="Appeal letter", page_number=0)
    writer.add_outline_item(title="Exhibit index", page_number=index_first - 1)
    for section in exhibits:
        writer.add_outline_item(title=f"Exhibit {section.label}: {section.title}", page_number=section.first - 1)
    _bates_page_labels(writer, prefix)
    writer.page_mode = "/UseOutlines"
    writer.add_metadata({"/Title": f"Appeal packet, claim {case.get('claim.number')}",
                         "/Creator": f"appeal-kit {__version__}", "/Producer": f"appeal-kit {__version__}"})
    fonts.embed(writer)
    return writer, (index_first, index_first + index_count - 1)


def _bates_page_labels(writer: PdfWriter, prefix: str) -> None:
    """Make viewers show each page's Bates number as its page label, so "go to WHITFIELD-000017" works.

    Page labels count in plain decimals, so the zero padding goes into the prefix, one range per number width.
    """
    total = len(writer.pages)
    start = 1
    while start <= total:
        width = len(str(start))
        end = min(total, 10 ** width - 1)
        writer.set_page_label(start - 1, end - 1, style="/D", prefix=f"{prefix}-{'0' * (6 - width)}", start=start)
        start = end + 1


def write_atomically(writer: PdfWriter, output: Path) -> None:
    """Never a partial packet: a failed build leaves the previous one as it was."""
    atomic_write(output, writer.write, what="packet")
