"""Turning evidence files into PDFs the packet can use.

PDFs are opened (decrypted with an empty password when that works, repaired by qpdf when pypdf cannot read
them), images become one-page PDFs (EXIF orientation respected), and office documents go through
LibreOffice, all of them in one soffice run because each start costs about a second.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import cast

from pypdf import PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError, LimitReachedError, PdfReadError
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, StreamObject

from appeal_kit._exec import qpdf, soffice
from appeal_kit.case.folder import shown
from appeal_kit.errors import ConversionError, InputFileError, refused_special, special_file
from appeal_kit.i18n import N_, _, ngettext
from appeal_kit.packet import tracked

log = logging.getLogger(__name__)

PDF_TYPES = {".pdf"}
IMAGE_TYPES = {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".gif", ".bmp", ".webp"}
OFFICE_TYPES = {".docx", ".doc", ".odt", ".rtf", ".txt", ".text", ".md"}
SUPPORTED = N_("PDF, images (PNG, JPEG, TIFF), and documents (DOCX, DOC, ODT, RTF, TXT)")
# Limits that keep one odd file from eating the machine's memory or LibreOffice's patience: a 200-megapixel phone
# photo fits; a decompression bomb, or a document that unpacks to more than any real letter, does not.
MAX_IMAGE_PIXELS = 200_000_000
MAX_DOCUMENT_BYTES = 200 * 1024 * 1024  # unpacked size of a DOCX/ODT, or the size of any other document
# Plain text is laid out page by page: LibreOffice takes minutes over a few megabytes (a log or an export, not notes).
MAX_TEXT_BYTES = 2 * 1024 * 1024  # about 700 pages
# A page may keep its drawing in pieces (/Contents an array of streams), which are joined to place the page: pieces
# that together decode past this (pypdf keeps the same cap on such a join; a real page's drawing is well under a
# megabyte) would fill the memory, say a hundred thousand references to one stream of a megabyte.
MAX_PAGE_DRAWING_BYTES = 75_000_000


def kind_of(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in PDF_TYPES:
        return "pdf"
    if suffix in IMAGE_TYPES:
        return "image"
    if suffix in OFFICE_TYPES:
        return "office"
    if not suffix:
        raise InputFileError(_("{file}: appeal-kit cannot use files without an extension. Supported: {supported}. "
                               "Save or print it as PDF and use that instead.").format(file=path,
                                                                                       supported=_(SUPPORTED)))
    raise InputFileError(_("{file}: appeal-kit cannot use {suffix} files. Supported: {supported}. Save or print it as "
                           "PDF and use that instead.").format(file=path, suffix=suffix, supported=_(SUPPORTED)))


def check_ready(src: Path, workdir: Path) -> None:
    """Raise the InputFileError `build` would raise for this evidence file (missing, unknown type, not really a
    PDF, password, damage qpdf cannot mend, over a size limit), without converting it. `workdir` takes a repaired
    copy, if one is needed, and can be thrown away after."""
    _require_file(src)
    kind = kind_of(src)
    if kind == "pdf":
        open_pdf(src, workdir)
    elif kind == "image":
        _check_image(src)
    else:
        _check_document(src)


def _require_file(src: Path) -> None:
    if kind := special_file(src):
        raise InputFileError(refused_special(shown(src), kind))
    if not src.is_file():
        raise InputFileError(_("{file}: file not found. Check the path in case.yaml (exhibits) or put the file "
                               "back.").format(file=shown(src)))


def _check_image(src: Path) -> None:
    from PIL import Image, UnidentifiedImageError

    # The size is read from the header and checked here, before anything is decoded, so Pillow's own guard
    # (which would refuse without saying the size) is not needed.
    Image.MAX_IMAGE_PIXELS = None
    try:
        with Image.open(src) as im:
            width, height = im.size
            if width * height <= MAX_IMAGE_PIXELS:
                im.load()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise InputFileError(_("{file}: cannot be read as an image ({detail}). Open it and save it again as JPEG or "
                               "PNG.").format(file=src, detail=exc)) from None
    if width * height > MAX_IMAGE_PIXELS:
        raise InputFileError(_("{file}: is {width} x {height} pixels, larger than the {limit} megapixels appeal-kit "
                               "accepts for an image. Resize it (or scan it again at 300 dpi) and use that.").format(
            file=src, width=width, height=height, limit=MAX_IMAGE_PIXELS // 1_000_000))


TEXT_TYPES = {".txt", ".text", ".md"}
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97-2003 .doc (an OLE compound file)
# Word fields that pull a picture or text in from a path or address when the document is opened. LibreOffice's RTF
# import follows INCLUDEPICTURE even with linked pictures blocked (a picture from anywhere on the machine would be
# printed), so the copy it converts has these fields renamed: the result Word last stored is shown instead.
RTF_FETCHING_FIELDS = re.compile(rb"\b(INCLUDEPICTURE|INCLUDETEXT|IMPORT|LINK|DDEAUTO|DDE)\b", re.IGNORECASE)


def real_type(src: Path) -> str:
    """The type of document `src` holds, from its content, as the extension LibreOffice is told: .docx, .odt, .doc,
    .rtf, or .txt for any text file named so. InputFileError for anything else under a document's name (a web page
    saved as .doc would open as a web page and fetch what it links)."""
    import zipfile

    with open(src, "rb") as fh:
        head = fh.read(4096)
    if src.suffix.lower() in TEXT_TYPES:
        return ".txt"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(src) as zf:
                names = set(zf.namelist())
                mimetype = zf.read("mimetype").strip() if "mimetype" in names else b""
        except (zipfile.BadZipFile, OSError, ValueError, KeyError):
            names, mimetype = set(), b""
        if "word/document.xml" in names:
            return ".docx"
        if mimetype == b"application/vnd.oasis.opendocument.text":
            return ".odt"
        looks = _("a zip archive that is not a Word or OpenDocument text document")
    elif head.startswith(OLE_MAGIC):
        return ".doc"
    elif head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf"):
        return ".rtf"
    else:
        text = head.lower()
        looks = (_("a web page (HTML)") if any(tag in text for tag in (b"<html", b"<!doctype html", b"<body", b"<img"))
                 else _("an XML file") if text.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<")
                 else _("not a document LibreOffice should read"))
    raise InputFileError(_("{file}: is named like a {kind} document but is {looks}. appeal-kit does not convert it, "
                           "because a web page or a mislabelled file can make the converter fetch or include files "
                           "from elsewhere. Open it, save it as PDF (or as a Word document), and use that.").format(
        file=shown(src), kind=src.suffix.lower()[1:].upper(), looks=looks))


def stage_document(src: Path, staged_stem: Path) -> Path:
    """A copy of `src` for LibreOffice, named `staged_stem` + the extension of its real type: text as UTF-8, RTF with
    its fetching fields renamed, a DOCX, ODT or RTF with its tracked changes accepted (appeal_kit.packet.tracked;
    `check` and `build` say so). The user's file is only read."""
    kind = real_type(src)
    staged = staged_stem.with_suffix(kind)
    if kind in (".docx", ".odt"):
        if tracked.accept_changes(src, staged, kind):
            log.info("%s: tracked changes accepted in the copy converted", src)
        return staged
    data = src.read_bytes()
    if kind == ".txt":
        data = _as_utf8(data)
    elif kind == ".rtf":
        data, changes = tracked.accept_rtf_changes(_rtf_without_fetching_fields(data))
        if changes:
            log.info("%s: tracked changes accepted in the copy converted", src)
    staged.write_bytes(data)
    return staged


def _word97_accepted(office: dict[Path, int], sources: list[Path], workdir: Path) -> dict[Path, int]:
    """`office` (staged copy -> index of its source) with each Word 97 `.doc` copy replaced by a DOCX with its
    tracked changes accepted: LibreOffice saves every `.doc` as DOCX in one run (soffice.word97_to_docx), and
    appeal_kit.packet.tracked accepts the changes there. What was accepted is said by name, as `check` cannot count
    the changes of a `.doc` without LibreOffice. A `.doc` LibreOffice could not save stays as it is, and to_pdfs
    refuses its PDF if LibreOffice makes one (a damaged file fails both ways)."""
    word97 = [staged for staged in office if staged.suffix == ".doc"]
    saved = soffice.word97_to_docx(word97, workdir / "word97") if word97 else {}
    result = {}
    for staged, i in office.items():
        if staged in saved:
            accepted = staged.with_suffix(".docx")
            changes = tracked.accept_changes(saved[staged], accepted, ".docx")
            if changes:
                log.warning(ngettext(
                    "{file} has {count} tracked change: the packet shows it with the change accepted (deleted text "
                    "left out, inserted text kept), as Word shows it with No Markup. If that is not what you mean, "
                    "accept or reject the change in Word or LibreOffice and save it.",
                    "{file} has {count} tracked changes: the packet shows it with every change accepted (deleted "
                    "text left out, inserted text kept), as Word shows it with No Markup. If that is not what you "
                    "mean, accept or reject the changes in Word or LibreOffice and save it.", changes).format(
                    file=shown(sources[i]), count=changes))
            staged = accepted
        result[staged] = i
    return result


def _as_utf8(data: bytes) -> bytes:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace").encode("utf-8")
    try:
        return data.decode("utf-8-sig").encode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace").encode("utf-8")  # Windows Notepad's usual encoding in the US


def _rtf_without_fetching_fields(data: bytes) -> bytes:
    """Rename the fetching fields inside each field instruction group ({\\*\\fldinst ...}), nowhere else."""
    out, pos = bytearray(), 0
    for match in re.finditer(rb"\\fldinst", data):
        if match.start() < pos:
            continue
        end, depth, i = len(data), 1, match.end()
        while i < len(data):
            c = data[i]
            if c == 0x5C:  # backslash: skip the escaped character
                i += 2
                continue
            depth += 1 if c == 0x7B else -1 if c == 0x7D else 0
            if depth == 0:
                end = i
                break
            i += 1
        out += data[pos:match.end()] + RTF_FETCHING_FIELDS.sub(lambda m: b"NO" + m.group(1), data[match.end():end])
        pos = end
    return bytes(out + data[pos:])


def _check_document(src: Path) -> None:
    """Office documents are measured before LibreOffice opens them: a DOCX or ODT by its unpacked size; and each is
    of the type its name says (real_type)."""
    import zipfile

    limit = f"{MAX_DOCUMENT_BYTES // (1024 * 1024)} MB"
    if src.suffix.lower() in (".docx", ".odt"):
        try:
            with zipfile.ZipFile(src) as zf:
                unpacked = sum(info.file_size for info in zf.infolist())
        except (zipfile.BadZipFile, OSError, ValueError):
            raise InputFileError(_("{file}: is damaged (a {kind} file is a zip archive, and this one cannot be "
                                   "opened). Open it in Word or LibreOffice and save it again, or export it to "
                                   "PDF.").format(file=src, kind=src.suffix.lower()[1:].upper())) from None
        if unpacked > MAX_DOCUMENT_BYTES:
            raise InputFileError(_("{file}: unpacks to {size} MB, more than the {limit} appeal-kit accepts for a "
                                   "document. Export it to PDF yourself and use the PDF.").format(
                file=src, size=unpacked // (1024 * 1024), limit=limit))
    elif src.stat().st_size > MAX_DOCUMENT_BYTES:
        raise InputFileError(_("{file}: is larger than the {limit} appeal-kit accepts for a document. Export it to "
                               "PDF yourself and use the PDF.").format(file=src, limit=limit))
    kind = real_type(src)
    if kind in (".docx", ".odt"):
        tracked.count_changes(src, kind)  # damaged XML is named now, not by LibreOffice later
    elif kind == ".txt" and src.stat().st_size > MAX_TEXT_BYTES:
        size = src.stat().st_size
        raise InputFileError(_("{file}: is {size} MB of plain text (about {pages} pages); appeal-kit converts text "
                               "files up to {limit} MB, because laying out more takes LibreOffice longer than a build "
                               "waits. Keep the part that supports the appeal in its own file, or print it to PDF "
                               "and use the PDF.").format(file=shown(src), size=f"{size / (1024 * 1024):.1f}",
                                                          pages=f"{size // 3000:,}",
                                                          limit=MAX_TEXT_BYTES // (1024 * 1024)))


def to_pdfs(sources: list[Path], workdir: Path, *, cache=None,
            on_ready: Callable[[int, Path], None] | None = None, converter=soffice.convert_to_pdf) -> list[Path]:
    """A PDF for every source, in order. Sources are only read; all output goes to workdir. With `cache`
    (packet.cache.PdfCache) documents converted before, byte for byte the same, are not converted again.
    `on_ready(i, pdf)` is called as the PDF of sources[i] is ready, some while LibreOffice is still converting.
    `converter` converts the office documents: one soffice run, or a batch's listener (its convert_to_pdf)."""
    for src in sources:
        _require_file(src)
        if kind_of(src) == "office":
            _check_document(src)
    workdir.mkdir(parents=True, exist_ok=True)
    result: dict[int, Path] = {}
    office: dict[Path, int] = {}
    for i, src in enumerate(sources):
        kind = kind_of(src)
        if kind == "pdf":
            result[i] = src
        elif kind == "image":
            result[i] = image_to_pdf(src, workdir / f"{i:03d}-image.pdf")
        elif cache is not None and (hit := cache.get(src, workdir / f"{i:03d}-cached.pdf")):
            result[i] = hit
        else:
            # Copy under a unique name (soffice names its output after the input's stem), typed by its content.
            office[stage_document(src, workdir / f"{i:03d}-doc")] = i
    office = _word97_accepted(office, sources, workdir)
    if on_ready is not None:
        for i, pdf in list(result.items()):
            on_ready(i, pdf)

    def converted(staged: Path, pdf: Path) -> None:
        if staged.suffix == ".doc":  # not saved as DOCX (_word97_accepted): its tracked changes were not accepted
            raise soffice.not_converted(sources[office[staged]], _(
                "LibreOffice could not save it as DOCX, which is how appeal-kit accepts a Word 97 document's tracked "
                "changes"))
        result[office[staged]] = pdf
        if cache is not None:  # keyed by the user's file, as cache.get looks it up
            cache.put(sources[office[staged]], pdf)
        if on_ready is not None:
            on_ready(office[staged], pdf)

    try:
        converter(list(office), workdir / "converted", on_converted=converted)
    except ConversionError as exc:  # name the user's file, not its copy in the temporary folder
        for staged, i in office.items():
            exc.message = exc.message.replace(str(staged), str(sources[i]))
        raise
    return [result[i] for i in range(len(sources))]


def image_to_pdf(src: Path, dst: Path) -> Path:
    """One image -> one PDF page, losslessly where img2pdf can, upright as the camera meant."""
    import img2pdf
    from PIL import Image, ImageOps, UnidentifiedImageError

    _check_image(src)
    try:
        with Image.open(src) as opened:
            opened.load()
            im: Image.Image = opened
            has_alpha = im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info)
            mirrored = _exif_orientation(im) in (2, 4, 5, 7)  # img2pdf refuses flipped orientations
            needs_pillow = has_alpha or mirrored or src.suffix.lower() in (".gif", ".bmp", ".webp")
            if needs_pillow:
                # Flatten transparency onto white and bake in any mirrored orientation img2pdf refuses.
                im = ImageOps.exif_transpose(im)
                if im.mode in ("RGBA", "LA", "PA", "P"):
                    im = im.convert("RGBA")
                    flat = Image.new("RGB", im.size, "white")
                    flat.paste(im, mask=im.split()[-1])
                    im = flat
                elif im.mode not in ("RGB", "L", "1", "CMYK"):
                    im = im.convert("RGB")
                staged = dst.with_suffix(".png")
                im.save(staged)
                src = staged
    except (UnidentifiedImageError, OSError) as exc:
        raise InputFileError(_("{file}: cannot be read as an image ({detail}). Open it and save it again as JPEG or "
                               "PNG.").format(file=src, detail=exc)) from None
    try:
        # img2pdf keeps JPEG data as it is and sets /Rotate from the EXIF orientation; stamping honours it.
        dst.write_bytes(img2pdf.convert(str(src), rotation=img2pdf.Rotation.ifvalid))
    except Exception as exc:  # img2pdf raises many types for odd images; all mean "this image is unusable"
        raise InputFileError(_("{file}: cannot turn this image into a PDF page ({detail}). Open it and save it again "
                               "as JPEG or PNG.").format(file=src, detail=exc)) from None
    return dst


def _exif_orientation(im) -> int:
    try:
        return int(im.getexif().get(0x0112, 1))
    except (ValueError, TypeError, OSError):  # a broken EXIF block: treat the image as upright
        return 1


def open_pdf(path: Path, workdir: Path, *, display_name: Path | None = None) -> PdfReader:
    """A readable PdfReader for `path`: decrypted with an empty password if needed, repaired if damaged."""
    name = display_name or path
    try:
        with open(path, "rb") as fh:
            head = fh.read(1024)
    except OSError as exc:
        raise InputFileError(_("{file}: cannot be read ({detail}).").format(file=name, detail=exc.strerror)) from None
    if b"%PDF" not in head:
        raise InputFileError(_("{file}: is not a PDF (the file does not start like one). If it is another kind of "
                               "file, give it the right extension; if it is damaged, get a fresh copy.").format(
            file=name))
    try:
        reader = _read(path, name)
    except LimitReachedError as exc:  # not damage: a repair keeps what is too big
        raise past_limits(name, str(exc)) from None
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError) as first_error:
        repaired = workdir / f"repaired-{len(list(workdir.glob('repaired-*')))}.pdf"
        log.info("%s: pypdf could not read it (%s); trying a repair with qpdf", name, first_error)
        if not qpdf.repair(path, repaired):
            raise InputFileError(_("{file}: this PDF is damaged and could not be repaired. Open it in a PDF viewer "
                                   "and print it to a new PDF, or ask the sender for a fresh copy.").format(
                file=name)) from None
        try:
            reader = _read(repaired, name)
        except LimitReachedError as exc:
            raise past_limits(name, str(exc)) from None
        except (PdfReadError, ValueError, KeyError, TypeError, AttributeError):
            raise InputFileError(_("{file}: this PDF is damaged and could not be repaired. Open it in a PDF viewer "
                                   "and print it to a new PDF, or ask the sender for a fresh copy.").format(
                file=name)) from None
        path = repaired
    if _fields_without_appearance(reader):
        drawn = workdir / f"appearances-{len(list(workdir.glob('appearances-*')))}.pdf"
        log.info("%s: form fields have values but no appearance; drawing them with qpdf", name)
        if qpdf.generate_appearances(path, drawn):
            reader = _read(drawn, name)
    return reader


def past_limits(name: Path, why: str) -> InputFileError:
    """The error for a PDF that goes past a limit pypdf or appeal-kit keeps (a repair would keep what is too big)."""
    return InputFileError(_("{file}: this PDF is built past what appeal-kit reads safely ({why}). Open it in a PDF "
                            "viewer and print it to a new PDF, which draws each page afresh, and use that copy; or ask "
                            "the sender for a fresh copy.").format(file=name, why=why.rstrip(".")))


def _drawing_bytes(page) -> int:
    """How many bytes the page's content streams decode to when its drawing is kept in pieces (0 for one stream,
    which is copied as it is); each stream is decoded once however often the array names it, and counting stops
    past the cap."""
    contents = page.get("/Contents")
    contents = contents.get_object() if contents is not None else None
    if not isinstance(contents, ArrayObject):
        return 0
    sizes: dict[object, int] = {}
    total = 0
    for part in contents:
        key = (part.idnum, part.generation) if isinstance(part, IndirectObject) else id(part)
        if key not in sizes:
            stream = part.get_object()
            sizes[key] = len(stream.get_data()) if isinstance(stream, StreamObject) else 0
        total += sizes[key]
        if total > MAX_PAGE_DRAWING_BYTES:
            break
    return total


def _fields_without_appearance(reader: PdfReader) -> bool:
    """A form saved with /NeedAppearances, or a filled widget with no /AP: flattening would drop its value."""
    try:
        form = cast(DictionaryObject, reader.trailer["/Root"]).get("/AcroForm")
        if form is not None and form.get_object().get("/NeedAppearances"):
            return True
        for page in reader.pages:
            for annot in page.get("/Annots") or []:
                annot = annot.get_object()
                if annot.get("/Subtype") == "/Widget" and "/AP" not in annot and annot.get("/V") not in (None, ""):
                    return True
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError):
        return False
    return False


def _read(path: Path, name: Path) -> PdfReader:
    reader = PdfReader(path, strict=False)
    if reader.is_encrypted:
        try:
            opened = reader.decrypt("")
        except (DependencyError, NotImplementedError) as exc:
            raise InputFileError(_("{file}: uses an encryption appeal-kit cannot open ({detail}). Remove the "
                                   "protection with `qpdf --decrypt \"{file}\" decrypted.pdf`.").format(
                file=name, detail=exc)) from None
        if not opened:
            raise InputFileError(_(
                "{file}: is password-protected. Remove the password and use the unlocked copy: "
                "`qpdf --password=YOUR-PASSWORD --decrypt \"{file}\" unlocked.pdf` "
                "(or open it in a PDF viewer and print it to a new PDF).").format(file=name))
    try:
        if len(reader.pages) == 0:
            raise InputFileError(_("{file}: this PDF has no pages. Check that it is the right file.").format(file=name))
        for number, page in enumerate(reader.pages, 1):  # every page now, so damage shows here, not mid-build
            if _drawing_bytes(page) > MAX_PAGE_DRAWING_BYTES:
                raise past_limits(name, _("page {number}'s drawing comes in pieces that together make more than "
                                          "{limit} MB").format(number=number,
                                                               limit=MAX_PAGE_DRAWING_BYTES // 1_000_000))
        reader.metadata  # noqa: B018 - damaged metadata should send the file to the qpdf repair too
    except FileNotDecryptedError:
        raise InputFileError(_("{file}: is password-protected. Remove the password with "
                               "`qpdf --password=YOUR-PASSWORD --decrypt \"{file}\" unlocked.pdf`.").format(
            file=name)) from None
    return reader
