"""Make the awkward PDFs and images the packet tests need (see tests/resources/README.md).

Run from the repository root:  python tests/resources/make_fixtures.py
Needs reportlab, pypdf, Pillow and qpdf. Everything here is synthetic; no real person is named.
"""
from __future__ import annotations

import io
import subprocess
from pathlib import Path

from PIL import Image, ImageDraw
from pypdf import PdfReader, PdfWriter
from pypdf.generic import BooleanObject, DecodedStreamObject, DictionaryObject, NameObject, NumberObject
from reportlab.lib.pagesizes import A4, LEGAL, TABLOID, landscape, letter
from reportlab.pdfgen import canvas

OUT = Path(__file__).parent / "pdfs"


def _pdf(pages: list[tuple[tuple[float, float], str]]) -> bytes:
    """One page per (size, label), each with a frame to the page edges and its label in the middle."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    for (w, h), text in pages:
        c.setPageSize((w, h))
        c.setLineWidth(min(w, h) / 100)
        c.rect(1, 1, w - 2, h - 2)
        size = max(0.5, min(24.0, w / (len(text) * 0.6)))
        c.setFont("Helvetica-Bold", size)
        c.drawCentredString(w / 2, h / 2, text)
        c.setFont("Helvetica", max(0.5, size / 2))
        c.drawString(4, h - size, "TOP-LEFT")
        c.showPage()
    c.save()
    return buf.getvalue()


def mixed_sizes() -> None:
    (OUT / "mixed-sizes.pdf").write_bytes(_pdf([
        (A4, "A4 PORTRAIT PAGE"),
        (LEGAL, "LEGAL PAGE"),
        (landscape(TABLOID), "TABLOID LANDSCAPE"),
        ((3.84, 3.84), "TINY"),
        (landscape(letter), "LETTER LANDSCAPE"),
    ]))


def rotated() -> None:
    """Pages with /Rotate 90, 180, 270 whose text reads upright when displayed."""
    reader = PdfReader(io.BytesIO(_pdf([(letter, "ROTATED 90"), (letter, "ROTATED 180"), (letter, "ROTATED 270")])))
    writer = PdfWriter()
    for page, angle in zip(reader.pages, (90, 180, 270)):
        writer.add_page(page).rotate(angle)
    writer.write(OUT / "rotated.pdf")


def shared_content() -> None:
    """Four rotated pages that share ONE content stream object (as seen in a real 4-page scan)."""
    writer = PdfWriter()
    stream = DecodedStreamObject()
    stream.set_data(b"BT /F1 28 Tf 100 400 Td (SHARED CONTENT) Tj ET 4 w 10 10 592 772 re S")
    ref = writer._add_object(stream)
    font = writer._add_object(DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
        NameObject("/BaseFont"): NameObject("/Helvetica")}))
    resources = writer._add_object(DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})}))
    for _ in range(4):
        page = writer.add_blank_page(612, 792)
        page[NameObject("/Contents")] = ref
        page[NameObject("/Resources")] = resources
        page[NameObject("/Rotate")] = NumberObject(90)
    writer.write(OUT / "shared-content.pdf")


def unbalanced_state() -> None:
    """Content that scales and colours the page and never restores the graphics state (no q/Q)."""
    writer = PdfWriter()
    page = writer.add_blank_page(612, 792)
    stream = DecodedStreamObject()
    stream.set_data(b"3 0 0 3 0 0 cm 1 0 0 rg 0 0 0 RG BT /F1 10 Tf 20 130 Td (UNBALANCED STATE) Tj ET")
    page[NameObject("/Contents")] = writer._add_object(stream)
    page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): DictionaryObject({
        NameObject("/F1"): DictionaryObject({NameObject("/Type"): NameObject("/Font"),
                                             NameObject("/Subtype"): NameObject("/Type1"),
                                             NameObject("/BaseFont"): NameObject("/Helvetica")})})})
    writer.write(OUT / "unbalanced-state.pdf")


def forms() -> None:
    """Two PDFs with a filled form field of the SAME name (they collide when merged naively)."""
    for name, value in (("form-one.pdf", "FIRST FORM VALUE"), ("form-two.pdf", "SECOND FORM VALUE")):
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=letter, invariant=1)
        c.setFont("Helvetica", 14)
        c.drawString(72, 720, f"Form document {name}")
        c.acroForm.textfield(name="member_id", value=value, x=72, y=600, width=300, height=24,
                             borderWidth=1, fontSize=12)
        c.showPage()
        c.save()
        (OUT / name).write_bytes(buf.getvalue())


def forms_without_appearances() -> None:
    """The two forms again with every widget's appearance removed and /NeedAppearances set, as some form fillers
    leave them: the values exist only as /V, and a viewer (or appeal-kit) must draw them."""
    for src, dst in (("form-one.pdf", "form-needs-appearance-one.pdf"),
                     ("form-two.pdf", "form-needs-appearance-two.pdf")):
        w = PdfWriter(clone_from=PdfReader(OUT / src))
        for page in w.pages:
            for annot in page.get("/Annots") or []:
                annot.get_object().pop("/AP", None)
        w._root_object["/AcroForm"][NameObject("/NeedAppearances")] = BooleanObject(True)
        w.write(OUT / dst)


def damaged_metadata() -> None:
    """A PDF whose document information dictionary is cut off in the middle of a string."""
    w = PdfWriter(clone_from=PdfReader(io.BytesIO(_pdf([(letter, "DAMAGED METADATA STILL READ")]))))
    w.add_metadata({"/Title": "METADATA TITLE"})
    buf = io.BytesIO()
    w.write(buf)
    data = buf.getvalue()
    start = data.index(b"/Title (METADATA TITLE)")
    (OUT / "damaged-metadata.pdf").write_bytes(data[:start] + b"/Title (METADATA TITLE /Producer <<<< >>"
                                                + data[start + 40:])


def encrypted() -> None:
    base = PdfReader(io.BytesIO(_pdf([(letter, "ENCRYPTED EMPTY PASSWORD")])))
    w = PdfWriter(clone_from=base)
    w.encrypt(user_password="", owner_password="owner-secret", algorithm="AES-128")
    w.write(OUT / "encrypted-empty-password.pdf")
    base = PdfReader(io.BytesIO(_pdf([(letter, "NEEDS A PASSWORD")])))
    w = PdfWriter(clone_from=base)
    w.encrypt(user_password="open-sesame", owner_password="owner-secret", algorithm="AES-128")
    w.write(OUT / "encrypted-needs-password.pdf")


def damaged() -> None:
    """A PDF whose cross-reference table points at wrong offsets (repairable), and one that is garbage."""
    data = bytearray(_pdf([(letter, "DAMAGED XREF REPAIRED")]))
    xref = data.rindex(b"xref")
    start = data.index(b"\n", data.index(b"\n", xref) + 1) + 1  # first entry line after "0 N"
    entries = data[start:start + 20 * 8]
    data[start:start + len(entries)] = entries.replace(b"0000", b"9999", 6)
    data[data.rindex(b"startxref") + 10:data.rindex(b"%%EOF")] = b"99999\n"
    (OUT / "damaged-xref.pdf").write_bytes(bytes(data))
    # Cut off before the xref table and trailer: pypdf gives up, qpdf reconstructs it.
    whole = _pdf([(letter, "TRUNCATED REPAIRED BY QPDF"), (letter, "SECOND PAGE")])
    (OUT / "truncated-needs-qpdf.pdf").write_bytes(whole[:whole.rindex(b"xref")])
    (OUT / "garbage.pdf").write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 8 + b"\n%%EOF\n")


def photo() -> None:
    """A 'phone photo' of a portrait page: pixels stored sideways with EXIF orientation 6 (turn 90 degrees
    clockwise to view). Seen upright, a dark bar runs across the top of the picture."""
    upright = Image.new("RGB", (600, 800), "white")
    d = ImageDraw.Draw(upright)
    d.rectangle([5, 5, 594, 794], outline="black", width=6)
    d.rectangle([30, 30, 570, 110], fill="navy")
    d.text((40, 140), "PHOTO: the dark bar is at the top when upright", fill="black")
    stored = upright.rotate(90, expand=True)  # stored turned a quarter counter-clockwise, as phones do
    exif = Image.Exif()
    exif[0x0112] = 6
    stored.save(OUT / "photo-exif6.jpg", quality=85, exif=exif)
    rgba = Image.new("RGBA", (300, 200), (0, 0, 0, 0))
    ImageDraw.Draw(rgba).ellipse([10, 10, 290, 190], fill=(200, 30, 30, 255))
    rgba.save(OUT / "transparent.png")


def word97_with_tracked_changes() -> None:
    """A Word 97 .doc with one tracked deletion and one tracked insertion, saved by LibreOffice from a DOCX whose
    document.xml holds the two changes (w:del, w:ins) as Word writes them."""
    import re
    import shutil
    import tempfile
    import zipfile

    import docx

    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "tracked-deletion.docx"
        document = docx.Document()
        document.add_paragraph("KEPT SENTENCE (fictional clinical note).")
        document.add_paragraph("PLACEHOLDER")
        document.save(source)
        with zipfile.ZipFile(source) as zf:
            parts = {name: zf.read(name) for name in zf.namelist()}
        marks = 'w:author="Dr. Fictional" w:date="2026-03-01T00:00:00Z"'
        parts["word/document.xml"] = re.sub(
            r"<w:r>(?:(?!<w:r>).)*?PLACEHOLDER</w:t></w:r>",
            f'<w:del w:id="1" {marks}><w:r><w:delText>DELETED REMARK ABOUT ANOTHER PATIENT.</w:delText></w:r></w:del>'
            f'<w:ins w:id="2" {marks}><w:r><w:t>INSERTED SENTENCE.</w:t></w:r></w:ins>',
            parts["word/document.xml"].decode(), flags=re.S).encode()
        with zipfile.ZipFile(source, "w") as zf:
            for name, data in parts.items():
                zf.writestr(name, data)
        subprocess.run(["soffice", f"-env:UserInstallation={Path(tmp, 'profile').as_uri()}", "--headless",
                        "--convert-to", "doc:MS Word 97", "--outdir", tmp, str(source)], check=True,
                       capture_output=True, timeout=120)
        shutil.copy(Path(tmp) / "tracked-deletion.doc", OUT / "tracked-deletion.doc")


def main() -> None:
    OUT.mkdir(exist_ok=True)
    mixed_sizes()
    rotated()
    shared_content()
    unbalanced_state()
    forms()
    forms_without_appearances()
    damaged_metadata()
    encrypted()
    damaged()
    photo()
    word97_with_tracked_changes()
    (OUT / "plain-notes.txt").write_text("Plain text clinical note (fictional).\nLine two of the note.\n")
    (OUT / "letter-from-therapist.rtf").write_text(
        "{\\rtf1\\ansi{\\fonttbl{\\f0 Times New Roman;}}\\f0\\fs24 RTF LETTER FROM A THERAPIST (fictional).\\par "
        "Second paragraph.\\par}\n")
    (OUT / "unknown.xyz").write_bytes(b"not a supported evidence type\n")
    subprocess.run(["qpdf", "--check", str(OUT / "shared-content.pdf")], check=False, capture_output=True)
    print("fixtures written to", OUT)


if __name__ == "__main__":
    main()
