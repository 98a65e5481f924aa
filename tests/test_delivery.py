"""Delivery routes (docs/sending.md): fax cover and transmissions, upload parts under a size cap, duplex blanks, PDF/A.

Each route is built for real (LibreOffice, pypdf, Ghostscript) and read back with pypdf, pdftotext and pdffonts.
The "scans" are noise images made here by Pillow (fictional, no text of anyone's); the other exhibits are the
fixtures of tests/resources/pdfs.
"""
from __future__ import annotations

import io
import re
import shutil
import subprocess

import pytest
from conftest import PDFS, ROOT, page_texts, page_words, run_cli, write_case
from pypdf import PdfReader

from appeal_kit.numbering import Extras, lay_out

FAX_NUMBER = "(555) 010-4477"
BATES = re.compile(r"NGUYEN-(\d{6})")


def flat(text: str) -> str:
    return " ".join(text.split())


def footer_bates(pdf) -> list[int | None]:
    """The Bates number printed in each page's bottom band (None when the page has none)."""
    out = []
    for _, height, words in page_words(pdf):
        found = [BATES.fullmatch(w.text) for w in words if w.y0 > height - 26]
        found = [m for m in found if m]
        out.append(int(found[0].group(1)) if found else None)
    return out


def small_case(folder, *, fax: bool = True):
    write_case(folder, extra="  phone: (555) 010-2000\n  email: test.author@example.com\n")
    if fax:
        text = (folder / "case.yaml").read_text(encoding="utf-8")
        text = text.replace("  appeals_address:", f"  fax: \"{FAX_NUMBER}\"\n  appeals_address:")
        (folder / "case.yaml").write_text(text, encoding="utf-8")
    shutil.copy(PDFS / "rotated.pdf", folder / "denial" / "rotated.pdf")  # 3 pages, fonts not embedded
    shutil.copy(PDFS / "mixed-sizes.pdf", folder / "clinical" / "mixed-sizes.pdf")  # 5 pages
    shutil.copy(PDFS / "plain-notes.txt", folder / "other" / "plain-notes.txt")  # 1 page
    return folder


def build(folder, out, *args):
    result = run_cli("build", str(folder), "-o", str(out), *args)
    assert result.returncode == 0, result.stderr
    return result


def index_text(pdf, page: int) -> str:
    return flat(page_texts(pdf, layout=True)[page - 1])


def index_page_of(texts: list[str]) -> int:
    return next(i for i, t in enumerate(texts, 1) if "Exhibit Index" in t)


def built(tmp_path_factory, name: str, *args):
    """The small case built once with these build options; the path of the packet."""
    folder = small_case(tmp_path_factory.mktemp(name) / "case")
    out = folder.parent / f"{name}.pdf"
    build(folder, out, *args)
    return out


# ------------------------------------------------------------------------------------------------- layout

def test_layout_counts_the_fax_cover_and_duplex_blanks():
    plain = lay_out("X", 3, 1, [("A", 2), ("B", 1)])
    assert [(s.first, s.last) for s in plain.spans] == [(1, 3), (4, 4), (5, 7), (8, 9)]
    both = lay_out("X", 3, 1, [("A", 2), ("B", 1)], Extras(fax_cover=True, duplex=True))
    # cover 1, blank 2, letter 3-5, index 7 (6 blank), A 9-11 (8 blank), B 13-14 (12 blank)
    assert [(s.first, s.last) for s in both.spans] == [(1, 1), (3, 5), (7, 7), (9, 11), (13, 14)]
    assert both.blanks == (2, 6, 8, 12)
    assert all(span.first % 2 == 1 for span in both.spans)
    assert both.exhibit_pages(1) == (14, 14) and both.total == 14


@pytest.mark.libreoffice
def test_sizes_and_routes_that_do_not_go_together():
    from appeal_kit.packet.delivery import Delivery, parse_size

    assert parse_size("10MB") == 10_000_000 and parse_size("9.5 mb") == 9_500_000
    assert parse_size("10MiB") == 10 * 2**20 and parse_size("500KB") == 500_000 and parse_size("123456") == 123456
    for bad in ("ten MB", "10 MBs", "1KB"):
        with pytest.raises(ValueError):
            parse_size(bad)
    for bad in (dict(fax=True, max_size=10**6), dict(fax_pages=1), dict(compress=True)):
        with pytest.raises(ValueError):
            Delivery(**bad)
    assert Delivery(fax_pages=5).fax  # --fax-pages implies --fax
    # 5 pages a transmission: the first is packet pages 1-5 (its cover is packet page 1), later ones 4 pages
    # after their own cover.
    assert Delivery(fax_pages=5).transmissions(14) == [(1, 5), (6, 9), (10, 13), (14, 14)]
    assert Delivery(fax=True).transmissions(14) == [(1, 14)]
    result = run_cli("build", "--fax", "--max-size", "1MB", str(ROOT / "evidence_samples" / "ketamine-trd"))
    assert result.returncode == 2 and "two different routes" in result.stderr


# ------------------------------------------------------------------------------------------------- fax

@pytest.fixture(scope="module")
def fax_case(tmp_path_factory):
    return small_case(tmp_path_factory.mktemp("fax") / "case")


@pytest.mark.libreoffice
def test_check_and_build_refuse_fax_without_the_insurer_fax_number(tmp_path):
    folder = small_case(tmp_path / "case", fax=False)
    result = run_cli("check", "--fax", str(folder))
    assert result.returncode == 3
    assert "insurer.fax" in result.stderr and "fax number" in result.stderr
    assert run_cli("check", str(folder)).returncode == 0  # without --fax the number is not needed
    result = run_cli("build", str(folder), "--fax")
    assert result.returncode == 3 and "insurer.fax" in result.stderr
    assert not (folder / "packet.pdf").exists()


@pytest.mark.libreoffice
def test_fax_cover_is_page_one_and_counts_every_page(fax_case, tmp_path):
    plain, faxed = tmp_path / "plain.pdf", tmp_path / "fax.pdf"
    build(fax_case, plain)
    build(fax_case, faxed, "--fax")
    total = len(PdfReader(faxed).pages)
    assert total == len(PdfReader(plain).pages) + 1
    cover = flat(page_texts(faxed)[0])
    for expected in ("FAX", f"Fax: {FAX_NUMBER}", "To: Fictional Health Plan, Appeals Department",
                     "From: Test Author (Patient)", "Phone: (555) 010-2000", "E-mail: test.author@example.com",
                     f"Pages: {total}, including this cover sheet", "claim CLM-2026-0099", "member ID XJ 4471-002",
                     "CONFIDENTIAL HEALTH INFORMATION"):
        assert expected in cover, expected
    assert "Transmission" not in cover
    assert footer_bates(faxed) == list(range(1, total + 1))  # the cover is packet page 1; nothing restarts
    # The index counts the cover: the letter starts on page 2 and every range moves by one.
    texts = page_texts(faxed)
    index_page = index_page_of(texts)
    index = index_text(faxed, index_page)
    letter_last = index_page - 1
    assert f"Letter Appeal letter {2 if letter_last == 2 else f'2–{letter_last}'} NGUYEN-000002" in index
    first_cover = index_page + 1
    assert f"A Rotated {first_cover}–{first_cover + 3} NGUYEN-{first_cover:06d}" in index
    assert "EXHIBIT" in texts[first_cover - 1]
    # Fax-friendly: the index heading has no tinted band on the fax build, and has one on the plain build.
    fill = re.compile(rb"\bre f\b")
    assert not fill.search(PdfReader(faxed).pages[index_page - 1].get_contents().get_data())
    assert fill.search(PdfReader(plain).pages[index_page - 2].get_contents().get_data())
    outline = [item.title for item in PdfReader(faxed).outline]
    assert outline[:3] == ["Fax cover sheet", "Appeal letter", "Exhibit index"]


@pytest.mark.libreoffice
def test_fax_transmissions_of_at_most_n_pages_with_their_own_covers(fax_case, tmp_path):
    out = tmp_path / "packet.pdf"
    result = build(fax_case, out, "--fax-pages", "5")
    files = sorted(tmp_path.glob("packet-fax-*-of-*.pdf"), key=lambda p: int(p.name.split("-")[2]))
    assert not out.exists() and len(files) >= 3
    n = len(files)
    assert [p.name for p in files] == [f"packet-fax-{i}-of-{n}.pdf" for i in range(1, n + 1)]
    assert str(files[0]) in result.stdout
    total = None
    seen_bates: list[int] = []
    for i, path in enumerate(files, 1):
        pages = len(PdfReader(path).pages)
        assert pages <= 5, path.name
        cover = flat(page_texts(path)[0])
        assert "FAX" in cover and f"Pages: {pages}, including this cover sheet" in cover, path.name
        m = re.search(rf"Transmission {i} of {n}: pages (\d+)–(\d+) of the packet \((\d+) pages\)", cover)
        assert m, cover
        first, last, total = int(m.group(1)), int(m.group(2)), int(m.group(3))
        bates = footer_bates(path)
        if i == 1:
            assert bates[0] == 1  # the packet's own cover
        else:
            assert bates[0] is None  # a transmission's own cover is not a packet page
            bates = bates[1:]
        assert bates == list(range(first, last + 1)), path.name
        seen_bates += bates
    assert seen_bates == list(range(1, total + 1))  # every packet page once, numbers never restart


# ------------------------------------------------------------------------------------------------- duplex

@pytest.fixture(scope="module")
def duplex_packet(tmp_path_factory):
    return built(tmp_path_factory, "duplex", "--duplex")


def test_duplex_starts_letter_index_and_every_cover_on_an_odd_page(duplex_packet):
    texts = page_texts(duplex_packet)
    index_page = index_page_of(texts)
    covers = [i for i, t in enumerate(texts, 1) if re.search(r"^\s*EXHIBIT\s*$", t, re.M)]
    assert len(covers) == 3
    assert index_page % 2 == 1 and all(c % 2 == 1 for c in covers), (index_page, covers)
    blanks = [i for i, t in enumerate(texts, 1) if "This page intentionally left blank" in t]
    # Each blank sits just before a page that must be odd, and only there.
    assert blanks and all(b % 2 == 0 and b + 1 in [index_page, *covers] for b in blanks)
    header = "Patient: Nguyễn Thị Hằng Member ID: XJ 4471-002 Claim: CLM-2026-0099"
    for b in blanks:
        assert header in flat(texts[b - 1])
    assert footer_bates(duplex_packet) == list(range(1, len(texts) + 1))
    # The index's ranges point at the covers as they were placed, not counting the blank before each.
    index = index_text(duplex_packet, index_page)
    for label, cover in zip("ABC", covers):
        assert re.search(rf"\b{label} \S.*? {cover}(–\d+)? NGUYEN-{cover:06d}", index), (label, cover, index)
    labels = PdfReader(duplex_packet).page_labels
    assert labels[covers[-1] - 1] == f"NGUYEN-{covers[-1]:06d}"


@pytest.mark.libreoffice
def test_letter_pointers_agree_with_a_fax_and_duplex_packet(tmp_path):
    """The sample letter cites exhibits by Bates range; with a fax cover and duplex blanks the pointers must
    still land on the exhibit's own first page."""
    out = tmp_path / "sample.pdf"
    build(ROOT / "evidence_samples" / "ketamine-trd", out, "--fax", "--duplex")
    texts = page_texts(out)
    pointers = re.findall(r"Exhibit ([A-Z]), (WHITFIELD-(\d{6}))", flat(" ".join(texts[:6])))
    assert pointers
    for label, _, number in pointers:
        assert f"Exhibit {label}, page 1 of" in texts[int(number) - 1], (label, number)


# ------------------------------------------------------------------------------------------------- parts

CAP = 1_000_000


def noise_image(seed: int):
    """A page-sized picture that compresses badly, like a colour scan (fictional: noise and a gradient)."""
    from PIL import Image

    w, h = 1275, 1650
    noise = Image.effect_noise((w, h), 12 + seed)
    grad = Image.linear_gradient("L").resize((w, h))
    return Image.merge("RGB", (Image.blend(grad, noise, 0.3), noise, Image.blend(noise, grad, 0.5)))


@pytest.fixture(scope="module")
def parts_case(tmp_path_factory):
    import img2pdf

    folder = small_case(tmp_path_factory.mktemp("parts") / "case")
    # One scan stored losslessly: about 3 MB, far over the 1 MB cap alone.
    noise_image(0).save(folder / "clinical" / "scan.png", compress_level=1)
    # A three-page scan of JPEG pages: about 1.1 MB, over the cap, each page well under it.
    jpegs = []
    for seed in (1, 2, 3):
        buf = io.BytesIO()
        noise_image(seed).save(buf, "JPEG", quality=75)
        jpegs.append(buf.getvalue())
    (folder / "other" / "scan-pages.pdf").write_bytes(img2pdf.convert(jpegs))
    return folder


@pytest.mark.libreoffice
def test_parts_need_compress_when_one_page_is_over_the_cap(parts_case, tmp_path):
    result = run_cli("build", str(parts_case), "-o", str(tmp_path / "p.pdf"), "--max-size", "1MB")
    assert result.returncode == 9
    assert "alone is over --max-size" in result.stderr and "--compress" in result.stderr
    assert "Exhibit C: Scan" in result.stderr
    assert not list(tmp_path.glob("*.pdf"))


@pytest.mark.libreoffice
def test_parts_under_the_cap_with_bates_running_on(parts_case, tmp_path):
    out = tmp_path / "upload.pdf"
    result = build(parts_case, out, "--max-size", "1MB", "--compress")
    parts = sorted(tmp_path.glob("upload-part-*-of-*.pdf"), key=lambda p: int(p.name.split("-")[2]))
    n = len(parts)
    assert n >= 3 and [p.name for p in parts] == [f"upload-part-{i}-of-{n}.pdf" for i in range(1, n + 1)]
    assert not out.exists()
    for part in parts:
        assert part.stat().st_size <= CAP, (part.name, part.stat().st_size)
    texts = [page_texts(p) for p in parts]
    bates = [footer_bates(p) for p in parts]
    assert sum(bates, []) == list(range(1, sum(len(t) for t in texts) + 1))  # run on across parts
    for i, part_texts in enumerate(texts, 1):
        assert f"Part {i} of {n}" in flat(part_texts[0]) and "CLM-2026-0099" in flat(part_texts[0])
        assert not any(f"Part {i} of {n}" in flat(t) for t in part_texts[1:])
        assert PdfReader(parts[i - 1]).page_labels[0] == f"NGUYEN-{bates[i - 1][0]:06d}"
    # Where each exhibit's pages ended up, by the exhibit label stamped on them.
    where: dict[str, set[int]] = {}
    for i, part_texts in enumerate(texts, 1):
        for text in part_texts:
            for label in re.findall(r"Exhibit ([A-Z]), page \d+ of", text):
                where.setdefault(label, set()).add(i)
            m = re.search(r"^\s*EXHIBIT\s*\n+\s*([A-Z])\s*$", text, re.M)
            if m:
                where.setdefault(m.group(1), set()).add(i)
    # A rotated, B mixed sizes, C scan.png, D plain notes, E scan-pages (over the cap alone: split)
    assert all(len(where[label]) == 1 for label in "ABCD"), where
    assert len(where["E"]) == 2
    assert "Exhibit E: Scan pages alone is over the size cap: split at page boundaries" in result.stdout
    # The index, in part 1, names the part holding each exhibit.
    index_page = index_page_of(texts[0])
    index = index_text(parts[0], index_page)
    assert " Part " in index
    for label, holders in where.items():
        parts_text = "–".join(str(p) for p in sorted(holders)) if len(holders) == 1 else \
            f"{min(holders)}–{max(holders)}"
        assert re.search(rf"\b{label} [^–]*? {parts_text} \d", index), (label, parts_text, index)
    # The lossless scan was recompressed, and its cover says how.
    cover_c = next(t for t in texts[min(where["C"]) - 1] if re.search(r"^\s*C\s*$", t, re.M) and "EXHIBIT" in t)
    assert "JPEG quality 75, at most 150 dpi" in flat(cover_c)
    assert "Exhibit C: images recompressed" in result.stdout


# ------------------------------------------------------------------------------------------------- PDF/A

@pytest.fixture(scope="module")
def pdfa_packet(tmp_path_factory):
    return built(tmp_path_factory, "archive", "--pdfa")


def test_pdfa_identification_and_output_intent(pdfa_packet):
    reader = PdfReader(pdfa_packet)
    assert not reader.is_encrypted
    root = reader.trailer["/Root"]
    xmp = root["/Metadata"].get_object().get_data().decode("utf-8")
    assert re.search(r"pdfaid:part\W+2", xmp) and re.search(r"pdfaid:conformance\W+B", xmp)
    intents = [i.get_object() for i in root["/OutputIntents"]]
    assert intents[0]["/S"] == "/GTS_PDFA1"
    profile = intents[0]["/DestOutputProfile"].get_object()
    assert profile["/N"] == 3 and profile.get_data()[36:40] == b"acsp"  # an ICC profile, RGB
    assert "/JavaScript" not in root.get("/Names", {}) and "/OpenAction" not in root
    # Page labels and bookmarks survive the conversion, and the text is still text.
    assert reader.page_labels[0] == "NGUYEN-000001"
    assert [o.title for o in reader.outline][:2] == ["Appeal letter", "Exhibit index"]
    assert "Patient: Nguyễn Thị Hằng" in flat(page_texts(pdfa_packet)[0])


def test_pdfa_embeds_every_font_even_an_exhibits(pdfa_packet):
    """rotated.pdf uses Helvetica without embedding it; in the PDF/A packet pdffonts must list every font as
    embedded."""
    out = subprocess.run(["pdffonts", str(pdfa_packet)], capture_output=True, text=True, check=True).stdout
    rows = out.splitlines()[2:]
    assert len(rows) >= 3
    for row in rows:
        # columns: name, type (may be two words), encoding, emb, sub, uni, object, generation
        emb = row.split()[-5]
        assert emb == "yes", row
    assert any("Helvetica" in r or "NimbusSans" in r for r in rows), out


def test_pdfa_without_ghostscript_is_a_missing_dependency(tmp_path, monkeypatch):
    from appeal_kit._exec.ghostscript import to_pdfa
    from appeal_kit.errors import MissingDependencyError

    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(MissingDependencyError) as err:
        to_pdfa(PDFS / "rotated.pdf", tmp_path / "out.pdf")
    assert "Ghostscript" in err.value.message and "apt-get install ghostscript" in err.value.message


def test_pdfa_failure_names_the_exhibits_whose_fonts_are_not_embedded(tmp_path, monkeypatch):
    """When Ghostscript refuses, the error says which exhibit carries fonts it would have had to embed."""
    from appeal_kit._exec import ghostscript
    from appeal_kit.case.folder import load_case
    from appeal_kit.errors import ConversionError
    from appeal_kit.numbering import lay_out
    from appeal_kit.packet.assemble import Section, compose, index_page_count
    from appeal_kit.packet.delivery import Delivery, files_to_write, write_files

    def refuse(src, dst):
        raise ConversionError(f"{src.name}: Ghostscript could not make it PDF/A-2b: (test)")

    monkeypatch.setattr(ghostscript, "to_pdfa", refuse)
    def no_text() -> PdfReader:
        from pypdf import PdfWriter

        blank = PdfWriter()
        blank.add_blank_page(612, 792)
        buf = io.BytesIO()
        blank.write(buf)
        return PdfReader(buf)

    case = load_case(write_case(tmp_path / "case"))
    letter = no_text()
    # Only rotated.pdf names a font (Helvetica) without embedding it.
    exhibits = [("Plain", no_text()), ("Rotated", PdfReader(PDFS / "rotated.pdf"))]
    numbering = lay_out(case.bates_prefix, len(letter.pages), index_page_count(case, ["Plain", "Rotated"]),
                        [(t, len(r.pages)) for t, r in exhibits])
    sections = [Section("Appeal letter", letter)] + [Section(t, r, label) for (t, r), label in zip(exhibits, "AB")]
    delivery = Delivery(pdfa=True)
    writer = compose(case, sections, numbering, delivery=delivery)
    with pytest.raises(ConversionError) as err:
        write_files(files_to_write(writer, case, numbering, delivery, tmp_path / "p.pdf"), numbering, delivery,
                    tmp_path)
    assert "fonts not embedded in: Exhibit B)" in err.value.message, err.value.message
    assert not (tmp_path / "p.pdf").exists()
