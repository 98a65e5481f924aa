"""Fonts for the text appeal-kit draws itself: page stamps, the exhibit index and cover sheets.

Names on a packet can be in any script ("Nguyễn Thị Hằng", "王秀英"), so the standard PDF fonts (Latin-1 only)
will not do. We embed TrueType fonts as Type0/CIDFontType2 with a ToUnicode map, which keeps the text real and
searchable (pdftotext finds it), and we embed each font ONCE per packet as a subset shared by every page:
a per-page overlay with its own font copy made packets ~46x larger and 20x slower to build
(docs/packet-engineering.md, "Assembly speed and size").

CIDs are handed out in the order glyphs are first used, so content streams can be written before the subset
exists; at the end a CIDToGIDMap stream maps each CID to the glyph's index in the subset font.
"""
from __future__ import annotations

import io
import json
import logging
import os
import shutil
import subprocess
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from appeal_kit.errors import MissingDependencyError
from appeal_kit.i18n import N_, _

log = logging.getLogger(__name__)

# Regular and bold faces, first found wins. Liberation Sans (metric-compatible with Arial) covers Latin,
# Vietnamese, Greek and Cyrillic; DejaVu Sans covers still more.
REGULAR_CANDIDATES = (
    "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/Library/Fonts/Arial Unicode.ttf",
    "/System/Library/Fonts/Supplemental/Arial.ttf",
)
BOLD_CANDIDATES = (
    "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/System/Library/Fonts/Supplemental/Arial Bold.ttf",
)
# Fallbacks for characters the main face lacks (CJK above all), tried before asking fontconfig.
FALLBACK_CANDIDATES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
)
FONT_INSTALL_HINT = N_("Install fonts with `sudo apt-get install fonts-liberation2 fonts-dejavu-core "
                       "fonts-droid-fallback` (Debian/Ubuntu) or run `bash setup.sh`.")


@cache
def _load(path: str):
    from fontTools.ttLib import TTFont

    font = TTFont(path, fontNumber=0, lazy=True)
    if "glyf" not in font:  # CFF-flavoured OpenType would need a different embedding; not used here
        raise ValueError("not a TrueType-outline font")
    return font


def _first_existing(candidates) -> str | None:
    return next((p for p in candidates if Path(p).is_file()), None)


def _fontconfig_file_for(char: str) -> str | None:
    """Ask fontconfig (if present) for an installed TrueType font that has `char`."""
    fc_list = shutil.which("fc-list")
    if not fc_list:
        return None
    try:
        out = subprocess.run([fc_list, f":charset={ord(char):x}", "file"], capture_output=True, text=True,
                             timeout=20).stdout
    except (OSError, subprocess.TimeoutExpired):
        return None
    for line in sorted(out.splitlines()):
        path = line.split(":")[0].strip()
        if path.lower().endswith((".ttf", ".ttc")):
            return path
    return None


@dataclass
class Face:
    """One embedded font: the glyphs used so far, numbered by CID in order of first use."""

    path: str
    resource_name: str  # e.g. /AKF0
    cid_of_gid: dict[int, int] = field(default_factory=dict)
    unicode_of_cid: dict[int, str] = field(default_factory=dict)
    width_of_cid: dict[int, int] = field(default_factory=dict)  # in 1/1000 em
    _cid_of_char: dict[str, int] = field(default_factory=dict)
    _advance_of_char: dict[str, float] = field(default_factory=dict)
    _hex_of_char: dict[str, str] = field(default_factory=dict)

    @property
    def ttfont(self):
        return _load(self.path)

    @cached_property
    def cmap(self) -> dict[int, str]:
        return self.ttfont.getBestCmap()

    @cached_property
    def units_per_em(self) -> int:
        return self.ttfont["head"].unitsPerEm

    def has(self, char: str) -> bool:
        return ord(char) in self.cmap

    def advance(self, char: str) -> float:
        """Advance width of `char` in 1/1000 em."""
        adv = self._advance_of_char.get(char)
        if adv is None:
            adv = self._advance_of_char[char] = (self.ttfont["hmtx"][self.cmap[ord(char)]][0] * 1000
                                                 / self.units_per_em)
        return adv

    def cid(self, char: str) -> int:
        cid = self._cid_of_char.get(char)
        if cid is not None:
            return cid
        gid = self.ttfont.getGlyphID(self.cmap[ord(char)])
        cid = self.cid_of_gid.get(gid)
        if cid is None:
            cid = self.cid_of_gid[gid] = len(self.cid_of_gid) + 1  # CID 0 stays .notdef
            self.unicode_of_cid[cid] = char
            self.width_of_cid[cid] = round(self.advance(char))
        self._cid_of_char[char] = cid
        return cid

    def cid_hex(self, char: str) -> str:
        """The CID as the four hex digits a content stream shows (Identity-H)."""
        hexed = self._hex_of_char.get(char)
        if hexed is None:
            hexed = self._hex_of_char[char] = f"{self.cid(char):04x}"
        return hexed


class FontPack:
    """The fonts of one packet: a regular and a bold face plus fallbacks found on demand."""

    def __init__(self) -> None:
        regular = _first_existing(REGULAR_CANDIDATES)
        if not regular:
            raise MissingDependencyError(_("No suitable font for page stamps was found.") + " " + _(FONT_INSTALL_HINT))
        bold = _first_existing(BOLD_CANDIDATES) or regular
        self.faces: list[Face] = []
        self.regular = self._face(regular)
        self.bold = self._face(bold)
        self._fallback_for: dict[str, Face | None] = {}
        self._runs: dict[tuple[str, bool], list[tuple[Face, str]]] = {}
        self._widths: dict[tuple[str, bool], float] = {}  # in 1/1000 em; a stamp measures its text twice
        self._dictionary = None  # the shared /Font dictionary, once a page asks for it

    def _face(self, path: str) -> Face:
        for face in self.faces:
            if face.path == path:
                return face
        face = Face(path, f"/AKF{len(self.faces)}")
        self.faces.append(face)
        return face

    def _fallback(self, char: str) -> Face | None:
        if char not in self._fallback_for:
            found = None
            for path in [*FALLBACK_CANDIDATES, _fontconfig_file_for(char)]:
                if not path or not Path(path).is_file():
                    continue
                try:
                    if ord(char) in _load(path).getBestCmap():
                        found = self._face(path)
                        break
                except Exception:  # an unreadable or unsupported font file: try the next one
                    continue
            self._fallback_for[char] = found
        return self._fallback_for[char]

    def runs(self, text: str, bold: bool = False) -> list[tuple[Face, str]]:
        """Split text into runs that one face can draw. Characters no font has become '?'."""
        key = (text, bold)
        if key not in self._runs:
            self._runs[key] = self._split(text, bold)
        return self._runs[key]

    def _split(self, text: str, bold: bool) -> list[tuple[Face, str]]:
        main = self.bold if bold else self.regular
        if text and set(map(ord, text)) <= main.cmap.keys():  # the usual case: one face has every character
            return [(main, text)]
        out: list[tuple[Face, str]] = []
        for ch in text:
            face = main if main.has(ch) else self._fallback(ch)
            if face is None:
                face, ch = main, "?"
            if out and out[-1][0] is face:
                out[-1] = (face, out[-1][1] + ch)
            else:
                out.append((face, ch))
        return out

    def width(self, text: str, size: float, bold: bool = False) -> float:
        key = (text, bold)
        units = self._widths.get(key)
        if units is None:
            units = self._widths[key] = sum(sum(map(face.advance, run)) for face, run in self.runs(text, bold))
        return units * size / 1000

    def show(self, text: str, size: float, bold: bool = False) -> bytes:
        """Content-stream operators that draw `text` at the current text position (inside BT ... ET)."""
        ops = []
        for face, run in self.runs(text, bold):
            hexcids = "".join(map(face.cid_hex, run))
            ops.append(f"{face.resource_name} {size:g} Tf <{hexcids}> Tj")
        return " ".join(ops).encode("ascii")

    # ------------------------------------------------------------------------------------- embedding

    def font_dictionary(self, writer):
        """One /Font resource dictionary (an indirect object) that every page shares; `embed()` fills it with
        every face used, so faces found later (a name in another script) still reach all pages."""
        from pypdf.generic import DictionaryObject

        if self._dictionary is None:
            self._dictionary = writer._add_object(DictionaryObject())
        return self._dictionary

    def embed(self, writer) -> None:
        """Subset every used face and list its Type0 font in the shared font dictionary."""
        from pypdf.generic import DictionaryObject, NameObject

        fonts = self.font_dictionary(writer).get_object()
        for face in self.faces:
            if face.cid_of_gid:  # a face whose glyphs were measured but never drawn is not embedded
                fonts[NameObject(face.resource_name)] = writer._add_object(DictionaryObject(_type0_font(writer, face)))


# A table a PDF does not need: it shows glyphs by ID, with no shaping or kerning. Removed before subsetting, which
# would otherwise decompile them (~0.5 s a face).
UNUSED_TABLES = ("GSUB", "GPOS", "GDEF", "kern", "DSIG")
# Tables the subsetter reads whole whatever glyphs are kept; reading them early changes no byte it writes.
READ_BY_SUBSETTING = ("post", "cmap", "hmtx", "loca", "glyf")
# What a face's widths and its font descriptor read (Face.advance, _type0_font); its name is read from the raw 'name'
# table (postscript_name).
FONT_DESCRIPTOR_TABLES = ("hmtx", "head", "hhea", "OS/2")
_prepared: dict[str, Any] = {}  # font file -> a copy loaded for subsetting by prepare(), used once


def prepare(subsetting: bool = True) -> None:
    """Load what embedding the regular and bold faces needs (each face's tables and, with `subsetting`, fontTools'
    subsetter and a copy of each face for it), so that a build does it while LibreOffice converts its letter rather
    than after. A rebuild, whose subsets are most likely kept (_subset_bytes), asks for the tables only. The
    packet's bytes are the same."""
    if subsetting:
        from fontTools import subset  # noqa: F401 - imported now rather than when the packet is written

    for path in dict.fromkeys(filter(None, (_first_existing(REGULAR_CANDIDATES), _first_existing(BOLD_CANDIDATES)))):
        try:
            font = _load(path)
            font.getBestCmap()
            font.getGlyphOrder()
            for tag in FONT_DESCRIPTOR_TABLES:
                if tag in font:
                    font[tag]
            if subsetting and path not in _prepared:
                _prepared[path] = _subset_source(path)
        except Exception as exc:  # noqa: BLE001 - an unusable font is reported when the packet is written
            log.debug("%s: not prepared (%s)", path, exc)


def postscript_name(font) -> str | None:
    """The PostScript name (name ID 6) of a fontTools TTFont, as font["name"].getDebugName(6) gives it, read from the
    table's bytes: decompiling the name table imports fontTools' OpenType layout tables, 20-25 ms of CPU in every
    build whose font subsets are kept (the subsetter, which needs them, is then never loaded). A record in an
    encoding other than UTF-16 or Mac Roman (English) is left to fontTools, as is a table that cannot be read."""
    import struct

    utf16, mac = "utf_16_be", "mac_roman"
    try:
        data = font.reader["name"]
        count, strings = struct.unpack_from(">HH", data, 2)
        records = [struct.unpack_from(">6H", data, 6 + 12 * i) for i in range(count)]
    except (KeyError, AttributeError, TypeError, struct.error):
        return font["name"].getDebugName(6)
    some = mac_english = None
    for platform, encoding, language, name_id, length, offset in records:
        if name_id != 6:
            continue
        codec = utf16 if platform == 0 or platform == 3 and encoding in (0, 1, 10) else \
            mac if (platform, encoding, language) == (1, 0, 0) else None
        if codec is None:
            return font["name"].getDebugName(6)
        try:
            text = data[strings + offset:strings + offset + length].decode(codec)
        except UnicodeDecodeError:
            continue
        some = text
        if (platform, language) == (3, 0x409):
            return text or mac_english or None
        if platform == 1 and mac_english is None:
            mac_english = text
    return mac_english or some or None


def _subset_source(path: str):
    """A fresh copy of the font at `path` for the subsetter to change: unused tables gone, the rest read."""
    from fontTools.ttLib import TTFont

    source = TTFont(path, fontNumber=0)
    for tag in UNUSED_TABLES:
        if tag in source:
            del source[tag]
    for tag in READ_BY_SUBSETTING:
        if tag in source:
            source[tag]
    return source


def _subset_bytes(face: Face) -> tuple[bytes, dict[int, int]]:
    """The face reduced to the used glyphs; also old GID -> new GID. Kept in the user cache folder (font-subsets/)
    by font file and glyph set: subsetting a face costs 20-30 ms of CPU (fontTools reads every glyph of the font),
    reading it back well under one, and every rebuild of a case, and every case of a batch whose stamps and sheets
    use the same letters, asks for the same subsets. The bytes are the subsetter's either way."""
    from appeal_kit.files import kept_in_cache

    prepared = _prepared.pop(face.path, None)  # loaded for this packet (prepare()): used now or not at all
    entry = _subset_entry(face)
    if entry is None:
        return _make_subset(face, prepared)
    return kept_in_cache(entry, lambda: _make_subset(face, prepared), dump=_dump_subset,
                         load=lambda kept: _load_subset(kept, face))


def _subset_entry(face: Face) -> Path | None:
    """Where the subset of `face`'s glyphs is kept: named by a hash of the font file's path, size and time, the
    glyphs, fontTools' version and this module (which sets the subsetter's options); None without a cache folder."""
    import hashlib

    try:
        from fontTools import version as fonttools_version
        from platformdirs import user_cache_dir

        st = os.stat(face.path)
        key = [face.path, st.st_size, st.st_mtime_ns, fonttools_version, sorted(face.cid_of_gid)]
        digest = hashlib.sha256(repr(key).encode() + _module_bytes()).hexdigest()
        return Path(user_cache_dir("appeal-kit")) / "font-subsets" / f"{digest}.bin"
    except (OSError, RuntimeError):
        return None


@cache
def _module_bytes() -> bytes:
    return Path(__file__).read_bytes()


def _dump_subset(made: tuple[bytes, dict[int, int]]) -> bytes:
    data, new_gid = made
    mapping = json.dumps(sorted(new_gid.items())).encode()
    return len(mapping).to_bytes(4, "big") + mapping + data


def _load_subset(kept: bytes, face: Face) -> tuple[bytes, dict[int, int]]:
    """What _dump_subset wrote; ValueError (the subset is made again) unless it maps every glyph of `face` and holds
    a TrueType font."""
    size = int.from_bytes(kept[:4], "big")
    new_gid = {int(old): int(new) for old, new in json.loads(kept[4:4 + size])}
    data = kept[4 + size:]
    if new_gid.keys() != face.cid_of_gid.keys() or not data.startswith((b"\x00\x01\x00\x00", b"true")):
        raise ValueError  # made again by kept_in_cache, never shown
    return data, new_gid


def _make_subset(face: Face, source=None) -> tuple[bytes, dict[int, int]]:
    """The subsetter's work for `_subset_bytes`, on `source` (a copy from _subset_source) when given."""
    from fontTools import subset

    source = source or _subset_source(face.path)
    order = source.getGlyphOrder()
    options = subset.Options()
    options.notdef_outline = True
    options.name_IDs = ["*"]
    options.layout_features = []
    options.hinting = False
    options.drop_tables += UNUSED_TABLES
    sub = subset.Subsetter(options)
    sub.populate(glyphs=[order[gid] for gid in face.cid_of_gid])
    sub.subset(source)
    buf = io.BytesIO()
    source.recalcTimestamp = False  # keep the font's own head.modified, so rebuilding gives the same bytes
    source.save(buf)
    new_index = {name: i for i, name in enumerate(source.getGlyphOrder())}
    return buf.getvalue(), {gid: new_index[order[gid]] for gid in face.cid_of_gid}


def _tounicode_cmap(face: Face) -> bytes:
    lines = [f"<{cid:04x}> <{''.join(f'{u:04x}' for u in _utf16(ch))}>" for cid, ch in
             sorted(face.unicode_of_cid.items())]
    chunks = [lines[i:i + 100] for i in range(0, len(lines), 100)]  # at most 100 entries per block
    body = "".join(f"{len(c)} beginbfchar\n" + "\n".join(c) + "\nendbfchar\n" for c in chunks)
    return ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
            "1 begincodespacerange\n<0000> <ffff>\nendcodespacerange\n"
            f"{body}endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n").encode("ascii")


def _utf16(ch: str) -> list[int]:
    data = ch.encode("utf-16-be")
    return [int.from_bytes(data[i:i + 2], "big") for i in range(0, len(data), 2)]


def _stream(writer, data: bytes, **entries):
    from pypdf.generic import DecodedStreamObject, NameObject

    stream = DecodedStreamObject()
    stream.set_data(data)
    for key, value in entries.items():
        stream[NameObject("/" + key)] = value
    return writer._add_object(stream.flate_encode())


def _type0_font(writer, face: Face) -> dict:
    from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject, NumberObject, TextStringObject

    font = face.ttfont
    scale = 1000 / face.units_per_em
    data, new_gid = _subset_bytes(face)
    cid_to_gid = bytearray(2 * (len(face.cid_of_gid) + 1))
    for gid, cid in face.cid_of_gid.items():
        cid_to_gid[2 * cid:2 * cid + 2] = new_gid[gid].to_bytes(2, "big")
    # A six-letter subset tag, as the PDF spec asks for subset fonts; derived from the glyph set.
    tag = "".join(chr(65 + (hash(tuple(sorted(face.cid_of_gid))) >> (5 * i)) % 26) for i in range(6))
    ps_name = (postscript_name(font) or Path(face.path).stem).replace(" ", "")
    base = NameObject(f"/{tag}+{ps_name}")
    head, hhea, os2 = font["head"], font["hhea"], font.get("OS/2")
    cap_height = getattr(os2, "sCapHeight", 0) or hhea.ascent
    descriptor = DictionaryObject({
        NameObject("/Type"): NameObject("/FontDescriptor"),
        NameObject("/FontName"): base,
        NameObject("/Flags"): NumberObject(32),  # nonsymbolic
        NameObject("/FontBBox"): ArrayObject([FloatObject(round(v * scale)) for v in
                                              (head.xMin, head.yMin, head.xMax, head.yMax)]),
        NameObject("/ItalicAngle"): NumberObject(0),
        NameObject("/Ascent"): NumberObject(round(hhea.ascent * scale)),
        NameObject("/Descent"): NumberObject(round(hhea.descent * scale)),
        NameObject("/CapHeight"): NumberObject(round(cap_height * scale)),
        NameObject("/StemV"): NumberObject(80),
        NameObject("/FontFile2"): _stream(writer, data, Length1=NumberObject(len(data))),
    })
    widths = ArrayObject()
    for cid in sorted(face.width_of_cid):
        widths += [NumberObject(cid), ArrayObject([NumberObject(face.width_of_cid[cid])])]
    cid_font = DictionaryObject({
        NameObject("/Type"): NameObject("/Font"),
        NameObject("/Subtype"): NameObject("/CIDFontType2"),
        NameObject("/BaseFont"): base,
        NameObject("/CIDSystemInfo"): DictionaryObject({
            NameObject("/Registry"): TextStringObject("Adobe"),
            NameObject("/Ordering"): TextStringObject("Identity"),
            NameObject("/Supplement"): NumberObject(0)}),
        NameObject("/FontDescriptor"): writer._add_object(descriptor),
        NameObject("/DW"): NumberObject(1000),
        NameObject("/W"): widths,
        NameObject("/CIDToGIDMap"): _stream(writer, bytes(cid_to_gid)),
    })
    return {
        NameObject("/Type"): NameObject("/Font"),
        NameObject("/Subtype"): NameObject("/Type0"),
        NameObject("/BaseFont"): base,
        NameObject("/Encoding"): NameObject("/Identity-H"),
        NameObject("/DescendantFonts"): ArrayObject([writer._add_object(cid_font)]),
        NameObject("/ToUnicode"): _stream(writer, _tounicode_cmap(face)),
    }
