"""Text out of a denial notice, whatever it came as: PDF (text layer or scan), photo, DOCX or plain text.

- PDF: the text layer via `pdftotext -layout` (pypdf when poppler is missing); a page with no usable text
  layer is rendered at 300 dpi with `pdftoppm` and OCR'd with tesseract.
- JPEG/PNG/TIFF photos: EXIF orientation applied first (phones store the picture sideways with an
  "orientation" tag), greyscale, contrast stretched, upscaled when small, then tesseract.
- An image that reads poorly is read again with tesseract's orientation detection on: photos taken sideways with
  no EXIF tag and pages scanned upside down come out as text, not noise (an upright page, read with confidence, is
  read once without it, which halves the time OCR takes).
- DOCX: paragraphs, tables (cells kept apart by wide spaces, like a layout PDF) and page headers/footers
  (letterheads often live there).
- E-mail (.eml): decoded with the standard library's email package (MIME parts, quoted-printable, base64,
  character sets); Date, From, To and Subject become labelled lines over the body a mail program shows: the HTML
  one when there is one (the plain one can be a stub), turned into text as a person sees it (html_to_text).
- A saved web page or message (.html, .htm): the same text of its HTML. Nothing an HTML body points to (an image,
  a style sheet, a link) is ever fetched.
- TXT: UTF-8, falling back to Windows-1252.
- Spanish notices read by OCR are read again with the Spanish data (tesseract-ocr-spa) so accents and ñ survive.
"""
from __future__ import annotations

import re
import shutil
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from appeal_kit.errors import InputFileError, refused_special, shown, special_file
from appeal_kit.files import scratch
from appeal_kit.i18n import N_, _, ngettext

MIN_PAGE_CHARS = 25  # fewer non-blank characters than this on a PDF page: treat it as a scan and OCR it
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp", ".gif", ".webp"}
# Limits for a notice, far above any real one: OCR takes seconds a page, and a denial's facts are on its first pages.
MAX_OCR_PAGES = 20
MAX_PHOTO_PIXELS = 100_000_000  # a 50-megapixel phone photo fits twice over; a decompression bomb does not
MAX_DOCX_UNPACKED = 100 * 1024 * 1024
# A page may keep its drawing in pieces (/Contents an array of streams). poppler's time grows with the square of
# their number: 1,000 pieces read in 0.2 s, 5,000 in 1.6 s, 10,000 in 7 s, 100,000 in over ten minutes (one page
# of a hostile file). A notice's page has a few; past this the PDF is refused before pdftotext starts.
MAX_PAGE_PIECES = 5_000


# How a notice was read (ExtractedText.method), in words for the person; English shows the method's own name.
METHOD_WORDS = {"pdf-text": N_("a PDF, from its text"), "pdf-ocr": N_("a scanned PDF, by OCR"),
                "pdf-mixed": N_("a PDF, partly by OCR"), "image-ocr": N_("a photo, by OCR"),
                "docx": N_("a Word document"), "eml": N_("an e-mail"), "html": N_("a saved web page or e-mail (HTML)"),
                "txt": N_("plain text")}


@dataclass
class ExtractedText:
    text: str
    method: str  # pdf-text | pdf-ocr | pdf-mixed | image-ocr | docx | eml | html | txt
    pages: int = 1
    warnings: list[str] = field(default_factory=list)
    fields: dict[str, str] = field(default_factory=dict)  # e-mail headers: date, from, to, subject


def sniff(path: Path) -> str:
    """pdf | image | docx | eml | html | txt by content (not just the file name)."""
    if kind := special_file(path):
        raise InputFileError(refused_special(shown(path), kind))
    try:
        with open(path, "rb") as fh:
            head = fh.read(8192)
    except FileNotFoundError:
        raise InputFileError(_("{file}: no such file.").format(file=path)) from None
    except IsADirectoryError:
        raise InputFileError(_("{file}: is a folder; give the notice file itself.").format(file=path)) from None
    except OSError as exc:
        raise InputFileError(_("{file}: cannot be read ({reason}).").format(file=path, reason=exc.strerror)) from None
    if not head:
        raise InputFileError(_("{file}: the file is empty.").format(file=path))
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*", b"GIF8", b"BM")) or \
            (head[:4] == b"RIFF" and head[8:12] == b"WEBP"):
        return "image"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(path) as zf:
                if "word/document.xml" in zf.namelist():
                    unpacked = sum(info.file_size for info in zf.infolist())
                    if unpacked > MAX_DOCX_UNPACKED:
                        raise InputFileError(_("{file}: unpacks to {size} MB, more than the {limit} MB a notice can "
                                               "be. Save it as PDF and use that.").format(
                            file=path, size=unpacked // (1024 * 1024), limit=MAX_DOCX_UNPACKED // (1024 * 1024)))
                    return "docx"
        except zipfile.BadZipFile:
            pass
        raise InputFileError(_("{file}: is a ZIP-based file but not a Word document. Save the notice as PDF, DOCX, "
                               "TXT or a photo (JPEG/PNG).").format(file=path))
    if head.startswith(b"\xd0\xcf\x11\xe0") and path.suffix.lower() == ".msg":
        # Outlook's own format. Its maintained reader on PyPI (extract-msg) is GPL-licensed, appeal-kit is MIT.
        raise InputFileError(_("{file}: is an Outlook message (.msg). In Outlook, save it as .eml (or print it to "
                               "PDF) and run intake on that file.").format(file=path))
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise InputFileError(_("{file}: is an old Word (.doc) file. Open it in Word or LibreOffice and save it as "
                               ".docx or PDF.").format(file=path))
    if _looks_like_email(path, head):
        return "eml"
    if _looks_like_html(path, head):
        return "html"
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputFileError(_("{file}: is not a file type appeal-kit can read. Use PDF, DOCX, TXT, JPEG or "
                               "PNG.").format(file=path))
    return "txt"


def extract_text(path: Path) -> ExtractedText:
    """Read the notice at `path`; raise InputFileError for a file that cannot be read."""
    path = Path(path)
    kind = sniff(path)
    if kind == "pdf":
        return _pdf_text(path)
    if kind == "image":
        return ExtractedText(_ocr_photo(path), "image-ocr")
    if kind == "docx":
        return ExtractedText(_docx_text(path), "docx")
    if kind == "eml":
        text, fields = _eml_text(path)
        return ExtractedText(text, "eml", fields=fields)
    if kind == "html":
        return ExtractedText(html_to_text(_html_markup(path)), "html")
    return ExtractedText(_txt_text(path), "txt")


def text_without_ocr(path: Path) -> str:
    """What a document says in its own text, without reading any picture: "" for a photo, and a scanned PDF's pages
    add nothing (a letter that names what a document is may not wait for OCR, nor guess from it)."""
    path = Path(path)
    kind = sniff(path)
    if kind == "image":
        return ""
    if kind == "pdf":
        from appeal_kit._exec import pdftotext

        return "\n".join(pdftotext.page_texts(path) if pdftotext.PDFTOTEXT.available() else _pypdf_pages(path))
    return extract_text(path).text


# ------------------------------------------------------------------------------------------------ PDF

def _pdf_text(path: Path) -> ExtractedText:
    from appeal_kit._exec import pdftotext

    _check_pieces(path)
    if pdftotext.PDFTOTEXT.available():
        from appeal_kit.intake import layout

        words = pdftotext.page_words(path)
        pages = [layout.apart(layout.in_place(page, words[i]), layout.cells(words[i])) if i < len(words) else page
                 for i, page in enumerate(pdftotext.page_texts(path))]
    else:
        pages = _pypdf_pages(path)
    if not pages:
        raise InputFileError(_("{file}: the PDF has no pages.").format(file=path))
    pages = [without_watermark(page) for page in pages]
    scanned = [i for i, t in enumerate(pages) if len("".join(t.split())) < MIN_PAGE_CHARS]
    if not scanned:
        return ExtractedText("\n\f".join(pages), "pdf-text", len(pages))
    skipped = scanned[MAX_OCR_PAGES:]
    scanned = scanned[:MAX_OCR_PAGES]
    from appeal_kit._exec.tesseract import TESSERACT

    TESSERACT.find()  # a clear "not installed" error before any rendering
    with scratch("ocr") as tmp:
        for i in scanned:
            # a coloured mark over the print (an office's blue seal, a red received stamp, a highlighter): the page
            # rendered in colour and the mark painted as light as its lightest channel (see without_coloured_ink)
            marked = colour_images(path, i) and coloured_ink_share(pdftotext.render_page(
                path, i + 1, Path(tmp) / f"probe-{i + 1}", dpi=COLOUR_PROBE_DPI, colour=True)) >= COLOUR_SHARE
            img = pdftotext.render_page(path, i + 1, Path(tmp) / f"page-{i + 1}", dpi=300, colour=marked)
            if marked:
                without_coloured_ink(img)
            pages[i] = read_image(img)
    method = "pdf-ocr" if len(scanned) == len(pages) else "pdf-mixed"
    warnings = [ngettext("{n} of {total} pages had no text layer and was read by OCR; check the facts against the "
                         "notice.",
                         "{n} of {total} pages had no text layer and were read by OCR; check the facts against the "
                         "notice.", len(scanned)).format(n=len(scanned), total=len(pages))]
    if skipped:
        warnings.append(ngettext("{n} more scanned page (page {first}) was not read: intake reads at most {limit} "
                                 "scanned pages, and a notice's facts are on its first pages. If they are further on, "
                                 "save those pages as their own PDF and run intake on it.",
                                 "{n} more scanned pages (from page {first}) were not read: intake reads at most "
                                 "{limit} scanned pages, and a notice's facts are on its first pages. If they are "
                                 "further on, save those pages as their own PDF and run intake on it.",
                                 len(skipped)).format(n=len(skipped), first=skipped[0] + 1, limit=MAX_OCR_PAGES))
    return ExtractedText("\n\f".join(pages), method, len(pages), warnings)


# Coloured ink on a scanned PDF page (an office's round blue seal stamped across the hearing paragraph, a red
# "RECEIVED" stamp, a pink highlighter): pixels whose channels differ by COLOUR_CHROMA or more are marks, not print
# (black and grey print, and paper, are as light in every channel). On a page where such pixels cover COLOUR_SHARE
# of a COLOUR_PROBE_DPI rendering or more, the page is rendered in colour and each such pixel is given its lightest
# channel's value, so the mark fades to near paper while the black letters under it stay black; a page without
# them is rendered in grey as before. Only a page whose images are stored in colour is probed (the probe, one
# rendering at 50 dpi, takes some 0.1 s; looking at the images' colour space well under a millisecond), so a grey
# scan's OCR takes the time it took.
COLOUR_CHROMA = 60
COLOUR_SHARE = 0.0005
COLOUR_PROBE_DPI = 50


def colour_images(path: Path, index: int) -> bool:
    """Page `index` (0-based) of the PDF draws an image stored in colour (RGB, CMYK, an ICC profile of three or more
    channels, a palette or a spot colour); False when the PDF cannot be looked into."""
    from pypdf import PdfReader

    try:
        objects = PdfReader(path, strict=False).pages[index].get("/Resources", {}).get("/XObject", {})
        for name in objects:
            space = objects[name].get_object().get("/ColorSpace")
            space = space.get_object() if space is not None else None
            if space in ("/DeviceRGB", "/DeviceCMYK", "/CalRGB", "/Lab"):
                return True
            if isinstance(space, list) and space:
                if space[0] != "/ICCBased" or (space[1].get_object().get("/N") or 0) >= 3:
                    return space[0] not in ("/DeviceGray", "/CalGray")
    except Exception:  # noqa: BLE001 - a damaged or odd PDF: read in grey, as before
        return False
    return False


def _colour_mask(im):
    from PIL import ImageChops

    r, g, b = im.convert("RGB").split()
    lightest = ImageChops.lighter(ImageChops.lighter(r, g), b)
    darkest = ImageChops.darker(ImageChops.darker(r, g), b)
    return lightest, ImageChops.subtract(lightest, darkest).point(lambda v: 255 if v >= COLOUR_CHROMA else 0)


def coloured_ink_share(image: Path) -> float:
    """The share of the page's pixels in coloured ink (see COLOUR_CHROMA)."""
    from PIL import Image

    with Image.open(image) as im:
        if im.mode in ("L", "1", "LA", "I", "I;16"):
            return 0.0
        _, mask = _colour_mask(im)
        return mask.histogram()[255] / (mask.width * mask.height)


def without_coloured_ink(image: Path) -> None:
    """The page at `image` in grey, its coloured marks painted their lightest channel's value (in place)."""
    from PIL import Image

    with Image.open(image) as im:
        lightest, mask = _colour_mask(im)
        grey = Image.composite(lightest, im.convert("L"), mask)
    grey.save(image)


# a line holding only a watermark's letters, one or two at a time ("C", "E M", "OP"): a word set large and across
# the page (COPY, MEMBER COPY) comes out of the text layer a few letters a line, between blank lines
_WATERMARK_LINE = re.compile(r"[ \t]*[A-Z]{1,2}(?:[ \t]+[A-Z]{1,2}){0,2}[ \t]*")


def without_watermark(page: str) -> str:
    """A PDF page's layout text without the lines a large watermark left, each a letter or two alone beside a blank
    line, and each run of blank lines round them taken down to one: a table whose rows the watermark's letters
    stood between ("10/05/2026 ... CO-197", four blank lines, "C", "10/06/2026 ...") stays one table."""
    lines = page.split("\n")
    blank = [not line.strip() for line in lines]
    letters = [bool(_WATERMARK_LINE.fullmatch(line)) for line in lines]
    mark = [False] * len(lines)
    i = 0
    while i < len(lines):  # a run of such lines ("B", "E M", "M") beside a blank line
        j = i
        while j < len(lines) and letters[j]:
            j += 1
        if j > i and ((i > 0 and blank[i - 1]) or (j < len(lines) and blank[j])):
            mark[i:j] = [True] * (j - i)
        i = max(j, i + 1)
    if not any(mark):
        return page
    out: list[str] = []
    i = 0
    while i < len(lines):
        if not (blank[i] or mark[i]):
            out.append(lines[i])
            i += 1
            continue
        j = i
        while j < len(lines) and (blank[j] or mark[j]):
            j += 1
        run = range(i, j)
        if any(mark[k] for k in run):
            out.extend([""] if any(blank[k] for k in run) and out and j < len(lines) else [])
        else:
            out.extend(lines[i:j])
        i = j
    return "\n".join(out)


def _check_pieces(path: Path) -> None:
    """Refuse a PDF that has a page drawn from more than MAX_PAGE_PIECES pieces, or that goes past a limit pypdf
    keeps while reading it (the same file then takes the text readers minutes). A PDF pypdf cannot read is left
    for pdftotext to name (a password, damage)."""
    from pypdf import PdfReader
    from pypdf.errors import LimitReachedError
    from pypdf.generic import ArrayObject

    advice = _("Open it in a PDF viewer and print it to a new PDF (which draws each page afresh), and run intake on "
               "that copy.")
    try:
        reader = PdfReader(path, strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            return
        for number, page in enumerate(reader.pages, 1):
            contents = page.get("/Contents")
            contents = contents.get_object() if contents is not None else None
            if isinstance(contents, ArrayObject) and len(contents) > MAX_PAGE_PIECES:
                raise InputFileError(_("{file}: page {page} is drawn from {pieces} pieces, more than the {limit} "
                                       "intake reads (reading them would take minutes). {advice}").format(
                    file=shown(path), page=number, pieces=f"{len(contents):,}", limit=f"{MAX_PAGE_PIECES:,}",
                    advice=advice))
    except LimitReachedError as exc:
        raise InputFileError(_("{file}: this PDF is built past what appeal-kit reads safely ({reason}). "
                               "{advice}").format(file=shown(path), reason=str(exc).rstrip("."), advice=advice)) \
            from None
    except InputFileError:
        raise
    except Exception:  # noqa: BLE001 - damage of any kind: pdftotext (or pypdf's own reading) names it
        return


def _pypdf_pages(path: Path) -> list[str]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(path, strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputFileError(_("{file}: the PDF is password-protected. Save a copy without a password.").format(
                file=path))
        return [(p.extract_text(extraction_mode="layout") or "") for p in reader.pages]
    except InputFileError:
        raise
    except (PdfReadError, ValueError, KeyError, OSError) as exc:
        raise InputFileError(_("{file}: cannot be read as a PDF ({reason}). Save a fresh copy or scan it "
                               "again.").format(file=path, reason=exc)) from None


# ------------------------------------------------------------------------------------------------ photos

# A photo whose long side is shorter than MIN_OCR_SIDE pixels is enlarged to OCR_SIDE before it is read: a screenshot
# of a portal (1,280 px wide) loses fields at its own size. A photo or fax of a whole page, 1,500 px or more, is read
# as taken: over the 25 sample photos this read 340 of 368 fields against 338 with every photo under 2,000 px
# enlarged (the same fields on each photo, two more on a fax), and enlarging cost tesseract a third more time.
MIN_OCR_SIDE = 1500
OCR_SIDE = 2000


def eight_bit(im):
    """A greyscale image of more than 8 bits a pixel (a 16-bit scan: mode I;16 or I) scaled to 0-255. Pillow's own
    conversion to L clips every value above 255 to white, which left a 16-bit scan with nothing to read (intake set
    33, notice 06)."""
    if im.mode not in ("I", "I;16", "I;16L", "I;16B", "I;16N"):
        return im
    wide = im.convert("I")
    top = wide.getextrema()[1]
    return wide.point(lambda v: v * (255 / top)).convert("L") if top > 255 else wide.convert("L")


def prepare_photo(path: Path, out: Path, page: int = 0) -> Path:
    """Upright (EXIF orientation), greyscale, contrast-stretched copy of a photo (or of one page of a multi-page
    image, a fax TIFF), sized for OCR."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    Image.MAX_IMAGE_PIXELS = None  # the size is checked here, from the header, before any pixel is decoded
    try:
        with Image.open(path) as opened:
            width, height = opened.size
            if width * height > MAX_PHOTO_PIXELS:
                raise InputFileError(_("{file}: is {width} x {height} pixels, more than the {limit} megapixels "
                                       "intake reads. Take the photo again at the camera's usual size, or scan the "
                                       "notice at 300 dpi.").format(file=path, width=width, height=height,
                                                                    limit=MAX_PHOTO_PIXELS // 1_000_000))
            opened.seek(page)
            opened.load()
            im = ImageOps.exif_transpose(opened)
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise InputFileError(_("{file}: the image cannot be opened ({reason}). Take the photo again or save it as JPEG "
                               "or PNG.").format(file=path, reason=exc)) from None
    im = square_pixels(eight_bit(im))
    im = im.convert("L")
    if max(im.size) < MIN_OCR_SIDE:  # tesseract wants ~10 px high letters or more
        factor = OCR_SIDE / max(im.size)
        im = im.resize((round(im.width * factor), round(im.height * factor)), Image.Resampling.LANCZOS)
    im = ImageOps.autocontrast(im, cutoff=1)
    im.save(out)
    return out


def square_pixels(im):
    """`im` stretched to square pixels when its resolution differs across and down: a fax in standard mode is
    204 x 98 dpi, so read as it is stored its letters are half as tall as they are wide, and tesseract misreads
    them ("docunrent", "lynatius")."""
    from PIL import Image

    dpi = im.info.get("dpi")
    try:
        across, down = (float(dpi[0]), float(dpi[1])) if dpi else (0.0, 0.0)
    except (TypeError, ValueError, IndexError):
        return im
    if across <= 0 or down <= 0 or abs(across / down - 1) < 0.1:
        return im
    if across > down:
        return im.convert("L").resize((im.width, round(im.height * across / down)), Image.Resampling.LANCZOS)
    return im.convert("L").resize((round(im.width * down / across), im.height), Image.Resampling.LANCZOS)


# A page is speckled (a scan's dust, a fax line's noise) when this share of its dark pixels or more stand alone:
# clean print, scanned or photographed, has under 1%, the speckled scans and faxes of the sample notices 2.5-8%.
SPECKLED = 0.02


def clean_page(image: Path) -> None:
    """Even out, in place, the light across a page image and wipe its specks, before tesseract reads it. A phone
    photo's shadow or a scan's shading turns into black blotches when tesseract splits ink from paper with one
    threshold for the whole page, and specks are read as stray letters and commas inside words and numbers
    ("PA-2026- 1187734", "Spravane"). The paper's own light is estimated from the brightest pixels around each
    point (on a small copy, so it costs a fifth of a second) and the ink is measured against it; a speckled page
    is then put through a 3 x 3 median filter, which takes single dots and keeps strokes."""
    from PIL import Image, ImageChops, ImageFilter, ImageOps

    with Image.open(image) as im:
        page = im.convert("L")
    small = page.resize((max(1, page.width // 8), max(1, page.height // 8)), Image.Resampling.BOX)
    paper = small.filter(ImageFilter.MaxFilter(5)).filter(ImageFilter.GaussianBlur(4))
    # only paper is evened out: a dark band printed with light letters (a web page's title bar) is left as it is,
    # told from paper in a shadow by which pixels are the few: on paper most are lighter than the average around
    # them (the letters are the few dark ones), on a dark band most are darker (the letters are the few light ones)
    around = small.resize(page.size, Image.Resampling.NEAREST)
    most_lighter = ImageChops.subtract(page, around).point(lambda v: 255 if v > 0 else 0) \
        .resize(small.size, Image.Resampling.BOX)
    band = ImageChops.darker(most_lighter.point(lambda v: 255 if v < 255 * FEW_LIGHT else 0),
                             small.point(lambda v: 255 if v < DARK_BAND else 0))
    noise = band_noise(band, small)
    if noise is not None:
        band = ImageChops.subtract(band, noise)
    paper = ImageChops.lighter(paper, band.filter(ImageFilter.MaxFilter(9)))
    page = ImageOps.invert(ImageChops.subtract(paper.resize(page.size, Image.Resampling.BILINEAR), page))
    if _lone_dark_share(page) >= SPECKLED:
        page = page.filter(ImageFilter.MedianFilter(3))
    ImageOps.autocontrast(page, cutoff=1).save(image)


DARK_BAND = 140  # grey below which a stretch of a page (8 x 8 pixels averaged) may be a dark band, not paper
FEW_LIGHT = 0.35  # ... and is one when fewer than this share of its pixels are lighter than its average
# Dim paper whose noise was smoothed flat (a phone's night mode, a low-light photo's noise reduction) passes the
# few-light test in scattered 8 x 8 blocks, and each, grown, leaves a grey blotch unevened over the words round it.
# Only a page whose paper is that dim counts: half its blocks or more darker than DARK_BAND.
# Such blocks stand alone: at most NOISE_NEIGHBOURS of the 8 round them pass too, where a title bar's or a shadow's
# blocks lie together. On a page where NOISE_SHARE or more of the blocks that pass at paper's grey (NOISE_GREY or
# lighter: the desk or floor round a page is darker) stand alone (and they are NOISE_AREA of its blocks or more: the
# noise is all over the dim paper, not a few specks of a dim photo's margin), those lone blocks
# are paper, and so are the few that touch them there and any other lone block (one dense with letters, darker
# on such paper than NOISE_GREY). Over the sets' pages this share is 0.95 on a night-mode photo (its paper's median
# grey 136); 0.80-0.93 on a few others, all of lighter paper (median 159-247: a dot-matrix scan's green bars, photos
# in shade), and 0.75 or less on the rest, their bands and shadows lying together.
NOISE_NEIGHBOURS = 2
NOISE_SHARE = 0.8
NOISE_GREY = 90
NOISE_AREA = 0.01


def band_noise(band, small):
    """The blocks of a page's dark-band mask `band` (on its 1/8 copy `small`) that are dim paper's noise (see
    NOISE_SHARE): all those at paper's grey, as a mask; None on a page whose band blocks there mostly lie together."""
    from PIL import ImageChops, ImageFilter

    greys = small.histogram()
    below, median = 0, 0
    while below + greys[median] < small.width * small.height / 2:
        below += greys[median]
        median += 1
    if median >= DARK_BAND:
        return None  # the page's paper is lighter than a band: the blocks that pass are shading or print, not it
    on_paper = ImageChops.darker(band, small.point(lambda v: 255 if v >= NOISE_GREY else 0))
    # the 3 x 3 mean of the mask counts a block's band neighbours, itself included
    few = band.filter(ImageFilter.BoxBlur(1)).point(lambda v: 255 if v <= 255 * (NOISE_NEIGHBOURS + 1) / 9 + 1 else 0)
    lone = ImageChops.multiply(on_paper, few)
    blocks, alone = on_paper.histogram()[255], lone.histogram()[255]
    if blocks < NOISE_AREA * small.width * small.height or alone < NOISE_SHARE * blocks:
        return None
    # then every block that passes at paper's grey is the noise's (the few that touch are its clusters), and so is
    # any other that stands alone (a block dense with letters, darker than grey 90 on such dim paper)
    return ImageChops.lighter(on_paper, ImageChops.multiply(band, few))


def _lone_dark_share(page) -> float:
    """The share of a greyscale page's dark pixels that have at most one dark neighbour."""
    from PIL import ImageChops, ImageFilter

    dark = page.point(lambda v: 255 if v < 128 else 0)
    few_around = dark.filter(ImageFilter.BoxBlur(1)).point(lambda v: 255 if v <= 2 * 255 / 9 + 1 else 0)
    lone = ImageChops.multiply(dark, few_around)
    return lone.histogram()[255] / max(1, dark.histogram()[255])


# Mean word confidence (tesseract's 0-100) above which a page was read upright: upright text reads at 85-97, the
# same page sideways or upside down at about 40 (benchmarks/targets.py's photo: 95.6 upright, 40.7 turned).
UPRIGHT_CONFIDENCE = 70.0


# A page tesseract reads upright but with a mean word confidence under POOR_PAGE is read once more from a copy
# blurred by about a pixel (SMOOTH_BLUR, a Gaussian radius), and the more confident reading kept. The stairs along
# the edges of letters printed in black and white dots (a fax, a 1-bit or photocopied scan) make tesseract read
# other letters ("Bepsrinent" for Department, "receipe", two dates as "anneieeae", "la techa de este a aviso");
# the blur gives the edges the grey of print. Only a second try: pages that read well read worse blurred (faxes at
# 92-93 read at 86-89), while the poor ones gained (a fax 82.5 -> 92.4, two scans 82-84 -> 91-96; blind sets).
POOR_PAGE = 90.0
SMOOTH_BLUR = 1.0


def _ocr_cleaned(image: Path, psm: int, darken: bool = False):
    """The page's reading (tesseract's words), its text, its mean word confidence and the sum of its words'
    confidences; `darken`: the cleaned page darkened (see FEW_WORDS) before it is levelled and read."""
    from PIL import Image

    from appeal_kit._exec.tesseract import read_page

    clean_page(image)
    if darken:
        with Image.open(image) as im:
            darker = im.convert("L").point(_DARKEN)
        darker.save(image)
    unghost(image)  # a phone's HDR merge that doubled the page: the fainter copy goes
    level(image)  # before reading: tesseract loses the rows of a table on a slanted page
    remove_rules(image)  # tesseract loses the cells of a table drawn with borders
    reading = read_page(image, psm=psm)
    return reading, _page_text(reading, psm), reading.confidence, sum(w.confidence for w in reading.words)


# A photo whose HDR merge blended two frames taken a few pixels apart shows every letter twice, the second copy a
# fainter grey offset by the same few pixels ("Theedena Mi. Kessiing", "3OB6B" for 90868). The copy is found by
# where the page's grey (GHOST_GREY) lies from its black (INK_GREY): on a ghosted page the grey beside the black
# peaks at one offset (GHOST_SPAN or less, GHOST_MIN or more), GHOST_PEAK times or more the grey found on average
# round the black at the other offsets; on other pages the grey is the letters' own edges, spread all round them
# (the sets' other photos: 1.0-1.3). The grey at that offset from the black is then painted white.
INK_GREY = 60
GHOST_GREY = 180
GHOST_SPAN = 14
GHOST_MIN = 5
GHOST_PEAK = 1.8
GHOST_ONE_SIDED = 1.5  # ... and that many times the grey at the opposite offset (other pages: 1.0-1.1)
GHOST_AREA = 300  # pixels each way from the page's middle: where it is measured
GHOST_COVER = 0.5  # ... and half the black or more has the grey there (the sets' other pages: 0.4 or less)
GHOST_INK = 0.01  # a page with less black than this there is not measured


def _shifted(mask, dx: int, dy: int):
    """`mask` moved by (dx, dy) pixels, what it uncovers black (PIL's offset wraps round instead)."""
    from PIL import Image

    out = Image.new("L", mask.size, 0)
    w, h = mask.size
    out.paste(mask.crop((max(0, -dx), max(0, -dy), w - max(0, dx), h - max(0, dy))), (max(0, dx), max(0, dy)))
    return out


def ghost_offset(page) -> tuple[int, int] | None:
    """The offset (pixels across, down) of a ghosted page's fainter copy from its black (see GHOST_PEAK), or None."""
    from PIL import Image, ImageChops, ImageStat

    # measured on a half-size middle of the page, where the text is (a few hundred offsets, each one multiply)
    w, h = page.size
    middle = page.crop((max(0, w // 2 - GHOST_AREA), max(0, h // 2 - GHOST_AREA), w // 2 + GHOST_AREA,
                        h // 2 + GHOST_AREA))
    half = middle.resize((max(1, middle.width // 2), max(1, middle.height // 2)), Image.Resampling.BOX)
    black = half.point(lambda v: 255 if v < INK_GREY else 0)
    grey = half.point(lambda v: 255 if INK_GREY <= v < GHOST_GREY else 0)
    inked = ImageStat.Stat(black).mean[0]
    if inked < 255 * GHOST_INK:
        return None  # next to no print (a fax cover's few lines)
    span = GHOST_SPAN // 2
    found = {}
    for dy in range(-span, span + 1):
        for dx in range(-span, span + 1):
            if dx * dx + dy * dy >= (GHOST_MIN / 2) ** 2:
                found[(dx, dy)] = ImageStat.Stat(ImageChops.multiply(_shifted(black, dx, dy), grey)).mean[0]
    average = sum(found.values()) / len(found)
    best = max(found, key=lambda d: found[d])
    # and one-sided: a letter's own grey edge lies round it on every side alike, a copy on one side only; and a copy
    # of the print: most of the black has grey at that offset
    if not average or found[best] < GHOST_PEAK * average or \
            found[best] < GHOST_ONE_SIDED * found.get((-best[0], -best[1]), 0.0) or found[best] < GHOST_COVER * inked:
        return None
    # to the pixel, round twice the half-size offset
    black, grey = (middle.point(lambda v, lo=lo, hi=hi: 255 if lo <= v < hi else 0) for lo, hi in
                   ((0, INK_GREY), (INK_GREY, GHOST_GREY)))
    near = [(2 * best[0] + a, 2 * best[1] + b) for a in (-1, 0, 1) for b in (-1, 0, 1)]
    return max(near, key=lambda d: ImageStat.Stat(ImageChops.multiply(_shifted(black, *d), grey)).mean[0])


def unghost(image: Path) -> tuple[int, int] | None:
    """Paint white, in place, the fainter copy of a page an HDR merge doubled (see GHOST_PEAK): the grey that lies at
    the copy's offset from the black, with a pixel round it. Its offset, or None when the page has no such copy."""
    from PIL import Image, ImageChops, ImageFilter

    with Image.open(image) as im:
        page = im.convert("L")
    offset = ghost_offset(page)
    if offset is None:
        return None
    black = page.point(lambda v: 255 if v < INK_GREY else 0)
    copy = ImageChops.subtract(_shifted(black, *offset).filter(ImageFilter.MaxFilter(3)), black)
    Image.composite(Image.new("L", page.size, 255), page, copy).save(image)
    return offset


def _groups_kept(spanish, english):
    """The Spanish reading of a page with each number it ran together from groups ("5182449073") split again as the
    English reading of the same page read it ("518 244 9073", words in the same place whose digits, read in order,
    are the same): the Spanish data reads accents, not digits, better."""
    from appeal_kit.intake import layout

    words = []
    for w in spanish.words:
        if len(w.text) >= 6 and w.text.isdigit():
            parts = sorted((e for e in english.words if e.text.isdigit() and w.left - 2 <= e.left and
                            e.right <= w.right + 2 and e.top < w.bottom and w.top < e.bottom), key=lambda e: e.left)
            if len(parts) >= 2 and "".join(e.text for e in parts) == w.text and \
                    all(b.left - a.right > 0 for a, b in zip(parts, parts[1:])):
                words += [e._replace(line=w.line) for e in parts]
                continue
        words.append(w)
    return layout.reading_with(spanish, words)


def _page_text(reading, psm: int) -> str:
    """A page's OCR text laid out from its words' boxes (layout.render), as a PDF's text layer is; a page read with
    tesseract's orientation detection (`--psm 1`) or read down its side keeps tesseract's own text, since its boxes
    stand as the page stood, not as it was read, and so does a page set in columns of prose whose lines share no
    rows (layout.columns_of_prose), which tesseract prints column by column. A sheet holding two pages side by side
    (layout.pages_side_by_side) is read a page after the other."""
    from appeal_kit.intake import layout

    words = layout.upright(reading.words) if psm == 1 else reading.words
    if words is None or not layout.across(words) or layout.columns_of_prose(words):
        return reading.text
    # two pages side by side on one sheet (a 2-up copy): each page read on its own, the left one first
    return "\n\f".join(layout.render(page) for page in layout.pages_side_by_side(words))


# A sheet photographed lying on other print (an open newspaper, a magazine, other letters): the paper round it is
# read as words too, and tesseract's blocks and the rows made from them mix its words with the sheet's. The sheet is
# told from it by its paper's light (measured as clean_page measures it, the ink left out): two papers, the sheet's
# clearly lighter (SHEET_STEP greys or more), the sheet between SHEET_SHARE of the picture, both printed (the sheet
# holds text, the paper round it is light and dense with ink: not a desk, a window or a cloth), and the darker paper
# round the sheet on three of its sides. Everything outside the sheet's outline (the convex hull of its paper) is
# then painted white before the page is read.
SHEET_STEP = 25
SHEET_SHARE = (0.2, 0.85)
SHEET_INK = 0.05  # the share of the sheet's (1/8 scale) pixels that are ink, at least
PRINT_INK = 0.1  # ... and of the paper round it
PRINT_PAPER = 130  # the paper round it is at least this light (a desk, a cloth or a shadow is darker)
# and its outline is an edge: at SHEET_EDGE of its points the light drops by EDGE_STEP greys from EDGE_SPAN pixels
# (of the 1/8 copy) inside it to as far outside (a scanner app's page lit unevenly, lighter at one corner, has
# no such edge where its light fades)
SHEET_EDGE = 0.9
EDGE_STEP = 15
EDGE_SPAN = 5


def _otsu(histogram: list[int]) -> int:
    """The grey that splits a histogram in two classes most apart (Otsu's threshold)."""
    total, weighted = sum(histogram), sum(i * n for i, n in enumerate(histogram))
    best, threshold, count, below = -1.0, 0, 0, 0.0
    for grey, n in enumerate(histogram):
        count += n
        below += grey * n
        if count in (0, total):
            continue
        between = count * (total - count) * (below / count - (weighted - below) / (total - count)) ** 2
        if between > best:
            best, threshold = between, grey
    return threshold


def _convex_hull(points: list[tuple[int, int]]) -> list[tuple[int, int]]:
    pts = sorted(set(points))
    if len(pts) < 3:
        return pts

    def cross(o, a, b) -> int:
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list[tuple[int, int]] = []
    upper: list[tuple[int, int]] = []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def _edge_share(paper, outline: list[tuple[int, int]]) -> float:
    """The share of the points along `outline` (where both sides are in the picture) at which the paper's light
    drops by EDGE_STEP greys or more from just inside to just outside: a sheet's edge, not a shadow's or a lamp's
    gradual fall of light across one sheet."""
    width, height = paper.size
    light = paper.load()
    turn = sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(outline, outline[1:] + outline[:1]))
    steps = []
    for a, b in zip(outline, outline[1:] + outline[:1]):
        dx, dy = b[0] - a[0], b[1] - a[1]
        length = (dx * dx + dy * dy) ** 0.5
        if length < 1:
            continue
        nx, ny = (dy / length, -dx / length) if turn > 0 else (-dy / length, dx / length)  # outwards
        for k in range(int(length)):
            x, y = a[0] + dx * k / length, a[1] + dy * k / length
            out, inside = (x + EDGE_SPAN * nx, y + EDGE_SPAN * ny), (x - EDGE_SPAN * nx, y - EDGE_SPAN * ny)
            if all(0 <= u < width and 0 <= v < height for u, v in (out, inside)):
                steps.append(light[int(inside[0]), int(inside[1])] - light[int(out[0]), int(out[1])] >= EDGE_STEP)
    return sum(steps) / len(steps) if steps else 0.0


# The paper round a sheet is print on a side of it when SIDE_PRINT of that side's strip of it (between the sheet's
# bounding box and the picture's edge) or more is ink. Over the sets' photos that sheet_only painted before s60-intake:
# the eight on other print (newspaper, a crumpled sheet, a panorama's seams, a pill bottle's label) have three or four
# such sides, the lowest counted 0.055; a page whose upper half a tented fold shades (blind-fresh35/01) and a fogged
# photo (35/04) have two, their other sides 0.023 or less.
SIDE_PRINT = 0.04


def _printed_sides(printed, around, box: tuple[int, int, int, int]) -> int:
    """How many sides of a sheet (its bounding box `box`) have print round it: `printed` is the ink of the paper
    `around` it."""
    from PIL import ImageStat

    width, height = around.size
    x0, y0, x1, y1 = box
    count = 0
    for strip in ((0, 0, width, y0), (0, y1, width, height), (0, 0, x0, height), (x1, 0, width, height)):
        if strip[2] - strip[0] < 2 or strip[3] - strip[1] < 2:
            continue
        paper = ImageStat.Stat(around.crop(strip)).mean[0]
        count += bool(paper) and ImageStat.Stat(printed.crop(strip)).mean[0] / paper >= SIDE_PRINT
    return count


def sheet_only(image: Path) -> bool:
    """Paint white, in place, what lies round a sheet photographed on other print (see SHEET_STEP); whether it did."""
    from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageStat

    with Image.open(image) as im:
        page = im.convert("L")
    small = page.resize((max(1, page.width // 8), max(1, page.height // 8)), Image.Resampling.BOX)
    paper = small.filter(ImageFilter.MaxFilter(5)).filter(ImageFilter.GaussianBlur(2))
    cut = _otsu(paper.histogram())
    sheet = paper.point(lambda v: 255 if v > cut else 0)
    around = ImageChops.invert(sheet)
    share = ImageStat.Stat(sheet).mean[0] / 255
    if not SHEET_SHARE[0] <= share <= SHEET_SHARE[1]:
        return False
    ink = ImageChops.subtract(paper, small).point(lambda v: 255 if v > 35 else 0)

    def mean(of, where) -> float:
        return ImageStat.Stat(of, mask=where).mean[0]

    if mean(paper, sheet) - mean(paper, around) < SHEET_STEP or mean(paper, around) < PRINT_PAPER or \
            mean(ink, sheet) < 255 * SHEET_INK or mean(ink, around) < 255 * PRINT_INK:
        return False
    width, height = small.size
    sides = (around.crop((0, 0, width, 1)), around.crop((0, height - 1, width, height)),
             around.crop((0, 0, 1, height)), around.crop((width - 1, 0, width, height)))
    if sum(ImageStat.Stat(side).mean[0] >= 255 / 2 for side in sides) < 3:
        return False
    # the sheet's outline: the convex hull of its paper, specks of light paper in the print round it worn away
    core = sheet.filter(ImageFilter.MinFilter(5))
    # ... and the print round it on three of its sides too, beyond its edges: a page whose upper half a fold or a
    # shadow darkens has the darker paper, printed, on one side only (see SIDE_PRINT)
    box = core.getbbox()
    if box is None or _printed_sides(ImageChops.multiply(ink, around), around, box) < 3:
        return False
    points: list[tuple[int, int]] = []
    for y in range(height):
        box = core.crop((0, y, width, y + 1)).getbbox()
        if box:
            points += [(box[0], y), (box[2] - 1, y)]
    outline = _convex_hull(points)
    if len(outline) < 3 or _edge_share(paper, outline) < SHEET_EDGE:
        return False
    scale = page.width / width
    mask = Image.new("L", page.size, 0)
    ImageDraw.Draw(mask).polygon([((x + 0.5) * scale, (y + 0.5) * scale) for x, y in outline], fill=255)
    Image.composite(page, Image.new("L", page.size, 255), mask).save(image)
    return True


# A page read with fewer than FEW_WORDS words (a notice holds hundreds) is read once more from a copy darkened by a
# gamma of DARKEN_GAMMA (see read_image). On a fogged photo the cleaned page's ink is a light grey (150-220) while
# the surround round the sheet stays black, so tesseract's one threshold for the page puts the ink with the paper:
# blind-fresh34/01 read 42 words, its darkened copy 285. Only such pages pay the second reading: of the sets' 400-odd
# OCR'd pages, that one alone read fewer than 120 words.
FEW_WORDS = 60
DARKEN_GAMMA = 3.0
_DARKEN = [round(255 * (v / 255) ** DARKEN_GAMMA) for v in range(256)]


def read_image(image: Path) -> str:
    """OCR of one page image, upright, misread procedure codes put right after. A page that reads with confidence
    was upright. One that reads poorly is read again with tesseract's orientation detection on (`--psm 1`), which
    turns a sideways or upside-down page's text as it reads it: one more pass, where detecting the orientation
    alone (`--psm 0`), turning the image and reading it again took two (1.6-2.0 s of tesseract CPU against 2.9-3.3 s
    for the sideways sample photos, the same fields read). Detection is not run on every page: it doubles the time
    an upright page takes. A page in Spanish is read again with the Spanish data, so that Núñez is not read as
    Nufiez. An upright page that reads poorly is read again from a blurred copy (POOR_PAGE), kept when it reads
    more surely both on average and in all (the sum of its words' confidences: a copy that reads fewer words is no
    better reading)."""
    from PIL import Image, ImageFilter

    from appeal_kit._exec.tesseract import has_language, read_page
    from appeal_kit.intake.codes import correct_ocr_codes
    from appeal_kit.intake.labels import detect_language

    sheet_only(image)  # a sheet on a newspaper: the newspaper's words are none of its own
    smooth = image.with_name(f"{image.stem}-smooth{image.suffix}")
    shutil.copyfile(image, smooth)  # the page as it came, before cleaning changes it in place
    psm = 3  # fully automatic page segmentation, no orientation detection
    reading, text, confidence, total = _ocr_cleaned(image, psm)
    if len(reading.words) < FEW_WORDS:
        # faint grey print on a page framed by a dark surround (a fogged lens): read again from a copy darkened once
        # cleaned, kept when it reads FAINT_GAIN times as much
        dark = image.with_name(f"{image.stem}-dark{image.suffix}")
        shutil.copyfile(smooth, dark)
        dark_reading, dark_text, dark_confidence, dark_total = _ocr_cleaned(dark, psm, darken=True)
        if dark_total >= FAINT_GAIN * total:
            image, reading, text, confidence, total = dark, dark_reading, dark_text, dark_confidence, dark_total
    if UPRIGHT_CONFIDENCE <= confidence < POOR_PAGE:  # (a page read sideways is turned below, not blurred)
        with Image.open(smooth) as im:
            blurred = im.convert("L").filter(ImageFilter.GaussianBlur(SMOOTH_BLUR))
        blurred.save(smooth)
        smooth_reading, smooth_text, smooth_confidence, smooth_total = _ocr_cleaned(smooth, psm)
        # more confident on the whole page, not only on average: a blurred copy can read its words more surely
        # by losing the hardest (a table's column of dates and codes on a dim photo), which raises the mean
        if smooth_confidence > confidence and smooth_total >= total:
            image, reading, text, confidence, total = smooth, smooth_reading, smooth_text, smooth_confidence, \
                smooth_total
    if confidence >= UPRIGHT_CONFIDENCE:
        # a table whose rules are too thin and grey for remove_rules, its cells maybe dropped: read again with them
        # painted out, kept when that reads FAINT_GAIN times as much (see FAINT_GREY)
        ruled = image.with_name(f"{image.stem}-ruled{image.suffix}")
        shutil.copyfile(image, ruled)
        if faint_rules(ruled, reading.words) is not None:
            again = read_page(ruled, psm=psm)
            if sum(w.confidence for w in again.words) >= FAINT_GAIN * total:
                image, reading, text, confidence = ruled, again, _page_text(again, psm), again.confidence
    if confidence < UPRIGHT_CONFIDENCE:
        turned = read_page(image, psm=1)
        if turned.confidence > confidence:
            reading, text, psm = turned, _page_text(turned, 1), 1
    if detect_language(text) == "es" and has_language("spa"):
        # Spanish alone: with English data beside it, tesseract still reads ñ as "fi" (Quifiones); the codes,
        # numbers and English names of a Spanish notice read the same either way, but for numbers printed in
        # groups, which the Spanish data may run together
        text = _page_text(_groups_kept(read_page(image, lang="spa", psm=psm), reading), psm)
    return correct_ocr_codes(date_slashes(care_of(state_letters(edge_marks(
        _ID_LOOKALIKE.sub("ID", _DASH_OPENING_CELL.sub("", text)))))))


def edge_marks(text: str) -> str:
    """`text` (from OCR) without the bracket or bar OCR read at a line's start from a page's edge or a stitched
    photo's seam, wide spaces between it and the line's words ("]          Attn: Member Appeals"), and with the
    comma before a state's code and ZIP that it read as a full stop ("Duluth. MN 55806-0418"): an address block's
    lines start with its words and its city line ends as a city line does."""
    return _CITY_STOP.sub(",", _EDGE_MARK.sub(lambda m: " " * len(m.group(0)), text))


_EDGE_MARK = re.compile(r"(?m)^[ \t]*[\[\]|{}][ \t]{3,}(?=\S)")
_CITY_STOP = re.compile(r"(?<=[a-z])\.(?= [A-Z]{2} \d{5}(?:-\d{4})?\b)")


def state_letters(text: str) -> str:
    """`text` (from OCR) with the I of a state's code before its ZIP put back where OCR read it as a bar, a 1 or
    an l ("Cedar Mills, |A52099", "Prairie Bend, 1A 52088" for IA; IA, ID, IL and IN): the bar is a table's border
    to the rules, so the city's line lost its state and the address block its end."""
    return _STATE_I.sub(lambda m: f"I{m[1]} ", text)


def care_of(text: str) -> str:
    """`text` (from OCR) with an address line's "c/o" (or Spanish "a/c") put back where OCR read its slash as an l
    or a 1 ("clo Shepherd's Way Administrators", "alc Administradores ..."): the line opens with it and a name
    follows, so the plan and its administrator stay at the head of the appeals address."""
    return _CARE_OF.sub(lambda m: f"{m['lead']}{'c/o' if m['word'][0] == 'c' else 'a/c'}", text)


# (and the Spanish "a/c", a cargo de: "alc Administradores Boricua de Beneficios")
_CARE_OF = re.compile(r"(?m)^(?P<lead>[ \t]*)(?P<word>c[l1I]o|a[l1I]c)(?=[ \t]+[A-Z])")
_STATE_I = re.compile(r"(?<=, )[|1l]([ADLN])[ \t]?(?=\d{5}(?:-\d{4})?\b)")


def date_slashes(text: str) -> str:
    """`text` (from OCR) with the slashes of numeric dates put back where a fax's or a photo's OCR lost them or read
    them as a 1 or a 7 ("2810/2026" and "22/111974" for 28/10/2026 and 22/11/1974, "1070772026" for 10/07/2026),
    or split a day's or month's two digits with a space ("10/2 1/2026", a photo of a screen):
    only where both parts before the year can be a day and a month and the year is 19xx or 20xx. A date read so is
    no date to any rule, so a date of service or of the notice goes missing."""
    def parts_of_a_date(first: str, second: str) -> bool:
        a, b = int(first), int(second)
        return 1 <= a <= 31 and 1 <= b <= 31 and min(a, b) <= 12

    def lost(m: re.Match) -> str:
        return f"{m[1]}/{m[2]}/{m[3]}" if parts_of_a_date(m[1], m[2]) else m[0]

    text = _SPACE_IN_DAY.sub(lambda m: f"{m[1]}{m[2]}/{m[3]}/{m[4]}" if parts_of_a_date(m[1] + m[2], m[3]) else m[0],
                             text)
    text = _SPACE_IN_SECOND.sub(lambda m: f"{m[1]}/{m[2]}{m[3]}/{m[4]}" if parts_of_a_date(m[1], m[2] + m[3]) else m[0],
                                text)
    text = _SLASH_LOST_BEFORE_YEAR.sub(lost, text)
    text = _SLASH_LOST_AFTER_DAY.sub(lost, text)
    return _SLASHES_READ_AS_DIGITS.sub(lost, text)


_YEAR = r"((?:19|20)\d\d)"
_SLASH_LOST_BEFORE_YEAR = re.compile(r"(?<![\w/.,-])(\d\d)(\d\d)/" + _YEAR + r"(?![\w/]|[.,]\d)")
_SLASH_LOST_AFTER_DAY = re.compile(r"(?<![\w/.,-])(\d\d)/(\d\d)" + _YEAR + r"(?![\w/]|[.,]\d)")
# a space OCR put between the two digits of a date's day or month ("10/2 1/2026", a photo of a screen)
_SPACE_IN_DAY = re.compile(r"(?<![\w/.,-])(\d)[ \t](\d)/(\d\d?)/" + _YEAR + r"(?![\w/]|[.,]\d)")
_SPACE_IN_SECOND = re.compile(r"(?<![\w/.,-])(\d\d?)/(\d)[ \t](\d)/" + _YEAR + r"(?![\w/]|[.,]\d)")
# the two slashes of a ten-character date both read as 1 or 7 ("1070772026", "1012112026")
_SLASHES_READ_AS_DIGITS = re.compile(r"(?<![\w/.,-])(\d\d)[17](\d\d)[17]" + _YEAR + r"(?![\w/]|[.,]\d)")


# a long dash OCR read at the start of a cell, glued to the value (a shadow's or a box's edge: "Núm. de reclamación:
# —2026-MKT-381904"): no number or word starts with one
_DASH_OPENING_CELL = re.compile(r"(?<=[ \t]{2})[—–](?=[A-Za-z0-9])")


# the word ID as OCR misreads its I ("Patient / 1D", "Member lD"): a heading with a digit in it heads no table
_ID_LOOKALIKE = re.compile(r"(?<![\w-])[1l]D(?![\w-])")


def turn_upright(image: Path) -> Path:
    """Turn a page image in place so its text stands upright (a photo taken sideways with no EXIF tag, a
    sheet fed upside down into a scanner), by tesseract's orientation detection."""
    from PIL import Image

    from appeal_kit._exec.tesseract import rotation_needed

    degrees = rotation_needed(image)
    if degrees:
        with Image.open(image) as im:
            turned = im.rotate(-degrees, expand=True)  # PIL turns counter-clockwise
        turned.save(image)
    return image


def level(image: Path) -> bool:
    """Level a page image in place when it was photographed or fed at a slant of a few degrees; True when it
    was turned."""
    from PIL import Image

    with Image.open(image) as im:
        skew = skew_angle(im)
        if abs(skew) < 0.3:
            return False
        levelled = im.rotate(skew, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=_white(im))
    levelled.save(image)
    return True


def remove_rules(image: Path) -> bool:
    """Paint out, in place, the long straight lines of a page image: the borders of a table, underlines, form
    rules. tesseract reads a bordered table's cells as picture noise ("[ves |sisooo [seiz0") or drops them;
    without the borders the rows read as text whose columns stay apart. Lines are thin runs of ink far longer
    than any letter: a twentieth of the page's width across, a thirty-fifth of its height down (a morphological
    opening, done on a half-size copy). True when something was painted out."""
    from PIL import Image, ImageChops, ImageFilter

    with Image.open(image) as im:
        page = im.convert("L")
    small = page.resize((max(1, page.width // 2), max(1, page.height // 2)), Image.Resampling.BOX)
    ink = small.point(lambda v: 255 if v < 140 else 0)
    across = _runs(ink, 1, 0, max(30, small.width // 20))
    down = _runs(ink, 0, 1, max(30, small.height // 35))
    # thin lines only: a solid band (a web page's coloured title bar, the desk around a photographed page) is
    # as long as a rule but thick, and painting it out would take the words printed on it too
    rules = ImageChops.lighter(ImageChops.subtract(across, _runs(across, 0, 1, 6)),
                               ImageChops.subtract(down, _runs(down, 1, 0, 6)))
    # and on paper: the gaps between light letters on a dark bar are thin dark runs too
    on_paper = ink.filter(ImageFilter.BoxBlur(12)).point(lambda v: 255 if v < 170 else 0)
    rules = ImageChops.multiply(rules, on_paper)
    # dark far from any light pixel (the desk around a photographed page, the empty end of a title bar): no words
    # are there, and tesseract reads its edges as letters
    solid = ink.filter(ImageFilter.BoxBlur(20)).point(lambda v: 255 if v > 250 else 0)
    rules = ImageChops.lighter(rules, solid)
    if rules.getbbox() is None:
        return False
    # a margin of two pixels round each line, grown on the half-size copy (four times fewer pixels to filter)
    rules = rules.filter(ImageFilter.MaxFilter(3)).resize(page.size, Image.Resampling.NEAREST)
    ImageChops.lighter(page, rules).save(image)
    return True


# A table's borders on a photo scaled down and recompressed (a picture forwarded through a messaging app) are a pixel
# thick and grey, broken into pieces by the levelling's resampling: remove_rules, which looks for unbroken dark
# runs on a half-size copy, finds none of them, and tesseract drops every cell of the table. Such a rule is told from
# print by being thin: a pixel of ink (FAINT_GREY or darker, give or take a pixel across the rule, which may slant a
# little) with paper FAINT_GAP pixels to either side, along FAINT_SHARE or more of each of two blocks in a row
# (FAINT_BLOCK of the page's width, or of its height for a rule down the page). Letters are taller than that gap, so
# their strokes do not pass. Painted out only where rules of that kind across the page, remove_rules' leftovers, add up
# to FAINT_LENGTH page widths or more: a page whose rules remove_rules took has next to none left.
FAINT_GREY = 190
FAINT_GAP = 3
FAINT_SHARE = 0.7
FAINT_BLOCK = 30  # a thirtieth of the page's width across, a fiftieth of its height down (FAINT_BLOCK * 5 / 3)
FAINT_SQUEEZE = 4
FAINT_LENGTH = 4.0
# ... and as a second reading, only where the first left half the table's rows or more without a word (over every
# set's pages with such rules: the messaging-app photo 8 of 10 rows; every other page 1 or none), and kept only where
# it reads FAINT_GAIN times as much as the first (the sum of its words' confidences): where tesseract read the cells
# despite the rules, painting them out gains nothing and may lose a word
FAINT_GAIN = 1.2
# ... and straight: on a page photographed curved (a wide-angle lens's barrel, a sheet bent in the hand) the rules bend
# with the lines of print, which tesseract reads apart whether or not the rules are there; painting them out there
# only moves how it splits the page. FAINT_STRAIGHT or more of the rules' pixels across the page lie in rows that hold
# a FAINT_STRAIGHT_ROW-th of the page's width of them (the messaging-app photo: 0.97; the barrel-lens photo: 0.63)
FAINT_STRAIGHT = 0.8
FAINT_STRAIGHT_ROW = 6


def faint_lines(page, across: bool = True, down: bool = True):
    """The pixels of `page` (greyscale) on thin faint rules (see FAINT_GREY), as a white-on-black mask: rules across
    the page, down it, or both. Each way is looked for on a copy squeezed FAINT_SQUEEZE times along it (a rule's grey
    is the same along it, and a fourth of the pixels costs a fourth of the time)."""
    from PIL import Image, ImageChops

    found = Image.new("L", page.size, 0)
    w, h = page.size
    ways = [(1, 0)] if across else []
    ways += [(0, 1)] if down else []
    for dx, dy in ways:
        small = page.resize((max(1, w // FAINT_SQUEEZE), h) if dx else (w, max(1, h // FAINT_SQUEEZE)),
                            Image.Resampling.BOX)
        sw, sh = small.size
        block = max(5, sw // FAINT_BLOCK) if dx else max(5, sh // (FAINT_BLOCK * 5 // 3))
        ink = small.point(lambda v: 255 if v < FAINT_GREY else 0)
        # ink on the rule's row, a pixel either way across it; paper FAINT_GAP pixels either side of that
        core = ImageChops.lighter(ink, ImageChops.lighter(_shifted(ink, dy, dx), _shifted(ink, -dy, -dx)))
        beside = ImageChops.lighter(_shifted(ink, FAINT_GAP * dy, FAINT_GAP * dx),
                                    _shifted(ink, -FAINT_GAP * dy, -FAINT_GAP * dx))
        thin = ImageChops.subtract(core, beside)
        # the share of each block along the rule that is thin ink; a rule fills two blocks in a row. Two grids of
        # blocks, the second half a block on, so that no rule is missed for where it starts
        on = Image.new("L", small.size, 0)
        for offset in (0, block // 2):
            start = (offset * dx, offset * dy)
            size = (max(1, (sw - offset) // block), sh) if dx else (sw, max(1, (sh - offset) // block))
            full = thin.crop((*start, start[0] + size[0] * block, sh) if dx else
                             (*start, sw, start[1] + size[1] * block))
            passed = full.resize(size, Image.Resampling.BOX).point(lambda v: 255 if v >= 255 * FAINT_SHARE else 0)
            paired = ImageChops.lighter(ImageChops.multiply(passed, _shifted(passed, dx, dy)),
                                        ImageChops.multiply(passed, _shifted(passed, -dx, -dy)))
            grid = Image.new("L", small.size, 0)
            grid.paste(paired.resize(full.size, Image.Resampling.NEAREST), start)
            on = ImageChops.lighter(on, grid)
        # its own ink there, a pixel either side of its row; and on to the rule's ends (half a block on either way),
        # only its thin ink there (a letter the rule's line would run into is not thin)
        on = ImageChops.lighter(on, ImageChops.lighter(_shifted(on, dy, dx), _shifted(on, -dy, -dx)))
        ends, reach = on, 1
        while reach < block // 2:
            ends = ImageChops.lighter(ends, ImageChops.lighter(_shifted(ends, reach * dx, reach * dy),
                                                               _shifted(ends, -reach * dx, -reach * dy)))
            reach *= 2
        lines = ImageChops.lighter(ImageChops.multiply(on, ink), ImageChops.multiply(ends, thin))
        found = ImageChops.lighter(found, lines.resize(page.size, Image.Resampling.NEAREST))
    return found


def faint_length(page) -> float:
    """How many page widths of faint rules `page` holds (see faint_lines): about two pixels of ink a rule's pixel."""
    return faint_lines(page).histogram()[255] / 2 / max(1, page.width)


def straight_share(across, width: int) -> float:
    """The share of the pixels of rules across a page (`across`, a mask) that lie in rows holding a sixth of the page's
    width or more of them: a straight rule lies in a row or two, one a curved page bends spreads over many."""
    from PIL import Image

    rows = across.resize((1, across.height), Image.Resampling.BOX).tobytes()
    counts = [v / 255 * across.width for v in rows]
    return sum(c for c in counts if c >= width / FAINT_STRAIGHT_ROW) / max(1.0, sum(counts))


def rows_unread(across, words) -> tuple[int, int]:
    """Of the rows of a table ruled across (`across`, the mask of its rules: the bands between two rules in a row, a
    twelfth of the page's height apart at most), how many hold no word of a reading (`words`, tesseract's), and how
    many there are."""
    from PIL import Image

    height, width = across.height, across.width
    rows = across.resize((1, height), Image.Resampling.BOX).tobytes()
    rules: list[list[int]] = []
    for y, v in enumerate(rows):
        if v / 255 * width >= width / FAINT_STRAIGHT_ROW:
            if rules and y - rules[-1][1] <= 3:
                rules[-1][1] = y
            else:
                rules.append([y, y])
    bands = [(a[1], b[0]) for a, b in zip(rules, rules[1:]) if 8 <= b[0] - a[1] <= height / 12]
    empty = sum(1 for top, bottom in bands if not any(top <= (w.top + w.bottom) / 2 <= bottom for w in words))
    return empty, len(bands)


def faint_rules(image: Path, words=None) -> float | None:
    """Paint out, in place, the thin faint rules remove_rules left (see FAINT_GREY) where they add up to FAINT_LENGTH
    page widths or more and are straight (FAINT_STRAIGHT), and, given a first reading's `words`, where that reading
    left half the table's rows or more without a word (tesseract dropped its cells); their length when it did, else
    None."""
    from PIL import Image, ImageChops, ImageFilter

    with Image.open(image) as im:
        page = im.convert("L")
    # the rules across the page first (the few pages that have them, only those, are looked at down it too)
    across = faint_lines(page, down=False)
    length = across.histogram()[255] / 2 / max(1, page.width)
    if length < FAINT_LENGTH or straight_share(across, page.width) < FAINT_STRAIGHT:
        return None
    if words is not None:
        empty, bands = rows_unread(across, words)
        if not bands or 2 * empty < bands:
            return None  # the table's rows were read: nothing to gain
    lines = ImageChops.lighter(across, faint_lines(page, across=False))
    ImageChops.lighter(page, lines.filter(ImageFilter.MaxFilter(3))).save(image)
    return length


def _runs(ink, dx: int, dy: int, length: int):
    """The pixels of `ink` (white on black) that lie on a straight run at least `length` long in direction
    (dx, dy): an erosion then a dilation by a line of that length, each in log2(length) shifted copies."""
    from PIL import ImageChops

    kept, done = ink, 1
    while done < length:
        step = min(done, length - done)
        kept = ImageChops.darker(kept, ImageChops.offset(kept, -dx * step, -dy * step))
        done += step
    grown, done = kept, 1
    while done < length:
        step = min(done, length - done)
        grown = ImageChops.lighter(grown, ImageChops.offset(grown, dx * step, dy * step))
        done += step
    return grown


def _white(im):
    return {"L": 255, "1": 1, "RGB": (255, 255, 255), "RGBA": (255, 255, 255, 255)}.get(im.mode, 255)


def skew_angle(im) -> float:
    """The small angle (degrees, counter-clockwise) that levels the text lines of a page image, found by turning
    a small copy and keeping the angle at which its rows of ink are sharpest (projection profile). Only dark
    pixels on light paper count, so the desk around a photographed page does not."""
    from PIL import Image, ImageChops, ImageFilter, ImageOps

    small = im.convert("L")
    small.thumbnail((500, 500), Image.Resampling.BOX)
    small = ImageOps.autocontrast(small)
    dark = small.point(lambda v: 255 if v < 140 else 0)
    # ink is dark on a light page: a dark pixel among mostly dark ones is the desk around the page
    on_paper = small.filter(ImageFilter.BoxBlur(6)).point(lambda v: 255 if v > 150 else 0)
    ink = ImageChops.multiply(dark, on_paper)
    w, h = ink.size

    def sharpness(angle: float) -> float:
        rows = ink.rotate(angle, resample=Image.Resampling.BILINEAR).resize((1, h), Image.Resampling.BOX)
        values = list(rows.tobytes())  # one grey byte per row
        mean = sum(values) / h
        return sum((v - mean) ** 2 for v in values)

    near = {float(a): sharpness(float(a)) for a in range(-8, 9)}
    coarse = max(near, key=near.__getitem__)
    # rows sharp at no small angle: a page lying askew, or one turned a quarter (the orientation pass turns it)
    wide = askew_angle(ink) if max(near.values()) < ASKEW_FLAT * max(min(near.values()), 1.0) else None
    if wide is not None:  # a page lying askew: its angle to a degree, on the full copy
        coarse = max((sharpness(wide + a), wide + a) for a in range(-2, 3))[1]
    fine = max((sharpness(coarse + a / 5), coarse + a / 5) for a in range(-4, 5))[1]
    return fine if sharpness(fine) > sharpness(0.0) * 1.02 else 0.0


# A sheet photographed lying askew on a table or counter (turned 10-40 degrees in the picture): tesseract finds no
# lines on it and reads nothing. Its rows of ink come sharp only when the copy is turned back by that angle; on a
# page at a slant of a few degrees, or at none, every larger angle blurs them. The angle is searched in
# ASKEW_STEP-degree steps on a half-size copy (its rows blur less between steps), and kept only where the rows come
# ASKEW_PEAK times or more as sharp as at the best small angle (the askew photo: 5.3; every other page of the sets,
# photos, scans and faxes: 1.1 or less, the largest a page turned a quarter, which the orientation pass turns).
ASKEW_FLAT = 1.5  # ... searched only on a page whose rows are no sharper at any small angle than this times at the
# least sharp (the askew photo: 1.2; a page with lines, at a slant of a few degrees or none: 3.5 or more)
ASKEW_LIMIT = 44
ASKEW_SMALL = 8
ASKEW_STEP = 2
ASKEW_PEAK = 2.0


def askew_angle(ink) -> float | None:
    """The large angle (degrees, counter-clockwise, ASKEW_SMALL to ASKEW_LIMIT either way) that turns back a page
    photographed lying askew, from `ink` (its dark pixels on paper, white on black); None for any other page."""
    from PIL import Image

    half = ink.resize((max(1, ink.width // 2), max(1, ink.height // 2)), Image.Resampling.BOX)

    def sharpness(angle: int) -> float:
        rows = half.rotate(angle, resample=Image.Resampling.BILINEAR).resize((1, half.height), Image.Resampling.BOX)
        values = list(rows.tobytes())
        mean = sum(values) / half.height
        return sum((v - mean) ** 2 for v in values)

    found = {a: sharpness(a) for a in range(-ASKEW_LIMIT, ASKEW_LIMIT + 1, ASKEW_STEP)}
    small = max(v for a, v in found.items() if abs(a) <= ASKEW_SMALL)
    best = max(found, key=found.__getitem__)
    if abs(best) <= ASKEW_SMALL or abs(best) >= ASKEW_LIMIT or found[best] < ASKEW_PEAK * max(small, 1.0):
        return None
    return float(best)


def image_pages(path: Path) -> int:
    """How many pages an image file holds: a fax TIFF often has several, a photo one."""
    from PIL import Image

    Image.MAX_IMAGE_PIXELS = None  # prepare_photo checks the size, and says so
    try:
        with Image.open(path) as opened:
            return max(1, min(getattr(opened, "n_frames", 1), MAX_OCR_PAGES))
    except (OSError, SyntaxError, ValueError):
        return 1  # prepare_photo says what is wrong with it


def _ocr_photo(path: Path) -> str:
    from appeal_kit._exec.tesseract import TESSERACT

    TESSERACT.find()
    with scratch("ocr") as tmp:
        # Greyscale PGM: tesseract reads it as fast as PNG, and writing it costs nothing (PNG: 0.4 s).
        return "\n\n".join(read_image(prepare_photo(path, Path(tmp) / f"page{page}.pgm", page))
                           for page in range(image_pages(path)))


# ------------------------------------------------------------------------------------------------ DOCX, TXT

def _docx_text(path: Path) -> str:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        doc = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile, SyntaxError) as exc:
        # SyntaxError: lxml's XMLSyntaxError, for a part whose XML is damaged
        raise InputFileError(_("{file}: cannot be read as a Word document ({reason}). Save it again as .docx.").format(
            file=path, reason=exc)) from None
    lines: list[str] = []
    seen = set()
    for section in doc.sections:
        if id(section.header) not in seen and not section.header.is_linked_to_previous:
            seen.add(id(section.header))
            _add_blocks(section.header._element, lines)
    _add_blocks(doc.element.body, lines)
    for section in doc.sections:
        if not section.footer.is_linked_to_previous:
            _add_blocks(section.footer._element, lines)
    return "\n".join(lines)


# Word's containers that only wrap what they hold: a content control (a form's filled-in field, the way Word
# form letters and notice templates keep their values), custom XML, a tracked insertion or move and a smart tag.
# python-docx's paragraphs, tables and cells skip what these hold, so a form notice read through them loses its
# name, ID and dates; the walker below goes into them and reads what they show.
_WRAPPERS = {"sdt", "sdtContent", "customXml", "ins", "moveTo", "smartTag", "hyperlink", "fldSimple"}
# what a reader of the page does not see: deleted or moved-away text, field instructions, and a drawing's
# fallback copy of the text it also holds (mc:AlternateContent)
_HIDDEN = {"del", "moveFrom", "instrText", "delText", "Fallback", "sdtPr", "sdtEndPr", "rPr", "pPr"}


def _local(element) -> str:
    return element.tag.rsplit("}", 1)[-1] if isinstance(element.tag, str) else ""


def _add_blocks(container, lines: list[str]) -> None:
    """Paragraphs and tables in the order the document shows them: a table stays under the heading that introduces
    it, a boxed header table between the letterhead and the body."""
    for child in container:
        name = _local(child)
        if name == "p":
            lines.append(_paragraph_text(child))
        elif name == "tbl":
            if lines and lines[-1]:
                lines.append("")
            lines.extend(_table_lines(child))
            lines.append("")
        elif name in _WRAPPERS:
            _add_blocks(child, lines)


def _paragraph_text(paragraph) -> str:
    """A paragraph's text as it shows: its runs' text, tabs and line breaks, the runs inside content controls,
    links and insertions included, deleted text and field codes left out."""
    parts: list[str] = []

    def walk(element) -> None:
        for child in element:
            name = _local(child)
            if name in _HIDDEN:
                continue
            if name == "r":
                parts.append(child.text or "")  # python-docx's CT_R.text: tabs as "\t", breaks as "\n"
            elif name in _WRAPPERS:
                walk(child)

    walk(paragraph)
    return "".join(parts)


def _cell_text(cell) -> str:
    lines: list[str] = []
    _add_blocks(cell, lines)
    return " ".join(" ".join(lines).split())


def _table_lines(table) -> list[str]:
    """A Word table as lines of text whose columns line up, as `pdftotext -layout` prints a table: a boxed header
    whose labels sit in one row over their values in the next stays readable label over value, and an EOB's cells
    stay under their column headings. A cell merged across columns is printed once, in its first column; a cell
    merged down from the row above repeats that cell's text, as python-docx reads it."""
    rows: list[list[str]] = []
    boxes: dict[int, list[str]] = {}  # rows that are one box holding tables of its own: their lines as they stand
    above: list[str] = []  # the text at each grid column of the row above, for cells merged down from it
    for row in _children(table, "tr"):
        cells: list[str] = []
        resolved: list[str] = []
        own = _children(row, "tc")
        if len(own) == 1 and any(_local(child) == "tbl" for child in own[0].iter()):
            # a box (a row of one cell) holding nested tables, a claim summary's label table and service table: each
            # nested table laid out as a table, not run together into one line
            boxes[len(rows)] = []
            _add_blocks(own[0], boxes[len(rows)])
            rows.append([])
            above = []
            continue
        for cell in own:
            props = [p for tcpr in _children(cell, "tcPr") for p in tcpr]
            merged_down = any(_local(p) == "vMerge" and p.get(_W_VAL, "continue") == "continue" for p in props)
            column = len(resolved)
            text = (above[column] if column < len(above) else "") if merged_down else _cell_text(cell)
            span = next((int(p.get(_W_VAL, "1")) for p in props if _local(p) == "gridSpan"
                         and p.get(_W_VAL, "").isdigit()), 1)
            cells.extend([text] + [""] * (max(span, 1) - 1))
            resolved.extend([text] * max(span, 1))
        rows.append(cells)
        above = resolved
    widths: dict[int, int] = {}
    for cells in rows:
        for i, text in enumerate(cells):
            widths[i] = max(widths.get(i, 0), len(text))
    lines: list[str] = []
    for k, cells in enumerate(rows):
        if k in boxes:
            lines.extend(boxes[k])
        else:
            lines.append("    ".join(text.ljust(widths[i]) for i, text in enumerate(cells)).rstrip())
    return lines


_W_VAL = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val"


def _children(element, name: str) -> list:
    """`element`'s children called `name`, those a content control or custom XML wraps included (a form's
    repeating section wraps table rows, a cell control wraps cells)."""
    found = []
    for child in element:
        local = _local(child)
        if local == name:
            found.append(child)
        elif local in _WRAPPERS:
            found.extend(_children(child, name))
    return found


def _txt_text(path: Path) -> str:
    data = path.read_bytes()
    for enc in ("utf-8-sig", "utf-16") if data.startswith((b"\xff\xfe", b"\xfe\xff")) else ("utf-8-sig",):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            pass
    return data.decode("cp1252", "replace")


# ------------------------------------------------------------------------------------------------ e-mail

_HEADER_LINE = re.compile(rb"^[A-Za-z][A-Za-z0-9-]*:[ \t]", re.MULTILINE)


def _looks_like_email(path: Path, head: bytes) -> bool:
    """A saved e-mail: named .eml, or starting with a block of mail headers that declares MIME content."""
    first_block = head.replace(b"\r\n", b"\n").split(b"\n\n", 1)[0]
    headers = {m.group(0)[:-2].lower().rstrip(b":") for m in _HEADER_LINE.finditer(first_block)}
    if path.suffix.lower() == ".eml":
        return bool(headers & {b"from", b"date", b"subject", b"mime-version", b"received"})
    return b"mime-version" in headers and b"from" in headers


def _looks_like_html(path: Path, head: bytes) -> bool:
    """A saved web page or message (a webmail's "save as", a portal's letter): named .html or .htm, or opening with
    an HTML document's first tag."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return path.suffix.lower() in (".html", ".htm", ".xhtml") or start.startswith((b"<!doctype html", b"<html"))


def _html_markup(path: Path) -> str:
    """A saved HTML file's markup: in the character set its byte-order mark or <meta> names, else UTF-8, else
    Windows-1252 (what a page with no declared set was most likely saved in)."""
    data = path.read_bytes()
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace")
    declared = re.search(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w.:-]+)", data[:8192], re.IGNORECASE)
    for enc in ("utf-8-sig", *([declared.group(1).decode("ascii")] if declared else [])):
        try:
            return data.decode(enc)
        except (LookupError, UnicodeDecodeError):
            pass
    return data.decode("cp1252", "replace")


def _eml_text(path: Path) -> tuple[str, dict[str, str]]:
    from email import policy
    from email.parser import BytesParser

    with open(path, "rb") as fh:
        msg = BytesParser(policy=policy.default).parse(fh)
    return _message_text(msg), _header_fields(msg)


def _header_fields(msg) -> dict[str, str]:
    """A message's Date, From, To and Subject, as they were sent."""
    fields: dict[str, str] = {}
    for name in ("date", "from", "to", "subject"):
        value = msg.get(name)
        if value is not None:
            fields[name] = " ".join(str(value).split())
    return fields


# an attached message inside an attached message, and so on, is read this deep at most
_ATTACHED_DEPTH = 3


def _message_text(msg, depth: int = 0) -> str:
    """A message as a mail program shows it: its headers, the body it shows, then each message attached to it
    (message/rfc822: a message forwarded "as an attachment", the way a plan's e-mail reaches an advocate) under a
    line saying so, read the same way, its own headers and body (its HTML one too); only what the file holds: no
    image, link or other attachment is fetched or opened."""
    from email.utils import parsedate_to_datetime

    fields = _header_fields(msg)
    lines = []
    if fields.get("from"):
        lines.append(f"From: {fields['from']}")
    if fields.get("to"):
        lines.append(f"To: {fields['to']}")
    if fields.get("date"):
        try:  # "Tue, 11 Aug 2026 09:14:03 -0400" -> "August 11, 2026", the way a letter writes its date
            sent = parsedate_to_datetime(fields["date"])
            lines.append(f"Date: {sent.strftime('%B')} {sent.day}, {sent.year}")
        except (TypeError, ValueError):
            lines.append(f"Date: {fields['date']}")
    if fields.get("subject"):
        lines.append(f"Subject: {fields['subject']}")
    text = "\n".join(lines) + "\n\n" + _shown_body(msg)
    if depth < _ATTACHED_DEPTH:
        for attached in _attached_messages(msg):
            text = text.rstrip("\n") + "\n\n---------- Attached message ----------\n" + \
                _message_text(attached, depth + 1)
    return text


def _attached_messages(msg) -> list:
    """The messages attached to `msg` (its message/rfc822 parts, not those inside them), in the order they come."""
    found = []

    def walk(part) -> None:
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload()
            inner = inner[0] if isinstance(inner, list) and inner else inner
            if hasattr(inner, "get_body"):
                found.append(inner)
            return
        if part.is_multipart():
            for sub in part.iter_parts():
                walk(sub)

    if msg.is_multipart():
        for sub in msg.iter_parts():
            walk(sub)
    return found


def _shown_body(msg) -> str:
    """The body a mail program shows: the HTML one when the message has one (of a plain and an HTML alternative the
    HTML is the one shown, and the plain part can be a stub: "This message has an HTML letter ..."), as text; the
    plain one when there is no HTML or its text is empty."""
    for kind in ("html", "plain"):
        body = msg.get_body(preferencelist=(kind,))
        if body is None:
            continue
        try:
            content = body.get_content()
        except (LookupError, ValueError):  # an unknown or wrong character set
            payload = body.get_payload(decode=True)
            content = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""
        text = html_to_text(content) if kind == "html" else content
        if text.strip():
            return text
    return ""


# How an HTML message shows, read from the little of CSS that decides it: whether an element shows at all, whether it
# stands on lines of its own, beside the one before it as a cell, or inside the line, and whether its spaces and line
# breaks are kept. Nothing is fetched: an image is neither loaded nor read, a link never followed.
_BLOCK_TAGS = frozenset({"p", "div", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "blockquote", "hr",
                         "section", "header", "footer", "ul", "ol", "address", "dl", "pre", "article", "aside",
                         "main", "nav", "center", "form", "fieldset", "figure", "figcaption", "caption", "thead",
                         "tbody", "tfoot", "body", "html"})
_CELL_TAGS = frozenset({"td", "th", "dd"})
# blocks set apart from the text round them by a blank line's margin, as a browser shows them
_SPACED_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "blockquote", "pre", "hr",
                          "address", "figure", "center", "form", "fieldset"})
_BLOCK_DISPLAYS = frozenset({"block", "table", "table-row", "flex", "grid", "list-item"})
_NOT_SHOWN_TAGS = frozenset({"script", "style", "head", "title", "template", "object", "iframe", "svg"})
_VOID_TAGS = frozenset({"br", "img", "hr", "meta", "link", "input", "wbr", "col", "area", "base", "source", "embed",
                        "param", "track"})
# an element left open closes when one of these starts beside it (a <p> or <td> with no end tag, as HTML allows)
_CLOSED_BY = {"p": {"p", "div", "table", "ul", "ol", "dl", "pre", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6"},
              "li": {"li"}, "td": {"td", "th", "tr"}, "th": {"td", "th", "tr"}, "tr": {"tr"}, "dt": {"dt", "dd"},
              "dd": {"dt", "dd"}, "option": {"option"}}
_DECLARATION = re.compile(r"([\w-]+)\s*:\s*([^;]+)")


def _declarations(style: str) -> dict[str, str]:
    return {m.group(1).lower(): m.group(2).replace("!important", "").strip().lower()
            for m in _DECLARATION.finditer(style or "")}


def _style_rules(css: str) -> list[tuple[str, str, dict[str, str]]]:
    """The rules of a <style> sheet a message shows with on a screen: (tag, class, declarations) of each simple
    selector ("p", ".row", "span.lab", "#id" as a class of its own; of a descendant selector its last part). Rules
    inside @media blocks are left out: a mail program on a computer shows the message without them (they stack a
    narrow screen's columns), and so do selectors with a state (":hover")."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    kept, depth, i = [], 0, 0
    while i < len(css):  # drop each @-block, braces matched
        if depth == 0 and css[i] == "@":
            j = css.find("{", i)
            semi = css.find(";", i)
            if j < 0 or 0 <= semi < j:  # "@import url(...);", "@charset ...;"
                i = len(css) if semi < 0 else semi + 1
                continue
            depth, i = 1, j + 1
            while i < len(css) and depth:
                depth += {"{": 1, "}": -1}.get(css[i], 0)
                i += 1
            continue
        kept.append(css[i])
        i += 1
    rules = []
    for m in re.finditer(r"([^{}]+)\{([^{}]*)\}", "".join(kept)):
        decls = _declarations(m.group(2))
        for selector in m.group(1).split(","):
            last = selector.strip().split()[-1] if selector.strip() else ""
            sel = re.fullmatch(r"([a-zA-Z][\w-]*)?(?:([.#])([\w-]+))?", last)
            if sel and (sel.group(1) or sel.group(3)):
                rules.append(((sel.group(1) or "").lower(), (sel.group(2) or "") + (sel.group(3) or ""), decls))
    return rules


@dataclass
class _Open:
    """An element open while an HTML message is read (html_to_text)."""
    tag: str
    display: str
    hidden: bool
    pre: bool  # its spaces and line breaks kept (<pre>, white-space: pre)
    side: bool  # lays its children side by side (a flex or grid row)
    column: int = 0  # a cell's: where its text starts across the line; its own lines start there too
    first_line: int = 0  # a row's: the line it started on


def html_to_text(markup: str) -> str:
    """The text of an HTML message as a person sees it on screen: in the order it reads, block elements (and any
    element its style shows as a block) on lines of their own, a blank line round those a browser sets apart
    (paragraphs, headings, lists), a table's row a line with its cells kept apart by wide spaces and a cell's own
    lines under its first (as `pdftotext -layout` lays out columns), the children of a row its style lays side by
    side (display: flex or grid, a definition list's term and value) as the cells of one line, a <pre> block's lines
    and spaces as they are, and nothing that does not show: scripts, styles, the head, elements hidden by their style
    or the hidden attribute. Entities are decoded; nothing is fetched (images and links stay unread). A row whose
    cells run over several lines each (a layout table's columns of paragraphs) is read a cell after the other."""
    from html.parser import HTMLParser

    rules: list[tuple[str, str, dict[str, str]]] = []
    for sheet in re.findall(r"<style\b[^>]*>(.*?)</style\s*>", markup, flags=re.S | re.I):
        rules += _style_rules(sheet)
    keep = "\ue000"  # a space that stays where it is (a <pre> block's, a cell's indent) when the lines are stripped

    class _Text(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.out: list[str] = []
            self.pending = 0  # a line break (1) or a blank line (2) owed before the next text
            self.line = 0  # lines written so far
            self.width = 0  # characters on the line being written
            self.fresh = False  # a cell just opened, nothing in it yet
            self.stack: list[_Open] = []
            # an inline element just closed (1), and another opened right after it with nothing between (2)
            self.abutting = 0

        def _style(self, tag: str, attrs: dict[str, str | None]) -> dict[str, str]:
            classes = {"." + c for c in (attrs.get("class") or "").split()}
            if attrs.get("id"):
                classes.add("#" + str(attrs["id"]))
            found: dict[str, str] = {}
            for rule_tag, rule_class, decls in rules:
                if (not rule_tag or rule_tag == tag) and (not rule_class or rule_class in classes):
                    found.update(decls)
            found.update(_declarations(attrs.get("style") or ""))
            return found

        def _shown(self) -> bool:
            return not any(e.hidden for e in self.stack)

        def _indent(self) -> int:
            return next((e.column for e in reversed(self.stack) if e.column), 0)

        def _newline(self, blank: bool = False) -> None:
            indent = self._indent()
            self.out.append("\n\n" if blank else "\n")
            self.out.append(keep * indent)
            self.line += 2 if blank else 1
            self.width = indent

        def _put(self, text: str) -> None:
            if self.pending and not self.fresh:
                self._newline(self.pending == 2)
            self.pending = 0
            if self.width == self._indent():
                text = text.lstrip(" ")
                if not text:
                    return
            self.fresh = False
            self.out.append(text)
            self.width += len(text)

        def _cell(self, row: _Open | None) -> int:
            """Open a cell on the line: its column, or 0 when it goes under the row's earlier cells, which ran over
            several lines."""
            if row is not None and self.line > row.first_line:
                self.pending = max(self.pending, 1)
                return 0
            if self.width > self._indent():
                self._put("    ")
                self.fresh = True
                return self.width
            return 0

        def _pop(self) -> None:
            e = self.stack.pop()
            if not e.hidden and self._shown() and e.display in _BLOCK_DISPLAYS:
                self.pending = max(self.pending, 2 if e.tag in _SPACED_TAGS else 1)
            if e.column or e.display == "table-cell":
                self.fresh = False

        def _close_open(self, tag: str) -> None:
            while self.stack and tag in _CLOSED_BY.get(self.stack[-1].tag, ()):
                if tag in ("td", "th") and self.stack[-1].tag == "tr":
                    break
                self._pop()

        def handle_starttag(self, tag, attr_list):
            attrs = dict(attr_list)
            self._close_open(tag)
            style = self._style(tag, attrs)
            display = style.get("display") or ("none" if tag in _NOT_SHOWN_TAGS else "table-cell" if tag in
                                                _CELL_TAGS else "block" if tag in _BLOCK_TAGS else "inline")
            hidden = display == "none" or "hidden" in attrs or style.get("visibility") in ("hidden", "collapse") \
                or style.get("opacity", "").strip() in ("0", "0.0") or \
                (style.get("overflow") == "hidden" and bool(re.fullmatch(r"0(?:px|em|pt|%)?",
                                                                         style.get("max-height", style.get("height",
                                                                                                          "1")))))
            parent = self.stack[-1] if self.stack else None
            row = next((e for e in reversed(self.stack) if e.side or e.display == "table-row" or e.tag == "tr"), None)
            if row is not None and row.tag == "tr" and not row.side and row.display != "table-row":
                row = None  # a table's own row, inside a grid's or flex row's cell: its cells side by side as ever
            column = 0
            if self._shown() and not hidden:
                if tag == "br":
                    self.pending = 0
                    self._newline()
                elif display in ("table-cell", "inline-block") or parent is not None and parent.side:
                    column = self._cell(row)
                elif display in _BLOCK_DISPLAYS or tag == "dt":
                    self.pending = max(self.pending, 2 if tag in _SPACED_TAGS else 1)
            if tag in _VOID_TAGS:
                return
            pre = tag == "pre" or style.get("white-space", "").startswith("pre") or \
                parent is not None and parent.pre and "white-space" not in style
            side = display in ("flex", "inline-flex", "grid", "inline-grid") and \
                not style.get("flex-direction", "").startswith("column")
            first_line = self.line + (1 if self.pending and self.width > self._indent() else 0)
            self.abutting = 2 if self.abutting and display == "inline" and not column else 0
            self.stack.append(_Open(tag, display, hidden, pre, side, column, first_line))

        def handle_startendtag(self, tag, attrs):
            self.handle_starttag(tag, attrs)
            if tag not in _VOID_TAGS and self.stack and self.stack[-1].tag == tag:
                self._pop()

        def handle_endtag(self, tag):
            if not any(e.tag == tag for e in self.stack):
                return  # an end with no start: ignored, as a browser does
            while self.stack:
                done = self.stack[-1].tag == tag
                inline = self.stack[-1].display == "inline" and not self.stack[-1].column
                self._pop()
                if done:
                    self.abutting = 1 if inline and not self.pending else 0
                    break

        def handle_data(self, data):
            if not self._shown():
                return
            if self.stack and self.stack[-1].pre:
                for k, part in enumerate(data.split("\n")):
                    if k:
                        self.pending = 0
                        self._newline()
                    self._put(part.replace(" ", keep).replace("\t", keep * 4).replace("\xa0", keep))
            elif data.strip(" \t\r\n\f"):
                # two inline elements side by side with nothing between, a word ending one and a word opening the
                # other ("<span class=lab>Member ID</span><span class=val>PDX7710</span>"): a label and its value
                # set apart only by a style the message does not carry; read as two cells, never as one word
                # ("Member IDPDX7710")
                if self.abutting == 2 and not self.pending and self.width > self._indent() and \
                        self.out and self.out[-1][-1:].isalnum() and data[:1].isalnum():
                    self._put("    ")
                self.abutting = 0
                # (a run of no-break spaces is spacing the writer wanted, as wide as it is)
                self._put(re.sub(r"[^\S\xa0]+", " ", data).replace("\xa0", keep))
            elif data and not self.pending and self.width > self._indent():
                self.abutting = 0
                self._put(" ")

    parser = _Text()
    parser.feed(markup)
    parser.close()
    lines = [line.strip().replace(keep, " ").rstrip() for line in "".join(parser.out).split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n"
