"""The estimate of a drafted letter's length (appeal_kit/letter/length.py) that spares a build its second
LibreOffice conversion. That it matches LibreOffice on the sample letter: tests/test_cases.py (one conversion per
build)."""
from __future__ import annotations

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

from appeal_kit.letter.length import estimate_pages

SENTENCE = "The treating psychiatrist documented an adequate trial of each medication at a therapeutic dose. "


def letter(tmp_path, paragraphs: int, *, page_break_after: int | None = None, size: float = 11) -> str:
    doc = Document()
    doc.styles["Normal"].font.name, doc.styles["Normal"].font.size = "Times New Roman", Pt(size)
    for n in range(paragraphs):
        run = doc.add_paragraph().add_run(SENTENCE * 4)
        if n == page_break_after:
            run.add_break(WD_BREAK.PAGE)
    path = tmp_path / f"letter-{paragraphs}-{page_break_after}-{size}.docx"
    doc.save(str(path))
    return path


def test_more_text_more_pages_and_a_page_break_starts_a_page(tmp_path):
    one, many = estimate_pages(letter(tmp_path, 3)), estimate_pages(letter(tmp_path, 40))
    assert one == 1 and many is not None and many > 3
    assert estimate_pages(letter(tmp_path, 3, page_break_after=0)) == 2
    assert estimate_pages(letter(tmp_path, 20, size=14)) > estimate_pages(letter(tmp_path, 20, size=10))


def test_a_file_python_docx_cannot_read_has_no_estimate(tmp_path):
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a zip")
    assert estimate_pages(broken) is None


def test_each_paragraphs_style_looked_up_once_per_style_id_is_python_docxs(tmp_path):
    from appeal_kit.letter.length import _style

    doc = Document()
    doc.add_paragraph("default style")
    doc.add_heading("a heading", level=1)
    doc.add_paragraph("explicitly Normal", style="Normal")
    doc.add_paragraph("a quote", style="Quote")
    doc.add_paragraph("default again")
    path = tmp_path / "styles.docx"
    doc.save(str(path))
    memo: dict = {}
    paragraphs = Document(str(path)).paragraphs
    assert [_style(p, memo).name for p in paragraphs] == [p.style.name for p in paragraphs]
    assert [_style(p, memo).name for p in paragraphs] == ["Normal", "Heading 1", "Normal", "Quote", "Normal"]
    assert len(memo) == 3  # None (the default, which python-docx writes Normal as), Heading1, Quote


def test_a_rebuild_takes_an_unchanged_exhibit_s_length_from_the_packet_it_replaces(tmp_path, fake_office,
                                                                                   monkeypatch):
    """A Word exhibit's length is estimated for the letter's first draft only when the packet being replaced cannot
    say it: a rebuild takes it from that packet's bookmarks for a file not changed since, and estimates a changed
    one again. Either way the letter is converted once."""
    import os
    from pathlib import Path

    from conftest import write_case

    from appeal_kit import pipeline
    from appeal_kit.letter import length

    monkeypatch.chdir(tmp_path)
    folder = write_case(Path("case"))  # a relative folder, as typed: the exhibits' paths are absolute
    exhibit = letter(tmp_path, 60)
    os.replace(exhibit, folder / "clinical" / "summary.docx")
    estimated, drafts = [], []
    real, draft = length.estimate_pages, pipeline.LetterDraft.draft
    monkeypatch.setattr(length, "estimate_pages", lambda path: estimated.append(path.name) or real(path))
    monkeypatch.setattr(pipeline.LetterDraft, "draft", lambda self, numbering: drafts.append(1) or draft(self, numbering))
    first = pipeline.build_packet(folder, office=fake_office())  # the fake, passed as the CLI passes its own
    assert "summary.docx" in estimated
    titles = [s.title for s in first.sections[1:]]
    packet = folder / "packet.pdf"
    assert pipeline.exhibit_pages_in(packet, titles) == [s.source_pages for s in first.sections[1:]]
    assert pipeline.exhibit_pages_in(tmp_path / "none.pdf", titles) == [None] * len(titles)

    def rebuilt() -> list[str]:
        estimated.clear()
        drafts.clear()
        assert pipeline.build_packet(folder, office=fake_office()).pages == first.pages
        assert len(drafts) == 1  # the guess was right: drafted and converted once
        return estimated

    assert rebuilt() == []
    later = packet.stat().st_mtime_ns + 10**9
    os.utime(folder / "clinical" / "summary.docx", ns=(later, later))  # changed after the packet was written
    assert rebuilt() == ["summary.docx"]
