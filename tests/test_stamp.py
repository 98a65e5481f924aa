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


def test_fonts_prepared_while_libreoffice_converts_give_the_same_subset_bytes():
    from appeal_kit.packet import fonts

    def subsets() -> list[tuple[bytes, dict[int, int]]]:
        pack = fonts.FontPack()
        pack.show("WHITFIELD-000123 Jordan Whitfield, claim 2026-0912", 9)
        pack.show("Exhibit D: Nguyễn Thị Hằng", 12, bold=True)
        return [fonts._subset_bytes(face) for face in pack.faces]

    fonts._prepared.clear()
    plain = subsets()
    fonts.prepare()
    assert fonts._prepared  # the regular and bold faces, loaded for the subsetter
    assert subsets() == plain and not fonts._prepared  # each prepared copy is used once
