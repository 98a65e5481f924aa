"""Delivery routes: the packet in the form a fax line, an upload portal, a two-sided printer or an archive needs.

numbering.py lays out the pages a route adds (a fax cover sheet as page 1, blank pages for duplex printing), so
every number in the packet already counts them; this module draws those pages, cuts the composed packet into fax
transmissions or size-capped upload parts (Bates numbers run on, never restart), recompresses scans for portals,
and writes each file, through Ghostscript's PDF/A path when asked.
"""
from __future__ import annotations

import io
import logging
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import cast

from pypdf import PdfReader, PdfWriter
from pypdf.constants import PageLabelStyle
from pypdf.generic import DictionaryObject, StreamObject

from appeal_kit.case.folder import Case
from appeal_kit.errors import ConversionError, OutputError
from appeal_kit.files import atomic_copy
from appeal_kit.i18n import N_, _
from appeal_kit.numbering import Extras, Numbering, Span, bates_number
from appeal_kit.packet.canvas import MUTED, RULE, Canvas
from appeal_kit.packet.fonts import FontPack
from appeal_kit.packet.sheets import MARGIN, TOP
from appeal_kit.packet.stamp import LETTER, PagePlacer, Stamp

# Health information sent by fax should say it is confidential and what to do if misdirected: the HIPAA Privacy
# Rule asks for reasonable safeguards on protected health information in transit (45 CFR 164.530(c)).
CONFIDENTIALITY = ("CONFIDENTIAL HEALTH INFORMATION. The pages that follow contain protected health information "
                   "sent for the appeal named above, for the addressee's use only. If you received this fax in "
                   "error, do not read, copy or pass on any of it: tell the sender at once by phone or e-mail and "
                   "destroy every page.")
BLANK_TEXT = "This page intentionally left blank"

# --compress: portals show scans on screen, where 150 dpi reads well and JPEG quality 75 shows no artefacts in text.
log = logging.getLogger(__name__)

COMPRESS_QUALITY = 75
COMPRESS_DPI = 150
COMPRESS_MAX_PIXELS = int(11 * COMPRESS_DPI)  # long side of a Letter page at that resolution
COMPRESS_SETTINGS = f"JPEG quality {COMPRESS_QUALITY}, at most {COMPRESS_DPI} dpi"
COMPRESS_NOTE = f"Images recompressed for upload: {COMPRESS_SETTINGS}"
COMPRESS_MAX_DECODED = 200_000_000  # pixels; the limit appeal_kit.packet.convert takes images up to
PART_MARGIN = 0.98  # parts are planned a little under the cap: the part notes and index are filled in afterwards


@dataclass(frozen=True)
class PartPlan:
    """Packet page ranges of the upload parts, in order."""

    parts: tuple[tuple[int, int], ...]
    split: tuple[Span, ...] = ()  # exhibits alone over the cap, split at page boundaries

    def part_of(self, page: int) -> int:
        return next(i for i, (first, last) in enumerate(self.parts, 1) if first <= page <= last)

    def parts_of(self, first: int, last: int) -> str:
        a, b = self.part_of(first), self.part_of(last)
        return str(a) if a == b else f"{a}–{b}"


@dataclass(frozen=True)
class LetterSent:
    """What a copy's cover letter says of the letter: whom it is addressed to and the date it bears."""
    to: str
    dated: date


@dataclass(frozen=True)
class Delivery:
    """How the packet is sent. The default is one plain PDF. Options that do not go together raise ValueError
    (the CLI reports it as a usage error)."""

    fax: bool = False
    fax_pages: int | None = None  # at most this many pages per fax transmission, its cover included
    max_size: int | None = None  # bytes: write upload parts under this size
    compress: bool = False  # recompress images in exhibits that are alone over max_size
    duplex: bool = False
    pdfa: bool = False
    today: date | None = None  # the date on the fax cover
    parts: PartPlan | None = field(default=None, compare=False)  # known once the packet has been measured
    copies: bool = False  # also write each copy the case lists (`copies:`), with its cover letter
    letter: LetterSent | None = field(default=None, compare=False)  # whom the letter goes to and its date (copies)

    def __post_init__(self):
        if self.fax_pages is not None and not self.fax:
            object.__setattr__(self, "fax", True)  # --fax-pages implies --fax
        if self.fax and self.max_size:
            raise ValueError(_("--fax and --max-size are two different routes; build once for each."))
        if self.fax_pages is not None and self.fax_pages < 2:
            raise ValueError(_("--fax-pages must be at least 2: each transmission needs its cover and a page."))
        if self.compress and not self.max_size:
            raise ValueError(_("--compress works with --max-size: it shrinks scans that are over the size cap."))

    @property
    def extras(self) -> Extras:
        return Extras(fax_cover=self.fax, duplex=self.duplex)

    def header(self, header: str, page: int) -> str:
        """The stamp header of packet page `page`: the first page of each upload part says which part it is."""
        if self.parts is None:
            return header
        starts = [first for first, _ in self.parts.parts]
        if page not in starts:
            return header
        return f"Part {starts.index(page) + 1} of {len(starts)} · {header}"

    def transmissions(self, total: int) -> list[tuple[int, int]]:
        """Packet page ranges of the fax transmissions. The first starts with the packet's own cover (page 1);
        each later one gets a cover of its own, so it carries one packet page fewer."""
        per = self.fax_pages or total
        ranges = [(1, min(per, total))]
        while ranges[-1][1] < total:
            first = ranges[-1][1] + 1
            ranges.append((first, min(total, first + per - 2)))
        return ranges


def parse_size(text: str) -> int:
    """'10MB', '9.5 MB', '500KB', '20M' or plain bytes. MB means 1,000,000 bytes (the smaller reading of a
    portal's '10 MB'); MiB means 1,048,576."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(|b|k|kb|kib|m|mb|mib|g|gb|gib)\s*", text.lower())
    if not m:
        raise ValueError(_("--max-size {size}: write a size such as 10MB, 9.5MB or 500KB").format(size=repr(text)))
    scale = {"": 1, "b": 1, "k": 10**3, "kb": 10**3, "kib": 2**10, "m": 10**6, "mb": 10**6, "mib": 2**20,
             "g": 10**9, "gb": 10**9, "gib": 2**30}[m.group(2)]
    size = int(float(m.group(1)) * scale)
    if size < 50_000:
        raise ValueError(_("--max-size {size} is too small for even one page with its stamps (use 50KB or "
                           "more)").format(size=repr(text)))
    return size


# ---------------------------------------------------------------------------------------------- drawn pages

def draw_blank(fonts: FontPack) -> Canvas:
    canvas = Canvas(fonts)
    canvas.text(LETTER[0] / 2, LETTER[1] / 2, BLANK_TEXT, 11, color=MUTED, align="center")
    return canvas


def draw_fax_cover(fonts: FontPack, case: Case, delivery: Delivery, total: int,
                   transmission: tuple[int, int, int, int] | None = None) -> Canvas:
    """The fax cover sheet. `transmission` is (i, n, first, last) when the packet goes in several transmissions."""
    canvas = Canvas(fonts)
    width = LETTER[0] - 2 * MARGIN
    canvas.text(MARGIN, TOP, "FAX", 28, bold=True)
    canvas.text(LETTER[0] - MARGIN, TOP, "Health insurance appeal", 12, bold=True, align="right")
    y = TOP - 20
    canvas.line(MARGIN, y, LETTER[0] - MARGIN, y, width=1.2, color="0 0 0")
    y -= 26
    from appeal_kit.letter.clinic import load_clinic, sender_details

    author = case.get("author.name") or ""
    role = case.get("author.role")
    sender = sender_details(case.data, load_clinic(case.folder))  # a clinic author's: from clinic.yaml, read now
    if transmission is None or transmission[0] == 1:
        count = min(total, transmission[3]) if transmission else total
    else:
        count = transmission[3] - transmission[2] + 2  # its own cover plus its packet pages
    rows = [
        ("To", f"{case.get('insurer.name')}, {'Utilization Management' if case.is_request else 'Appeals Department'}"),
        ("Fax", str(case.get("insurer.fax") or "")),
        ("From", f"{author} ({role})" if role else author),
        ("Phone", str(sender["phone"] or case.get("patient.phone") or "")),
        ("Fax", str(sender["fax"] or "")),
        ("E-mail", str(sender["email"] or "")),
        ("Date", (delivery.today or date.today()).strftime("%B %-d, %Y")),
        ("Pages", f"{count}, including this cover sheet"),
        ("Re", f"{case.about_title}, member ID {case.get('patient.member_id')}, "
               f"patient {case.get('patient.name')}"),
    ]
    for label, value in rows:
        if not value:
            continue
        lines = canvas.wrap(value, 12, width - 90)
        canvas.text(MARGIN, y, f"{label}:", 12, bold=True)
        for line in lines:
            canvas.text(MARGIN + 90, y, line, 12)
            y -= 17
        y -= 5
    if transmission is not None:
        i, n, first, last = transmission
        y -= 8
        text = (f"Transmission {i} of {n}: pages {first}–{last} of the packet ({total} pages), Bates "
                f"{bates_number(case.bates_prefix, first)} to {bates_number(case.bates_prefix, last)}")
        for line in canvas.wrap(text, 12, width, bold=True):
            canvas.text(MARGIN, y, line, 12, bold=True)
            y -= 16
        y -= 6
    y -= 14
    canvas.line(MARGIN, y + 12, LETTER[0] - MARGIN, y + 12, width=0.8, color="0 0 0")
    for line in canvas.wrap(CONFIDENTIALITY, 10, width):
        canvas.text(MARGIN, y - 4, line, 10)
        y -= 13
    canvas.line(MARGIN, y - 4, LETTER[0] - MARGIN, y - 4, width=0.8, color=RULE)
    return canvas


def draw_copy_cover(fonts: FontPack, case: Case, copy, delivery: Delivery, pages: int) -> Canvas:
    """A copy's cover letter (`copy`: directory.Copy): from the letter's author to the copy's addressee, saying what
    is enclosed and why it comes to them. Every sentence is one the case holds: the reason only when there is one,
    the contact line only with a phone or e-mail."""
    from appeal_kit.letter.clinic import load_clinic, sender_details

    canvas = Canvas(fonts)
    width = LETTER[0] - 2 * MARGIN
    y = TOP

    def para(text: str, size: float = 11, bold: bool = False, after: float = 10) -> None:
        nonlocal y
        for line in canvas.wrap(text, size, width, bold=bold):
            canvas.text(MARGIN, y, line, size, bold=bold)
            y -= size + 4
        y -= after

    sender = sender_details(case.data, load_clinic(case.folder))
    author = str(case.get("author.name") or "")
    contact = " · ".join(str(v) for v in (sender["phone"] or case.get("patient.phone"), sender["email"]) if v)
    para(author, bold=True, after=0)
    for line in [*str(sender["address"] or "").splitlines(), contact]:
        if line.strip():
            para(line.strip(), after=0)
    y -= 14
    para((delivery.today or date.today()).strftime("%B %-d, %Y"), after=14)
    for line in [copy.name, *(copy.address or "").splitlines()]:
        if line.strip():
            para(line.strip(), after=0)
    y -= 14
    letter = delivery.letter
    to = f" to {letter.to}" if letter else ""
    para(f"Re: Copy of a letter{to} for {case.get('patient.name')}, member ID {case.get('patient.member_id')}, "
         f"claim {case.get('claim.number')}", bold=True, after=14)
    dated = f" dated {letter.dated.strftime('%B %-d, %Y')}" if letter else ""
    if copy.enclose == "packet":
        para(f"Enclosed is a copy of the letter{to}{dated}, with the packet that goes with it ({pages} pages in all: "
             "the letter, its exhibit index and every exhibit).")
    else:
        para(f"Enclosed is a copy of the letter{to}{dated} ({pages} page{'s' if pages != 1 else ''}).")
    if copy.why:
        para(f"It comes to you {copy.why}.")
    para("It contains health information: please keep it confidential.")
    if contact:
        para(f"If you have questions, you can reach me at {contact}.")
    para("Sincerely,", after=36)
    para(author, after=0)
    if case.get("author.role"):
        para(str(case.get("author.role")), after=0)
    return canvas


# ---------------------------------------------------------------------------------------------- page labels

def bates_page_labels(writer: PdfWriter, prefix: str, first: int = 1, skip: int = 0) -> None:
    """Make viewers show each page's Bates number as its page label, so "go to WHITFIELD-000017" works; writer
    pages skip.. carry the numbers first, first + 1, ... (the pages before them are transmission covers).

    Page labels count in plain decimals, so the zero padding goes into the prefix, one range per number width.
    """
    if skip:
        writer.set_page_label(0, skip - 1, prefix="Fax cover")
    last = first + len(writer.pages) - skip - 1
    number = first
    while number <= last:
        width = len(str(number))
        end = min(last, 10 ** width - 1)
        writer.set_page_label(skip + number - first, skip + end - first, style=PageLabelStyle.DECIMAL,
                              prefix=f"{prefix}-{'0' * (6 - width)}", start=number)
        number = end + 1


# ---------------------------------------------------------------------------------------------- parts

def compress_exhibits(sections, delivery: Delivery) -> list[str]:
    """With --compress, recompress the images of every exhibit that alone is over the size cap (the reader is
    replaced, and the exhibit's cover says so). Returns the labels of the exhibits recompressed."""
    done: list = []
    if not (delivery.compress and delivery.max_size):
        return done
    for section in sections:
        size = _size(section.reader) if section.label else 0
        if size > delivery.max_size * PART_MARGIN:
            smaller = _recompressed(section.reader)
            if smaller is not None and _size(smaller) < size:
                section.reader, section.note = smaller, COMPRESS_NOTE
                done.append(section.label)
    return done


def _recompressed(reader: PdfReader) -> PdfReader | None:
    from PIL import Image

    writer = PdfWriter(clone_from=reader)
    changed = False
    for page in writer.pages:
        for image in page.images:
            if image.indirect_reference is None:
                continue  # inline images are small by nature
            try:
                stored = image.indirect_reference.get_object()
                size = (int(stored.get("/Width", 0)) * int(stored.get("/Height", 0))
                        if isinstance(stored, dict) else 0)
                if size > COMPRESS_MAX_DECODED:
                    continue  # decoding it would take gigabytes: left as it is
                picture = image.image
            except Exception as exc:  # noqa: BLE001 - pypdf and Pillow raise many types for odd images
                log.info("an image was left as it is: it could not be decoded (%s)", exc)
                continue
            if picture is None:
                continue  # an image pypdf cannot decode stays as it is
            if picture.mode not in ("RGB", "L"):
                if "A" in picture.mode or picture.mode == "P" and "transparency" in picture.info:
                    continue  # JPEG has no transparency
                picture = picture.convert("RGB")
            if max(picture.size) > COMPRESS_MAX_PIXELS:
                scale = COMPRESS_MAX_PIXELS / max(picture.size)
                picture = picture.resize((max(1, round(picture.width * scale)), max(1, round(picture.height * scale))),
                                         Image.Resampling.LANCZOS)
            image.replace(picture, quality=COMPRESS_QUALITY)
            changed = True
    return _reread(writer) if changed else None


def plan_parts(writer: PdfWriter, numbering: Numbering, max_size: int) -> PartPlan:
    """Group the packet into parts under `max_size`, whole exhibits only; an exhibit alone over the cap is split at
    page boundaries. The front matter (fax cover, letter, index) stays in part 1."""
    reader = _reread(writer)
    budget = int(max_size * PART_MARGIN)
    starts = [numbering.exhibits[0].first] if numbering.exhibits else []
    starts += [span.first for span in numbering.exhibits[1:]]
    units = list(zip([1, *starts], [s - 1 for s in starts] + [numbering.total]))  # blanks go with the unit before

    def fits(first: int, last: int) -> bool:
        return len(_part_bytes(reader, numbering, first, last)) <= budget

    parts: list[tuple[int, int]] = []
    split: list[Span] = []
    current: tuple[int, int] | None = None
    for first, last in units:
        if current and fits(current[0], last):
            current = (current[0], last)
            continue
        if current:
            parts.append(current)
        if fits(first, last):
            current = (first, last)
            continue
        split.append(_span_at(numbering, first))
        start = first
        while True:
            if not fits(start, start):
                raise OutputError(_("packet page {page} ({part}) alone is over --max-size {size} bytes; add "
                                    "--compress to recompress its images, or raise the cap").format(
                    page=start, part=_span_at(numbering, start).heading, size=f"{max_size:,}"))
            end, too_far = start, last + 1  # the longest run from `start` that fits, by bisection
            while too_far - end > 1:
                middle = (end + too_far) // 2
                end, too_far = (middle, too_far) if fits(start, middle) else (end, middle)
            if end == last:
                break
            parts.append((start, end))
            start = end + 1
        current = (start, last)
    assert current is not None  # set by the loop: a packet has at least one unit
    parts.append(current)
    return PartPlan(tuple(parts), tuple(split))


def _span_at(numbering: Numbering, page: int) -> Span:
    """The span holding packet page `page` (a duplex blank counts with the span before it)."""
    return [span for span in numbering.spans if span.first <= page][-1]


def _size(reader: PdfReader) -> int:
    out = io.BytesIO()
    PdfWriter(clone_from=reader).write(out)
    return out.tell()


def _reread(writer: PdfWriter) -> PdfReader:
    out = io.BytesIO()
    writer.write(out)
    out.seek(0)
    return PdfReader(out)


def _part_bytes(reader: PdfReader, numbering: Numbering, first: int, last: int, cover: PdfReader | None = None,
                ) -> bytes:
    out = io.BytesIO()
    _extract(reader, numbering, first, last, cover).write(out)
    return out.getvalue()


def _extract(reader: PdfReader, numbering: Numbering, first: int, last: int,
             cover: PdfReader | None = None, cover_title: str = "Fax cover sheet (transmission)") -> PdfWriter:
    """Packet pages first..last as a file of their own, with their bookmarks and Bates page labels; `cover` (a
    transmission's own fax cover, a copy's cover letter) goes in front."""
    writer = PdfWriter()
    skip = 0
    if cover is not None:
        writer.append(cover, import_outline=False)
        writer.add_outline_item(title=cover_title, page_number=0)
        skip = len(cover.pages)
    writer.append(reader, pages=(first - 1, last), import_outline=False)
    holder = _span_at(numbering, first)
    if holder.first < first and first <= holder.last:
        writer.add_outline_item(title=f"{holder.heading} (continued)", page_number=skip)
    for span in numbering.spans:
        if first <= span.first <= last:
            writer.add_outline_item(title=span.heading, page_number=skip + span.first - first)
    bates_page_labels(writer, numbering.prefix, first, skip)
    writer.page_mode = "/UseOutlines"
    if reader.metadata:
        writer.add_metadata({k: v for k, v in reader.metadata.items() if k in ("/Title", "/Creator", "/Producer")})
    return writer


# ---------------------------------------------------------------------------------------------- files

@dataclass
class OutFile:
    path: Path
    writer: PdfWriter
    first: int = 1  # packet page number of its first packet page
    skip: int = 0  # pages in front of that one (a transmission's own cover)


def sibling(output: Path, tag: str) -> Path:
    """packet.pdf -> packet-part-2-of-3.pdf beside it."""
    return output.with_name(f"{output.stem}-{tag}{output.suffix or '.pdf'}")


def files_to_write(writer: PdfWriter, case: Case, numbering: Numbering, delivery: Delivery,
                   output: Path) -> list[OutFile]:
    """Each output file and its content: the packet itself, or its fax transmissions, or its upload parts; then
    with --copies each copy the case lists."""
    files = _packet_files(writer, case, numbering, delivery, output)
    if delivery.copies:
        files += copy_files(_reread(writer), case, numbering, delivery, output)
    return files


def copy_files(reader: PdfReader, case: Case, numbering: Numbering, delivery: Delivery,
               output: Path) -> list[OutFile]:
    """A file per copy the case lists: its cover letter, then the letter's pages (or, with `enclose: packet`, every
    packet page after a fax cover), stamped as in the packet. Named packet-copy-1-<name>.pdf beside the packet."""
    from appeal_kit import directory

    files = []
    for i, copy in enumerate(directory.copies(case.data)[0], 1):
        start = numbering.cover.last + 1 if numbering.cover else 1
        first, last = (start, numbering.total) if copy.enclose == "packet" else \
            (numbering.letter.first, numbering.letter.last)
        cover = _drawn(draw_copy_cover, case, copy, delivery, last - first + 1)
        files.append(OutFile(copy_path(output, i, copy.name),
                             _extract(reader, numbering, first, last, cover, cover_title="Cover letter for this copy"),
                             first, 1))
    return files


def copy_path(output: Path, number: int, name: str) -> Path:
    """packet.pdf -> packet-copy-2-ohio-department-of-insurance.pdf: the copy's number and whom it goes to."""
    words = re.sub(r"[^a-z0-9]+", " ", name.lower()).split()
    slug = "-".join(words[:1] + [w for i, w in enumerate(words[1:], 1) if len("-".join(words[:i + 1])) <= 40])
    return sibling(output, f"copy-{number}-{slug or 'copy'}")


def _packet_files(writer: PdfWriter, case: Case, numbering: Numbering, delivery: Delivery,
                  output: Path) -> list[OutFile]:
    total = numbering.total
    if delivery.parts is not None:
        n = len(delivery.parts.parts)
        reader = _reread(writer)
        return [OutFile(sibling(output, f"part-{i}-of-{n}"), _extract(reader, numbering, first, last), first)
                for i, (first, last) in enumerate(delivery.parts.parts, 1)]
    ranges = delivery.transmissions(total) if delivery.fax else [(1, total)]
    if len(ranges) == 1:
        return [OutFile(output, writer)]
    reader = _reread(writer)
    files = []
    for i, (first, last) in enumerate(ranges, 1):
        cover = None if i == 1 else _drawn_cover(case, delivery, total, (i, len(ranges), first, last))
        files.append(OutFile(sibling(output, f"fax-{i}-of-{len(ranges)}"),
                             _extract(reader, numbering, first, last, cover), first, 0 if cover is None else 1))
    return files


def _drawn_cover(case: Case, delivery: Delivery, total: int, transmission) -> PdfReader:
    """A later transmission's own cover."""
    return _drawn(draw_fax_cover, case, delivery, total, transmission)


def _drawn(draw, case: Case, *args) -> PdfReader:
    """A page drawn by `draw(fonts, case, *args)` that is not a packet page: the header, no Bates number."""
    fonts = FontPack()
    writer = PdfWriter()
    PagePlacer(writer, fonts).add_drawn_page(draw(fonts, case, *args), Stamp(case.header_text, ""))
    fonts.embed(writer)
    return _reread(writer)


def write_files(files: list[OutFile], numbering: Numbering, delivery: Delivery, tmp: Path) -> list[Path]:
    """Write every file atomically: packed into object streams by qpdf, or with --pdfa through Ghostscript (which
    writes its own compact file) and checked."""
    from appeal_kit._exec import qpdf

    written = []
    for i, out in enumerate(files):
        if not delivery.pdfa:
            plain, packed = tmp / f"deliver-{i}.pdf", tmp / f"deliver-{i}-packed.pdf"
            with open(plain, "wb") as fh:
                out.writer.write(fh)
            qpdf.repack(plain, packed)
            written.append(atomic_copy(packed, out.path, what=N_("packet")))
            continue
        from appeal_kit._exec.ghostscript import to_pdfa

        plain, archival = tmp / f"deliver-{i}.pdf", tmp / f"deliver-{i}-pdfa.pdf"
        with open(plain, "wb") as fh:
            out.writer.write(fh)

        def where(page: int, out: OutFile = out) -> str:  # this file's `out`, bound now
            return _span_at(numbering, out.first + page - 1 - out.skip).heading if page > out.skip else \
                _("fax cover")

        try:
            to_pdfa(plain, archival)
        except ConversionError as exc:
            # Fonts an exhibit does not embed are the usual cause: name the exhibits that have them.
            fonts = sorted({part.split(":")[0] for part, _name in _unembedded_by_part(PdfReader(str(plain)), where)})
            named = _(" (fonts not embedded in: {parts})").format(parts="; ".join(fonts)) if fonts else ""
            raise ConversionError(exc.message + named) from None
        problems = pdfa_problems(archival, where)
        if problems:
            raise OutputError(_("{file}: not PDF/A-2b after Ghostscript's conversion: {problems}").format(
                file=out.path.name, problems="; ".join(problems)))
        written.append(atomic_copy(archival, out.path, what=N_("packet")))
    return written


def pdfa_problems(path: Path, where=lambda page: _("page {page}").format(page=page)) -> list[str]:
    """What keeps the file from PDF/A-2b, of the things we can check without a validator: the XMP
    identification, an output intent, every font embedded, no encryption and no JavaScript. `where(page)` names
    the part of the packet that a (1-based) page belongs to."""
    reader = PdfReader(str(path))
    problems = []
    if reader.is_encrypted:
        problems.append(_("it is encrypted"))
    root = cast(DictionaryObject, reader.trailer["/Root"])
    xmp = cast(StreamObject, root["/Metadata"]).get_data() if "/Metadata" in root else b""
    if not (re.search(rb"pdfaid:part\W+2", xmp) and re.search(rb"pdfaid:conformance\W+B", xmp)):
        problems.append(_("no PDF/A-2b identification in its XMP metadata"))
    if not any("/DestOutputProfile" in intent.get_object() for intent in root.get("/OutputIntents", [])):
        problems.append(_("no output intent with an ICC profile"))
    if "/JavaScript" in root.get("/Names", {}) or "/OpenAction" in root:
        problems.append(_("it carries JavaScript or an open action"))
    for part, name in _unembedded_by_part(reader, where):
        problems.append(_("{part}: font {font} is not embedded (its licence may forbid it); print that page to PDF or "
                          "scan it, and build again").format(part=part, font=name))
    return problems


def _unembedded_by_part(reader: PdfReader, where) -> list[tuple[str, str]]:
    """(where(page), font name) for each font a page uses without its font program."""
    return [(where(number), name) for number, page in enumerate(reader.pages, 1)
            for name in sorted(_unembedded_fonts(page.get("/Resources"), set()))]


def _unembedded_fonts(resources, seen: set) -> set[str]:
    """Names of fonts used by these resources (and the forms inside them) that carry no font program."""
    missing: set[str] = set()
    if resources is None:
        return missing
    resources = resources.get_object()
    for font in (resources.get("/Font") or {}).values():
        font = font.get_object()
        if font.get("/Subtype") == "/Type3":
            continue  # drawn with PDF operators: nothing to embed
        described = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        descriptor = described.get("/FontDescriptor")
        descriptor = descriptor.get_object() if descriptor is not None else {}
        if not any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")):
            missing.add(str(font.get("/BaseFont", "?")))
    for xobject in (resources.get("/XObject") or {}).values():
        key = getattr(xobject, "idnum", None)
        if key is not None and key in seen:
            continue
        seen.add(key)
        xobject = xobject.get_object()
        if xobject.get("/Subtype") == "/Form":
            missing |= _unembedded_fonts(xobject.get("/Resources"), seen)
    return missing
