"""Composing the submission packet from PDFs: letter, exhibit index, then each exhibit behind its cover sheet,
every page numbered and stamped, with bookmarks and Bates page labels. appeal_kit.pipeline runs the stages that
lead here."""
from __future__ import annotations

import gc
import hashlib
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.errors import LimitReachedError, PyPdfError

from appeal_kit import __version__
from appeal_kit.case.folder import Case
from appeal_kit.errors import InputFileError
from appeal_kit.files import atomic_write
from appeal_kit.i18n import N_, _
from appeal_kit.numbering import Numbering, bates_number, bates_range, exhibit_label, page_range
from appeal_kit.packet.convert import past_limits
from appeal_kit.packet.delivery import Delivery, bates_page_labels, draw_blank, draw_fax_cover
from appeal_kit.packet.fonts import FontPack
from appeal_kit.packet.sheets import IndexRow, draw_cover, draw_index
from appeal_kit.packet.stamp import PagePlacer, Stamp


@dataclass
class Section:
    """A run of packet pages: the letter, or one exhibit (cover sheet + its pages)."""

    title: str
    reader: PdfReader
    label: str = ""  # exhibit label; empty for the letter
    first: int = 0  # packet page number (1-based) of the first page, the cover for an exhibit
    note: str = ""  # one more line for the exhibit's cover sheet (delivery: images recompressed)
    source: Path | None = None  # the user's file it was made from, named when its pages cannot be placed

    @property
    def source_pages(self) -> int:
        return len(self.reader.pages)

    @property
    def length(self) -> int:
        return self.source_pages + (1 if self.label else 0)

    @property
    def last(self) -> int:
        return self.first + self.length - 1


@contextmanager
def _placing(section: Section):
    """Name the user's file when pypdf stops on something in it that is read only as its pages are placed (a font's
    or an image's dictionary past pypdf's limits, say)."""
    try:
        yield
    except LimitReachedError as exc:
        raise past_limits(section.source or Path(section.title), str(exc)) from None
    except PyPdfError as exc:
        raise InputFileError(_("{file}: this PDF is damaged in a part read only while its pages are placed ({detail}). "
                               "Open it in a PDF viewer and print it to a new PDF, and use that copy; or ask the "
                               "sender for a fresh copy.").format(file=section.source or section.title, detail=exc)) \
            from None


@contextmanager
def _cyclic_gc_paused():
    """A packet is hundreds of thousands of live pypdf objects that stay alive until it is written, and every
    full collection walks all of them: at 5,000 pages that made assembly a third slower than linear. Garbage
    left in cycles meanwhile is collected once the collector is back on."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def index_subtitle(case: Case) -> str:
    return (f"{case.about_title} for {case.get('patient.name')} "
            f"(member ID {case.get('patient.member_id')}), {case.get('insurer.name')}")


def index_page_count(case: Case, titles: list[str], delivery: Delivery = Delivery()) -> int:
    """How many pages the exhibit index takes for these exhibit titles. Row heights depend only on the wrapped
    text, so laying it out with placeholder numbers gives the final count (numbering.lay_out needs it first)."""
    part = "00–00" if delivery.max_size else ""
    rows = [IndexRow(label, title, "0000–0000", bates_range(case.bates_prefix, 0, 0), part)
            for label, title in [("Letter", "Letter of medical necessity"),
                                 *((exhibit_label(i), t) for i, t in enumerate(titles))]]
    return len(draw_index(FontPack(), index_subtitle(case), rows, fax=delivery.fax))


def compose(case: Case, sections: list[Section], numbering: Numbering, *, keep_page_sizes: bool = False,
            delivery: Delivery = Delivery(), created: datetime | None = None):
    """Stamp and add every page in order, numbered as `numbering` says (the same numbers the letter cites), with
    the pages `delivery` adds where the numbering put them. Returns the writer.

    `created` becomes the packet's dates and, with what the packet holds, its document ID: the same inputs and
    the same `created` give the same bytes."""
    with _cyclic_gc_paused():
        return _compose(case, sections, numbering, keep_page_sizes, delivery, created)


def _compose(case: Case, sections: list[Section], numbering: Numbering, keep_page_sizes: bool, delivery: Delivery,
             created: datetime | None):
    fonts = FontPack()
    prefix = case.bates_prefix
    subtitle = index_subtitle(case)
    letter, exhibits = sections[0], sections[1:]
    letter.first = numbering.letter.first
    for section, span in zip(exhibits, numbering.exhibits):
        section.first = span.first
    # The numbering was laid out from these same page counts; a mismatch is a bug, not bad input.
    assert letter.last == numbering.letter.last and len(exhibits) == len(numbering.exhibits)
    assert all((s.label, s.last) == (n.label, n.last) for s, n in zip(exhibits, numbering.exhibits))
    index_first = numbering.index.first

    writer = PdfWriter()
    placer = PagePlacer(writer, fonts, keep_size=keep_page_sizes)
    header = case.header_text

    def stamp(n: int, exhibit: str | None = None) -> Stamp:
        return Stamp(delivery.header(header, n), bates_number(prefix, n), exhibit)

    def blanks_before(first: int) -> None:
        """Duplex: the blank pages the numbering put before the page `first`."""
        while len(writer.pages) + 1 < first:
            placer.add_drawn_page(draw_blank(fonts), stamp(len(writer.pages) + 1))

    if numbering.cover:
        total = numbering.total
        ranges = delivery.transmissions(total)
        transmission = (1, len(ranges), *ranges[0]) if len(ranges) > 1 else None
        placer.add_drawn_page(draw_fax_cover(fonts, case, delivery, total, transmission), stamp(1))
    blanks_before(letter.first)
    with _placing(letter):
        for i, page in enumerate(letter.reader.pages):
            placer.add_source_page(page, stamp(letter.first + i))
    rows = [IndexRow(s.label or "Letter", s.title, page_range(s.first, s.last), bates_range(prefix, s.first, s.last),
                     delivery.parts.parts_of(s.first, s.last) if delivery.parts else "")
            for s in sections]
    index_pages = draw_index(fonts, subtitle, rows, fax=delivery.fax)
    assert len(index_pages) == numbering.index.pages
    blanks_before(index_first)
    for i, canvas in enumerate(index_pages):
        placer.add_drawn_page(canvas, stamp(index_first + i))
    for section in exhibits:
        n = section.source_pages
        details = [f"{n} page{'s' if n != 1 else ''} following this sheet",
                   f"Bates {bates_range(prefix, section.first, section.last)}",
                   f"Submitted with {case.about}",
                   *([section.note] if section.note else [])]
        blanks_before(section.first)
        placer.add_drawn_page(draw_cover(fonts, section.label, section.title, details), stamp(section.first))
        with _placing(section):
            for i, page in enumerate(section.reader.pages):
                placer.add_source_page(page, stamp(section.first + 1 + i,
                                                   f"Exhibit {section.label}, page {i + 1} of {n}"))

    for span in numbering.spans:
        writer.add_outline_item(title=span.heading, page_number=span.first - 1)
    bates_page_labels(writer, prefix)
    writer.page_mode = "/UseOutlines"
    info = {"/Title": packet_title(case),
            "/Creator": f"appeal-kit {__version__}", "/Producer": f"appeal-kit {__version__}"}
    if created is not None:
        info["/CreationDate"] = info["/ModDate"] = created.astimezone(UTC).strftime("D:%Y%m%d%H%M%SZ")
    writer.add_metadata(info)
    _fixed_id(writer, info, sections)
    fonts.embed(writer)
    return writer


def packet_title(case: Case) -> str:
    """The title every packet of the case's claim carries (pipeline.is_our_packet reads it back)."""
    if case.is_request:
        number = case.get("claim.number")
        return (f"Prior authorization request packet, member ID {case.get('patient.member_id')}"
                + (f", reference {number}" if number else ""))
    return f"Appeal packet, claim {case.get('claim.number')}"


def _fixed_id(writer: PdfWriter, info: dict, sections: list[Section]) -> None:
    """A document ID made from the packet's description instead of pypdf's random one (PDF 32000 14.4 only asks
    that it identify the file; both halves are equal for a newly written file)."""
    from pypdf.generic import ArrayObject, ByteStringObject

    described = repr((sorted(info.items()), [(s.label, s.title, s.source_pages) for s in sections]))
    digest = ByteStringObject(hashlib.md5(described.encode()).digest())
    writer._ID = ArrayObject([digest, digest])  # pypdf has no public setter; it keeps an ID that is already set


def write_atomically(writer: PdfWriter, output: Path) -> None:
    """Never a partial packet: a failed build leaves the previous one as it was."""
    with _cyclic_gc_paused():
        atomic_write(output, writer.write, what=N_("packet"))
