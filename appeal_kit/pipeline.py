"""The build pipeline: the stages of `appeal-kit build`, in order, inside one temporary folder.

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

from appeal_kit.case.folder import CASE_FILE, EVIDENCE_FOLDERS, PACKET_FILE, Case
from appeal_kit.errors import CaseError, OutputError
from appeal_kit.letter import records
from appeal_kit.numbering import exhibit_label
from appeal_kit.packet import convert
from appeal_kit.packet.assemble import Section, compose, write_atomically

log = logging.getLogger(__name__)


@dataclass
class BuildResult:
    output: Path
    pages: int
    letter_source: str  # "letter.docx" or "template <name>"
    sections: list[Section] = field(default_factory=list)
    index_pages: tuple[int, int] = (0, 0)
    warnings: list = field(default_factory=list)  # check findings that did not stop the build


def build_packet(folder: Path, output: Path | None = None, *, keep_page_sizes: bool = False,
                 template_dirs: tuple[Path, ...] = (), today: date | None = None) -> BuildResult:
    from appeal_kit.checks import check_case
    from appeal_kit.letter import render

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
