"""The page tree the stamper writes: appeal-kit appends its pages itself (packet/stamp.py `_append_page`)."""
from __future__ import annotations

import io
import subprocess

from conftest import PDFS, write_case
from pypdf import PdfReader

from appeal_kit.case.folder import load_case
from appeal_kit.numbering import lay_out
from appeal_kit.packet.assemble import Section, compose, index_page_count


def test_every_page_hangs_from_the_page_tree_and_qpdf_finds_nothing_wrong(tmp_path):
    case = load_case(write_case(tmp_path / "case"))
    letter = PdfReader(PDFS / "rotated.pdf")
    exhibits = [("Mixed", PdfReader(PDFS / "mixed-sizes.pdf")), ("Shared", PdfReader(PDFS / "shared-content.pdf"))]
    numbering = lay_out(case.bates_prefix, len(letter.pages), index_page_count(case, ["Mixed", "Shared"]),
                        [(t, len(r.pages)) for t, r in exhibits])
    sections = [Section("Appeal letter", letter)] + [Section(t, r, label) for (t, r), label in zip(exhibits, "AB")]
    buf = io.BytesIO()
    compose(case, sections, numbering).write(buf)
    out = tmp_path / "plain.pdf"
    out.write_bytes(buf.getvalue())

    reader = PdfReader(out, strict=True)
    root = reader.trailer["/Root"]["/Pages"]
    assert root["/Count"] == len(root["/Kids"]) == len(reader.pages) == numbering.total
    assert all(page.raw_get("/Parent").idnum == root.indirect_reference.idnum for page in reader.pages)
    assert all(page["/MediaBox"] and page["/Contents"] and page["/Resources"] for page in reader.pages)
    check = subprocess.run(["qpdf", "--check", str(out)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr


def _faces(*texts: str):
    from appeal_kit.packet import fonts

    pack = fonts.FontPack()
    for i, text in enumerate(texts):
        pack.show(text, 9, bold=i % 2 == 1)
    return pack.faces


def test_fonts_prepared_while_libreoffice_converts_give_the_same_subset_bytes(monkeypatch):
    from appeal_kit.packet import fonts

    monkeypatch.setattr(fonts, "_subset_entry", lambda face: None)  # made each time, not read back

    def subsets() -> list[tuple[bytes, dict[int, int]]]:
        faces = _faces("WHITFIELD-000123 Jordan Whitfield, claim 2026-0912", "Exhibit D: Nguyễn Thị Hằng")
        return [fonts._subset_bytes(face) for face in faces]

    fonts._prepared.clear()
    plain = subsets()
    fonts.prepare()
    assert fonts._prepared  # the regular and bold faces, loaded for the subsetter
    assert subsets() == plain and not fonts._prepared  # each prepared copy is used once


def test_a_subset_is_kept_by_font_and_glyphs_and_read_back_as_made(monkeypatch, tmp_path):
    from appeal_kit.packet import fonts

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    made = []
    make = fonts._make_subset
    monkeypatch.setattr(fonts, "_make_subset", lambda face, source=None: made.append(face.path) or make(face, source))
    texts = ("Jordan Whitfield WH-000123", "Exhibit D")
    first = [fonts._subset_bytes(face) for face in _faces(*texts)]
    assert len(made) == 2 and len(list((tmp_path / "appeal-kit" / "font-subsets").iterdir())) == 2
    again = [fonts._subset_bytes(face) for face in _faces(*texts)]  # a rebuild, or the next case of a batch
    assert again == first and len(made) == 2
    # other glyphs are another subset; a damaged entry is made again, the same as before
    other = [fonts._subset_bytes(face) for face in _faces("Jordan Whitfield WH-000124", "Exhibit D")]
    assert len(made) == 3 and other[0] != first[0] and other[1] == first[1]
    for entry in (tmp_path / "appeal-kit" / "font-subsets").iterdir():
        entry.write_bytes(entry.read_bytes()[:40])
    assert [fonts._subset_bytes(face) for face in _faces(*texts)] == first and len(made) == 5


def test_a_first_build_loads_the_stamp_fonts_while_the_letter_converts_and_a_rebuild_does_not(
        tmp_path, fake_office, monkeypatch):
    from conftest import run_cli

    from appeal_kit.packet import fonts

    prepared = []
    real = fonts.prepare
    monkeypatch.setattr(fonts, "prepare", lambda subsetting=True: prepared.append(subsetting) or real(subsetting))
    folder = write_case(tmp_path / "case")
    assert run_cli("build", str(folder)).returncode == 0 and prepared == [True]
    first = (folder / "packet.pdf").read_bytes()
    # a rebuild: the subsets are read back from the build before, so only the faces' tables are read ahead
    fonts._prepared.clear()
    assert run_cli("build", str(folder)).returncode == 0 and prepared == [True, False]
    assert not fonts._prepared and (folder / "packet.pdf").read_bytes() == first


def test_what_placing_a_page_parses_is_read_ahead_and_a_damaged_pdf_is_left_for_placing_to_report(monkeypatch):
    from pypdf.errors import PdfReadError
    from pypdf.generic import IndirectObject

    from appeal_kit.packet.sanitize import read_ahead

    reader = PdfReader(PDFS / "shared-content.pdf")
    resources = [v for page in reader.pages for v in page.raw_get("/Resources").get_object().values()
                 if isinstance(v, IndirectObject)] + [page.raw_get("/Contents") for page in reader.pages]
    parsed = lambda: {(r.generation, r.idnum) for r in resources} & set(reader.resolved_objects)  # noqa: E731
    assert resources and not parsed()
    read_ahead(reader)
    assert parsed() == {(r.generation, r.idnum) for r in resources if isinstance(r, IndirectObject)}
    # an object that cannot be parsed stops the read-ahead quietly: placing the page raises and names the file
    damaged = PdfReader(PDFS / "shared-content.pdf")
    asked = []

    def unreadable(ref):
        asked.append(ref)
        raise PdfReadError("damaged object")

    monkeypatch.setattr(damaged, "get_object", unreadable)
    read_ahead(damaged)
    assert len(asked) == 1


def test_a_font_s_postscript_name_is_read_as_fonttools_reads_it_without_its_layout_tables():
    """The stamp fonts' PostScript names (each packet's font descriptors) come from the raw name table, the same as
    fontTools' decompiled one gives for every font installed here, and without importing fontTools' OpenType layout
    tables, which only the subsetter needs (a rebuild reads its subsets back)."""
    import glob
    import sys

    from fontTools.ttLib import TTFont

    from appeal_kit.packet import fonts

    code = ("import sys\nfrom appeal_kit.packet import fonts\nfonts.prepare(subsetting=False)\n"
            "names = [fonts.postscript_name(fonts._load(p)) for p in filter(None, (fonts._first_existing("
            "fonts.REGULAR_CANDIDATES), fonts._first_existing(fonts.BOLD_CANDIDATES)))]\n"
            "print(all(names), 'fontTools.ttLib.tables.otTables' in sys.modules)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.stdout.split() == ["True", "False"], proc.stderr
    installed = sorted(glob.glob("/usr/share/fonts/**/*.ttf", recursive=True))[:40]
    assert installed
    for path in installed:
        font = TTFont(path, lazy=True)
        assert fonts.postscript_name(font) == font["name"].getDebugName(6), path
