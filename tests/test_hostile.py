"""Hostile inputs: a packet carries only what the person chose.

Case folders arrive by e-mail from clients, and clinics keep many patients' folders on one shared drive. Each row of
HOSTILE arranges one hostile or odd input in a fresh case folder (beside it, another client's folder, `elsewhere/`),
runs a real `appeal-kit` command and checks all of it: the exit code; an `Error:` line naming the file or key at
fault; no traceback; nothing outside the case folder written (every file under the test folder byte-identical);
and nothing left in TMPDIR. Rows that need LibreOffice are marked `soffice`; the rest never start it, because the
refusal comes before any conversion. What a packet must not carry when a build succeeds (image metadata, hidden
layers, fetched pictures, page-resource extras) is checked by the tests after the table.
"""
from __future__ import annotations

import os
import re
import shutil
import signal
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import PDFS, run_cli, tree_digest, write_case

from appeal_kit.errors import ExitCode

SECRET = "OTHER CLIENT SECRET"
NOTICES = PDFS.parent / "notices"


@dataclass
class Hostile:
    id: str
    setup: Callable[[Path, Path], list[str]]  # (case folder, another client's folder) -> the command line
    code: ExitCode
    needles: tuple[str, ...]  # what the Error: line must name
    stdout_ok: bool = False  # `check` prints its findings on stdout before it fails


def append(folder: Path, text: str) -> None:
    with (folder / "case.yaml").open("a", encoding="utf-8") as fh:
        fh.write(text)


def edit(folder: Path, old: str, new: str) -> None:
    text = (folder / "case.yaml").read_text(encoding="utf-8")
    assert old in text, old
    (folder / "case.yaml").write_text(text.replace(old, new), encoding="utf-8")


def link(at: Path, to: Path) -> None:
    if at.is_dir() and not at.is_symlink():
        shutil.rmtree(at)
    at.symlink_to(to)


def alias_bomb(levels: int = 12) -> str:
    """A dozen lines of YAML whose aliases stand for 9**12 (about 280 billion) values."""
    lines = ["lol0: &lol0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"lol{i}: &lol{i} [{', '.join([f'*lol{i - 1}'] * 9)}]" for i in range(1, levels)]
    return "\n".join(lines) + f"\nnotes: *lol{levels - 1}\n"


def bomb_pack(folder: Path) -> None:
    """A clinic's template pack whose template is sound and whose companion YAML is an alias bomb."""
    from appeal_kit.bundled import bundled_dir

    folder.mkdir()
    shutil.copy(bundled_dir() / "claim-file-request.docx", folder / "bomb.docx")
    (folder / "bomb.yaml").write_text("name: bomb\ntitle: Test\n" + alias_bomb().replace("notes:", "purpose:"))


def damaged_xml_docx(path: Path) -> Path:
    """A DOCX (a sound zip) whose document.xml is cut off mid-element."""
    import zipfile

    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                    'package/2006/content-types"/>')
        zf.writestr("word/document.xml", '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.'
                    'org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>cut off')
    return path


def huge_png() -> bytes:
    """A PNG whose header says 30000 x 30000 pixels (900 megapixels); its pixel data is never reached."""
    import struct
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    header = struct.pack(">IIBBBBB", 30000, 30000, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 64))
            + chunk(b"IEND", b""))


def zip_bomb_docx(path: Path) -> None:
    """A .docx whose document.xml unpacks to 120 MB of zeros (a few hundred kilobytes packed)."""
    import zipfile

    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        with zf.open("word/document.xml", "w", force_zip64=True) as member:
            for _ in range(120):
                member.write(b"\0" * (1024 * 1024))


def forged_packet(path: Path) -> None:
    """Someone's own PDF that claims in its metadata to be a packet appeal-kit wrote."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    writer.add_metadata({"/Creator": "appeal-kit 0.1", "/Producer": "appeal-kit 0.1"})
    with open(path, "wb") as fh:
        writer.write(fh)


def unix_socket(path: Path) -> None:
    import socket

    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(path))  # the socket file stays after it is closed


def build(folder: Path, *extra: str) -> list[str]:
    return ["build", str(folder), *extra]


def steps(*actions) -> list[str]:
    """Run the set-up actions in order (their results ignored) and return the last one: the command line."""
    return actions[-1]


HOSTILE = [
    # --- 1. files from outside the case folder (exit 3: case.yaml or the folder names them)
    Hostile("exhibit-dot-dot", lambda f, o: steps(append(f, "exhibits:\n  - file: ../elsewhere/notes.pdf\n"),
                                                  build(f)),
            ExitCode.bad_case, ("exhibits item 1", "../elsewhere/notes.pdf", "outside the folder")),
    Hostile("exhibit-absolute", lambda f, o: steps(append(f, f"exhibits:\n  - file: {o / 'notes.pdf'}\n"),
                                                   build(f)),
            ExitCode.bad_case, ("exhibits item 1", "elsewhere/notes.pdf", "outside the folder")),
    Hostile("clinical-file-link", lambda f, o: steps(link(f / "clinical" / "notes.pdf", o / "notes.pdf"), build(f)),
            ExitCode.bad_case, ("clinical/notes.pdf", "elsewhere/notes.pdf", "outside the folder")),
    Hostile("clinical-folder-link", lambda f, o: steps(link(f / "clinical", o), build(f)),
            ExitCode.bad_case, ("clinical/", "outside the folder")),
    Hostile("listed-exhibit-through-folder-link", lambda f, o: steps(
        link(f / "other", o), append(f, "exhibits:\n  - file: other/notes.pdf\n"), build(f)),
            ExitCode.bad_case, ("other/notes.pdf", "outside the folder")),
    Hostile("link-found-by-check", lambda f, o: steps(link(f / "other" / "scan.pdf", o / "notes.pdf"),
                                                      ["check", str(f)]),
            ExitCode.bad_case, ("other/scan.pdf", "outside the folder")),
    Hostile("literature-import-absolute", lambda f, o: steps(
        append(f, f"literature:\n  - import: {o / 'refs.json'}\n"), build(f)),
            ExitCode.bad_case, ("literature item 1 import", "refs.json", "outside the folder")),
    Hostile("literature-file-outside", lambda f, o: steps(
        append(f, "literature:\n  - id: murrough-2013\n    file: ../elsewhere/notes.pdf\n"), build(f)),
            ExitCode.bad_case, ("literature item 1 file", "../elsewhere/notes.pdf", "outside the folder")),
    Hostile("authorization-outside", lambda f, o: steps(
        edit(f, "  role: Patient\n", "  role: Advocate\n  authorization: ../elsewhere/notes.pdf\n"), build(f)),
            ExitCode.bad_case, ("author.authorization", "../elsewhere/notes.pdf", "outside the folder")),
    Hostile("letter-docx-link", lambda f, o: steps(link(f / "letter.docx", o / "letter.docx"), build(f)),
            ExitCode.bad_case, ("letter.docx", "elsewhere/letter.docx", "outside the folder")),
    # --- 7. YAML that would take the machine down
    Hostile("yaml-alias-bomb", lambda f, o: steps(append(f, alias_bomb()), build(f)),
            ExitCode.bad_case, ("case.yaml", "more than 100,000 values", "aliases")),
    Hostile("yaml-alias-bomb-check", lambda f, o: steps(append(f, alias_bomb()), ["check", str(f)]),
            ExitCode.bad_case, ("case.yaml", "aliases")),
    Hostile("template-sidecar-alias-bomb", lambda f, o: steps(
        bomb_pack(f.parent / "pack"), edit(f, "treatment:\n", "template: bomb\ntreatment:\n"),
        build(f, "--templates", str(f.parent / "pack"))),
            ExitCode.bad_case, ("pack/bomb.yaml", "more than 100,000 values", "aliases")),
    Hostile("yaml-deep-nesting", lambda f, o: steps(append(f, "notes: " + "[" * 5000 + "]" * 5000 + "\n"),
                                                    build(f)),
            ExitCode.bad_case, ("case.yaml", "nested too deeply")),
    # --- 10. what used to end in a traceback
    Hostile("far-future-notice-date", lambda f, o: steps(edit(f, "notice_date: 03/03/2026", "notice_date: 12/31/9999"),
                                                         build(f)),
            ExitCode.bad_case, ("claim.notice_date", "12/31/9999", "between 1900 and 2100")),
    Hostile("impossible-iso-date", lambda f, o: steps(edit(f, "notice_date: 03/03/2026", "notice_date: 2026-02-30"),
                                                      ["check", str(f)]),
            ExitCode.bad_case, ("case.yaml line", "2026-02-30", "not a date on the calendar")),
    Hostile("far-future-deadline", lambda f, o: steps(edit(f, "notice_date: 03/03/2026", "notice_date: 9999-12-01"),
                                                      ["deadline", str(f)]),
            ExitCode.bad_case, ("claim.notice_date", "9999")),
    Hostile("intake-bomb-photo", lambda f, o: steps((f.parent / "notice.png").write_bytes(huge_png()),
                                                    ["intake", str(f.parent / "notice.png")]),
            ExitCode.bad_input, ("notice.png", "30000 x 30000", "megapixels")),
    Hostile("exhibit-bomb-photo", lambda f, o: steps((f / "clinical" / "scan.png").write_bytes(huge_png()), build(f)),
            ExitCode.bad_input, ("clinical/scan.png", "30000 x 30000", "megapixels")),
    Hostile("intake-bomb-docx", lambda f, o: steps(zip_bomb_docx(f.parent / "notice.docx"),
                                                   ["intake", str(f.parent / "notice.docx")]),
            ExitCode.bad_input, ("notice.docx", "unpacks to 120 MB")),
    Hostile("huge-text-file", lambda f, o: steps(
        (f / "clinical" / "export.txt").write_text("line of a log\n" * 230_000), build(f)),
            ExitCode.bad_input, ("clinical/export.txt", "MB of plain text", "print it to PDF")),
    # --- 12. wrong kinds of value are named, never printed or dropped
    Hostile("history-as-text", lambda f, o: steps(append(f, "clinical:\n  history: tried two medicines\n"), build(f)),
            ExitCode.bad_case, ("clinical.history", "should be a list")),
    Hostile("list-where-a-date-belongs", lambda f, o: steps(
        append(f, "call_log:\n  - {date: [March 1, 2026, March 2, 2026], who: Plan, summary: Asked}\n"), build(f)),
            ExitCode.bad_case, ("call_log item 1.date", "one date")),
    Hostile("list-as-notice-date", lambda f, o: steps(
        edit(f, "notice_date: 03/03/2026", "notice_date: [03/03/2026, x]"), build(f)),
            ExitCode.bad_case, ("claim.notice_date",)),
    # --- 13. names, records, leftovers
    Hostile("control-characters-in-name", lambda f, o: steps(
        link(f / "clinical" / "notes\x1b[2J\rfake.pdf", o / "notes.pdf"), build(f)),
            ExitCode.bad_case, ("notes\\x1b[2J\\rfake.pdf", "outside the folder")),
    Hostile("output-with-forged-creator", lambda f, o: steps(forged_packet(f.parent / "report.pdf"),
                                                             build(f, "-o", str(f.parent / "report.pdf"))),
            ExitCode.would_overwrite, ("report.pdf", "not a packet appeal-kit wrote", "--force")),
    # a named pipe, socket or device is named for what it is and never opened (opening a pipe waits for a writer)
    Hostile("fifo-in-clinical", lambda f, o: steps(os.mkfifo(f / "clinical" / "pipe.pdf"), build(f)),
            ExitCode.bad_case, ("clinical/pipe.pdf", "is a named pipe (FIFO), not a file")),
    Hostile("fifo-listed-as-exhibit", lambda f, o: steps(
        os.mkfifo(f / "other" / "p.pdf"), append(f, "exhibits:\n  - file: other/p.pdf\n"), build(f)),
            ExitCode.bad_case, ("exhibits item 1", "other/p.pdf", "named pipe (FIFO)")),
    Hostile("socket-found-by-check", lambda f, o: steps(unix_socket(f / "other" / "s.pdf"), ["check", str(f)]),
            ExitCode.bad_case, ("other/s.pdf", "is a socket, not a file")),
    Hostile("fifo-as-case-yaml", lambda f, o: steps((f / "case.yaml").unlink(), os.mkfifo(f / "case.yaml"),
                                                    ["check", str(f)]),
            ExitCode.bad_case, ("case.yaml", "named pipe (FIFO)")),
    Hostile("fifo-as-letter", lambda f, o: steps(os.mkfifo(f / "letter.docx"), build(f)),
            ExitCode.bad_case, ("letter.docx", "named pipe (FIFO)")),
    Hostile("intake-fifo", lambda f, o: steps(os.mkfifo(f.parent / "notice.pdf"),
                                              ["intake", str(f.parent / "notice.pdf")]),
            ExitCode.bad_input, ("notice.pdf", "named pipe (FIFO)")),
    # --- 5. intake --case never writes through a link
    Hostile("intake-denial-folder-link", lambda f, o: steps(
        link(f / "denial", o / "gone"), shutil.copy(NOTICES / "01_erisa_letter.txt", f.parent / "notice.txt"),
        ["intake", str(f.parent / "notice.txt"), "--case", str(f)]),
            ExitCode.bad_case, ("denial/", "outside the folder"), stdout_ok=True),
    # oversized content arrays: a page drawn from more pieces than pypdf reads, or from pieces that together decode
    # to more than 75 MB (2,000 references to one 50 KB stream: a 4 KB file), or a font past pypdf's array limit
    Hostile("content-array-past-element-count", lambda f, o: steps(
        content_array_pdf(f / "clinical" / "pieces.pdf", 100_001), build(f)),
            ExitCode.bad_input, ("clinical/pieces.pdf", "past what appeal-kit reads safely", "print it to a new PDF")),
    Hostile("content-array-past-75-mb", lambda f, o: steps(
        content_array_pdf(f / "clinical" / "pieces.pdf", 2_000, stream_kb=50), build(f)),
            ExitCode.bad_input, ("clinical/pieces.pdf", "page 1's drawing", "more than 75 MB")),
    # intake: poppler's time grows with the square of a page's pieces (100,000 took it over ten minutes)
    Hostile("intake-content-array-of-99999-pieces", lambda f, o: steps(
        content_array_pdf(f.parent / "notice.pdf", 99_999, stream_kb=0), ["intake", str(f.parent / "notice.pdf")]),
            ExitCode.bad_input, ("notice.pdf", "page 1 is drawn from 99,999 pieces", "more than the 5,000")),
    Hostile("intake-content-array-past-element-count", lambda f, o: steps(
        content_array_pdf(f.parent / "notice.pdf", 100_001), ["intake", str(f.parent / "notice.pdf")]),
            ExitCode.bad_input, ("notice.pdf", "past what appeal-kit reads safely", "print it to a new PDF")),
    Hostile("font-widths-past-element-count", lambda f, o: steps(
        widths_pdf(f / "clinical" / "font.pdf", 200_000), build(f)),
            ExitCode.bad_input, ("clinical/font.pdf", "past what appeal-kit reads safely")),
    Hostile("docx-damaged-xml", lambda f, o: steps(damaged_xml_docx(f / "clinical" / "notes.docx"), build(f)),
            ExitCode.bad_input, ("clinical/notes.docx", "damaged XML")),
    # --- 3. documents that would make LibreOffice fetch or include files (refused before it starts: exit 4)
    Hostile("web-page-saved-as-doc", lambda f, o: steps(
        (f / "clinical" / "history.doc").write_text('<html><body><p>Notes</p><img src="http://127.0.0.1:9/x.png">'
                                                    '</body></html>'), build(f)),
            ExitCode.bad_input, ("clinical/history.doc", "web page (HTML)")),
    Hostile("web-page-saved-as-rtf-check", lambda f, o: steps(
        (f / "other" / "letter.rtf").write_text('<!DOCTYPE html><html><img src="file:///etc/hostname"></html>'),
        ["check", str(f)]),
            ExitCode.bad_case, ("other/letter.rtf", "web page (HTML)")),
    Hostile("xml-saved-as-docx", lambda f, o: steps(
        (f / "other" / "word.doc").write_text('<?xml version="1.0"?><w:wordDocument/>'), build(f)),
            ExitCode.bad_input, ("other/word.doc", "XML file")),
    Hostile("clinic-logo-outside", lambda f, o: steps(
        (f / "clinic.yaml").write_text("name: Fictional Clinic\nlogo: ../elsewhere/logo.png\n"), build(f)),
            ExitCode.bad_case, ("logo", "../elsewhere/logo.png", "outside the folder")),
]


@pytest.fixture()
def elsewhere(tmp_path) -> Path:
    """Another client's folder beside the case: what no packet of this case may carry."""
    other = tmp_path / "elsewhere"
    other.mkdir()
    shutil.copy(PDFS / "unbalanced-state.pdf", other / "notes.pdf")
    shutil.copy(PDFS / "transparent.png", other / "logo.png")
    (other / "refs.json").write_text(f'[{{"id": "x", "type": "article-journal", "title": "{SECRET}", '
                                     '"issued": {"date-parts": [[2020]]}}]')
    (other / "letter.docx").write_bytes((PDFS.parent / "notices" / "04_medicaid_mco.docx").read_bytes())
    return other


# `build` starts LibreOffice while it checks the case: these rows keep the real one, so a refusal is seen to stop it
# and to leave nothing in TMPDIR; the others refuse with the fake converter, in the test's process.
WITH_LIBREOFFICE = {"exhibit-dot-dot", "docx-damaged-xml"}


@pytest.mark.parametrize("row", [pytest.param(r, id=r.id, marks=[pytest.mark.libreoffice] * (r.id in WITH_LIBREOFFICE))
                                 for r in HOSTILE])
def test_hostile_input_is_refused_by_name(row: Hostile, tmp_path, elsewhere, request):
    if row.id not in WITH_LIBREOFFICE:
        request.getfixturevalue("fake_office")
    case = write_case(tmp_path / "case")
    shutil.copy(PDFS / "rotated.pdf", case / "denial" / "notice.pdf")
    args = row.setup(case, elsewhere)
    scratch = tmp_path / "tmpdir"
    scratch.mkdir()
    before = tree_digest(tmp_path)
    result = run_cli(*args, env={"TMPDIR": str(scratch), "XDG_CONFIG_HOME": str(tmp_path / "config")})
    assert result.returncode == int(row.code), (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr + result.stdout
    error = result.stderr[result.stderr.index("Error: "):] if "Error: " in result.stderr else result.stderr
    assert error.startswith("Error: "), result.stderr
    if not row.stdout_ok and args[0] != "check":
        assert result.stdout.strip() == "", result.stdout
    for needle in row.needles:
        assert needle in error, (needle, error)
    assert "\x1b" not in result.stderr and "\r" not in result.stderr  # names are escaped, never sent to the terminal
    assert SECRET not in result.stdout + result.stderr
    assert tree_digest(tmp_path) == before  # nothing written, inside the case or outside it
    assert list(scratch.iterdir()) == []


# ---------------------------------------------------------------------------------------------- what a packet carries
# These place pages the way a build does (convert, then PagePlacer) without LibreOffice; test_packet_* below check a
# whole build.

GPS_LATITUDE = (41.0, 24.0, 12.0)
MARKERS = (b"SECRET ARTIST", b"SECRET COMMENT", b"SECRET XMP", b"Exif", b"GPS", b"x:xmpmeta", b"SECOND PICTURE")


def jpeg_with_metadata(path: Path) -> Path:
    """The sideways test photo (EXIF orientation 6) re-saved with everything a phone adds: EXIF with GPS position and
    owner, XMP, a comment, and a second picture after the end marker (as in an MPO file)."""
    from PIL import Image

    with Image.open(PDFS / "photo-exif6.jpg") as im:
        exif = im.getexif()
        exif[0x013B] = "SECRET ARTIST"
        exif.get_ifd(0x8825).update({1: "N", 2: GPS_LATITUDE})
        im.save(path, exif=exif, comment=b"SECRET COMMENT", quality=90,
                xmp=b'<x:xmpmeta xmlns:x="adobe:ns:meta/">SECRET XMP</x:xmpmeta>')
    with Image.open(path) as check:  # the photo really carries what the test looks for
        assert check.getexif().get_ifd(0x8825).get(2) == GPS_LATITUDE and check.getexif()[0x0112] == 6
    path.write_bytes(path.read_bytes() + path.read_bytes().replace(b"SECRET ARTIST", b"SECOND PICTURE"))
    return path


def tiny_pdf(path: Path, resources: bytes, objects: list[bytes], *, catalog_extra: bytes = b"",
             contents: bytes = b"4 0 R") -> Path:
    """A PDF written by hand: object 1 the catalog, 2 the page tree, 3 the one page (its content object 4 unless
    `contents` says otherwise, its `resources` given); `objects` are numbered from 4."""
    page = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents " + contents + b" /Resources "
            + resources + b" >>")
    body = [b"<< /Type /Catalog /Pages 2 0 R " + catalog_extra + b" >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            page, *objects]
    out, offsets = bytearray(b"%PDF-1.7\n"), []
    for n, obj in enumerate(body, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(body) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(body) + 1, xref)
    path.write_bytes(bytes(out))
    return path


def stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def layered_pdf(path: Path) -> Path:
    """Text and a form in an optional-content layer that is off when the file opens, beside visible text."""
    content = (b"BT /F1 20 Tf 72 700 Td (VISIBLE TEXT) Tj ET\n"
               b"/OC /hidden BDC BT /F1 20 Tf 72 650 Td (HIDDEN LAYER TEXT) Tj ET EMC\n"
               b"/OC /shown BDC BT /F1 20 Tf 72 600 Td (SHOWN LAYER TEXT) Tj ET EMC\n"
               b"q 1 0 0 1 72 500 cm /Fm1 Do Q\n")
    form = b"BT /F1 20 Tf 0 0 Td (HIDDEN FORM TEXT) Tj ET"
    return tiny_pdf(path, b"<< /Font << /F1 7 0 R >> /XObject << /Fm1 8 0 R >> /Properties << /hidden 5 0 R "
                          b"/shown 6 0 R "
                          b">> >>", [
        stream(content),  # 4
        b"<< /Type /OCG /Name (Private remarks) >>",  # 5
        b"<< /Type /OCG /Name (Shown layer) >>",  # 6
        FONT,  # 7
        stream(form, b"/Type /XObject /Subtype /Form /BBox [0 0 400 40] /OC 5 0 R /Resources << /Font << /F1 7 0 R "
                     b">> >>"),  # 8
    ], catalog_extra=b"/OCProperties << /OCGs [5 0 R 6 0 R] /D << /OFF [5 0 R] /Order [5 0 R 6 0 R] >> >>")


def extras_pdf(path: Path) -> Path:
    """A page whose resources carry what no drawing needs: XMP naming a clinician's folder on an image, a JavaScript
    action and an embedded file in a form XObject, and an unknown resource category with a script."""
    xmp = b'<x:xmpmeta xmlns:x="adobe:ns:meta/">/Users/dr-secret/patients/other-client.pdf</x:xmpmeta>'
    form = b"BT /F1 20 Tf 0 0 Td (FORM TEXT) Tj ET"
    return tiny_pdf(path, b"<< /Font << /F1 5 0 R >> /XObject << /Im1 6 0 R /Fm1 8 0 R >> /Scripts << /JS "
                          b"(app.alert\\('SECRET SCRIPT'\\)) >> >>", [
        stream(b"BT /F1 20 Tf 72 700 Td (PAGE TEXT) Tj ET q 100 0 0 100 72 500 cm /Im1 Do Q "
               b"q 1 0 0 1 72 400 cm /Fm1 Do Q"),  # 4
        FONT,  # 5
        stream(b"\x80\x80\x80\x80", b"/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray "
                                   b"/BitsPerComponent 8 /Metadata 7 0 R"),  # 6
        stream(xmp, b"/Type /Metadata /Subtype /XML"),  # 7
        stream(form, b"/Type /XObject /Subtype /Form /BBox [0 0 400 40] /Resources << /Font << /F1 5 0 R >> >> "
                     b"/AA << /PO << /S /JavaScript /JS (app.alert\\('SECRET ACTION'\\)) >> >> "
                     b"/AF [<< /Type /Filespec /F (secret.txt) /EF << /F 9 0 R >> >>]"),  # 8
        stream(b"SECRET EMBEDDED FILE", b"/Type /EmbeddedFile"),  # 9
    ])


def content_array_pdf(path: Path, references: int, *, stream_kb: int = 1) -> Path:
    """A page whose /Contents is an array of `references` references to one content stream of about `stream_kb` KB
    (compressed to a few bytes): pypdf refuses an array past its element count, or one whose streams together
    decode past its output cap."""
    import zlib

    drawing = b"BT /F1 20 Tf 72 700 Td (PAGE TEXT) Tj ET\n" + b"% padding\n" * (stream_kb * 100)
    return tiny_pdf(path, b"<< /Font << /F1 5 0 R >> >>",
                    [stream(zlib.compress(drawing, 9), b"/Filter /FlateDecode"), FONT],
                    contents=b"[" + b" 4 0 R" * references + b" ]")


def widths_pdf(path: Path, widths: int) -> Path:
    """A page whose font lists `widths` glyph widths: read only when the page's resources are copied."""
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 0 /Widths [" + b" 500" * widths + b" ] >>"
    return tiny_pdf(path, b"<< /Font << /F1 5 0 R >> >>", [stream(b"BT /F1 20 Tf 72 700 Td (PAGE TEXT) Tj ET"), font])


def place_pages(sources: list[Path], out: Path) -> Path:
    """Convert and place every page of `sources` as a build does, and write the result."""
    from pypdf import PdfWriter

    from appeal_kit.packet import convert
    from appeal_kit.packet.fonts import FontPack
    from appeal_kit.packet.stamp import PagePlacer, Stamp

    writer = PdfWriter()
    placer = PagePlacer(writer, FontPack())
    work = out.parent / "work"
    for pdf in convert.to_pdfs(sources, work, converter=lambda *args, **kwargs: {}):
        for page in convert.open_pdf(pdf, work).pages:
            placer.add_source_page(page, Stamp("Patient: Test", "TEST-000001", "Exhibit A"))
    placer.fonts.embed(writer)
    writer.write(out)
    return out


def rendered_text(pdf: Path) -> str:
    import subprocess

    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


@pytest.mark.libreoffice
def test_photo_metadata_is_stripped_and_orientation_kept(tmp_path):
    photo = jpeg_with_metadata(tmp_path / "photo.jpg")
    packet = place_pages([photo], tmp_path / "packet.pdf")
    data = packet.read_bytes()
    for marker in MARKERS:
        assert marker not in data, marker
    images = raw_images(packet)
    assert len(images) == 1
    jpeg = images[0]
    assert jpeg.startswith(b"\xff\xd8") and jpeg.count(b"\xff\xd9") >= 1 and b"Exif" not in jpeg
    # the compressed picture is the same bytes: from the first quantization table on, nothing but metadata went
    original = photo.read_bytes()
    start = original.index(b"\xff\xdb")
    assert jpeg[jpeg.index(b"\xff\xdb"):] == original[start:original.index(b"\xff\xd9") + 2]
    assert_upright(packet, tmp_path)


@pytest.mark.libreoffice
@pytest.mark.ocr  # intake reads the photo with tesseract
def test_photo_metadata_stays_out_through_intake_case_and_pdfa(tmp_path):
    """A phone photo of the notice taken in by `intake --case`, built with --pdfa: the packet holds none of its
    metadata (PDF/A's own XMP, which describes the packet, is the only x:xmpmeta left)."""
    case = write_case(tmp_path / "case")
    photo = jpeg_with_metadata(tmp_path / "notice-photo.jpg")
    assert run_cli("intake", str(photo), "--case", str(case)).returncode == 0
    result = run_cli("build", str(case), "-o", str(tmp_path / "packet.pdf"), "--pdfa", "--no-cache")
    assert result.returncode == 0, result.stderr
    data = (tmp_path / "packet.pdf").read_bytes()
    for marker in MARKERS:
        assert marker not in data or marker == b"x:xmpmeta", marker
    assert len(raw_images(tmp_path / "packet.pdf")) == 1


def raw_images(pdf: Path) -> list[bytes]:
    """The stored bytes of every image XObject in the file."""
    from pypdf import PdfReader
    from pypdf.generic import StreamObject

    reader = PdfReader(pdf)
    found = []
    for number in range(1, len(reader.xref_objStm) + max(reader.xref.get(0, {}), default=0) + 1):
        try:
            obj = reader.get_object(number)
        except Exception:  # noqa: BLE001 - free or missing object numbers
            continue
        if isinstance(obj, StreamObject) and obj.get("/Subtype") == "/Image":
            found.append(obj._data)
    return found


def assert_upright(packet: Path, tmp_path: Path) -> None:
    """The test photo, upright, has a dark bar across its top: the placed page is a portrait page whose top part of
    the picture is darker than its bottom."""
    import subprocess

    from PIL import Image

    subprocess.run(["pdftoppm", "-r", "30", "-png", "-singlefile", str(packet), str(tmp_path / "look")], check=True)
    with Image.open(tmp_path / "look.png") as im:
        gray = im.convert("L")
        width, height = gray.size
        assert height > width
        columns = range(width // 4, 3 * width // 4)
        rows = [sum(gray.getpixel((x, y)) for x in columns) / len(columns) for y in range(height)]
    picture = [y for y, v in enumerate(rows) if v < 250]
    top, bottom = picture[0], picture[-1]
    band = max(1, (bottom - top) // 10)
    assert sum(rows[top + 2:top + 2 + band]) < sum(rows[bottom - 1 - band:bottom - 1]) - 20 * band


@pytest.mark.parametrize("orientation", [3, 6, 8, 2, 5])
@pytest.mark.libreoffice
def test_every_orientation_loses_its_metadata(tmp_path, orientation):
    from PIL import Image

    with Image.open(PDFS / "photo-exif6.jpg") as im:
        exif = im.getexif()
        exif[0x0112] = orientation
        exif[0x013B] = "SECRET ARTIST"
        im.save(tmp_path / "photo.jpg", exif=exif, comment=b"SECRET COMMENT")
    data = place_pages([tmp_path / "photo.jpg"], tmp_path / "packet.pdf").read_bytes()
    assert b"SECRET" not in data and b"Exif" not in data


@pytest.mark.libreoffice
def test_hidden_layer_is_not_printed(tmp_path):
    packet = place_pages([layered_pdf(tmp_path / "layered.pdf")], tmp_path / "packet.pdf")
    text = rendered_text(packet)
    assert "VISIBLE TEXT" in text and "SHOWN LAYER TEXT" in text
    assert "HIDDEN" not in text
    data = packet.read_bytes()
    assert b"HIDDEN" not in data and b"Private remarks" not in data


@pytest.mark.libreoffice
def test_page_resources_bring_only_what_is_drawn(tmp_path):
    packet = place_pages([extras_pdf(tmp_path / "extras.pdf")], tmp_path / "packet.pdf")
    assert "PAGE TEXT" in rendered_text(packet) and "FORM TEXT" in rendered_text(packet)
    data = packet.read_bytes()
    for marker in (b"dr-secret", b"SECRET SCRIPT", b"SECRET ACTION", b"SECRET EMBEDDED", b"/JavaScript",
                   b"/EmbeddedFile", b"/Metadata", b"/AA", b"/AF"):
        assert marker not in data, marker


# ------------------------------------------------------------------------------------------ LibreOffice fetches nothing

soffice = pytest.mark.libreoffice  # the tests that start the real LibreOffice


@pytest.fixture()
def web_server():
    """A web server on 127.0.0.1 that records every path asked of it: a document's tracking beacon."""
    import http.server
    import threading

    asked: list[str] = []

    class Recorder(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server's naming
            asked.append(self.path)
            self.send_response(404)
            self.end_headers()

        do_HEAD = do_GET

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", asked
    server.shutdown()
    server.server_close()


def fetching_documents(folder: Path, url: str, outside: Path) -> list[Path]:
    """Documents that link a picture by web address and by file:/// path to a picture outside the case: a DOCX with
    linked (not embedded) pictures, an RTF with INCLUDEPICTURE fields, an ODT with linked frames, and a .txt holding
    a web page."""
    import zipfile

    import docx

    made = folder / "made.docx"
    document = docx.Document()
    document.add_paragraph("DOCX BODY TEXT")
    document.add_picture(str(outside))
    document.add_picture(str(outside))
    document.save(made)
    linked = folder / "linked.docx"
    with zipfile.ZipFile(made) as source, zipfile.ZipFile(linked, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "word/document.xml":
                links = iter(('r:link="rIdWeb"', 'r:link="rIdFile"'))  # the two pictures, in order
                data = re.sub(r'r:embed="rId\d+"', lambda m, links=links: next(links), data.decode()).encode()
            if info.filename == "word/_rels/document.xml.rels":
                kind = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"
                data = data.replace(b"</Relationships>", (
                    f'<Relationship Id="rIdWeb" Type="{kind}" Target="{url}/docx.png" TargetMode="External"/>'
                    f'<Relationship Id="rIdFile" Type="{kind}" Target="{outside.as_uri()}" TargetMode="External"/>'
                    "</Relationships>").encode())
            target.writestr(info, data)
    made.unlink()
    rtf = folder / "fields.rtf"
    rtf.write_text("{\\rtf1\\ansi RTF BODY TEXT\\par "
                   f'{{\\field{{\\*\\fldinst INCLUDEPICTURE "{url}/rtf.png"}}{{\\fldrslt }}}}\\par '
                   f'{{\\field{{\\*\\fldinst {{INCLUDEPICTURE "{outside.as_uri()}" \\\\d}}}}{{\\fldrslt }}}}\\par '
                   f'{{\\field{{\\*\\fldinst INCLUDETEXT "{outside.with_suffix(".txt")}"}}{{\\fldrslt kept}}}}}}')
    odt = folder / "linked.odt"
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
               'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
               'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
               'xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.2"><office:body><office:text>'
               "<text:p>ODT BODY TEXT"
               f'<draw:frame svg:width="2cm" svg:height="2cm"><draw:image xlink:href="{url}/odt.png" '
               'xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad"/></draw:frame>'
               f'<draw:frame svg:width="2cm" svg:height="2cm"><draw:image xlink:href="{outside.as_uri()}" '
               'xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad"/></draw:frame>'
               "</text:p></office:text></office:body></office:document-content>")
    with zipfile.ZipFile(odt, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        zf.writestr("content.xml", content)
        zf.writestr("META-INF/manifest.xml", '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                    'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                    '<manifest:file-entry manifest:full-path="/" manifest:media-type='
                    '"application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" '
                    'manifest:media-type="text/xml"/></manifest:manifest>')
    page = folder / "page.txt"
    page.write_text(f'<html><body><p>TXT BODY TEXT</p><img src="{url}/txt.png"><img src="{outside.as_uri()}">'
                    "</body></html>")
    return [linked, rtf, odt, page]


def outside_picture(folder: Path) -> Path:
    from PIL import Image

    folder.mkdir()
    Image.new("RGB", (40, 40), "red").save(folder / "picture.png")
    (folder / "picture.txt").write_text("OUTSIDE TEXT FILE")
    return folder / "picture.png"


@soffice
def test_build_fetches_nothing_and_embeds_nothing_from_outside(tmp_path, web_server):
    url, asked = web_server
    outside = outside_picture(tmp_path / "elsewhere")
    case = write_case(tmp_path / "case")
    for document in fetching_documents(case / "clinical", url, outside):
        assert document.exists()
    result = run_cli("build", str(case), "-o", str(tmp_path / "packet.pdf"), "--no-cache")
    assert result.returncode == 0, result.stderr
    assert asked == []
    assert raw_images(tmp_path / "packet.pdf") == []  # neither picture, from the web or from outside the case
    text = rendered_text(tmp_path / "packet.pdf")
    for body in ("DOCX BODY TEXT", "RTF BODY TEXT", "ODT BODY TEXT", "TXT BODY TEXT"):
        assert body in text
    assert "OUTSIDE TEXT FILE" not in text


@soffice
def test_listener_fetches_nothing_either(tmp_path, web_server):
    from appeal_kit._exec import listener
    from appeal_kit.errors import MissingDependencyError
    from appeal_kit.packet import convert

    try:
        listener.uno_python()
    except MissingDependencyError:
        pytest.skip("needs LibreOffice's Python bridge (python3-uno)")
    url, asked = web_server
    outside = outside_picture(tmp_path / "elsewhere")
    (tmp_path / "docs").mkdir()
    documents = fetching_documents(tmp_path / "docs", url, outside)
    with listener.Listener() as office:
        pdfs = convert.to_pdfs(documents, tmp_path / "work", converter=office.convert_to_pdf)
    assert asked == []
    assert all(raw_images(pdf) == [] for pdf in pdfs)


@soffice
def test_word97_with_linked_pictures_fetches_nothing(tmp_path, web_server):
    """A Word 97 .doc whose two pictures are linked (by web address, and by file:/// path outside the case), saved by
    LibreOffice from the linked DOCX above with appeal-kit's private profile: the build goes through its own Word 97
    step too, and asks the web server for nothing and embeds no picture."""
    import subprocess

    from appeal_kit._exec.soffice import private_env, private_profile

    url, asked = web_server
    outside = outside_picture(tmp_path / "elsewhere")
    (tmp_path / "docs").mkdir()
    linked = fetching_documents(tmp_path / "docs", url, outside)[0]
    profile = tmp_path / "profile"
    subprocess.run(["soffice", *private_profile(profile), "--headless", "--convert-to", "doc:MS Word 97", "--outdir",
                    str(tmp_path / "docs"), str(linked)], env=private_env(profile), capture_output=True, timeout=300,
                   check=True)
    word97 = (tmp_path / "docs" / "linked.doc").read_bytes()
    assert url.encode("utf-16-le") in word97 or url.encode() in word97  # the link is in the .doc
    case = write_case(tmp_path / "case")
    (case / "clinical" / "linked.doc").write_bytes(word97)
    result = run_cli("build", str(case), "-o", str(tmp_path / "packet.pdf"), "--no-cache")
    assert result.returncode == 0, result.stderr
    assert asked == []
    assert raw_images(tmp_path / "packet.pdf") == [] and "DOCX BODY TEXT" in rendered_text(tmp_path / "packet.pdf")


# ---------------------------------------------------------------------------------------------- what is written, where

def test_intake_never_writes_through_a_dangling_link(tmp_path):
    case = write_case(tmp_path / "case")
    (case / "denial" / "notice.txt").symlink_to(tmp_path / "elsewhere" / "planted.txt")
    (tmp_path / "elsewhere").mkdir()
    shutil.copy(NOTICES / "01_erisa_letter.txt", tmp_path / "notice.txt")
    result = run_cli("intake", str(tmp_path / "notice.txt"), "--case", str(case))
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "elsewhere" / "planted.txt").exists()
    copied = case / "denial" / "notice-2.txt"
    assert copied.read_bytes() == (tmp_path / "notice.txt").read_bytes() and not copied.is_symlink()


def test_outputs_are_as_private_as_the_case_folder(tmp_path):
    """A 0700 case folder gets 0600 files, a 0750 one 0640, whatever the umask would allow (0022 here)."""
    import os

    from appeal_kit.files import atomic_write, create_copy

    for folder_mode, file_mode in ((0o700, 0o600), (0o750, 0o640)):
        folder = tmp_path / f"case-{folder_mode:o}"
        folder.mkdir()
        folder.chmod(folder_mode)
        old = os.umask(0o022)
        try:
            for name in ("packet.pdf", "letter.docx", ".letter-fingerprint.json", "deadline.ics"):
                atomic_write(folder / name, lambda fh: fh.write(b"x"))
                assert (folder / name).stat().st_mode & 0o777 == file_mode, name
            create_copy(tmp_path / f"case-{folder_mode:o}" / "packet.pdf", folder / "denial-copy.pdf")
            assert (folder / "denial-copy.pdf").stat().st_mode & 0o777 == file_mode
        finally:
            os.umask(old)


def test_cli_outputs_of_a_private_case_are_owner_only(tmp_path):
    case = write_case(tmp_path / "case")
    case.chmod(0o700)
    assert run_cli("deadline", str(case), "--ics", str(case / "deadline.ics")).returncode == 0
    shutil.copy(NOTICES / "01_erisa_letter.txt", tmp_path / "notice.txt")
    assert run_cli("intake", str(tmp_path / "notice.txt"), "--case", str(case)).returncode == 0
    for written in (case / "deadline.ics", case / "denial" / "notice.txt"):  # case.yaml keeps its own mode
        assert written.stat().st_mode & 0o077 == 0, written


def test_cases_lists_a_broken_case_as_error_and_goes_on(tmp_path):
    import json

    write_case(tmp_path / "clients" / "a-bomb")
    append(tmp_path / "clients" / "a-bomb", alias_bomb())
    write_case(tmp_path / "clients" / "b-fine")
    result = run_cli("cases", str(tmp_path / "clients"), "--json")
    assert result.returncode == 0, result.stderr
    rows = {Path(r["folder"]).name: r for r in json.loads(result.stdout)}
    assert rows["a-bomb"]["status"] == "error" and "aliases" in rows["a-bomb"]["next_action"]
    assert rows["b-fine"]["status"] != "error" and rows["b-fine"]["patient"]


def test_cases_csv_neutralises_formulas(tmp_path):
    import csv
    import io

    for name, patient in (("one", "=HYPERLINK(\"http://127.0.0.1:9/x\",\"click\")"), ("two", "+1+2"), ("three", "-2+3"),
                          ("four", "@SUM(A1)"), ("five", "Dana Plain")):
        write_case(tmp_path / "clients" / name, name=f"'{patient}'" if patient[0] in "=+-@" else patient)
    result = run_cli("cases", str(tmp_path / "clients"), "--csv")
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 5
    for row in rows:
        for value in row.values():  # a negative number of days left is a number, not a formula
            assert not value or value[0] not in "=+-@" or value.lstrip("-").isdigit(), row
    assert {r["patient"] for r in rows} >= {"'+1+2", "'@SUM(A1)", "Dana Plain"}


# ---------------------------------------------------------------------------------------------- tracked changes

def docx_with_tracked_changes(path: Path) -> Path:
    """A Word document whose author deleted one sentence and inserted another with Track Changes on."""
    import zipfile

    import docx

    document = docx.Document()
    document.add_paragraph("KEPT SENTENCE.")
    document.add_paragraph("PLACEHOLDER")
    document.save(path)
    w = 'w:id="{}" w:author="Dr. Fictional" w:date="2026-03-01T00:00:00Z"'
    with zipfile.ZipFile(path) as zf:
        parts = {info.filename: zf.read(info.filename) for info in zf.infolist()}
    xml = parts["word/document.xml"].decode()
    xml = re.sub(r"<w:r>(?:(?!<w:r>).)*?PLACEHOLDER</w:t></w:r>",
                 f"<w:del {w.format(1)}><w:r><w:delText>DELETED REMARK ABOUT ANOTHER PATIENT.</w:delText></w:r></w:del>"
                 f"<w:ins {w.format(2)}><w:r><w:t>INSERTED SENTENCE.</w:t></w:r></w:ins>", xml, flags=re.S)
    assert "DELETED REMARK" in xml
    parts["word/document.xml"] = xml.encode()
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return path


def test_tracked_changes_are_accepted_in_the_copy_converted(tmp_path):
    import docx

    from appeal_kit.packet import tracked

    source = docx_with_tracked_changes(tmp_path / "notes.docx")
    before = source.read_bytes()
    assert tracked.count_changes(source) == 2
    assert tracked.accept_changes(source, tmp_path / "accepted.docx") == 2
    text = "\n".join(p.text for p in docx.Document(tmp_path / "accepted.docx").paragraphs)
    assert "KEPT SENTENCE." in text and "INSERTED SENTENCE." in text and "DELETED" not in text
    assert tracked.count_changes(tmp_path / "accepted.docx") == 0
    assert source.read_bytes() == before


def test_check_says_tracked_changes_are_accepted(tmp_path):
    case = write_case(tmp_path / "case")
    docx_with_tracked_changes(case / "clinical" / "notes.docx")
    result = run_cli("check", str(case))
    assert "clinical/notes.docx has 2 tracked changes" in result.stdout + result.stderr
    assert "every change accepted" in result.stdout + result.stderr


@soffice
def test_packet_prints_tracked_changes_accepted(tmp_path):
    case = write_case(tmp_path / "case")
    docx_with_tracked_changes(case / "clinical" / "notes.docx")
    result = run_cli("build", str(case), "-o", str(tmp_path / "packet.pdf"), "--no-cache")
    assert result.returncode == 0, result.stderr
    assert "tracked change" in result.stdout + result.stderr
    text = rendered_text(tmp_path / "packet.pdf")
    assert "INSERTED SENTENCE." in text and "DELETED REMARK" not in text


@soffice
def test_word97_tracked_changes_are_accepted_and_said(tmp_path):
    """LibreOffice converts a .doc with its deletions struck through; the packet shows it with them accepted."""
    case = write_case(tmp_path / "case")
    source = case / "clinical" / "notes.doc"
    shutil.copy(PDFS / "tracked-deletion.doc", source)
    before = source.read_bytes()
    result = run_cli("build", str(case), "-o", str(tmp_path / "packet.pdf"), "--no-cache")
    assert result.returncode == 0, result.stderr
    assert "clinical/notes.doc has 2 tracked changes" in result.stderr and "every change accepted" in result.stderr
    text = rendered_text(tmp_path / "packet.pdf")
    assert "KEPT SENTENCE" in text and "INSERTED SENTENCE." in text and "DELETED REMARK" not in text
    assert source.read_bytes() == before


ODT_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3">
<office:automatic-styles>
 <style:style style:name="Hidden" style:family="text"><style:text-properties text:display="none"/></style:style>
</office:automatic-styles>
<office:body><office:text>
<text:tracked-changes>
 <text:changed-region text:id="ct1"><text:deletion><office:change-info><dc:creator>Dr. Fictional</dc:creator>
  <dc:date>2026-03-01T00:00:00</dc:date></office:change-info><text:p>DELETED REMARK ABOUT ANOTHER PATIENT.</text:p>
 </text:deletion></text:changed-region>
 <text:changed-region text:id="ct2"><text:insertion><office:change-info><dc:creator>Dr. Fictional</dc:creator>
  <dc:date>2026-03-01T00:00:00</dc:date></office:change-info></text:insertion></text:changed-region>
</text:tracked-changes>
<text:p>KEPT SENTENCE. <text:change text:change-id="ct1"/>KEPT TOO. <text:change-start text:change-id="ct2"/>INSERTED SENTENCE.<text:change-end text:change-id="ct2"/></text:p>
<text:p>VISIBLE <text:span text:style-name="Hidden">HIDDEN CHARACTERS</text:span> AROUND.</text:p>
<text:p>FIELD <text:hidden-text text:condition="ooow:1==1" text:string-value="HIDDEN FIELD"/> END.</text:p>
<text:section text:name="Private" text:display="none"><text:p>HIDDEN SECTION</text:p></text:section>
<text:p>LAST LINE.</text:p>
</office:text></office:body></office:document-content>"""
# The document asks for hidden text to be printed: LibreOffice's PDF export leaves it out all the same.
ODT_SETTINGS = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-settings xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" office:version="1.3"><office:settings>
<config:config-item-set config:name="ooo:configuration-settings">
 <config:config-item config:name="PrintHiddenText" config:type="boolean">true</config:config-item>
</config:config-item-set></office:settings></office:document-settings>"""


def odt_with_tracked_changes(path: Path) -> Path:
    """An OpenDocument text, written by hand: a deleted and an inserted sentence (Record Changes on), and text hidden
    three ways (hidden characters, a hidden-text field, a hidden section)."""
    import zipfile

    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
                'opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.'
                'text"/>' + "".join(f'<manifest:file-entry manifest:full-path="{n}" manifest:media-type="text/xml"/>'
                                    for n in ("content.xml", "settings.xml")) + "</manifest:manifest>")
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")  # first, stored
        zf.writestr("content.xml", ODT_CONTENT, zipfile.ZIP_DEFLATED)
        zf.writestr("settings.xml", ODT_SETTINGS, zipfile.ZIP_DEFLATED)
        zf.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
    return path


def test_odt_tracked_changes_are_accepted_in_the_copy_converted(tmp_path):
    import zipfile

    from appeal_kit.packet import convert, tracked

    source = odt_with_tracked_changes(tmp_path / "notes.odt")
    before = source.read_bytes()
    assert tracked.count_changes(source) == 2
    staged = convert.stage_document(source, tmp_path / "staged")
    assert staged.suffix == ".odt" and tracked.count_changes(staged) == 0
    with zipfile.ZipFile(staged) as zf:
        assert zf.infolist()[0].filename == "mimetype" and zf.infolist()[0].compress_type == zipfile.ZIP_STORED
        content = zf.read("content.xml").decode()
    assert "DELETED REMARK" not in content and "tracked-changes" not in content and "text:change" not in content
    assert "KEPT SENTENCE. KEPT TOO. INSERTED SENTENCE." in content
    assert source.read_bytes() == before
    # named like something else, it is still read by what it holds
    renamed = tmp_path / "notes.doc"
    renamed.write_bytes(before)
    assert "DELETED" not in zipfile.ZipFile(convert.stage_document(renamed, tmp_path / "again")).read(
        "content.xml").decode()


# Word's RTF: a deletion (with a Unicode and an escaped character in it) and an insertion, each with author and time.
RTF_WITH_CHANGES = (rb"{\rtf1\ansi{\fonttbl{\f0 Times;}}{\*\revtbl{Unknown;}{Dr. Fictional;}}\f0 RTF KEPT. "
                    rb"{\deleted\revauthdel1\revdttmdel1234567 RTF DELETED REMARK \u8364? \'e9.}"
                    rb"{\revised\revauth1\revdttm1234567 RTF INSERTED.}\par}")


def test_rtf_tracked_changes_are_accepted(tmp_path):
    from appeal_kit.packet import convert, tracked

    accepted, changes = tracked.accept_rtf_changes(RTF_WITH_CHANGES)
    assert changes == 2
    assert b"RTF DELETED" not in accepted and b"\\u8364" not in accepted and b"\\'e9" not in accepted
    assert b"RTF KEPT." in accepted and b"RTF INSERTED." in accepted and b"\\revised" not in accepted
    assert tracked.accept_rtf_changes(accepted) == (accepted, 0)
    source = tmp_path / "letter.rtf"
    source.write_bytes(RTF_WITH_CHANGES)
    assert tracked.count_changes(source) == 2
    assert b"RTF DELETED" not in convert.stage_document(source, tmp_path / "staged").read_bytes()
    assert source.read_bytes() == RTF_WITH_CHANGES


def test_check_says_odt_tracked_changes_are_accepted(tmp_path):
    case = write_case(tmp_path / "case")
    odt_with_tracked_changes(case / "clinical" / "notes.odt")
    result = run_cli("check", str(case))
    assert "clinical/notes.odt has 2 tracked changes" in result.stdout + result.stderr
    assert "every change accepted" in result.stdout + result.stderr


@soffice
def test_packet_prints_neither_deleted_nor_hidden_text(tmp_path):  # DELETED REMARK: ODT's and RTF's
    import docx

    case = write_case(tmp_path / "case")
    odt_with_tracked_changes(case / "clinical" / "notes.odt")
    word = docx.Document()
    paragraph = word.add_paragraph("WORD VISIBLE ")
    paragraph.add_run("WORD HIDDEN RUN").font.hidden = True
    word.save(case / "clinical" / "word.docx")
    (case / "clinical" / "letter.rtf").write_bytes(RTF_WITH_CHANGES)
    result = run_cli("build", str(case), "-o", str(tmp_path / "packet.pdf"), "--no-cache")
    assert result.returncode == 0, result.stderr
    said = result.stdout + result.stderr
    assert "notes.odt has 2 tracked changes" in said and "letter.rtf has 2 tracked changes" in said
    text = rendered_text(tmp_path / "packet.pdf")
    assert "KEPT SENTENCE." in text and "INSERTED SENTENCE." in text and "LAST LINE." in text
    assert "WORD VISIBLE" in text and "VISIBLE" in text and "AROUND." in text
    assert "RTF KEPT." in text and "RTF INSERTED." in text
    for hidden in ("DELETED REMARK", "HIDDEN CHARACTERS", "HIDDEN FIELD", "HIDDEN SECTION", "WORD HIDDEN RUN"):
        assert hidden not in text, hidden


# ---------------------------------------------------------------------------------------------- templates without end

SLOW_PASSES = "{% set big = range(100000)|list %}{% for i in range(100000) %}{% set s = big|join %}{% endfor %}"


def endless_template(folder: Path, payload: str):
    import docx

    from appeal_kit.letter import render

    document = docx.Document()
    document.add_paragraph("Dear {{ patient.name }}")
    document.add_paragraph(payload)
    document.save(folder / "endless.docx")
    (folder / "endless.yaml").write_text("name: endless\ntitle: Test\nrequired: []\n")
    return render.find_template("endless", [folder])


@pytest.mark.parametrize("payload, says, limits", [
    ("{% macro again() %}{{ again() }}{% endmacro %}{{ again() }}", "calls itself", {}),
    ("{{ 'x' * 10000000000 }}", "letter holds", {}),
    ("{{ 10 ** 100000000 }}", "larger than a letter needs", {}),
    ("{% include 'other.docx' %}", "could not be filled", {}),
    # ten billion passes: stopped after the millionth, in about a second
    ("{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
     "ran its loops more than 1,000,000 times", {}),
    # a recursive loop's passes count too (a tree of 100**4 passes, stopped at a lower budget to keep the test quick)
    ("{% for x in range(100) recursive %}{% if loop.depth < 4 %}{{ loop(range(100)) }}{% endif %}{% endfor %}",
     "ran its loops more than 50,000 times", {"MAX_LOOP_PASSES": 50_000}),
    ("{% for i in range(100000) %}{{ 'x' * 999999 }}{% endfor %}", "made more than 50,000,000 characters", {}),
    ("{% for i in range(100000) %}{% set y = 'x' * 999999 %}{% endfor %}", "made more than 50,000,000", {}),
    # few passes, each slow (hours in all): the clock, read at every pass, stops it
    (SLOW_PASSES, "took more than 1 s", {"MAX_RENDER_SECONDS": 1}),
    # one filter, method, operator or `~` asked for a billion characters: weighed before it runs (letter/limits.py)
    ("{{ 'x'|center(10**9) }}", "the filter center would make about 1,000,000,0", {}),
    ("{{ 'x'.rjust(10**9) }}", "rjust() would make about 1,000,000,0", {}),
    ("{{ '%1000000000s'|format('x') }}", "the filter format would make about 1,000,000,0", {}),
    ("{{ '%*s' % (10**9, 'x') }}", "`%` would make about 1,000,000,0", {}),
    ("{{ '{:>{}}'.format('x', 10**9) }}", "format() would make about 1,000,000,0", {}),
    ("{{ 'x'|indent(10**9, true) }}", "the filter indent would make", {}),
    ("{{ [1, 2]|batch(10**9, 'x')|list }}", "the filter batch would make", {}),
    ("{{ [1]|slice(10**8)|list }}", "the filter slice would make", {}),
    ("{{ ('x' * 999)|list|join('y' * 999999) }}", "the filter join would make", {}),
    ("{{ ('x' * 999999).replace('x', 'yy') }}", "replace() would make", {}),
    ("{% set s = 'x' * 999999 %}{{ s ~ s ~ s }}", "joining text with `~` would make", {}),
    ("{% set s = 'x' * 999999 %}{{ s + s }}", "`+` would make", {}),
    ("{{ (['x' * 999] * 999)|string }}", "the filter string would make", {}),
    ("{% set l = [1] %}{% for i in range(40) %}{{ l.extend(l) }}{% endfor %}", "extend() would make", {}),
    ("{{ lipsum(10**7) }}", "would make about", {}),
    ("{{ ((10**100)**100)**100 }}", "more than 4,000 digits", {}),
    ("{{ range(10**9)|list }}", "could not be filled: Range too big", {}),
    ("{{ 1 + 'a' }}", "could not be filled: unsupported operand", {}),
])
def test_template_that_would_not_end_is_stopped_by_name(tmp_path, monkeypatch, payload, says, limits):
    import time

    from appeal_kit.case.folder import Case
    from appeal_kit.errors import TemplateError
    from appeal_kit.letter import render

    for name, value in limits.items():
        monkeypatch.setattr(render, name, value)
    template = endless_template(tmp_path, payload)
    started = time.monotonic()
    with pytest.raises(TemplateError, match="endless") as raised:
        render.render_letter(Case(folder=tmp_path, data={"patient": {"name": "Dana"}}), template, tmp_path / "o.docx")
    assert says in raised.value.message and str(template.path) in raised.value.message
    assert time.monotonic() - started < 30
    assert not (tmp_path / "o.docx").exists()


@pytest.mark.skipif(not hasattr(signal, "raise_signal"), reason="POSIX signals")
@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_ctrl_c_and_sigterm_stop_a_long_render_at_once(tmp_path, signum):
    import threading
    import time

    from appeal_kit import interrupts
    from appeal_kit.case.folder import Case
    from appeal_kit.letter import render

    template = endless_template(tmp_path, SLOW_PASSES)
    previous = {s: signal.signal(s, interrupts.record) for s in interrupts.SIGNALS}
    try:
        threading.Timer(0.5, signal.raise_signal, [signum]).start()
        started = time.monotonic()
        with pytest.raises(KeyboardInterrupt):  # what the command line reports as `Interrupted:`, exit 130 or 143
            render.render_letter(Case(folder=tmp_path, data={"patient": {"name": "Dana"}}), template,
                                 tmp_path / "o.docx")
        assert time.monotonic() - started < 5
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
        interrupts.forget()
    assert not (tmp_path / "o.docx").exists()


# ---------------------------------------------------------------------------------------------- -o replaces only our own

def claimed_packet(path: Path, title: str, producer: str = "appeal-kit 0.1") -> Path:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    writer.add_metadata({"/Title": title, "/Creator": "appeal-kit 0.1", "/Producer": producer})
    with open(path, "wb") as fh:
        writer.write(fh)
    return path


def test_a_packet_is_known_by_its_claim_without_any_record(tmp_path, monkeypatch):
    """On a fresh machine (no user cache) a packet of this case's claim is recognised from the file itself; another
    claim's packet, a Creator alone, a packet someone saved changes into, or one another program rewrote are not."""
    from pypdf import PdfWriter

    from appeal_kit.case.folder import Case
    from appeal_kit.pipeline import is_our_packet

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "fresh-cache"))
    case = Case(folder=tmp_path, data={"claim": {"number": "CLM-2026-0099"}})
    ours = claimed_packet(tmp_path / "ours.pdf", "Appeal packet, claim CLM-2026-0099")
    assert is_our_packet(ours, case)
    assert is_our_packet(claimed_packet(tmp_path / "pdfa.pdf", "Appeal packet, claim CLM-2026-0099",
                                        producer="GPL Ghostscript 10.00.0"), case)
    assert not is_our_packet(claimed_packet(tmp_path / "other.pdf", "Appeal packet, claim CLM-2026-0100"), case)
    forged_packet(tmp_path / "forged.pdf")
    assert not is_our_packet(tmp_path / "forged.pdf", case)
    assert not is_our_packet(claimed_packet(tmp_path / "resaved.pdf", "Appeal packet, claim CLM-2026-0099",
                                            producer="Adobe PDF Library 23.1"), case)
    edited = PdfWriter(ours, incremental=True)  # a signature or a note saved into it, as PDF editors do
    edited.add_metadata({"/Author": "signed"})
    with open(tmp_path / "edited.pdf", "wb") as fh:
        edited.write(fh)
    assert not is_our_packet(tmp_path / "edited.pdf", case)
    (tmp_path / "notes.txt").write_text("Appeal packet, claim CLM-2026-0099")
    assert not is_our_packet(tmp_path / "notes.txt", case)


def test_rebuild_replaces_its_packet_after_the_cache_is_lost_and_never_another_claims(tmp_path, fake_office):
    # what the written packet says of itself decides (pipeline.is_our_packet), not how its documents were converted
    case = write_case(tmp_path / "case")
    other = write_case(tmp_path / "other-client")
    (other / "case.yaml").write_text((other / "case.yaml").read_text().replace("CLM-2026-0099", "CLM-2026-0100"))
    target = tmp_path / "out" / "appeal.pdf"
    target.parent.mkdir()
    first = run_cli("build", str(case), "-o", str(target), env={"XDG_CACHE_HOME": str(tmp_path / "cache-1")})
    assert first.returncode == 0, first.stderr
    # another machine, or the user cache cleared: the file itself says it is this claim's packet
    again = run_cli("build", str(case), "-o", str(target), env={"XDG_CACHE_HOME": str(tmp_path / "cache-2")})
    assert again.returncode == 0, again.stderr
    before = target.read_bytes()
    refused = run_cli("build", str(other), "-o", str(target), env={"XDG_CACHE_HOME": str(tmp_path / "cache-1")})
    assert refused.returncode == int(ExitCode.would_overwrite), refused.stderr
    assert "appeal.pdf" in refused.stderr and "--force" in refused.stderr and "Traceback" not in refused.stderr
    assert target.read_bytes() == before


# ---------------------------------------------------------------------------------------------- leftovers and limits

def test_temporary_folders_of_killed_runs_are_removed_at_start(tmp_path):
    import subprocess

    scratch = tmp_path / "tmpdir"
    scratch.mkdir()
    dead = subprocess.Popen(["true"])
    dead.wait()  # a process id that no longer runs
    left = scratch / f"appeal-kit-build-{dead.pid}-x1y2z3"
    (left / "pdf").mkdir(parents=True)
    (left / "pdf" / "clinical-notes.pdf").write_bytes(b"%PDF- a copy of someone's notes")
    alive = scratch / f"appeal-kit-build-{os.getpid()}-a1b2c3"  # a run still going (this test's own process)
    alive.mkdir()
    from appeal_kit.files import clean_stale_scratch

    assert clean_stale_scratch(scratch) == [left]  # what every scratch() (each build, check, batch) does first
    assert not left.exists() and alive.exists()


def test_full_temporary_folder_is_named_before_work_starts(tmp_path, monkeypatch):
    from collections import namedtuple

    from appeal_kit import files
    from appeal_kit.errors import OutputError

    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.setattr(files.tempfile, "tempdir", None)
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(files.shutil, "disk_usage", lambda path: usage(10**9, 10**9 - 4096, 4096))
    with pytest.raises(OutputError, match="temporary folder has 4 KB free") as raised:
        files.scratch("build", needs=files.BUILD_SCRATCH_BYTES)
    assert "TMPDIR" in raised.value.message and str(tmp_path) in raised.value.message


def test_intake_reads_at_most_the_ocr_page_cap_and_says_so(tmp_path, monkeypatch):
    from pypdf import PdfWriter

    from appeal_kit.intake import textract

    writer = PdfWriter()
    for _ in range(4):
        writer.add_blank_page(612, 792)  # no text layer: each page would be read by OCR
    with open(tmp_path / "scan.pdf", "wb") as fh:
        writer.write(fh)
    read = []
    monkeypatch.setattr(textract, "MAX_OCR_PAGES", 2)
    monkeypatch.setattr(textract, "read_image", lambda image: read.append(image) or "")
    result = textract.extract_text(tmp_path / "scan.pdf")
    assert len(read) == 2
    assert any("2 more scanned pages (from page 3) were not read" in w for w in result.warnings)


def test_malformed_pages_and_annotations_are_placed_without_a_crash(tmp_path):
    """Boxes that are empty, absurd or not numbers, a rotation that is not a multiple of 90, annotations without a
    rectangle or with a broken appearance: placed as a viewer would show them."""
    annotations = (b"/Annots [<< /Subtype /Text /F (x) >> << /Subtype /FreeText /Rect [0 0 (a) 1] /AP << /N 6 0 R >> >>"
                   b" << /Subtype /Stamp /Rect [0 0 1e999 10] /AP << /N 6 0 R >> >> << /Subtype /Square /AP 7 >>]")
    sources = []
    for n, box in enumerate((b"[0 0 0 0]", b"[0 0 612]", b"(x)", b"[0 0 1e300 1e300]", b"[612 792 0 0]",
                             b"[0 0 612 792] /Rotate 45", b"[0 0 612 792] /Rotate (x)",
                             b"[0 0 612 792] " + annotations)):
        pdf = tiny_pdf(tmp_path / f"odd-{n}.pdf", b"<< /Font << /F1 5 0 R >> >>",
                       [stream(b"BT /F1 12 Tf 72 700 Td (ODD PAGE TEXT) Tj ET"), FONT,
                        stream(b"0 0 1 RG 0 0 10 10 re S", b"/Type /XObject /Subtype /Form /BBox [0 0 (q) 10]")])
        pdf.write_bytes(pdf.read_bytes().replace(b"/MediaBox [0 0 612 792]", b"/MediaBox " + box))
        sources.append(pdf)
    packet = place_pages(sources, tmp_path / "packet.pdf")
    from pypdf import PdfReader

    assert len(PdfReader(packet).pages) == len(sources)


def test_a_big_image_under_the_pixel_cap_is_built_and_compress_shrinks_it(tmp_path, fake_office):
    """Class 10: a large scan just under the cap (144 megapixels) and --compress on it end in a packet, not a
    traceback or a memory error, and the part is under the size asked for."""
    from PIL import Image

    case = write_case(tmp_path / "case")
    Image.new("L", (12000, 12000), 255).save(case / "clinical" / "scan.png", optimize=True)
    out = tmp_path / "out" / "packet.pdf"
    out.parent.mkdir()
    result = run_cli("build", str(case), "-o", str(out), "--max-size", "1MB", "--compress")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    (part,) = out.parent.glob("packet-part-*.pdf")
    assert part.stat().st_size < 1_000_000

