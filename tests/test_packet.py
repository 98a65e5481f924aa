"""End-to-end packet builds with real LibreOffice, checked with pypdf and pdftotext."""
from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from conftest import PDFS, page_texts, page_words, run_cli, tree_digest, write_case
from pypdf import PdfReader

# Exhibit order: denial/, clinical/, literature/, other/, names sorted; with their source page counts.
EXPECTED = [("A", "Rotated", 3), ("B", "Mixed sizes", 5), ("C", "Shared content", 4), ("D", "Unbalanced state", 1),
            ("E", "Damaged xref", 1), ("F", "Encrypted empty password", 1), ("G", "Form one", 1),
            ("H", "Form two", 1), ("I", "Photo exif6", 1), ("J", "Plain notes", 1), ("K", "Transparent", 1)]
HEADER = "Patient: Nguyễn Thị Hằng Member ID: XJ 4471-002 Claim: CLM-2026-0099"
BATES = re.compile(r"NGUYEN-\d{6}")


def layout(letter_pages: int):
    """Expected (label, title, first, last, source pages) with the index on the page after the letter."""
    out, page = [], letter_pages + 2
    for label, title, n in EXPECTED:
        out.append((label, title, page, page + n, n))
        page += n + 1
    return out


@pytest.fixture(scope="module")
def packet(awkward_packet):
    path, info = awkward_packet
    reader = PdfReader(path)
    texts = page_texts(path)
    letter_pages = next(i for i, t in enumerate(texts) if "Exhibit Index" in t)
    return path, reader, texts, letter_pages, info


def test_page_count_and_order(packet):
    path, reader, texts, letter_pages, _ = packet
    assert letter_pages >= 1
    expected = layout(letter_pages)
    assert len(reader.pages) == expected[-1][3]
    for label, title, first, last, n in expected:
        cover = texts[first - 1]
        assert "EXHIBIT" in cover and title in cover, (label, cover)
        assert re.search(rf"^\s*{label}\s*$", cover, re.M)


def footer_bates(words, height):
    return [w.text for w in words if BATES.fullmatch(w.text) and w.y0 > height - 26]


def test_every_page_has_header_and_its_own_bates_number(packet):
    path, reader, texts, _, _ = packet
    for i, text in enumerate(texts, start=1):
        assert HEADER in " ".join(text.split()), f"page {i}"
    words = page_words(path)
    assert len(words) == len(texts)
    for i, (width, height, page) in enumerate(words, start=1):
        assert footer_bates(page, height) == [f"NGUYEN-{i:06d}"], f"page {i}"


def test_exhibit_page_labels(packet):
    path, reader, texts, letter_pages, _ = packet
    for label, title, first, last, n in layout(letter_pages):
        assert "Exhibit " + label + ", page" not in texts[first - 1]  # the cover sheet carries no page label
        for k in range(1, n + 1):
            assert f"Exhibit {label}, page {k} of {n}" in texts[first - 1 + k], (label, k)
    for i in range(letter_pages + 1):  # letter and index pages are not exhibit pages
        assert not re.search(r"Exhibit [A-Z]+, page", texts[i])


def test_index_lists_correct_ranges(packet):
    path, reader, texts, letter_pages, _ = packet
    index = " ".join(page_texts(path, layout=True)[letter_pages].split())
    assert f"Letter Appeal letter {'1' if letter_pages == 1 else f'1–{letter_pages}'}" in index
    for label, title, first, last, n in layout(letter_pages):
        row = f"{label} {title} {first}–{last} NGUYEN-{first:06d} – NGUYEN-{last:06d}"
        assert row in index, row


def test_bookmarks_point_at_letter_index_and_covers(packet):
    path, reader, texts, letter_pages, _ = packet
    marks = [(item.title, reader.get_destination_page_number(item)) for item in reader.outline]
    expected = [("Appeal letter", 0), ("Exhibit index", letter_pages)]
    expected += [(f"Exhibit {label}: {title}", first - 1) for label, title, first, _, _ in layout(letter_pages)]
    assert marks == expected


def test_page_labels_are_the_bates_numbers(packet):
    path, reader, *_ = packet
    assert list(reader.page_labels) == [f"NGUYEN-{i:06d}" for i in range(1, len(reader.pages) + 1)]


def test_pages_are_letter_sized_and_upright(packet):
    path, reader, *_ = packet
    for i, page in enumerate(reader.pages):
        size = (round(float(page.mediabox.width)), round(float(page.mediabox.height)))
        assert size in ((612, 792), (792, 612)), (i, size)
        assert page.rotation == 0


def test_stamps_sit_in_the_bands_and_content_does_not(packet):
    """Bates bottom right, header at the top, everything else between the bands, on every page."""
    path, reader, texts, letter_pages, _ = packet
    for n, (width, height, words) in enumerate(page_words(path), start=1):
        bates = [w for w in words if BATES.fullmatch(w.text) and w.y0 > height - 26]
        assert len(bates) == 1
        b = bates[0]
        assert b.x1 > width - 40 and b.y1 > height - 20 and b.y1 <= height, (n, b)
        assert 6 < b.y1 - b.y0 < 14, (n, b)  # upright 9 pt text, not scaled by the page's own content
        header = [w for w in words if w.text == "Patient:"]
        assert header and header[0].y1 < 30 and header[0].x0 < 30, (n, header)
        stamp_lines = [w for w in words if w.y1 <= 26 or w.y0 >= height - 26]
        for w in words:
            if w not in stamp_lines and w.text.strip():
                assert 30 - 1 <= w.y0 and w.y1 <= height - 30 + 1, (n, w)


def test_shared_content_pages_each_get_one_stamp(packet):
    path, reader, texts, letter_pages, _ = packet
    label, title, first, last, n = layout(letter_pages)[2]
    assert title == "Shared content"
    for k in range(1, n + 1):
        text = texts[first - 1 + k]
        assert text.count("Exhibit C, page") == 1
        assert BATES.findall(text) == [f"NGUYEN-{first + k:06d}"]
        assert "SHARED CONTENT" in text


def test_forms_are_flattened_and_do_not_collide(packet):
    path, reader, texts, *_ = packet
    assert "/AcroForm" not in reader.trailer["/Root"]
    joined = "\n".join(texts)
    assert "FIRST FORM VALUE" in joined and "SECOND FORM VALUE" in joined
    assert all("/Annots" not in page for page in reader.pages)


def test_photo_respects_exif_orientation(packet, tmp_path):
    """The fixture photo is stored sideways with EXIF orientation 6; upright, its dark bar is at the top."""
    path, reader, texts, letter_pages, _ = packet
    label, title, first, last, n = layout(letter_pages)[8]
    assert title == "Photo exif6"
    page = reader.pages[first]  # the page after the cover
    assert float(page.mediabox.height) > float(page.mediabox.width)  # portrait, as the camera meant
    subprocess.run(["pdftoppm", "-r", "20", "-gray", "-f", str(first + 1), "-l", str(first + 1), str(path),
                    str(tmp_path / "photo")], check=True)
    from PIL import Image

    im = Image.open(next(tmp_path.glob("photo*.pgm")))
    w, h = im.size
    top = sum(im.getpixel((x, int(h * 0.12))) for x in range(w // 4, 3 * w // 4)) / (w // 2)
    bottom = sum(im.getpixel((x, int(h * 0.85))) for x in range(w // 4, 3 * w // 4)) / (w // 2)
    assert top < 100 < bottom, (top, bottom)


def test_one_shared_font_subset_for_the_whole_packet(packet):
    path, reader, *_ = packet
    font_files = set()
    for page in reader.pages:
        for name, font in page["/Resources"]["/Font"].items():
            font = font.get_object()
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"].get_object()
            font_files.add(descriptor.indirect_reference.idnum)
            assert font["/BaseFont"].startswith("/") and "+" in font["/BaseFont"]  # a subset
            assert "/ToUnicode" in font
    assert 1 <= len(font_files) <= 3  # regular, bold, maybe a fallback: embedded once, not per page


def test_header_is_drawn_once_per_page_size_and_shared(packet):
    """Every page shows the header through one form XObject per page size and one /Font dictionary, so a
    page carries only its own footer (benchmarks/targets.py: packet size)."""
    path, reader, *_ = packet
    headers, sizes, font_dicts = set(), set(), set()
    for page in reader.pages:
        resources = page["/Resources"]
        headers.add(resources["/XObject"].raw_get("/AKHead").idnum)
        font_dicts.add(resources.raw_get("/Font").idnum)
        sizes.add((float(page.mediabox.width), float(page.mediabox.height)))
    assert len(headers) == len(sizes) == 2  # portrait and landscape Letter
    assert len(font_dicts) == 1


def test_inputs_untouched(awkward_case, awkward_packet):
    _, info = awkward_packet
    assert tree_digest(awkward_case, skip=("packet.pdf",)) == info["before"]
    assert not list(awkward_case.glob("*.part")) and not list(awkward_case.glob(".*part"))


@pytest.mark.libreoffice
def test_cjk_name_is_embedded_and_searchable(tmp_path):
    folder = write_case(tmp_path / "cjk", name="王秀英", extra="bates_prefix: WANG\n")
    shutil.copy(PDFS / "unbalanced-state.pdf", folder / "clinical")
    result = run_cli("build", str(folder), "-o", str(tmp_path / "out.pdf"))
    assert result.returncode == 0, result.stderr
    texts = page_texts(tmp_path / "out.pdf")
    assert all("Patient: 王秀英" in t for t in texts)
    assert texts[-1].count("WANG-0000") == 1


@pytest.mark.libreoffice
def test_keep_page_sizes(tmp_path):
    folder = write_case(tmp_path / "keep")
    shutil.copy(PDFS / "mixed-sizes.pdf", folder / "clinical")
    result = run_cli("build", str(folder), "--keep-page-sizes")
    assert result.returncode == 0, result.stderr
    reader = PdfReader(folder / "packet.pdf")
    sizes = [(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in reader.pages[-5:]]
    # Each page keeps its size; 30 pt bands are added above and below; the tiny page is widened for stamps.
    assert sizes == [(595, 842 + 60), (612, 1008 + 60), (1224, 792 + 60), (360, 4 + 60), (792, 612 + 60)]
    texts = page_texts(folder / "packet.pdf")
    assert "Exhibit A, page 4 of 5" in texts[-2]


@pytest.mark.libreoffice
def test_packet_for_the_bundled_sample(tmp_path):
    from conftest import ROOT

    out = tmp_path / "sample.pdf"
    result = run_cli("build", str(ROOT / "evidence_samples" / "ketamine-trd"), "-o", str(out))
    assert result.returncode == 0, result.stderr
    texts = page_texts(out)
    reader = PdfReader(out)
    titles = [item.title for item in reader.outline]
    assert titles[:2] == ["Appeal letter", "Exhibit index"] and titles[2].startswith("Exhibit A: ")
    assert len(titles) >= 6
    assert "WHITFIELD-000001" in texts[0]
    assert f"WHITFIELD-{len(texts):06d}" in texts[-1]


@pytest.mark.libreoffice
def test_two_builds_at_once_do_not_collide(tmp_path):
    """Each LibreOffice run has its own profile folder, so simultaneous builds both succeed."""
    import os
    import sys

    from conftest import ROOT

    procs = []
    for n in range(2):
        folder = write_case(tmp_path / f"case{n}")
        shutil.copy(PDFS / "letter-from-therapist.rtf", folder / "other")
        procs.append(subprocess.Popen([sys.executable, "-m", "appeal_kit", "build", str(folder)],
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                      env={**os.environ, "PYTHONPATH": str(ROOT)}))
    for n, proc in enumerate(procs):
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        text = "\n".join(page_texts(tmp_path / f"case{n}" / "packet.pdf"))
        assert "RTF LETTER FROM A THERAPIST" in text and "Exhibit A, page 1 of 1" in text


def test_source_pages_are_scaled_evenly_into_the_space_between_the_bands(packet):
    """Every placed page is drawn by one `cm` with the same scale on both axes (aspect kept), and the
    source's visible box lands inside the page less the stamp bands."""
    path, reader, texts, letter_pages, _ = packet
    source = PdfReader(PDFS / "mixed-sizes.pdf")
    label, title, first, last, n = layout(letter_pages)[1]
    assert title == "Mixed sizes"
    for k, src in enumerate(source.pages):
        page = reader.pages[first + k]
        ops = page.get_contents().get_data().split(b"cm", 1)[0].split()
        a, b, c, d, e, f = (float(v) for v in ops[-6:])
        assert b == c == 0 and a == pytest.approx(d) and a > 0
        w, h = float(src.mediabox.width), float(src.mediabox.height)
        x0, y0, x1, y1 = e, f, e + a * w, f + d * h
        pw, ph = float(page.mediabox.width), float(page.mediabox.height)
        assert x0 >= 18 - 0.01 and x1 <= pw - 18 + 0.01 and y0 >= 30 - 0.01 and y1 <= ph - 30 + 0.01
        assert x0 - 18 < 0.5 or y0 - 30 < 0.5  # fitted: it touches the margins on one axis


@pytest.mark.libreoffice
def test_many_exhibits_continue_the_index_and_label_past_z(tmp_path):
    folder = write_case(tmp_path / "many")
    for i in range(30):
        shutil.copy(PDFS / "unbalanced-state.pdf", folder / "clinical" / f"note-{i:02d}.pdf")
    result = run_cli("build", str(folder))
    assert result.returncode == 0, result.stderr
    reader = PdfReader(folder / "packet.pdf")
    texts = page_texts(folder / "packet.pdf", layout=True)
    index_pages = [i for i, t in enumerate(texts) if "Exhibit Index" in t]
    assert len(index_pages) == 2 and "Exhibit Index (continued)" in texts[index_pages[1]]
    first_cover = index_pages[-1] + 1  # 0-based index of Exhibit A's cover
    marks = [(item.title, reader.get_destination_page_number(item)) for item in reader.outline]
    assert marks[1] == ("Exhibit index", index_pages[0])
    assert marks[-1] == ("Exhibit AD: Note 29", first_cover + 29 * 2)
    row = " ".join(texts[index_pages[1]].split())
    last = first_cover + 29 * 2 + 1  # 1-based number of AD's cover, then its one page
    assert f"AD Note 29 {last}–{last + 1} NGUYEN-{last:06d} – NGUYEN-{last + 1:06d}" in row
    assert len(reader.pages) == last + 1
