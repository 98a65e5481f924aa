"""Word documents appeal-kit writes keep only the styles they use (appeal_kit/letter/docxstyles.py)."""
from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from appeal_kit.letter.docxstyles import W, drop_unused_styles

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE.parent / "letter_templates"


def _style_ids(document) -> set[str]:
    return {s.get(W + "styleId") for s in document.styles.element.iterchildren(W + "style")}


def test_used_styles_and_what_they_need_are_kept_the_rest_removed(tmp_path):
    from docx import Document

    doc = Document()
    doc.add_heading("A heading", level=1)  # Heading1: based on Normal, linked to Heading1Char
    doc.add_paragraph("a bullet", style="List Bullet")
    doc.add_table(rows=1, cols=1).style = "Table Grid"
    doc.sections[0].footer.paragraphs[0].style = "Quote"  # named only in the footer part
    before = _style_ids(doc)
    removed = drop_unused_styles(doc)
    kept = _style_ids(doc)
    assert removed == len(before) - len(kept) > 100
    assert {"Normal", "Heading1", "Heading1Char", "ListBullet", "TableGrid", "Quote", "QuoteChar"} <= kept
    defaults = {s.get(W + "styleId") for s in doc.styles.element.iterchildren(W + "style") if s.get(W + "default")}
    assert {"Normal", "DefaultParagraphFont", "TableNormal"} <= defaults
    assert not kept & {"Title", "Heading2", "IntenseQuote", "Caption", "MacroText"}
    assert "ListNumber" in kept  # named by a list level in numbering.xml
    doc.save(tmp_path / "lean.docx")
    reopened = Document(str(tmp_path / "lean.docx"))
    assert [p.style.name for p in reopened.paragraphs] == ["Heading 1", "List Bullet"]
    assert reopened.styles.element.find(W + "latentStyles") is not None  # Word still offers its built-in styles
    with zipfile.ZipFile(tmp_path / "lean.docx") as zf:  # Word 2010's copy of the styles is gone, and its mentions
        assert "word/stylesWithEffects.xml" not in zf.namelist()
        assert b"stylesWithEffects" not in zf.read("word/_rels/document.xml.rels") + zf.read("[Content_Types].xml")


def test_a_style_named_only_by_another_kept_style_stays():
    from docx import Document

    doc = Document()
    doc.add_paragraph("x", style="Heading 2")
    drop_unused_styles(doc)
    by_id = {s.get(W + "styleId"): s for s in doc.styles.element.iterchildren(W + "style")}
    # every basedOn, next and link of a kept style names a kept style
    for style in by_id.values():
        for tag in ("basedOn", "next", "link"):
            needed = style.find(W + tag)
            assert needed is None or needed.get(W + "val") in by_id, (style.get(W + "styleId"), tag)


@pytest.mark.parametrize("template", sorted(p.name for p in TEMPLATES.glob("*.docx")))
def test_bundled_templates_carry_only_the_styles_they_use(template):
    with zipfile.ZipFile(TEMPLATES / template) as zf:
        styles = zf.read("word/styles.xml")
        names = zf.namelist()
    assert len(styles) < 40_000, len(styles)  # python-docx's default styles part is 350 KB
    assert "word/stylesWithEffects.xml" not in names


def test_a_document_saved_at_two_times_is_the_same_bytes(tmp_path, monkeypatch):
    """A zip records when each entry was written; save_reproducibly fixes that time, so an unchanged letter or record
    is the same file on every build and its PDF comes from the conversion cache (packet/cache.py)."""
    import time

    from docx import Document

    from appeal_kit.letter.docxstyles import ZIP_TIME, save_reproducibly

    doc = Document()
    doc.add_paragraph("The same words, saved twice.")
    now = time.time()
    saved = []
    for moment in (now, now + 3600):  # an hour apart: plain saves differ in their entries' times
        monkeypatch.setattr(time, "time", lambda moment=moment: moment)
        plain, fixed = tmp_path / f"plain-{moment}.docx", tmp_path / f"fixed-{moment}.docx"
        doc.save(plain)
        save_reproducibly(doc, fixed)
        saved.append((plain.read_bytes(), fixed.read_bytes()))
    assert saved[0][0] != saved[1][0]
    assert saved[0][1] == saved[1][1]
    with zipfile.ZipFile(tmp_path / f"fixed-{now}.docx") as zf, zipfile.ZipFile(tmp_path / f"plain-{now}.docx") as ref:
        assert [i.filename for i in zf.infolist()] == [i.filename for i in ref.infolist()]  # [Content_Types] first
        assert {i.date_time for i in zf.infolist()} == {ZIP_TIME}
        assert all(zf.read(name) == ref.read(name) for name in ref.namelist())
    assert Document(str(tmp_path / f"fixed-{now}.docx")).paragraphs[0].text == "The same words, saved twice."
