"""Placing pages into the packet and stamping them.

Every source page becomes a fresh packet page that draws the original as a Form XObject. That one move
handles the pitfalls listed in docs/packet-engineering.md ("Real PDFs break naive stamping"):
- pages that share a content stream or resources are never edited, so a stamp lands on its own page only;
- a form XObject saves and restores the graphics state, so content that leaves it changed (no q/Q) cannot
  move our stamp;
- /Rotate is folded into the placement matrix, so the stamp is drawn upright in the page as it is seen;
- pages of any size (a 3.84 pt image page, A4, legal, posters) are fitted onto US Letter with bands left
  free at the top and bottom, so stamps never cover the page's own content.
The original content stream is copied as it is (still compressed) when it is a single stream.
Annotations that have an appearance (form fields, comments, stamps) are drawn into the page; the
annotations themselves, form fields, links and any JavaScript are dropped, so fields from two exhibits
cannot collide and nothing in an exhibit can run. What a page draws with is copied by appeal_kit.packet.sanitize:
nothing it does not need to draw, no image metadata, no hidden layer.
"""
from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from typing import cast

from pypdf import PageObject, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    IndirectObject,
    NameObject,
    NumberObject,
    RectangleObject,
    StreamObject,
)

from appeal_kit.packet.canvas import INK, MUTED, RULE, Canvas
from appeal_kit.packet.fonts import FontPack
from appeal_kit.packet.sanitize import Copier

log = logging.getLogger(__name__)

LETTER = (612.0, 792.0)
BAND = 30.0  # points kept free at the top and at the bottom of each page for the stamps
SIDE = 18.0  # points kept free at the left and right
STAMP_SIZE = 8.0
BATES_SIZE = 9.0
MIN_KEPT_WIDTH = 360.0  # with --keep-page-sizes, narrower pages are widened so the stamps fit


@dataclass(frozen=True)
class Stamp:
    header: str  # patient / member ID / claim line, on every page
    bates: str  # e.g. WHITFIELD-000007
    exhibit: str | None = None  # e.g. "Exhibit B, page 3 of 12"


@dataclass(frozen=True)
class Placement:
    width: float
    height: float
    matrix: tuple[float, float, float, float, float, float]  # source user space -> packet page


MAX_PAGE_SIDE = 14_400.0 * 75  # PDF 2.0's user-unit limit: anything larger is not a page a viewer draws


def _visible_box(page: PageObject) -> tuple[float, float, float, float]:
    """The crop box clipped to the media box: the part of the page a viewer shows. Boxes that are missing, damaged,
    empty or absurd fall back to the media box, then to US Letter, as a viewer would show something."""
    media = _box(page, "/MediaBox") or (0.0, 0.0, *LETTER)
    crop = _box(page, "/CropBox") or media
    x0, y0 = max(crop[0], media[0]), max(crop[1], media[1])
    x1, y1 = min(crop[2], media[2]), min(crop[3], media[3])
    if x1 - x0 <= 0 or y1 - y0 <= 0:  # nonsense boxes: fall back to the media box
        x0, y0, x1, y1 = media
    return float(x0), float(y0), float(x1), float(y1)


def _box(page: PageObject, key: str) -> tuple[float, float, float, float] | None:
    try:
        box = page.cropbox if key == "/CropBox" else page.mediabox  # inherited from the page tree when not set
        values = [float(v) for v in box] if box is not None else []
    except (TypeError, ValueError, AttributeError, KeyError):
        return None
    if len(values) != 4 or not all(math.isfinite(v) and abs(v) <= MAX_PAGE_SIDE for v in values):
        return None
    x0, x1 = sorted(values[0::2])
    y0, y1 = sorted(values[1::2])
    return (x0, y0, x1, y1) if x1 - x0 > 0 and y1 - y0 > 0 else None


def _rotation(page: PageObject) -> int:
    """/Rotate as a viewer applies it: a multiple of 90, 0 when missing or damaged."""
    try:
        return round(float(page.get("/Rotate", 0)) / 90) * 90 % 360
    except (TypeError, ValueError):
        return 0


def upright_matrix(box, rotation: int) -> tuple[tuple[float, ...], float, float]:
    """Matrix from source user space to the page as displayed (rotated clockwise by /Rotate), origin at the
    displayed bottom-left corner; also the displayed width and height."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    if rotation == 90:
        return (0, -1, 1, 0, -y0, x1), h, w
    if rotation == 180:
        return (-1, 0, 0, -1, x1, y1), w, h
    if rotation == 270:
        return (0, 1, -1, 0, y1, -x0), h, w
    return (1, 0, 0, 1, -x0, -y0), w, h


def place(box, rotation: int, *, keep_size: bool) -> Placement:
    """Where a source page goes: fitted onto Letter (portrait or landscape, as the page is), or kept at its
    own size with stamp bands added above and below."""
    m, w, h = upright_matrix(box, rotation)
    if keep_size:
        page_w = max(w, MIN_KEPT_WIDTH)
        page_h = h + 2 * BAND
        s, tx, ty = 1.0, (page_w - w) / 2, BAND
    else:
        page_w, page_h = LETTER if h >= w else (LETTER[1], LETTER[0])
        s = min((page_w - 2 * SIDE) / w, (page_h - 2 * BAND) / h)
        tx, ty = (page_w - w * s) / 2, (page_h - h * s) / 2
    a, b, c, d, e, f = m
    return Placement(page_w, page_h, (a * s, b * s, c * s, d * s, e * s + tx, f * s + ty))


def header_ops(canvas: Canvas, width: float, height: float, header: str) -> None:
    """The line at the top and the two rules: the same on every page of a size, so drawn once and shared."""
    size = canvas.fit_size(header, STAMP_SIZE, width - 2 * SIDE)
    canvas.text(SIDE, height - BAND + 12, header, size, color=MUTED)
    canvas.line(SIDE, height - BAND + 6, width - SIDE, height - BAND + 6, width=0.4, color=RULE)
    canvas.line(SIDE, BAND - 6, width - SIDE, BAND - 6, width=0.4, color=RULE)


def footer_ops(canvas: Canvas, width: float, stamp: Stamp) -> None:
    """Bates number bottom right, exhibit label bottom left, inside the bottom band."""
    bates_w = canvas.fonts.width(stamp.bates, BATES_SIZE, bold=True)
    canvas.text(width - SIDE, 12, stamp.bates, BATES_SIZE, bold=True, color=INK, align="right")
    if stamp.exhibit:
        size = canvas.fit_size(stamp.exhibit, STAMP_SIZE + 1, width - 2 * SIDE - bates_w - 12, bold=True)
        canvas.text(SIDE, 12, stamp.exhibit, size, bold=True, color=INK)


class PagePlacer:
    """Adds placed, stamped pages to one writer. Keeps caches so shared source objects are copied once."""

    def __init__(self, writer, fonts: FontPack, *, keep_size: bool = False):
        self.writer = writer
        self.fonts = fonts
        self.keep_size = keep_size
        self._xobjects: dict[tuple, IndirectObject] = {}
        self._headers: dict[tuple, IndirectObject] = {}
        self.copier = Copier(writer)

    # ------------------------------------------------------------------------------ our own pages

    def add_drawn_page(self, canvas: Canvas, stamp: Stamp, size=LETTER) -> PageObject:
        """A page appeal-kit drew itself (index, cover sheet): content plus stamps."""
        return self._new_page(size[0], size[1], canvas, stamp, {})

    # ------------------------------------------------------------------------------ source pages

    def add_source_page(self, page: PageObject, stamp: Stamp) -> PageObject:
        box = _visible_box(page)
        placement = place(box, _rotation(page), keep_size=self.keep_size)
        xobjects = {NameObject("/AKPage"): self._page_xobject(page, box)}
        canvas = Canvas(self.fonts)
        canvas.raw(f"q {_numbers(placement.matrix)} cm /AKPage Do")
        for i, (ref, matrix) in enumerate(self._annotation_appearances(page)):
            name = NameObject(f"/AKAnnot{i}")
            xobjects[name] = ref
            canvas.raw(f"q {_numbers(matrix)} cm {name} Do Q")
        canvas.raw("Q")
        return self._new_page(placement.width, placement.height, canvas, stamp, xobjects)

    def _new_page(self, width: float, height: float, canvas: Canvas, stamp: Stamp, xobjects: dict) -> PageObject:
        xobjects[NameObject("/AKHead")] = self._header(width, height, stamp.header)
        canvas.raw("/AKHead Do")
        footer_ops(canvas, width, stamp)
        page = _append_page(self.writer, width, height)
        page[NameObject("/Resources")] = DictionaryObject({
            NameObject("/Font"): self.fonts.font_dictionary(self.writer),
            NameObject("/XObject"): DictionaryObject(xobjects)})
        page[NameObject("/Contents")] = self.writer._add_object(_flate(canvas.data()))
        return page

    def _header(self, width: float, height: float, header: str) -> IndirectObject:
        """The header and rules as a form XObject, one per page size, so each page carries only its footer."""
        key = (width, height, header)
        if key not in self._headers:
            canvas = Canvas(self.fonts)
            header_ops(canvas, width, height, header)
            form = _flate(canvas.data())
            form[NameObject("/Subtype")] = NameObject("/Form")
            form[NameObject("/BBox")] = ArrayObject([FloatObject(0), FloatObject(0), FloatObject(width),
                                                     FloatObject(height)])
            form[NameObject("/Resources")] = DictionaryObject({
                NameObject("/Font"): self.fonts.font_dictionary(self.writer)})
            self._headers[key] = self.writer._add_object(form)
        return self._headers[key]

    def _page_xobject(self, page: PageObject, box) -> IndirectObject:
        """The source page's content as a form XObject, copied once even when pages share it."""
        contents = page.get("/Contents")
        resources = page.get("/Resources")
        key = (id(page.pdf), _ref_key(contents), _ref_key(resources), box)
        if key[1] is not None and key in self._xobjects:
            return self._xobjects[key]
        contents_obj = contents.get_object() if contents is not None else None
        form: StreamObject
        layered = bool(self.copier.layers(page.pdf).off)  # hidden layers to take out: the content is parsed
        if isinstance(contents_obj, StreamObject) and not layered:
            # Copy the stream's bytes as they are, filters and all: no decode, no recompress.
            form = StreamObject.initialize_from_dictionary({"__streamdata__": contents_obj._data,
                                                            **_filter_entries(contents_obj, self.writer)})
        elif isinstance(contents_obj, (StreamObject, ArrayObject)):
            parts = [contents_obj] if isinstance(contents_obj, StreamObject) else \
                [p.get_object() for p in contents_obj if isinstance(p.get_object(), StreamObject)]
            form = _flate(self.copier.content(b"\n".join(p.get_data() for p in parts), resources, page.pdf))
        else:
            form = DecodedStreamObject()
        form[NameObject("/Subtype")] = NameObject("/Form")
        form[NameObject("/BBox")] = ArrayObject([FloatObject(v) for v in box])
        if resources is not None:
            form[NameObject("/Resources")] = self.copier.resources(resources, page.pdf)
        group = page.get("/Group")
        if group is not None:
            form[NameObject("/Group")] = self.copier.copy(page.raw_get("/Group"), page.pdf)
        ref = self.writer._add_object(form)
        self._xobjects[key] = ref
        return ref

    def _annotation_appearances(self, page: PageObject):
        """(XObject, matrix) for each visible annotation with a normal appearance, per PDF 2.0 12.5.5."""
        annots = page.get("/Annots")
        annots = annots.get_object() if annots is not None else None
        if not isinstance(annots, ArrayObject):
            return
        layers = self.copier.layers(page.pdf)
        for annot_ref in annots:
            try:
                found = _normal_appearance(annot_ref.get_object(), layers)
                if found is None:
                    continue
                normal, rect = found
                matrix = _appearance_matrix(normal.get_object(), rect)
            except (AttributeError, KeyError, TypeError, ValueError, IndexError) as exc:
                log.info("an annotation without a usable appearance is not drawn (%s)", exc)
                continue
            if matrix is not None:
                yield self.copier.copy(normal, page.pdf), matrix


def _normal_appearance(annot, layers):
    """(the appearance stream, as stored, and the rectangle) an annotation shows, or None: none for links, popups,
    hidden or no-view annotations and those in a hidden layer. Malformed entries raise (the caller skips them)."""
    if not isinstance(annot, DictionaryObject) or annot.get("/Subtype") in ("/Popup", "/Link"):
        return None
    flags = int(annot.get("/F", 0))
    if flags & 2 or flags & 32 or ("/OC" in annot and layers.hidden(annot.raw_get("/OC"))):  # Hidden, NoView
        return None
    appearance = annot["/AP"].get_object() if "/AP" in annot else None
    if not isinstance(appearance, DictionaryObject) or "/N" not in appearance:
        return None
    normal = appearance.raw_get("/N")
    if not isinstance(normal.get_object(), StreamObject):  # a dictionary of states: pick the current one
        states, state = normal.get_object(), annot.get("/AS")
        if not isinstance(states, DictionaryObject) or state not in states:
            return None
        normal = states.raw_get(state)
        if not isinstance(normal.get_object(), StreamObject):
            return None
    rect = [float(v) for v in cast(ArrayObject, annot["/Rect"])]
    if len(rect) != 4:
        return None
    return normal, rect


def _appearance_matrix(form: StreamObject, rect):
    """Map an appearance stream's (transformed) bounding box onto the annotation's rectangle."""
    bbox = [float(v) for v in form.get("/BBox", [0, 0, 0, 0])]
    a, b, c, d, e, f = [float(v) for v in form.get("/Matrix", [1, 0, 0, 1, 0, 0])]
    corners = [(x, y) for x in (bbox[0], bbox[2]) for y in (bbox[1], bbox[3])]
    pts = [(a * x + c * y + e, b * x + d * y + f) for x, y in corners]
    min_x, max_x = min(p[0] for p in pts), max(p[0] for p in pts)
    min_y, max_y = min(p[1] for p in pts), max(p[1] for p in pts)
    rx0, ry0, rx1, ry1 = min(rect[0], rect[2]), min(rect[1], rect[3]), max(rect[0], rect[2]), max(rect[1], rect[3])
    if not all(math.isfinite(v) for v in (min_x, max_x, min_y, max_y, *rect)) or max_x - min_x <= 0 \
            or max_y - min_y <= 0:
        return None
    sx, sy = (rx1 - rx0) / (max_x - min_x), (ry1 - ry0) / (max_y - min_y)
    return (sx, 0.0, 0.0, sy, rx0 - min_x * sx, ry0 - min_y * sy)


def _numbers(values) -> str:
    """A matrix for a content stream, without the zeros a fixed format would add."""
    return " ".join(f"{v:.5f}".rstrip("0").rstrip(".") or "0" for v in values)


def _append_page(writer: PdfWriter, width: float, height: float) -> PageObject:
    """A new empty page at the end of the writer's page tree.

    pypdf's add_blank_page makes the page, then clones it and scans it for links to other pages, which cost a
    sixth of the stamping time of a long packet; a page made here has nothing to clone and no links. This relies
    on PdfWriter keeping one flat /Pages node and its `flattened_pages` list (pypdf 7, pinned in pyproject.toml);
    tests/test_stamp.py checks the page tree it makes.
    """
    pages = cast(DictionaryObject, writer._pages.get_object())
    assert writer.flattened_pages is not None  # set up by PdfWriter itself
    page = PageObject(writer)
    page[NameObject("/Type")] = NameObject("/Page")
    page[NameObject("/MediaBox")] = RectangleObject((0, 0, width, height))
    writer._add_object(page)
    page[NameObject("/Parent")] = pages.indirect_reference
    cast(ArrayObject, pages["/Kids"]).append(page.indirect_reference)
    pages[NameObject("/Count")] = NumberObject(cast(int, pages["/Count"]) + 1)
    writer.flattened_pages.append(page)
    return page


def _flate(data: bytes) -> StreamObject:
    stream = DecodedStreamObject()
    stream.set_data(data)
    return stream.flate_encode()


def _ref_key(obj):
    return (obj.idnum, obj.generation) if isinstance(obj, IndirectObject) else None


def _filter_entries(stream: StreamObject, writer) -> dict:
    out = {}
    for key in ("/Filter", "/DecodeParms"):
        if key in stream:
            value = stream[key]
            out[NameObject(key)] = value.clone(writer) if hasattr(value, "clone") else value
    return out
